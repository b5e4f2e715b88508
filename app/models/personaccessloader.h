#pragma once

#include "models/effectiveaccessloader.h"

#include "api/apiclient.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <optional>

namespace Models {

class ShareCache;
class Workspace;

/// Which groups a look-up of one person's access reads the shares of. The API cannot say which
/// groups are shared with a person, so the answer is only as wide as the scope.
struct PersonAccessScope
{
    Q_DECLARE_TR_FUNCTIONS(Models::PersonAccessScope)

public:
    enum class Kind {
        Managed, ///< The groups the signed-in user manages (GET /groups?permission=manage).
        AllReadable, ///< Every group the signed-in user can read (GET /groups).
        Groups, ///< The groups of groupIds (e.g. those the group list shows now).
    };
    Kind kind = Kind::AllReadable;
    QList<qint64> groupIds; ///< Kind::Groups only.

    static PersonAccessScope managed() { return {Kind::Managed, {}}; }
    static PersonAccessScope allReadable() { return {Kind::AllReadable, {}}; }
    static PersonAccessScope groups(const QList<qint64> &ids) { return {Kind::Groups, ids}; }
    /// The groups \a model lists now (each row's IdRole; a group list, or a proxy over it).
    static PersonAccessScope listed(const QAbstractItemModel *model);
    /// "the groups you manage", "every group you can read", "the 40 groups listed".
    QString text() const;
};

/// One group a person can reach: the highest level and every way in.
struct GroupAccess
{
    qint64 groupId = 0;
    QString groupName;
    Api::PermissionLevel level = Api::PermissionLevel::Read; ///< The highest of the routes.
    /// Highest level first; at a level: direct, creator, then through groups by name.
    /// AccessRoute::viaGroup names the group the person is a member of.
    QList<AccessRoute> routes;
    QDateTime readAt; ///< When the group's shares were read (local time).

    /// The level of the direct share, if the person holds one.
    std::optional<Api::PermissionLevel> directLevel() const;
};

/// A share a person holds on a group in their own name (not through a group): what offboarding
/// offers to revoke.
struct DirectShare
{
    qint64 groupId = 0;
    QString groupName;
    Api::PermissionLevel level = Api::PermissionLevel::Read;

    friend bool operator==(const DirectShare &a, const DirectShare &b)
    {
        return a.groupId == b.groupId && a.groupName == b.groupName && a.level == b.level;
    }
};

/// A group of the scope whose shares could not be read: reported, never dropped, as whether the
/// person reaches it is not known.
struct PersonAccessFailure
{
    qint64 groupId = 0;
    QString groupName;
    Api::ApiError error;
};

/// What one person can reach in a scope, and why.
struct PersonAccessResult
{
    Q_DECLARE_TR_FUNCTIONS(Models::PersonAccessResult)

public:
    qint64 userId = 0;
    QString name;
    QString username;
    QString email;
    /// Whether the account is active (nullopt before the person was read). A deactivated
    /// account cannot sign in, but its shares and memberships stay: reactivated, it reaches
    /// every group listed again.
    std::optional<bool> active;
    /// The groups the person is a member of (id and name): the "through" routes come from these.
    QList<Api::NamedRef> memberOf;
    /// The groups reached: highest level first, then by name.
    QList<GroupAccess> groups;
    QList<PersonAccessFailure> failures;
    int scopeSize = 0; ///< Groups in the scope.

    bool isDeactivated() const { return active == false; }
    /// "Active", "Deactivated" or "Unknown".
    QString statusText() const;
    /// "Ada Lovelace (ada.lovelace)".
    QString displayName() const;
    /// The shares the person holds directly, by group name: what an offboarding plan revokes.
    QList<DirectShare> directShares() const;
    /// The index in groups of group \a groupId, or -1.
    int indexOf(qint64 groupId) const;
};

/// Works out what one person can reach and why, over a scope of groups: reads the person (GET
/// /users/{id}: name, e-mail, whether deactivated, their groups), the groups they are a member
/// of (GET /groups?user_ids[]=ID, every page), the scope (listed, unless given as ids), then the
/// shares of every group of the scope, a few at a time (the client's rate limiter paces them; a
/// group whose shares the ShareCache holds is not read again). A group reached is reached
/// directly (a user share), through a group the person is a member of (a group share), or as
/// its creator (who manages it, as the sandbox's permission rules say: see
/// EffectiveAccessLoader::compute()).
///
/// Progress is groups settled of the scope; cancel() at any time. A group whose shares could
/// not be read is kept in result().failures (retry() reads those again). Nothing blocks the
/// event loop: each answer costs a look-up in a few short lists, and the JSON is parsed off
/// the thread by the API layer.
///
/// Once finished, it follows the changes the app makes: a share change of a group of the scope
/// reads that group's shares again; a membership change of the person works the routes out
/// anew from what is cached; resultChanged() says so.
class PersonAccessLoader : public QObject
{
    Q_OBJECT

public:
    /// Share reads in flight at once: the client's connections to the host (six), kept busy.
    static constexpr int kSharesAtOnce = 6;

    /// What is being read.
    enum class Phase { Idle, Person, Scope, Shares, Finished };
    Q_ENUM(Phase)

    explicit PersonAccessLoader(Workspace *workspace, QObject *parent = nullptr);
    ~PersonAccessLoader() override;

    /// Starts looking up what person \a userId can reach in \a scope (again from the start when
    /// called again). With \a fresh, the cache is emptied first: everything is read anew.
    void start(qint64 userId, const PersonAccessScope &scope, bool fresh = false);
    /// Reads again the shares of the groups that failed (or everything when the person or the
    /// scope could not be read).
    void retry();
    /// Stops: finished() follows at once with a Cancelled error(); what was worked out so far
    /// stays in result().
    void cancel();

    qint64 userId() const { return m_result.userId; }
    const PersonAccessScope &scope() const { return m_scope; }
    Phase phase() const { return m_phase; }
    bool isLoading() const { return m_phase != Phase::Idle && m_phase != Phase::Finished; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    /// Why nothing could be worked out (the person, their groups or the scope could not be
    /// read; or Cancelled); null otherwise. Groups whose shares could not be read are in
    /// result().failures, not here.
    const Api::ApiError &error() const { return m_error; }
    const PersonAccessResult &result() const { return m_result; }

    /// Groups of the scope settled (read, found in the cache, or failed), of all; 0 of 0 while
    /// the scope is being listed.
    int done() const { return m_done; }
    int total() const { return int(m_scopeIds.size()); }
    /// Of done(): how many were read from the server this time, and how many came from the cache.
    int sharesRead() const { return m_sharesRead; }
    int sharesFromCache() const { return m_sharesFromCache; }
    /// How long the last start() took to finish, in ms (-1 while it runs or when cancelled).
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void progress(int done, int total);
    void phaseChanged(Models::PersonAccessLoader::Phase phase);
    /// The result changed after it was finished (a change made in the app).
    void resultChanged();
    void finished();

private:
    void setPhase(Phase phase);
    void readPerson();
    void personPartDone();
    void listScope();
    void readShares();
    void fillPipeline();
    void readGroupShares(qint64 groupId);
    void groupSettled(qint64 groupId);
    /// Cancels every request out and ignores answers still on their way.
    void stopRequests();
    /// The routes of group \a groupId from its cached shares, into m_access (or out of it).
    void computeGroup(qint64 groupId);
    void computeAll();
    /// m_memberOf into m_result.memberOf, by name.
    void publishMemberOf();
    /// Rebuilds m_result.groups from m_access, sorted.
    void publish();
    void finish(const Api::ApiError &error = {});
    QString groupName(qint64 groupId) const;

    void sharesInvalidated(qint64 groupId);
    void membershipsChanged(qint64 userId);

    QPointer<Workspace> m_workspace;
    QPointer<ShareCache> m_cache;
    PersonAccessScope m_scope;
    Phase m_phase = Phase::Idle;
    quint64 m_generation = 0; ///< Answers of an earlier start() are ignored.
    PersonAccessResult m_result;
    Api::ApiError m_error;

    // Phase Person: the person and their groups, read at once.
    int m_personPartsOut = 0;
    Api::Call<Api::UserDetail> m_personCall;
    QPointer<Api::PageLoader> m_memberOfLoader;
    QHash<qint64, QString> m_memberOf; ///< Group id to name.

    // Phase Scope, then Shares.
    QPointer<Api::PageLoader> m_scopeLoader;
    QList<qint64> m_scopeIds;
    QSet<qint64> m_scopeSet;
    /// Creator of each group of the scope, from the list (or the store).
    QHash<qint64, std::optional<qint64>> m_creators;
    qsizetype m_next = 0; ///< The next of m_scopeIds to read.
    QHash<qint64, Api::Call<Api::ShareIndex>> m_inFlight;
    QList<qint64> m_queue; ///< After finished: groups whose shares changed, to read again.
    QHash<qint64, GroupAccess> m_access; ///< The groups reached, by id.
    QHash<qint64, PersonAccessFailure> m_failures;
    QSet<qint64> m_settled; ///< Groups of the scope read, found in the cache, or failed.
    bool m_followUp = false; ///< After finished: re-reading groups whose shares changed.
    bool m_recompute = false; ///< The person's groups changed while the look-up ran.
    int m_done = 0;
    int m_sharesRead = 0;
    int m_sharesFromCache = 0;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1;
};

} // namespace Models
