#include "ui/users/userspanel.h"

#include "ui_userspanel.h"

#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/loadstatus.h"
#include "models/userdirectorymodel.h"
#include "models/userdropdescription.h"
#include "models/userrows.h"
#include "models/workspace.h"
#include "ui/groups/grouppickerdialog.h"
#include "ui/session.h"

#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolBar>

using namespace Qt::StringLiterals;

namespace Gui {

using Models::UserDirectoryModel;

namespace {

/// As the group list: a search goes to the server once typing pauses.
constexpr int kSearchDebounceMs = 300;
// "columns2": the username column shows by default since 0.1 (people of one name tell apart
// by it); a layout saved before, with it hidden, is not restored over that.
const QString kHeaderStateKey = u"usersPanel/columns2"_s;

QIcon themeIcon(const QWidget *widget, const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

/// "12 people", or the one person's name.
QString peopleText(const QList<Models::UserRef> &users)
{
    if (users.size() == 1)
        return users.first().name.isEmpty() ? users.first().username : users.first().name;
    return UsersPanel::tr("%1 people").arg(QLocale().toString(users.size()));
}

} // namespace

UsersPanel::UsersPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersPanel>())
    , m_session(session)
    , m_model(new UserDirectoryModel(session->workspace(), this))
{
    m_ui->setupUi(this);
    setObjectName(u"usersPanel"_s);
    m_ui->loadStatusBar->setStatus(m_model->loadStatus());
    setUpFilters();
    setUpView();
    setUpActions();
    updateCount();
    updateActions();
}

UsersPanel::~UsersPanel()
{
    saveHeaderState();
}

QSize UsersPanel::sizeHint() const
{
    // Wide enough for a name and an e-mail side by side: the width the dock opens at.
    return {360, QWidget::sizeHint().height()};
}

void UsersPanel::setUpFilters()
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDebounceMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &UsersPanel::searchNow);
    connect(m_ui->userSearchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    // Enter searches at once; Esc clears (and so lists everyone again).
    connect(m_ui->userSearchLineEdit, &QLineEdit::returnPressed, this, &UsersPanel::searchNow);
    auto *clearSearch = new QAction(tr("Clear search"), m_ui->userSearchLineEdit);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_ui->userSearchLineEdit->clear();
        searchNow();
    });
    m_ui->userSearchLineEdit->addAction(clearSearch);
    m_ui->userSearchLineEdit->addAction(
        themeIcon(this, u"edit-find"_s, QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);

    // The server's account_status values; the combo shows the words an administrator uses.
    m_ui->userStatusComboBox->addItem(tr("Active"), u"active"_s);
    m_ui->userStatusComboBox->addItem(tr("Deactivated"), u"inactive"_s);
    m_ui->userStatusComboBox->addItem(tr("All"), u"all"_s);
    connect(m_ui->userStatusComboBox, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setAccountStatus(m_ui->userStatusComboBox->currentData().toString()); });

    m_ui->userGroupFilterButton->setIcon(themeIcon(this, u"system-users"_s, QStyle::SP_DirHomeIcon));
    m_ui->clearUserGroupFilterButton->setIcon(themeIcon(this, u"edit-clear"_s, QStyle::SP_LineEditClearButton));
    connect(m_ui->userGroupFilterButton, &QToolButton::clicked, this, &UsersPanel::pickGroupFilter);
    connect(m_ui->clearUserGroupFilterButton, &QToolButton::clicked, this, [this] { setGroupFilter(0); });
    m_ui->clearUserGroupFilterButton->hide();
}

void UsersPanel::setUpView()
{
    QTreeView *view = m_ui->userDirectoryView;
    view->setModel(m_model);
    QHeaderView *header = view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    // Read in a dock about 380 px wide: the name, the username (the demo alone has two Kai
    // Bakers, a large organization dozens of each name) and the e-mail in what is left; the
    // rest on demand from the header's menu.
    header->resizeSection(UserDirectoryModel::NameColumn, 115);
    header->resizeSection(UserDirectoryModel::UsernameColumn, 95);
    // The last column stretches over what is left; set wider than that, it stayed wider than the
    // dock and put a horizontal scroll bar under the list.
    header->resizeSection(UserDirectoryModel::EmailColumn, 100);
    header->resizeSection(UserDirectoryModel::ActiveColumn, 70);
    header->resizeSection(UserDirectoryModel::PrimaryGroupColumn, 150);
    // Status says little while the list shows active accounts only (the default).
    for (int column : {UserDirectoryModel::ActiveColumn, UserDirectoryModel::PrimaryGroupColumn})
        view->setColumnHidden(column, true);
    const QByteArray state = QSettings().value(kHeaderStateKey).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    askForGroupsIfShown();
    // The server orders the directory; clicking a header sorts nothing.
    header->setSectionsClickable(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QWidget::customContextMenuRequested, this, &UsersPanel::showHeaderMenu);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPanel::updateActions);
    connect(
        m_session->workspace()->groupStore(), &Models::GroupStore::myLevelsChanged, this, &UsersPanel::updateActions);
    connect(m_model, &Models::PagedTableModel::totalCountChanged, this, &UsersPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPanel::updateCount);
    connect(m_model->loadStatus(), &Models::LoadStatus::loadingChanged, this, &UsersPanel::updateCount);
    connect(m_ui->userDirectoryView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UsersPanel::updateCount);
}

void UsersPanel::setUpActions()
{
    m_addToGroupAction = new QAction(themeIcon(this, u"list-add-user"_s, QStyle::SP_FileDialogNewFolder),
        tr("Add Selected Users to &Group..."), this);
    m_addToGroupAction->setObjectName(u"addUsersToGroupAction"_s);
    m_addToGroupAction->setIconText(tr("Add to Group..."));
    m_addToGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    // Only while the panel has focus: the members tab has shortcuts of its own.
    m_addToGroupAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addToGroupAction->setToolTip(tr("Add the selected people to a group you pick (%1)")
                                       .arg(m_addToGroupAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_addToGroupAction, &QAction::triggered, this, &UsersPanel::addSelectedToGroup);

    m_addToCurrentGroupAction = new QAction(themeIcon(this, u"go-next"_s, QStyle::SP_ArrowRight),
        tr("Add Selected Users to &Current Group"), this);
    m_addToCurrentGroupAction->setObjectName(u"addUsersToCurrentGroupAction"_s);
    m_addToCurrentGroupAction->setIconText(tr("Add to Current"));
    m_addToCurrentGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_addToCurrentGroupAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addToCurrentGroupAction, &QAction::triggered, this, [this] {
        if (m_currentGroupId)
            addUsers(m_currentGroupId, selectedUsers());
    });

    m_clearGroupFilterAction = new QAction(themeIcon(this, u"edit-clear"_s, QStyle::SP_LineEditClearButton),
        tr("List &Everyone"), this);
    m_clearGroupFilterAction->setObjectName(u"clearUserGroupFilterAction"_s);
    m_clearGroupFilterAction->setToolTip(tr("Clear the group filter: list everyone again"));
    connect(m_clearGroupFilterAction, &QAction::triggered, this, [this] { setGroupFilter(0); });
    m_clearGroupFilterAction->setVisible(false);

    auto *filterAction = new QAction(m_ui->userGroupFilterButton->icon(), tr("Members of Group..."), this);
    filterAction->setObjectName(u"userGroupFilterAction"_s);
    connect(filterAction, &QAction::triggered, this, &UsersPanel::pickGroupFilter);

    addAction(m_addToGroupAction);
    addAction(m_addToCurrentGroupAction);
    QTreeView *view = m_ui->userDirectoryView;
    // Enter and a double-click open the person's page, as Open Person does.
    auto *openPerson
        = new QAction(themeIcon(this, u"user-identity"_s, QStyle::SP_FileDialogInfoView), tr("Open &Person"), this);
    openPerson->setObjectName(u"openPersonAction"_s);
    openPerson->setToolTip(
        tr("Open the person's page: the groups they are in, what they can reach, and changes to both"));
    const auto open = [this](const QModelIndex &index) {
        if (const Models::UserRef person = Models::userRefOf(index); person.id != 0)
            Q_EMIT personRequested(person);
    };
    connect(openPerson, &QAction::triggered, this, [view, open] { open(view->currentIndex()); });
    connect(view, &QAbstractItemView::activated, this, open);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    view->addActions({openPerson, separator2, m_addToGroupAction, m_addToCurrentGroupAction, separator, filterAction,
        m_clearGroupFilterAction});
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // A toolbar, not buttons: in a narrow dock what does not fit goes behind its extension menu.
    m_ui->usersToolBar->addAction(m_addToCurrentGroupAction);
    m_ui->usersToolBar->addAction(m_addToGroupAction);
}

void UsersPanel::setCurrentGroup(qint64 groupId)
{
    m_currentGroupId = groupId;
    updateActions();
}

void UsersPanel::setGroupFilter(qint64 groupId, const QString &name)
{
    m_groupFilterId = groupId;
    const QString shown = name.isEmpty() && groupId ? m_session->workspace()->groupStore()->name(groupId) : name;
    m_ui->userGroupFilterButton->setText(groupId ? tr("Members of %1").arg(shown) : tr("Members &of group..."));
    m_ui->userGroupFilterButton->setToolTip(
        groupId ? tr("Listing the members of %1; click to pick another group").arg(shown)
                : tr("Only the members of a group you pick"));
    m_ui->clearUserGroupFilterButton->setVisible(groupId != 0);
    m_clearGroupFilterAction->setVisible(groupId != 0);
    m_model->setGroupId(groupId ? std::optional<qint64>(groupId) : std::nullopt);
}

QList<Models::UserRef> UsersPanel::selectedUsers() const
{
    QModelIndexList rows = m_ui->userDirectoryView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Models::UserRef> users;
    users.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        users.append(Models::userRefOf(row));
    return users;
}

void UsersPanel::focusSearch()
{
    m_ui->userSearchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->userSearchLineEdit->selectAll();
}

void UsersPanel::searchNow()
{
    m_searchTimer.stop();
    m_model->setSearchText(m_ui->userSearchLineEdit->text().trimmed());
}

void UsersPanel::pickGroupFilter()
{
    auto *dialog = new GroupPickerDialog(
        m_session->workspace(), tr("Members of Group"), tr("List the members of:"), tr("&List Members"), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { setGroupFilter(dialog->pickedGroupId(), dialog->pickedGroupName()); });
    dialog->open();
}

void UsersPanel::addSelectedToGroup()
{
    const QList<Models::UserRef> users = selectedUsers();
    if (users.isEmpty())
        return;
    // Non-modal: the list keeps paging in behind it, and the selection is read now, not after.
    auto *dialog = new GroupPickerDialog(m_session->workspace(), tr("Add to Group"),
        tr("Add %1 to:").arg(peopleText(users)), tr("&Add"), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, users] { addUsers(dialog->pickedGroupId(), users); });
    dialog->open();
}

void UsersPanel::addUsers(qint64 groupId, const QList<Models::UserRef> &users)
{
    if (!groupId || users.isEmpty())
        return;
    Models::Workspace *workspace = m_session->workspace();
    // The same words as a drop of these people on that group would say.
    const Models::UserDropDescription description
        = Models::UserDropDescription::of({users, std::nullopt}, groupId, Qt::CopyAction, workspace->groupStore());
    Q_EMIT statusMessage(description.text);
    if (description.changesAnything)
        workspace->addMembers(groupId, users);
}

void UsersPanel::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_ui->userDirectoryView->header();
    QMenu menu(this);
    menu.setObjectName(u"userColumnsMenu"_s);
    int visible = 0;
    for (int column = 0; column < m_model->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        // The last column shown stays: a list with no columns shows nobody.
        toggle->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
            m_ui->userDirectoryView->setColumnHidden(column, !shown);
            saveHeaderState();
            askForGroupsIfShown();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void UsersPanel::askForGroupsIfShown()
{
    // Each user's list of groups is most of what a page of users weighs (about half of the
    // memory 100,000 rows take): asked for only while the primary group column shows its name.
    const bool shown = !m_ui->userDirectoryView->isColumnHidden(UserDirectoryModel::PrimaryGroupColumn);
    Models::changeQuery(*m_model, &Api::UserListQuery::excludeGroups, std::optional<bool>(!shown));
}

void UsersPanel::saveHeaderState() const
{
    QSettings().setValue(kHeaderStateKey, m_ui->userDirectoryView->header()->saveState());
}

void UsersPanel::updateActions()
{
    const bool selected = m_ui->userDirectoryView->selectionModel()->hasSelection();
    const Models::GroupStore *store = m_session->workspace()->groupStore();
    // A group the person may only read takes no one: said before, as every other action does.
    const QString refusal = m_currentGroupId
        ? Models::GroupPermissions::refusal(store, {m_currentGroupId}, Models::GroupAction::ChangeMembers)
        : QString();
    m_addToGroupAction->setEnabled(selected);
    m_addToCurrentGroupAction->setEnabled(selected && m_currentGroupId != 0 && refusal.isEmpty());
    const QString current = m_currentGroupId ? store->name(m_currentGroupId) : QString();
    QString tip = tr("Select a group in the group list first");
    if (!refusal.isEmpty())
        tip = refusal;
    else if (m_currentGroupId)
        tip = tr("Add the selected people to %1, the group selected in the list (%2)")
                  .arg(current, m_addToCurrentGroupAction->shortcut().toString(QKeySequence::NativeText));
    m_addToCurrentGroupAction->setToolTip(tip);
    m_addToCurrentGroupAction->setStatusTip(tip);
}

void UsersPanel::updateCount()
{
    const qint64 total = m_model->totalCount();
    const QLocale locale;
    QString text;
    if (total < 0)
        text = m_model->loadStatus()->isLoading() ? tr("Loading people...") : QString();
    else if (total == 1)
        text = tr("1 person");
    else if (m_model->rowCount() < total)
        text = tr("%1 people (%2 loaded)").arg(locale.toString(total), locale.toString(m_model->rowCount()));
    else
        text = tr("%1 people").arg(locale.toString(total));
    // What a drag or "Add to group" takes along, counted where the list is counted.
    if (const int selected = int(m_ui->userDirectoryView->selectionModel()->selectedRows().size()); selected > 0)
        text = tr("%1, %n selected", "the people listed, and how many of them are selected", selected).arg(text);
    m_ui->userCountLabel->setText(text);
}

} // namespace Gui
