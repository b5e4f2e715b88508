#include "ui/groups/grouplistpanel.h"

#include "ui_grouplistpanel.h"

#include "models/grouplistmodel.h"
#include "models/groupstore.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "ui/groups/grouptreeview.h"
#include "ui/session.h"
#include "ui/users/userpickerdialog.h"
#include "ui/widgets/columnfitter.h"
#include "ui/widgets/loadstatusbar.h"

#include <algorithm>

#include <QtCore/QLocale>
#include <QtCore/QSignalBlocker>
#include <QtGui/QAction>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyle>

namespace Gui {

using Models::GroupListModel;

namespace {

/// The group of a row, read through the model's IdRole: the same through any proxy (0: none).
qint64 groupIdOf(const QModelIndex &index)
{
    return index.data(Models::IdRole).toLongLong();
}

/// How long typing pauses before the search goes to the server.
constexpr int kSearchDebounceMs = 300;

} // namespace

GroupListPanel::GroupListPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GroupListPanel>())
    , m_session(session)
    , m_model(new GroupListModel(session->workspace(), this))
    , m_loadStatusBar(new LoadStatusBar(this))
{
    m_ui->setupUi(this);
    // Between the filters and the list: the list's loading and its last error, with Retry.
    m_ui->panelLayout->insertWidget(m_ui->panelLayout->indexOf(m_ui->groupTreeView), m_loadStatusBar);
    m_loadStatusBar->setStatus(m_model->loadStatus());
    setUpFilters();
    setUpView();
    updateCount();
}

GroupListPanel::~GroupListPanel() = default;

void GroupListPanel::setUpFilters()
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDebounceMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &GroupListPanel::searchNow);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    // Enter searches at once; Esc clears (and so shows every group again).
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &GroupListPanel::searchNow);
    auto *clearSearch = new QAction(tr("Clear search"), m_ui->searchLineEdit);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->clear();
        searchNow();
    });
    m_ui->searchLineEdit->addAction(clearSearch);
    m_ui->searchLineEdit->addAction(
        QIcon::fromTheme(QStringLiteral("edit-find"), style()->standardIcon(QStyle::SP_FileDialogContentsView)),
        QLineEdit::LeadingPosition);

    m_ui->permissionComboBox->addItem(tr("Any permission"));
    m_ui->permissionComboBox->addItem(tr("I can read"), int(Api::PermissionLevel::Read));
    m_ui->permissionComboBox->addItem(tr("I can write"), int(Api::PermissionLevel::Write));
    m_ui->permissionComboBox->addItem(tr("I can manage"), int(Api::PermissionLevel::Manage));
    connect(m_ui->permissionComboBox, &QComboBox::activated, this, &GroupListPanel::permissionChosen);

    m_ui->organizationComboBox->addItem(tr("All organizations"));
    // The API has no list of organizations: offer those of my own groups and of every group seen.
    for (const Api::UserGroup &group : m_session->me().groups) {
        if (group.organizationId)
            addOrganization(*group.organizationId, group.organizationName.value_or(QString()));
    }
    connect(m_ui->organizationComboBox, &QComboBox::activated, this, &GroupListPanel::organizationChosen);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { learnOrganizations(first, last); });

    m_ui->usersFilterButton->setIcon(
        QIcon::fromTheme(QStringLiteral("system-users"), style()->standardIcon(QStyle::SP_DirHomeIcon)));
    m_ui->clearUsersFilterButton->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-clear"), style()->standardIcon(QStyle::SP_LineEditClearButton)));
    connect(m_ui->usersFilterButton, &QToolButton::clicked, this, &GroupListPanel::pickUsers);
    connect(m_ui->clearUsersFilterButton, &QToolButton::clicked, this, [this] { setUserFilter({}); });
    m_ui->usersFilterBar->hide();
}

void GroupListPanel::setUpView()
{
    GroupTreeView *view = m_ui->groupTreeView;
    view->setModel(m_model);
    view->setGroupStore(m_session->workspace()->groupStore());
    connect(view, &GroupTreeView::statusMessage, this, &GroupListPanel::statusMessage);
    QHeaderView *header = view->header();
    header->setMinimumSectionSize(48);
    // The name is what a person reads the list by: it takes the spare width, the other columns
    // fit their contents, and the header's menu hides the ones not wanted.
    m_columnFitter = new ColumnFitter(view, GroupListModel::NameColumn);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_columnFitter, &ColumnFitter::scheduleFit);
    connect(m_model, &QAbstractItemModel::modelReset, m_columnFitter, &ColumnFitter::scheduleFit);
    // With one organization, its column says the same on every row: hidden until a second shows.
    m_columnFitter->setDefaultHidden(
        GroupListModel::OrganizationColumn, m_ui->organizationComboBox->count() <= 2); // "All" and one
    // When a group last changed is in its Details tab; the list keeps its room for the name.
    m_columnFitter->setDefaultHidden(GroupListModel::UpdatedColumn, true);
    // The server sorts, by name or creation time only: the other columns do not pretend to.
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(GroupListModel::NameColumn, Qt::AscendingOrder);
    header->setToolTip(tr("Click Name or Created to sort; the server sorts by those two only"));
    connect(header, &QHeaderView::sectionClicked, this, &GroupListPanel::sortByColumn);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentGroupChanged(groupIdOf(current)); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GroupListPanel::selectionChanged);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(view, &QTreeView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT groupActivated(groupIdOf(index)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { Q_EMIT currentGroupChanged(currentGroupId()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        // A group asked for before its row arrived (after a reload) becomes current when it does,
        // otherwise the first group, so the tabs beside the list are never an empty pane
        // (one not on the first page is not looked for further).
        if (seekGroup())
            return;
        if (const qint64 wanted = std::exchange(m_pendingSelection, 0); wanted && selectGroup(wanted))
            return;
        if (QAbstractItemView *view = m_ui->groupTreeView; !view->currentIndex().isValid())
            selectGroup(groupIdOf(view->model()->index(0, 0)));
    });
    // A search that found nothing brings no rows: the hunt of showGroup() ends when loading does.
    connect(m_model->loadStatus(), &Models::LoadStatus::loadingChanged, this, [this](bool loading) {
        if (!loading)
            seekGroup();
    });
    connect(m_model, &Models::PagedTableModel::totalCountChanged, this, &GroupListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GroupListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GroupListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupListPanel::updateCount);
    connect(m_model->loadStatus(), &Models::LoadStatus::errorChanged, this, &GroupListPanel::updateCount);
    connect(m_model->loadStatus(), &Models::LoadStatus::loadingChanged, this, &GroupListPanel::updateCount);
}

qint64 GroupListPanel::currentGroupId() const
{
    return groupIdOf(m_ui->groupTreeView->currentIndex());
}

QList<qint64> GroupListPanel::selectedGroupIds() const
{
    QModelIndexList rows = m_ui->groupTreeView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(groupIdOf(row));
    if (ids.isEmpty() && currentGroupId())
        ids.append(currentGroupId());
    return ids;
}

void GroupListPanel::addGroupAction(QAction *action)
{
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->groupTreeView->addAction(action);
}

bool GroupListPanel::selectGroup(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, GroupListModel::NameColumn);
    m_ui->groupTreeView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->groupTreeView->scrollTo(index);
    return true;
}

void GroupListPanel::showGroup(qint64 id)
{
    endSeeking();
    if (!id)
        return;
    Models::GroupStore *store = m_session->workspace()->groupStore();
    if (selectGroup(id)) {
        Q_EMIT statusMessage(tr("Showing %1.").arg(store->name(id)));
        return;
    }
    m_soughtGroup = id;
    m_soughtName = store->name(id);
    Q_EMIT statusMessage(tr("Looking for %1 on the server...").arg(m_soughtName));
    // The group itself first: its name to search for, and the server's reason when it cannot
    // be read (the list would only come back without it).
    store->refresh(id).onFinished(this, [this, id](const Api::Result<Api::Group> &result) {
        if (m_soughtGroup != id)
            return; // another jump, or the person searched meanwhile
        if (!result) {
            const QString name = m_soughtName;
            endSeeking();
            Q_EMIT statusMessage(tr("Cannot show %1: %2").arg(name, result.error.message()));
            return;
        }
        m_soughtName = result->name;
        if (m_model->rowOf(id) >= 0) {
            seekGroup(); // its row came meanwhile
            return;
        }
        searchFor(id, result->name);
    });
}

void GroupListPanel::searchFor(qint64 id, const QString &name)
{
    Api::GroupListQuery query = m_model->query();
    m_soughtFiltersCleared = query.permission || query.organizationId || !query.userIds.isEmpty();
    query.query = name;
    query.permission.reset();
    query.organizationId.reset();
    query.userIds.clear();
    // The fields say what the list shows. Setting them starts no search of their own: the
    // combo boxes search on activated() (the person's), and the search field's is blocked.
    {
        const QSignalBlocker blocker(m_ui->searchLineEdit);
        m_ui->searchLineEdit->setText(name);
    }
    m_searchTimer.stop();
    m_ui->permissionComboBox->setCurrentIndex(0);
    m_ui->organizationComboBox->setCurrentIndex(0);
    m_filterUsers.clear();
    m_ui->usersFilterBar->hide();
    m_pendingSelection = 0;
    m_soughtGroup = id;
    m_soughtSearchSet = true;
    // From the first page again; seekGroup() takes it from there as the rows come.
    m_model->setQuery(query);
}

bool GroupListPanel::seekGroup()
{
    if (!m_soughtGroup)
        return false;
    if (selectGroup(m_soughtGroup)) {
        QString shown = tr("Showing %1.").arg(m_soughtName);
        if (m_soughtSearchSet && m_soughtFiltersCleared)
            shown = tr("Showing %1, found on the server: the list now shows the groups named like it, without its "
                       "filters (Esc in the search field shows every group).")
                        .arg(m_soughtName);
        else if (m_soughtSearchSet)
            shown = tr("Showing %1, found on the server: the list now shows the groups named like it (Esc in the "
                       "search field shows every group).")
                        .arg(m_soughtName);
        endSeeking();
        Q_EMIT statusMessage(shown);
        return true;
    }
    if (!m_soughtSearchSet)
        return true; // still fetching the group: the list stays as it is meanwhile
    if (m_model->canFetchMore({})) {
        // Not from inside the model's own signal: its page is still being taken in.
        QTimer::singleShot(0, this, [this] {
            if (m_soughtGroup && m_model->canFetchMore({}))
                m_model->fetchMore({});
        });
        return true;
    }
    if (m_model->loadStatus()->isLoading() || m_model->loadStatus()->hasError())
        return true; // a page is on its way, or Retry will bring it
    const QString name = m_soughtName;
    endSeeking();
    Q_EMIT statusMessage(
        tr("%1 is not in the list: the server lists no group by that name that you may read.").arg(name));
    return false;
}

void GroupListPanel::endSeeking()
{
    m_soughtGroup = 0;
    m_soughtName.clear();
    m_soughtSearchSet = false;
    m_soughtFiltersCleared = false;
}

void GroupListPanel::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

void GroupListPanel::reload()
{
    m_pendingSelection = currentGroupId();
    m_model->refresh();
}

QByteArray GroupListPanel::saveHeaderState() const
{
    return m_columnFitter->saveState();
}

void GroupListPanel::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_ui->groupTreeView->header();
    if (state.isEmpty() || !m_columnFitter->restoreState(state))
        return;
    // The order is the server's, whatever the saved indicator said.
    const QString order = m_model->query().order;
    header->setSortIndicator(order == GroupListModel::serverOrder(GroupListModel::CreatedColumn)
            ? GroupListModel::CreatedColumn
            : GroupListModel::NameColumn,
        m_model->query().orderDir == QStringLiteral("desc") ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void GroupListPanel::searchNow()
{
    endSeeking(); // the person chose what the list shows
    m_searchTimer.stop();
    m_model->setSearchText(m_ui->searchLineEdit->text().trimmed());
}

void GroupListPanel::permissionChosen()
{
    endSeeking(); // the person chose what the list shows
    const QVariant level = m_ui->permissionComboBox->currentData();
    m_model->setPermission(
        level.isValid() ? std::optional<Api::PermissionLevel>(Api::PermissionLevel(level.toInt())) : std::nullopt);
}

void GroupListPanel::organizationChosen()
{
    endSeeking(); // the person chose what the list shows
    const QVariant id = m_ui->organizationComboBox->currentData();
    m_model->setOrganizationId(id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
}

void GroupListPanel::pickUsers()
{
    auto *dialog = new UserPickerDialog(m_session->workspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Groups containing these people"));
    dialog->setPicked(m_filterUsers);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setUserFilter(dialog->picked()); });
    dialog->open();
}

void GroupListPanel::setUserFilter(const QList<Models::UserRef> &users)
{
    endSeeking(); // the person chose what the list shows
    m_filterUsers = users;
    QList<qint64> ids;
    QStringList names;
    for (const Models::UserRef &user : users) {
        ids.append(user.id);
        names.append(user.name.isEmpty() ? user.username : user.name);
    }
    m_ui->usersFilterBar->setVisible(!users.isEmpty());
    m_ui->usersFilterLabel->setText(tr("Containing: %1").arg(QLocale().createSeparatedList(names)));
    m_model->setUserIds(ids);
}

void GroupListPanel::sortByColumn(int column)
{
    QHeaderView *header = m_ui->groupTreeView->header();
    const QString order = GroupListModel::serverOrder(column);
    const Api::GroupListQuery &query = m_model->query();
    const QString currentOrder = query.order.isEmpty() ? GroupListModel::serverOrder(GroupListModel::NameColumn) : query.order;
    if (order.isEmpty()) {
        // Not a column the server sorts by: the indicator stays where the order really is.
        header->setSortIndicator(currentOrder == GroupListModel::serverOrder(GroupListModel::CreatedColumn)
                ? GroupListModel::CreatedColumn
                : GroupListModel::NameColumn,
            query.orderDir == QStringLiteral("desc") ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    const Qt::SortOrder direction = header->sortIndicatorOrder();
    m_model->setOrdering(order, direction == Qt::DescendingOrder ? QStringLiteral("desc") : QStringLiteral("asc"));
}

void GroupListPanel::learnOrganizations(int first, int last)
{
    const Models::GroupStore *store = m_session->workspace()->groupStore();
    for (int row = first; row <= last; ++row) {
        if (const Api::GroupSummary *group = store->find(groupIdOf(m_model->index(row, 0)));
            group && group->organizationId)
            addOrganization(*group->organizationId, group->organizationName.value_or(QString()));
    }
}

void GroupListPanel::addOrganization(qint64 id, const QString &name)
{
    QComboBox *combo = m_ui->organizationComboBox;
    if (combo->findData(id) >= 0)
        return;
    const QString text = name.isEmpty() ? tr("Organization %1").arg(id) : name;
    // "All organizations" and two more: the column tells rows apart now.
    if (m_columnFitter && combo->count() >= 2)
        m_columnFitter->setDefaultHidden(GroupListModel::OrganizationColumn, false);
    // Kept sorted by name after "All organizations".
    int at = 1;
    while (at < combo->count() && QString::localeAwareCompare(combo->itemText(at), text) < 0)
        ++at;
    combo->insertItem(at, text, id);
}

void GroupListPanel::updateCount()
{
    const qint64 total = m_model->totalCount();
    // An empty list says why, in the list itself (not only "0 groups" under it).
    m_ui->groupTreeView->setEmptyText(
        m_model->loadStatus()->isLoading() || m_model->loadStatus()->hasError() ? QString() : m_model->emptyText());
    const QLocale locale;
    if (m_model->loadStatus()->isStale() && m_model->rowCount() > 0)
        m_ui->countLabel->setText(tr("%1 groups shown, as loaded before").arg(locale.toString(m_model->rowCount())));
    else if (total < 0)
        m_ui->countLabel->setText(m_model->loadStatus()->isLoading() ? tr("Loading groups...") : QString());
    else if (total == 1)
        m_ui->countLabel->setText(tr("1 group"));
    else if (m_model->rowCount() < total)
        m_ui->countLabel->setText(
            tr("%1 groups (%2 loaded)").arg(locale.toString(total), locale.toString(m_model->rowCount())));
    else
        m_ui->countLabel->setText(tr("%1 groups").arg(locale.toString(total)));
}

} // namespace Gui
