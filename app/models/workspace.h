#pragma once

#include "models/changeoperation.h"
#include "models/shareplan.h"
#include "models/userdrag.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include "api/apiclient.h"

#include <deque>

class QUndoStack;

namespace Models {

class GroupStore;
class GroupEditQueue;
class GroupPermissionLoader;

/// What every model of one connection shares: the client, the one store of groups, and the one
/// undo stack on which every membership and share change is a command. Membership and share
/// plans are made here, and every change of a plan carries its group's name (so a report reads
/// "Add Ada Lovelace to Boston Office"). Changes run one operation at a time, in the order they
/// were asked for, so an undo always acts on what the change before it actually did.
class Workspace : public QObject
{
    Q_OBJECT

public:
    /// Steps the undo stack keeps unless told otherwise.
    static constexpr int kDefaultUndoLimit = 300;
    /// The QSettings key the app keeps its undo limit under.
    static constexpr const char *kUndoLimitSettingsKey = "undo/limit";

    explicit Workspace(Api::ApiClient *client, QObject *parent = nullptr);
    /// With an undo stack of at most \a undoLimit steps (0: no limit).
    Workspace(Api::ApiClient *client, int undoLimit, QObject *parent = nullptr);
    ~Workspace() override;

    Api::ApiClient *client() const { return m_client; }
    GroupStore *groupStore() const { return m_groupStore; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Reads what the signed-in person holds on each group into the store (see
    /// GroupStore::myLevel()); nothing is read until its load() is called.
    GroupPermissionLoader *permissions() const { return m_permissions; }
    /// The edits, replaces and creations of groups, run one at a time.
    GroupEditQueue *groupEdits() const { return m_groupEdits; }
    /// How many steps the undo stack keeps (0: no limit). Past it, the oldest step is dropped,
    /// and with it what its runs kept (see ChangeCommand).
    int undoLimit() const;
    /// Sets undoLimit(); only while the undo stack is empty (QUndoStack's rule): false otherwise.
    bool setUndoLimit(int limit);

    /// Pushes \a plan as one undoable command named \a text and returns its run. A first run
    /// that makes nothing at all (every change refused, failed or cancelled before it was sent)
    /// leaves no step behind (see ChangeCommand::nothingDone()).
    ChangeOperation *apply(const QString &text, const ChangePlan &plan);
    /// Adds \a users to group \a groupId; with \a moveFromGroupId, removes each one from that
    /// group once the add held. One undoable command.
    ChangeOperation *addMembers(
        qint64 groupId, const QList<UserRef> &users, std::optional<qint64> moveFromGroupId = {});
    ChangeOperation *removeMembers(qint64 groupId, const QList<UserRef> &users);

    /// The level \a principal holds on group \a groupId before a share change: what an undo
    /// gives back; nullopt for none.
    using HeldLevel
        = std::function<std::optional<Api::PermissionLevel>(qint64 groupId, const SharePrincipal &principal)>;
    /// Lets \a principals hold \a level on every group of \a groupIds (granting, raising or
    /// lowering their shares): one undoable command. An undo gives each principal back what it
    /// held on each group just before its change was sent, as the bulk queue read it then (see
    /// ChangeOperation); \a held (no share at all when empty) is only the plan's first guess,
    /// so across many groups a caller need not read their shares first. The plan goes group by
    /// group, each with the principals in their order: change g * principals.size() + p.
    /// \a notice asks the server to mail the people shared with; only this first run sends it
    /// (never an undo or a redo), and a share that is already so sends none.
    ChangeOperation *share(const QList<qint64> &groupIds, const QList<SharePrincipal> &principals,
        Api::PermissionLevel level, const HeldLevel &held = {}, const Api::ShareNotice &notice = {});
    /// Revokes the shares of \a principals on every group of \a groupIds: one undoable command,
    /// whose undo gives each principal back what \a held says it held. Planned as share() plans.
    ChangeOperation *revokeShares(
        const QList<qint64> &groupIds, const QList<SharePrincipal> &principals, const HeldLevel &held);

    /// Makes \a plan (a share or a revoke) under \a mode: on each group, only the principals the
    /// mode sends (SharePlan::principalsFor()), so with KeepHigher nobody who holds more there
    /// is lowered. One undoable command, planned and undone as share() is (the plan's levels are
    /// only its first guess of what an undo gives back). The run is told which groups the plan
    /// said would be left with no manager (ChangeOperation::groupsLeftWithoutManager()). Nullptr
    /// when the mode leaves nothing to send.
    ChangeOperation *applyShares(
        const SharePlan &plan, SharePlan::Mode mode = SharePlan::Mode::KeepHigher, const Api::ShareNotice &notice = {});

    /// Queues a run whose plan \a makePlan makes when its turn comes; for undo commands. Each
    /// change of the plan is given its group's name from the store then. The run is this
    /// workspace's child until its caller deletes it (a ChangeCommand deletes its own).
    ChangeOperation *enqueue(const QString &text, ChangeOperation::PlanMaker makePlan);

    /// The operation running now, if any.
    ChangeOperation *currentOperation() const;
    /// True while an operation runs or waits.
    bool isBusy() const;
    /// The operations running or waiting, in the order they run: what closing the connection
    /// would cut short.
    QList<ChangeOperation *> unfinishedOperations() const;

Q_SIGNALS:
    /// A run was queued (it starts when those before it have finished).
    void operationQueued(Models::ChangeOperation *operation);
    void operationFinished(Models::ChangeOperation *operation);

private:
    void startNext();
    /// The plan giving \a principals \a level (nullopt: revoking) on \a groupIds, and its text.
    ChangeOperation *changeShares(const QList<qint64> &groupIds, const QList<SharePrincipal> &principals,
        std::optional<Api::PermissionLevel> level, const HeldLevel &held, const Api::ShareNotice &notice = {});
    /// The name of a share change of \a principals on \a groupIds at \a level (nullopt: a revoke).
    QString shareText(const QList<qint64> &groupIds, const QList<SharePrincipal> &principals,
        std::optional<Api::PermissionLevel> level) const;
    /// Gives every change of \a plan its group's name, as the store knows it now.
    void nameGroups(ChangePlan &plan) const;

    QPointer<Api::ApiClient> m_client;
    GroupStore *m_groupStore = nullptr;
    GroupPermissionLoader *m_permissions = nullptr;
    GroupEditQueue *m_groupEdits = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::deque<QPointer<ChangeOperation>> m_waiting;
    QPointer<ChangeOperation> m_running;
};

} // namespace Models
