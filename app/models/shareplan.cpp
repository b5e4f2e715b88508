#include "models/shareplan.h"

#include "models/groupstore.h"
#include "models/namelist.h"
#include "models/permissionleveltext.h"
#include "models/workspace.h"

#include <memory>

namespace Models {

using Api::PermissionLevel;

SharePlan::SharePlan(
    const QList<qint64> &groupIds, const QList<SharePrincipal> &principals, std::optional<PermissionLevel> level)
    : m_groupIds(groupIds)
    , m_principals(principals)
    , m_level(level)
{
}

void SharePlan::setShares(qint64 groupId, const Api::ShareIndex &shares)
{
    QHash<Key, PermissionLevel> &held = m_shares[groupId];
    held.clear();
    // A principal listed at several levels holds the highest: owners first, then down.
    const auto take = [&held](const Api::ShareSet &set, PermissionLevel level) {
        for (const Api::NamedRef &user : set.users)
            held.insert({int(SharePrincipal::Kind::User), user.id}, level);
        for (const Api::NamedRef &group : set.groups)
            held.insert({int(SharePrincipal::Kind::Group), group.id}, level);
    };
    take(shares.readers, PermissionLevel::Read);
    take(shares.writers, PermissionLevel::Write);
    take(shares.owners, PermissionLevel::Manage);
}

bool SharePlan::knowsEveryGroup() const
{
    return std::all_of(
        m_groupIds.cbegin(), m_groupIds.cend(), [this](qint64 groupId) { return m_shares.contains(groupId); });
}

void SharePlan::setGroupName(qint64 groupId, const QString &name)
{
    m_groupNames.insert(groupId, name);
}

QString SharePlan::groupName(qint64 groupId) const
{
    const QString name = m_groupNames.value(groupId);
    return name.isEmpty() ? tr("group %1").arg(groupId) : name;
}

std::optional<PermissionLevel> SharePlan::held(qint64 groupId, const SharePrincipal &principal) const
{
    const auto group = m_shares.constFind(groupId);
    if (group == m_shares.cend())
        return std::nullopt;
    const auto it = group->constFind({int(principal.kind), principal.id});
    return it != group->cend() ? std::optional<PermissionLevel>(*it) : std::nullopt;
}

bool SharePlan::keeps(qint64 groupId, const SharePrincipal &principal, Mode mode) const
{
    if (mode == Mode::SetExactly || !m_level)
        return false;
    const std::optional<PermissionLevel> now = held(groupId, principal);
    return now && int(*now) > int(*m_level);
}

QList<SharePlan::Lowering> SharePlan::lowered() const
{
    QList<Lowering> lowered;
    if (!m_level)
        return lowered;
    for (qint64 groupId : m_groupIds) {
        for (const SharePrincipal &principal : m_principals) {
            const std::optional<PermissionLevel> now = held(groupId, principal);
            if (now && int(*now) > int(*m_level))
                lowered.append({groupId, principal, *now, *m_level});
        }
    }
    return lowered;
}

QList<SharePrincipal> SharePlan::principalsFor(qint64 groupId, Mode mode) const
{
    QList<SharePrincipal> sent;
    for (const SharePrincipal &principal : m_principals) {
        if (!keeps(groupId, principal, mode))
            sent.append(principal);
    }
    return sent;
}

bool SharePlan::changesAnything(Mode mode) const
{
    return std::any_of(m_groupIds.cbegin(), m_groupIds.cend(),
        [this, mode](qint64 groupId) { return !principalsFor(groupId, mode).isEmpty(); });
}

QList<qint64> SharePlan::groupsLeftWithoutManager(Mode mode) const
{
    QList<qint64> groups;
    if (m_level == PermissionLevel::Manage)
        return groups;
    for (qint64 groupId : m_groupIds) {
        const auto shares = m_shares.constFind(groupId);
        if (shares == m_shares.cend())
            continue; // not read: nothing known to lose
        QHash<Key, PermissionLevel> after = *shares;
        for (const SharePrincipal &principal : principalsFor(groupId, mode)) {
            const Key key{int(principal.kind), principal.id};
            if (m_level)
                after.insert(key, *m_level);
            else
                after.remove(key);
        }
        const auto manages = [](const QHash<Key, PermissionLevel> &held) {
            return std::any_of(
                held.cbegin(), held.cend(), [](PermissionLevel l) { return l == PermissionLevel::Manage; });
        };
        if (manages(*shares) && !manages(after))
            groups.append(groupId);
    }
    return groups;
}

QString SharePlan::groupNamesText(const QList<qint64> &groupIds, int named) const
{
    QStringList names;
    names.reserve(groupIds.size());
    for (qint64 groupId : groupIds)
        names.append(groupName(groupId));
    return NameList::text(names, named);
}

QStringList SharePlan::loweredLines() const
{
    // Per principal in their order, then per level held before: the groups named together.
    QStringList lines;
    const QList<Lowering> all = lowered();
    for (const SharePrincipal &principal : m_principals) {
        for (PermissionLevel before : {PermissionLevel::Manage, PermissionLevel::Write}) {
            QList<qint64> groups;
            for (const Lowering &lowering : all) {
                if (lowering.principal.kind == principal.kind && lowering.principal.id == principal.id
                    && lowering.before == before)
                    groups.append(lowering.groupId);
            }
            if (groups.isEmpty())
                continue;
            lines.append(tr("%1: %2 \u2192 %3 on %4", "who: level before -> level after on which groups")
                             .arg(principal.name, permissionLevelText(before), permissionLevelText(*m_level),
                                 groupNamesText(groups)));
        }
    }
    return lines;
}

QString SharePlan::noManagerText(Mode mode) const
{
    const QList<qint64> groups = groupsLeftWithoutManager(mode);
    if (groups.isEmpty())
        return {};
    return tr("%1 would have no manager", nullptr, int(groups.size())).arg(groupNamesText(groups));
}

void SharePlan::read(Workspace *workspace, SharePlan plan, QObject *context,
    std::function<void(const SharePlan &plan, const Api::ApiError &error)> done)
{
    struct Reading
    {
        SharePlan plan;
        int waiting = 0;
        bool ended = false;
        std::function<void(const SharePlan &, const Api::ApiError &)> done;
    };
    auto reading = std::make_shared<Reading>();
    reading->plan = std::move(plan);
    reading->done = std::move(done);
    if (!workspace || !workspace->client()) {
        Api::ApiError error;
        error.kind = Api::ApiError::Kind::Cancelled;
        reading->done(reading->plan, error);
        return;
    }
    for (qint64 groupId : reading->plan.groupIds())
        reading->plan.setGroupName(groupId, workspace->groupStore()->name(groupId));
    const QList<qint64> groupIds = reading->plan.groupIds();
    if (groupIds.isEmpty()) {
        reading->done(reading->plan, {});
        return;
    }
    reading->waiting = int(groupIds.size());
    const auto oneLess = [reading] {
        if (--reading->waiting == 0 && !reading->ended) {
            reading->ended = true;
            reading->done(reading->plan, {});
        }
    };
    GroupStore *store = workspace->groupStore();
    for (qint64 groupId : groupIds) {
        if (store->contains(groupId))
            continue;
        // A group the store has not seen yet is fetched for its name: the plan says "Finance",
        // never "Group 12". Not having it only costs the name.
        ++reading->waiting;
        store->refresh(groupId).onFinished(context, [reading, groupId, oneLess](const Api::Result<Api::Group> &group) {
            if (group)
                reading->plan.setGroupName(groupId, group->name);
            oneLess();
        });
    }
    for (qint64 groupId : groupIds) {
        workspace->client()->groups().listShares(groupId).onFinished(
            context, [reading, groupId, oneLess](const Api::Result<Api::ShareIndex> &result) {
                if (reading->ended)
                    return;
                if (!result) {
                    // The first refusal ends it: a plan that misses a group cannot promise anything.
                    reading->ended = true;
                    reading->done(reading->plan, result.error);
                    return;
                }
                reading->plan.setShares(groupId, *result);
                oneLess();
            });
    }
}

} // namespace Models
