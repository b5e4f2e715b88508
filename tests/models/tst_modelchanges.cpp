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

QList<qint64> idsOf(const QList<UserRef> &users)
{
    QList<qint64> ids;
    for (const UserRef &user : users)
        ids.append(user.id);
    return ids;
}
} // namespace

class tst_ModelChanges : public QObject, public ModelFixture
{
    Q_OBJECT

private:
    /// Users (with their names) that are not members of \a groupId, \a count of them.
    QList<UserRef> nonMembers(qint64 groupId, int count)
    {
        QList<UserRef> users;
        const QList<QVariant> rows = column(QStringLiteral("SELECT id FROM users WHERE id NOT IN "
                                                           "(SELECT user_id FROM memberships WHERE group_id = %1) "
                                                           "AND organization_id = 1 ORDER BY id LIMIT %2")
                                                .arg(groupId)
                                                .arg(count));
        for (const QVariant &id : rows)
            users.append({id.toLongLong(), QStringLiteral("User %1").arg(id.toLongLong()), {}, {}});
        return users;
    }

    QList<UserRef> members(qint64 groupId, int count)
    {
        QList<UserRef> users;
        const QList<QVariant> rows
            = column(QStringLiteral("SELECT user_id FROM memberships WHERE group_id = %1 ORDER BY user_id LIMIT %2")
                         .arg(groupId)
                         .arg(count));
        for (const QVariant &id : rows)
            users.append({id.toLongLong(), QStringLiteral("User %1").arg(id.toLongLong()), {}, {}});
        return users;
    }

    /// A group of the admin's organization with \a minimum to twice that many members (a few
    /// hundred at most: every PUT answers the whole group, so a huge one only slows the test).
    qint64 groupWithMembers(int minimum, qint64 other = 0)
    {
        return column(QStringLiteral("SELECT id FROM groups WHERE organization_id = 1 AND id <> %2 AND "
                                     "total_member_count BETWEEN %1 AND %1 * 2 + 10 ORDER BY id LIMIT 1")
                          .arg(minimum)
                          .arg(other))
            .value(0)
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startModels(QStringLiteral("large"))); }

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

void tst_ModelChanges::bulkAddUndoRedoRestoreExactSets()
{
    const qint64 group = groupWithMembers(20);
    QVERIFY(group > 0);
    const QList<qint64> before = memberIds(group);
    // 480 new members and 20 who already are: undo must remove only the 480.
    QList<UserRef> users = nonMembers(group, 480) + members(group, 20);
    QCOMPARE(users.size(), 500);
    const QList<qint64> after = sorted(before + idsOf(users));

    ChangeOperation *add = workspace->addMembers(group, users);
    QVERIFY(add);
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(add->count(BulkOutcome::Done), 480);
    QCOMPARE(add->count(BulkOutcome::AlreadySo), 20);
    QCOMPARE(memberIds(group), after);
    QCOMPARE(workspace->undoStack()->count(), 1);

    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), before);

    workspace->undoStack()->redo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), after);

    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), before);
    workspace->undoStack()->clear();
}

void tst_ModelChanges::moveLeavesSourceWithoutThem()
{
    const qint64 source = groupWithMembers(60);
    const qint64 target = groupWithMembers(1, source);
    QVERIFY(source > 0 && target > 0);
    const QList<qint64> sourceBefore = memberIds(source);
    const QList<qint64> targetBefore = memberIds(target);
    const QList<UserRef> moving = members(source, 50);

    ChangeOperation *move = workspace->addMembers(target, moving, source);
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(move->size(), 100);
    QCOMPARE(move->count(BulkOutcome::Failed), 0);
    QList<qint64> sourceAfter = sourceBefore;
    for (qint64 id : idsOf(moving))
        sourceAfter.removeAll(id);
    QCOMPARE(memberIds(source), sourceAfter);
    QCOMPARE(memberIds(target), sorted(targetBefore + idsOf(moving)));

    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(source), sourceBefore);
    QCOMPARE(memberIds(target), targetBefore);
    workspace->undoStack()->clear();
}

void tst_ModelChanges::moveKeepsMemberWhoseAddFailed()
{
    const qint64 source = groupWithMembers(5);
    QVERIFY(source > 0);
    // A group that does not exist: every add fails, so nobody may be removed from the source.
    const qint64 missing = 99'999'999;
    const QList<qint64> sourceBefore = memberIds(source);
    ChangeOperation *move = workspace->addMembers(missing, members(source, 5), source);
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(move->count(BulkOutcome::Failed), 10);
    QCOMPARE(memberIds(source), sourceBefore);
    const Api::ApiError why = move->error(5); // the first removal
    QVERIFY2(why.detail.contains(QStringLiteral("did not")), qPrintable(why.detail));
    // The person reads what was not done and the server's reason for the add that failed.
    const QString cause = move->error(0).errorDescription;
    QVERIFY(!cause.isEmpty());
    QCOMPARE(move->error(0).httpStatus, 404);
    QVERIFY2(why.message().startsWith(QStringLiteral("Not done")), qPrintable(why.message()));
    QVERIFY2(why.message().contains(cause), qPrintable(why.message()));
    workspace->undoStack()->clear();
}

void tst_ModelChanges::retryFailedSendsOnlyThoseAgain()
{
    const qint64 group = groupWithMembers(3);
    const QList<qint64> before = memberIds(group);
    const QList<UserRef> users = nonMembers(group, 200);
    client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings faults;
    faults.failureRate = 0.3;
    faults.seed = 7;
    setFaults(faults);

    ChangeOperation *add = workspace->addMembers(group, users);
    QVERIFY(awaitChanges(*workspace));
    const int failed = add->count(BulkOutcome::Failed);
    QVERIFY2(failed > 0, "the fault injector failed nothing");
    QCOMPARE(add->count(BulkOutcome::Done) + failed, 200);

    setFaults({});
    client->setRetryPolicy(quickRetries());
    add->retryFailed();
    QVERIFY(waitUntil([&] { return add->state() == ChangeOperation::State::Finished; }));
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(add->count(BulkOutcome::Done), 200);
    QCOMPARE(memberIds(group), sorted(before + idsOf(users)));

    // Undo after the retry removes all 200, the retried ones included.
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), before);
    workspace->undoStack()->clear();
}

void tst_ModelChanges::anUndoWhileRunningWaitsAndReversesExactly()
{
    const qint64 group = groupWithMembers(15);
    const QList<qint64> before = memberIds(group);
    const QList<UserRef> users = nonMembers(group, 60) + members(group, 5);
    FaultSettings slow;
    slow.latencyMinMs = 10;
    slow.latencyMaxMs = 40;
    setFaults(slow);
    ChangeOperation *add = workspace->addMembers(group, users);
    QVERIFY(waitUntil([&] { return add->finishedCount() > 0; }));
    workspace->undoStack()->undo(); // Ctrl+Z before the add has finished
    QVERIFY(add->state() != ChangeOperation::State::Finished);
    QVERIFY(awaitChanges(*workspace));
    setFaults({});
    QCOMPARE(add->count(BulkOutcome::Done), 60);
    QCOMPARE(memberIds(group), before);
    workspace->undoStack()->redo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), sorted(before + idsOf(users)));
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), before);
    workspace->undoStack()->clear();
}

void tst_ModelChanges::anUndoAfterCancelReversesExactly()
{
    const qint64 group = groupWithMembers(15);
    const QList<qint64> before = memberIds(group);
    const QList<UserRef> users = nonMembers(group, 150);
    FaultSettings slow;
    slow.latencyMinMs = 20;
    slow.latencyMaxMs = 60;
    setFaults(slow);
    ChangeOperation *add = workspace->addMembers(group, users);
    QVERIFY(waitUntil([&] { return add->finishedCount() >= 20; }));
    add->cancel(); // with requests in flight: the server may or may not have made them
    QVERIFY(waitUntil([&] { return add->state() == ChangeOperation::State::Finished; }));
    setFaults({});
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(add->count(BulkOutcome::Cancelled) > 0);
    QVERIFY(add->count(BulkOutcome::Done) >= 20);
    QVERIFY(memberIds(group) != before);

    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), before);
    workspace->undoStack()->clear();
}

void tst_ModelChanges::storeShowsTheServersCountsAfterARun()
{
    const qint64 group = groupWithMembers(2);
    QVERIFY(await(workspace->groupStore()->refresh(group)).ok());
    const int before = workspace->groupStore()->group(group)->members.size();
    QSignalSpy membersChanged(workspace->groupStore(), &Models::GroupStore::membersChanged);
    workspace->addMembers(group, nonMembers(group, 3));
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(workspace->groupStore()->group(group)->members.size(), before + 3);
    QCOMPARE(workspace->groupStore()->summary(group)->totalMemberCount, before + 3);
    QVERIFY(membersChanged.contains(QVariantList{group}));
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(workspace->groupStore()->group(group)->members.size(), before);
}

void tst_ModelChanges::theReportShowsEachChangeAndWhyItFailed()
{
    const qint64 group = groupWithMembers(3);
    const QList<UserRef> users = nonMembers(group, 40);
    client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings faults;
    faults.failureRate = 0.3;
    faults.seed = 7; // the group's one read (before the changes) goes through
    setFaults(faults);

    Models::ChangeReportModel report;
    QAbstractItemModelTester tester(&report, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChangeOperation *add = workspace->addMembers(group, users);
    report.setOperation(add);
    QCOMPARE(report.rowCount(), 0); // the plan is made when the operation starts
    QVERIFY(waitUntil([&] { return report.rowCount() == 40; }));
    QVERIFY(awaitChanges(*workspace));
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
    setFaults({});
    client->setRetryPolicy(quickRetries());
    QSignalSpy changed(&report, &QAbstractItemModel::dataChanged);
    add->retryFailed();
    QVERIFY(waitUntil([&] { return add->state() == ChangeOperation::State::Finished; }));
    QVERIFY(changed.size() >= failed);
    for (int row = 0; row < report.rowCount(); ++row)
        QCOMPARE(report.index(row, Models::ChangeReportModel::OutcomeColumn).data().toString(), QStringLiteral("Done"));
    QVERIFY(awaitChanges(*workspace));
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    workspace->undoStack()->clear();
}

void tst_ModelChanges::theReportAndSummaryUsePlainWords()
{
    const qint64 group = groupWithMembers(3);
    const QList<UserRef> users = nonMembers(group, 3) + members(group, 2);
    Models::ChangeReportModel report;
    QAbstractItemModelTester tester(&report, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(report.headerData(Models::ChangeReportModel::ChangeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Change"));
    QCOMPARE(report.headerData(Models::ChangeReportModel::OutcomeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Result"));
    QCOMPARE(report.headerData(Models::ChangeReportModel::ErrorColumn, Qt::Horizontal).toString(),
        QStringLiteral("Reason"));

    ChangeOperation *add = workspace->addMembers(group, users);
    report.setOperation(add);
    QStringList atStart;
    QString summaryAtStart;
    connect(add, &ChangeOperation::started, &report, [&] {
        for (int row = 0; row < report.rowCount(); ++row)
            atStart.append(report.index(row, Models::ChangeReportModel::OutcomeColumn).data().toString());
        summaryAtStart = add->summary();
    });
    QVERIFY(awaitChanges(*workspace));
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
    ChangeOperation *remove = workspace->removeMembers(group, nonMembers(group, 1));
    report.setOperation(remove);
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(report.index(0, Models::ChangeReportModel::OutcomeColumn).data().toString(),
        QStringLiteral("Not a member"));
    QCOMPARE(remove->summary(), QStringLiteral("1 not a member"));
    workspace->undoStack()->undo();
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    workspace->undoStack()->clear();
}

void tst_ModelChanges::aFinishedOperationKeepsOnlyWhatUndoNeeds()
{
    const qint64 group = groupWithMembers(3);
    const QList<qint64> before = memberIds(group);
    const QList<UserRef> users = nonMembers(group, 30);
    client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings faults;
    faults.failureRate = 0.3;
    faults.seed = 7;
    setFaults(faults);
    ChangeOperation *add = workspace->addMembers(group, users);
    QVERIFY(QTest::qWaitFor([&] { return add->state() == ChangeOperation::State::Running; }));
    QCOMPARE(add->findChildren<Api::BulkQueue *>().size(), 1);
    QVERIFY(awaitChanges(*workspace));
    // Its bulk queue (and the member set it read) is gone; its outcomes and errors stay.
    QTRY_VERIFY(add->findChildren<Api::BulkQueue *>().isEmpty());
    const int failed = add->count(BulkOutcome::Failed);
    QVERIFY(failed > 0);
    QCOMPARE(add->count(BulkOutcome::Done) + failed, 30);
    for (int i : add->indexesWith(BulkOutcome::Failed))
        QVERIFY(add->error(i).message().contains(QStringLiteral("temporarily unavailable")));

    // A retry runs a queue of its own, gone again when it ends.
    setFaults({});
    client->setRetryPolicy(quickRetries());
    add->retryFailed();
    QCOMPARE(add->state(), ChangeOperation::State::Running);
    QCOMPARE(add->count(BulkOutcome::Failed), 0);
    QCOMPARE(add->finishedCount(), 30 - failed);
    QVERIFY(awaitChanges(*workspace));
    QVERIFY(QTest::qWaitFor([&] { return add->state() == ChangeOperation::State::Finished; }));
    QCOMPARE(add->count(BulkOutcome::Done), 30);
    QTRY_VERIFY(add->findChildren<Api::BulkQueue *>().isEmpty());
    QCOMPARE(memberIds(group), sorted(before + idsOf(users)));
    // What undo needs was kept: it removes all 30.
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), before);
    workspace->undoStack()->clear();
}

void tst_ModelChanges::theUndoStackHasALimit()
{
    QCOMPARE(workspace->undoLimit(), Models::Workspace::kDefaultUndoLimit);
    QCOMPARE(Models::Workspace::kDefaultUndoLimit, 300);
    QCOMPARE(QLatin1String(Models::Workspace::kUndoLimitSettingsKey), QLatin1String("undo/limit"));
    Models::Workspace limited(client.get(), 2);
    QCOMPARE(limited.undoLimit(), 2);
    QVERIFY(limited.setUndoLimit(3));
    QCOMPARE(limited.undoLimit(), 3);

    const qint64 group = groupWithMembers(3);
    const QList<qint64> before = memberIds(group);
    const QList<UserRef> users = nonMembers(group, 4);
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
    QCOMPARE(memberIds(group), sorted(before + idsOf(users)));
    // Three steps back: the first add is no longer undoable.
    for (int i = 0; i < 3; ++i)
        limited.undoStack()->undo();
    QVERIFY(awaitChanges(limited));
    QCOMPARE(memberIds(group), sorted(before + QList<qint64>{users.first().id}));
    QVERIFY(!limited.undoStack()->canUndo());

    // Clearing the stack frees every run.
    limited.undoStack()->clear();
    QTRY_VERIFY(limited.findChildren<ChangeOperation *>().isEmpty());
    workspace->removeMembers(group, {users.first()});
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), before);
    workspace->undoStack()->clear();
}

void tst_ModelChanges::aStepDroppedWhileItRunsGoesWhenItEnds()
{
    const qint64 group = groupWithMembers(3);
    const QList<qint64> before = memberIds(group);
    const QList<UserRef> users = nonMembers(group, 30);
    Models::Workspace limited(client.get(), 1);
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 20;
    setFaults(slow);
    QPointer<ChangeOperation> first = limited.addMembers(group, users.mid(0, 20));
    QPointer<ChangeOperation> second = limited.addMembers(group, users.mid(20));
    // The first step is dropped at once, while it still waits or runs: it is not cut short.
    QCOMPARE(limited.undoStack()->count(), 1);
    QVERIFY(first);
    QVERIFY(awaitChanges(limited));
    setFaults({});
    QTRY_VERIFY(!first);
    QVERIFY(second);
    QCOMPARE(second->count(BulkOutcome::Done), 10);
    QCOMPARE(memberIds(group), sorted(before + idsOf(users)));
    limited.undoStack()->undo();
    QVERIFY(awaitChanges(limited));
    QCOMPARE(memberIds(group), sorted(before + idsOf(users.mid(0, 20))));
    workspace->removeMembers(group, users.mid(0, 20));
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(group), before);
    workspace->undoStack()->clear();
}

QTEST_MAIN(tst_ModelChanges)
#include "tst_modelchanges.moc"
