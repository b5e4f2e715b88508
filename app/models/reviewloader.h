#pragma once

#include "models/reviewstore.h"

#include "api/apiclient.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <memory>

namespace Models {

class AccessFetcher;
class Workspace;

/// Reads the grants of a review's scope from the server into its ReviewStore, group by group,
/// a few groups at a time, and says what changed since the last read (the first read adds
/// everything). For each group in scope, as the review's parts say:
///  - its members (GET /groups/{id}: name, username, e-mail, active);
///  - the people it is shared with directly (GET /groups/{id}/shares; their username, e-mail
///    and account state from a member list read in the same pass, else GET /users/{id});
///  - the groups it is shared with, and, as indirect rows "through Finance Team", the members of
///    each (GET /groups/{share group}); each group and user is read once per load however many
///    groups name it (AccessFetcher).
/// Each group's rows go to the store as soon as the group is read, a slice of kRowsPerSlice a
/// turn of the event loop (ReviewStore::reconcileSlice(), one transaction each), so a group of
/// thousands never holds the thread long. A group or its shares that cannot be read leaves its rows as they were
/// and is kept as a ReviewProblem (and so in the report); a share group whose members cannot be
/// read leaves its indirect rows as they were, with a problem of its own.
///
/// Suggestions (never decisions): a deactivated account (the API's `active`), and a direct share
/// of a person who left, since the previous read of the review, a group through which they
/// also reached the group. The API keeps no history of memberships and no reason for a share,
/// so "since" can only mean between two reads of one review: a person's indirect row through
/// group G is gone while G still shares the group (so the person left G, rather than the share
/// going), and they still hold a direct share of it.
class ReviewLoader : public QObject
{
    Q_OBJECT

public:
    /// Groups read at once; each has a few requests of its own in flight (the client paces them).
    static constexpr int kGroupsAtOnce = 6;
    /// Rows written to the store per turn of the event loop (one transaction each).
    static constexpr int kRowsPerSlice = 300;

    ReviewLoader(Workspace *workspace, ReviewStore *store, qint64 reviewId, QObject *parent = nullptr);
    ~ReviewLoader() override;

    qint64 reviewId() const { return m_reviewId; }
    /// Reads every group in the review's scope; again from the start when called again.
    void start();
    /// Stops; finished() follows, with wasCancelled(). The groups read so far are in the store.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    /// Whether this was the review's first read (its rows were all added, nothing "changed").
    bool isFirstRead() const { return m_firstRead; }
    int groupsDone() const { return m_groupsDone; }
    int groupCount() const { return int(m_groupIds.size()); }
    /// What the read changed in the review's rows, so far.
    const ReviewChanges &changes() const { return m_changes; }
    /// What could not be read, so far.
    const QList<ReviewProblem> &problems() const { return m_problems; }
    /// "Reading 212 of 500 groups"; once done, what changed ("3 added, ...") or "Read 500
    /// groups", with what could not be read.
    QString statusText() const;

Q_SIGNALS:
    /// Groups read of all.
    void progress(int done, int total);
    /// A slice of group \a groupId's rows is in the store: \a changes are what it changed.
    void rowsWritten(qint64 groupId, const Models::ReviewChanges &changes);
    /// Group \a groupId's rows are all in the store; \a changes are what its read changed.
    void groupLoaded(qint64 groupId, const Models::ReviewChanges &changes);
    void finished();

private:
    struct Job;
    struct GroupWrite;
    void startNext();
    void scheduleWrite();
    /// Writes the next slice of the first group read.
    void writeSlice();
    void fetchGroup(const std::shared_ptr<Job> &job);
    void fetchShareGroups(const std::shared_ptr<Job> &job);
    void fetchUsers(const std::shared_ptr<Job> &job);
    void requestDone(const std::shared_ptr<Job> &job);
    /// Hands a group read to the writes: its rows in slices, or what could not be read.
    void finishJob(const std::shared_ptr<Job> &job);
    /// "Could not read ..." for \a job's group, or (\a viaId) a group it is shared with.
    ReviewProblem problemOf(const Job &job, qint64 viaId, const QString &viaName, const Api::ApiError &error) const;
    /// The rows of \a job's group as read: members, shares to people, shares to groups and
    /// their members; the share groups and those not read go to \a write.
    QList<ReviewRow> grantsOf(const Job &job, GroupWrite &write) const;
    /// A person's share at \a level, with their username, e-mail and account as read.
    static ReviewRow userShareRow(const Job &job, const Api::NamedRef &user, Api::PermissionLevel level,
        const QHash<qint64, const Api::Member *> &people);
    /// The rows of shares to \a shareGroups at \a level, and of their members through them.
    void appendGroupShareRows(const Job &job, const QList<Api::NamedRef> &shareGroups, Api::PermissionLevel level,
        QList<ReviewRow> &fresh, GroupWrite &write) const;
    void finish();

    QPointer<Workspace> m_workspace;
    QPointer<ReviewStore> m_store;
    qint64 m_reviewId = 0;
    ReviewInfo m_info;
    QList<qint64> m_groupIds;
    AccessFetcher *m_fetcher = nullptr;
    QHash<qint64, std::shared_ptr<Job>> m_jobs; ///< The groups being read, by id.
    QList<Api::Call<Api::ShareIndex>> m_shareCalls;
    QList<std::shared_ptr<GroupWrite>> m_writes; ///< Groups read, waiting to be written, in order.
    bool m_writeScheduled = false;
    ReviewChanges m_changes;
    QList<ReviewProblem> m_problems;
    quint64 m_generation = 0;
    int m_next = 0;
    int m_groupsDone = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_firstRead = true;

    Q_DISABLE_COPY_MOVE(ReviewLoader)
};

} // namespace Models
