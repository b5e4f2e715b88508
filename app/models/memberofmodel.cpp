#include "models/memberofmodel.h"

#include "models/changeoperation.h"
#include "models/csv.h"
#include "models/groupdrag.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/membercounttext.h"
#include "models/modelrows.h"
#include "models/roles.h"
#include "models/workspace.h"

#include "api/apiclient.h"

#include <QtCore/QMimeData>

namespace Models {

namespace {
bool isMembership(const Api::BulkChange &change)
{
    return change.action == Api::BulkChange::Action::AddMember
        || change.action == Api::BulkChange::Action::RemoveMember;
}

/// What a row keeps of a group: a list's summary without members (a group of thousands
/// fetched in full elsewhere would otherwise be copied here whole).
Api::GroupSummary withoutMembers(Api::GroupSummary group)
{
    group.members.clear();
    return group;
}
} // namespace

MemberOfModel::MemberOfModel(Workspace *workspace, const UserRef &person, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_loadStatus(new LoadStatus([this] { reload(); }, this))
{
    GroupStore *store = workspace->groupStore();
    connect(store, &GroupStore::groupChanged, this, &MemberOfModel::storeGroupChanged);
    connect(store, &GroupStore::groupRemoved, this, &MemberOfModel::removeGroup);
    connect(store, &GroupStore::membersChanged, this, &MemberOfModel::storeMembersChanged);
    connect(store, &GroupStore::myLevelsChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, MayChangeColumn), index(rowCount() - 1, MayChangeColumn));
    });
    connect(workspace, &Workspace::operationQueued, this, &MemberOfModel::operationQueued);
    connect(workspace, &Workspace::operationFinished, this, &MemberOfModel::operationFinished);
    setPerson(person);
}

MemberOfModel::~MemberOfModel()
{
    m_pages.cancel();
}

void MemberOfModel::setPerson(const UserRef &person)
{
    m_pages.cancel();
    ++m_serial;
    beginResetModel();
    m_person = person;
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
    m_complete = false;
    m_total = -1;
    m_loadStatus->clearError();
    m_loadStatus->setLoading(false);
    if (person.id)
        reload();
}

void MemberOfModel::reload()
{
    if (!m_person.id || !m_workspace || !m_workspace->client())
        return;
    m_pages.cancel();
    const quint64 serial = ++m_serial;
    m_seen.clear();
    m_complete = false;
    Api::GroupListQuery query;
    query.userIds = {m_person.id};
    query.includeMembers = false; // a group of thousands would make every page slow
    query.limit = m_pageSize;
    query.order = QStringLiteral("name");
    m_pages = m_workspace->client()->groups().listAll(query);
    m_loadStatus->setStale(!m_rows.isEmpty());
    m_loadStatus->setLoading(true);
    m_pages
        .onPage(this,
            [this, serial](const QList<Api::GroupSummary> &groups, int) {
                if (serial != m_serial)
                    return;
                if (m_workspace)
                    m_workspace->groupStore()->absorb(groups); // named everywhere, and by the plans
                for (const Api::GroupSummary &group : groups)
                    m_seen.insert(group.id);
                upsert(groups);
            })
        .onProgress(this,
            [this, serial](int, int, qint64 delivered, qint64 total) {
                if (serial != m_serial)
                    return;
                m_total = total;
                Q_EMIT progress(delivered, total);
            })
        .onFinished(this, [this, serial](const Api::ApiError &error) {
            if (serial != m_serial)
                return; // cancelled for another person or a newer load
            if (error.isNull()) {
                // What the server no longer lists is gone (a change made elsewhere).
                removeAllBut(m_seen);
                m_complete = true;
                m_total = rowCount();
                m_loadStatus->setStale(false);
            }
            m_seen.clear();
            m_loadStatus->setError(error);
            m_loadStatus->setLoading(false);
            Q_EMIT loaded();
        });
}

QList<Api::NamedRef> MemberOfModel::groups() const
{
    QList<Api::NamedRef> groups;
    groups.reserve(m_rows.size());
    for (const Api::GroupSummary &group : m_rows)
        groups.append({group.id, group.name});
    return groups;
}

QList<qint64> MemberOfModel::groupIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Api::GroupSummary &group : m_rows)
        ids.append(group.id);
    return ids;
}

QList<Api::NamedRef> MemberOfModel::unlistedGroups(const QList<Api::UserGroup> &all) const
{
    QList<Api::NamedRef> unlisted;
    for (const Api::UserGroup &group : all) {
        if (rowOf(group.id) < 0)
            unlisted.append({group.id, group.name});
    }
    return unlisted;
}

bool MemberOfModel::mayChange(int row) const
{
    return !m_workspace
        || GroupPermissions::allows(m_workspace->groupStore(), m_rows.at(row).id, GroupAction::ChangeMembers);
}

void MemberOfModel::operationQueued(ChangeOperation *operation)
{
    // Each change of this person's memberships shows as it settles: a run of 300 removals
    // empties the table row by row, not at the end.
    connect(operation, &ChangeOperation::itemFinished, this,
        [this, operation](int index) { itemFinished(operation, index); });
}

void MemberOfModel::itemFinished(const ChangeOperation *operation, int index)
{
    if (!m_person.id || !m_workspace)
        return;
    const Api::BulkChange &change = operation->change(index).forward;
    if (!isMembership(change) || change.targetId != m_person.id)
        return;
    const Api::BulkOutcome outcome = operation->outcome(index);
    // Already so is the server's word too: the person is (or is not) in the group.
    if (outcome != Api::BulkOutcome::Done && outcome != Api::BulkOutcome::AlreadySo)
        return;
    if (change.action == Api::BulkChange::Action::RemoveMember) {
        removeGroup(change.groupId);
        return;
    }
    if (rowOf(change.groupId) >= 0)
        return;
    std::optional<Api::GroupSummary> group = m_workspace->groupStore()->summary(change.groupId);
    if (!group) {
        group = Api::GroupSummary();
        group->id = change.groupId;
        group->name = change.groupName.isEmpty() ? m_workspace->groupStore()->name(change.groupId) : change.groupName;
    }
    upsert({*group});
}

bool MemberOfModel::touchesPerson(const ChangeOperation *operation) const
{
    for (int i = 0; i < operation->size(); ++i) {
        const Api::BulkChange &change = operation->change(i).forward;
        if (isMembership(change) && change.targetId == m_person.id)
            return true;
    }
    return false;
}

void MemberOfModel::operationFinished(ChangeOperation *operation)
{
    // The server's word on what the run did, and on what it could not tell (a change cut off
    // after it was sent may or may not have been made): read again, merged.
    if (m_person.id && operation && touchesPerson(operation))
        reload();
}

void MemberOfModel::storeGroupChanged(qint64 groupId)
{
    const int row = rowOf(groupId);
    if (row < 0 || !m_workspace)
        return;
    const Api::GroupSummary *now = m_workspace->groupStore()->find(groupId);
    if (!now)
        return;
    Api::GroupSummary group = withoutMembers(*now);
    if (group == m_rows.at(row))
        return;
    m_rows[row] = std::move(group);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MemberOfModel::storeMembersChanged(qint64 groupId)
{
    if (!m_person.id || !m_workspace)
        return;
    // A group fetched in full (its tab, a run's refresh) says whether the person is in it.
    const std::optional<Api::Group> group = m_workspace->groupStore()->group(groupId);
    if (!group)
        return;
    const bool member = std::any_of(group->members.cbegin(), group->members.cend(),
        [this](const Api::Member &member) { return member.id == m_person.id; });
    if (member && rowOf(groupId) < 0)
        upsert({group->summary()});
    else if (!member)
        removeGroup(groupId);
}

void MemberOfModel::upsert(const QList<Api::GroupSummary> &groups)
{
    QList<Api::GroupSummary> added;
    for (const Api::GroupSummary &incoming : groups) {
        const int row = rowOf(incoming.id);
        if (row < 0) {
            const bool twice = std::any_of(
                added.cbegin(), added.cend(), [&](const Api::GroupSummary &a) { return a.id == incoming.id; });
            if (!twice)
                added.append(withoutMembers(incoming));
            continue;
        }
        Api::GroupSummary group = withoutMembers(incoming);
        if (group != m_rows.at(row)) {
            m_rows[row] = std::move(group);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Api::GroupSummary &group : std::as_const(added)) {
        m_rowOf.insert(group.id, int(m_rows.size()));
        m_rows.append(group);
    }
    endInsertRows();
}

void MemberOfModel::removeGroup(qint64 groupId)
{
    const int row = rowOf(groupId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    rebuildIndex();
    endRemoveRows();
}

void MemberOfModel::removeAllBut(const QSet<qint64> &keep)
{
    removeRunsFromTheBottom(
        int(m_rows.size()), [&](int row) { return keep.contains(m_rows.at(row).id); },
        [this](int first, int last) {
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            rebuildIndex();
            endRemoveRows();
        });
}

void MemberOfModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
}

ChangeOperation *MemberOfModel::removeFromGroups(const QList<int> &rows)
{
    QList<Api::NamedRef> groups;
    QSet<int> seen;
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size() && !seen.contains(row)) {
            seen.insert(row);
            groups.append({m_rows.at(row).id, m_rows.at(row).name});
        }
    }
    return applyMembership(groups, false);
}

ChangeOperation *MemberOfModel::addToGroups(const QList<Api::NamedRef> &groups)
{
    QList<Api::NamedRef> missing;
    QSet<qint64> seen;
    for (const Api::NamedRef &group : groups) {
        if (rowOf(group.id) < 0 && !seen.contains(group.id)) {
            seen.insert(group.id);
            missing.append(group);
        }
    }
    return applyMembership(missing, true);
}

ChangeOperation *MemberOfModel::applyMembership(const QList<Api::NamedRef> &groups, bool join)
{
    if (!m_workspace || !m_person.id || groups.isEmpty())
        return nullptr;
    ChangePlan plan;
    plan.reserve(groups.size());
    for (const Api::NamedRef &group : groups) {
        plan.append(join ? PlannedChange::addMember(group.id, m_person.id, m_person.name, m_person.username)
                         : PlannedChange::removeMember(group.id, m_person.id, m_person.name, m_person.username));
    }
    const int n = int(groups.size());
    QString text;
    if (join) {
        text = n == 1 ? tr("Add %1 to %2").arg(m_person.name, groups.first().name)
                      : tr("Add %1 to %Ln groups", nullptr, n).arg(m_person.name);
    } else {
        text = n == 1 ? tr("Remove %1 from %2").arg(m_person.name, groups.first().name)
                      : tr("Remove %1 from %Ln groups", nullptr, n).arg(m_person.name);
    }
    ChangeOperation *operation = m_workspace->apply(text, plan);
    Q_EMIT changeStarted(operation);
    return operation;
}

int MemberOfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberOfModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberOfModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::GroupSummary &group = m_rows.at(index.row());
    if (role == IdRole)
        return group.id;
    if (role == PermissionLevelRole) {
        const std::optional<Api::PermissionLevel> level
            = m_workspace ? m_workspace->groupStore()->myLevel(group.id) : std::nullopt;
        return level ? QVariant(int(*level)) : QVariant();
    }
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case NameColumn:
        if (display || raw)
            return group.name;
        break;
    case SlugColumn:
        if (display || raw)
            return group.slug.value_or(QString());
        break;
    case MembersColumn:
        if (raw)
            return group.totalMemberCount;
        if (display)
            return QLocale().toString(group.totalMemberCount);
        if (role == Qt::ToolTipRole)
            return MemberCountText::of(group.memberCount, group.totalMemberCount);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OrganizationColumn:
        if (display || raw)
            return group.organizationName.value_or(QString());
        break;
    case MayChangeColumn: {
        const bool may = mayChange(index.row());
        if (raw)
            return may;
        if (display)
            return may ? tr("Yes") : tr("No");
        if (role == Qt::ToolTipRole && !may && m_workspace)
            return GroupPermissions::refusal(m_workspace->groupStore(), {group.id}, GroupAction::ChangeMembers);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant MemberOfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Group");
    case SlugColumn:
        return tr("Slug");
    case MembersColumn:
        return tr("Members");
    case OrganizationColumn:
        return tr("Organization");
    case MayChangeColumn:
        return tr("You May Change");
    default:
        return {};
    }
}

Qt::ItemFlags MemberOfModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList MemberOfModel::csvHeader()
{
    return {QStringLiteral("user_id"), QStringLiteral("name"), QStringLiteral("username"), QStringLiteral("email"),
        QStringLiteral("group_id"), QStringLiteral("group"), QStringLiteral("slug"), QStringLiteral("organization_id"),
        QStringLiteral("member_count"), QStringLiteral("total_member_count"), QStringLiteral("you_may_change")};
}

QByteArray MemberOfModel::csv(const QAbstractItemModel *shown) const
{
    const QList<int> rows = shownRows(this, shown, [this](qint64 id) { return rowOf(id); });
    QList<QStringList> lines;
    lines.reserve(rows.size());
    for (const int row : std::as_const(rows)) {
        const Api::GroupSummary &group = m_rows.at(row);
        lines.append({QString::number(m_person.id), m_person.name, m_person.username, m_person.email,
            QString::number(group.id), group.name, group.slug.value_or(QString()),
            group.organizationId ? QString::number(*group.organizationId) : QString(),
            QString::number(group.memberCount), QString::number(group.totalMemberCount),
            mayChange(row) ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return Csv::write(csvHeader(), lines);
}

QStringList MemberOfModel::mimeTypes() const
{
    return {GroupDrag::mimeType()};
}

QMimeData *MemberOfModel::mimeData(const QModelIndexList &indexes) const
{
    return GroupDrag::ofRows(indexes, this, [this](int row) {
        return Api::NamedRef{m_rows.at(row).id, m_rows.at(row).name};
    });
}

Qt::DropActions MemberOfModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool MemberOfModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    if (!data || !m_person.id || (action != Qt::CopyAction && action != Qt::MoveAction))
        return false;
    const std::optional<GroupDrag> drag = GroupDrag::fromMimeData(data);
    return drag && std::any_of(drag->groups.cbegin(), drag->groups.cend(), [this](const Api::NamedRef &group) {
        return rowOf(group.id) < 0;
    });
}

bool MemberOfModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    return addToGroups(GroupDrag::fromMimeData(data)->groups) != nullptr;
}

MemberOfFilterProxyModel::MemberOfFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &MemberOfFilterProxyModel::noteCount);
    connect(this, &QAbstractItemModel::modelReset, this, &MemberOfFilterProxyModel::noteCount);
    connect(this, &QAbstractItemModel::layoutChanged, this, &MemberOfFilterProxyModel::noteCount);
}

void MemberOfFilterProxyModel::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    invalidateFilter();
    noteCount();
}

void MemberOfFilterProxyModel::setChangeableOnly(bool changeableOnly)
{
    if (m_changeableOnly == changeableOnly)
        return;
    m_changeableOnly = changeableOnly;
    invalidateFilter();
    noteCount();
}

void MemberOfFilterProxyModel::noteCount()
{
    const int now = rowCount();
    if (now == m_lastCount)
        return;
    m_lastCount = now;
    Q_EMIT countChanged(now);
}

bool MemberOfFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_changeableOnly
        && !model->index(sourceRow, MemberOfModel::MayChangeColumn, sourceParent).data(RawValueRole).toBool())
        return false;
    if (m_filterText.isEmpty())
        return true;
    for (int column : {MemberOfModel::NameColumn, MemberOfModel::SlugColumn}) {
        if (model->index(sourceRow, column, sourceParent)
                .data(RawValueRole)
                .toString()
                .contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Models
