#pragma once

#include "models/changeoperation.h"
#include "models/loadstatus.h"
#include "models/shareplan.h"
#include "models/userdrag.h"

#include "api/apiclient.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QIcon>

class QMimeData;

namespace Models {

class Workspace;

/// Who may read, write and manage one group: its readers, writers and owners (users and groups)
/// as one table of principals. The level is edited in place (read, write, manage); every edit,
/// revoke or addition is one undoable operation of the workspace (Workspace::share() or
/// revokeShares(), undone by what each principal held before). An edit shows at once, marked
/// pending, and settles on the server's answer: on a refusal the old level comes back and the
/// server's words are given. loadStatus() says whether the shares are loading and why they
/// could not be. A group's row has its member count, from the store's summary when it knows the
/// group, else fetched once (the store's refresh) as the row appears.
class ShareModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int totalUserShares READ totalUserShares NOTIFY totalsChanged)
    Q_PROPERTY(int totalGroupShares READ totalGroupShares NOTIFY totalsChanged)

public:
    /// MembersColumn: a group's member count (RawValueRole: the count, -1 while unknown); empty for a user.
    enum Column { KindColumn, NameColumn, LevelColumn, MembersColumn, ColumnCount };
    Q_ENUM(Column)
    using PrincipalKind = SharePrincipal::Kind;

    /// One user or group holding a level on the group.
    struct Principal
    {
        PrincipalKind kind = PrincipalKind::User;
        qint64 id = 0;
        QString name;
        Api::PermissionLevel level = Api::PermissionLevel::Read;
        bool pending = false;
        QString error; ///< Why the last change to it failed.
    };

    explicit ShareModel(Workspace *workspace, qint64 groupId = 0, QObject *parent = nullptr);
    ~ShareModel() override;

    qint64 groupId() const { return m_groupId; }
    Workspace *workspace() const;
    void setGroup(qint64 groupId);
    void reload();

    /// Whether the shares are being fetched, and why the last fetch failed; its retry() reloads.
    LoadStatus *loadStatus() const { return m_loadStatus; }
    int totalUserShares() const { return m_totalUserShares; }
    int totalGroupShares() const { return m_totalGroupShares; }

    const Principal &principal(int row) const { return m_rows.at(row); }
    /// The row of a principal, or -1.
    int rowOf(PrincipalKind kind, qint64 id) const;

    /// Sets row \a row's level (one undoable operation). False when nothing was to change.
    bool setLevel(int row, Api::PermissionLevel level);
    /// Revokes the shares of \a rows (one undoable operation).
    ChangeOperation *revoke(const QList<int> &rows);
    /// Shares the group with \a principals, users and groups alike (or raises or lowers their
    /// level) at \a level: one undoable operation, so a drop of people and groups together is
    /// one undo step, undone by what each held before. With \a notice, the server mails them
    /// (see Workspace::share()).
    ChangeOperation *share(
        const QList<SharePrincipal> &principals, Api::PermissionLevel level, const Api::ShareNotice &notice = {});
    /// What giving \a principals \a level (nullopt: revoking) would do here, from the shares
    /// shown (each at the level it shows, a pending change's level as if made).
    SharePlan plan(const QList<SharePrincipal> &principals, std::optional<Api::PermissionLevel> level) const;
    /// Makes \a plan (one of plan()'s) under \a mode, as share() or revoke() does: one undoable
    /// operation; nullptr when the mode leaves nothing to send. The run is told the groups the
    /// plan leaves with no manager (see Workspace::applyShares()).
    ChangeOperation *apply(
        const SharePlan &plan, SharePlan::Mode mode = SharePlan::Mode::KeepHigher, const Api::ShareNotice &notice = {});
    /// Whether a level edit (setData(), setLevel()) that would leave the group with no manager
    /// waits for a yes: then it changes nothing and emits confirmationNeeded() with its plan,
    /// which apply() makes once the person agrees. Off by default.
    void setConfirmsManagerLoss(bool confirms) { m_confirmsManagerLoss = confirms; }
    bool confirmsManagerLoss() const { return m_confirmsManagerLoss; }

    /// share() with \a users.
    ChangeOperation *addUsers(
        const QList<UserRef> &users, Api::PermissionLevel level, const Api::ShareNotice &notice = {});
    /// share() with the groups \a groups (\a notice mails their members).
    ChangeOperation *addGroups(
        const QList<Api::NamedRef> &groups, Api::PermissionLevel level, const Api::ShareNotice &notice = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// On the level column: a level name ("read", "write", "manage") or an Api::PermissionLevel
    /// as int, with Qt::EditRole or PermissionLevelRole.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void totalsChanged();
    void changeStarted(Models::ChangeOperation *operation);
    /// A change was refused or could not be made; \a message is for the person.
    void changeFailed(const QString &message);
    /// A level edit waits for a yes: \a plan would leave the group with no manager.
    void confirmationNeeded(const Models::SharePlan &plan);

private:
    using Key = std::pair<int, qint64>; ///< (PrincipalKind, id)
    /// What this model has asked of a principal and not yet heard back about.
    struct Pending
    {
        int count = 0; ///< Operations in flight that change it.
        std::optional<Api::PermissionLevel> level; ///< The latest level asked for; nullopt: a revoke.
    };

    /// Gives \a principals \a level (nullopt: revokes their shares) through the workspace: one
    /// undoable operation, undone by what each held before. Shown at once, marked pending.
    ChangeOperation *change(const QList<SharePrincipal> &principals, std::optional<Api::PermissionLevel> level,
        const Api::ShareNotice &notice = {});
    /// The run of an operation this model started ended: rows settle (failures go back to the
    /// level held before, with the reason), and the server is asked for its word.
    void settle(ChangeOperation *operation, const QList<SharePrincipal> &principals,
        std::optional<Api::PermissionLevel> level, const QList<std::optional<Api::PermissionLevel>> &before);
    void loaded(const Api::ShareIndex &shares);
    void rowChanged(int row);
    void groupRenamed(qint64 groupId);
    /// Asks the store for the groups among the rows whose member count it does not know yet
    /// (each group once per model: one the caller may not read stays without a count).
    void fetchMemberCounts();

    QPointer<Workspace> m_workspace;
    qint64 m_groupId = 0;
    QList<Principal> m_rows;
    QHash<Key, Pending> m_pending;
    Api::Call<Api::ShareIndex> m_call;
    LoadStatus *m_loadStatus = nullptr;
    int m_totalUserShares = 0;
    int m_totalGroupShares = 0;
    QSet<qint64> m_countsAsked;
    bool m_confirmsManagerLoss = false;
};

/// The Sharing tab's rows: filtered by name as the person types, sorted by level (manage first)
/// and then by name unless another column is asked for; the principal's icon (user or group) on
/// the name column, a pending change in italics, and the totals in words.
class ShareFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ShareFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    /// Shows only the principals whose name holds \a text (case-insensitively).
    void setFilterText(const QString &text);
    /// The icons the name column shows for a user and for a group (a view's style gives them).
    void setPrincipalIcons(const QIcon &user, const QIcon &group);

    /// "12 people, 3 groups" (a kind with none unsaid); while filtered, "2 of 12 people, 1 of 3 groups shown".
    QString totalsText() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// On the level column: the higher level first, then by name (A to Z) within a level.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    QIcon m_userIcon;
    QIcon m_groupIcon;
};

/// What dropping users (Models::UserDrag) or groups (Models::GroupDrag) on a group's Sharing tab
/// will do, said before the button is released; the level is asked for on the release.
struct ShareDropDescription
{
    Q_DECLARE_TR_FUNCTIONS(Models::ShareDropDescription)

public:
    /// False when the drop carries nobody to share with (no users or groups, or only the group
    /// itself), or when the person may not share the group (refused).
    bool changesAnything = false;
    /// True when the person holds less than manage on the group (GroupPermissions).
    bool refused = false;
    /// Whom it shares with, in the order dragged, each once; never the group itself.
    QList<SharePrincipal> principals;
    /// How many of them hold a share already (the level chosen replaces theirs).
    int alreadySharing = 0;
    /// "Share Data Quality with 3 people and 1 group: choose the level on release"; why not.
    QString text;
    /// The question the level is asked with: "Share with 3 people and 1 group as:".
    QString question;

    /// What dropping \a data on the Sharing tab of \a shares' group does.
    static ShareDropDescription of(const QMimeData *data, const ShareModel &shares, const QString &groupName);
    /// "Ada Lopez", "3 people", "Boston Office", "2 groups", "3 people and 2 groups".
    static QString whoText(const QList<SharePrincipal> &principals);
};

} // namespace Models
