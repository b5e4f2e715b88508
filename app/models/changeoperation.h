#pragma once

#include "api/bulkqueue.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <memory>

namespace Models {

class GroupStore;

/// A user or a group a share is for, with the name a report shows.
struct SharePrincipal
{
    Q_GADGET

public:
    enum class Kind { User, Group };
    Q_ENUM(Kind)

    Kind kind = Kind::User;
    qint64 id = 0;
    QString name;
};

/// One membership or share change of a plan, with the change that undoes it.
struct PlannedChange
{
    Api::BulkChange forward;
    Api::BulkChange backward;
    /// The change of the same plan that must have held (done, or already so) before this one is
    /// sent; -1 for none. A move removes a user from the group they came from only once adding
    /// them to the new group held, so a failed add never loses a member.
    int after = -1;

    /// Adding \a userId to \a groupId, undone by removing them; \a username goes with both
    /// changes (Api::BulkChange::handle), for the activity log.
    static PlannedChange addMember(qint64 groupId, qint64 userId, const QString &label, const QString &username = {});
    static PlannedChange removeMember(
        qint64 groupId, qint64 userId, const QString &label, const QString &username = {});
    /// Making \a principal hold \a level on group \a groupId (nullopt: revoking its share),
    /// undone by giving it back \a held, the level it held before (nullopt: none).
    static PlannedChange share(qint64 groupId, const SharePrincipal &principal,
        std::optional<Api::PermissionLevel> level, std::optional<Api::PermissionLevel> held);
};

using ChangePlan = QList<PlannedChange>;

/// One run of a plan of changes through the API layer's bulk queue: the changes without a
/// prerequisite first, then those whose prerequisite held. Reports an outcome per change, can
/// be cancelled and can retry just the changes that failed. While it runs (every few seconds)
/// and when it ends, the groups it changed are fetched anew into the group store, so every view
/// shows the server's truth.
///
/// The plan is made when the run starts (not when it is queued), so an undo planned behind a
/// running change sees what that change actually did.
///
/// A share change's backward (what undoes it) is set, when the change is sent, to the level its
/// target held on the group just then, as the bulk queue read it before the group's first share
/// change: an undo gives each principal back exactly what it held on each group, whatever the
/// planner guessed. The plan's backward stands only for changes never sent (never undone).
///
/// When a run ends (also a retry's) the operation keeps only what undo and the reports need:
/// the plan, each change's outcome and error, and whether it was sent. The bulk queue, with
/// the member and share sets it read, and the refresh timer go; a retry starts a queue anew.
class ChangeOperation : public QObject
{
    Q_OBJECT

public:
    using PlanMaker = std::function<ChangePlan()>;
    /// How often a running operation has the groups it changed fetched anew.
    static constexpr int kRefreshIntervalMs = 2000;

    ChangeOperation(
        Api::ApiClient *client, GroupStore *store, const QString &text, PlanMaker makePlan, QObject *parent = nullptr);
    ~ChangeOperation() override;

    /// What the operation does, e.g. "Add 3 users to Boston Office".
    QString text() const { return m_text; }

    enum class State { Queued, Running, Finished };
    Q_ENUM(State)
    State state() const { return m_state; }

    /// Makes the plan and sends it. Called by the Workspace when the operation's turn comes.
    void start();
    /// Stops: nothing more is sent, requests in flight are cancelled.
    void cancel();
    /// Sends again the changes that failed or were cancelled (and those that waited on them).
    void retryFailed();
    /// Sends nothing new until resume(); requests in flight finish. An operation paused before
    /// its turn comes makes its plan when it starts, and waits there.
    void pause();
    void resume();
    /// True between pause() and resume() (or the end of the run), while not finished.
    bool isPaused() const { return m_paused; }

    /// The changes of the plan (empty until started).
    int size() const { return int(m_plan.size()); }
    const PlannedChange &change(int index) const { return m_plan.at(index); }
    Api::BulkOutcome outcome(int index) const;
    Api::ApiError error(int index) const;
    int count(Api::BulkOutcome outcome) const;
    QList<int> indexesWith(Api::BulkOutcome outcome) const;
    /// Done, already so, failed or cancelled.
    int finishedCount() const;
    /// Whether change \a index may have been made on the server: done, or sent and then
    /// cancelled or cut off (a timeout, a reset) before its answer said.
    bool mayHaveBeenMade(int index) const;
    /// "3 done, 2 already members, 1 failed, 4 pending", for a status line.
    QString summary() const;

    /// While the run's requests wait for the API's rate limit: when (UTC) they should go again,
    /// for "Waiting for the API's rate limit, 12 s"; invalid when they do not wait.
    QDateTime rateLimitWaitUntil() const;

    /// The groups (id, name) the person was told this run would leave with no manager, and
    /// said yes to (see SharePlan); only the run of the first redo is told.
    void setManagerWarnings(const QList<std::pair<qint64, QString>> &groups) { m_managerWarnings = groups; }
    /// The names of those groups the run did leave with no manager: each change on the group
    /// that took manage away (its target held manage just before, as the queue read it) was
    /// made, and at least one was. Empty while none, and while those changes are unsettled.
    QStringList groupsLeftWithoutManager() const;

Q_SIGNALS:
    void started();
    void itemFinished(int index);
    void progress(int finished, int total);
    /// The run ended (also after a retry ends).
    void finished();
    /// pause() or resume() took effect, or a paused operation ended.
    void pausedChanged(bool paused);
    /// rateLimitWaitUntil() changed.
    void rateLimitWaitChanged();

private:
    struct Run;

    /// Starts a run (the bulk queue, the refresh timer) for the changes \a indexes.
    void beginRun(const QList<int> &indexes);
    /// Puts the changes \a indexes in the run's queue.
    void send(const QList<int> &indexes);
    void queueFinished();
    /// Adds to the queue the changes whose prerequisite has now held; settles those whose
    /// prerequisite failed. Returns true when it added any.
    bool sendReadyDependents();
    /// Share change \a index was sent while its target held \a held on the group (the bulk
    /// queue's read): its undo gives back exactly that.
    void keepHeldBefore(int index, std::optional<Api::PermissionLevel> held);
    /// Records where change \a index ended.
    void settle(int index, Api::BulkOutcome outcome, const Api::ApiError &error = {}, bool sent = false);
    void finish();
    /// Remembers the group (members, shares, child groups) a done change touched.
    void noteDone(const Api::BulkChange &change);
    /// Has the touched groups fetched anew (or their shares and child groups reloaded).
    enum class RefreshWhen { Always, NoneOnItsWay };
    void refreshTouched(RefreshWhen when);

    QPointer<Api::ApiClient> m_client;
    QPointer<GroupStore> m_store;
    QString m_text;
    PlanMaker m_makePlan;
    State m_state = State::Queued;
    bool m_paused = false;
    // What undo and the reports need, kept as long as the operation lives.
    ChangePlan m_plan;
    QList<Api::BulkOutcome> m_outcomes; ///< Per change; Pending while in the running queue.
    QHash<int, Api::ApiError> m_errors; ///< Why a change failed or was cancelled.
    QList<bool> m_sent; ///< Whether a change was ever sent (it may have been made).
    QList<bool> m_heldKnown; ///< Whether a share change's backward is what the queue saw before sending it.
    int m_finished = 0; ///< Changes done, already so, failed or cancelled.
    /// What only a run needs (the bulk queue with the groups' member and share sets it read,
    /// the refresh timer, the index maps): made when a run starts, freed when it ends.
    std::unique_ptr<Run> m_run;
    quint64 m_runSerial = 0;
    QList<std::pair<qint64, QString>> m_managerWarnings;
};

} // namespace Models
