// The share model of one group: readers, writers and owners as one table, level edits in place
// that round-trip to the server, revoke and add, undo and redo, and a refused edit that puts
// the old level back and gives the server's words; under QAbstractItemModelTester.

#include "modeltestfixture.h"

#include "models/changereportmodel.h"
#include "models/csv.h"
#include "models/groupdrag.h"
#include "models/groupstore.h"
#include "models/roles.h"
#include "models/sharecsv.h"
#include "models/sharemodel.h"
#include "models/userdrag.h"

#include <QtCore/QJsonObject>
#include <QtCore/QMimeData>
#include <QtGui/QFont>
#include <QtGui/QPixmap>

#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>

using Level = Api::PermissionLevel; // the sandbox has a PermissionLevel of its own
using Models::ShareModel;

class TestShareModel : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kGroup = 1; // shared with users 17 (manage), 249 (write), 56 and 274 (read)
    static constexpr qint64 kWriterUser = 249;

    /// The level user \a userId holds on kGroup in the database (1 read, 2 write, 3 manage; 0 none).
    int userLevel(qint64 userId)
    {
        return m_fixture
            .column(QStringLiteral("SELECT level FROM user_shares WHERE group_id = %1 AND user_id = %2")
                        .arg(kGroup)
                        .arg(userId))
            .value(0)
            .toInt();
    }
    int groupLevel(qint64 groupId)
    {
        return m_fixture
            .column(QStringLiteral("SELECT level FROM group_shares WHERE group_id = %1 AND grantee_group_id = %2")
                        .arg(kGroup)
                        .arg(groupId))
            .value(0)
            .toInt();
    }

    static bool loaded(ShareModel &model) { return awaitLoaded(*model.loadStatus()); }

    static QModelIndex levelCell(const ShareModel &model, ShareModel::PrincipalKind kind, qint64 id)
    {
        return model.index(model.rowOf(kind, id), ShareModel::LevelColumn);
    }

    ModelFixture m_fixture;

private Q_SLOTS:
    // Every test starts from the demo seed, in a sandbox and a workspace of its own.
    void init() { QVERIFY(m_fixture.restartModels()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void showsEveryPrincipalOnce();
    void theExportSaysWhoIsWho();
    void anotherGroupStartsOver();
    void aLevelEditRoundTripsAndUndoes();
    void aLevelAsANumberWithTheLevelRole();
    void theSameLevelAgainPushesNothing();
    void aRevokeAndItsUndo();
    void anAdditionShowsPendingAndItsUndo();
    void peopleAndGroupsTogetherAreOneUndoStep();
    void aRefusedEditPutsTheOldLevelBack();
    void refusesLevelsThatDoNotExist();
    void anEditStaysShownWhileItRuns();
    void aFailedChangeGoesBackWithoutTheServer();
    void aFailedLoadIsRetriedThroughItsStatus();
    void aRenamedGroupShowsItsNewName();
    void theWorkspaceSharesManyGroupsAtOnce();
    void anUndoAcrossGroupsGivesBackWhatEachHeld();
    void aNoticeIsMailedOnlyByTheFirstRun();
    void theWorkspaceRevokesAndItsUndoGivesBack();
    void everyPlanNamesItsGroups();
    void aShareAlreadySoSaysSo();
    void aGroupRowHasItsMemberCount();
    void theProxySortsByLevelThenNameAndFilters();
    void theProxyMarksPendingRowsAndKinds();
    void aDropSaysWhomItShares();
};

void TestShareModel::showsEveryPrincipalOnce()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(model.loadStatus()->lastError().isNull());
    const auto shares = await(m_fixture.client->groups().listShares(kGroup));
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
}

void TestShareModel::anotherGroupStartsOver()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    // Another group the model is pointed at: reset, and its own shares.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setGroup(2);
    QCOMPARE(reset.size(), 1);
    QVERIFY(loaded(model));
    const auto other = await(m_fixture.client->groups().listShares(2));
    QCOMPARE(model.totalGroupShares(), other->totalGroupShares);
    QVERIFY(model.rowOf(ShareModel::PrincipalKind::Group, 1) >= 0); // group 1 manages group 2
}

void TestShareModel::aLevelEditRoundTripsAndUndoes()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
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
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 2);
    cell = levelCell(model, ShareModel::PrincipalKind::User, 56);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Write));
    QVERIFY(!cell.data(Models::PendingRole).toBool());

    QCOMPARE(m_fixture.workspace->undoStack()->count(), 1);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 1);
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::User, 56).data(Models::PermissionLevelRole).toInt(),
        int(Level::Read));
    m_fixture.workspace->undoStack()->redo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 2);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(56), 1);
}

void TestShareModel::aLevelAsANumberWithTheLevelRole()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 1);
    // As an int, with the level role: manage.
    QVERIFY(model.setData(
        levelCell(model, ShareModel::PrincipalKind::User, 56), int(Level::Manage), Models::PermissionLevelRole));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(56), 3);
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::User, 56).data(Models::PermissionLevelRole).toInt(),
        int(Level::Manage));
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(56), 1);
}

void TestShareModel::theSameLevelAgainPushesNothing()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QVERIFY(loaded(model));
    // The same level again: nothing to do, nothing pushed.
    QVERIFY(model.setData(levelCell(model, ShareModel::PrincipalKind::User, 56), QStringLiteral("read")));
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 0);
    QVERIFY(!m_fixture.workspace->isBusy());
}

void TestShareModel::aRevokeAndItsUndo()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int users = model.totalUserShares();

    model.revoke({model.rowOf(ShareModel::PrincipalKind::User, 249)});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(249), 0);
    QCOMPARE(model.rowOf(ShareModel::PrincipalKind::User, 249), -1);
    QCOMPARE(model.totalUserShares(), users - 1);

    // The revoked share comes back at its level.
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(249), 2);
    QCOMPARE(model.totalUserShares(), users);
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::User, 249).data(Models::PermissionLevelRole).toInt(),
        int(Level::Write));
}

void TestShareModel::anAdditionShowsPendingAndItsUndo()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int users = model.totalUserShares();
    const int groups = model.totalGroupShares();

    QSignalSpy totals(&model, &ShareModel::totalsChanged);
    model.addUsers({{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), {}}}, Level::Read);
    model.addGroups({{23, QStringLiteral("Boston Office")}}, Level::Write);
    // New principals show at once, pending.
    const QModelIndex added = levelCell(model, ShareModel::PrincipalKind::Group, 23);
    QVERIFY(added.isValid());
    QVERIFY(added.data(Models::PendingRole).toBool());
    QCOMPARE(added.data(Models::PermissionLevelRole).toInt(), int(Level::Write));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(98), 1);
    QCOMPARE(groupLevel(23), 2);
    QCOMPARE(model.totalUserShares(), users + 1);
    QCOMPARE(model.totalGroupShares(), groups + 1);
    QVERIFY(!totals.isEmpty());
    QCOMPARE(model.property("totalGroupShares").toInt(), groups + 1);
    QVERIFY(model.rowOf(ShareModel::PrincipalKind::Group, 23) >= 0);
    QVERIFY(!levelCell(model, ShareModel::PrincipalKind::Group, 23).data(Models::PendingRole).toBool());
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::Group, 23)
                 .siblingAtColumn(ShareModel::KindColumn)
                 .data(Models::KindRole)
                 .toInt(),
        int(ShareModel::PrincipalKind::Group));

    // Undo both: the added ones go.
    for (int i = 0; i < 2; ++i)
        m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(98), 0);
    QCOMPARE(groupLevel(23), 0);
    QCOMPARE(model.totalUserShares(), users);
    QCOMPARE(model.totalGroupShares(), groups);
}

void TestShareModel::peopleAndGroupsTogetherAreOneUndoStep()
{
    // What a drop of people and groups together does: one operation, one undo step, whose undo
    // gives each back what it held (249 wrote before; the others held nothing).
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(249), 2);
    QCOMPARE(userLevel(98), 0);
    QCOMPARE(groupLevel(23), 0);
    QCOMPARE(groupLevel(36), 0);
    using Kind = Models::SharePrincipal::Kind;
    Models::ChangeOperation *operation = model.share(
        {{Kind::User, 98, QStringLiteral("Ada Lopez")}, {Kind::Group, 23, QStringLiteral("Boston Office")},
            {Kind::User, kWriterUser, QStringLiteral("The writer")}, {Kind::Group, 36, QStringLiteral("Book Club")}},
        Level::Read);
    QVERIFY(operation);
    QUndoStack *undo = m_fixture.workspace->undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(),
        QStringLiteral("Give 2 users and 2 groups read access to %1")
            .arg(m_fixture.workspace->groupStore()->name(kGroup)));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 4);
    const auto sharedAsRead = [&] {
        return userLevel(98) == 1 && userLevel(kWriterUser) == 1 && groupLevel(23) == 1 && groupLevel(36) == 1;
    };
    QVERIFY(sharedAsRead());
    QVERIFY(loaded(model));
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::Group, 36).data(Models::PermissionLevelRole).toInt(),
        int(Level::Read));

    undo->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(98), 0);
    QCOMPARE(userLevel(kWriterUser), 2);
    QCOMPARE(groupLevel(23), 0);
    QCOMPARE(groupLevel(36), 0);
    QCOMPARE(undo->index(), 0);

    undo->redo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(sharedAsRead());
    QCOMPARE(undo->count(), 1);
}

void TestShareModel::aRefusedEditPutsTheOldLevelBack()
{
    // Maria may read group 1, not manage it: she sees its shares and cannot change them.
    std::unique_ptr<Api::ApiClient> maria = m_fixture.clientAs(QStringLiteral("maria.lopez"));
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
    QVERIFY(awaitChanges(marias));
    QVERIFY(loaded(model));
    const QModelIndex cell = levelCell(model, ShareModel::PrincipalKind::User, 56);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Read));
    QVERIFY(!cell.data(Models::PendingRole).toBool());
    QVERIFY(!cell.data(Models::ErrorRole).toString().isEmpty());
    QCOMPARE(userLevel(56), 1);
}

void TestShareModel::refusesLevelsThatDoNotExist()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QVERIFY(loaded(model));
    const QModelIndex cell = levelCell(model, ShareModel::PrincipalKind::User, 56);
    QVERIFY(!model.setData(cell, QStringLiteral("owner")));
    QVERIFY(!model.setData(cell, 7, Models::PermissionLevelRole));
    QVERIFY(!model.setData(cell.siblingAtColumn(ShareModel::NameColumn), QStringLiteral("write")));
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 0);
    QVERIFY(!m_fixture.workspace->isBusy());
}

void TestShareModel::anEditStaysShownWhileItRuns()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 300;
    m_fixture.setFaults(slow);
    QVERIFY(model.setData(levelCell(model, ShareModel::PrincipalKind::User, 274), QStringLiteral("manage")));
    // A reload answered before the change lands does not take the edit away.
    model.reload();
    QVERIFY(loaded(model));
    QVERIFY(m_fixture.workspace->isBusy());
    QModelIndex cell = levelCell(model, ShareModel::PrincipalKind::User, 274);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Manage));
    QVERIFY(cell.data(Models::PendingRole).toBool());
    QVERIFY(cell.data().toString().contains(QStringLiteral("saving")));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    cell = levelCell(model, ShareModel::PrincipalKind::User, 274);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Level::Manage));
    QVERIFY(!cell.data(Models::PendingRole).toBool());
    QCOMPARE(userLevel(274), 3);
    m_fixture.setFaults({});
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    QCOMPARE(userLevel(274), 1);
    QCOMPARE(levelCell(model, ShareModel::PrincipalKind::User, 274).data(Models::PermissionLevelRole).toInt(),
        int(Level::Read));
}

void TestShareModel::aFailedChangeGoesBackWithoutTheServer()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int rows = model.rowCount();
    // Every request fails, the reload after the change too: the rows settle all the same.
    m_fixture.failRequests();
    QSignalSpy failed(&model, &ShareModel::changeFailed);
    QVERIFY(model.setData(levelCell(model, ShareModel::PrincipalKind::User, 249), QStringLiteral("read")));
    model.addUsers({{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), {}}}, Level::Write);
    QCOMPARE(model.rowCount(), rows + 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, kModelWaitMs);
    QVERIFY(awaitChanges(*m_fixture.workspace));
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

    m_fixture.setFaults({});
    model.reload();
    QVERIFY(loaded(model));
    QVERIFY(model.loadStatus()->lastError().isNull());
    QCOMPARE(userLevel(249), 2);
    QCOMPARE(userLevel(98), 0);
}

void TestShareModel::aFailedLoadIsRetriedThroughItsStatus()
{
    m_fixture.failRequests();
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(loaded(model));
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 503);
    QVERIFY(!model.loadStatus()->errorMessage().isEmpty());
    QCOMPARE(model.rowCount(), 0);

    m_fixture.setFaults({});
    QSignalSpy errors(model.loadStatus(), &Models::LoadStatus::errorChanged);
    model.loadStatus()->retry();
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(loaded(model));
    QVERIFY(!model.loadStatus()->hasError());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(model.rowCount(), 4);
}

void TestShareModel::aRenamedGroupShowsItsNewName()
{
    ShareModel model(m_fixture.workspace.get(), 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int row = model.rowOf(ShareModel::PrincipalKind::Group, 1);
    QVERIFY(row >= 0);
    const QString name = model.index(row, ShareModel::NameColumn).data().toString();
    Api::GroupPatch patch;
    patch.name = QStringLiteral("Renamed group one");
    QVERIFY(await(m_fixture.workspace->groupStore()->patch(1, patch)).ok());
    QCOMPARE(model.index(row, ShareModel::NameColumn).data().toString(), QStringLiteral("Renamed group one"));
    patch.name = name;
    QVERIFY(await(m_fixture.workspace->groupStore()->patch(1, patch)).ok());
    QCOMPARE(model.index(row, ShareModel::NameColumn).data().toString(), name);
}

void TestShareModel::theWorkspaceSharesManyGroupsAtOnce()
{
    // What an add-share dialog over several selected groups does: one command for all.
    const QList<qint64> groups{23, 24};
    const Models::SharePrincipal ada{Models::SharePrincipal::Kind::User, 98, QStringLiteral("Ada Lopez")};
    const Models::SharePrincipal bookClub{Models::SharePrincipal::Kind::Group, 36, QStringLiteral("Book Club")};
    const auto level = [&](qint64 group, const QString &table, const QString &column, qint64 id) {
        return m_fixture
            .column(QStringLiteral("SELECT level FROM %1 WHERE group_id = %2 AND %3 = %4")
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
    Models::ChangeOperation *operation = m_fixture.workspace->share(groups, {ada, bookClub}, Level::Write);
    QVERIFY(operation);
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 1);
    QVERIFY(awaitChanges(*m_fixture.workspace));
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
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    for (qint64 group : groups) {
        QCOMPARE(level(group, QStringLiteral("user_shares"), QStringLiteral("user_id"), 98), 0);
        QCOMPARE(level(group, QStringLiteral("group_shares"), QStringLiteral("grantee_group_id"), 36), 0);
    }
    QVERIFY(m_fixture.workspace->share({}, {ada}, Level::Read) == nullptr);
    QVERIFY(m_fixture.workspace->share(groups, {}, Level::Read) == nullptr);
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 1);
}

/// Every share of \a groups as the database holds it: "group:u|g:id=level", sorted.
static QStringList sharesOf(ModelFixture &fixture, const QList<qint64> &groups)
{
    QStringList ids;
    for (qint64 group : groups)
        ids.append(QString::number(group));
    const QString in = ids.join(QLatin1Char(','));
    QStringList shares;
    for (const QVariant &row : fixture.column(
             QStringLiteral("SELECT group_id || ':u' || user_id || '=' || level FROM user_shares WHERE group_id IN "
                            "(%1) UNION ALL SELECT group_id || ':g' || grantee_group_id || '=' || level FROM "
                            "group_shares WHERE group_id IN (%1)")
                 .arg(in)))
        shares.append(row.toString());
    shares.sort();
    return shares;
}

void TestShareModel::anUndoAcrossGroupsGivesBackWhatEachHeld()
{
    // Share with... on several groups, told nothing of what was held: user 17 manages group 1
    // and user 249 writes it; the undo gives exactly that back (the bulk queue's own read).
    const QList<qint64> groups{kGroup, 23, 24};
    const QList<Models::SharePrincipal> principals{{Models::SharePrincipal::Kind::User, 17, QStringLiteral("u17")},
        {Models::SharePrincipal::Kind::User, 249, QStringLiteral("u249")},
        {Models::SharePrincipal::Kind::User, 98, QStringLiteral("Ada Lopez")},
        {Models::SharePrincipal::Kind::Group, 36, QStringLiteral("Book Club")}};
    QCOMPARE(userLevel(17), 3);
    QCOMPARE(userLevel(249), 2);
    const QStringList before = sharesOf(m_fixture, groups);
    Models::ChangeOperation *operation = m_fixture.workspace->share(groups, principals, Level::Read);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(operation->count(Api::BulkOutcome::Failed), 0);
    QCOMPARE(userLevel(17), 1);
    QCOMPARE(userLevel(249), 1);
    QVERIFY(sharesOf(m_fixture, groups) != before);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(sharesOf(m_fixture, groups), before);
    QCOMPARE(userLevel(17), 3);
    // A redo makes it again, and its undo gives it back again.
    m_fixture.workspace->undoStack()->redo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(17), 1);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(sharesOf(m_fixture, groups), before);
}

void TestShareModel::aNoticeIsMailedOnlyByTheFirstRun()
{
    // Add share with "send an e-mail": the server is asked to mail each user and group shared
    // with, with the body; neither the undo nor the redo mails again.
    const auto outbox = [&] {
        QStringList rows;
        for (const QVariant &row : m_fixture.column(
                 QStringLiteral("SELECT grantee_kind || ' ' || grantee_ids || ': ' || body FROM share_email_outbox "
                                "WHERE group_id = %1 ORDER BY id")
                     .arg(kGroup)))
            rows.append(row.toString());
        return rows;
    };
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QVERIFY(loaded(model));
    QVERIFY(outbox().isEmpty());
    const Api::ShareNotice notice{true, QStringLiteral("You can now see the budget, “Q3” included.")};
    QVERIFY(model.addUsers({{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), {}}}, Level::Write, notice));
    QVERIFY(model.addGroups({{36, QStringLiteral("Book Club")}}, Level::Read, notice));
    // And one without.
    QVERIFY(model.addUsers({{99, QStringLiteral("user 99"), {}, {}}}, Level::Read));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    const QStringList sent{QStringLiteral("user 98: ") + notice.shareEmailBody,
        QStringLiteral("group 36: ") + notice.shareEmailBody};
    QCOMPARE(outbox(), sent);
    QCOMPARE(userLevel(98), 2);
    QCOMPARE(groupLevel(36), 1);
    for (int i = 0; i < 3; ++i)
        m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(98), 0);
    for (int i = 0; i < 3; ++i)
        m_fixture.workspace->undoStack()->redo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(98), 2);
    QCOMPARE(outbox(), sent);
}

void TestShareModel::theWorkspaceRevokesAndItsUndoGivesBack()
{
    // Users 17 (manage) and 249 (write) share group 1; what they held comes back on undo.
    const QList<Models::SharePrincipal> principals{{Models::SharePrincipal::Kind::User, 17, QStringLiteral("user 17")},
        {Models::SharePrincipal::Kind::User, 249, QStringLiteral("user 249")}};
    const auto held = [](qint64 group, const Models::SharePrincipal &principal) -> std::optional<Level> {
        if (group != kGroup)
            return std::nullopt;
        return principal.id == 17 ? Level::Manage : Level::Write;
    };
    Models::ChangeOperation *operation = m_fixture.workspace->revokeShares({kGroup}, principals, held);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 2);
    QCOMPARE(userLevel(17), 0);
    QCOMPARE(userLevel(249), 0);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(17), 3);
    QCOMPARE(userLevel(249), 2);
}

void TestShareModel::everyPlanNamesItsGroups()
{
    // A report reads "Add Ada Lopez to Boston Office": each change carries its group's name.
    QVERIFY(await(m_fixture.workspace->groupStore()->refresh(23)).ok());
    const QString boston = m_fixture.workspace->groupStore()->name(23);
    QCOMPARE(boston, QStringLiteral("Boston Office"));
    const Models::UserRef ada{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), {}};
    const bool member = m_fixture.memberIds(23).contains(98);
    Models::ChangeOperation *add
        = member ? m_fixture.workspace->removeMembers(23, {ada}) : m_fixture.workspace->addMembers(23, {ada});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(add->size(), 1);
    QCOMPARE(add->change(0).forward.groupName, boston);
    QCOMPARE(add->change(0).backward.groupName, boston);
    QCOMPARE(add->change(0).forward.label, QStringLiteral("Ada Lopez"));

    Models::ChangeOperation *share
        = m_fixture.workspace->share({23}, {{Models::SharePrincipal::Kind::User, 98, ada.name}}, Level::Read);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(share->change(0).forward.groupName, boston);

    // The undo's plan too, by the name the group has when the undo runs.
    Api::GroupPatch patch;
    patch.name = QStringLiteral("Boston HQ");
    QVERIFY(await(m_fixture.workspace->groupStore()->patch(23, patch)).ok());
    QSignalSpy queued(m_fixture.workspace.get(), &Models::Workspace::operationQueued);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(queued.size(), 1);
    const auto *undo = queued.first().first().value<Models::ChangeOperation *>();
    QCOMPARE(undo->size(), 1);
    QCOMPARE(undo->change(0).forward.groupName, QStringLiteral("Boston HQ"));
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    patch.name = boston;
    QVERIFY(await(m_fixture.workspace->groupStore()->patch(23, patch)).ok());
}

void TestShareModel::aShareAlreadySoSaysSo()
{
    // User 56 reads group 1 already; user 98 holds nothing on it.
    Models::ChangeReportModel report;
    Models::ChangeOperation *share = m_fixture.workspace->share(
        {kGroup}, {{Models::SharePrincipal::Kind::User, 56, QStringLiteral("user 56")}}, Level::Read);
    report.setOperation(share);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(share->count(Api::BulkOutcome::AlreadySo), 1);
    QCOMPARE(report.index(0, Models::ChangeReportModel::OutcomeColumn).data().toString(),
        QStringLiteral("Already has access"));
    QCOMPARE(share->summary(), QStringLiteral("1 already has access"));
    Models::ChangeOperation *revoke = m_fixture.workspace->revokeShares(
        {kGroup}, {{Models::SharePrincipal::Kind::User, 98, QStringLiteral("Ada Lopez")}}, {});
    report.setOperation(revoke);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(
        report.index(0, Models::ChangeReportModel::OutcomeColumn).data().toString(), QStringLiteral("Had no access"));
    QCOMPARE(userLevel(56), 1);
}

void TestShareModel::aGroupRowHasItsMemberCount()
{
    // Group 2 is shared with group 1 (manage); the fresh store has seen neither group.
    QVERIFY(!m_fixture.workspace->groupStore()->contains(1));
    ShareModel model(m_fixture.workspace.get(), 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int row = model.rowOf(ShareModel::PrincipalKind::Group, 1);
    QVERIFY(row >= 0);
    const QModelIndex members = model.index(row, ShareModel::MembersColumn);
    // Fetched as the row appeared, and announced when it landed.
    QTRY_VERIFY_WITH_TIMEOUT(members.data(Models::RawValueRole).toInt() >= 0, kModelWaitMs);
    const auto group = await(m_fixture.client->groups().get(1));
    QVERIFY(group.ok());
    const int total = group->totalMemberCount;
    QVERIFY(total > 0);
    QCOMPARE(members.data(Models::RawValueRole).toInt(), total);
    QCOMPARE(members.data().toString(), QLocale().toString(total));
    QVERIFY2(members.data(Qt::ToolTipRole).toString().contains(QStringLiteral(" members")),
        qPrintable(members.data(Qt::ToolTipRole).toString()));
    QCOMPARE(model.headerData(ShareModel::MembersColumn, Qt::Horizontal).toString(), QStringLiteral("Members"));
    // A user's row has none.
    for (int each = 0; each < model.rowCount(); ++each) {
        if (model.principal(each).kind == ShareModel::PrincipalKind::User) {
            QCOMPARE(model.index(each, ShareModel::MembersColumn).data(Models::RawValueRole).toInt(), -1);
            QVERIFY(model.index(each, ShareModel::MembersColumn).data().toString().isEmpty());
        }
    }
}

void TestShareModel::theProxySortsByLevelThenNameAndFilters()
{
    ShareModel model(m_fixture.workspace.get(), 2);
    Models::ShareFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ShareModel::LevelColumn, Qt::AscendingOrder);
    QVERIFY(loaded(model));
    QVERIFY(proxy.rowCount() >= 3);
    // Manage first, then write, then read; by name within a level.
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const int above = proxy.index(row - 1, ShareModel::LevelColumn).data(Models::PermissionLevelRole).toInt();
        const int below = proxy.index(row, ShareModel::LevelColumn).data(Models::PermissionLevelRole).toInt();
        QVERIFY2(above >= below, qPrintable(QStringLiteral("row %1").arg(row)));
        if (above == below) {
            const QString a = proxy.index(row - 1, ShareModel::NameColumn).data().toString();
            const QString b = proxy.index(row, ShareModel::NameColumn).data().toString();
            QVERIFY2(QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded()) <= 0, qPrintable(a + u" > " + b));
        }
    }
    QCOMPARE(proxy.index(0, ShareModel::LevelColumn).data(Models::PermissionLevelRole).toInt(), int(Level::Manage));

    // The totals, as the rows have them.
    int users = 0;
    int groups = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        ++(model.principal(row).kind == ShareModel::PrincipalKind::User ? users : groups);
    QVERIFY(users > 1 && groups == 1);
    QCOMPARE(proxy.totalsText(), QStringLiteral("%1 people, 1 group").arg(users));

    // The filter: names holding the text, whatever its case.
    const QString name = model.principal(model.rowOf(ShareModel::PrincipalKind::Group, 1)).name;
    const QString piece = name.mid(1, 4).toUpper();
    proxy.setFilterText(piece);
    QVERIFY(proxy.rowCount() >= 1);
    int shownUsers = 0;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row, ShareModel::NameColumn).data().toString().contains(piece, Qt::CaseInsensitive));
        if (proxy.index(row, 0).data(Models::KindRole).toInt() == int(ShareModel::PrincipalKind::User))
            ++shownUsers;
    }
    QCOMPARE(proxy.totalsText(), QStringLiteral("%1 of %2 people, 1 of 1 group shown").arg(shownUsers).arg(users));
    proxy.setFilterText(QStringLiteral("no such name at all"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());

    // A group shared with nobody says so.
    ShareModel none(m_fixture.workspace.get(), 0);
    Models::ShareFilterProxyModel empty;
    empty.setSourceModel(&none);
    QCOMPARE(empty.totalsText(), QStringLiteral("Shared with nobody"));
}

void TestShareModel::theProxyMarksPendingRowsAndKinds()
{
    ShareModel model(m_fixture.workspace.get(), 2);
    Models::ShareFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QPixmap userPixmap(8, 8);
    userPixmap.fill(Qt::red);
    QPixmap groupPixmap(8, 8);
    groupPixmap.fill(Qt::blue);
    const QIcon userIcon(userPixmap);
    const QIcon groupIcon(groupPixmap);
    proxy.setPrincipalIcons(userIcon, groupIcon);
    QVERIFY(loaded(model));
    const QModelIndex group
        = proxy.mapFromSource(model.index(model.rowOf(ShareModel::PrincipalKind::Group, 1), ShareModel::NameColumn));
    QCOMPARE(group.data(Qt::DecorationRole).value<QIcon>().cacheKey(), groupIcon.cacheKey());
    const int userRow = model.principal(0).kind == ShareModel::PrincipalKind::User ? 0 : 1;
    const QModelIndex user = proxy.mapFromSource(model.index(userRow, ShareModel::NameColumn));
    QCOMPARE(user.data(Qt::DecorationRole).value<QIcon>().cacheKey(), userIcon.cacheKey());
    QVERIFY(!user.data(Qt::FontRole).value<QFont>().italic());
    // A change on its way: italic on every column of its row, until it settles.
    const qint64 userId = model.principal(userRow).id;
    const int level = model.principal(userRow).level == Level::Read ? int(Level::Write) : int(Level::Read);
    QVERIFY(proxy.setData(user.siblingAtColumn(ShareModel::LevelColumn), level, Models::PermissionLevelRole));
    const QModelIndex pending
        = proxy.mapFromSource(model.index(model.rowOf(ShareModel::PrincipalKind::User, userId), 0));
    QVERIFY(pending.data(Models::PendingRole).toBool());
    QVERIFY(pending.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(pending.siblingAtColumn(ShareModel::LevelColumn).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(loaded(model));
    const QModelIndex settled
        = proxy.mapFromSource(model.index(model.rowOf(ShareModel::PrincipalKind::User, userId), 0));
    QVERIFY(!settled.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(settled.siblingAtColumn(ShareModel::LevelColumn).data(Models::PermissionLevelRole).toInt(), level);
}

void TestShareModel::aDropSaysWhomItShares()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QVERIFY(loaded(model));
    const QString name = QStringLiteral("Platform Admins");

    // User 98 holds nothing on group 1, user 56 reads it; 98 twice counts once.
    Models::UserDrag users;
    users.users = {{98, QStringLiteral("Ada Lopez"), {}, {}}, {56, QStringLiteral("Bo Chen"), {}, {}},
        {98, QStringLiteral("Ada Lopez"), {}, {}}};
    users.sourceGroupId = 23;
    std::unique_ptr<QMimeData> data(users.toMimeData());
    Models::ShareDropDescription what = Models::ShareDropDescription::of(data.get(), model, name);
    QVERIFY(what.changesAnything);
    QCOMPARE(what.principals.size(), qsizetype(2));
    QCOMPARE(what.principals.at(0).id, 98);
    QCOMPARE(what.alreadySharing, 1);
    QCOMPARE(what.text,
        QStringLiteral(
            "Share Platform Admins with 2 people (1 of them have access already): choose the access on release"));
    QCOMPARE(what.question, QStringLiteral("Share with 2 people as:"));

    // Only people who have access: their level changes.
    users.users = {{56, QStringLiteral("Bo Chen"), {}, {}}};
    data.reset(users.toMimeData());
    what = Models::ShareDropDescription::of(data.get(), model, name);
    QVERIFY(what.changesAnything);
    QCOMPARE(what.text, QStringLiteral("Change the access of Bo Chen to Platform Admins: choose it on release"));

    // Groups: the group itself is left out, and alone it is refused, saying why.
    Models::GroupDrag groups;
    groups.groups = {{kGroup, name}};
    data.reset(groups.toMimeData());
    what = Models::ShareDropDescription::of(data.get(), model, name);
    QVERIFY(!what.changesAnything);
    QVERIFY(what.principals.isEmpty());
    QCOMPARE(what.text, QStringLiteral("Platform Admins cannot be shared with itself"));
    groups.groups = {{kGroup, name}, {23, QStringLiteral("Boston Office")}, {24, QStringLiteral("Chicago Office")}};
    data.reset(groups.toMimeData());
    what = Models::ShareDropDescription::of(data.get(), model, name);
    QVERIFY(what.changesAnything);
    QCOMPARE(what.principals.size(), qsizetype(2));
    QCOMPARE(what.principals.at(0).kind, Models::SharePrincipal::Kind::Group);
    QCOMPARE(what.text, QStringLiteral("Share Platform Admins with 2 groups: choose the access on release"));

    // Neither users nor groups: nothing to say, nothing taken.
    QMimeData text;
    text.setText(QStringLiteral("ada.lopez"));
    what = Models::ShareDropDescription::of(&text, model, name);
    QVERIFY(!what.changesAnything);
    QVERIFY(what.text.isEmpty());
    QCOMPARE(Models::ShareDropDescription::whoText({{Models::SharePrincipal::Kind::User, 1, QStringLiteral("A")},
                 {Models::SharePrincipal::Kind::Group, 2, QStringLiteral("B")}}),
        QStringLiteral("1 person and 1 group"));
}

void TestShareModel::theExportSaysWhoIsWho()
{
    ShareModel model(m_fixture.workspace.get(), kGroup);
    QVERIFY(loaded(model));
    QList<ShareModel::Principal> principals;
    for (int row = 0; row < model.rowCount(); ++row)
        principals.append(model.principal(row));
    // A user who is no more: the share's id and name stay, the rest is said to be unknown.
    ShareModel::Principal gone;
    gone.id = 99'999'999;
    gone.name = QStringLiteral("Nobody, \"Gone\"");
    principals.append(gone);
    const QString groupName = m_fixture.workspace->groupStore()->name(kGroup);
    Models::ShareCsv csv(m_fixture.workspace.get(), kGroup, groupName, principals);
    QSignalSpy finished(&csv, &Models::ShareCsv::finished);
    csv.start();
    QVERIFY(finished.wait(kModelWaitMs));
    const QByteArray bytes = csv.csv();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\"Nobody, \"\"Gone\"\"\""));
    const QList<QStringList> rows = Models::Csv::parse(bytes);
    QCOMPARE(rows.first(),
        (QStringList{QStringLiteral("group_id"), QStringLiteral("group"), QStringLiteral("kind"),
            QStringLiteral("principal_id"), QStringLiteral("principal"), QStringLiteral("username"),
            QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("level"), QStringLiteral("members")}));
    QCOMPARE(rows.size(), qsizetype(principals.size() + 1));
    int users = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QStringList &line = rows.at(i + 1);
        const ShareModel::Principal &principal = principals.at(i);
        QCOMPARE(line.at(0), QString::number(kGroup));
        QCOMPARE(line.at(3), QString::number(principal.id));
        QCOMPARE(line.at(8), Api::permissionLevelName(principal.level));
        if (principal.kind == ShareModel::PrincipalKind::Group) {
            QCOMPARE(line.at(2), QStringLiteral("group"));
            QCOMPARE(line.at(4), principal.name);
            continue;
        }
        ++users;
        // The share names a user by id and name: the username and e-mail are the server's.
        const QJsonObject user = m_fixture.admin.get(QStringLiteral("/users/%1").arg(principal.id)).object();
        QCOMPARE(line.at(2), QStringLiteral("user"));
        QCOMPARE(line.at(4), user.value(QStringLiteral("name")).toString());
        QCOMPARE(line.at(5), user.value(QStringLiteral("user")).toString());
        QCOMPARE(line.at(6), user.value(QStringLiteral("email")).toString());
        QVERIFY(!line.at(5).isEmpty() && !line.at(6).isEmpty());
    }
    QVERIFY(users >= 4);
    QCOMPARE(rows.last().at(3), QStringLiteral("99999999"));
    QCOMPARE(rows.last().at(7), QStringLiteral("unknown"));
    QCOMPARE(csv.unreadable().size(), 1);
}

QTEST_MAIN(TestShareModel)
#include "tst_sharemodel.moc"
