#include "models/sharecache.h"

#include "models/groupstore.h"
#include "models/workspace.h"

namespace Models {

ShareCache *ShareCache::of(Workspace *workspace)
{
    if (!workspace)
        return nullptr;
    // A child of the workspace rather than a member of it: the cache is this feature's alone,
    // and the workspace needs to know nothing of it.
    if (auto *cache = workspace->findChild<ShareCache *>(QString(), Qt::FindDirectChildrenOnly))
        return cache;
    return new ShareCache(workspace->groupStore(), workspace);
}

ShareCache::ShareCache(GroupStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (store) {
        connect(store, &GroupStore::sharesChanged, this, &ShareCache::invalidate);
        connect(store, &GroupStore::membersChanged, this, &ShareCache::membersChanged);
        connect(store, &GroupStore::groupRemoved, this, &ShareCache::groupRemoved);
    }
}

ShareCache::~ShareCache() = default;

const ShareCache::Entry *ShareCache::find(qint64 groupId) const
{
    const auto it = m_shares.constFind(groupId);
    return it == m_shares.constEnd() ? nullptr : &*it;
}

bool ShareCache::insert(qint64 groupId, const Api::ShareIndex &shares, quint64 stampAtSend)
{
    if (stamp(groupId) != stampAtSend)
        return false;
    m_shares.insert(groupId, {shares, QDateTime::currentDateTime()});
    return true;
}

void ShareCache::invalidate(qint64 groupId)
{
    // Counted also when nothing is kept: a request on its way now brings an answer from before.
    ++m_changes[groupId];
    m_shares.remove(groupId);
    Q_EMIT sharesInvalidated(groupId);
}

std::optional<QSet<qint64>> ShareCache::memberships(qint64 userId) const
{
    const auto it = m_memberships.constFind(userId);
    if (it == m_memberships.constEnd())
        return std::nullopt;
    return *it;
}

void ShareCache::setMemberships(qint64 userId, const QSet<qint64> &groupIds)
{
    m_memberships.insert(userId, groupIds);
}

void ShareCache::clear()
{
    for (auto it = m_shares.cbegin(); it != m_shares.cend(); ++it)
        ++m_changes[it.key()];
    m_shares.clear();
    m_memberships.clear();
}

void ShareCache::membersChanged(qint64 groupId)
{
    // The store holds the group's members as the server gave them after the change (a run
    // refreshes every group it touched): whoever is known here is in it or not.
    if (!m_store || m_memberships.isEmpty())
        return;
    const std::optional<Api::Group> group = m_store->group(groupId);
    if (!group)
        return;
    const QSet<qint64> members = Api::idSet(group->members);
    QList<qint64> changed;
    for (auto it = m_memberships.begin(); it != m_memberships.end(); ++it) {
        const bool member = members.contains(it.key());
        if (member == it->contains(groupId))
            continue;
        if (member)
            it->insert(groupId);
        else
            it->remove(groupId);
        changed.append(it.key());
    }
    for (qint64 userId : std::as_const(changed))
        Q_EMIT membershipsChanged(userId);
}

void ShareCache::groupRemoved(qint64 groupId)
{
    QList<qint64> changed;
    for (auto it = m_memberships.begin(); it != m_memberships.end(); ++it) {
        if (it->remove(groupId))
            changed.append(it.key());
    }
    invalidate(groupId);
    for (qint64 userId : std::as_const(changed))
        Q_EMIT membershipsChanged(userId);
}

} // namespace Models
