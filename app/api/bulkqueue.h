#pragma once

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/records.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <deque>

namespace Api {

class ApiClient;

/// One membership or share change of a bulk operation.
struct BulkChange
{
    enum class Action {
        AddMember, ///< PUT /groups/{groupId}/members/{targetId}
        RemoveMember, ///< DELETE /groups/{groupId}/members/{targetId}
        ShareWithUser, ///< PUT /groups/{groupId}/shares/users, user targetId at level
        ShareWithGroup, ///< PUT /groups/{groupId}/shares/groups, group targetId at level
        RevokeUserShare, ///< DELETE /groups/{groupId}/shares/users/{targetId}
        RevokeGroupShare, ///< DELETE /groups/{groupId}/shares/groups/{targetId}
    };

    Action action = Action::AddMember;
    qint64 groupId = 0;
    qint64 targetId = 0; ///< The user, or for group shares the group, the change is about.
    PermissionLevel level = PermissionLevel::Read; ///< For ShareWith*.
    QString label; ///< How a report names the target (e.g. "Ada Lovelace"); the id when empty.
    QString groupName; ///< How a report names the group (e.g. "Boston Office"); the id when empty.
    /// For ShareWith*: the shared e-mail the server is asked to send with the share. The queue
    /// sends one PUT per target, so each person gets their own notice; a change that is
    /// already so sends nothing, and so no e-mail either.
    ShareNotice notice;
    /// The target's username (a user) or slug (a group), for the activity log's record of
    /// whom a change touched; empty when the planner did not know it. Never sent.
    QString handle;

    static BulkChange addMember(
        qint64 groupId, qint64 userId, const QString &label = {}, const QString &groupName = {});
    static BulkChange removeMember(
        qint64 groupId, qint64 userId, const QString &label = {}, const QString &groupName = {});
    /// "Add Ada Lovelace to Boston Office" ("... to group 7" without a groupName), translated, for reports.
    QString describe() const;
    bool isShare() const;
    /// What a change does to its target, whichever kind of target: what reports count by.
    enum class Effect { Join, Leave, Grant, Revoke };
    Effect effect() const;
    /// True for group shares: targetId is a group's id.
    bool targetIsGroup() const;
    /// Whether two changes do the same thing (action, group, target, level); how they are named,
    /// and whether the server mails about them, does not count.
    friend bool operator==(const BulkChange &a, const BulkChange &b);

    Q_DECLARE_TR_FUNCTIONS(Api::BulkChange)
};

/// Where one change of a bulk operation stands.
enum class BulkOutcome {
    Pending, ///< Not sent yet.
    Running, ///< Sent, no answer yet.
    Done, ///< The server made the change.
    AlreadySo, ///< Nothing to do: the group was already that way, so nothing was sent.
    Failed, ///< The server refused or could not be reached; error() says why.
    Cancelled, ///< Stopped before it was made.
};

/// Applies many membership and share changes: a few requests at a time over the client's
/// kept-alive connections, with a per-change outcome, pause and cancel, and "retry the failed
/// ones". Before the first change to a group it reads the group's members (or shares) once,
/// so a change that is already so is reported as such and costs no request; that is also
/// what lets an undo remove exactly the members an add added.
///
/// A change whose try failed and that waits out its retry's back-off (a 503's second or more)
/// lends its slot to the next change meanwhile: the back-off spares the server that one
/// request, not every other. At most kMaxUnderwayPerSlot x concurrency changes are underway at
/// once, those backing off included, so a server that fails everything sees only that many
/// changes tried, each backing off further, rather than all of them.
class BulkQueue : public QObject
{
    Q_OBJECT

public:
    explicit BulkQueue(ApiClient *client, QObject *parent = nullptr);
    ~BulkQueue() override;

    /// Requests in flight at most (default 6, what QNetworkAccessManager keeps open per host);
    /// changes backing off before a retry do not count, up to kMaxUnderwayPerSlot x this underway.
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    /// Changes underway (in flight or backing off) at most, per slot of concurrency().
    static constexpr int kMaxUnderwayPerSlot = 4;

    /// Appends \a changes; returns the index of the first. They run once start() was called.
    int add(const QList<BulkChange> &changes);
    /// Starts (or goes on with) the pending changes.
    void start();
    /// No new requests until resume(); those in flight finish.
    void pause();
    void resume();
    /// Stops: requests in flight are cancelled; everything not finished becomes Cancelled.
    void cancel();
    /// Makes the Failed and Cancelled changes pending again and starts them, reading the
    /// groups' current state anew.
    void retryFailed();

    bool isPaused() const { return m_paused; }
    /// True while changes are pending or in flight (paused included).
    bool isBusy() const;

    int size() const { return int(m_changes.size()); }
    const BulkChange &change(int index) const { return m_changes.at(index); }
    BulkOutcome outcome(int index) const { return m_outcomes.at(index); }
    /// Why change \a index failed; null unless Failed or Cancelled.
    ApiError error(int index) const { return m_errors.value(index); }
    int count(BulkOutcome outcome) const;
    QList<int> indexesWith(BulkOutcome outcome) const;
    /// Changes that are Done, AlreadySo, Failed or Cancelled.
    int finishedCount() const;
    /// True once change \a index was sent (in any try): a change cancelled or cut off after
    /// that may have been made; one never sent was not.
    bool wasSent(int index) const { return m_sent.contains(index); }
    /// For a share change that was sent: whether the queue knew what its target held on the
    /// group just before (it reads a group's shares before its first share change), and that
    /// level (nullopt: no share). What an undo must give back, read when the change went out,
    /// so no one else's read can be stale.
    bool knowsHeldBefore(int index) const { return m_heldBefore.contains(index); }
    std::optional<PermissionLevel> heldBefore(int index) const { return m_heldBefore.value(index); }

Q_SIGNALS:
    void itemFinished(int index);
    void progress(int finished, int total);
    /// Nothing is pending or in flight any more (everything finished, or cancelled).
    void finished();

private:
    /// What the queue knows of one group's current state.
    struct GroupState
    {
        enum class Status { Unknown, Loading, Known, Unreadable };
        Status members = Status::Unknown;
        Status shares = Status::Unknown;
        QSet<qint64> memberIds;
        /// The level each user or group holds; an absent one holds none (value() gives nullopt).
        QHash<qint64, std::optional<PermissionLevel>> userShares;
        QHash<qint64, std::optional<PermissionLevel>> groupShares;
        ApiError membersError;
        ApiError sharesError;
        std::deque<int> waiting; ///< Changes waiting for this state to load.
    };

    /// Settles every change not yet sent (queued, or waiting for its group's state) as Cancelled.
    void cancelPending(const ApiError &why);
    void pump();
    /// Whether one more request may start: fewer than concurrency() in flight, not counting
    /// the changes backing off, and not too many changes underway.
    bool slotFree() const;
    bool dispatch(int index); ///< false when it must wait (for a slot or the group's state).
    void loadState(qint64 groupId, bool shares);
    void send(int index);
    void changeAnswered(int index, ApiCall *call);
    void settle(int index, BulkOutcome outcome, const ApiError &error = {});
    bool isAlreadySo(const BulkChange &change, const GroupState &state) const;
    void recordDone(const BulkChange &change, GroupState &state);
    void checkFinished();

    QPointer<ApiClient> m_client;
    int m_concurrency = 6;
    bool m_paused = false;
    bool m_started = false;
    QList<BulkChange> m_changes;
    QList<BulkOutcome> m_outcomes;
    QHash<int, ApiError> m_errors;
    std::deque<int> m_queue;
    QHash<qint64, GroupState> m_groups;
    QHash<int, QPointer<ApiCall>> m_inFlight; ///< Change index to its call.
    QList<QPointer<ApiCall>> m_stateReads; ///< Reads of a group's members or shares in flight.
    int m_finishedCount = 0;
    QSet<int> m_sent;
    QHash<int, std::optional<PermissionLevel>> m_heldBefore; ///< See heldBefore().
};

} // namespace Api
