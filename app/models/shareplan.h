#pragma once

#include "models/changeoperation.h"
#include "models/namelist.h"

#include "api/apiclient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPointer>

#include <functional>
#include <optional>

namespace Models {

class Workspace;

/// What a share change (a level for, or a revoke of, some principals on some groups) would do
/// to the shares those groups hold now, known before anything is sent: which shares it would
/// lower (Deepa Moreau: Manage -> Read on Finance) and which groups it would leave with no user
/// and no group holding manage. A share can go either way: "keep higher levels" (the default)
/// leaves out of a group's change every principal who holds more there already, so nobody loses
/// access by being given some; "set exactly" gives everyone the level asked for. A revoke or a
/// level change is always exact (it was asked of that principal), so only the manager check
/// applies to it.
///
/// The plan is a value: made from the groups' share indexes (read() reads them with listShares,
/// the Sharing tab gives the ones it shows) and applied with Workspace::share(const SharePlan &,
/// Mode, ...), which sends only what the mode keeps and is undone exactly as any share change.
class SharePlan
{
    Q_DECLARE_TR_FUNCTIONS(Models::SharePlan)

public:
    enum class Mode {
        KeepHigher, ///< Whoever holds more than the level asked for keeps it.
        SetExactly, ///< Everyone gets the level asked for, lower or not.
    };

    /// One share the change would lower (only a share, never a revoke, is counted as lowering).
    struct Lowering
    {
        qint64 groupId = 0;
        SharePrincipal principal;
        Api::PermissionLevel before = Api::PermissionLevel::Manage;
        Api::PermissionLevel after = Api::PermissionLevel::Read;
    };

    SharePlan() = default;
    /// Giving \a principals \a level on \a groupIds (nullopt: revoking their shares). Until its
    /// shares are given (setShares()), a group counts as shared with nobody.
    SharePlan(const QList<qint64> &groupIds, const QList<SharePrincipal> &principals,
        std::optional<Api::PermissionLevel> level);

    QList<qint64> groupIds() const { return m_groupIds; }
    QList<SharePrincipal> principals() const { return m_principals; }
    /// The level asked for; nullopt for a revoke.
    std::optional<Api::PermissionLevel> level() const { return m_level; }
    bool isRevoke() const { return !m_level; }

    /// Group \a groupId is shared as \a shares now (its readers, writers and owners).
    void setShares(qint64 groupId, const Api::ShareIndex &shares);
    /// Whether setShares() was given for every group.
    bool knowsEveryGroup() const;
    /// The name a text gives group \a groupId ("group 12" until told).
    void setGroupName(qint64 groupId, const QString &name);
    QString groupName(qint64 groupId) const;

    /// The level \a principal holds on \a groupId now (nullopt: none, or not known).
    std::optional<Api::PermissionLevel> held(qint64 groupId, const SharePrincipal &principal) const;

    /// The shares "set exactly" would lower, group by group, each principal in its order.
    QList<Lowering> lowered() const;
    /// The principals the change of group \a groupId sends under \a mode, in their order.
    QList<SharePrincipal> principalsFor(qint64 groupId, Mode mode) const;
    /// Whether \a mode leaves anything to send.
    bool changesAnything(Mode mode) const;
    /// The groups that hold a manager now and would hold none after the change under \a mode:
    /// no user and no group holding manage. (A group nobody manages already is not counted: the
    /// change does not do that.)
    QList<qint64> groupsLeftWithoutManager(Mode mode) const;

    /// One line per principal whose share would be lowered: "Deepa Moreau: Manage -> Read on
    /// Finance, Security" (the groups of one before-level together).
    QStringList loweredLines() const;
    /// "Finance would have no manager", "Finance and Security would have no manager",
    /// "Finance, Legal and 3 more groups would have no manager"; empty for none.
    QString noManagerText(Mode mode) const;
    /// The groups \a groupIds by name: "Finance", "Finance and Legal", "A, B and 3 more".
    QString groupNamesText(const QList<qint64> &groupIds, int named = NameList::kNamedInSentence) const;

    /// Reads the shares of every group of \a plan (listShares, all at once; the client's rate
    /// limiter paces them) and calls \a done with the plan filled in, or with the first error
    /// (the plan as far as it got). Nothing is called once \a context is gone. The groups are
    /// named as the workspace's store names them (one it does not know is fetched for its name).
    static void read(Workspace *workspace, SharePlan plan, QObject *context,
        std::function<void(const SharePlan &plan, const Api::ApiError &error)> done);

private:
    using Key = std::pair<int, qint64>; ///< (SharePrincipal::Kind, id)
    /// Whether \a principal is left out of group \a groupId's change under \a mode.
    bool keeps(qint64 groupId, const SharePrincipal &principal, Mode mode) const;

    QList<qint64> m_groupIds;
    QList<SharePrincipal> m_principals;
    std::optional<Api::PermissionLevel> m_level;
    QHash<qint64, QHash<Key, Api::PermissionLevel>> m_shares; ///< Per group, what each principal holds.
    QHash<qint64, QString> m_groupNames;
};

} // namespace Models
