#pragma once

#include "models/groupstore.h"

#include "api/apiclient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <array>
#include <functional>

namespace Models {

/// One way a person reaches a group.
struct AccessRoute
{
    enum class Kind {
        Direct, ///< A user share of the group.
        Creator, ///< Group.createdById.
        Membership, ///< A member of a group the group is shared with.
    };
    Kind kind = Kind::Direct;
    Api::PermissionLevel level = Api::PermissionLevel::Read;
    Api::NamedRef viaGroup; ///< Membership: the group whose share it is.

    /// "Shared directly", "Creator of the group", "Member of Analytics Guild".
    QString text() const;
    /// Sorts \a routes as every view lists them: highest level first; at a level direct, then
    /// creator, then through groups by name.
    static void sort(QList<AccessRoute> &routes);
    bool operator==(const AccessRoute &other) const
    {
        return kind == other.kind && level == other.level && viaGroup.id == other.viaGroup.id;
    }

    Q_DECLARE_TR_FUNCTIONS(Models::AccessRoute)
};

/// The three sets of a share index with the level each grants, highest first: what every
/// reader of shares walks.
inline std::array<std::pair<const Api::ShareSet *, Api::PermissionLevel>, 3> shareSetsByLevel(
    const Api::ShareIndex &shares)
{
    return {{{&shares.owners, Api::PermissionLevel::Manage}, {&shares.writers, Api::PermissionLevel::Write},
        {&shares.readers, Api::PermissionLevel::Read}}};
}

/// One person who can read, write or manage a group, and every way they can.
struct PersonAccess
{
    Q_DECLARE_TR_FUNCTIONS(Models::PersonAccess)

public:
    qint64 userId = 0;
    QString name;
    QString username; ///< Empty when nothing the load read carried it.
    QString email;
    /// Whether the account is active; nullopt when nothing the load read said (a user who could
    /// not be read). A deactivated account cannot sign in, but its shares and memberships stay:
    /// reactivated, it reaches the group again.
    std::optional<bool> active;
    Api::PermissionLevel level = Api::PermissionLevel::Read; ///< The highest of the routes.
    QList<AccessRoute> routes; ///< Highest level first; at a level: direct, creator, then by group name.

    /// The e-mail, or the username when there is none.
    QString contact() const { return email.isEmpty() ? username : email; }
    /// Known to be deactivated (an unknown status counts as able to sign in: never hidden).
    bool isDeactivated() const { return active == false; }
    /// "Active", "Deactivated" or "Unknown".
    QString statusText() const;
    /// Every route's text, highest first, joined with "; ".
    QString viaText() const;
};

/// A group the group is shared with whose members could not be read (so who they are is not
/// known): said, never dropped silently.
struct UnreadableShareGroup
{
    Api::NamedRef group;
    Api::PermissionLevel level = Api::PermissionLevel::Read;
    Api::ApiError error;
};

/// Everyone who can reach one group and why: computed from its shares, the members of the
/// groups it is shared with and its creator.
struct EffectiveAccess
{
    Q_DECLARE_TR_FUNCTIONS(Models::EffectiveAccess)

public:
    qint64 groupId = 0;
    QString groupName;
    /// The group's organization: its admins manage the group (see organizationAdminsText()).
    std::optional<QString> organizationName;
    std::optional<qint64> createdById;
    Api::ShareIndex shares;
    QList<PersonAccess> people; ///< Highest level first, then by name.
    QList<UnreadableShareGroup> unreadable;
    /// When this was worked out (the local time).
    QDateTime readAt;

    /// How many people not known to be deactivated hold \a level as their highest.
    int count(Api::PermissionLevel level) const;
    /// People who can sign in (or whose status is unknown), and deactivated accounts holding access.
    int activeCount() const;
    int deactivatedCount() const;

    /// What the API does not say, said plainly: "Organization admins of Northwind Civic Data also
    /// manage this group; the API does not say who they are, so they are not listed." The API
    /// lists no one's roles but the caller's own (UserMe.roles), and GET /users/ has no filter
    /// for them, so the organization's admins cannot be listed: an Access tab and an export that
    /// left them out silently would understate who holds manage.
    QString organizationAdminsText() const;
};

/// Fetches and remembers what effective access is computed from, for one pass over one or
/// many groups: the groups (with their members, through the GroupStore, so every view sees the
/// copy fetched) and users (for the e-mail and username of those a share only names). A group
/// or user asked for twice is fetched once, also while the first request is still out, so a
/// report over hundreds of groups shared with the same admins' group reads that group once.
/// Failures are not remembered: asked again, they are fetched again (a retry).
class AccessFetcher : public QObject
{
    Q_OBJECT

public:
    explicit AccessFetcher(GroupStore *store, QObject *parent = nullptr);
    ~AccessFetcher() override;

    GroupStore *store() const { return m_store; }

    using GroupHandler = std::function<void(const Api::Result<Api::Group> &)>;
    using UserHandler = std::function<void(const Api::Result<Api::UserDetail> &)>;
    /// Calls \a handler with group \a id (from an earlier answer, or when it arrives), unless
    /// \a context is gone by then. Always later, from the event loop, never inside this call.
    void group(qint64 id, const QObject *context, GroupHandler handler);
    void user(qint64 id, const QObject *context, UserHandler handler);
    /// Takes a newer copy of a group (the store's, after its members changed).
    void updateGroup(const Api::Group &group);
    /// Stops every request out; their handlers hear Cancelled.
    void cancel();

private:
    template <typename T>
    struct Entry
    {
        std::optional<Api::Result<T>> result;
        Api::Call<T> call;
        QList<std::pair<QPointer<const QObject>, std::function<void(const Api::Result<T> &)>>> waiting;
    };
    template <typename T>
    void ask(QHash<qint64, Entry<T>> &entries, qint64 id, const QObject *context,
        std::function<void(const Api::Result<T> &)> handler, const std::function<Api::Call<T>()> &send);

    QPointer<GroupStore> m_store;
    QHash<qint64, Entry<Api::Group>> m_groups;
    QHash<qint64, Entry<Api::UserDetail>> m_users;
};

/// Works out who can reach one group and why: fetches the group (for its creator) and its
/// shares, then, in parallel (the client paces and limits what is in flight), the members of
/// every group it is shared with and the users a share or the creator id only names. Reports
/// progress as requests done of requests known so far. The one place effective access is
/// computed: the Access tab's model and the sharing report both use it.
class EffectiveAccessLoader : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// Fetch the e-mail, username and status of directly shared users who are no member of
        /// a share group (a request each). The Access tab and the sharing report both need them
        /// (two people of one name are told apart by them); off only for a count of names.
        bool contactDetails = true;
    };

    /// Loads with \a fetcher (not owned; shared by loaders of one pass). Call start().
    EffectiveAccessLoader(AccessFetcher *fetcher, qint64 groupId, Options options, QObject *parent = nullptr);
    EffectiveAccessLoader(AccessFetcher *fetcher, qint64 groupId, QObject *parent = nullptr)
        : EffectiveAccessLoader(fetcher, groupId, Options(), parent)
    {
    }
    ~EffectiveAccessLoader() override;

    qint64 groupId() const { return m_groupId; }
    /// Starts loading; loading again from the start when called again.
    void start();
    /// Fetches again what failed (the group, its shares, or the share groups that could not be
    /// read) and computes anew.
    void retry();
    /// Stops: finished() follows with a Cancelled error.
    void cancel();

    bool isLoading() const { return m_loading; }
    bool isFinished() const { return !m_loading && m_started; }
    /// Why the group or its shares could not be read (nothing to show then); null otherwise.
    /// Share groups that could not be read are in result().unreadable, not here.
    const Api::ApiError &error() const { return m_error; }
    /// What was worked out; complete once finished() without error().
    const EffectiveAccess &result() const { return m_result; }

    /// Requests answered, of those known to be needed so far (the total grows when the shares
    /// arrive and name groups).
    int done() const { return m_done; }
    int total() const { return m_total; }
    /// How many share groups' members are still on their way.
    int shareGroupsLoading() const { return m_shareGroupsLoading; }

    /// Whether result() read the members of group \a groupId (or tried to).
    bool dependsOnGroup(qint64 groupId) const;
    /// Computes anew with \a group's members (a newer copy, e.g. the store's after a change).
    void updateGroup(const Api::Group &group);

Q_SIGNALS:
    void progress(int done, int total);
    /// The result changed after it was finished (updateGroup()).
    void resultChanged();
    void finished();

private:
    void fetchGroupAndShares();
    void fetchShareGroup(const Api::NamedRef &group);
    void fetchUsers();
    void requestDone();
    void compute();
    void finish(const Api::ApiError &error = {});

    QPointer<AccessFetcher> m_fetcher;
    qint64 m_groupId = 0;
    Options m_options;
    quint64 m_generation = 0; ///< Answers of an earlier start() are ignored.
    bool m_started = false;
    bool m_loading = false;
    bool m_usersAsked = false;
    int m_done = 0;
    int m_total = 0;
    int m_outstanding = 0;
    int m_shareGroupsLoading = 0;
    std::optional<Api::Group> m_group;
    std::optional<Api::ShareIndex> m_shares;
    Api::Call<Api::ShareIndex> m_sharesCall;
    Api::ApiError m_groupError;
    Api::ApiError m_sharesError;
    QHash<qint64, Api::Group> m_shareGroups;
    QHash<qint64, Api::ApiError> m_shareGroupErrors;
    QHash<qint64, Api::UserDetail> m_users;
    Api::ApiError m_error;
    EffectiveAccess m_result;
};

} // namespace Models
