#include "ui/users/userpickerwidget.h"

#include "ui_userpickerwidget.h"

#include "models/loadstatus.h"
#include "models/roles.h"
#include "models/userdirectorymodel.h"
#include "models/workspace.h"

#include <QtCore/QMimeData>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
/// How long typing pauses before the search goes to the server.
constexpr int kSearchDebounceMs = 300;
} // namespace

UserPickerWidget::UserPickerWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserPickerWidget>())
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);

    // The server's account_status values; the combo shows the words an administrator uses.
    m_ui->statusComboBox->addItem(tr("Active"), u"active"_s);
    m_ui->statusComboBox->addItem(tr("Deactivated"), u"inactive"_s);
    m_ui->statusComboBox->addItem(tr("All"), u"all"_s);

    m_ui->addButton->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_ui->removeButton->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));

    // Our own clear button rather than QLineEdit's: it names itself for a screen reader, and a
    // clear applies at once instead of waiting out the debounce.
    m_clearSearchAction = m_ui->searchLineEdit->addAction(
        style()->standardIcon(QStyle::SP_LineEditClearButton), QLineEdit::TrailingPosition);
    m_clearSearchAction->setObjectName(u"clearSearchAction"_s);
    m_clearSearchAction->setText(tr("Clear search"));
    m_clearSearchAction->setToolTip(tr("Clear the search (Esc)"));
    m_clearSearchAction->setVisible(false);
    connect(m_clearSearchAction, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->clear();
        searchNow();
        m_ui->searchLineEdit->setFocus(Qt::OtherFocusReason);
    });

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &UserPickerWidget::searchNow);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_clearSearchAction->setVisible(!text.isEmpty());
        m_searchTimer->start();
    });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &UserPickerWidget::statusChosen);

    // Rows are one line of text each: a fixed height keeps a table of 100,000 rows cheap to lay out.
    QHeaderView *rows = m_ui->directoryTableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    m_addAction = new QAction(tr("&Add to Picked"), this);
    m_addAction->setObjectName(u"addAction"_s);
    connect(m_addAction, &QAction::triggered, this, &UserPickerWidget::addSelected);
    m_ui->directoryTableView->addAction(m_addAction);
    m_ui->directoryTableView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_removeAction = new QAction(tr("Re&move"), this);
    m_removeAction->setObjectName(u"removeAction"_s);
    connect(m_removeAction, &QAction::triggered, this, &UserPickerWidget::removeSelected);
    m_removeAllAction = new QAction(tr("Remove &All"), this);
    m_removeAllAction->setObjectName(u"removeAllAction"_s);
    connect(m_removeAllAction, &QAction::triggered, this, [this] { setPicked({}); });
    m_ui->pickedListWidget->addAction(m_removeAction);
    m_ui->pickedListWidget->addAction(m_removeAllAction);
    m_ui->pickedListWidget->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Users dragged from the directory (or from a member table) onto the list are picked.
    m_ui->pickedListWidget->viewport()->setAcceptDrops(true);

    connect(m_ui->addButton, &QPushButton::clicked, this, &UserPickerWidget::addSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &UserPickerWidget::removeSelected);
    connect(m_ui->directoryTableView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_directory && index.isValid())
            addUsers({m_directory->userRef(index.row())});
    });
    connect(m_ui->pickedListWidget, &QListWidget::itemSelectionChanged, this, &UserPickerWidget::updateButtons);

    // Keys that mean something else here than in a plain line edit, table or list.
    m_ui->searchLineEdit->installEventFilter(this);
    m_ui->directoryTableView->installEventFilter(this);
    m_ui->directoryTableView->viewport()->installEventFilter(this);
    m_ui->pickedListWidget->installEventFilter(this);
    m_ui->pickedListWidget->viewport()->installEventFilter(this);

    // The bar's Retry comes where the bar is, between the filters and the table: the .ui's tab
    // stops cannot name a widget inside another.
    setTabOrder(m_ui->statusComboBox, m_ui->loadStatusBar->retryButton());
    setTabOrder(m_ui->loadStatusBar->retryButton(), m_ui->directoryTableView);
    setFocusProxy(m_ui->searchLineEdit);
    updateCount();
    rebuildPickedList();
}

UserPickerWidget::~UserPickerWidget() = default;

void UserPickerWidget::setWorkspace(Models::Workspace *workspace)
{
    if (workspace == m_workspace && m_directory)
        return;
    m_ui->directoryTableView->setModel(nullptr);
    m_ui->loadStatusBar->setStatus(nullptr);
    delete m_directory;
    m_directory = nullptr;
    m_workspace = workspace;
    if (!workspace) {
        updateCount();
        updateButtons();
        return;
    }

    m_directory = new Models::UserDirectoryModel(workspace, this);
    m_directory->setObjectName(u"directoryModel"_s);
    Api::UserListQuery query = m_directory->query();
    query.query = m_ui->searchLineEdit->text().trimmed();
    query.accountStatus = m_ui->statusComboBox->currentData().toString();
    // Nothing here shows a user's groups: leaving them out makes each page a fraction of the size.
    query.excludeGroups = true;
    m_directory->setQuery(query);

    QTableView *table = m_ui->directoryTableView;
    table->setModel(m_directory);
    QHeaderView *header = table->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(u"Status"_s) + 24);
    // E-mail takes what is left (addresses are the longest); name and username are shared out
    // by layoutColumns() as the table grows, until the person drags one.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Models::UserDirectoryModel::EmailColumn, QHeaderView::Stretch);
    header->resizeSection(Models::UserDirectoryModel::ActiveColumn,
        std::max(fontMetrics().horizontalAdvance(tr("Inactive")), fontMetrics().horizontalAdvance(tr("Status"))) + 24);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_layingOutColumns
            && (section == Models::UserDirectoryModel::NameColumn
                || section == Models::UserDirectoryModel::UsernameColumn))
            m_columnsSizedByHand = true;
    });
    table->setColumnHidden(Models::UserDirectoryModel::PrimaryGroupColumn, true);
    updateColumns();
    layoutColumns();

    m_ui->loadStatusBar->setStatus(m_directory->loadStatus());
    connect(m_directory, &Models::PagedTableModel::totalCountChanged, this, &UserPickerWidget::updateCount);
    connect(m_directory->loadStatus(), &Models::LoadStatus::loadingChanged, this, &UserPickerWidget::updateCount);
    connect(m_directory->loadStatus(), &Models::LoadStatus::errorChanged, this, &UserPickerWidget::updateCount);
    connect(m_directory, &QAbstractItemModel::modelReset, this, &UserPickerWidget::updateButtons);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UserPickerWidget::updateButtons);
    updateCount();
    updateButtons();
}

void UserPickerWidget::setPicked(const QList<Models::UserRef> &users)
{
    m_picked.clear();
    QSet<qint64> seen;
    for (const Models::UserRef &user : users) {
        if (!seen.contains(user.id)) {
            seen.insert(user.id);
            m_picked.append(user);
        }
    }
    rebuildPickedList();
    Q_EMIT pickedChanged();
}

int UserPickerWidget::addUsers(const QList<Models::UserRef> &users)
{
    QSet<qint64> seen = Api::idSet(m_picked);
    QList<Models::UserRef> fresh;
    for (const Models::UserRef &user : users) {
        if (!seen.contains(user.id)) {
            seen.insert(user.id);
            fresh.append(user);
        }
    }
    if (fresh.isEmpty())
        return 0;
    m_picked.append(fresh);
    rebuildPickedList();
    // Show where they went: the last one added, the others already above it.
    QListWidget *list = m_ui->pickedListWidget;
    list->scrollToItem(list->item(list->count() - 1));
    Q_EMIT pickedChanged();
    return int(fresh.size());
}

void UserPickerWidget::removeUsers(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    const qsizetype before = m_picked.size();
    m_picked.removeIf([&gone](const Models::UserRef &user) { return gone.contains(user.id); });
    if (m_picked.size() == before)
        return;
    rebuildPickedList();
    Q_EMIT pickedChanged();
}

bool UserPickerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->pickedListWidget->viewport())
        return pickedDrag(event) || QWidget::eventFilter(watched, event);
    if (watched == m_ui->directoryTableView->viewport()) {
        if (event->type() == QEvent::Resize)
            layoutColumns();
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_ui->searchLineEdit)
        return searchKey(key);

    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (watched == m_ui->directoryTableView && plain) {
        // Enter picks the selected rows (a QTableView would pass it on, and the dialog close).
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            addSelected();
            return true;
        }
        // Up from the first row goes back to the search, as Down came from it.
        const QModelIndex current = m_ui->directoryTableView->currentIndex();
        if (key->key() == Qt::Key_Up && (!current.isValid() || current.row() == 0)) {
            m_ui->searchLineEdit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    if (watched == m_ui->pickedListWidget && plain
        && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool UserPickerWidget::searchKey(QKeyEvent *event)
{
    QLineEdit *search = m_ui->searchLineEdit;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown: {
        QTableView *table = m_ui->directoryTableView;
        if (m_directory && m_directory->rowCount() > 0 && !table->currentIndex().isValid()) {
            table->selectionModel()->setCurrentIndex(m_directory->index(0, Models::UserDirectoryModel::NameColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        table->setFocus(Qt::OtherFocusReason);
        return true;
    }
    case Qt::Key_Escape:
        // An empty field lets Esc through, to close the dialog.
        if (search->text().isEmpty())
            return false;
        search->clear();
        searchNow();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Searching now, not closing the dialog with half a name typed.
        searchNow();
        return true;
    default:
        return false;
    }
}

bool UserPickerWidget::pickedDrag(QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!drag->mimeData()->hasFormat(Models::UserDrag::mimeType()))
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const std::optional<Models::UserDrag> users = Models::UserDrag::fromMimeData(drop->mimeData());
        if (!users)
            return false;
        addUsers(users->users);
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        return true;
    }
    default:
        return false;
    }
}

void UserPickerWidget::searchNow()
{
    m_searchTimer->stop();
    if (m_directory)
        m_directory->setSearchText(m_ui->searchLineEdit->text().trimmed());
}

void UserPickerWidget::statusChosen()
{
    updateColumns();
    if (!m_directory)
        return;
    // The typed search and the status in one reload, not two.
    m_searchTimer->stop();
    Api::UserListQuery query = m_directory->query();
    const QString text = m_ui->searchLineEdit->text().trimmed();
    const QString status = m_ui->statusComboBox->currentData().toString();
    if (query.query == text && query.accountStatus == status)
        return;
    query.query = text;
    query.accountStatus = status;
    m_directory->setQuery(query);
}

void UserPickerWidget::addSelected()
{
    if (!m_directory)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_ui->directoryTableView->selectionModel()->selectedRows())
        rows.append(index.row());
    const QModelIndex current = m_ui->directoryTableView->currentIndex();
    if (rows.isEmpty() && current.isValid())
        rows.append(current.row());
    // Top to bottom, as the person sees them, whatever order they were clicked in.
    std::sort(rows.begin(), rows.end());
    QList<Models::UserRef> users;
    users.reserve(rows.size());
    for (int row : std::as_const(rows))
        users.append(m_directory->userRef(row));
    addUsers(users);
}

void UserPickerWidget::removeSelected()
{
    QListWidget *list = m_ui->pickedListWidget;
    QList<qint64> ids;
    int firstRow = list->count();
    for (QListWidgetItem *item : list->selectedItems()) {
        ids.append(item->data(Models::IdRole).toLongLong());
        firstRow = std::min(firstRow, list->row(item));
    }
    if (ids.isEmpty())
        return;
    removeUsers(ids);
    // The next one takes the place of the removed, so Delete can be pressed again.
    if (list->count() > 0) {
        const int row = std::min(firstRow, list->count() - 1);
        list->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
    }
}

void UserPickerWidget::updateCount()
{
    QString text;
    const qint64 total = m_directory ? m_directory->totalCount() : -1;
    if (total == 1)
        text = tr("1 person");
    else if (total >= 0)
        text = tr("%1 people").arg(locale().toString(total));
    else if (m_directory && m_directory->loadStatus()->isLoading())
        text = tr("Searching…");
    m_ui->countLabel->setText(text);
}

void UserPickerWidget::updateButtons()
{
    const QItemSelectionModel *selection
        = m_ui->directoryTableView->model() ? m_ui->directoryTableView->selectionModel() : nullptr;
    const bool directorySelected = selection && selection->hasSelection();
    m_ui->addButton->setEnabled(directorySelected);
    m_addAction->setEnabled(directorySelected);
    const bool pickedSelected = !m_ui->pickedListWidget->selectedItems().isEmpty();
    m_ui->removeButton->setEnabled(pickedSelected);
    m_removeAction->setEnabled(pickedSelected);
    m_removeAllAction->setEnabled(!m_picked.isEmpty());
}

void UserPickerWidget::updateColumns()
{
    // Every row of the Active and the Deactivated list says the same; with All it tells them apart.
    const bool all = m_ui->statusComboBox->currentData().toString() == "all"_L1;
    m_ui->directoryTableView->setColumnHidden(Models::UserDirectoryModel::ActiveColumn, !all);
    layoutColumns();
}

void UserPickerWidget::layoutColumns()
{
    if (!m_directory || m_columnsSizedByHand)
        return;
    QHeaderView *header = m_ui->directoryTableView->horizontalHeader();
    const int status = m_ui->directoryTableView->isColumnHidden(Models::UserDirectoryModel::ActiveColumn)
        ? 0
        : header->sectionSize(Models::UserDirectoryModel::ActiveColumn);
    const int width = m_ui->directoryTableView->viewport()->width() - status;
    const QFontMetrics metrics = fontMetrics();
    // E-mail addresses are the longest: it keeps about half, name and username share the rest,
    // never narrower than a usual one.
    const int name = std::max(metrics.horizontalAdvance(u"Bianca Fischer"_s) + 12, width * 30 / 100);
    const int username = std::max(metrics.horizontalAdvance(u"andre.alvarez2"_s) + 12, width * 23 / 100);
    m_layingOutColumns = true;
    header->resizeSection(Models::UserDirectoryModel::NameColumn, name);
    header->resizeSection(Models::UserDirectoryModel::UsernameColumn, username);
    m_layingOutColumns = false;
}

void UserPickerWidget::rebuildPickedList()
{
    QListWidget *list = m_ui->pickedListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    for (const Models::UserRef &user : std::as_const(m_picked)) {
        auto *item = new QListWidgetItem(user.displayLine(), list);
        item->setData(Models::IdRole, user.id);
        item->setToolTip(user.email.isEmpty() ? tr("%1\n%2").arg(user.name, user.username)
                                              : tr("%1\n%2\n%3").arg(user.name, user.username, user.email));
    }
    const qsizetype count = m_picked.size();
    m_ui->pickedCountLabel->setText(count == 0 ? tr("Nobody picked yet")
            : count == 1                       ? tr("1 picked")
                                               : tr("%1 picked").arg(locale().toString(qint64(count))));
    updateButtons();
}

} // namespace Gui
