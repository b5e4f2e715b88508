#include "models/groupstore.h"

namespace Models {

GroupStore::GroupStore(Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

std::optional<Api::GroupSummary> GroupStore::summary(qint64 id) const
{
    const auto it = m_summaries.constFind(id);
    if (it == m_summaries.constEnd())
        return std::nullopt;
    return *it;
}

const Api::GroupSummary *GroupStore::find(qint64 id) const
{
    const auto it = m_summaries.constFind(id);
    return it == m_summaries.constEnd() ? nullptr : &*it;
}

std::optional<Api::Group> GroupStore::group(qint64 id) const
{
    const auto it = m_groups.constFind(id);
    if (it == m_groups.constEnd())
        return std::nullopt;
    return *it;
}

QString GroupStore::name(qint64 id) const
{
    const auto it = m_summaries.constFind(id);
    return it != m_summaries.constEnd() ? it->name : tr("Group %1").arg(id);
}

std::optional<Api::PermissionLevel> GroupStore::myLevel(qint64 id) const
{
    if (!m_myLevelsKnown)
        return std::nullopt;
    return m_myLevels.value(id, m_myLevelOtherwise);
}

void GroupStore::setMyLevels(const QHash<qint64, Api::PermissionLevel> &levels, Api::PermissionLevel otherwise)
{
    if (m_myLevelsKnown && levels == m_myLevels && otherwise == m_myLevelOtherwise)
        return;
    m_myLevels = levels;
    m_myLevelOtherwise = otherwise;
    m_myLevelsKnown = true;
    Q_EMIT myLevelsChanged();
}

void GroupStore::setMyLevel(qint64 id, Api::PermissionLevel level)
{
    if (!m_myLevelsKnown || myLevel(id) == level)
        return;
    m_myLevels.insert(id, level);
    Q_EMIT myLevelsChanged();
}

void GroupStore::absorb(const QList<Api::GroupSummary> &groups)
{
    for (const Api::GroupSummary &group : groups)
        absorb(group);
}

void GroupStore::absorb(const Api::GroupSummary &group)
{
    auto it = m_summaries.find(group.id);
    if (it == m_summaries.end()) {
        m_summaries.insert(group.id, group);
        return;
    }
    // A list page read before this app changed the group, answered after the change: older.
    if (group.updatedAt.isValid() && it->updatedAt.isValid() && group.updatedAt < it->updatedAt)
        return;
    Api::GroupSummary incoming = group;
    // A list asked for without include_members carries no members; keep the ones known.
    if (incoming.members.isEmpty() && incoming.memberCount > 0)
        incoming.members = it->members;
    if (*it == incoming)
        return;
    *it = std::move(incoming);
    Q_EMIT groupChanged(group.id);
    // A full copy that no longer agrees with the list is stale: fetch it anew (it stays
    // readable meanwhile, so a member table does not flash empty).
    const auto full = m_groups.constFind(group.id);
    if (full != m_groups.constEnd()
        && (full->updatedAt != group.updatedAt || full->memberCount != group.memberCount
            || full->totalMemberCount != group.totalMemberCount))
        refresh(group.id);
}

void GroupStore::absorb(const Api::Group &group)
{
    const bool known = m_summaries.contains(group.id);
    const auto old = m_groups.constFind(group.id);
    const bool membersDiffer = old == m_groups.constEnd() || old->members != group.members;
    const Api::GroupSummary summary = group.summary();
    const bool summaryDiffers = !known || m_summaries.value(group.id) != summary;
    m_groups.insert(group.id, group);
    m_summaries.insert(group.id, summary);
    // Also for a group not seen before: a view may show it by id with a name from elsewhere
    // (a child-group tree, a primary group column).
    if (summaryDiffers)
        Q_EMIT groupChanged(group.id);
    if (membersDiffer)
        Q_EMIT membersChanged(group.id);
}

void GroupStore::forget(qint64 id)
{
    const bool known = m_summaries.remove(id) > 0;
    m_groups.remove(id);
    if (known)
        Q_EMIT groupRemoved(id);
}

Api::Call<Api::Group> GroupStore::refresh(qint64 id)
{
    if (!m_client)
        return {};
    Api::Call<Api::Group> call = m_client->groups().get(id);
    Refreshes &refreshes = m_refreshes[id];
    ++refreshes.inFlight;
    const quint64 serial = ++refreshes.sent;
    call.onFinished(this, [this, id, serial](const Api::Result<Api::Group> &result) {
        Refreshes &refreshes = m_refreshes[id];
        const bool newest = serial > refreshes.absorbed;
        if (newest && (result || result.error.httpStatus == 404))
            refreshes.absorbed = serial;
        const bool done = --refreshes.inFlight == 0;
        if (done)
            m_refreshes.remove(id);
        if (!newest)
            return; // a later request's answer is already here
        // A failure is the caller's to report (the call is returned); a group gone is gone.
        if (result)
            absorb(*result);
        else if (result.error.httpStatus == 404)
            forget(id);
    });
    return call;
}

Api::Call<Api::Group> GroupStore::post(const Api::GroupAttributes &attributes)
{
    if (!m_client)
        return {};
    Api::Call<Api::Group> call = m_client->groups().post(attributes);
    call.onFinished(this, [this](const Api::Result<Api::Group> &result) {
        if (!result)
            return;
        const bool known = m_summaries.contains(result->id);
        absorb(*result);
        if (!known)
            Q_EMIT groupCreated(result->id);
    });
    return call;
}

Api::Call<Api::Group> GroupStore::patch(qint64 id, const Api::GroupPatch &patch)
{
    return m_client ? absorbing(id, m_client->groups().patch(id, patch)) : Api::Call<Api::Group>();
}

Api::Call<Api::Group> GroupStore::put(qint64 id, const Api::GroupAttributes &attributes)
{
    return m_client ? absorbing(id, m_client->groups().put(id, attributes)) : Api::Call<Api::Group>();
}

Api::Call<Api::Group> GroupStore::absorbing(qint64 id, const Api::Call<Api::Group> &call)
{
    call.onFinished(this, [this, id](const Api::Result<Api::Group> &result) {
        if (!result)
            return;
        // A GET sent before this answer came may have been served before the change (each
        // request has its own connection, so answers come in any order): it must not put
        // the old name back over the new one.
        const auto refreshes = m_refreshes.find(id);
        if (refreshes != m_refreshes.end())
            refreshes->absorbed = refreshes->sent;
        absorb(*result);
    });
    return call;
}

Api::Call<Api::NoContent> GroupStore::deleteGroup(qint64 id)
{
    if (!m_client)
        return {};
    Api::Call<Api::NoContent> call = m_client->groups().deleteGroup(id);
    call.onFinished(this, [this, id](const Api::Result<Api::NoContent> &result) {
        if (result || result.error.httpStatus == 404)
            forget(id);
    });
    return call;
}

void GroupStore::noteSharesChanged(qint64 id)
{
    Q_EMIT sharesChanged(id);
}

void GroupStore::noteChildGroupsChanged(qint64 id)
{
    Q_EMIT childGroupsChanged(id);
}

} // namespace Models
