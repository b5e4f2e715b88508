#include "models/membertablemodel.h"

#include "models/changeoperation.h"
#include "models/csv.h"
#include "models/groupstore.h"
#include "models/modelrows.h"
#include "models/roles.h"
#include "models/userrows.h"
#include "models/workspace.h"

#include <QtCore/QMimeData>

namespace Models {

namespace {
/// What each column shows.
constexpr UserField kFields[] = {UserField::Name, UserField::Username, UserField::Email, UserField::Active,
    UserField::Online, UserField::PrimaryGroup};
static_assert(std::size(kFields) == MemberTableModel::ColumnCount);
} // namespace

MemberTableModel::MemberTableModel(Workspace *workspace, qint64 groupId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_loadStatus(new LoadStatus([this] { reload(); }, this))
    , m_resolver(new UserResolver(workspace->client(), this))
{
    GroupStore *store = workspace->groupStore();
    connect(store, &GroupStore::membersChanged, this, &MemberTableModel::membersChanged);
    // Primary groups are shown by name: a renamed group shows at once.
    connect(store, &GroupStore::groupChanged, this, [this](qint64) {
        if (!m_members.isEmpty())
            Q_EMIT dataChanged(index(0, PrimaryGroupColumn), index(int(m_members.size()) - 1, PrimaryGroupColumn));
    });
    connect(m_resolver, &UserResolver::resolved, this, [this](const UserResolution &resolution) {
        if (m_workspace && m_groupId && !resolution.found.isEmpty())
            Q_EMIT changeStarted(m_workspace->addMembers(m_groupId, resolution.found));
        Q_EMIT pasteResolved(resolution);
    });
    setGroup(groupId);
}

MemberTableModel::~MemberTableModel() = default;

void MemberTableModel::setGroup(qint64 groupId)
{
    beginResetModel();
    m_groupId = groupId;
    m_members.clear();
    const std::optional<Api::Group> group
        = groupId && m_workspace ? m_workspace->groupStore()->group(groupId) : std::nullopt;
    if (group)
        m_members = group->members;
    endResetModel();
    m_loadStatus->clearError();
    m_resolver->cancel();
    // The copy the store holds shows at once; the server's current members follow.
    m_loadStatus->setLoading(false);
    if (groupId)
        reload();
}

void MemberTableModel::reload()
{
    if (!m_groupId || !m_workspace)
        return;
    const Api::Call<Api::Group> call = m_workspace->groupStore()->refresh(m_groupId);
    if (!call.call())
        return;
    // The store takes the answer first (its handler was connected first) and says
    // membersChanged when they differ; here only the loading state and the error settle.
    const qint64 groupId = m_groupId;
    call.onFinished(this, [this, groupId](const Api::Result<Api::Group> &result) {
        if (groupId != m_groupId)
            return;
        m_loadStatus->setError(result.error);
        m_loadStatus->setLoading(false);
    });
    m_loadStatus->setLoading(true);
}

UserRef MemberTableModel::userRef(int row) const
{
    const Api::Member &member = m_members.at(row);
    return {member.id, member.name, member.username, member.email.value_or(QString())};
}

int MemberTableModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == userId)
            return row;
    }
    return -1;
}

void MemberTableModel::membersChanged(qint64 groupId)
{
    if (groupId != m_groupId || !m_workspace)
        return;
    const std::optional<Api::Group> group = m_workspace->groupStore()->group(groupId);
    if (group)
        mergeMembers(group->members);
}

void MemberTableModel::mergeMembers(const QList<Api::Member> &members)
{
    QHash<qint64, int> incoming;
    incoming.reserve(members.size());
    for (int i = 0; i < members.size(); ++i)
        incoming.insert(members.at(i).id, i);

    // Rows that left, removed in runs from the bottom so the rows above keep their numbers.
    removeRunsFromTheBottom(
        int(m_members.size()), [&](int row) { return incoming.contains(m_members.at(row).id); },
        [this](int first, int last) {
            beginRemoveRows({}, first, last);
            m_members.remove(first, last - first + 1);
            endRemoveRows();
        });

    // Rows that stayed and changed.
    QSet<qint64> present;
    present.reserve(m_members.size());
    for (int row = 0; row < m_members.size(); ++row) {
        const Api::Member &now = members.at(incoming.value(m_members.at(row).id));
        present.insert(now.id);
        if (m_members.at(row) != now) {
            m_members[row] = now;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // Newcomers, at the end, in the server's order (a proxy sorts them).
    QList<Api::Member> added;
    for (const Api::Member &member : members) {
        if (!present.contains(member.id))
            added.append(member);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_members.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_members.append(added);
    endInsertRows();
}

ChangeOperation *MemberTableModel::removeMembers(const QList<int> &rows)
{
    if (!m_workspace || !m_groupId)
        return nullptr;
    QList<UserRef> users;
    QSet<int> seen;
    for (int row : rows) {
        if (row >= 0 && row < m_members.size() && !seen.contains(row)) {
            seen.insert(row);
            users.append(userRef(row));
        }
    }
    if (users.isEmpty())
        return nullptr;
    ChangeOperation *operation = m_workspace->removeMembers(m_groupId, users);
    Q_EMIT changeStarted(operation);
    return operation;
}

void MemberTableModel::pasteText(const QString &text)
{
    if (m_groupId)
        m_resolver->resolve(text);
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::Member &member = m_members.at(index.row());
    const UserRow row{userRef(index.row()), member.active, member.online, member.primaryGroupId, {}};
    return userData(row, kFields[index.column()], role, m_workspace ? m_workspace->groupStore() : nullptr);
}

QStringList MemberTableModel::csvHeader()
{
    return {QStringLiteral("group_id"), QStringLiteral("group"), QStringLiteral("user_id"), QStringLiteral("name"),
        QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("online"),
        QStringLiteral("primary_group_id"), QStringLiteral("primary_group")};
}

QByteArray MemberTableModel::csv(const QAbstractItemModel *shown) const
{
    const QList<int> rows = shownRows(this, shown, [this](qint64 id) { return rowOf(id); });
    const QString groupName = m_workspace ? m_workspace->groupStore()->name(m_groupId) : QString();
    QList<QStringList> lines;
    lines.reserve(rows.size());
    for (const int row : std::as_const(rows)) {
        const Api::Member &member = m_members.at(row);
        lines.append({QString::number(m_groupId), groupName, QString::number(member.id), member.name, member.username,
            member.email.value_or(QString()), member.active ? QStringLiteral("active") : QStringLiteral("deactivated"),
            member.online ? QStringLiteral("yes") : QStringLiteral("no"),
            member.primaryGroupId ? QString::number(*member.primaryGroupId) : QString(),
            index(row, PrimaryGroupColumn).data().toString()});
    }
    return Csv::write(csvHeader(), lines);
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return userFieldTitle(kFields[section]);
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex &index) const
{
    // A drop anywhere on the table, on a row or below the last, adds to this group.
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

bool MemberTableModel::removeRows(int, int, const QModelIndex &)
{
    return false;
}

QStringList MemberTableModel::mimeTypes() const
{
    return {UserDrag::mimeType(), QStringLiteral("text/plain")};
}

QMimeData *MemberTableModel::mimeData(const QModelIndexList &indexes) const
{
    return UserDrag::ofRows(
        indexes, this, [this](int row) { return userRef(row); }, m_groupId);
}

Qt::DropActions MemberTableModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions MemberTableModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool MemberTableModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    if (!data || !m_groupId || (action != Qt::CopyAction && action != Qt::MoveAction))
        return false;
    if (data->hasFormat(UserDrag::mimeType())) {
        const std::optional<UserDrag> drag = UserDrag::fromMimeData(data);
        // Members dragged onto their own group's table: nothing to do.
        return drag && !drag->users.isEmpty() && drag->sourceGroupId != m_groupId;
    }
    return data->hasText() && !UserResolver::tokens(data->text()).isEmpty();
}

bool MemberTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!m_workspace || !canDropMimeData(data, action, row, column, parent))
        return false;
    if (const std::optional<UserDrag> drag = UserDrag::fromMimeData(data)) {
        const std::optional<qint64> moveFrom = action == Qt::MoveAction ? drag->sourceGroupId : std::nullopt;
        Q_EMIT changeStarted(m_workspace->addMembers(m_groupId, drag->users, moveFrom));
        return true;
    }
    pasteText(data->text());
    return true;
}

MemberFilterProxyModel::MemberFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void MemberFilterProxyModel::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    invalidateFilter();
}

void MemberFilterProxyModel::setActiveOnly(bool activeOnly)
{
    if (m_activeOnly == activeOnly)
        return;
    m_activeOnly = activeOnly;
    invalidateFilter();
}

bool MemberFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_activeOnly
        && !model->index(sourceRow, MemberTableModel::ActiveColumn, sourceParent).data(RawValueRole).toBool())
        return false;
    const QString &text = m_filterText;
    if (text.isEmpty())
        return true;
    for (int column : {MemberTableModel::NameColumn, MemberTableModel::UsernameColumn, MemberTableModel::EmailColumn}) {
        if (model->index(sourceRow, column, sourceParent)
                .data(RawValueRole)
                .toString()
                .contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Models
