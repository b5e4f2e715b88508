#include "models/grouplistmodel.h"

#include "models/changeoperation.h"
#include "models/groupdrag.h"
#include "models/groupstore.h"
#include "models/membercounttext.h"
#include "models/roles.h"
#include "models/userdrag.h"
#include "models/workspace.h"

#include <QtCore/QLocale>
#include <QtCore/QMimeData>

#include <utility>

namespace Models {

namespace {
constexpr int kDefaultPageSize = 50;

bool nameOrderLess(const Api::GroupSummary &a, const Api::GroupSummary &b)
{
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.id < b.id;
}
} // namespace

GroupListModel::GroupListModel(Workspace *workspace, QObject *parent)
    : PagedTableModel(
        workspace->client(), &Api::Parse::page<Api::GroupSummary>, Api::AllPages<Api::GroupSummary>::counter(), parent)
    , m_workspace(workspace)
{
    m_query.limit = kDefaultPageSize;

    GroupStore *store = workspace->groupStore();
    connect(store, &GroupStore::groupChanged, this, &GroupListModel::groupChanged);
    connect(store, &GroupStore::groupRemoved, this, &GroupListModel::groupRemoved);
    connect(store, &GroupStore::groupCreated, this, &GroupListModel::groupCreated);
    reload();
}

GroupListModel::~GroupListModel() = default;

QString GroupListModel::emptyText() const
{
    if (rowCount() > 0 || totalCount() != 0)
        return {};
    const bool filtered = !m_query.query.trimmed().isEmpty() || m_query.permission || m_query.organizationId
        || !m_query.userIds.isEmpty();
    if (filtered)
        return tr("No group matches the search and filters.");
    return tr("You are not a member of any group and none is shared with you, so there is no group you can "
              "read. An administrator of your organization can share one with you.");
}

void GroupListModel::setQuery(const Api::GroupListQuery &query)
{
    m_query = listQuery(query, kDefaultPageSize);
    reload();
}

void GroupListModel::setSearchText(const QString &text)
{
    changeQuery(*this, &Api::GroupListQuery::query, text);
}

void GroupListModel::setPermission(std::optional<Api::PermissionLevel> permission)
{
    changeQuery(*this, &Api::GroupListQuery::permission, permission);
}

void GroupListModel::setOrganizationId(std::optional<qint64> organizationId)
{
    changeQuery(*this, &Api::GroupListQuery::organizationId, organizationId);
}

void GroupListModel::setUserIds(const QList<qint64> &userIds)
{
    changeQuery(*this, &Api::GroupListQuery::userIds, userIds);
}

void GroupListModel::setOrdering(const QString &order, const QString &direction)
{
    changeQuery(*this, &Api::GroupListQuery::order, order, &Api::GroupListQuery::orderDir, direction);
}

void GroupListModel::setPageSize(int pageSize)
{
    changeQuery(*this, &Api::GroupListQuery::limit, pageSize);
}

void GroupListModel::setExcludedGroupId(qint64 id)
{
    if (id == m_excludedGroupId)
        return;
    m_excludedGroupId = id;
    if (const int row = rowOf(id); row >= 0) {
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        m_rowOf.remove(id);
        rebuildRowIndex(row);
        endRemoveRows();
    }
}

void GroupListModel::refresh()
{
    if (m_ids.isEmpty()) {
        reload();
        return;
    }
    // What is shown stays until the server answers: a server gone away leaves the list as it
    // was, marked stale, with the error and Retry beside it, not an empty list.
    m_replaceOnNextPage = true;
    loadStatus()->setStale(true);
    resetPager(m_query, &Api::GroupsApi::listRequest);
    pager()->fetchMore();
}

void GroupListModel::reload()
{
    m_replaceOnNextPage = false;
    loadStatus()->setStale(false);
    beginResetModel();
    m_ids.clear();
    m_rowOf.clear();
    resetPager(m_query, &Api::GroupsApi::listRequest);
    endResetModel();
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int GroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_workspace)
        return {};
    const qint64 id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    const Api::GroupSummary *group = m_workspace->groupStore()->find(id);
    if (!group)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole: {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case NameColumn:
            return group->name;
        case SlugColumn:
            return group->slug.value_or(QString());
        case OrganizationColumn:
            if (raw || group->organizationName || !group->organizationId)
                return group->organizationName.value_or(QString());
            return QString::number(*group->organizationId);
        case MembersColumn:
            if (raw)
                return group->totalMemberCount;
            return tr("%1 / %2").arg(group->memberCount).arg(group->totalMemberCount);
        // The day in the column, the moment in the tooltip: a narrow column stays readable.
        case CreatedColumn:
            if (raw)
                return group->createdAt;
            return QLocale().toString(group->createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case UpdatedColumn:
            if (raw)
                return group->updatedAt;
            return QLocale().toString(group->updatedAt.toLocalTime().date(), QLocale::ShortFormat);
        }
        break;
    }
    case Qt::ToolTipRole:
        if (index.column() == MembersColumn)
            return MemberCountText::of(group->memberCount, group->totalMemberCount);
        if (index.column() == CreatedColumn)
            return QLocale().toString(group->createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == UpdatedColumn)
            return QLocale().toString(group->updatedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == NameColumn && group->description && !group->description->isEmpty())
            return *group->description;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == MembersColumn)
        return tr("Members: active / all");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SlugColumn:
        return tr("Slug");
    case OrganizationColumn:
        return tr("Organization");
    case MembersColumn:
        //: The group list's column of member counts, "13 / 18": active members, then all.
        return tr("Active / all");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

QString GroupListModel::serverOrder(int column)
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case CreatedColumn:
        return QStringLiteral("created_at");
    default:
        return {};
    }
}

Qt::ItemFlags GroupListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDropEnabled | Qt::ItemIsDragEnabled : flags;
}

QMimeData *GroupListModel::mimeData(const QModelIndexList &indexes) const
{
    return GroupDrag::ofRows(indexes, this, [this](int row) {
        Api::NamedRef group;
        group.id = groupId(row);
        group.name = data(index(row, NameColumn), RawValueRole).toString();
        return group;
    });
}

Qt::DropActions GroupListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

void GroupListModel::appendPage(const std::any &page)
{
    const auto &groups = std::any_cast<const Api::Page<Api::GroupSummary> &>(page).items;
    if (m_workspace)
        m_workspace->groupStore()->absorb(groups);
    if (std::exchange(m_replaceOnNextPage, false)) {
        // The first page of a refresh replaces what was kept meanwhile; its rows then arrive as
        // any first page's do, so a view finds its selection again the same way.
        beginResetModel();
        m_ids.clear();
        m_rowOf.clear();
        endResetModel();
        loadStatus()->setStale(false);
    }
    QList<qint64> fresh;
    fresh.reserve(groups.size());
    for (const Api::GroupSummary &group : groups) {
        if (group.id == m_excludedGroupId && m_excludedGroupId)
            continue; // the count stays the server's: paging goes by it
        // A group created here (or a page fetched again after a rewind) may already be a row.
        if (!m_rowOf.contains(group.id) && !fresh.contains(group.id))
            fresh.append(group.id);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (qint64 id : std::as_const(fresh)) {
        m_rowOf.insert(id, int(m_ids.size()));
        m_ids.append(id);
    }
    endInsertRows();
}

void GroupListModel::groupChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GroupListModel::groupRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_rowOf.remove(id);
    rebuildRowIndex(row);
    endRemoveRows();
    pager()->rewind(1);
    if (totalCount() > 0)
        setTotalCount(totalCount() - 1);
}

void GroupListModel::groupCreated(qint64 id)
{
    if (!m_workspace || m_rowOf.contains(id) || (id == m_excludedGroupId && id))
        return;
    const std::optional<Api::GroupSummary> group = m_workspace->groupStore()->summary(id);
    if (!group || !plausiblyMatches(*group))
        return;
    if (totalCount() >= 0)
        setTotalCount(totalCount() + 1);
    const int row = insertionRow(*group);
    if (row < 0)
        return;
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    rebuildRowIndex(row);
    endInsertRows();
}

// The server decides what matches; here only what can be told for sure from the group: its
// name or slug holds the search text, it is in the organization asked for, and no "containing
// these users" filter is set (a new group has no members). Its creator manages it, so any
// permission filter holds.
bool GroupListModel::plausiblyMatches(const Api::GroupSummary &group) const
{
    if (!m_query.userIds.isEmpty())
        return false;
    if (m_query.organizationId && group.organizationId != m_query.organizationId)
        return false;
    if (m_query.query.isEmpty())
        return true;
    return group.name.contains(m_query.query, Qt::CaseInsensitive)
        || group.slug.value_or(QString()).contains(m_query.query, Qt::CaseInsensitive);
}

int GroupListModel::insertionRow(const Api::GroupSummary &group) const
{
    const bool descending = m_query.orderDir == QLatin1String("desc");
    const bool byCreation = m_query.order == QLatin1String("created_at");
    const bool morePages = pager()->canFetchMore() || loadStatus()->isLoading() || loadStatus()->hasError();
    if (byCreation) {
        // Newest of all: first when newest come first, else last of the whole list.
        if (descending)
            return 0;
        return morePages ? -1 : int(m_ids.size());
    }
    GroupStore *store = m_workspace->groupStore();
    for (int row = 0; row < m_ids.size(); ++row) {
        const Api::GroupSummary *other = store->find(m_ids.at(row));
        if (!other)
            continue;
        if (descending ? nameOrderLess(*other, group) : nameOrderLess(group, *other))
            return row;
    }
    return morePages ? -1 : int(m_ids.size());
}

void GroupListModel::rebuildRowIndex(int fromRow)
{
    for (int row = fromRow; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids.at(row), row);
}

QStringList GroupListModel::mimeTypes() const
{
    return {UserDrag::mimeType()};
}

Qt::DropActions GroupListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

qint64 GroupListModel::dropTarget(int row, const QModelIndex &parent) const
{
    // Only onto a group: between rows means nothing here.
    if (row != -1 || !parent.isValid() || parent.model() != this)
        return 0;
    return m_ids.value(parent.row());
}

bool GroupListModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    if (action != Qt::CopyAction && action != Qt::MoveAction)
        return false;
    const qint64 target = dropTarget(row, parent);
    if (!target || !data || !data->hasFormat(UserDrag::mimeType()))
        return false;
    const std::optional<UserDrag> drag = UserDrag::fromMimeData(data);
    return drag && !drag->users.isEmpty() && drag->sourceGroupId != target;
}

bool GroupListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!m_workspace || !canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 target = dropTarget(row, parent);
    const UserDrag drag = *UserDrag::fromMimeData(data);
    const std::optional<qint64> moveFrom = action == Qt::MoveAction ? drag.sourceGroupId : std::nullopt;
    ChangeOperation *operation = m_workspace->addMembers(target, drag.users, moveFrom);
    Q_EMIT changeStarted(operation);
    return true;
}

} // namespace Models
