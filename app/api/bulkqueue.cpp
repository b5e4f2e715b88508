#include "api/bulkqueue.h"

#include "api/apiclient.h"
#include "api/apilogging.h"

using namespace Qt::StringLiterals;

namespace Api {

BulkChange BulkChange::addMember(qint64 groupId, qint64 userId, const QString &label, const QString &groupName)
{
    return {Action::AddMember, groupId, userId, PermissionLevel::Read, label, groupName, {}, {}};
}

BulkChange BulkChange::removeMember(qint64 groupId, qint64 userId, const QString &label, const QString &groupName)
{
    return {Action::RemoveMember, groupId, userId, PermissionLevel::Read, label, groupName, {}, {}};
}

bool BulkChange::isShare() const
{
    return action != Action::AddMember && action != Action::RemoveMember;
}

BulkChange::Effect BulkChange::effect() const
{
    switch (action) {
    case Action::AddMember:
        return Effect::Join;
    case Action::RemoveMember:
        return Effect::Leave;
    case Action::ShareWithUser:
    case Action::ShareWithGroup:
        return Effect::Grant;
    case Action::RevokeUserShare:
    case Action::RevokeGroupShare:
        break;
    }
    return Effect::Revoke;
}

bool BulkChange::targetIsGroup() const
{
    return action == Action::ShareWithGroup || action == Action::RevokeGroupShare;
}

QString BulkChange::describe() const
{
    // Each sentence whole, with the names as placeholders, so a translator can reorder them.
    const QString target = !label.isEmpty() ? label
        : targetIsGroup()                   ? tr("group %1", "a group without its name").arg(targetId)
                                            : tr("user %1", "a user without a name").arg(targetId);
    const QString group = !groupName.isEmpty() ? groupName : tr("group %1", "a group without its name").arg(groupId);
    switch (action) {
    case Action::AddMember:
        return tr("Add %1 to %2", "a user, a group").arg(target, group);
    case Action::RemoveMember:
        return tr("Remove %1 from %2", "a user, a group").arg(target, group);
    case Action::ShareWithUser:
    case Action::ShareWithGroup:
        switch (level) {
        case PermissionLevel::Read:
            return tr("Give %1 read access to %2", "a user or group, the group shared").arg(target, group);
        case PermissionLevel::Write:
            return tr("Give %1 write access to %2", "a user or group, the group shared").arg(target, group);
        case PermissionLevel::Manage:
            return tr("Give %1 manage access to %2", "a user or group, the group shared").arg(target, group);
        }
        break;
    case Action::RevokeUserShare:
    case Action::RevokeGroupShare:
        return tr("Revoke %1's access to %2", "a user or group, the group shared").arg(target, group);
    }
    return {};
}

bool operator==(const BulkChange &a, const BulkChange &b)
{
    return a.action == b.action && a.groupId == b.groupId && a.targetId == b.targetId && a.level == b.level;
}

BulkQueue::BulkQueue(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // The client takes its calls with it: what was in flight or pending can no longer happen.
    connect(client, &QObject::destroyed, this, [this] {
        ApiError closed;
        closed.kind = ApiError::Kind::Cancelled;
        closed.detail = tr("The connection was closed.");
        for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
            settle(it.key(), BulkOutcome::Cancelled, closed);
        m_inFlight.clear();
        m_stateReads.clear();
        cancelPending(closed);
        checkFinished();
    });
}

BulkQueue::~BulkQueue()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    for (const QPointer<ApiCall> &call : std::as_const(m_stateReads)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void BulkQueue::setConcurrency(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
    if (m_started)
        pump();
}

int BulkQueue::add(const QList<BulkChange> &changes)
{
    const int first = size();
    for (const BulkChange &change : changes) {
        m_queue.push_back(int(m_changes.size()));
        m_changes.append(change);
        m_outcomes.append(BulkOutcome::Pending);
    }
    if (m_started)
        pump();
    return first;
}

void BulkQueue::start()
{
    m_started = true;
    pump();
    checkFinished();
}

void BulkQueue::pause()
{
    m_paused = true;
}

void BulkQueue::resume()
{
    m_paused = false;
    pump();
}

void BulkQueue::cancel()
{
    qCInfo(lcApiBulk) << "cancelled with" << m_queue.size() << "changes pending and" << m_inFlight.size()
                      << "in flight";
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    cancelPending(cancelled);
    // Cancelling a call answers it at once (Cancelled), which settles its change.
    const auto inFlight = m_inFlight;
    for (const QPointer<ApiCall> &call : inFlight) {
        if (call)
            call->cancel();
    }
    const auto reads = m_stateReads;
    for (const QPointer<ApiCall> &call : reads) {
        if (call)
            call->cancel();
    }
    checkFinished();
}

void BulkQueue::cancelPending(const ApiError &why)
{
    std::deque<int> pending;
    pending.swap(m_queue);
    for (GroupState &state : m_groups) {
        pending.insert(pending.end(), state.waiting.begin(), state.waiting.end());
        state.waiting.clear();
    }
    for (int index : pending)
        settle(index, BulkOutcome::Cancelled, why);
}

void BulkQueue::retryFailed()
{
    const QList<int> again = indexesWith(BulkOutcome::Failed) + indexesWith(BulkOutcome::Cancelled);
    // The groups may have changed since: read their state again.
    m_groups.clear();
    for (int index : again) {
        m_outcomes[index] = BulkOutcome::Pending;
        m_errors.remove(index);
        --m_finishedCount;
    }
    QList<int> ordered = again;
    std::sort(ordered.begin(), ordered.end());
    m_queue.insert(m_queue.end(), ordered.begin(), ordered.end());
    qCInfo(lcApiBulk) << "retrying" << ordered.size() << "changes";
    Q_EMIT progress(m_finishedCount, size());
    start();
}

bool BulkQueue::isBusy() const
{
    if (!m_queue.empty() || !m_inFlight.isEmpty() || !m_stateReads.isEmpty())
        return true;
    for (const GroupState &state : m_groups) {
        if (!state.waiting.empty())
            return true;
    }
    return false;
}

int BulkQueue::count(BulkOutcome outcome) const
{
    return int(std::count(m_outcomes.cbegin(), m_outcomes.cend(), outcome));
}

QList<int> BulkQueue::indexesWith(BulkOutcome outcome) const
{
    QList<int> indexes;
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (m_outcomes.at(i) == outcome)
            indexes.append(i);
    }
    return indexes;
}

int BulkQueue::finishedCount() const
{
    return m_finishedCount;
}

void BulkQueue::pump()
{
    if (!m_started || m_paused || !m_client)
        return;
    while (!m_queue.empty()) {
        const int index = m_queue.front();
        if (!dispatch(index))
            break;
        m_queue.pop_front();
    }
}

bool BulkQueue::dispatch(int index)
{
    const BulkChange &change = m_changes.at(index);
    GroupState &state = m_groups[change.groupId];
    const bool shares = change.isShare();
    const GroupState::Status status = shares ? state.shares : state.members;
    switch (status) {
    case GroupState::Status::Unknown:
        if (!slotFree())
            return false;
        loadState(change.groupId, shares);
        state.waiting.push_back(index);
        return true;
    case GroupState::Status::Loading:
        state.waiting.push_back(index);
        return true;
    case GroupState::Status::Unreadable: {
        ApiError error = shares ? state.sharesError : state.membersError;
        settle(index, BulkOutcome::Failed, error);
        return true;
    }
    case GroupState::Status::Known:
        break;
    }
    // A later change to the same member or share waits for the earlier one's answer.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        const BulkChange &running = m_changes.at(it.key());
        if (running.groupId == change.groupId && running.targetId == change.targetId
            && running.isShare() == change.isShare() && running.targetIsGroup() == change.targetIsGroup())
            return false;
    }
    if (isAlreadySo(change, state)) {
        settle(index, BulkOutcome::AlreadySo);
        return true;
    }
    if (!slotFree())
        return false;
    send(index);
    return true;
}

bool BulkQueue::slotFree() const
{
    const qsizetype underway = m_inFlight.size() + m_stateReads.size();
    if (underway >= qsizetype(m_concurrency) * kMaxUnderwayPerSlot)
        return false;
    qsizetype backingOff = 0;
    for (const QPointer<ApiCall> &call : m_inFlight)
        backingOff += call && call->isBackingOff() ? 1 : 0;
    for (const QPointer<ApiCall> &call : m_stateReads)
        backingOff += call && call->isBackingOff() ? 1 : 0;
    return underway - backingOff < m_concurrency;
}

void BulkQueue::loadState(qint64 groupId, bool shares)
{
    GroupState &state = m_groups[groupId];
    (shares ? state.shares : state.members) = GroupState::Status::Loading;
    GroupsApi groups = m_client->groups();
    ApiCall *call = shares ? groups.listShares(groupId).call() : groups.get(groupId).call();
    m_stateReads.append(call);
    connect(call, &ApiCall::retrying, this, &BulkQueue::pump);
    connect(call, &ApiCall::finished, this, [this, groupId, shares, call] {
        m_stateReads.removeAll(call);
        GroupState &state = m_groups[groupId];
        GroupState::Status &status = shares ? state.shares : state.members;
        if (call->isOk()) {
            status = GroupState::Status::Known;
            if (shares) {
                const auto index = std::any_cast<const ShareIndex &>(call->value());
                const std::pair<const ShareSet *, PermissionLevel> levels[] = {{&index.readers, PermissionLevel::Read},
                    {&index.writers, PermissionLevel::Write}, {&index.owners, PermissionLevel::Manage}};
                for (const auto &[set, level] : levels) {
                    for (const NamedRef &user : set->users)
                        state.userShares.insert(user.id, level);
                    for (const NamedRef &group : set->groups)
                        state.groupShares.insert(group.id, level);
                }
            } else {
                for (const Member &member : std::any_cast<const Group &>(call->value()).members)
                    state.memberIds.insert(member.id);
            }
        } else {
            status = GroupState::Status::Unreadable;
            (shares ? state.sharesError : state.membersError) = call->error();
            qCInfo(lcApiBulk).noquote() << "could not read group" << groupId << ":" << call->error().toString();
        }
        // The changes that waited for this go first, in their order.
        std::deque<int> ready;
        std::deque<int> stillWaiting;
        for (int index : state.waiting)
            (m_changes.at(index).isShare() == shares ? ready : stillWaiting).push_back(index);
        m_queue.insert(m_queue.begin(), ready.begin(), ready.end());
        state.waiting = std::move(stillWaiting);
        if (m_paused || !m_started) {
            checkFinished();
            return;
        }
        pump();
        checkFinished();
    });
}

void BulkQueue::send(int index)
{
    m_sent.insert(index);
    const BulkChange &change = m_changes.at(index);
    if (change.isShare() && !m_heldBefore.contains(index)) {
        // dispatch() sends a share change only once the group's shares are known, and a later
        // change to the same target waits for this one's answer: this is what it holds now. A
        // retry keeps what the first send saw (the first may have been made before it was cut off).
        const GroupState &state = m_groups[change.groupId];
        m_heldBefore.insert(index,
            change.targetIsGroup() ? state.groupShares.value(change.targetId) : state.userShares.value(change.targetId));
    }
    using Principal = GroupsApi::Principal;
    const Principal principal = change.targetIsGroup() ? Principal::Groups : Principal::Users;
    ApiRequest request;
    switch (change.action) {
    case BulkChange::Action::AddMember:
        request = GroupsApi::putMembersRequest(change.groupId, change.targetId);
        break;
    case BulkChange::Action::RemoveMember:
        request = GroupsApi::deleteMembersRequest(change.groupId, change.targetId);
        break;
    case BulkChange::Action::ShareWithUser:
    case BulkChange::Action::ShareWithGroup:
        request = GroupsApi::putSharesRequest(change.groupId, principal, {change.targetId}, change.level, change.notice);
        break;
    case BulkChange::Action::RevokeUserShare:
    case BulkChange::Action::RevokeGroupShare:
        request = GroupsApi::deleteSharesRequest(change.groupId, principal, change.targetId);
        break;
    }
    // Only success matters here: the whole group a PUT answers is not even parsed, which
    // keeps a thousand adds to a growing group from costing a thousand growing parses.
    ApiCall *call = m_client->send(std::move(request), nullptr);
    m_outcomes[index] = BulkOutcome::Running;
    m_inFlight.insert(index, call);
    connect(call, &ApiCall::finished, this, [this, index, call] { changeAnswered(index, call); });
    // Its back-off frees its slot for the next change (see slotFree()).
    connect(call, &ApiCall::retrying, this, &BulkQueue::pump);
}

void BulkQueue::changeAnswered(int index, ApiCall *call)
{
    m_inFlight.remove(index);
    if (call->isOk()) {
        recordDone(m_changes.at(index), m_groups[m_changes.at(index).groupId]);
        settle(index, BulkOutcome::Done);
    } else {
        const bool cancelled = call->error().kind == ApiError::Kind::Cancelled;
        // The log names the request, not describe(): that is for people, and translated.
        if (!cancelled)
            qCInfo(lcApiBulk).noquote() << "change" << index << "failed:" << call->error().toString();
        settle(index, cancelled ? BulkOutcome::Cancelled : BulkOutcome::Failed, call->error());
    }
    pump();
    checkFinished();
}

void BulkQueue::settle(int index, BulkOutcome outcome, const ApiError &error)
{
    m_outcomes[index] = outcome;
    if (!error.isNull())
        m_errors.insert(index, error);
    ++m_finishedCount;
    Q_EMIT itemFinished(index);
    Q_EMIT progress(m_finishedCount, size());
}

bool BulkQueue::isAlreadySo(const BulkChange &change, const GroupState &state) const
{
    switch (change.action) {
    case BulkChange::Action::AddMember:
        return state.memberIds.contains(change.targetId);
    case BulkChange::Action::RemoveMember:
        return !state.memberIds.contains(change.targetId);
    case BulkChange::Action::ShareWithUser:
        return state.userShares.value(change.targetId) == change.level;
    case BulkChange::Action::ShareWithGroup:
        return state.groupShares.value(change.targetId) == change.level;
    case BulkChange::Action::RevokeUserShare:
        return !state.userShares.contains(change.targetId);
    case BulkChange::Action::RevokeGroupShare:
        return !state.groupShares.contains(change.targetId);
    }
    return false;
}

void BulkQueue::recordDone(const BulkChange &change, GroupState &state)
{
    switch (change.action) {
    case BulkChange::Action::AddMember:
        state.memberIds.insert(change.targetId);
        break;
    case BulkChange::Action::RemoveMember:
        state.memberIds.remove(change.targetId);
        break;
    case BulkChange::Action::ShareWithUser:
        state.userShares.insert(change.targetId, change.level);
        break;
    case BulkChange::Action::ShareWithGroup:
        state.groupShares.insert(change.targetId, change.level);
        break;
    case BulkChange::Action::RevokeUserShare:
        state.userShares.remove(change.targetId);
        break;
    case BulkChange::Action::RevokeGroupShare:
        state.groupShares.remove(change.targetId);
        break;
    }
}

void BulkQueue::checkFinished()
{
    if (!m_started || isBusy())
        return;
    m_started = false;
    qCInfo(lcApiBulk) << "finished:" << count(BulkOutcome::Done) << "done," << count(BulkOutcome::AlreadySo)
                      << "already so," << count(BulkOutcome::Failed) << "failed," << count(BulkOutcome::Cancelled)
                      << "cancelled";
    Q_EMIT finished();
}

} // namespace Api
