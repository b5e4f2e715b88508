// The share model of one group: readers, writers and owners as one table, level edits in place
// that round-trip to the server, revoke and add, undo and redo, and a refused edit that puts
// the old level back and gives the server's words; under QAbstractItemModelTester.

#include "modeltestfixture.h"

#include "models/changereportmodel.h"
#include "models/roles.h"
#include "models/sharemodel.h"

#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>

using Level = Api::PermissionLevel; // the sandbox has a PermissionLevel of its own
using Models::ShareModel;

class tst_ShareModel : public QObject, public ModelFixture
{
    Q_OBJECT

private:
    static constexpr qint64 kGroup = 1; // shared with users 17 (manage), 249 (write), 56 and 274 (read)

    /// The level user \a userId holds on kGroup in the database (1 read, 2 write, 3 manage; 0 none).
    int userLevel(qint64 userId)
    {
        return column(QStringLiteral("SELECT level FROM user_shares WHERE group_id = %1 AND user_id = %2")
                          .arg(kGroup)
                          .arg(userId))
            .value(0)
            .toInt();
    }
    int groupLevel(qint64 groupId)
    {
        return column(QStringLiteral("SELECT level FROM group_shares WHERE group_id = %1 AND grantee_group_id = %2")
                          .arg(kGroup)
                          .arg(groupId))
            .value(0)
            .toInt();
    }

    static bool loaded(ShareModel &model)
    {
        return waitUntil([&] { return !model.loadStatus()->isLoading(); });
    }

    static QModelIndex levelCell(const ShareModel &model, ShareModel::PrincipalKind kind, qint64 id)
    {
        return model.index(model.rowOf(kind, id), ShareModel::LevelColumn);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startModels()); }
    void cleanup()
    {
        setFaults({});
        client->setRetryPolicy(quickRetries());
        workspace->undoStack()->clear();
    }

    void showsEveryPrincipalOnce();
    void aLevelEditRoundTripsAndUndoes();
    void revokeAndAddAndTheirUndo();
    void aRefusedEditPutsTheOldLevelBack();
    void refusesLevelsThatDoNotExist();
    void anEditStaysShownWhileItRuns();
    void aFailedChangeGoesBackWithoutTheServer();
    void aFailedLoadIsRetriedThroughItsStatus();
    void aRenamedGroupShowsItsNewName();
    void theWorkspaceSharesManyGroupsAtOnce();
    void theWorkspaceRevokesAndItsUndoGivesBack();
    void everyPlanNamesItsGroups();
    void aShareAlreadySoSaysSo();
};

void tst_ShareModel::showsEveryPrincipalOnce()
{
    ShareModel model(workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(model.loadStatus()->lastError().isNull());
    const auto shares = await(client->groups().listShares(kGroup));
    QVERIFY(shares.ok());
    QCOMPARE(model.totalUserShares(), shares->totalUserShares);
    QCOMPARE(model.totalGroupShares(), shares->totalGroupShares);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.property("totalUserShares").toInt(), 4);
    const QModelIndex owner = levelCell(model, ShareModel::PrincipalKind::User, 17);
    QCOMPARE(owner.data(Models::PermissionLevelRole).toInt(), int(Level::Manage));
    QCOMPARE(owner.data(Qt::EditRole).toString(), QStringLiteral("manage"));
    QCOMPARE(owner.siblingAtColumn(ShareModel::KindColumn).data(Models::KindRole).toInt(),
        int(ShareModel::PrincipalKind::User));
    QVERIFY(model.flags(owner).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(owner.siblingAtColumn(ShareModel::NameColumn)).testFlag(Qt::ItemIsEditable));
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::User, 249).data(Models::PermissionLevelRole).toInt(),
        int(Level::Write));
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::User, 56).data(Models::PermissionLevelRole).toInt(),
        int(Level::Read));

    // Another group the model is pointed at: reset, and its own shares.
    model.setGroup(2);
    QVERIFY(loaded(model));
    const auto other = await(client->groups().listShares(2));
    QCOMPARE(model.totalGroupShares(), other->totalGroupShares);
    QVERIFY(model.rowOf(ShareModel::PrincipalKind::Group, 1) >= 0); // group 1 manages group 2
}

void tst_ShareModel::aLevelEditRoundTripsAndUndoes()
{
    ShareModel model(workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 1);

    QSignalSpy started(&model, &ShareModel::changeStarted);
    QVERIFY(model.setData(levelCell(model, ShareModel::PrincipalKind::User, 56), QStringLiteral("write")));
    QCOMPARE(started.size(), 1);
    // At once, marked pending.
    QModelIndex cell = levelCell(model, ShareModel::PrincipalKind::User, 56);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Write));
    QVERIFY(cell.data(Models::PendingRole).toBool());
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 2);
    cell = levelCell(model, ShareModel::PrincipalKind::User, 56);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Write));
    QVERIFY(!cell.data(Models::PendingRole).toBool());

    // As an int, with the level role: manage.
    QVERIFY(model.setData(cell, int(Level::Manage), Models::PermissionLevelRole));
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 3);

    QCOMPARE(workspace->undoStack()->count(), 2);
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 2);
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 1);
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::User, 56).data(Models::PermissionLevelRole).toInt(),
        int(Level::Read));
    workspace->undoStack()->redo();
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 2);
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(userLevel(56), 1);

    // The same level again: nothing to do, nothing pushed.
    QVERIFY(loaded(model));
    const int steps = workspace->undoStack()->count();
    QVERIFY(model.setData(levelCell(model, ShareModel::PrincipalKind::User, 56), QStringLiteral("read")));
    QCOMPARE(workspace->undoStack()->count(), steps);
}

void tst_ShareModel::revokeAndAddAndTheirUndo()
{
    ShareModel model(workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int users = model.totalUserShares();
    const int groups = model.totalGroupShares();

    model.revoke({model.rowOf(ShareModel::PrincipalKind::User, 249)});
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(249), 0);
    QCOMPARE(model.rowOf(ShareModel::PrincipalKind::User, 249), -1);
    QCOMPARE(model.totalUserShares(), users - 1);

    QSignalSpy totals(&model, &ShareModel::totalsChanged);
    model.addUsers({{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), {}}}, Level::Read);
    model.addGroups({{23, QStringLiteral("Boston Office")}}, Level::Write);
    // New principals show at once, pending.
    const QModelIndex added = levelCell(model, ShareModel::PrincipalKind::Group, 23);
    QVERIFY(added.isValid());
    QVERIFY(added.data(Models::PendingRole).toBool());
    QCOMPARE(added.data(Models::PermissionLevelRole).toInt(), int(Level::Write));
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(98), 1);
    QCOMPARE(groupLevel(23), 2);
    QCOMPARE(model.totalUserShares(), users);
    QCOMPARE(model.totalGroupShares(), groups + 1);
    QVERIFY(totals.size() >= 1);
    QCOMPARE(model.property("totalGroupShares").toInt(), groups + 1);
    QVERIFY(model.rowOf(ShareModel::PrincipalKind::Group, 23) >= 0);
    QVERIFY(!levelCell(model, ShareModel::PrincipalKind::Group, 23).data(Models::PendingRole).toBool());
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::Group, 23)
                 .siblingAtColumn(ShareModel::KindColumn)
                 .data(Models::KindRole)
                 .toInt(),
        int(ShareModel::PrincipalKind::Group));

    // Undo all three: the revoked share comes back at its level; the added ones go.
    for (int i = 0; i < 3; ++i)
        workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(249), 2);
    QCOMPARE(userLevel(98), 0);
    QCOMPARE(groupLevel(23), 0);
    QCOMPARE(model.totalUserShares(), users);
    QCOMPARE(model.totalGroupShares(), groups);
}

void tst_ShareModel::aRefusedEditPutsTheOldLevelBack()
{
    // Maria may read group 1, not manage it: she sees its shares and cannot change them.
    std::unique_ptr<Api::ApiClient> maria = clientAs(QStringLiteral("maria.lopez"));
    QVERIFY(maria);
    Models::Workspace marias(maria.get());
    ShareModel model(&marias, kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY2(model.loadStatus()->lastError().isNull(), qPrintable(model.loadStatus()->lastError().toString()));
    QSignalSpy failed(&model, &ShareModel::changeFailed);
    QVERIFY(model.setData(levelCell(model, ShareModel::PrincipalKind::User, 56), QStringLiteral("manage")));
    QVERIFY(failed.wait(30'000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("permission"), Qt::CaseInsensitive)
            || message.contains(QStringLiteral("manage"), Qt::CaseInsensitive),
        qPrintable(message));
    QVERIFY(waitUntil([&] { return !marias.isBusy(); }));
    QVERIFY(loaded(model));
    const QModelIndex cell = levelCell(model, ShareModel::PrincipalKind::User, 56);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Read));
    QVERIFY(!cell.data(Models::PendingRole).toBool());
    QVERIFY(!cell.data(Models::ErrorRole).toString().isEmpty());
    QCOMPARE(userLevel(56), 1);
}

void tst_ShareModel::refusesLevelsThatDoNotExist()
{
    ShareModel model(workspace.get(), kGroup);
    QVERIFY(loaded(model));
    const QModelIndex cell = levelCell(model, ShareModel::PrincipalKind::User, 56);
    QVERIFY(!model.setData(cell, QStringLiteral("owner")));
    QVERIFY(!model.setData(cell, 7, Models::PermissionLevelRole));
    QVERIFY(!model.setData(cell.siblingAtColumn(ShareModel::NameColumn), QStringLiteral("write")));
    QCOMPARE(workspace->undoStack()->count(), 0);
    QVERIFY(!workspace->isBusy());
}

void tst_ShareModel::anEditStaysShownWhileItRuns()
{
    ShareModel model(workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 300;
    setFaults(slow);
    QVERIFY(model.setData(levelCell(model, ShareModel::PrincipalKind::User, 274), QStringLiteral("manage")));
    // A reload answered before the change lands does not take the edit away.
    model.reload();
    QVERIFY(loaded(model));
    QVERIFY(workspace->isBusy());
    QModelIndex cell = levelCell(model, ShareModel::PrincipalKind::User, 274);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Manage));
    QVERIFY(cell.data(Models::PendingRole).toBool());
    QVERIFY(cell.data().toString().contains(QStringLiteral("saving")));
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    cell = levelCell(model, ShareModel::PrincipalKind::User, 274);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Manage));
    QVERIFY(!cell.data(Models::PendingRole).toBool());
    QCOMPARE(userLevel(274), 3);
    setFaults({});
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(274), 1);
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::User, 274).data(Models::PermissionLevelRole).toInt(),
        int(Level::Read));
}

void tst_ShareModel::aFailedChangeGoesBackWithoutTheServer()
{
    ShareModel model(workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int rows = model.rowCount();
    // Every request fails, the reload after the change too: the rows settle all the same.
    client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings failing;
    failing.failureRate = 1.0;
    setFaults(failing);
    QSignalSpy failed(&model, &ShareModel::changeFailed);
    QVERIFY(model.setData(levelCell(model, ShareModel::PrincipalKind::User, 249), QStringLiteral("read")));
    model.addUsers({{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), {}}}, Level::Write);
    QCOMPARE(model.rowCount(), rows + 1);
    QVERIFY(waitUntil([&] { return failed.size() == 2; }));
    QVERIFY(waitUntil([&] { return !workspace->isBusy(); }));
    QVERIFY(loaded(model));
    QVERIFY(!model.loadStatus()->lastError().isNull()); // the reload failed
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("temporarily unavailable")));
    const QModelIndex cell = levelCell(model, ShareModel::PrincipalKind::User, 249);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Write));
    QVERIFY(!cell.data(Models::PendingRole).toBool());
    QVERIFY(cell.data(Models::ErrorRole).toString().contains(QStringLiteral("temporarily unavailable")));
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.rowOf(ShareModel::PrincipalKind::User, 98), -1); // the share that did not hold
    QCOMPARE(model.rowCount(), rows);

    setFaults({});
    model.reload();
    QVERIFY(loaded(model));
    QVERIFY(model.loadStatus()->lastError().isNull());
    QCOMPARE(userLevel(249), 2);
    QCOMPARE(userLevel(98), 0);
}

void tst_ShareModel::aFailedLoadIsRetriedThroughItsStatus()
{
    client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings failing;
    failing.failureRate = 1.0;
    setFaults(failing);
    ShareModel model(workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(loaded(model));
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 503);
    QVERIFY(!model.loadStatus()->errorMessage().isEmpty());
    QCOMPARE(model.rowCount(), 0);

    setFaults({});
    QSignalSpy errors(model.loadStatus(), &Models::LoadStatus::errorChanged);
    model.loadStatus()->retry();
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(loaded(model));
    QVERIFY(!model.loadStatus()->hasError());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(model.rowCount(), 4);
}

void tst_ShareModel::aRenamedGroupShowsItsNewName()
{
    ShareModel model(workspace.get(), 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int row = model.rowOf(ShareModel::PrincipalKind::Group, 1);
    QVERIFY(row >= 0);
    const QString name = model.index(row, ShareModel::NameColumn).data().toString();
    Api::GroupPatch patch;
    patch.name = QStringLiteral("Renamed group one");
    QVERIFY(await(workspace->groupStore()->patch(1, patch)).ok());
    QCOMPARE(model.index(row, ShareModel::NameColumn).data().toString(), QStringLiteral("Renamed group one"));
    patch.name = name;
    QVERIFY(await(workspace->groupStore()->patch(1, patch)).ok());
    QCOMPARE(model.index(row, ShareModel::NameColumn).data().toString(), name);
}

void tst_ShareModel::theWorkspaceSharesManyGroupsAtOnce()
{
    // What an add-share dialog over several selected groups does: one command for all.
    const QList<qint64> groups{23, 24};
    const Models::SharePrincipal ada{Models::SharePrincipal::Kind::User, 98, QStringLiteral("Ada Lopez")};
    const Models::SharePrincipal bookClub{Models::SharePrincipal::Kind::Group, 36, QStringLiteral("Book Club")};
    const auto level = [&](qint64 group, const QString &table, const QString &column, qint64 id) {
        return this->column(QStringLiteral("SELECT level FROM %1 WHERE group_id = %2 AND %3 = %4")
                                .arg(table)
                                .arg(group)
                                .arg(column)
                                .arg(id))
            .value(0)
            .toInt();
    };
    for (qint64 group : groups) {
        QCOMPARE(level(group, QStringLiteral("user_shares"), QStringLiteral("user_id"), 98), 0);
        QCOMPARE(level(group, QStringLiteral("group_shares"), QStringLiteral("grantee_group_id"), 36), 0);
    }
    Models::ChangeOperation *operation = workspace->share(groups, {ada, bookClub}, Level::Write);
    QVERIFY(operation);
    QCOMPARE(workspace->undoStack()->count(), 1);
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(operation->size(), 4);
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 4);
    // Group by group, the principals in order.
    QCOMPARE(operation->change(1).forward.groupId, 23);
    QCOMPARE(operation->change(1).forward.targetId, 36);
    QCOMPARE(operation->change(2).forward.groupId, 24);
    QCOMPARE(operation->change(2).forward.targetId, 98);
    for (qint64 group : groups) {
        QCOMPARE(level(group, QStringLiteral("user_shares"), QStringLiteral("user_id"), 98), 2);
        QCOMPARE(level(group, QStringLiteral("group_shares"), QStringLiteral("grantee_group_id"), 36), 2);
    }
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    for (qint64 group : groups) {
        QCOMPARE(level(group, QStringLiteral("user_shares"), QStringLiteral("user_id"), 98), 0);
        QCOMPARE(level(group, QStringLiteral("group_shares"), QStringLiteral("grantee_group_id"), 36), 0);
    }
    QVERIFY(workspace->share({}, {ada}, Level::Read) == nullptr);
    QVERIFY(workspace->share(groups, {}, Level::Read) == nullptr);
    QCOMPARE(workspace->undoStack()->count(), 1);
}

void tst_ShareModel::theWorkspaceRevokesAndItsUndoGivesBack()
{
    // Users 17 (manage) and 249 (write) share group 1; what they held comes back on undo.
    const QList<Models::SharePrincipal> principals{
        {Models::SharePrincipal::Kind::User, 17, QStringLiteral("user 17")},
        {Models::SharePrincipal::Kind::User, 249, QStringLiteral("user 249")}};
    const auto held = [](qint64 group, const Models::SharePrincipal &principal) -> std::optional<Level> {
        if (group != kGroup)
            return std::nullopt;
        return principal.id == 17 ? Level::Manage : Level::Write;
    };
    Models::ChangeOperation *operation = workspace->revokeShares({kGroup}, principals, held);
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 2);
    QCOMPARE(userLevel(17), 0);
    QCOMPARE(userLevel(249), 0);
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(userLevel(17), 3);
    QCOMPARE(userLevel(249), 2);
}

void tst_ShareModel::everyPlanNamesItsGroups()
{
    // A report reads "Add Ada Lopez to Boston Office": each change carries its group's name.
    QVERIFY(await(workspace->groupStore()->refresh(23)).ok());
    const QString boston = workspace->groupStore()->name(23);
    QCOMPARE(boston, QStringLiteral("Boston Office"));
    const Models::UserRef ada{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), {}};
    const bool member = memberIds(23).contains(98);
    Models::ChangeOperation *add
        = member ? workspace->removeMembers(23, {ada}) : workspace->addMembers(23, {ada});
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(add->size(), 1);
    QCOMPARE(add->change(0).forward.groupName, boston);
    QCOMPARE(add->change(0).backward.groupName, boston);
    QCOMPARE(add->change(0).forward.label, QStringLiteral("Ada Lopez"));

    Models::ChangeOperation *share
        = workspace->share({23}, {{Models::SharePrincipal::Kind::User, 98, ada.name}}, Level::Read);
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(share->change(0).forward.groupName, boston);

    // The undo's plan too, by the name the group has when the undo runs.
    Api::GroupPatch patch;
    patch.name = QStringLiteral("Boston HQ");
    QVERIFY(await(workspace->groupStore()->patch(23, patch)).ok());
    QSignalSpy queued(workspace.get(), &Models::Workspace::operationQueued);
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(queued.size(), 1);
    const auto *undo = queued.first().first().value<Models::ChangeOperation *>();
    QCOMPARE(undo->size(), 1);
    QCOMPARE(undo->change(0).forward.groupName, QStringLiteral("Boston HQ"));
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    patch.name = boston;
    QVERIFY(await(workspace->groupStore()->patch(23, patch)).ok());
}

void tst_ShareModel::aShareAlreadySoSaysSo()
{
    // User 56 reads group 1 already; user 98 holds nothing on it.
    Models::ChangeReportModel report;
    Models::ChangeOperation *share
        = workspace->share({kGroup}, {{Models::SharePrincipal::Kind::User, 56, QStringLiteral("user 56")}}, Level::Read);
    report.setOperation(share);
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(share->count(Api::BulkOutcome::AlreadySo), 1);
    QCOMPARE(report.index(0, Models::ChangeReportModel::OutcomeColumn).data().toString(),
        QStringLiteral("Already has access"));
    QCOMPARE(share->summary(), QStringLiteral("1 already has access"));
    Models::ChangeOperation *revoke = workspace->revokeShares(
        {kGroup}, {{Models::SharePrincipal::Kind::User, 98, QStringLiteral("Ada Lopez")}}, {});
    report.setOperation(revoke);
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(report.index(0, Models::ChangeReportModel::OutcomeColumn).data().toString(),
        QStringLiteral("Had no access"));
    QCOMPARE(userLevel(56), 1);
}

QTEST_MAIN(tst_ShareModel)
#include "tst_sharemodel.moc"
