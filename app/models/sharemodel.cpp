#include "models/sharemodel.h"

#include "models/changeoperation.h"
#include "models/groupdrag.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/membercounttext.h"
#include "models/permissionleveltext.h"
#include "models/roles.h"
#include "models/workspace.h"

#include <QtCore/QLocale>
#include <QtCore/QMimeData>
#include <QtGui/QFont>

#include <memory>

namespace Models {

using Api::BulkChange;
using Api::PermissionLevel;

ShareModel::ShareModel(Workspace *workspace, qint64 groupId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_loadStatus(new LoadStatus([this] { reload(); }, this))
{
    connect(workspace->groupStore(), &GroupStore::sharesChanged, this, [this](qint64 id) {
        if (id == m_groupId)
            reload();
    });
    connect(workspace->groupStore(), &GroupStore::groupChanged, this, &ShareModel::groupRenamed);
    // Whether a level can be edited follows what the person holds on the group.
    connect(workspace->groupStore(), &GroupStore::myLevelsChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, LevelColumn), index(int(m_rows.size()) - 1, LevelColumn));
    });
    setGroup(groupId);
}

ShareModel::~ShareModel() = default;

Workspace *ShareModel::workspace() const
{
    return m_workspace;
}

void ShareModel::setGroup(qint64 groupId)
{
    beginResetModel();
    m_groupId = groupId;
    m_rows.clear();
    m_pending.clear();
    m_countsAsked.clear();
    endResetModel();
    if (m_totalUserShares || m_totalGroupShares) {
        m_totalUserShares = m_totalGroupShares = 0;
        Q_EMIT totalsChanged();
    }
    m_loadStatus->clearError();
    reload();
}

void ShareModel::reload()
{
    m_call.cancel();
    if (!m_groupId || !m_workspace || !m_workspace->client()) {
        m_loadStatus->setLoading(false);
        return;
    }
    m_call = m_workspace->client()->groups().listShares(m_groupId);
    const qint64 groupId = m_groupId;
    m_call.onFinished(this, [this, groupId](const Api::Result<Api::ShareIndex> &result) {
        if (groupId != m_groupId || result.error.kind == Api::ApiError::Kind::Cancelled)
            return;
        m_loadStatus->setError(result.error);
        if (result)
            loaded(*result);
        m_loadStatus->setLoading(false);
    });
    m_loadStatus->setLoading(true);
}

void ShareModel::loaded(const Api::ShareIndex &shares)
{
    // One row per principal, at the highest level it holds; owners first.
    QList<Principal> incoming;
    QHash<Key, int> seen;
    const auto take = [&](const Api::ShareSet &set, PermissionLevel level) {
        for (const auto &[list, kind] :
            {std::pair{&set.users, PrincipalKind::User}, {&set.groups, PrincipalKind::Group}}) {
            for (const Api::NamedRef &ref : *list) {
                const Key key{int(kind), ref.id};
                if (seen.contains(key))
                    continue;
                seen.insert(key, int(incoming.size()));
                incoming.append({kind, ref.id, ref.name, level, false, {}});
            }
        }
    };
    take(shares.owners, PermissionLevel::Manage);
    take(shares.writers, PermissionLevel::Write);
    take(shares.readers, PermissionLevel::Read);

    // Row-level changes, so a view keeps its selection and the row being edited. A principal
    // with a change of this model on its way keeps showing that change until it settles.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const Key key{int(m_rows.at(row).kind), m_rows.at(row).id};
        if (!seen.contains(key) && !m_pending.contains(key)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<Key> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        Principal &current = m_rows[row];
        const Key key{int(current.kind), current.id};
        present.insert(key);
        const auto pending = m_pending.constFind(key);
        if (pending != m_pending.cend()) {
            if (pending->level && current.level != *pending->level) {
                current.level = *pending->level;
                rowChanged(row);
            }
            continue;
        }
        const Principal &now = incoming.at(seen.value(key));
        // A failed change's error stays on its row until the next change to it.
        if (current.name != now.name || current.level != now.level || current.pending) {
            current.name = now.name;
            current.level = now.level;
            current.pending = false;
            rowChanged(row);
        }
    }
    QList<Principal> added;
    for (const Principal &principal : std::as_const(incoming)) {
        if (!present.contains({int(principal.kind), principal.id}))
            added.append(principal);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    if (m_totalUserShares != shares.totalUserShares || m_totalGroupShares != shares.totalGroupShares) {
        m_totalUserShares = shares.totalUserShares;
        m_totalGroupShares = shares.totalGroupShares;
        Q_EMIT totalsChanged();
    }
    fetchMemberCounts();
}

void ShareModel::fetchMemberCounts()
{
    if (!m_workspace)
        return;
    GroupStore *store = m_workspace->groupStore();
    for (const Principal &principal : std::as_const(m_rows)) {
        if (principal.kind != PrincipalKind::Group || store->contains(principal.id)
            || m_countsAsked.contains(principal.id))
            continue;
        m_countsAsked.insert(principal.id);
        // The store announces the group (groupChanged) when it lands; a refusal leaves no count.
        store->refresh(principal.id);
    }
}

int ShareModel::rowOf(PrincipalKind kind, qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == kind && m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

bool ShareModel::setLevel(int row, PermissionLevel level)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).level == level)
        return false;
    const Principal &principal = m_rows.at(row);
    const QList<SharePrincipal> principals{{principal.kind, principal.id, principal.name}};
    if (m_confirmsManagerLoss) {
        // A level picked for this one row is meant, even a lower one: only the manager is asked about.
        const SharePlan planned = plan(principals, level);
        if (!planned.groupsLeftWithoutManager(SharePlan::Mode::SetExactly).isEmpty()) {
            Q_EMIT confirmationNeeded(planned);
            return true;
        }
    }
    change(principals, level);
    return true;
}

SharePlan ShareModel::plan(const QList<SharePrincipal> &principals, std::optional<PermissionLevel> level) const
{
    SharePlan planned(m_groupId ? QList<qint64>{m_groupId} : QList<qint64>(), principals, level);
    if (!m_groupId)
        return planned;
    Api::ShareIndex shares;
    for (const Principal &row : m_rows) {
        Api::ShareSet &set = row.level == PermissionLevel::Manage ? shares.owners
            : row.level == PermissionLevel::Write                 ? shares.writers
                                                                  : shares.readers;
        Api::NamedRef ref;
        ref.id = row.id;
        ref.name = row.name;
        (row.kind == PrincipalKind::User ? set.users : set.groups).append(ref);
    }
    planned.setShares(m_groupId, shares);
    if (m_workspace)
        planned.setGroupName(m_groupId, m_workspace->groupStore()->name(m_groupId));
    return planned;
}

ChangeOperation *ShareModel::apply(const SharePlan &plan, SharePlan::Mode mode, const Api::ShareNotice &notice)
{
    if (!m_groupId || !plan.groupIds().contains(m_groupId))
        return nullptr;
    ChangeOperation *operation = change(plan.principalsFor(m_groupId, mode), plan.level(), notice);
    if (operation) {
        QList<std::pair<qint64, QString>> warned;
        for (qint64 groupId : plan.groupsLeftWithoutManager(mode))
            warned.append({groupId, plan.groupName(groupId)});
        operation->setManagerWarnings(warned);
    }
    return operation;
}

ChangeOperation *ShareModel::revoke(const QList<int> &rows)
{
    QList<SharePrincipal> principals;
    QSet<int> seen;
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size() && !seen.contains(row)) {
            seen.insert(row);
            principals.append({m_rows.at(row).kind, m_rows.at(row).id, m_rows.at(row).name});
        }
    }
    return change(principals, std::nullopt);
}

ChangeOperation *ShareModel::share(
    const QList<SharePrincipal> &principals, PermissionLevel level, const Api::ShareNotice &notice)
{
    return change(principals, level, notice);
}

ChangeOperation *ShareModel::addUsers(
    const QList<UserRef> &users, PermissionLevel level, const Api::ShareNotice &notice)
{
    QList<SharePrincipal> principals;
    for (const UserRef &user : users)
        principals.append({PrincipalKind::User, user.id, user.name});
    return change(principals, level, notice);
}

ChangeOperation *ShareModel::addGroups(
    const QList<Api::NamedRef> &groups, PermissionLevel level, const Api::ShareNotice &notice)
{
    QList<SharePrincipal> principals;
    for (const Api::NamedRef &group : groups)
        principals.append({PrincipalKind::Group, group.id, group.name});
    return change(principals, level, notice);
}

ChangeOperation *ShareModel::change(
    const QList<SharePrincipal> &principals, std::optional<PermissionLevel> level, const Api::ShareNotice &notice)
{
    if (!m_workspace || !m_groupId || principals.isEmpty())
        return nullptr;
    QList<std::optional<PermissionLevel>> before;
    QHash<Key, PermissionLevel> held;
    for (const SharePrincipal &principal : principals) {
        const Key key{int(principal.kind), principal.id};
        int row = rowOf(principal.kind, principal.id);
        // What undoes it: the level held before, or no share at all.
        before.append(row >= 0 ? std::optional<PermissionLevel>(m_rows.at(row).level) : std::nullopt);
        if (row >= 0 && !held.contains(key))
            held.insert(key, m_rows.at(row).level);
        Pending &pending = m_pending[key];
        ++pending.count;
        pending.level = level;
        // Shown at once, marked pending, until the server's answer; a new share as a new row.
        if (row < 0 && level) {
            row = int(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.append({principal.kind, principal.id, principal.name, *level, true, {}});
            endInsertRows();
        } else if (row >= 0) {
            Principal &shown = m_rows[row];
            if (level)
                shown.level = *level;
            shown.pending = true;
            shown.error.clear();
            rowChanged(row);
        }
    }
    fetchMemberCounts();
    const Workspace::HeldLevel heldBefore = [held](qint64, const SharePrincipal &principal) {
        const auto it = held.constFind({int(principal.kind), principal.id});
        return it != held.cend() ? std::optional<PermissionLevel>(*it) : std::nullopt;
    };
    ChangeOperation *operation = level ? m_workspace->share({m_groupId}, principals, *level, heldBefore, notice)
                                       : m_workspace->revokeShares({m_groupId}, principals, heldBefore);
    const qint64 groupId = m_groupId;
    // The first end of the run settles the rows; a later one (after retryFailed) only reports.
    auto first = std::make_shared<bool>(true);
    connect(operation, &ChangeOperation::finished, this, [this, operation, groupId, principals, level, before, first] {
        if (groupId != m_groupId)
            return;
        settle(operation, *first ? principals : QList<SharePrincipal>(), level, before);
        *first = false;
    });
    Q_EMIT changeStarted(operation);
    return operation;
}

void ShareModel::settle(ChangeOperation *operation, const QList<SharePrincipal> &principals,
    std::optional<PermissionLevel> level, const QList<std::optional<PermissionLevel>> &before)
{
    for (int i = 0; i < principals.size(); ++i) {
        const SharePrincipal &principal = principals.at(i);
        const Key key{int(principal.kind), principal.id};
        auto pending = m_pending.find(key);
        if (pending != m_pending.end() && --pending->count <= 0)
            m_pending.erase(pending);
        if (m_pending.contains(key))
            continue; // a later change to the same principal is still on its way: it shows that
        const int row = rowOf(principal.kind, principal.id);
        if (row < 0)
            continue;
        // One group: change i of the workspace's plan is principal i.
        const Api::BulkOutcome outcome = i < operation->size() ? operation->outcome(i) : Api::BulkOutcome::Cancelled;
        const bool held = outcome == Api::BulkOutcome::Done || outcome == Api::BulkOutcome::AlreadySo;
        const std::optional<PermissionLevel> now = held ? level : before.at(i);
        if (!now) {
            // Revoked, or a new share that did not hold: the row goes.
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            continue;
        }
        Principal &shown = m_rows[row];
        shown.level = *now;
        shown.pending = false;
        rowChanged(row);
    }

    QStringList problems;
    for (int i = 0; i < operation->size(); ++i) {
        const Api::BulkOutcome outcome = operation->outcome(i);
        if (outcome != Api::BulkOutcome::Failed && outcome != Api::BulkOutcome::Cancelled)
            continue;
        const BulkChange &change = operation->change(i).forward;
        const QString message = operation->error(i).message();
        problems.append(tr("%1: %2").arg(change.describe(), message));
        const int row = rowOf(change.targetIsGroup() ? PrincipalKind::Group : PrincipalKind::User, change.targetId);
        if (row >= 0) {
            m_rows[row].error = message;
            rowChanged(row);
        }
    }
    // The server's word on every row (the failed changes are not announced by the store).
    reload();
    if (!problems.isEmpty())
        Q_EMIT changeFailed(problems.join(QLatin1Char('\n')));
}

void ShareModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ShareModel::groupRenamed(qint64 groupId)
{
    const int row = rowOf(PrincipalKind::Group, groupId);
    const Api::GroupSummary *group = m_workspace ? m_workspace->groupStore()->find(groupId) : nullptr;
    if (row < 0 || !group)
        return;
    if (group->name != m_rows.at(row).name) {
        m_rows[row].name = group->name;
        rowChanged(row);
        return;
    }
    // Its member count may have come or changed.
    const QModelIndex members = index(row, MembersColumn);
    Q_EMIT dataChanged(members, members);
}

int ShareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Principal &principal = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return principal.id;
    case NameRole:
        return principal.name;
    case KindRole:
        return int(principal.kind);
    case PermissionLevelRole:
        return int(principal.level);
    case PendingRole:
        return principal.pending;
    case ErrorRole:
        return principal.error.isEmpty() ? QVariant() : principal.error;
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        switch (index.column()) {
        case KindColumn:
            if (role == RawValueRole)
                return int(principal.kind);
            return principal.kind == PrincipalKind::User ? tr("User") : tr("Group");
        case NameColumn:
            return principal.name;
        case LevelColumn:
            if (role == RawValueRole)
                return int(principal.level);
            if (role == Qt::EditRole)
                return Api::permissionLevelName(principal.level);
            return principal.pending ? tr("%1 (saving…)").arg(permissionLevelText(principal.level)) : permissionLevelText(principal.level);
        case MembersColumn: {
            const Api::GroupSummary *group = principal.kind == PrincipalKind::Group && m_workspace
                ? m_workspace->groupStore()->find(principal.id)
                : nullptr;
            if (role == RawValueRole)
                return group ? group->totalMemberCount : -1;
            return group ? QLocale().toString(group->totalMemberCount) : QString();
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (!principal.error.isEmpty())
            return principal.error;
        if (index.column() == MembersColumn && principal.kind == PrincipalKind::Group && m_workspace) {
            if (const Api::GroupSummary *group = m_workspace->groupStore()->find(principal.id)) {
                return MemberCountText::of(group->memberCount, group->totalMemberCount);
            }
        }
        break;
    }
    return {};
}

bool ShareModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != LevelColumn || (role != Qt::EditRole && role != PermissionLevelRole))
        return false;
    std::optional<PermissionLevel> level;
    if (value.typeId() == QMetaType::QString) {
        level = Api::permissionLevelFromName(value.toString().trimmed().toLower());
    } else {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (ok && number >= int(PermissionLevel::Read) && number <= int(PermissionLevel::Manage))
            level = PermissionLevel(number);
    }
    if (!level)
        return false;
    setLevel(index.row(), *level);
    return true;
}

QVariant ShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case LevelColumn:
        return tr("Access");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

Qt::ItemFlags ShareModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // A level is edited in place only by whom the server would let change it (manage).
    const bool mayShare
        = !m_workspace || GroupPermissions::allows(m_workspace->groupStore(), m_groupId, GroupAction::Share);
    return index.isValid() && index.column() == LevelColumn && mayShare ? flags | Qt::ItemIsEditable : flags;
}

namespace {

QString peopleCount(int count)
{
    return count == 1 ? ShareFilterProxyModel::tr("1 person")
                      : ShareFilterProxyModel::tr("%1 people").arg(QLocale().toString(count));
}

QString groupCount(int count)
{
    return count == 1 ? ShareFilterProxyModel::tr("1 group")
                      : ShareFilterProxyModel::tr("%1 groups").arg(QLocale().toString(count));
}

/// How many of \a model's rows are users and how many groups.
std::pair<int, int> kindsOf(const QAbstractItemModel &model)
{
    int users = 0;
    int groups = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ShareModel::KindColumn).data(KindRole).toInt() == int(ShareModel::PrincipalKind::User))
            ++users;
        else
            ++groups;
    }
    return {users, groups};
}

} // namespace

ShareFilterProxyModel::ShareFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ShareFilterProxyModel::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    invalidateFilter();
}

void ShareFilterProxyModel::setPrincipalIcons(const QIcon &user, const QIcon &group)
{
    m_userIcon = user;
    m_groupIcon = group;
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, ShareModel::NameColumn), index(rowCount() - 1, ShareModel::NameColumn), {Qt::DecorationRole});
}

QString ShareFilterProxyModel::totalsText() const
{
    if (!sourceModel())
        return {};
    const auto [users, groups] = kindsOf(*sourceModel());
    if (users + groups == 0)
        return tr("Shared with nobody");
    // A kind the group is shared with none of goes unsaid.
    QStringList parts;
    if (m_filterText.isEmpty()) {
        if (users > 0)
            parts.append(peopleCount(users));
        if (groups > 0)
            parts.append(groupCount(groups));
        return parts.join(QStringLiteral(", "));
    }
    const auto [shownUsers, shownGroups] = kindsOf(*this);
    const QLocale locale;
    if (users > 0)
        parts.append(tr("%1 of %2").arg(locale.toString(shownUsers), peopleCount(users)));
    if (groups > 0)
        parts.append(tr("%1 of %2").arg(locale.toString(shownGroups), groupCount(groups)));
    return tr("%1 shown").arg(parts.join(QStringLiteral(", ")));
}

QVariant ShareFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == ShareModel::NameColumn) {
        const bool user = index.data(KindRole).toInt() == int(ShareModel::PrincipalKind::User);
        const QIcon &icon = user ? m_userIcon : m_groupIcon;
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    if (role == Qt::FontRole && index.data(PendingRole).toBool()) {
        // A change on its way reads as not settled yet.
        QFont font;
        font.setItalic(true);
        return font;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool ShareFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_filterText.isEmpty()
        || sourceModel()
               ->index(sourceRow, ShareModel::NameColumn, sourceParent)
               .data(RawValueRole)
               .toString()
               .contains(m_filterText, Qt::CaseInsensitive);
}

bool ShareFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto byName = [&] {
        const QString a = left.siblingAtColumn(ShareModel::NameColumn).data(RawValueRole).toString();
        const QString b = right.siblingAtColumn(ShareModel::NameColumn).data(RawValueRole).toString();
        const int order = QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded());
        return order != 0 ? order < 0 : left.row() < right.row();
    };
    switch (left.column()) {
    case ShareModel::LevelColumn:
    case ShareModel::KindColumn:
    case ShareModel::MembersColumn: {
        const int a = left.data(RawValueRole).toInt();
        const int b = right.data(RawValueRole).toInt();
        // The higher value first (manage, groups, larger groups), so an ascending sort puts
        // what matters most on top and keeps names A to Z within it.
        if (a != b)
            return a > b;
        return byName();
    }
    default:
        return byName();
    }
}

QString ShareDropDescription::whoText(const QList<SharePrincipal> &principals)
{
    int users = 0;
    int groups = 0;
    for (const SharePrincipal &principal : principals)
        ++(principal.kind == SharePrincipal::Kind::User ? users : groups);
    if (users + groups == 1)
        return principals.first().name;
    if (groups == 0)
        return peopleCount(users);
    if (users == 0)
        return groupCount(groups);
    return tr("%1 and %2").arg(peopleCount(users), groupCount(groups));
}

ShareDropDescription ShareDropDescription::of(const QMimeData *data, const ShareModel &shares, const QString &groupName)
{
    ShareDropDescription what;
    const std::optional<UserDrag> users = UserDrag::fromMimeData(data);
    const std::optional<GroupDrag> groups = GroupDrag::fromMimeData(data);
    QSet<std::pair<int, qint64>> seen;
    bool itself = false;
    const auto take = [&](SharePrincipal::Kind kind, qint64 id, const QString &name) {
        if (id <= 0 || seen.contains({int(kind), id}))
            return;
        seen.insert({int(kind), id});
        what.principals.append({kind, id, name});
        if (shares.rowOf(kind, id) >= 0)
            ++what.alreadySharing;
    };
    if (users) {
        for (const UserRef &user : users->users)
            take(SharePrincipal::Kind::User, user.id, user.name);
    }
    if (groups) {
        for (const Api::NamedRef &group : groups->groups) {
            if (group.id == shares.groupId())
                itself = true;
            else
                take(SharePrincipal::Kind::Group, group.id, group.name);
        }
    }
    if (what.principals.isEmpty()) {
        if (itself)
            what.text = tr("%1 cannot be shared with itself").arg(groupName);
        return what;
    }
    what.changesAnything = true;
    const QString who = whoText(what.principals);
    what.question = tr("Share with %1 as:").arg(who);
    const int count = int(what.principals.size());
    if (what.alreadySharing == 0)
        what.text = tr("Share %1 with %2: choose the access on release").arg(groupName, who);
    else if (what.alreadySharing == count)
        what.text = tr("Change the access of %1 to %2: choose it on release").arg(who, groupName);
    else
        what.text = tr("Share %1 with %2 (%3 of them have access already): choose the access on release")
                        .arg(groupName, who, QLocale().toString(what.alreadySharing));
    // Refused before the release, in the words the group list and the member table use.
    const QString refusal = GroupPermissions::refusal(
        shares.workspace() ? shares.workspace()->groupStore() : nullptr, {shares.groupId()}, GroupAction::Share);
    if (!refusal.isEmpty()) {
        what.refused = true;
        what.changesAnything = false;
        what.text = GroupPermissions::refusedDropText(tr("Share %1 with %2").arg(groupName, who), refusal);
    }
    return what;
}

} // namespace Models
