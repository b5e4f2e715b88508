// Membership changes as undoable commands: a bulk add, a move, their undo and redo, and retrying
// the changes that failed, against the sandbox's large seed.

#include "modeltestfixture.h"

#include "models/changecommand.h"
#include "models/changereportmodel.h"
#include "models/roles.h"

#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>

using Api::BulkOutcome;
using Models::ChangeOperation;
using Models::UserRef;

namespace {
QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}
} // namespace

class TestModelChanges : public QObject
{
    Q_OBJECT

private:
    /// Users (with their names) that are not members of \a groupId, \a count of them.
    /// A group of the admin's organization with \a minimum to twice that many members (a few
    /// hundred at most: every PUT answers the whole group, so a huge one only slows the test).
    qint64 groupWithMembers(int minimum, qint64 other = 0)
    {
        return m_fixture
            .column(QStringLiteral("SELECT id FROM groups WHERE organization_id = 1 AND id <> %2 AND "
                                   "total_member_count BETWEEN %1 AND %1 * 2 + 10 ORDER BY id LIMIT 1")
                        .arg(minimum)
                        .arg(other))
            .value(0)
            .toLongLong();
    }

    ModelFixture m_fixture;

private Q_SLOTS:
    // The large seed is generated once; every test starts from a copy of it, in a sandbox and a
    // workspace of its own.
    void initTestCase() { QVERIFY(m_fixture.seedOnce(QStringLiteral("large"))); }
    void init() { QVERIFY(m_fixture.restartModelsFromSeeded()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void bulkAddUndoRedoRestoreExactSets();
    void moveLeavesSourceWithoutThem();
    void moveKeepsMemberWhoseAddFailed();
    void retryFailedSendsOnlyThoseAgain();
    void anUndoWhileRunningWaitsAndReversesExactly();
    void anUndoAfterCancelReversesExactly();
    void storeShowsTheServersCountsAfterARun();
    void theReportShowsEachChangeAndWhyItFailed();
    void theReportAndSummaryUsePlainWords();
    void aFinishedOperationKeepsOnlyWhatUndoNeeds();
    void theUndoStackHasALimit();
    void aStepDroppedWhileItRunsGoesWhenItEnds();
};

void TestModelChanges::bulkAddUndoRedoRestoreExactSets()
{
    const qint64 group = groupWithMembers(20);
    QVERIFY(group > 0);
    const QList<qint64> before = m_fixture.memberIds(group);
    // 480 new members and 20 who already are: undo must remove only the 480.
    QList<UserRef> users = m_fixture.nonMemberRefs(group, 480) + m_fixture.memberRefs(group, 20);
    QCOMPARE(users.size(), 500);
    const QList<qint64> after = sorted(before + idsOf(users));

    ChangeOperation *add = m_fixture.workspace->addMembers(group, users);
    QVERIFY(add);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(add->count(BulkOutcome::Done), 480);
    QCOMPARE(add->count(BulkOutcome::AlreadySo), 20);
    QCOMPARE(m_fixture.memberIds(group), after);
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 1);

    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(group), before);

    m_fixture.workspace->undoStack()->redo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(group), after);

    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(group), before);
}

void TestModelChanges::moveLeavesSourceWithoutThem()
{
    const qint64 source = groupWithMembers(60);
    const qint64 target = groupWithMembers(1, source);
    QVERIFY(source > 0 && target > 0);
    const QList<qint64> sourceBefore = m_fixture.memberIds(source);
    const QList<qint64> targetBefore = m_fixture.memberIds(target);
    const QList<UserRef> moving = m_fixture.memberRefs(source, 50);

    ChangeOperation *move = m_fixture.workspace->addMembers(target, moving, source);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(move->size(), 100);
    QCOMPARE(move->count(BulkOutcome::Failed), 0);
    QList<qint64> sourceAfter = sourceBefore;
    for (qint64 id : idsOf(moving))
        sourceAfter.removeAll(id);
    QCOMPARE(m_fixture.memberIds(source), sourceAfter);
    QCOMPARE(m_fixture.memberIds(target), sorted(targetBefore + idsOf(moving)));

    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(source), sourceBefore);
    QCOMPARE(m_fixture.memberIds(target), targetBefore);
}

void TestModelChanges::moveKeepsMemberWhoseAddFailed()
{
    const qint64 source = groupWithMembers(5);
    QVERIFY(source > 0);
    // A group that does not exist: every add fails, so nobody may be removed from the source.
    const qint64 missing = 99'999'999;
    const QList<qint64> sourceBefore = m_fixture.memberIds(source);
    ChangeOperation *move = m_fixture.workspace->addMembers(missing, m_fixture.memberRefs(source, 5), source);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(move->count(BulkOutcome::Failed), 10);
    QCOMPARE(m_fixture.memberIds(source), sourceBefore);
    const Api::ApiError why = move->error(5); // the first removal
    QVERIFY2(why.detail.contains(QStringLiteral("did not")), qPrintable(why.detail));
    // The person reads what was not done and the server's reason for the add that failed.
    const QString cause = move->error(0).errorDescription;
    QVERIFY(!cause.isEmpty());
    QCOMPARE(move->error(0).httpStatus, 404);
    QVERIFY2(why.message().startsWith(QStringLiteral("Not done")), qPrintable(why.message()));
    QVERIFY2(why.message().contains(cause), qPrintable(why.message()));
}

void TestModelChanges::retryFailedSendsOnlyThoseAgain()
{
    const qint64 group = groupWithMembers(3);
    const QList<qint64> before = m_fixture.memberIds(group);
    const QList<UserRef> users = m_fixture.nonMemberRefs(group, 200);
    m_fixture.failRequests(0.3, 7);

    ChangeOperation *add = m_fixture.workspace->addMembers(group, users);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    const int failed = add->count(BulkOutcome::Failed);
    QVERIFY2(failed > 0, "the fault injector failed nothing");
    QCOMPARE(add->count(BulkOutcome::Done) + failed, 200);

    m_fixture.setFaults({});
    m_fixture.client->setRetryPolicy(quickRetries());
    add->retryFailed();
    QTRY_COMPARE_WITH_TIMEOUT(add->state(), ChangeOperation::State::Finished, kModelWaitMs);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(add->count(BulkOutcome::Done), 200);
    QCOMPARE(m_fixture.memberIds(group), sorted(before + idsOf(users)));

    // Undo after the retry removes all 200, the retried ones included.
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(group), before);
}

void TestModelChanges::anUndoWhileRunningWaitsAndReversesExactly()
{
    const qint64 group = groupWithMembers(15);
    const QList<qint64> before = m_fixture.memberIds(group);
    const QList<UserRef> users = m_fixture.nonMemberRefs(group, 60) + m_fixture.memberRefs(group, 5);
    FaultSettings slow;
    slow.latencyMinMs = 10;
    slow.latencyMaxMs = 40;
    m_fixture.setFaults(slow);
    ChangeOperation *add = m_fixture.workspace->addMembers(group, users);
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() > 0, kModelWaitMs);
    m_fixture.workspace->undoStack()->undo(); // Ctrl+Z before the add has finished
    QVERIFY(add->state() != ChangeOperation::State::Finished);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    m_fixture.setFaults({});
    QCOMPARE(add->count(BulkOutcome::Done), 60);
    QCOMPARE(m_fixture.memberIds(group), before);
    m_fixture.workspace->undoStack()->redo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(group), sorted(before + idsOf(users)));
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(group), before);
}

void TestModelChanges::anUndoAfterCancelReversesExactly()
{
    const qint64 group = groupWithMembers(15);
    const QList<qint64> before = m_fixture.memberIds(group);
    const QList<UserRef> users = m_fixture.nonMemberRefs(group, 150);
    FaultSettings slow;
    slow.latencyMinMs = 20;
    slow.latencyMaxMs = 60;
    m_fixture.setFaults(slow);
    ChangeOperation *add = m_fixture.workspace->addMembers(group, users);
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() >= 20, kModelWaitMs);
    add->cancel(); // with requests in flight: the server may or may not have made them
    QTRY_COMPARE_WITH_TIMEOUT(add->state(), ChangeOperation::State::Finished, kModelWaitMs);
    m_fixture.setFaults({});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(add->count(BulkOutcome::Cancelled) > 0);
    QVERIFY(add->count(BulkOutcome::Done) >= 20);
    QVERIFY(m_fixture.memberIds(group) != before);

    int mayHaveBeenMade = 0;
    for (int i = 0; i < add->size(); ++i)
        mayHaveBeenMade += add->mayHaveBeenMade(i) ? 1 : 0;
    QVERIFY(mayHaveBeenMade < 150);
    m_fixture.workspace->undoStack()->undo();
    // The undo's run says it repeats only those that may have been made, not all 150.
    const ChangeOperation *undo
        = static_cast<const Models::ChangeCommand *>(m_fixture.workspace->undoStack()->command(0))->lastOperation();
    QVERIFY(undo);
    QCOMPARE(undo->text(), QStringLiteral("Undo %1 (%2 of 150: those made)").arg(add->text()).arg(mayHaveBeenMade));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(group), before);
}

void TestModelChanges::storeShowsTheServersCountsAfterARun()
{
    const qint64 group = groupWithMembers(2);
    QVERIFY(await(m_fixture.workspace->groupStore()->refresh(group)).ok());
    const int before = m_fixture.workspace->groupStore()->group(group)->members.size();
    QSignalSpy membersChanged(m_fixture.workspace->groupStore(), &Models::GroupStore::membersChanged);
    m_fixture.workspace->addMembers(group, m_fixture.nonMemberRefs(group, 3));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.workspace->groupStore()->group(group)->members.size(), before + 3);
    QCOMPARE(m_fixture.workspace->groupStore()->summary(group)->totalMemberCount, before + 3);
    QVERIFY(membersChanged.contains(QVariantList{group}));
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.workspace->groupStore()->group(group)->members.size(), before);
}

void TestModelChanges::theReportShowsEachChangeAndWhyItFailed()
{
    const qint64 group = groupWithMembers(3);
    const QList<UserRef> users = m_fixture.nonMemberRefs(group, 40);
    m_fixture.failRequests(0.3, 7); // the group's one read (before the changes) goes through

    Models::ChangeReportModel report;
    QAbstractItemModelTester tester(&report, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChangeOperation *add = m_fixture.workspace->addMembers(group, users);
    report.setOperation(add);
    QCOMPARE(report.rowCount(), 0); // the plan is made when the operation starts
    QTRY_COMPARE_WITH_TIMEOUT(report.rowCount(), 40, kModelWaitMs);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    const int failed = add->count(BulkOutcome::Failed);
    QVERIFY(failed > 0 && failed < 40);

    int failedRows = 0;
    for (int row = 0; row < report.rowCount(); ++row) {
        const QModelIndex outcome = report.index(row, Models::ChangeReportModel::OutcomeColumn);
        QCOMPARE(report.index(row, Models::ChangeReportModel::ChangeColumn).data().toString(),
            add->change(row).forward.describe());
        if (add->outcome(row) == BulkOutcome::Failed) {
            ++failedRows;
            QCOMPARE(outcome.data().toString(), QStringLiteral("Failed"));
            QVERIFY(report.index(row, Models::ChangeReportModel::ErrorColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("temporarily unavailable")));
            QVERIFY(!outcome.data(Models::ErrorRole).toString().isEmpty());
        } else {
            QCOMPARE(outcome.data().toString(), QStringLiteral("Done"));
            QVERIFY(outcome.data(Models::ErrorRole).isNull());
        }
        QCOMPARE(outcome.data(Models::RawValueRole).toInt(), int(add->outcome(row)));
    }
    QCOMPARE(failedRows, failed);

    // Retrying the failed ones: their rows become done.
    m_fixture.setFaults({});
    m_fixture.client->setRetryPolicy(quickRetries());
    QSignalSpy changed(&report, &QAbstractItemModel::dataChanged);
    add->retryFailed();
    QTRY_COMPARE_WITH_TIMEOUT(add->state(), ChangeOperation::State::Finished, kModelWaitMs);
    QVERIFY(changed.size() >= failed);
    for (int row = 0; row < report.rowCount(); ++row)
        QCOMPARE(report.index(row, Models::ChangeReportModel::OutcomeColumn).data().toString(), QStringLiteral("Done"));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
}

void TestModelChanges::theReportAndSummaryUsePlainWords()
{
    const qint64 group = groupWithMembers(3);
    const QList<UserRef> users = m_fixture.nonMemberRefs(group, 3) + m_fixture.memberRefs(group, 2);
    Models::ChangeReportModel report;
    QAbstractItemModelTester tester(&report, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(report.headerData(Models::ChangeReportModel::ChangeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Change"));
    QCOMPARE(report.headerData(Models::ChangeReportModel::OutcomeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Result"));
    QCOMPARE(
        report.headerData(Models::ChangeReportModel::ErrorColumn, Qt::Horizontal).toString(), QStringLiteral("Reason"));

    ChangeOperation *add = m_fixture.workspace->addMembers(group, users);
    report.setOperation(add);
    QStringList atStart;
    QString summaryAtStart;
    connect(add, &ChangeOperation::started, &report, [&] {
        for (int row = 0; row < report.rowCount(); ++row)
            atStart.append(report.index(row, Models::ChangeReportModel::OutcomeColumn).data().toString());
        summaryAtStart = add->summary();
    });
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(atStart, QStringList(5, QStringLiteral("Pending")));
    QCOMPARE(summaryAtStart, QStringLiteral("5 pending"));
    QStringList outcomes;
    for (int row = 0; row < report.rowCount(); ++row)
        outcomes.append(report.index(row, Models::ChangeReportModel::OutcomeColumn).data().toString());
    QCOMPARE(outcomes,
        (QStringList{QStringLiteral("Done"), QStringLiteral("Done"), QStringLiteral("Done"),
            QStringLiteral("Already a member"), QStringLiteral("Already a member")}));
    QCOMPARE(add->summary(), QStringLiteral("3 done, 2 already members"));

    // Removing someone who is not a member.
    ChangeOperation *remove = m_fixture.workspace->removeMembers(group, m_fixture.nonMemberRefs(group, 1));
    report.setOperation(remove);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(
        report.index(0, Models::ChangeReportModel::OutcomeColumn).data().toString(), QStringLiteral("Not a member"));
    QCOMPARE(remove->summary(), QStringLiteral("1 not a member"));
}

void TestModelChanges::aFinishedOperationKeepsOnlyWhatUndoNeeds()
{
    const qint64 group = groupWithMembers(3);
    const QList<qint64> before = m_fixture.memberIds(group);
    const QList<UserRef> users = m_fixture.nonMemberRefs(group, 30);
    m_fixture.failRequests(0.3, 7);
    ChangeOperation *add = m_fixture.workspace->addMembers(group, users);
    QVERIFY(QTest::qWaitFor([&] { return add->state() == ChangeOperation::State::Running; }));
    QCOMPARE(add->findChildren<Api::BulkQueue *>().size(), 1);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    // Its bulk queue (and the member set it read) is gone; its outcomes and errors stay.
    QTRY_VERIFY(add->findChildren<Api::BulkQueue *>().isEmpty());
    const int failed = add->count(BulkOutcome::Failed);
    QVERIFY(failed > 0);
    QCOMPARE(add->count(BulkOutcome::Done) + failed, 30);
    for (int i : add->indexesWith(BulkOutcome::Failed))
        QVERIFY(add->error(i).message().contains(QStringLiteral("temporarily unavailable")));

    // A retry runs a queue of its own, gone again when it ends.
    m_fixture.setFaults({});
    m_fixture.client->setRetryPolicy(quickRetries());
    add->retryFailed();
    QCOMPARE(add->state(), ChangeOperation::State::Running);
    QCOMPARE(add->count(BulkOutcome::Failed), 0);
    QCOMPARE(add->finishedCount(), 30 - failed);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(QTest::qWaitFor([&] { return add->state() == ChangeOperation::State::Finished; }));
    QCOMPARE(add->count(BulkOutcome::Done), 30);
    QTRY_VERIFY(add->findChildren<Api::BulkQueue *>().isEmpty());
    QCOMPARE(m_fixture.memberIds(group), sorted(before + idsOf(users)));
    // What undo needs was kept: it removes all 30.
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(group), before);
}

void TestModelChanges::theUndoStackHasALimit()
{
    QCOMPARE(m_fixture.workspace->undoLimit(), Models::Workspace::kDefaultUndoLimit);
    QCOMPARE(Models::Workspace::kDefaultUndoLimit, 300);
    QCOMPARE(QLatin1String(Models::Workspace::kUndoLimitSettingsKey), QLatin1String("undo/limit"));
    Models::Workspace limited(m_fixture.client.get(), 2);
    QCOMPARE(limited.undoLimit(), 2);
    QVERIFY(limited.setUndoLimit(3));
    QCOMPARE(limited.undoLimit(), 3);

    const qint64 group = groupWithMembers(3);
    const QList<qint64> before = m_fixture.memberIds(group);
    const QList<UserRef> users = m_fixture.nonMemberRefs(group, 4);
    QList<QPointer<ChangeOperation>> runs;
    for (const UserRef &user : users) {
        runs.append(limited.addMembers(group, {user}));
        QVERIFY(awaitChanges(limited));
    }
    QVERIFY(!limited.setUndoLimit(10)); // only while the stack is empty
    QCOMPARE(limited.undoStack()->count(), 3);
    // The oldest step went, and the run it kept with it.
    QTRY_VERIFY(!runs.first());
    QVERIFY(runs.at(1) && runs.at(2) && runs.at(3));
    QCOMPARE(m_fixture.memberIds(group), sorted(before + idsOf(users)));
    // Three steps back: the first add is no longer undoable.
    for (int i = 0; i < 3; ++i)
        limited.undoStack()->undo();
    QVERIFY(awaitChanges(limited));
    QCOMPARE(m_fixture.memberIds(group), sorted(before + QList<qint64>{users.first().id}));
    QVERIFY(!limited.undoStack()->canUndo());

    // Clearing the stack frees every run.
    limited.undoStack()->clear();
    QTRY_VERIFY(limited.findChildren<ChangeOperation *>().isEmpty());
}

void TestModelChanges::aStepDroppedWhileItRunsGoesWhenItEnds()
{
    const qint64 group = groupWithMembers(3);
    const QList<qint64> before = m_fixture.memberIds(group);
    const QList<UserRef> users = m_fixture.nonMemberRefs(group, 30);
    Models::Workspace limited(m_fixture.client.get(), 1);
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 20;
    m_fixture.setFaults(slow);
    QPointer<ChangeOperation> first = limited.addMembers(group, users.mid(0, 20));
    QPointer<ChangeOperation> second = limited.addMembers(group, users.mid(20));
    // The first step is dropped at once, while it still waits or runs: it is not cut short.
    QCOMPARE(limited.undoStack()->count(), 1);
    QVERIFY(first);
    QVERIFY(awaitChanges(limited));
    m_fixture.setFaults({});
    QTRY_VERIFY(!first);
    QVERIFY(second);
    QCOMPARE(second->count(BulkOutcome::Done), 10);
    QCOMPARE(m_fixture.memberIds(group), sorted(before + idsOf(users)));
    limited.undoStack()->undo();
    QVERIFY(awaitChanges(limited));
    QCOMPARE(m_fixture.memberIds(group), sorted(before + idsOf(users.mid(0, 20))));
}

QTEST_MAIN(TestModelChanges)
#include "tst_modelchanges.moc"
