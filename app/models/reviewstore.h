#pragma once

// An access review (issue 25): a named pass over some groups in which a reviewer decides, grant
// by grant, who keeps access. Everything a review is lives in an SQLite file of the user's data
// folder, one file per connection (as the activity log): the review, its rows (one per grant:
// a member, a share to a person, a share to a group, or a person reaching a group through a
// group share), the decisions as they are made (each one small transaction; WAL), what the
// server answered when they were applied, and the groups that could not be read. A kill of
// the app at any moment loses no decision and no outcome that was written.

#include "api/records.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Models {

/// What a review looks at on each group in scope.
enum class ReviewPart : int {
    Members = 1, ///< The group's members.
    UserShares = 2, ///< The people the group is shared with directly.
    GroupShares = 4, ///< The groups it is shared with, and (indirect rows) their members.
    All = 7,
};

/// One review: its name, scope and reviewer; its rows are ReviewStore::rows().
struct ReviewInfo
{
    Q_DECLARE_TR_FUNCTIONS(Models::ReviewInfo)

public:
    qint64 id = 0; ///< The store's id; 0 until created.
    QString name; ///< "Q4 2026 finance groups".
    QList<qint64> groupIds; ///< The groups in scope, in the order picked.
    int parts = int(ReviewPart::All); ///< ReviewPart flags.
    qint64 reviewerId = 0; ///< The signed-in user who started it.
    QString reviewerUsername;
    QDateTime started; ///< UTC.
    QDateTime completed; ///< UTC; invalid while open.
    QDateTime loaded; ///< When its rows were last read from the server (UTC); invalid before.

    bool reviews(ReviewPart part) const { return (parts & int(part)) != 0; }
    bool isCompleted() const { return completed.isValid(); }
    /// "members, shares to people and shares to groups".
    QString partsText() const;
};

/// One grant of a review, the reviewer's decision on it, and how applying it ended.
struct ReviewRow
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Models::ReviewRow)

public:
    enum class Principal { User, Group };
    Q_ENUM(Principal)
    /// What the principal holds on the group.
    enum class Held { Member, Read, Write, Manage };
    Q_ENUM(Held)
    enum class Decision { Undecided, Keep, Remove, LowerToRead, LowerToWrite };
    Q_ENUM(Decision)
    /// A hint for the reviewer, never a decision.
    enum class Suggestion {
        None,
        Deactivated, ///< The account is deactivated: it cannot sign in, but holds the grant.
        /// A direct share of a person who, since the review's previous read, left a group through
        /// which they also reached this group (see ReviewStore::reconcileGroup()).
        LeftGroup,
    };
    Q_ENUM(Suggestion)
    /// How applying the decision ended (None: not applied yet, or nothing to apply). Pending:
    /// sent by a run that has not said how it ended (a run killed midway leaves it so). Undone:
    /// made, then undone (Edit > Undo of the apply): the grant is back, the decision stands and
    /// is not applied, so "apply the rest" sends it again; a redo makes it Done again.
    enum class Outcome { None, Pending, Done, AlreadySo, Failed, Cancelled, Gone, Undone };
    Q_ENUM(Outcome)

    qint64 id = 0; ///< The store's id.
    qint64 groupId = 0; ///< The reviewed group.
    QString groupName;
    Principal principal = Principal::User;
    qint64 principalId = 0;
    QString name;
    QString username; ///< A user's username; empty for a group, or when not known.
    QString email;
    Held held = Held::Member;
    /// Indirect rows: the group shared with groupId of which the person is a member (0: direct).
    qint64 viaGroupId = 0;
    QString viaGroupName;
    /// Whether the account is active; nullopt for a group, or when not known.
    std::optional<bool> active;
    Suggestion suggestion = Suggestion::None;
    QString suggestionDetail; ///< LeftGroup: the name of the group left.
    QDateTime added; ///< When the row was first read (UTC).
    QDateTime retired; ///< When a re-read found the grant gone (UTC); invalid while current.

    Decision decision = Decision::Undecided;
    QString note;
    QDateTime decided; ///< UTC; invalid while undecided.

    Outcome outcome = Outcome::None;
    QString outcomeReason; ///< The server's words for a failure; what happened for Gone.
    QDateTime outcomeTime;

    bool isIndirect() const { return viaGroupId != 0; }
    bool isShare() const { return held != Held::Member; }
    bool isRetired() const { return retired.isValid(); }
    bool isDeactivated() const { return active == false; }
    /// Whether \a decision can be made on this row: Lower only on a share above the level, and
    /// never on an indirect row (its level is the group share's); Remove of an indirect row
    /// removes the person from the group they reach it through.
    bool allows(Decision decision) const;
    /// Whether the decision asks for a change of the server (Remove or Lower).
    bool needsChange() const
    {
        return decision == Decision::Remove || decision == Decision::LowerToRead || decision == Decision::LowerToWrite;
    }
    /// Whether the change the decision asks for is made (done, or already so).
    bool isApplied() const { return outcome == Outcome::Done || outcome == Outcome::AlreadySo; }
    /// The level a Lower decision asks for; nullopt otherwise.
    std::optional<Api::PermissionLevel> loweredLevel() const;
    /// The held level of a share; nullopt for a membership.
    std::optional<Api::PermissionLevel> level() const;

    /// The identity a re-read matches rows by: the group, the principal, member or share, and
    /// the group it is reached through. The level is not in it: a changed level is the same
    /// grant, changed.
    QString key() const;

    /// "Member", "Read", "Write", "Manage".
    static QString heldText(Held held);
    /// "Direct", "Through Finance Team".
    QString howText() const;
    /// "Active", "Deactivated", "Unknown"; empty for a group.
    QString accountText() const;
    /// "", "Keep", "Remove", "Lower to Read", "Lower to Write".
    static QString decisionText(Decision decision);
    /// "Deactivated account", "Left Finance Team": empty for none.
    QString suggestionText() const;
    /// "", "Sent, not confirmed", "Done", "Already so", "Failed", "Cancelled", "Gone before apply",
    /// "Undone".
    static QString outcomeText(Outcome outcome);

    // The words the file and the CSV keep.
    static QString heldKey(Held held);
    static std::optional<Held> heldFromKey(const QString &key);
    static QString decisionKey(Decision decision);
    static std::optional<Decision> decisionFromKey(const QString &key);
    static QString outcomeKey(Outcome outcome);
    static std::optional<Outcome> outcomeFromKey(const QString &key);
    static QString suggestionKey(Suggestion suggestion);
    static Held heldOf(Api::PermissionLevel level);
};

/// Something a load could not read: a group in scope (nothing of it is known), or a group it
/// is shared with whose members could not be read (its indirect rows are not known).
struct ReviewProblem
{
    qint64 groupId = 0; ///< The reviewed group.
    QString groupName;
    qint64 viaGroupId = 0; ///< The share group whose members could not be read; 0: the group itself.
    QString viaGroupName;
    QString message; ///< The server's words.
    QDateTime time; ///< UTC.

    /// "Could not read Finance: ..." / "Could not read the members of Finance Team, shared with Payroll: ...".
    QString text() const;

    Q_DECLARE_TR_FUNCTIONS(Models::ReviewProblem)
};

/// What a read of one group (or of a whole scope) changed in a review's rows.
struct ReviewChanges
{
    Q_DECLARE_TR_FUNCTIONS(Models::ReviewChanges)

public:
    QList<qint64> added; ///< Rows new to the review.
    QList<qint64> retired; ///< Rows whose grant is gone (kept, marked retired).
    QList<qint64> returned; ///< Retired rows whose grant is back.
    QList<qint64> changed; ///< Rows whose level, name, e-mail or account state changed.
    QList<qint64> suggested; ///< Rows given a LeftGroup suggestion.

    bool isEmpty() const { return added.isEmpty() && retired.isEmpty() && returned.isEmpty() && changed.isEmpty(); }
    void append(const ReviewChanges &other);
    /// "12 added, 3 retired, 1 changed since the review was last read"; "Nothing changed ...".
    QString text() const;
};

/// The reviews of one connection, in \a folder/\a connectionKey.sqlite (the key as
/// ActivityLog::connectionKey() makes it). Every write is its own transaction, made the moment
/// it is asked for. Opens its own uniquely named QSqlDatabase connection. Lives in the GUI thread.
class ReviewStore : public QObject
{
    Q_OBJECT

public:
    /// The schema this build writes (PRAGMA user_version). 2 added the index rows_by_review.
    static constexpr int kSchemaVersion = 2;

    ReviewStore(const QString &folder, const QString &connectionKey, QObject *parent = nullptr);
    ~ReviewStore() override;

    /// The "reviews" folder of the data folder (Models::dataFolder()).
    static QString defaultFolder();

    bool isOpen() const;
    /// Why the file could not be opened or written; empty while all is well.
    QString errorString() const { return m_error; }
    QString filePath() const { return m_path; }

    /// Creates \a info (its started time set now when unset); its id, 0 on a failure.
    qint64 createReview(ReviewInfo info);
    /// Every review, newest first.
    QList<ReviewInfo> reviews() const;
    std::optional<ReviewInfo> review(qint64 reviewId) const;
    /// Deletes a review with its rows and problems.
    bool deleteReview(qint64 reviewId);
    bool rename(qint64 reviewId, const QString &name);
    /// Marks it completed at \a time (now when invalid); an invalid \a time after reopen() clears it.
    bool setCompleted(qint64 reviewId, const QDateTime &time = QDateTime::currentDateTimeUtc());
    bool reopen(qint64 reviewId);
    bool setLoaded(qint64 reviewId, const QDateTime &time);

    /// The review's rows in the order they were read (by id): those after row \a afterId, at
    /// most \a limit (all when negative), so a view of tens of thousands reads them in slices.
    QList<ReviewRow> rows(qint64 reviewId, qint64 afterId = 0, int limit = -1) const;
    std::optional<ReviewRow> row(qint64 rowId) const;
    /// The rows an apply still has to send: decided Remove or Lower, current, and not made,
    /// already so or found gone; by id.
    QList<ReviewRow> rowsToApply(qint64 reviewId) const;
    /// The rows \a rowIds (those that exist), by id.
    QList<ReviewRow> rowsById(const QList<qint64> &rowIds) const;
    /// The rows of group \a groupId in the review.
    QList<ReviewRow> groupRows(qint64 reviewId, qint64 groupId) const;
    int rowCount(qint64 reviewId) const;
    /// How far review \a reviewId is: its current rows (not retired) and how many are decided,
    /// counted by the file (a list of reviews reads no rows).
    struct Progress
    {
        int current = 0;
        int decided = 0;
    };
    Progress progress(qint64 reviewId) const;

    /// Takes a fresh read of group \a groupId: \a fresh are its grants now. Rows new to the
    /// review are added, rows of the group missing from \a fresh are retired (never deleted: a
    /// decision made on them stays, and the report lists them), retired rows found again come
    /// back, and a row whose level, names or account state changed is updated (its decision
    /// stays). Rows through a share group in \a unknownVia (whose members could not be read)
    /// are left as they are. A direct share of a person whose indirect row through group G was
    /// retired while G is still among \a shareGroupIds (so the person left G, rather than G's
    /// share going) gets the LeftGroup suggestion. One transaction.
    ReviewChanges reconcileGroup(qint64 reviewId, qint64 groupId, const QList<ReviewRow> &fresh,
        const QSet<qint64> &shareGroupIds, const QSet<qint64> &unknownVia);
    /// reconcileGroup() in slices, each its own transaction, so a group of thousands never holds
    /// the thread long: \a fresh is one slice of the group's grants; \a allKeys (the keys of
    /// every slice) is given with the last slice only, which retires what none of them holds.
    ReviewChanges reconcileSlice(qint64 reviewId, qint64 groupId, const QList<ReviewRow> &fresh,
        const QSet<QString> *allKeys, const QSet<qint64> &shareGroupIds, const QSet<qint64> &unknownVia);
    /// Replaces group \a groupId's problems with \a problems (none: it was read).
    bool setProblems(qint64 reviewId, qint64 groupId, const QList<ReviewProblem> &problems);
    QList<ReviewProblem> problems(qint64 reviewId) const;

    /// Decides row \a rowId (decided now) and sets its note; one transaction. Undecided clears it.
    bool decide(qint64 rowId, ReviewRow::Decision decision, const QString &note);
    /// Decides every row of \a rowIds (notes kept): one transaction, one prepared statement.
    /// Rows that do not allow \a decision are left as they are; returns those written.
    QList<qint64> decide(const QList<qint64> &rowIds, ReviewRow::Decision decision);
    /// decide() in slices of kDecideSlice rows, one a turn of the event loop (each its own
    /// transaction, rowsChanged() after each), so a selection of thousands never holds the thread
    /// (5,000 rows in one transaction took 100 to 200 ms). Until written they are queued in this
    /// object: every read and write of rows writes what is queued first (so reads see every
    /// decision asked for), and the destructor writes the rest; a kill loses at most the slices
    /// still queued, a few turns of the event loop. The caller checks ReviewRow::allows().
    void decideSoon(const QList<qint64> &rowIds, ReviewRow::Decision decision);
    /// Whether decideSoon() has decisions not yet written.
    bool hasQueuedDecisions() const { return !m_queued.isEmpty(); }
    /// Writes now what decideSoon() queued (as every read does first).
    void writeQueuedDecisions() const;
    /// Rows decideSoon() writes per turn of the event loop.
    static constexpr int kDecideSlice = 500;
    bool setNote(qint64 rowId, const QString &note);
    /// Records how applying row \a rowId ended (now).
    bool setOutcome(qint64 rowId, ReviewRow::Outcome outcome, const QString &reason = {});
    /// The same for many rows in one transaction.
    bool setOutcomes(const QList<qint64> &rowIds, ReviewRow::Outcome outcome, const QString &reason = {});

Q_SIGNALS:
    /// Rows of \a reviewId were decided, noted or given an outcome (by any caller).
    void rowsChanged(qint64 reviewId, const QList<qint64> &rowIds);
    /// The file could not be written; errorString() says why.
    void errorOccurred(const QString &error);

private:
    bool open(const QString &folder);
    /// Runs \a statements in one transaction; false (with errorString()) if one fails.
    bool changeSchema(const QStringList &statements);
    bool exec(const QString &sql) const;
    qint64 reviewOf(qint64 rowId) const;
    bool fail(const QString &error);
    /// Folds the write-ahead log into the file on a worker thread, at most every few seconds.
    void checkpointLater();
    QList<qint64> decideNow(const QList<qint64> &rowIds, ReviewRow::Decision decision, bool *failed);
    void scheduleQueuedDecisions();
    /// Writes the first \a limit decisions queued.
    void writeQueued(int limit);

    struct QueuedDecision
    {
        qint64 rowId = 0;
        ReviewRow::Decision decision = ReviewRow::Decision::Undecided;
    };
    QList<QueuedDecision> m_queued;
    bool m_queueScheduled = false;

    static constexpr int kCheckpointIntervalMs = 2000;
    QString m_connectionName;
    std::shared_ptr<std::atomic_bool> m_checkpointRunning = std::make_shared<std::atomic_bool>(false);
    QElapsedTimer m_sinceCheckpoint;
    QString m_path;
    QString m_error;
};

} // namespace Models

Q_DECLARE_METATYPE(Models::ReviewRow)
