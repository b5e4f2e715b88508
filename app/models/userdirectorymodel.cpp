#include "models/userdirectorymodel.h"

#include "models/groupstore.h"
#include "models/roles.h"
#include "models/userrows.h"
#include "models/workspace.h"

#include <QtCore/QThreadPool>

namespace Models {

namespace {
/// What each column shows.
constexpr UserField kFields[]
    = {UserField::Name, UserField::Username, UserField::Email, UserField::Active, UserField::PrimaryGroup};
static_assert(std::size(kFields) == UserDirectoryModel::ColumnCount);
constexpr int kDefaultPageSize = 100;
/// From how many rows a reload frees the old ones on a worker thread.
constexpr int kFreeElsewhereRows = 10'000;
} // namespace

UserDirectoryModel::UserDirectoryModel(Workspace *workspace, QObject *parent)
    : PagedTableModel(workspace->client(), &Api::Parse::page<Api::User>, Api::AllPages<Api::User>::counter(), parent)
    , m_workspace(workspace)
{
    m_query.limit = kDefaultPageSize;
    // A group's name may become known (or change) after its members' rows were shown.
    connect(workspace->groupStore(), &GroupStore::groupChanged, this, [this](qint64 id) {
        for (int row = 0; row < rowCount(); ++row) {
            if (m_users[row].primaryGroupId == id)
                Q_EMIT dataChanged(index(row, PrimaryGroupColumn), index(row, PrimaryGroupColumn));
        }
    });
    reload();
}

UserDirectoryModel::~UserDirectoryModel() = default;

void UserDirectoryModel::setQuery(const Api::UserListQuery &query)
{
    m_query = listQuery(query, kDefaultPageSize);
    reload();
}

void UserDirectoryModel::setSearchText(const QString &text)
{
    changeQuery(*this, &Api::UserListQuery::query, text);
}

void UserDirectoryModel::setGroupId(std::optional<qint64> groupId)
{
    changeQuery(*this, &Api::UserListQuery::groupId, groupId);
}

void UserDirectoryModel::setAccountStatus(const QString &status)
{
    changeQuery(*this, &Api::UserListQuery::accountStatus, status);
}

void UserDirectoryModel::setPageSize(int pageSize)
{
    changeQuery(*this, &Api::UserListQuery::limit, pageSize);
}

void UserDirectoryModel::reload()
{
    beginResetModel();
    // Freeing a hundred thousand users takes tens of milliseconds: not on the thread a window
    // runs on. Nothing else holds them (strings shared with them are counted atomically).
    if (m_users.size() > kFreeElsewhereRows) {
        QThreadPool::globalInstance()->start(
            [users = std::exchange(m_users, {}), ids = std::exchange(m_ids, {})]() mutable {
                users = {};
                ids = {};
            });
    }
    m_users.clear();
    m_ids.clear();
    resetPager(m_query, &Api::UsersApi::listRequest);
    endResetModel();
}

UserRef UserDirectoryModel::userRef(int row) const
{
    const Api::User &user = m_users[row];
    return {user.id, user.name, user.user, user.email.value_or(QString())};
}

int UserDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Api::User &user = m_users[index.row()];
    UserRow row{userRef(index.row()), user.active, std::nullopt, user.primaryGroupId, {}};
    // The user's own list of groups names the primary group, when it is among them.
    for (const Api::UserGroup &group : user.groups) {
        if (group.id == user.primaryGroupId)
            row.primaryGroupName = group.name;
    }
    return userData(row, kFields[index.column()], role, m_workspace ? m_workspace->groupStore() : nullptr);
}

QVariant UserDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return userFieldTitle(kFields[section]);
}

Qt::ItemFlags UserDirectoryModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList UserDirectoryModel::mimeTypes() const
{
    return {UserDrag::mimeType(), QStringLiteral("text/plain")};
}

QMimeData *UserDirectoryModel::mimeData(const QModelIndexList &indexes) const
{
    return UserDrag::ofRows(indexes, this, [this](int row) { return userRef(row); });
}

Qt::DropActions UserDirectoryModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

void UserDirectoryModel::appendPage(const std::any &page)
{
    const QList<Api::User> &users = std::any_cast<const Api::Page<Api::User> &>(page).items;
    QList<const Api::User *> fresh;
    fresh.reserve(users.size());
    for (const Api::User &user : users) {
        if (!m_ids.contains(user.id)) {
            m_ids.insert(user.id);
            fresh.append(&user);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Api::User *user : fresh)
        m_users.push_back(*user);
    endInsertRows();
}

} // namespace Models
