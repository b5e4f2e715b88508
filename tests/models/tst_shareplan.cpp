// The plan of a share change read before anything is sent: which shares it would lower and
// which groups it would leave with no manager; "keep higher levels" (the default) leaves those
// who hold more where they are, "set exactly" does not; the run says which groups it left
// without a manager. Against the sandbox, checked in its database.

#include "modeltestfixture.h"

#include "models/operationlistmodel.h"
#include "models/sharemodel.h"
#include "models/shareplan.h"

#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>

using Level = Api::PermissionLevel; // the sandbox has a PermissionLevel of its own
using Mode = Models::SharePlan::Mode;
using Models::SharePlan;
using Models::SharePrincipal;

class TestSharePlan : public QObject
{
    Q_OBJECT

private:
    qint64 groupId(const QString &name)
    {
        return m_fixture
            .column(QStringLiteral("SELECT id FROM groups WHERE name = '%1' AND organization_id = 1").arg(name))
            .value(0)
            .toLongLong();
    }
    /// The level (1 read, 2 write, 3 manage; 0 none) user \a userId holds on \a group in the database.
    int userLevel(qint64 group, qint64 userId)
    {
        return m_fixture
            .column(QStringLiteral("SELECT level FROM user_shares WHERE group_id = %1 AND user_id = %2")
                        .arg(group)
                        .arg(userId))
            .value(0)
            .toInt();
    }
    /// Everyone who manages \a group, users and groups, in the database.
    int managers(qint64 group)
    {
        return m_fixture
            .column(QStringLiteral("SELECT (SELECT count(*) FROM user_shares WHERE group_id = %1 AND level = 3) + "
                                   "(SELECT count(*) FROM group_shares WHERE group_id = %1 AND level = 3)")
                        .arg(group))
            .value(0)
            .toInt();
    }

    /// The plan of \a plan's change, its groups' shares read from the server.
    SharePlan read(const SharePlan &plan)
    {
        std::optional<SharePlan> read;
        Api::ApiError error;
        SharePlan::read(m_fixture.workspace.get(), plan, this, [&](const SharePlan &done, const Api::ApiError &e) {
            read = done;
            error = e;
        });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, kModelWaitMs))
            return {};
        if (error.kind != Api::ApiError::Kind::None)
            qWarning() << "reading the shares failed:" << error.toString();
        return *read;
    }

    /// Deepa on the four groups of the report: Manage on Finance and Security (the only manager
    /// of Finance), nothing on Data Engineering and Legal.
    void setUpDeepa()
    {
        m_deepa = m_fixture
                      .column(QStringLiteral("SELECT id FROM users WHERE organization_id = 1 AND active = 1 "
                                             "ORDER BY id LIMIT 1 OFFSET 40"))
                      .value(0)
                      .toLongLong();
        QVERIFY(m_deepa > 0);
        m_fixture.column(QStringLiteral("UPDATE users SET name = 'Deepa Moreau' WHERE id = %1").arg(m_deepa));
        m_groups = {groupId(QStringLiteral("Data Engineering")), groupId(QStringLiteral("Finance")),
            groupId(QStringLiteral("Legal")), groupId(QStringLiteral("Security"))};
        for (qint64 group : m_groups)
            QVERIFY(group > 0);
        QStringList ids;
        for (qint64 group : m_groups)
            ids.append(QString::number(group));
        m_fixture.column(QStringLiteral("DELETE FROM user_shares WHERE user_id = %1 AND group_id IN (%2)")
                             .arg(m_deepa)
                             .arg(ids.join(QLatin1Char(','))));
        // Finance is hers alone to manage; Security has another manager besides.
        m_fixture.column(
            QStringLiteral("DELETE FROM user_shares WHERE group_id = %1 AND level = 3").arg(m_groups.at(1)));
        m_fixture.column(
            QStringLiteral("DELETE FROM group_shares WHERE group_id = %1 AND level = 3").arg(m_groups.at(1)));
        for (int i : {1, 3}) {
            m_fixture.column(QStringLiteral("INSERT INTO user_shares(group_id, user_id, level) VALUES (%1, %2, 3)")
                                 .arg(m_groups.at(i))
                                 .arg(m_deepa));
        }
        if (managers(m_groups.at(3)) < 2) {
            m_fixture.column(
                QStringLiteral("INSERT OR REPLACE INTO user_shares(group_id, user_id, level) VALUES (%1, 17, 3)")
                    .arg(m_groups.at(3)));
        }
        QCOMPARE(managers(m_groups.at(1)), 1);
        QVERIFY(managers(m_groups.at(3)) >= 2);
        m_principal = {SharePrincipal::Kind::User, m_deepa, QStringLiteral("Deepa Moreau")};
    }

    ModelFixture m_fixture;
    qint64 m_deepa = 0;
    QList<qint64> m_groups;
    SharePrincipal m_principal;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.startModels()); }
    void init()
    {
        QVERIFY(m_fixture.restartModels());
        setUpDeepa();
    }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void thePlanListsWhatItWouldLower();
    void keepingHigherLevelsLeavesManagersTheirManage();
    void settingExactlyGivesReadEverywhereAndSaysWhoIsLeftWithoutAManager();
    void aRevokeOfTheOnlyManagerIsFlagged();
    void aLevelEditOfTheOnlyManagerWaitsForAYes();
    void aPlanThatKeepsEveryoneSendsNothing();
};

void TestSharePlan::thePlanListsWhatItWouldLower()
{
    const SharePlan plan = read(SharePlan(m_groups, {m_principal}, Level::Read));
    QVERIFY(plan.knowsEveryGroup());
    const QList<SharePlan::Lowering> lowered = plan.lowered();
    QCOMPARE(lowered.size(), 2);
    QCOMPARE(lowered.at(0).groupId, m_groups.at(1));
    QCOMPARE(lowered.at(0).before, Level::Manage);
    QCOMPARE(lowered.at(0).after, Level::Read);
    QCOMPARE(lowered.at(1).groupId, m_groups.at(3));
    QCOMPARE(
        plan.loweredLines(), QStringList{QStringLiteral("Deepa Moreau: Manage \u2192 Read on Finance and Security")});
    // Keeping higher levels sends her only where she holds less; exactly, everywhere.
    QCOMPARE(plan.principalsFor(m_groups.at(0), Mode::KeepHigher).size(), 1);
    QCOMPARE(plan.principalsFor(m_groups.at(1), Mode::KeepHigher).size(), 0);
    QCOMPARE(plan.principalsFor(m_groups.at(1), Mode::SetExactly).size(), 1);
    QVERIFY(plan.groupsLeftWithoutManager(Mode::KeepHigher).isEmpty());
    QCOMPARE(plan.groupsLeftWithoutManager(Mode::SetExactly), QList<qint64>{m_groups.at(1)});
    QCOMPARE(plan.noManagerText(Mode::SetExactly), QStringLiteral("Finance would have no manager"));
    QVERIFY(plan.noManagerText(Mode::KeepHigher).isEmpty());
    // Manage lowers nobody.
    QVERIFY(read(SharePlan(m_groups, {m_principal}, Level::Manage)).lowered().isEmpty());
}

void TestSharePlan::keepingHigherLevelsLeavesManagersTheirManage()
{
    const SharePlan plan = read(SharePlan(m_groups, {m_principal}, Level::Read));
    Models::ChangeOperation *operation = m_fixture.workspace->applyShares(plan, Mode::KeepHigher);
    QVERIFY(operation);
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 1);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 2);
    QCOMPARE(userLevel(m_groups.at(0), m_deepa), 1);
    QCOMPARE(userLevel(m_groups.at(1), m_deepa), 3);
    QCOMPARE(userLevel(m_groups.at(2), m_deepa), 1);
    QCOMPARE(userLevel(m_groups.at(3), m_deepa), 3);
    QCOMPARE(managers(m_groups.at(1)), 1);
    QVERIFY(operation->groupsLeftWithoutManager().isEmpty());
    // Undone as every share change is: what she held comes back, nothing more.
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(m_groups.at(0), m_deepa), 0);
    QCOMPARE(userLevel(m_groups.at(1), m_deepa), 3);
    QCOMPARE(userLevel(m_groups.at(2), m_deepa), 0);
}

void TestSharePlan::settingExactlyGivesReadEverywhereAndSaysWhoIsLeftWithoutAManager()
{
    const SharePlan plan = read(SharePlan(m_groups, {m_principal}, Level::Read));
    Models::ChangeOperation *operation = m_fixture.workspace->applyShares(plan, Mode::SetExactly);
    QVERIFY(operation);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 4);
    for (qint64 group : m_groups)
        QCOMPARE(userLevel(group, m_deepa), 1);
    QCOMPARE(managers(m_groups.at(1)), 0);
    // The outcome names the group left with no manager, and only that one.
    QCOMPARE(operation->groupsLeftWithoutManager(), QStringList{QStringLiteral("Finance")});
    QVERIFY2(Models::OperationListModel::outcomeSummary(*operation)
                 .contains(QStringLiteral("Finance was left with no manager")),
        qPrintable(Models::OperationListModel::outcomeSummary(*operation)));
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(m_groups.at(1), m_deepa), 3);
    QCOMPARE(userLevel(m_groups.at(3), m_deepa), 3);
    QCOMPARE(userLevel(m_groups.at(0), m_deepa), 0);
}

void TestSharePlan::aRevokeOfTheOnlyManagerIsFlagged()
{
    const qint64 finance = m_groups.at(1);
    const SharePlan revoke = read(SharePlan({finance, m_groups.at(3)}, {m_principal}, std::nullopt));
    QVERIFY(revoke.isRevoke());
    QVERIFY(revoke.lowered().isEmpty()); // a revoke is asked for: it lowers on purpose
    QCOMPARE(revoke.groupsLeftWithoutManager(Mode::KeepHigher), QList<qint64>{finance});
    QCOMPARE(revoke.noManagerText(Mode::KeepHigher), QStringLiteral("Finance would have no manager"));

    // The Sharing tab's model makes the same plan from the rows it shows.
    Models::ShareModel model(m_fixture.workspace.get(), finance);
    QVERIFY(awaitLoaded(*model.loadStatus()));
    const SharePlan shown = model.plan({m_principal}, std::nullopt);
    QCOMPARE(shown.groupsLeftWithoutManager(Mode::KeepHigher), QList<qint64>{finance});
    // Another manager beside her: nobody is left without.
    m_fixture.column(
        QStringLiteral("INSERT INTO user_shares(group_id, user_id, level) VALUES (%1, 17, 3)").arg(finance));
    QVERIFY(
        read(SharePlan({finance}, {m_principal}, std::nullopt)).groupsLeftWithoutManager(Mode::KeepHigher).isEmpty());
}

void TestSharePlan::aLevelEditOfTheOnlyManagerWaitsForAYes()
{
    const qint64 finance = m_groups.at(1);
    m_fixture.fetchGroup(finance); // the group shown is in the store, as the list's selection is
    Models::ShareModel model(m_fixture.workspace.get(), finance);
    QVERIFY(awaitLoaded(*model.loadStatus()));
    model.setConfirmsManagerLoss(true);
    QSignalSpy asked(&model, &Models::ShareModel::confirmationNeeded);
    const int row = model.rowOf(SharePrincipal::Kind::User, m_deepa);
    QVERIFY(row >= 0);
    QVERIFY(model.setData(
        model.index(row, Models::ShareModel::LevelColumn), int(Level::Write), Models::PermissionLevelRole));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 0); // nothing sent yet
    QCOMPARE(model.principal(row).level, Level::Manage);
    const auto plan = asked.at(0).at(0).value<SharePlan>();
    QCOMPARE(plan.noManagerText(Mode::SetExactly), QStringLiteral("Finance would have no manager"));
    // The yes: made, and the run says so.
    Models::ChangeOperation *operation = model.apply(plan, Mode::SetExactly);
    QVERIFY(operation);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(userLevel(finance, m_deepa), 2);
    QCOMPARE(operation->groupsLeftWithoutManager(), QStringList{QStringLiteral("Finance")});
    // Raising a level, or lowering one of several managers, asks nothing.
    const int reader = model.rowOf(SharePrincipal::Kind::User, m_deepa);
    QVERIFY(model.setLevel(reader, Level::Manage));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(userLevel(finance, m_deepa), 3);
}

void TestSharePlan::aPlanThatKeepsEveryoneSendsNothing()
{
    const SharePlan plan = read(SharePlan({m_groups.at(1), m_groups.at(3)}, {m_principal}, Level::Write));
    QVERIFY(!plan.changesAnything(Mode::KeepHigher));
    QVERIFY(m_fixture.workspace->applyShares(plan, Mode::KeepHigher) == nullptr);
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 0);
}

QTEST_MAIN(TestSharePlan)
#include "tst_shareplan.moc"
