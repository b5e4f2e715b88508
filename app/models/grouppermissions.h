#pragma once

#include "api/records.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

namespace Api {
class ApiClient;
}

namespace Models {

class GroupStore;

/// What a person does to a group, grouped by the level the API asks for it.
enum class GroupAction {
    Edit, ///< PATCH or PUT the group: write.
    ChangeMembers, ///< Add or remove members (a drop, a paste, a move's both ends): write.
    Share, ///< Share, change a level or revoke: manage.
};

/// What the signed-in person may do to each group, and, when not, why, in the words every view
/// shows: the action's tooltip, the drop preview and the status bar say the same ("You can only
/// read Book Club"). The levels are the store's (GroupStore::myLevel()); while they are not
/// known nothing is refused ahead of the server, which has the last word anyway.
struct GroupPermissions
{
    Q_DECLARE_TR_FUNCTIONS(Models::GroupPermissions)

public:
    /// The least level \a action needs, as the API checks it.
    static Api::PermissionLevel needed(GroupAction action);
    /// Whether \a store knows the person may do \a action to group \a groupId (true when unknown).
    static bool allows(const GroupStore *store, qint64 groupId, GroupAction action);
    /// Why the person may not do \a action to the groups of \a groupIds (those the store knows
    /// they hold too little on), named ("You can only read Book Club"; "You can only read Book
    /// Club, Finance and Legal"); empty when every one allows it.
    static QString refusal(const GroupStore *store, const QList<qint64> &groupIds, GroupAction action);
    /// The same from names and levels, for whoever knows them otherwise: \a held[i] is what the
    /// person holds on the group named \a names[i] (nullopt: nothing).
    static QString refusal(
        const QStringList &names, const QList<std::optional<Api::PermissionLevel>> &held, GroupAction action);
    /// What every drop target says over a drop the person may not make, before the release:
    /// "Will be refused: Add Aisha Banerjee to Book Club. You can only read Book Club."
    /// \a what is what the drop would do, \a reason a refusal() text.
    static QString refusedDropText(const QString &what, const QString &reason);
    /// \a message (the server's words) with "group 36" replaced by the group's name, so a
    /// refusal read months later in a report says which group it was.
    static QString namingGroup(const QString &message, qint64 groupId, const QString &groupName);
};

/// Reads from the server what the signed-in person holds on every group they can read, into the
/// store (GroupStore::setMyLevels()). GET /groups/ carries no level per group; its `permission`
/// filter does: three one-row pages give how many groups the person reads, writes and manages,
/// and only when those differ are the ids of the writable and manageable ones listed (for an
/// organization admin, who manages every group, three requests are all it takes). Read again
/// when shares change (a share or a revoke may change the person's own level).
class GroupPermissionLoader : public QObject
{
    Q_OBJECT

public:
    GroupPermissionLoader(Api::ApiClient *client, GroupStore *store, QObject *parent = nullptr);
    ~GroupPermissionLoader() override;

    /// Reads the levels anew (a read already under way is dropped).
    void load();
    bool isLoading() const { return m_pending > 0; }
    /// How many groups the person can read at all, as the last load counted them (-1: not yet).
    qint64 readableCount() const { return m_readable; }

Q_SIGNALS:
    /// A load ended; the store holds its levels (unless it failed: then the store keeps what it had).
    void loaded();

private:
    void countsArrived();
    void listArrived();
    void fail();

    QPointer<Api::ApiClient> m_client;
    QPointer<GroupStore> m_store;
    quint64 m_serial = 0;
    int m_pending = 0;
    bool m_failed = false;
    qint64 m_readable = -1;
    qint64 m_writable = 0;
    qint64 m_manageable = 0;
    QSet<qint64> m_writableIds;
    QSet<qint64> m_manageableIds;
    QTimer m_reloadTimer;
};

} // namespace Models
