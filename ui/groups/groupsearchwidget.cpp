#include "ui/groups/groupsearchwidget.h"

#include "ui_groupsearchwidget.h"

#include "models/grouplistmodel.h"
#include "models/loadstatus.h"

#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QHeaderView>

#include <algorithm>

namespace Gui {

namespace {
/// As the group list: a search starts once typing pauses.
constexpr int kSearchDebounceMs = 300;
} // namespace

GroupSearchWidget::GroupSearchWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GroupSearchWidget>())
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &GroupSearchWidget::searchNow);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    // Enter in the search field activates the current group once the search has settled.
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive())
            searchNow();
        else if (const qint64 id = currentGroupId())
            Q_EMIT groupActivated(id);
    });
    // Down from the search field goes to the list, as in a completer.
    m_ui->searchLineEdit->installEventFilter(this);
    connect(m_ui->groupTreeView, &QAbstractItemView::activated, this, [this] {
        if (const qint64 id = currentGroupId())
            Q_EMIT groupActivated(id);
    });
    setFocusProxy(m_ui->searchLineEdit);
}

GroupSearchWidget::~GroupSearchWidget() = default;

QTreeView *GroupSearchWidget::view() const
{
    return m_ui->groupTreeView;
}

void GroupSearchWidget::setWorkspace(Models::Workspace *workspace, std::optional<Api::PermissionLevel> permission)
{
    m_ui->groupTreeView->setModel(nullptr);
    m_ui->loadStatusBar->setStatus(nullptr);
    delete m_model;
    m_model = nullptr;
    if (!workspace)
        return;
    m_model = new Models::GroupListModel(workspace, this);
    m_model->setObjectName(QStringLiteral("groupSearchModel"));
    m_model->setPermission(permission);
    m_model->setExcludedGroupId(m_excludedGroupId);
    if (!m_ui->searchLineEdit->text().trimmed().isEmpty())
        m_model->setSearchText(m_ui->searchLineEdit->text().trimmed());
    m_ui->loadStatusBar->setStatus(m_model->loadStatus());
    m_ui->groupTreeView->setModel(m_model);
    QHeaderView *header = m_ui->groupTreeView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Models::GroupListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Models::GroupListModel::MembersColumn, QHeaderView::ResizeToContents);
    for (int column : {Models::GroupListModel::SlugColumn, Models::GroupListModel::CreatedColumn,
             Models::GroupListModel::UpdatedColumn})
        m_ui->groupTreeView->setColumnHidden(column, true);
    header->resizeSection(Models::GroupListModel::OrganizationColumn, 160);

    connect(m_ui->groupTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &GroupSearchWidget::currentGroupChanged);
    connect(m_ui->groupTreeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &GroupSearchWidget::selectionChanged);
    // The first match is current once a page arrives, so Enter right after typing picks it.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_ui->groupTreeView->currentIndex().isValid() || m_model->rowCount() == 0)
            return;
        m_ui->groupTreeView->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupSearchWidget::currentGroupChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupSearchWidget::selectionChanged);
}

void GroupSearchWidget::setSelectionMode(QAbstractItemView::SelectionMode mode)
{
    m_ui->groupTreeView->setSelectionMode(mode);
}

void GroupSearchWidget::setExcludedGroup(qint64 groupId)
{
    m_excludedGroupId = groupId;
    if (m_model)
        m_model->setExcludedGroupId(groupId);
    Q_EMIT currentGroupChanged();
    Q_EMIT selectionChanged();
}

Api::NamedRef GroupSearchWidget::groupAt(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    return {m_model->groupId(row), m_model->index(row, Models::GroupListModel::NameColumn).data().toString()};
}

qint64 GroupSearchWidget::currentGroupId() const
{
    return currentGroup().id;
}

Api::NamedRef GroupSearchWidget::currentGroup() const
{
    const QModelIndex current = m_ui->groupTreeView->currentIndex();
    if (!current.isValid())
        return {};
    return groupAt(current.row());
}

QList<Api::NamedRef> GroupSearchWidget::selectedGroups() const
{
    QList<Api::NamedRef> groups;
    if (!m_model)
        return groups;
    QModelIndexList rows = m_ui->groupTreeView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        const Api::NamedRef group = groupAt(row.row());
        if (group.id)
            groups.append(group);
    }
    if (groups.isEmpty() && currentGroupId())
        groups.append(currentGroup());
    return groups;
}

void GroupSearchWidget::searchNow()
{
    m_searchTimer->stop();
    if (m_model)
        m_model->setSearchText(m_ui->searchLineEdit->text().trimmed());
}

bool GroupSearchWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_ui->groupTreeView->setFocus();
            QCoreApplication::sendEvent(m_ui->groupTreeView, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Gui
