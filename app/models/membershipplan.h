#pragma once

#include "models/changeoperation.h"
#include "models/shareplan.h"
#include "models/userdrag.h"

#include "api/records.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSet>

#include <functional>
#include <optional>

namespace Models {

class GroupStore;
class MembershipComparison;
class Workspace;

/// A person-centred bulk change, planned before anything is sent: "copy memberships" (the
/// groups person B joins to match person A, and with "exact" those B leaves) and offboarding
/// (every group the person is in, and, when asked, the direct shares they hold). Each group is
/// either one the signed-in user may change or one they may not, said apart with
/// GroupPermissions' words; only the first kind is sent. A revoke that would leave a group with
/// no manager is said before it runs (readShares(), through SharePlan). apply() makes it one
/// undoable step with an outcome per group; its Activity entry names every group.
///
/// A value: make it with copy() or offboarding(), show description() and items(), then apply().
class MembershipPlan
{
    Q_DECLARE_TR_FUNCTIONS(Models::MembershipPlan)

public:
    enum class Kind { Copy, Offboarding };
    enum class Action {
        Join, ///< The person is added to the group.
        Leave, ///< The person is removed from the group.
        RevokeShare, ///< The person's direct share on the group is revoked.
    };

    /// A share the person holds on a group directly (not through a group): what the Access
    /// part finds, given to offboarding().
    struct DirectShare
    {
        qint64 groupId = 0;
        QString groupName;
        Api::PermissionLevel level = Api::PermissionLevel::Read;
    };

    /// One change of the plan, on one group.
    struct Item
    {
        Action action = Action::Join;
        qint64 groupId = 0;
        QString groupName;
        /// For RevokeShare: the level held, which an undo gives back.
        std::optional<Api::PermissionLevel> level;
        /// Whether the signed-in user may make it (as far as their levels are known).
        bool allowed = true;
        /// Why not, in GroupPermissions' words ("You can only read Book Club", "You cannot see
        /// Legal"); empty when allowed.
        QString reason;
    };

    MembershipPlan() = default;

    /// The groups \a to should join to be in every group \a from is in (\a fromGroups, \a
    /// toGroups: their Member Of lists); with \a exact, also the groups \a to should leave. The
    /// groups of \a unseen in either list are ones the signed-in user cannot see: said apart,
    /// never sent.
    static MembershipPlan copy(const GroupStore *store, const UserRef &from, const UserRef &to,
        const QList<Api::NamedRef> &fromGroups, const QList<Api::NamedRef> &toGroups, bool exact,
        const QList<Api::NamedRef> &unseen = {});
    /// The same from a comparison (whole: MembershipComparison::isComplete()): person B gets
    /// person A's groups; the groups of either that the signed-in user cannot see are said apart.
    static MembershipPlan copy(const GroupStore *store, const MembershipComparison &comparison, bool exact);
    /// \a person leaves every group of \a groups; with \a revokeShares, also loses each share of
    /// \a shares (the Access part's list of their direct shares). \a groups is their Member Of
    /// (the groups the signed-in user can read), or PersonProfile::groups (every group). \a
    /// unseen are groups of theirs the signed-in user cannot see (MemberOfModel::unlistedGroups()):
    /// said apart, never sent (the server would refuse them as if they did not exist).
    static MembershipPlan offboarding(const GroupStore *store, const UserRef &person,
        const QList<Api::NamedRef> &groups, const QList<DirectShare> &shares = {}, bool revokeShares = false,
        const QList<Api::NamedRef> &unseen = {});

    Kind kind() const { return m_kind; }
    /// Whose memberships change.
    const UserRef &person() const { return m_person; }
    /// For a copy: whose groups are copied.
    const UserRef &source() const { return m_source; }
    bool isExact() const { return m_exact; }
    bool revokesShares() const { return m_revokeShares; }
    /// Offboarding: the person's direct shares, whether or not the plan revokes them.
    const QList<DirectShare> &directShares() const { return m_shares; }

    /// Every change, allowed or not: joins, then leaves, then revokes, each by group name.
    const QList<Item> &items() const { return m_items; }
    /// The changes the signed-in user may make (\a allowed), or those left out.
    QList<Item> items(bool allowed) const;
    int count(Action action, bool allowed = true) const;
    /// Whether anything would be sent.
    bool changesAnything() const;

    /// "You can only read Book Club and Legal": why the changes left out are, one sentence
    /// per kind of change; empty when none is left out.
    QString refusalText() const { return m_refusalText; }
    /// The plan in a sentence or two: "Grace Hopper joins 12 groups and leaves 3; 2 groups
    /// you cannot change are left out: Book Club and Legal." With the groups a revoke would
    /// leave with no manager, once readShares() knows them.
    QString description() const;
    /// The undo step's name: "Copy the groups of Ada Lovelace to Grace Hopper", "Remove Ada
    /// Lovelace from 300 groups and revoke 4 shares".
    QString text() const;
    /// The allowed changes, as a plan for Workspace::apply().
    ChangePlan toChangePlan() const;

    /// The revoke of the allowed direct shares as a SharePlan: the one place that works out
    /// which groups a revoke leaves with no manager.
    const SharePlan &sharePlan() const { return m_sharePlan; }
    /// The groups the revokes would leave with no user or group holding manage (known after
    /// readShares()).
    QList<qint64> groupsLeftWithoutManager() const;
    /// "Finance would have no manager"; empty for none.
    QString noManagerText() const;
    /// Reads the shares of the groups whose share the plan revokes (SharePlan::read) and calls
    /// \a done with the plan knowing groupsLeftWithoutManager(), or with the first error. At
    /// once when it revokes nothing. Nothing is called once \a context is gone.
    static void readShares(Workspace *workspace, const MembershipPlan &plan, QObject *context,
        std::function<void(const MembershipPlan &plan, const Api::ApiError &error)> done);

    /// Sends the allowed changes as one undoable step named text(); the run is told which
    /// groups the plan said would have no manager. Nullptr when nothing would be sent.
    ChangeOperation *apply(Workspace *workspace) const;

private:
    /// "1 group", "12 groups"; "1 share", "4 shares".
    static QString groupsText(int n);
    static QString sharesText(int n);
    void addItem(const GroupStore *store, Action action, const Api::NamedRef &group,
        std::optional<Api::PermissionLevel> level = {});
    /// The names of the items of \a action that are \a allowed, in a sentence.
    QStringList names(bool allowed) const;
    void makeSharePlan();
    /// Words refusalText() from the store's levels.
    void wordRefusals(const GroupStore *store);

    Kind m_kind = Kind::Copy;
    UserRef m_person;
    UserRef m_source;
    bool m_exact = false;
    bool m_revokeShares = false;
    QList<DirectShare> m_shares;
    QList<Item> m_items;
    QSet<qint64> m_unseen; ///< Groups the signed-in user cannot see.
    SharePlan m_sharePlan;
    QString m_refusalText;
};

} // namespace Models
