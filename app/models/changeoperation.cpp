#include "models/changeoperation.h"

#include "models/groupstore.h"

#include <QtCore/QSet>

namespace Models {

using Api::BulkChange;
using Api::BulkOutcome;

PlannedChange PlannedChange::addMember(qint64 groupId, qint64 userId, const QString &label)
{
    return {BulkChange::addMember(groupId, userId, label), BulkChange::removeMember(groupId, userId, label), -1};
}

PlannedChange PlannedChange::removeMember(qint64 groupId, qint64 userId, const QString &label)
{
    return {BulkChange::removeMember(groupId, userId, label), BulkChange::addMember(groupId, userId, label), -1};
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
    m_queueIndex = QList<int>(m_plan.size(), -1);
    Q_EMIT started();

    if (!m_client) {
        Api::ApiError closed;
        closed.kind = Api::ApiError::Kind::Cancelled;
        closed.detail = tr("The connection was closed.");
        for (int i = 0; i < m_plan.size(); ++i)
            m_unsent.insert(i, {BulkOutcome::Cancelled, closed});
        finish();
        return;
    }
    m_queue = new Api::BulkQueue(m_client, this);
    connect(m_queue, &Api::BulkQueue::itemFinished, this, [this](int queueIndex) {
        const int index = m_planIndex.at(queueIndex);
        if (m_queue->outcome(queueIndex) == BulkOutcome::Done)
            noteDone(m_plan.at(index).forward);
        Q_EMIT itemFinished(index);
        Q_EMIT progress(finishedCount(), size());
    });
    // A long run shows its progress in the views too: the touched groups are fetched anew now
    // and then, not only at the end.
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChangeOperation::refreshTouched);
    m_refreshTimer.start();
    // Queued: the queue may finish inside start(), and this handler starts it again.
    connect(m_queue, &Api::BulkQueue::finished, this, &ChangeOperation::queueFinished, Qt::QueuedConnection);

    QList<BulkChange> first;
    for (int i = 0; i < m_plan.size(); ++i) {
        if (m_plan.at(i).after < 0) {
            m_queueIndex[i] = int(m_planIndex.size());
            m_planIndex.append(i);
            first.append(m_plan.at(i).forward);
        }
    }
    m_queue->add(first);
    Q_EMIT progress(0, size());
    m_queue->start();
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
        if (m_queueIndex.at(i) < 0 && !m_unsent.contains(i))
            m_unsent.insert(i, {BulkOutcome::Cancelled, cancelled});
    }
    if (m_queue && m_queue->isBusy())
        m_queue->cancel(); // its finished() ends the run
    else
        finish();
}

void ChangeOperation::retryFailed()
{
    if (m_state != State::Finished || !m_queue)
        return;
    // Changes never sent because they were cancelled or their prerequisite failed are planned
    // again; sendReadyDependents() decides anew once the retried prerequisites answer.
    m_unsent.clear();
    m_state = State::Running;
    m_refreshTimer.start();
    if (m_queue->count(BulkOutcome::Failed) + m_queue->count(BulkOutcome::Cancelled) > 0)
        m_queue->retryFailed();
    else
        queueFinished();
}

BulkOutcome ChangeOperation::outcome(int index) const
{
    const int queueIndex = m_queueIndex.value(index, -1);
    if (queueIndex >= 0 && m_queue)
        return m_queue->outcome(queueIndex);
    const auto it = m_unsent.constFind(index);
    return it != m_unsent.constEnd() ? it->first : BulkOutcome::Pending;
}

Api::ApiError ChangeOperation::error(int index) const
{
    const int queueIndex = m_queueIndex.value(index, -1);
    if (queueIndex >= 0 && m_queue)
        return m_queue->error(queueIndex);
    return m_unsent.value(index).second;
}

bool ChangeOperation::mayHaveBeenMade(int index) const
{
    const BulkOutcome result = outcome(index);
    if (result == BulkOutcome::Done)
        return true;
    const int queueIndex = m_queueIndex.value(index, -1);
    if (queueIndex < 0 || !m_queue || !m_queue->wasSent(queueIndex))
        return false;
    using Kind = Api::ApiError::Kind;
    const Kind kind = m_queue->error(queueIndex).kind;
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
    return (m_queue ? m_queue->finishedCount() : 0) + int(m_unsent.size());
}

QString ChangeOperation::summary() const
{
    QStringList parts;
    const auto part = [&](int n, const char *one, const char *many) {
        if (n)
            parts.append(n == 1 ? tr(one) : tr(many).arg(n));
    };
    // What was already so, by kind: "2 already members", "1 had no access".
    using Action = BulkChange::Action;
    int members = 0, nonMembers = 0, access = 0, noAccess = 0;
    for (int i = 0; i < size(); ++i) {
        if (outcome(i) != BulkOutcome::AlreadySo)
            continue;
        switch (m_plan.at(i).forward.action) {
        case Action::AddMember:
            ++members;
            break;
        case Action::RemoveMember:
            ++nonMembers;
            break;
        case Action::ShareWithUser:
        case Action::ShareWithGroup:
            ++access;
            break;
        case Action::RevokeUserShare:
        case Action::RevokeGroupShare:
            ++noAccess;
            break;
        }
    }
    part(count(BulkOutcome::Done), QT_TR_NOOP("1 done"), QT_TR_NOOP("%1 done"));
    part(members, QT_TR_NOOP("1 already a member"), QT_TR_NOOP("%1 already members"));
    part(nonMembers, QT_TR_NOOP("1 not a member"), QT_TR_NOOP("%1 not members"));
    part(access, QT_TR_NOOP("1 already has access"), QT_TR_NOOP("%1 already have access"));
    part(noAccess, QT_TR_NOOP("1 had no access"), QT_TR_NOOP("%1 had no access"));
    part(count(BulkOutcome::Failed), QT_TR_NOOP("1 failed"), QT_TR_NOOP("%1 failed"));
    part(count(BulkOutcome::Cancelled), QT_TR_NOOP("1 cancelled"), QT_TR_NOOP("%1 cancelled"));
    part(count(BulkOutcome::Pending) + count(BulkOutcome::Running), QT_TR_NOOP("1 pending"),
        QT_TR_NOOP("%1 pending"));
    return parts.isEmpty() ? tr("nothing to do") : parts.join(tr(", "));
}

void ChangeOperation::queueFinished()
{
    if (m_state != State::Running)
        return;
    if (sendReadyDependents()) {
        m_queue->start();
        return;
    }
    finish();
}

bool ChangeOperation::sendReadyDependents()
{
    QList<BulkChange> ready;
    for (int i = 0; i < m_plan.size(); ++i) {
        const int after = m_plan.at(i).after;
        if (after < 0 || m_queueIndex.at(i) >= 0 || m_unsent.contains(i))
            continue;
        const BulkOutcome prerequisite = outcome(after);
        if (prerequisite == BulkOutcome::Done || prerequisite == BulkOutcome::AlreadySo) {
            m_queueIndex[i] = int(m_planIndex.size());
            m_planIndex.append(i);
            ready.append(m_plan.at(i).forward);
        } else if (prerequisite == BulkOutcome::Failed || prerequisite == BulkOutcome::Cancelled) {
            Api::ApiError skipped;
            skipped.kind
                = prerequisite == BulkOutcome::Failed ? Api::ApiError::Kind::Refusal : Api::ApiError::Kind::Cancelled;
            // In words for the person: what did not happen, and why the change it waited for failed.
            const Api::ApiError cause = error(after);
            skipped.detail = tr("Not done, because this did not: %1").arg(m_plan.at(after).forward.describe());
            if (!cause.isNull())
                skipped.detail += QStringLiteral(" (") + cause.message() + QLatin1Char(')');
            skipped.errorDescription = skipped.detail;
            m_unsent.insert(i, {prerequisite, skipped});
            Q_EMIT itemFinished(i);
        }
    }
    if (ready.isEmpty())
        return false;
    m_queue->add(ready);
    return true;
}

void ChangeOperation::noteDone(const BulkChange &change)
{
    if (!change.isShare()) {
        m_touched.members.insert(change.groupId);
        return;
    }
    m_touched.shares.insert(change.groupId);
    if (change.targetIsGroup())
        m_touched.childGroups.insert(change.targetId);
}

void ChangeOperation::refreshTouched()
{
    if (!m_store)
        return;
    // The server's word on every group changed since the last time: counts, members, shares.
    const Touched touched = std::exchange(m_touched, {});
    for (qint64 id : touched.members)
        m_store->refresh(id);
    for (qint64 id : touched.shares)
        m_store->noteSharesChanged(id);
    for (qint64 id : touched.childGroups)
        m_store->noteChildGroupsChanged(id);
}

void ChangeOperation::finish()
{
    m_state = State::Finished;
    m_refreshTimer.stop();
    refreshTouched();
    Q_EMIT progress(finishedCount(), size());
    Q_EMIT finished();
}

} // namespace Models
