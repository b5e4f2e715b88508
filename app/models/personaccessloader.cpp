#include "models/personaccessloader.h"

#include "models/groupstore.h"
#include "models/permissionleveltext.h"
#include "models/roles.h"
#include "models/sharecache.h"
#include "models/workspace.h"

#include <QtCore/QTimer>

#include <algorithm>

namespace Models {

using Api::PermissionLevel;

namespace {

/// The largest page GET /groups/ answers: the fewest requests for a scope of thousands.
constexpr int kScopePageSize = 1000;
/// How long one slice of groups found in the cache may hold the event loop, in ms.
constexpr qint64 kSliceMs = 4;

Api::ApiError cancelledError()
{
    Api::ApiError error;
    error.kind = Api::ApiError::Kind::Cancelled;
    return error;
}

} // namespace

QString PersonAccessScope::text() const
{
    switch (kind) {
    case Kind::Managed:
        return tr("the groups you manage");
    case Kind::AllReadable:
        return tr("every group you can read");
    case Kind::Groups:
        return tr("the %n group(s) listed", nullptr, int(groupIds.size()));
    }
    return {};
}

PersonAccessScope PersonAccessScope::listed(const QAbstractItemModel *model)
{
    QList<qint64> ids;
    if (model) {
        ids.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(IdRole).toLongLong());
    }
    return groups(ids);
}

std::optional<PermissionLevel> GroupAccess::directLevel() const
{
    for (const AccessRoute &route : routes) {
        if (route.kind == AccessRoute::Kind::Direct)
            return route.level;
    }
    return std::nullopt;
}

QString PersonAccessResult::statusText() const
{
    if (!active)
        return tr("Unknown");
    return *active ? tr("Active") : tr("Deactivated");
}

QString PersonAccessResult::displayName() const
{
    if (username.isEmpty())
        return name.isEmpty() ? tr("User %1").arg(userId) : name;
    return tr("%1 (%2)").arg(name, username);
}

QList<DirectShare> PersonAccessResult::directShares() const
{
    QList<DirectShare> shares;
    for (const GroupAccess &group : groups) {
        if (const std::optional<PermissionLevel> level = group.directLevel())
            shares.append({group.groupId, group.groupName, *level});
    }
    std::sort(shares.begin(), shares.end(), [](const DirectShare &a, const DirectShare &b) {
        const int byName = QString::compare(a.groupName, b.groupName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.groupId < b.groupId;
    });
    return shares;
}

int PersonAccessResult::indexOf(qint64 groupId) const
{
    for (int i = 0; i < groups.size(); ++i) {
        if (groups.at(i).groupId == groupId)
            return i;
    }
    return -1;
}

// PersonAccessLoader -----------------------------------------------------------------------------

PersonAccessLoader::PersonAccessLoader(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_cache(ShareCache::of(workspace))
{
    if (m_cache) {
        connect(m_cache, &ShareCache::sharesInvalidated, this, &PersonAccessLoader::sharesInvalidated);
        connect(m_cache, &ShareCache::membershipsChanged, this, &PersonAccessLoader::membershipsChanged);
    }
}

PersonAccessLoader::~PersonAccessLoader()
{
    stopRequests();
}

void PersonAccessLoader::stopRequests()
{
    ++m_generation; // answers still on their way are for a look-up that ended
    const auto calls = std::exchange(m_inFlight, {});
    for (const Api::Call<Api::ShareIndex> &call : calls)
        call.cancel();
    m_personCall.cancel();
    if (m_memberOfLoader)
        m_memberOfLoader->cancel();
    if (m_scopeLoader)
        m_scopeLoader->cancel();
    m_queue.clear();
}

void PersonAccessLoader::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void PersonAccessLoader::start(qint64 userId, const PersonAccessScope &scope, bool fresh)
{
    stopRequests();
    m_scope = scope;
    m_result = PersonAccessResult();
    m_result.userId = userId;
    m_error = {};
    m_memberOf.clear();
    m_scopeIds.clear();
    m_scopeSet.clear();
    m_creators.clear();
    m_next = 0;
    m_inFlight.clear();
    m_queue.clear();
    m_access.clear();
    m_failures.clear();
    m_settled.clear();
    m_followUp = false;
    m_recompute = false;
    m_done = m_sharesRead = m_sharesFromCache = 0;
    m_elapsedMs = -1;
    m_clock.start();
    if (fresh && m_cache)
        m_cache->clear();
    if (!m_workspace || !m_workspace->client() || !m_cache) {
        Api::ApiError gone = cancelledError();
        gone.detail = tr("The connection was closed.");
        finish(gone);
        return;
    }
    readPerson();
}

void PersonAccessLoader::readPerson()
{
    setPhase(Phase::Person);
    Q_EMIT progress(0, 0);
    Api::ApiClient *client = m_workspace->client();
    const quint64 generation = m_generation;
    const qint64 userId = m_result.userId;
    m_personPartsOut = 1;
    // Read every time: whether the account is active is what an auditor asks first.
    m_personCall = client->users().get(userId);
    m_personCall.onFinished(this, [this, generation](const Api::Result<Api::UserDetail> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            finish(result.error);
            return;
        }
        m_result.name = result->name;
        m_result.username = result->user;
        m_result.email = result->email.value_or(QString());
        m_result.active = result->active;
        for (const Api::UserGroup &group : result->groups)
            m_memberOf.insert(group.id, group.name);
        personPartDone();
    });
    // The groups the person is in, as the list says (GET /groups?user_ids[]=ID), besides those
    // the person's record names: both read afresh each time (a request each, where the shares
    // are thousands), so a change made outside the app is seen; the cache then follows the
    // changes made in it while the result is shown.
    ++m_personPartsOut;
    Api::GroupListQuery query;
    query.userIds = {userId};
    query.limit = kScopePageSize;
    const Api::AllPages<Api::GroupSummary> pages = client->groups().listAll(query);
    m_memberOfLoader = pages.loader();
    pages.onPage(this, [this, generation](const QList<Api::GroupSummary> &groups, int) {
        if (generation != m_generation)
            return;
        for (const Api::GroupSummary &group : groups)
            m_memberOf.insert(group.id, group.name);
    });
    pages.onFinished(this, [this, generation](const Api::ApiError &error) {
        if (generation != m_generation)
            return;
        if (!error.isNull()) {
            finish(error);
            return;
        }
        personPartDone();
    });
}

void PersonAccessLoader::personPartDone()
{
    if (--m_personPartsOut > 0)
        return;
    QSet<qint64> ids;
    for (auto it = m_memberOf.cbegin(); it != m_memberOf.cend(); ++it)
        ids.insert(it.key());
    m_cache->setMemberships(m_result.userId, ids);
    publishMemberOf();
    listScope();
}

void PersonAccessLoader::listScope()
{
    setPhase(Phase::Scope);
    GroupStore *store = m_workspace->groupStore();
    const quint64 generation = m_generation;
    if (m_scope.kind == PersonAccessScope::Kind::Groups) {
        QList<qint64> unknown;
        for (qint64 id : std::as_const(m_scope.groupIds)) {
            if (m_scopeSet.contains(id))
                continue;
            m_scopeSet.insert(id);
            m_scopeIds.append(id);
            if (const Api::GroupSummary *summary = store->find(id))
                m_creators.insert(id, summary->createdById);
            else
                unknown.append(id);
        }
        // A group the app has not listed yet: its creator (and name) only the group itself says.
        auto outstanding = std::make_shared<int>(int(unknown.size()));
        for (qint64 id : std::as_const(unknown)) {
            store->refresh(id).onFinished(
                this, [this, generation, id, outstanding](const Api::Result<Api::Group> &group) {
                    if (generation != m_generation)
                        return;
                    // A failure here says nothing of its shares: their read says what it must.
                    if (group)
                        m_creators.insert(id, group->createdById);
                    if (--*outstanding == 0)
                        readShares();
                });
        }
        if (unknown.isEmpty())
            readShares();
        return;
    }
    Api::GroupListQuery query;
    query.limit = kScopePageSize;
    if (m_scope.kind == PersonAccessScope::Kind::Managed)
        query.permission = PermissionLevel::Manage;
    const Api::AllPages<Api::GroupSummary> pages = m_workspace->client()->groups().listAll(query);
    m_scopeLoader = pages.loader();
    pages.onPage(this, [this, generation, store](const QList<Api::GroupSummary> &groups, int) {
        if (generation != m_generation)
            return;
        store->absorb(groups);
        for (const Api::GroupSummary &group : groups) {
            if (m_scopeSet.contains(group.id))
                continue;
            m_scopeSet.insert(group.id);
            m_scopeIds.append(group.id);
            m_creators.insert(group.id, group.createdById);
        }
    });
    pages.onFinished(this, [this, generation](const Api::ApiError &error) {
        if (generation != m_generation)
            return;
        if (!error.isNull())
            finish(error);
        else
            readShares();
    });
}

void PersonAccessLoader::readShares()
{
    setPhase(Phase::Shares);
    Q_EMIT progress(0, total());
    fillPipeline();
}

void PersonAccessLoader::fillPipeline()
{
    if (!isLoading() && !m_followUp)
        return;
    QElapsedTimer slice;
    slice.start();
    bool fromCache = false;
    // The groups changed since (or that failed, on a retry) first, then the scope in order.
    while (m_inFlight.size() < kSharesAtOnce && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        if (!m_inFlight.contains(id))
            readGroupShares(id);
    }
    while (m_inFlight.size() < kSharesAtOnce && m_next < m_scopeIds.size()) {
        const qint64 id = m_scopeIds.at(m_next++);
        if (m_cache->find(id)) {
            // Read before, unchanged since: nothing to ask.
            computeGroup(id);
            ++m_sharesFromCache;
            m_settled.insert(id);
            m_done = int(m_settled.size());
            fromCache = true;
            if (slice.elapsed() >= kSliceMs) {
                // Thousands found in the cache are worked through in slices, so a window
                // painting meanwhile is never held up.
                QTimer::singleShot(0, this, [this, generation = m_generation] {
                    if (generation == m_generation)
                        fillPipeline();
                });
                break;
            }
            continue;
        }
        readGroupShares(id);
    }
    if (fromCache)
        Q_EMIT progress(m_done, total());
    if (m_inFlight.isEmpty() && m_next >= m_scopeIds.size() && m_queue.isEmpty()) {
        if (isLoading()) {
            finish();
        } else {
            m_followUp = false;
            publish();
            Q_EMIT resultChanged();
        }
    }
}

void PersonAccessLoader::readGroupShares(qint64 groupId)
{
    Api::ApiClient *client = m_workspace ? m_workspace->client() : nullptr;
    if (!client)
        return;
    const quint64 generation = m_generation;
    const quint64 stamp = m_cache->stamp(groupId);
    const Api::Call<Api::ShareIndex> call = client->groups().listShares(groupId);
    m_inFlight.insert(groupId, call);
    call.onFinished(this, [this, generation, groupId, stamp](const Api::Result<Api::ShareIndex> &result) {
        if (generation != m_generation)
            return;
        m_inFlight.remove(groupId);
        if (result) {
            if (!m_cache->insert(groupId, *result, stamp)) {
                // The shares changed while this answer was on its way: it may be stale.
                m_queue.prepend(groupId);
                fillPipeline();
                return;
            }
            m_failures.remove(groupId);
            ++m_sharesRead;
        } else {
            m_failures.insert(groupId, {groupId, groupName(groupId), result.error});
        }
        computeGroup(groupId);
        groupSettled(groupId);
    });
}

void PersonAccessLoader::groupSettled(qint64 groupId)
{
    if (isLoading() && !m_settled.contains(groupId)) {
        m_settled.insert(groupId);
        m_done = int(m_settled.size());
        Q_EMIT progress(m_done, total());
    }
    fillPipeline();
}

QString PersonAccessLoader::groupName(qint64 groupId) const
{
    return m_workspace ? m_workspace->groupStore()->name(groupId) : tr("Group %1").arg(groupId);
}

void PersonAccessLoader::computeGroup(qint64 groupId)
{
    const qint64 userId = m_result.userId;
    QList<AccessRoute> routes;
    const ShareCache::Entry *entry = m_cache ? m_cache->find(groupId) : nullptr;
    if (entry) {
        for (const auto &[set, level] : shareSetsByLevel(entry->shares)) {
            for (const Api::NamedRef &user : set->users) {
                if (user.id == userId)
                    routes.append({AccessRoute::Kind::Direct, level, {}});
            }
            for (const Api::NamedRef &group : set->groups) {
                if (m_memberOf.contains(group.id))
                    routes.append({AccessRoute::Kind::Membership, level, group});
            }
        }
    }
    // Known from the group itself, so said even when its shares could not be read: a creator
    // manages the group (see EffectiveAccessLoader::compute() for why).
    if (m_creators.value(groupId) == userId)
        routes.append({AccessRoute::Kind::Creator, PermissionLevel::Manage, {}});
    if (routes.isEmpty()) {
        m_access.remove(groupId);
        return;
    }
    AccessRoute::sort(routes);
    GroupAccess access;
    access.groupId = groupId;
    access.groupName = groupName(groupId);
    access.level = routes.constFirst().level;
    access.routes = std::move(routes);
    if (entry)
        access.readAt = entry->readAt;
    m_access.insert(groupId, access);
}

void PersonAccessLoader::publishMemberOf()
{
    m_result.memberOf.clear();
    for (auto it = m_memberOf.cbegin(); it != m_memberOf.cend(); ++it)
        m_result.memberOf.append({it.key(), it.value()});
    std::sort(m_result.memberOf.begin(), m_result.memberOf.end(), [](const Api::NamedRef &a, const Api::NamedRef &b) {
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
}

void PersonAccessLoader::computeAll()
{
    m_access.clear();
    for (qint64 id : std::as_const(m_scopeIds))
        computeGroup(id);
}

void PersonAccessLoader::publish()
{
    QList<GroupAccess> groups;
    groups.reserve(m_access.size());
    for (const GroupAccess &group : std::as_const(m_access))
        groups.append(group);
    std::sort(groups.begin(), groups.end(), [](const GroupAccess &a, const GroupAccess &b) {
        if (a.level != b.level)
            return a.level > b.level;
        const int byName = QString::compare(a.groupName, b.groupName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.groupId < b.groupId;
    });
    m_result.groups = std::move(groups);
    QList<PersonAccessFailure> failures;
    failures.reserve(m_failures.size());
    for (const PersonAccessFailure &failure : std::as_const(m_failures))
        failures.append(failure);
    std::sort(failures.begin(), failures.end(), [](const PersonAccessFailure &a, const PersonAccessFailure &b) {
        const int byName = QString::compare(a.groupName, b.groupName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.groupId < b.groupId;
    });
    m_result.failures = std::move(failures);
    m_result.scopeSize = total();
}

void PersonAccessLoader::retry()
{
    if (isLoading())
        return;
    if (m_phase == Phase::Idle || !m_error.isNull()) {
        if (m_result.userId)
            start(m_result.userId, m_scope);
        return;
    }
    if (m_failures.isEmpty())
        return;
    m_queue = m_failures.keys();
    for (qint64 id : std::as_const(m_queue))
        m_settled.remove(id);
    m_done = int(m_settled.size());
    setPhase(Phase::Shares);
    m_clock.start();
    m_elapsedMs = -1;
    Q_EMIT progress(m_done, total());
    fillPipeline();
}

void PersonAccessLoader::cancel()
{
    if (!isLoading())
        return;
    finish(cancelledError());
}

void PersonAccessLoader::finish(const Api::ApiError &error)
{
    // Whatever is still out (the person's groups after the person failed, the shares after a
    // cancel) is for a look-up that ended.
    stopRequests();
    m_error = error;
    m_followUp = false;
    if (std::exchange(m_recompute, false))
        computeAll();
    publish();
    m_elapsedMs = error.isNull() ? m_clock.elapsed() : -1;
    setPhase(Phase::Finished);
    Q_EMIT progress(m_done, total());
    Q_EMIT finished();
}

void PersonAccessLoader::sharesInvalidated(qint64 groupId)
{
    // Only what a look-up read is followed; a group still to be read will be read anyway.
    if (!m_scopeSet.contains(groupId) || m_phase == Phase::Idle || !m_error.isNull())
        return;
    if (!m_settled.contains(groupId) || m_inFlight.contains(groupId) || m_queue.contains(groupId))
        return; // an answer on its way is checked against the cache's stamp when it lands
    m_queue.append(groupId);
    // After the look-up, at once: one request for one change. While it runs, with the rest.
    if (m_phase == Phase::Finished) {
        m_followUp = true;
        fillPipeline();
    }
}

void PersonAccessLoader::membershipsChanged(qint64 userId)
{
    if (userId != m_result.userId || !m_cache || m_phase == Phase::Idle || m_phase == Phase::Person)
        return;
    const std::optional<QSet<qint64>> groups = m_cache->memberships(userId);
    if (!groups)
        return;
    QHash<qint64, QString> memberOf;
    for (qint64 id : *groups)
        memberOf.insert(id, m_memberOf.contains(id) ? m_memberOf.value(id) : groupName(id));
    m_memberOf = memberOf;
    publishMemberOf();
    if (m_phase != Phase::Finished) {
        m_recompute = true; // the groups settled so far are worked out anew when the look-up ends
        return;
    }
    computeAll();
    publish();
    Q_EMIT resultChanged();
}

} // namespace Models
