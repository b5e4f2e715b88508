#include "models/changeoperation.h"

#include "models/grouppermissions.h"
#include "models/groupstore.h"

#include "api/apiclient.h"

#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <array>

namespace Models {

using Api::BulkChange;
using Api::BulkOutcome;

PlannedChange PlannedChange::addMember(qint64 groupId, qint64 userId, const QString &label, const QString &username)
{
    PlannedChange change{
        BulkChange::addMember(groupId, userId, label), BulkChange::removeMember(groupId, userId, label), -1};
    change.forward.handle = username;
    change.backward.handle = username;
    return change;
}

PlannedChange PlannedChange::removeMember(qint64 groupId, qint64 userId, const QString &label, const QString &username)
{
    PlannedChange change{
        BulkChange::removeMember(groupId, userId, label), BulkChange::addMember(groupId, userId, label), -1};
    change.forward.handle = username;
    change.backward.handle = username;
    return change;
}

namespace {
BulkChange shareChange(qint64 groupId, const SharePrincipal &principal, std::optional<Api::PermissionLevel> level)
{
    const bool user = principal.kind == SharePrincipal::Kind::User;
    BulkChange change;
    change.groupId = groupId;
    change.targetId = principal.id;
    change.label = principal.name;
    if (level) {
        change.action = user ? BulkChange::Action::ShareWithUser : BulkChange::Action::ShareWithGroup;
        change.level = *level;
    } else {
        change.action = user ? BulkChange::Action::RevokeUserShare : BulkChange::Action::RevokeGroupShare;
    }
    return change;
}
} // namespace

PlannedChange PlannedChange::share(qint64 groupId, const SharePrincipal &principal,
    std::optional<Api::PermissionLevel> level, std::optional<Api::PermissionLevel> held)
{
    return {shareChange(groupId, principal, level), shareChange(groupId, principal, held), -1};
}

/// What a running operation needs and a finished one does not.
struct ChangeOperation::Run
{
    /// The groups a done change touched since the last refreshTouched().
    struct Touched
    {
        QSet<qint64> members;
        QSet<qint64> shares;
        QSet<qint64> childGroups;
    };

    Api::BulkQueue *queue = nullptr; ///< The operation's child; deleted later when the run ends.
    QList<int> queueIndex; ///< Plan index to queue index; -1 while not in this run's queue.
    QList<int> planIndex; ///< Queue index to plan index.
    Touched touched;
    QTimer refreshTimer;
};

namespace {
bool isSettled(BulkOutcome outcome)
{
    return outcome != BulkOutcome::Pending && outcome != BulkOutcome::Running;
}
} // namespace

ChangeOperation::ChangeOperation(
    Api::ApiClient *client, GroupStore *store, const QString &text, PlanMaker makePlan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_text(text)
    , m_makePlan(std::move(makePlan))
{
}

ChangeOperation::~ChangeOperation() = default;

void ChangeOperation::start()
{
    if (m_state != State::Queued)
        return;
    m_state = State::Running;
    m_plan = m_makePlan ? m_makePlan() : ChangePlan();
    m_makePlan = nullptr;
    m_outcomes = QList<BulkOutcome>(m_plan.size(), BulkOutcome::Pending);
    m_sent = QList<bool>(m_plan.size(), false);
    m_heldKnown = QList<bool>(m_plan.size(), false);
    Q_EMIT started();

    if (!m_client) {
        Api::ApiError closed;
        closed.kind = Api::ApiError::Kind::Cancelled;
        closed.detail = tr("The connection was closed.");
        for (int i = 0; i < m_plan.size(); ++i)
            settle(i, BulkOutcome::Cancelled, closed);
        finish();
        return;
    }
    QList<int> first;
    for (int i = 0; i < m_plan.size(); ++i) {
        if (m_plan.at(i).after < 0)
            first.append(i);
    }
    beginRun(first);
    Q_EMIT progress(0, size());
    m_run->queue->start();
}

void ChangeOperation::beginRun(const QList<int> &indexes)
{
    m_run = std::make_unique<Run>();
    m_run->queueIndex = QList<int>(m_plan.size(), -1);
    Api::BulkQueue *queue = new Api::BulkQueue(m_client, this);
    m_run->queue = queue;
    const quint64 serial = ++m_runSerial;
    connect(queue, &Api::BulkQueue::itemFinished, this, [this, serial, queue](int queueIndex) {
        if (!m_run || m_runSerial != serial)
            return;
        const int index = m_run->planIndex.at(queueIndex);
        const BulkOutcome result = queue->outcome(queueIndex);
        settle(index, result, queue->error(queueIndex), queue->wasSent(queueIndex));
        if (queue->knowsHeldBefore(queueIndex))
            keepHeldBefore(index, queue->heldBefore(queueIndex));
        if (result == BulkOutcome::Done)
            noteDone(m_plan.at(index).forward);
        Q_EMIT itemFinished(index);
        Q_EMIT progress(finishedCount(), size());
    });
    // Queued: the queue may finish inside start(), and this handler starts it again. A late
    // answer of a run that has ended is not this run's.
    connect(
        queue, &Api::BulkQueue::finished, this,
        [this, serial] {
            if (m_run && m_runSerial == serial)
                queueFinished();
        },
        Qt::QueuedConnection);
    // A long run shows its progress in the views too: the touched groups are fetched anew now
    // and then, not only at the end.
    m_run->refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_run->refreshTimer, &QTimer::timeout, this, [this] { refreshTouched(RefreshWhen::NoneOnItsWay); });
    m_run->refreshTimer.start();
    if (m_paused)
        queue->pause();
    // The client's requests wait for the API's rate limit, this run's among them. The queue
    // goes with the run, and the connection with it.
    connect(m_client->rateLimiter(), &Api::RateLimiter::waitChanged, queue, [this] { Q_EMIT rateLimitWaitChanged(); });
    if (m_client->rateLimiter()->isWaiting())
        Q_EMIT rateLimitWaitChanged();
    send(indexes);
}

void ChangeOperation::pause()
{
    if (m_state == State::Finished || m_paused)
        return;
    m_paused = true;
    if (m_run)
        m_run->queue->pause();
    Q_EMIT pausedChanged(true);
}

void ChangeOperation::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_run)
        m_run->queue->resume();
    Q_EMIT pausedChanged(false);
}

QDateTime ChangeOperation::rateLimitWaitUntil() const
{
    return m_run && m_client ? m_client->rateLimiter()->waitUntil() : QDateTime();
}

void ChangeOperation::send(const QList<int> &indexes)
{
    QList<BulkChange> changes;
    changes.reserve(indexes.size());
    for (int index : indexes) {
        m_run->queueIndex[index] = int(m_run->planIndex.size());
        m_run->planIndex.append(index);
        changes.append(m_plan.at(index).forward);
    }
    m_run->queue->add(changes);
}

void ChangeOperation::settle(int index, BulkOutcome outcome, const Api::ApiError &error, bool sent)
{
    if (isSettled(outcome) && !isSettled(m_outcomes.at(index)))
        ++m_finished;
    m_outcomes[index] = outcome;
    if (error.isNull()) {
        m_errors.remove(index);
    } else {
        // The server names the group by its id ("You need write permission on group 36"): the
        // report, the status bar and the Activity log name it as the person knows it.
        Api::ApiError named = error;
        const Api::BulkChange &change = m_plan.at(index).forward;
        named.errorDescription
            = GroupPermissions::namingGroup(error.errorDescription, change.groupId, change.groupName);
        m_errors.insert(index, named);
    }
    if (sent)
        m_sent[index] = true;
}

void ChangeOperation::keepHeldBefore(int index, std::optional<Api::PermissionLevel> held)
{
    // The first send's word stands: a later one (a retry) may see what the first already made.
    if (m_heldKnown.at(index))
        return;
    m_heldKnown[index] = true;
    PlannedChange &change = m_plan[index];
    BulkChange &back = change.backward;
    const bool group = change.forward.targetIsGroup();
    if (held) {
        back.action = group ? BulkChange::Action::ShareWithGroup : BulkChange::Action::ShareWithUser;
        back.level = *held;
    } else {
        back.action = group ? BulkChange::Action::RevokeGroupShare : BulkChange::Action::RevokeUserShare;
        back.level = Api::PermissionLevel::Read;
    }
    back.notice = {};
}

void ChangeOperation::cancel()
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Queued) {
        // Never started: nothing to plan, nothing sent.
        m_makePlan = nullptr;
        m_state = State::Running;
        finish();
        return;
    }
    Api::ApiError cancelled;
    cancelled.kind = Api::ApiError::Kind::Cancelled;
    cancelled.detail = tr("Cancelled before it was sent.");
    for (int i = 0; i < m_plan.size(); ++i) {
        if (m_outcomes.at(i) == BulkOutcome::Pending && (!m_run || m_run->queueIndex.at(i) < 0))
            settle(i, BulkOutcome::Cancelled, cancelled);
    }
    if (m_run && m_run->queue->isBusy())
        m_run->queue->cancel(); // its finished() ends the run
    else
        finish();
}

void ChangeOperation::retryFailed()
{
    if (m_state != State::Finished || !m_client || m_plan.isEmpty())
        return;
    // The failed and cancelled changes are pending again. Those whose prerequisite holds are
    // sent at once; the others wait for it (sendReadyDependents() decides once it answers).
    for (int i = 0; i < m_plan.size(); ++i) {
        const BulkOutcome result = m_outcomes.at(i);
        if (result == BulkOutcome::Failed || result == BulkOutcome::Cancelled) {
            m_outcomes[i] = BulkOutcome::Pending;
            m_errors.remove(i);
            --m_finished;
        }
    }
    QList<int> ready;
    for (int i = 0; i < m_plan.size(); ++i) {
        const int after = m_plan.at(i).after;
        if (m_outcomes.at(i) == BulkOutcome::Pending
            && (after < 0 || m_outcomes.at(after) == BulkOutcome::Done
                || m_outcomes.at(after) == BulkOutcome::AlreadySo))
            ready.append(i);
    }
    m_state = State::Running;
    // The groups may have changed since: a new queue reads their state anew.
    beginRun(ready);
    Q_EMIT progress(finishedCount(), size());
    if (ready.isEmpty())
        queueFinished();
    else
        m_run->queue->start();
}

BulkOutcome ChangeOperation::outcome(int index) const
{
    const BulkOutcome recorded = m_outcomes.value(index, BulkOutcome::Pending);
    if (recorded == BulkOutcome::Pending && m_run) {
        // Sent, perhaps: the queue knows whether it is on its way.
        const int queueIndex = m_run->queueIndex.value(index, -1);
        if (queueIndex >= 0)
            return m_run->queue->outcome(queueIndex);
    }
    return recorded;
}

Api::ApiError ChangeOperation::error(int index) const
{
    return m_errors.value(index);
}

bool ChangeOperation::mayHaveBeenMade(int index) const
{
    const BulkOutcome result = outcome(index);
    if (result == BulkOutcome::Done)
        return true;
    if (!m_sent.value(index, false))
        return false;
    using Kind = Api::ApiError::Kind;
    const Kind kind = error(index).kind;
    return (result == BulkOutcome::Cancelled || result == BulkOutcome::Failed)
        && (kind == Kind::Cancelled || kind == Kind::Timeout || kind == Kind::Network);
}

int ChangeOperation::count(BulkOutcome wanted) const
{
    int n = 0;
    for (int i = 0; i < m_plan.size(); ++i)
        n += outcome(i) == wanted ? 1 : 0;
    return n;
}

QList<int> ChangeOperation::indexesWith(BulkOutcome wanted) const
{
    QList<int> indexes;
    for (int i = 0; i < m_plan.size(); ++i) {
        if (outcome(i) == wanted)
            indexes.append(i);
    }
    return indexes;
}

int ChangeOperation::finishedCount() const
{
    return m_finished;
}

QString ChangeOperation::summary() const
{
    QStringList parts;
    const auto part = [&](int n, const char *one, const char *many) {
        if (n)
            parts.append(n == 1 ? tr(one) : tr(many).arg(n));
    };
    // What was already so, by kind: "2 already members", "1 had no access".
    using Effect = BulkChange::Effect;
    std::array<int, 4> alreadySo{}; // by effect
    for (int i = 0; i < size(); ++i) {
        if (outcome(i) == BulkOutcome::AlreadySo)
            ++alreadySo.at(size_t(m_plan.at(i).forward.effect()));
    }
    const int members = alreadySo.at(size_t(Effect::Join));
    const int nonMembers = alreadySo.at(size_t(Effect::Leave));
    const int access = alreadySo.at(size_t(Effect::Grant));
    const int noAccess = alreadySo.at(size_t(Effect::Revoke));
    part(count(BulkOutcome::Done), QT_TR_NOOP("1 done"), QT_TR_NOOP("%1 done"));
    part(members, QT_TR_NOOP("1 already a member"), QT_TR_NOOP("%1 already members"));
    part(nonMembers, QT_TR_NOOP("1 not a member"), QT_TR_NOOP("%1 not members"));
    part(access, QT_TR_NOOP("1 already has access"), QT_TR_NOOP("%1 already have access"));
    part(noAccess, QT_TR_NOOP("1 had no access"), QT_TR_NOOP("%1 had no access"));
    part(count(BulkOutcome::Failed), QT_TR_NOOP("1 failed"), QT_TR_NOOP("%1 failed"));
    part(count(BulkOutcome::Cancelled), QT_TR_NOOP("1 cancelled"), QT_TR_NOOP("%1 cancelled"));
    part(count(BulkOutcome::Pending) + count(BulkOutcome::Running), QT_TR_NOOP("1 pending"), QT_TR_NOOP("%1 pending"));
    return parts.isEmpty() ? tr("nothing to do") : parts.join(tr(", "));
}

QStringList ChangeOperation::groupsLeftWithoutManager() const
{
    QStringList names;
    for (const auto &[groupId, name] : m_managerWarnings) {
        int made = 0;
        bool allMade = true;
        for (int i = 0; i < size(); ++i) {
            const PlannedChange &change = m_plan.at(i);
            const bool heldManage = change.backward.isShare() && change.backward.effect() == BulkChange::Effect::Grant
                && change.backward.level == Api::PermissionLevel::Manage;
            const bool givesManage = change.forward.effect() == BulkChange::Effect::Grant
                && change.forward.level == Api::PermissionLevel::Manage;
            if (change.forward.groupId != groupId || !heldManage || givesManage)
                continue;
            if (outcome(i) == BulkOutcome::Done)
                ++made;
            else
                allMade = false;
        }
        if (made > 0 && allMade)
            names.append(name);
    }
    return names;
}

void ChangeOperation::queueFinished()
{
    if (m_state != State::Running)
        return;
    if (sendReadyDependents()) {
        m_run->queue->start();
        return;
    }
    finish();
}

bool ChangeOperation::sendReadyDependents()
{
    QList<int> ready;
    for (int i = 0; i < m_plan.size(); ++i) {
        const int after = m_plan.at(i).after;
        if (after < 0 || m_outcomes.at(i) != BulkOutcome::Pending || m_run->queueIndex.at(i) >= 0)
            continue;
        const BulkOutcome prerequisite = outcome(after);
        if (prerequisite == BulkOutcome::Done || prerequisite == BulkOutcome::AlreadySo) {
            ready.append(i);
        } else if (prerequisite == BulkOutcome::Failed || prerequisite == BulkOutcome::Cancelled) {
            Api::ApiError skipped;
            skipped.kind
                = prerequisite == BulkOutcome::Failed ? Api::ApiError::Kind::Refusal : Api::ApiError::Kind::Cancelled;
            // In words for the person: what did not happen, and why the change it waited for failed.
            const Api::ApiError cause = error(after);
            const QString what = m_plan.at(after).forward.describe();
            skipped.detail = cause.isNull() ? tr("Not done, because this did not: %1").arg(what)
                                            : tr("Not done, because this did not: %1 (%2)").arg(what, cause.message());
            skipped.errorDescription = skipped.detail;
            settle(i, prerequisite, skipped);
            Q_EMIT itemFinished(i);
        }
    }
    if (ready.isEmpty())
        return false;
    send(ready);
    return true;
}

void ChangeOperation::noteDone(const BulkChange &change)
{
    Run::Touched &touched = m_run->touched;
    if (!change.isShare()) {
        touched.members.insert(change.groupId);
        return;
    }
    touched.shares.insert(change.groupId);
    if (change.targetIsGroup())
        touched.childGroups.insert(change.targetId);
}

void ChangeOperation::refreshTouched(RefreshWhen when)
{
    if (!m_store || !m_run)
        return;
    // The server's word on every group changed since the last time: counts, members, shares.
    const Run::Touched touched = std::exchange(m_run->touched, {});
    for (qint64 id : touched.members) {
        // While the run goes, a group whose last fetch has not answered yet waits for the next
        // tick (a slow server is not sent a fetch every two seconds); the last one always goes.
        if (when == RefreshWhen::NoneOnItsWay && m_store->isRefreshing(id))
            m_run->touched.members.insert(id);
        else
            m_store->refresh(id);
    }
    for (qint64 id : touched.shares)
        m_store->noteSharesChanged(id);
    for (qint64 id : touched.childGroups)
        m_store->noteChildGroupsChanged(id);
}

void ChangeOperation::finish()
{
    m_state = State::Finished;
    // A cancel of a paused operation ends it: a retry starts unpaused.
    const bool wasPaused = std::exchange(m_paused, false);
    if (m_run) {
        m_run->refreshTimer.stop();
        refreshTouched(RefreshWhen::Always);
        // Every change the queue had has settled; what it read of the groups goes with it.
        Api::BulkQueue *queue = std::exchange(m_run->queue, nullptr);
        for (int queueIndex = 0; queueIndex < m_run->planIndex.size(); ++queueIndex) {
            const int index = m_run->planIndex.at(queueIndex);
            if (!isSettled(m_outcomes.at(index)) && isSettled(queue->outcome(queueIndex)))
                settle(index, queue->outcome(queueIndex), queue->error(queueIndex), queue->wasSent(queueIndex));
        }
        queue->disconnect(this);
        queue->deleteLater(); // this may run inside one of its signals
        const bool wasWaiting = m_client && m_client->rateLimiter()->isWaiting();
        m_run.reset();
        if (wasWaiting)
            Q_EMIT rateLimitWaitChanged(); // an operation that ended waits no more
    }
    Q_EMIT progress(finishedCount(), size());
    if (wasPaused)
        Q_EMIT pausedChanged(false);
    Q_EMIT finished();
}

} // namespace Models
