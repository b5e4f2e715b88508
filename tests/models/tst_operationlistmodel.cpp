// The session's list of changes: a row per operation the workspace queues, its state, counts,
// rate and time left following the run; pause holds back what is sent (the server's member
// count stops growing) and resume finishes; a row outlives its operation.

#include "modeltestfixture.h"

#include "models/operationlistmodel.h"

#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>

using Api::BulkOutcome;
using Models::ChangeOperation;
using Models::OperationListModel;
using Models::UserRef;
using namespace Qt::StringLiterals;

class TestOperationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsAppearAsTheWorkspaceQueues();
    void statesAndCountsFollowTheRun();
    void failuresShowInTheStateAndTheSummary();
    void pauseStopsSendingAndResumeFinishes();
    void cancelledRunSaysSo();
    void theSummaryFitsTheKind();
    void aRowOutlivesItsOperation();
    void saysWhenTheRateLimitHoldsItBack();

private:
    /// Users of the demo organization who are not members of \a groupId, \a count of them.
    /// A group of the demo organization with few members.
    qint64 smallGroup(qint64 other = 0)
    {
        return m_fixture
            ->column(u"SELECT id FROM groups WHERE organization_id = 1 AND id <> %1 ORDER BY total_member_count, id LIMIT 1"_s.arg(other))
            .value(0)
            .toLongLong();
    }
    int memberCount(qint64 groupId)
    {
        return m_fixture->column(u"SELECT COUNT(*) FROM memberships WHERE group_id = %1"_s.arg(groupId)).value(0).toInt();
    }
    static QString cell(const OperationListModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

    std::unique_ptr<ModelFixture> m_fixture;
    std::unique_ptr<OperationListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOperationListModel::init()
{
    m_fixture = std::make_unique<ModelFixture>();
    QVERIFY(m_fixture->startModels());
    m_model = std::make_unique<OperationListModel>(m_fixture->workspace.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestOperationListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixture.reset();
}

void TestOperationListModel::rowsAppearAsTheWorkspaceQueues()
{
    const qint64 first = smallGroup();
    const qint64 second = smallGroup(first);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    ChangeOperation *a = m_fixture->workspace->addMembers(first, m_fixture->nonMemberRefs(first, 12));
    ChangeOperation *b = m_fixture->workspace->addMembers(second, m_fixture->nonMemberRefs(second, 3));
    // At once, in order, newest last, before either has started.
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_model->operation(0), a);
    QCOMPARE(m_model->operation(1), b);
    QCOMPARE(m_model->rowOf(b), 1);
    QCOMPARE(cell(*m_model, 0, OperationListModel::TextColumn), a->text());
    QVERIFY2(a->text().startsWith(u"Add 12 users to "_s), qPrintable(a->text()));
    QCOMPARE(cell(*m_model, 1, OperationListModel::StateColumn), u"Queued"_s);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QCOMPARE(reset.size(), 0); // rows change in place
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->defaultRow(), 1); // nothing runs: the newest
}

void TestOperationListModel::statesAndCountsFollowTheRun()
{
    const qint64 group = smallGroup();
    // Slow enough that the run lasts a few seconds: long enough to have a rate.
    FaultSettings slow;
    slow.latencyMinMs = 150;
    slow.latencyMaxMs = 200;
    m_fixture->setFaults(slow);
    const QList<UserRef> users = m_fixture->nonMemberRefs(group, 60);
    ChangeOperation *add = m_fixture->workspace->addMembers(group, users);
    ChangeOperation *next = m_fixture->workspace->addMembers(smallGroup(group), m_fixture->nonMemberRefs(smallGroup(group), 2));
    QSignalSpy started(m_model.get(), &OperationListModel::rowStarted);
    QTRY_COMPARE_WITH_TIMEOUT(cell(*m_model, 0, OperationListModel::StateColumn), u"Running"_s, kModelWaitMs);
    QCOMPARE(started.value(0).value(0).toInt(), 0);
    QCOMPARE(m_model->defaultRow(), 0); // the running one
    QCOMPARE(cell(*m_model, 1, OperationListModel::StateColumn), u"Queued"_s);
    QVERIFY(!cell(*m_model, 0, OperationListModel::StartedColumn).isEmpty());
    QVERIFY(cell(*m_model, 0, OperationListModel::FinishedColumn).isEmpty());
    // Once it has run a moment: a rate, the time left, and the line that says both.
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rate(0).has_value() && m_model->secondsLeft(0).has_value(), kModelWaitMs);
    QVERIFY(*m_model->rate(0) > 0);
    const QString line = m_model->progressText(0);
    QVERIFY2(line.contains(u" of 60 \u00b7 "_s) && line.contains(u"per second"_s) && line.contains(u"left"_s), qPrintable(line));
    QVERIFY(!cell(*m_model, 0, OperationListModel::RateColumn).isEmpty());
    QVERIFY(awaitChanges(*m_fixture->workspace));
    m_fixture->setFaults({});
    QCOMPARE(add->count(BulkOutcome::Done), 60);
    QCOMPARE(cell(*m_model, 0, OperationListModel::StateColumn), u"Done"_s);
    QCOMPARE(cell(*m_model, 0, OperationListModel::ProgressColumn), u"60 of 60"_s);
    QVERIFY(cell(*m_model, 0, OperationListModel::RateColumn).isEmpty());
    QVERIFY(!cell(*m_model, 0, OperationListModel::FinishedColumn).isEmpty());
    QCOMPARE(cell(*m_model, 1, OperationListModel::StateColumn), u"Done"_s);
    QCOMPARE(next->state(), ChangeOperation::State::Finished);
    QCOMPARE(OperationListModel::outcomeSummary(*add), u"60 added"_s);
    QCOMPARE(memberCount(group), int(m_fixture->memberIds(group).size()));
}

void TestOperationListModel::failuresShowInTheStateAndTheSummary()
{
    const qint64 group = smallGroup();
    const QList<UserRef> users = m_fixture->nonMemberRefs(group, 40);
    m_fixture->failRequests(0.3, 7);
    ChangeOperation *add = m_fixture->workspace->addMembers(group, users);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    m_fixture->setFaults({});
    const int failed = add->count(BulkOutcome::Failed);
    QVERIFY2(failed > 0 && failed < 40, "the fault injector failed none or all");
    QCOMPARE(cell(*m_model, 0, OperationListModel::StateColumn), u"Partly done: %1 failed"_s.arg(failed));
    QCOMPARE(OperationListModel::outcomeSummary(*add), u"%1 added, %2 failed"_s.arg(40 - failed).arg(failed));
    QCOMPARE(m_model->index(0, OperationListModel::StateColumn).data(Qt::ToolTipRole).toString(),
        OperationListModel::outcomeSummary(*add));

    // A retry runs the row again, and ends it done.
    m_fixture->client->setRetryPolicy(quickRetries());
    QSignalSpy started(m_model.get(), &OperationListModel::rowStarted);
    add->retryFailed();
    QCOMPARE(started.size(), 1);
    QCOMPARE(cell(*m_model, 0, OperationListModel::StateColumn), u"Running"_s);
    QTRY_COMPARE_WITH_TIMEOUT(add->state(), ChangeOperation::State::Finished, kModelWaitMs);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QCOMPARE(cell(*m_model, 0, OperationListModel::StateColumn), u"Done"_s);
    QCOMPARE(OperationListModel::outcomeSummary(*add), u"40 added"_s);
}

void TestOperationListModel::pauseStopsSendingAndResumeFinishes()
{
    const qint64 group = smallGroup();
    const int before = memberCount(group);
    const QList<UserRef> users = m_fixture->nonMemberRefs(group, 80);
    FaultSettings slow;
    slow.latencyMinMs = 30;
    slow.latencyMaxMs = 50;
    m_fixture->setFaults(slow);
    ChangeOperation *add = m_fixture->workspace->addMembers(group, users);
    QSignalSpy paused(add, &ChangeOperation::pausedChanged);
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() >= 10, kModelWaitMs);
    add->pause();
    QVERIFY(add->isPaused());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(cell(*m_model, 0, OperationListModel::StateColumn), u"Paused"_s);
    QVERIFY(m_model->progressText(0).endsWith(u"paused"_s));
    // Requests in flight finish; then nothing more is sent.
    QTRY_COMPARE_WITH_TIMEOUT(add->count(BulkOutcome::Running), 0, kModelWaitMs);
    const int finishedWhenPaused = add->finishedCount();
    const int membersWhenPaused = memberCount(group);
    QVERIFY(finishedWhenPaused < 80);
    QCOMPARE(membersWhenPaused, before + add->count(BulkOutcome::Done));
    // Watching for something that must not happen takes a while of nothing: 20 round trips' worth.
    QTest::qWait(1000);
    QCOMPARE(memberCount(group), membersWhenPaused);
    QCOMPARE(add->finishedCount(), finishedWhenPaused);
    QCOMPARE(add->state(), ChangeOperation::State::Running);

    add->resume();
    QVERIFY(!add->isPaused());
    QCOMPARE(paused.size(), 2);
    QCOMPARE(cell(*m_model, 0, OperationListModel::StateColumn), u"Running"_s);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    m_fixture->setFaults({});
    QCOMPARE(add->count(BulkOutcome::Done), 80);
    QCOMPARE(memberCount(group), before + 80);
    QCOMPARE(cell(*m_model, 0, OperationListModel::StateColumn), u"Done"_s);
}

void TestOperationListModel::cancelledRunSaysSo()
{
    const qint64 group = smallGroup();
    FaultSettings slow;
    slow.latencyMinMs = 30;
    slow.latencyMaxMs = 50;
    m_fixture->setFaults(slow);
    ChangeOperation *add = m_fixture->workspace->addMembers(group, m_fixture->nonMemberRefs(group, 60));
    ChangeOperation *waiting = m_fixture->workspace->addMembers(group, m_fixture->nonMemberRefs(group, 3));
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() >= 5, kModelWaitMs);
    // Paused, then cancelled: it ends, and is no longer paused.
    add->pause();
    waiting->cancel();
    add->cancel();
    QVERIFY(awaitChanges(*m_fixture->workspace));
    m_fixture->setFaults({});
    QVERIFY(!add->isPaused());
    QVERIFY(add->count(BulkOutcome::Cancelled) > 0);
    QCOMPARE(cell(*m_model, 0, OperationListModel::StateColumn), u"Cancelled"_s);
    // Done of total says what held, not what merely ended.
    QCOMPARE(cell(*m_model, 0, OperationListModel::ProgressColumn), u"%1 of 60"_s.arg(add->count(BulkOutcome::Done)));
    QVERIFY2(OperationListModel::outcomeSummary(*add).contains(u"cancelled"_s), qPrintable(OperationListModel::outcomeSummary(*add)));
    QCOMPARE(cell(*m_model, 1, OperationListModel::StateColumn), u"Done"_s); // nothing to do, nothing failed
    QCOMPARE(OperationListModel::outcomeSummary(*waiting), u"Nothing to do"_s);
}

void TestOperationListModel::theSummaryFitsTheKind()
{
    const qint64 from = smallGroup();
    const qint64 to = smallGroup(from);
    const QList<UserRef> users = m_fixture->nonMemberRefs(from, 4);
    ChangeOperation *add = m_fixture->workspace->addMembers(from, users);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QCOMPARE(OperationListModel::outcomeSummary(*add), u"4 added"_s);
    ChangeOperation *again = m_fixture->workspace->addMembers(from, users.mid(0, 1));
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QCOMPARE(OperationListModel::outcomeSummary(*again), u"1 already a member"_s);
    ChangeOperation *move = m_fixture->workspace->addMembers(to, users.mid(0, 3), from);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QCOMPARE(OperationListModel::outcomeSummary(*move), u"3 moved"_s);
    ChangeOperation *remove = m_fixture->workspace->removeMembers(from, users);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QCOMPARE(OperationListModel::outcomeSummary(*remove), u"1 removed, 3 not members"_s);
    QCOMPARE(m_model->rowCount(), 4);
}

void TestOperationListModel::aRowOutlivesItsOperation()
{
    const qint64 group = smallGroup();
    QVERIFY(m_fixture->workspace->setUndoLimit(1));
    QPointer<ChangeOperation> first = m_fixture->workspace->addMembers(group, m_fixture->nonMemberRefs(group, 2));
    QVERIFY(awaitChanges(*m_fixture->workspace));
    const QString text = first->text();
    // A second step pushes the first out of the undo stack, and its run goes.
    m_fixture->workspace->addMembers(group, m_fixture->nonMemberRefs(group, 1));
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QTRY_VERIFY(first.isNull());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->operation(0), nullptr);
    QCOMPARE(cell(*m_model, 0, OperationListModel::TextColumn), text);
    QCOMPARE(cell(*m_model, 0, OperationListModel::StateColumn), u"Done"_s);
    QCOMPARE(cell(*m_model, 0, OperationListModel::ProgressColumn), u"2 of 2"_s);
    QVERIFY(m_model->index(0, OperationListModel::TextColumn).data(Qt::ToolTipRole).toString().contains(u"no longer"_s));
    // A new operation (perhaps at the old one's address) gets a row of its own.
    m_fixture->workspace->addMembers(group, m_fixture->nonMemberRefs(group, 1));
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(awaitChanges(*m_fixture->workspace));
}

void TestOperationListModel::saysWhenTheRateLimitHoldsItBack()
{
    // 40 additions under 10 requests per 2 s: the run must wait for the limit, and its line says
    // so instead of looking stuck.
    const qint64 group = smallGroup();
    const QList<UserRef> users = m_fixture->nonMemberRefs(group, 40);
    FaultSettings limited;
    limited.rateLimitRequests = 10;
    limited.rateLimitWindowSeconds = 2;
    m_fixture->setFaults(limited);
    ChangeOperation *add = m_fixture->workspace->addMembers(group, users);
    bool saidSo = false;
    QVERIFY(QTest::qWaitFor(
        [&] {
            saidSo = saidSo || m_model->progressText(0).contains(u"Waiting for the API's rate limit"_s);
            return saidSo || add->state() == ChangeOperation::State::Finished;
        },
        60'000));
    QVERIFY2(saidSo, qPrintable(m_model->progressText(0)));
    QVERIFY(awaitChanges(*m_fixture->workspace, 120'000));
    QCOMPARE(add->count(BulkOutcome::Failed), 0);
    QVERIFY(memberCount(group) >= users.size());
    // Finished: no wait to tell of any more.
    QVERIFY(!m_model->progressText(0).contains(u"rate limit"_s));
    m_fixture->setFaults({});
}

QTEST_GUILESS_MAIN(TestOperationListModel)
#include "tst_operationlistmodel.moc"
