// The bulk queue: many membership and share changes, against a sandbox that fails some of
// them; each change's outcome must match what the database holds afterwards.

#include "apitestfixture.h"
#include "scriptedserver.h"

using namespace Qt::StringLiterals;
using namespace Api;

Q_DECLARE_METATYPE(Api::BulkChange)

namespace {

/// A scripted server's answer to the queue's read of group \a id: a whole Group, no members.
QByteArray emptyGroup(qint64 id)
{
    Group group;
    group.id = id;
    group.name = u"Scripted"_s;
    group.createdAt = group.updatedAt = QDateTime::currentDateTimeUtc();
    return QJsonDocument(group.toJson()).toJson(QJsonDocument::Compact);
}

/// A client of \a server whose retries wait 30 to 60 s: longer than any test waits.
std::unique_ptr<ApiClient> slowRetryingClient(const ScriptedServer &server)
{
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.apiKey = u"scripted-key"_s;
    auto client = std::make_unique<ApiClient>(settings);
    RetryPolicy slow = quickRetries(3);
    slow.baseDelayMs = slow.maxDelayMs = 60'000;
    client->setRetryPolicy(slow);
    return client;
}

} // namespace

class TestApiBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void addManyReportsAlreadyMembers();
    void failuresAreReportedExactlyAndOnlyTheyAreRetried();
    void exactUnderGarblingAndFailures();
    void removeMembers();
    void pauseAndResume();
    void cancelLeavesNothingRunning();
    void sharesInBulk();
    void aShareCarriesItsNotice();
    void theQueueKnowsWhatEachShareHeldBefore();
    void describeNamesTheGroup_data();
    void describeNamesTheGroup();
    void unknownGroupFailsEveryChange();
    void closingTheClientEndsTheQueue();
    void aChangeBackingOffLendsItsSlot();
    void aFailingServerSeesFewChangesTried();

private:
    static QList<qint64> targets(const BulkQueue &queue, const QList<int> &indexes)
    {
        QList<qint64> ids;
        for (int index : indexes)
            ids.append(queue.change(index).targetId);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    ApiFixture m_fixture;
};

void TestApiBulk::initTestCase()
{
    QVERIFY(m_fixture.startApi());
}

void TestApiBulk::cleanup()
{
    m_fixture.setFaults({});
}

void TestApiBulk::addManyReportsAlreadyMembers()
{
    const qint64 group = 24;
    const QList<qint64> before = m_fixture.memberIds(group);
    const QList<qint64> newcomers = m_fixture.nonMemberIds(group, 200);
    QCOMPARE(newcomers.size(), 200);
    BulkQueue queue(m_fixture.client.get());
    queue.add(additions(group, newcomers));
    queue.add(additions(group, before.mid(0, 5)));
    QList<int> progress;
    connect(&queue, &BulkQueue::progress, this, [&](int finished, int total) {
        QCOMPARE(total, 205);
        progress.append(finished);
    });
    queue.start();
    QVERIFY(awaitQueue(queue));
    QCOMPARE(queue.count(BulkOutcome::Done), 200);
    QCOMPARE(queue.count(BulkOutcome::AlreadySo), 5);
    QCOMPARE(targets(queue, queue.indexesWith(BulkOutcome::AlreadySo)), before.mid(0, 5));
    QCOMPARE(progress.size(), 205);
    QCOMPARE(progress.last(), 205);
    QList<qint64> expected = before + newcomers;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_fixture.memberIds(group), expected);
    QVERIFY(!queue.isBusy());
}

void TestApiBulk::failuresAreReportedExactlyAndOnlyTheyAreRetried()
{
    const qint64 group = m_fixture.newGroup(u"Bulk Under Fire"_s);
    QVERIFY(group);
    const QList<qint64> users = m_fixture.nonMemberIds(group, 300);
    auto client = m_fixture.clientAs(u"admin"_s, RetryPolicy::none()); // every 503 shows as a failure
    FaultSettings faults;
    faults.failureRate = 0.25;
    faults.seed = 3;
    m_fixture.setFaults(faults);

    BulkQueue queue(client.get());
    queue.add(additions(group, users));
    queue.start();
    QVERIFY(awaitQueue(queue));
    const QList<int> failed = queue.indexesWith(BulkOutcome::Failed);
    QVERIFY2(failed.size() > 20 && failed.size() < 150, qPrintable(QString::number(failed.size())));
    QCOMPARE(queue.count(BulkOutcome::Done) + failed.size(), 300);
    // Done are exactly the members now; each failure says why.
    QCOMPARE(m_fixture.memberIds(group), targets(queue, queue.indexesWith(BulkOutcome::Done)));
    for (int index : failed) {
        QCOMPARE(queue.error(index).httpStatus, 503);
        QVERIFY(!queue.error(index).errorDescription.isEmpty());
        QCOMPARE(queue.error(index).path, u"/groups/%1/members/%2"_s.arg(group).arg(queue.change(index).targetId));
    }

    m_fixture.setFaults({});
    QList<int> retried;
    connect(&queue, &BulkQueue::itemFinished, this, [&](int index) { retried.append(index); });
    queue.retryFailed();
    QVERIFY(awaitQueue(queue));
    std::sort(retried.begin(), retried.end());
    QCOMPARE(retried, failed);
    QCOMPARE(queue.count(BulkOutcome::Done), 300);
    QCOMPARE(m_fixture.memberIds(group), users);
}

void TestApiBulk::exactUnderGarblingAndFailures()
{
    // A bad day (503s, garbled bodies, latency, a rate limit) with the client's retries: every
    // change is made, none twice, and the group ends exactly as asked.
    const qint64 group = m_fixture.newGroup(u"Bulk On A Bad Day"_s);
    QVERIFY(group);
    const QList<qint64> users = m_fixture.nonMemberIds(group, 120);
    QCOMPARE(users.size(), 120);
    QList<BulkChange> changes = additions(group, users);
    for (qint64 user : users.mid(0, 30))
        changes.append(BulkChange::removeMember(group, user)); // each waits for its add
    m_fixture.setBadDay(0.1, 23);
    // Twelve tries: a change fails only if all 12 do, never in practice.
    auto client = m_fixture.clientAs(u"admin"_s, quickRetries(12));

    BulkQueue queue(client.get());
    queue.add(changes);
    queue.start();
    QVERIFY(awaitQueue(queue));
    m_fixture.setFaults({});
    for (int index : queue.indexesWith(BulkOutcome::Failed))
        qWarning().noquote() << queue.change(index).describe() << queue.error(index).toString();
    QCOMPARE(queue.count(BulkOutcome::Failed), 0);
    QCOMPARE(queue.count(BulkOutcome::Done), 150);
    QCOMPARE(m_fixture.memberIds(group), users.mid(30));
}

void TestApiBulk::removeMembers()
{
    const qint64 group = 8;
    const QList<qint64> before = m_fixture.memberIds(group);
    QVERIFY(before.size() >= 20);
    const QList<qint64> leaving = before.mid(0, 20);
    const QList<qint64> strangers = m_fixture.nonMemberIds(group, 10);
    BulkQueue queue(m_fixture.client.get());
    QList<BulkChange> changes;
    for (qint64 user : leaving + strangers)
        changes.append(BulkChange::removeMember(group, user));
    queue.add(changes);
    queue.start();
    QVERIFY(awaitQueue(queue));
    QCOMPARE(targets(queue, queue.indexesWith(BulkOutcome::Done)), leaving);
    QCOMPARE(targets(queue, queue.indexesWith(BulkOutcome::AlreadySo)), strangers);
    QCOMPARE(m_fixture.memberIds(group), before.mid(20));
}

void TestApiBulk::pauseAndResume()
{
    const qint64 group = m_fixture.newGroup(u"Bulk Paused"_s);
    FaultSettings faults;
    faults.latencyMinMs = faults.latencyMaxMs = 20;
    m_fixture.setFaults(faults);
    BulkQueue queue(m_fixture.client.get());
    queue.setConcurrency(4);
    queue.add(additions(group, m_fixture.nonMemberIds(group, 80)));
    connect(&queue, &BulkQueue::progress, this, [&](int finished) {
        if (finished == 10)
            queue.pause();
    });
    queue.start();
    QTRY_VERIFY(queue.isPaused() && queue.count(BulkOutcome::Running) == 0);
    const int atPause = queue.finishedCount();
    QVERIFY2(atPause >= 10 && atPause <= 10 + queue.concurrency(), qPrintable(QString::number(atPause)));
    QTest::qWait(300);
    QCOMPARE(queue.finishedCount(), atPause);
    QCOMPARE(m_fixture.memberIds(group).size(), atPause);
    queue.resume();
    QVERIFY(awaitQueue(queue));
    QCOMPARE(queue.count(BulkOutcome::Done), 80);
    QCOMPARE(m_fixture.memberIds(group).size(), 80);
}

void TestApiBulk::cancelLeavesNothingRunning()
{
    const qint64 group = m_fixture.newGroup(u"Bulk Cancelled"_s);
    FaultSettings faults;
    faults.latencyMinMs = faults.latencyMaxMs = 30;
    m_fixture.setFaults(faults);
    const QList<qint64> users = m_fixture.nonMemberIds(group, 100);
    BulkQueue queue(m_fixture.client.get());
    queue.add(additions(group, users));
    bool finished = false;
    connect(&queue, &BulkQueue::finished, this, [&] { finished = true; });
    const auto cancelAtTen = connect(&queue, &BulkQueue::progress, this, [&](int done) {
        if (done == 10)
            queue.cancel();
    });
    queue.start();
    QTRY_VERIFY(finished);
    QCOMPARE(queue.count(BulkOutcome::Pending), 0);
    QCOMPARE(queue.count(BulkOutcome::Running), 0);
    QVERIFY(queue.count(BulkOutcome::Cancelled) >= 80);
    QCOMPARE(queue.count(BulkOutcome::Done) + queue.count(BulkOutcome::Cancelled), 100);
    QTest::qWait(200);
    // A request cancelled in flight may have reached the server: members are the done ones and
    // perhaps some of those cancelled, never others.
    const QList<qint64> done = targets(queue, queue.indexesWith(BulkOutcome::Done));
    const QList<qint64> now = m_fixture.memberIds(group);
    for (qint64 user : done)
        QVERIFY(now.contains(user));
    QVERIFY(now.size() <= done.size() + queue.concurrency());
    // Only those sent can be among them, and the queue knows which were.
    int sentAndCancelled = 0;
    for (int index : queue.indexesWith(BulkOutcome::Cancelled)) {
        if (queue.wasSent(index))
            ++sentAndCancelled;
        else
            QVERIFY(!now.contains(queue.change(index).targetId));
    }
    QVERIFY(sentAndCancelled <= queue.concurrency());
    QVERIFY(now.size() <= done.size() + sentAndCancelled);
    for (int index : queue.indexesWith(BulkOutcome::Done))
        QVERIFY(queue.wasSent(index));

    // Retrying reads the group again, so one that did reach the server shows as already so.
    m_fixture.setFaults({});
    disconnect(cancelAtTen);
    queue.retryFailed();
    QVERIFY(awaitQueue(queue));
    QCOMPARE(queue.count(BulkOutcome::Done) + queue.count(BulkOutcome::AlreadySo), 100);
    QCOMPARE(queue.count(BulkOutcome::AlreadySo), now.size() - done.size());
    QCOMPARE(m_fixture.memberIds(group), users);
}

void TestApiBulk::sharesInBulk()
{
    const qint64 group = m_fixture.newGroup(u"Bulk Shared"_s);
    QVERIFY(await(m_fixture.client->groups().putSharesUsers(group, {98}, Api::PermissionLevel::Write)).ok());
    BulkQueue queue(m_fixture.client.get());
    QList<BulkChange> changes;
    for (qint64 user : {98, 99, 100, 101}) {
        BulkChange change{BulkChange::Action::ShareWithUser, group, user, Api::PermissionLevel::Write, {}, {}, {}, {}};
        changes.append(change);
    }
    changes.append(
        {BulkChange::Action::ShareWithGroup, group, 3, Api::PermissionLevel::Read, u"Data Engineering"_s, {}, {}, {}});
    changes.append({BulkChange::Action::RevokeUserShare, group, 100, Api::PermissionLevel::Read, {}, {}, {}, {}});
    changes.append({BulkChange::Action::RevokeUserShare, group, 250, Api::PermissionLevel::Read, {}, {}, {}, {}});
    queue.add(changes);
    queue.start();
    QVERIFY(awaitQueue(queue));
    QCOMPARE(queue.outcome(0), BulkOutcome::AlreadySo); // 98 could write already
    for (int i : {1, 2, 3, 4, 5})
        QCOMPARE(queue.outcome(i), BulkOutcome::Done);
    QCOMPARE(queue.outcome(6), BulkOutcome::AlreadySo); // 250 held no share
    QCOMPARE(m_fixture.ids(u"SELECT user_id FROM user_shares WHERE group_id = %1 AND level = 2"_s.arg(group)),
        (QList<qint64>{98, 99, 101}));
    QCOMPARE(
        m_fixture.ids(u"SELECT grantee_group_id FROM group_shares WHERE group_id = %1"_s.arg(group)), QList<qint64>{3});
    QCOMPARE(queue.change(4).describe(), u"Give Data Engineering read access to group %1"_s.arg(group));
}

void TestApiBulk::aShareCarriesItsNotice()
{
    // The shared e-mail option rides on each share's PUT: the sandbox records what it would mail.
    const qint64 group = m_fixture.newGroup(u"Bulk Noticed"_s);
    // By kind, not by arrival: the queue sends its changes a few at a time, in any order.
    const auto outbox = [&](const QString &column) {
        return m_fixture.column(
            u"SELECT %1 FROM share_email_outbox WHERE group_id = %2 ORDER BY grantee_kind, id"_s.arg(column).arg(group));
    };
    QVERIFY(await(m_fixture.client->groups().putSharesUsers(group, {98}, Api::PermissionLevel::Read)).ok());
    BulkQueue queue(m_fixture.client.get());
    const Api::ShareNotice notice{true, u"Welcome aboard, see the \"Q3, plans\" doc"_s};
    BulkChange user{BulkChange::Action::ShareWithUser, group, 99, Api::PermissionLevel::Write, {}, {}, notice, {}};
    BulkChange already{BulkChange::Action::ShareWithUser, group, 98, Api::PermissionLevel::Read, {}, {}, notice, {}};
    BulkChange team{BulkChange::Action::ShareWithGroup, group, 3, Api::PermissionLevel::Read, {}, {}, notice, {}};
    BulkChange quiet{BulkChange::Action::ShareWithUser, group, 100, Api::PermissionLevel::Read, {}, {}, {}, {}};
    queue.add({user, already, team, quiet});
    queue.start();
    QVERIFY(awaitQueue(queue));
    QCOMPARE(queue.count(BulkOutcome::Done), 3);
    QCOMPARE(queue.outcome(1), BulkOutcome::AlreadySo);
    // One notice per share sent with one: none for the share already so, none for the quiet one.
    QCOMPARE(outbox(u"grantee_kind"_s), (QVariantList{u"group"_s, u"user"_s}));
    QCOMPARE(outbox(u"grantee_ids"_s), (QVariantList{u"3"_s, u"99"_s}));
    QCOMPARE(outbox(u"body"_s), (QVariantList{notice.shareEmailBody, notice.shareEmailBody}));
    // The request as the wire has it.
    const Api::ApiRequest request = Api::GroupsApi::putSharesRequest(
        group, Api::GroupsApi::Principal::Users, {99}, Api::PermissionLevel::Write, notice);
    QVERIFY(request.body);
    const QJsonObject body = request.body->toObject();
    QCOMPARE(body.value(u"send_shared_email"_s).toBool(), true);
    QCOMPARE(body.value(u"share_email_body"_s).toString(), notice.shareEmailBody);
}

void TestApiBulk::theQueueKnowsWhatEachShareHeldBefore()
{
    // What an undo must give back is what the target held when its change went out.
    const qint64 group = m_fixture.newGroup(u"Bulk Held"_s);
    QVERIFY(await(m_fixture.client->groups().putSharesUsers(group, {98}, Api::PermissionLevel::Manage)).ok());
    QVERIFY(await(m_fixture.client->groups().putSharesGroups(group, {3}, Api::PermissionLevel::Write)).ok());
    BulkQueue queue(m_fixture.client.get());
    queue.add({{BulkChange::Action::ShareWithUser, group, 98, Api::PermissionLevel::Read, {}, {}, {}, {}},
        {BulkChange::Action::ShareWithUser, group, 99, Api::PermissionLevel::Read, {}, {}, {}, {}},
        {BulkChange::Action::ShareWithGroup, group, 3, Api::PermissionLevel::Read, {}, {}, {}, {}},
        // The same target again: it waits for the first, and sees what that made.
        {BulkChange::Action::ShareWithUser, group, 98, Api::PermissionLevel::Write, {}, {}, {}, {}},
        {BulkChange::Action::ShareWithUser, group, 99, Api::PermissionLevel::Read, {}, {}, {}, {}}});
    queue.start();
    QVERIFY(awaitQueue(queue));
    QVERIFY(queue.knowsHeldBefore(0));
    QCOMPARE(queue.heldBefore(0), Api::PermissionLevel::Manage);
    QVERIFY(queue.knowsHeldBefore(1));
    QCOMPARE(queue.heldBefore(1), std::nullopt);
    QCOMPARE(queue.heldBefore(2), Api::PermissionLevel::Write);
    QCOMPARE(queue.heldBefore(3), Api::PermissionLevel::Read);
    // Already so: never sent, so nothing to undo.
    QCOMPARE(queue.outcome(4), BulkOutcome::AlreadySo);
    QVERIFY(!queue.knowsHeldBefore(4));
}

void TestApiBulk::describeNamesTheGroup_data()
{
    QTest::addColumn<BulkChange>("change");
    QTest::addColumn<QString>("described");
    using Action = BulkChange::Action;
    using Level = Api::PermissionLevel; // the sandbox has a PermissionLevel of its own
    const QString ada = u"Ada Lovelace"_s;
    const QString boston = u"Boston Office"_s;

    QTest::newRow("add") << BulkChange::addMember(7, 40, ada, boston) << u"Add Ada Lovelace to Boston Office"_s;
    QTest::newRow("remove") << BulkChange::removeMember(7, 40, ada, boston)
                            << u"Remove Ada Lovelace from Boston Office"_s;
    QTest::newRow("share read") << BulkChange{Action::ShareWithUser, 7, 40, Level::Read, ada, boston, {}, {}}
                                << u"Give Ada Lovelace read access to Boston Office"_s;
    QTest::newRow("share write") << BulkChange{Action::ShareWithUser, 7, 40, Level::Write, ada, boston, {}, {}}
                                 << u"Give Ada Lovelace write access to Boston Office"_s;
    QTest::newRow("share manage") << BulkChange{Action::ShareWithUser, 7, 40, Level::Manage, ada, boston, {}, {}}
                                  << u"Give Ada Lovelace manage access to Boston Office"_s;
    QTest::newRow("share with a group") << BulkChange{Action::ShareWithGroup, 7, 3, Level::Write, u"Data Engineering"_s,
        boston, {}, {}} << u"Give Data Engineering write access to Boston Office"_s;
    QTest::newRow("revoke") << BulkChange{Action::RevokeUserShare, 7, 40, Level::Read, ada, boston, {}, {}}
                            << u"Revoke Ada Lovelace's access to Boston Office"_s;
    QTest::newRow("revoke a group's") << BulkChange{Action::RevokeGroupShare, 7, 3, Level::Read, u"Data Engineering"_s,
        boston, {}, {}} << u"Revoke Data Engineering's access to Boston Office"_s;
    // Without names: the ids.
    QTest::newRow("add, no names") << BulkChange::addMember(7, 40) << u"Add user 40 to group 7"_s;
    QTest::newRow("remove, no group name")
        << BulkChange::removeMember(7, 40, ada) << u"Remove Ada Lovelace from group 7"_s;
    QTest::newRow("share with a group, no names") << BulkChange{Action::ShareWithGroup, 7, 3, Level::Read, {}, {}, {},
        {}} << u"Give group 3 read access to group 7"_s;
    QTest::newRow("revoke, no names") << BulkChange{Action::RevokeUserShare, 7, 40, Level::Read, {}, {}, {}, {}}
                                      << u"Revoke user 40's access to group 7"_s;
    // A name is a name, not a placeholder.
    QTest::newRow("names holding %1") << BulkChange::addMember(7, 40, u"Ada %2"_s, u"Office %1"_s)
                                      << u"Add Ada %2 to Office %1"_s;
}

void TestApiBulk::describeNamesTheGroup()
{
    QFETCH(BulkChange, change);
    QFETCH(QString, described);
    QCOMPARE(change.describe(), described);
}

void TestApiBulk::unknownGroupFailsEveryChange()
{
    BulkQueue queue(m_fixture.client.get());
    queue.add(additions(999999, {98, 99, 100}));
    queue.start();
    QVERIFY(awaitQueue(queue));
    QCOMPARE(queue.count(BulkOutcome::Failed), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(queue.error(i).httpStatus, 404);
        QVERIFY(!queue.error(i).message().isEmpty());
    }
}

void TestApiBulk::closingTheClientEndsTheQueue()
{
    const qint64 group = m_fixture.newGroup(u"Bulk Closed"_s);
    FaultSettings faults;
    faults.latencyMinMs = faults.latencyMaxMs = 30;
    m_fixture.setFaults(faults);
    auto client = m_fixture.clientAs(u"admin"_s);
    BulkQueue queue(client.get());
    queue.add(additions(group, m_fixture.nonMemberIds(group, 50)));
    bool finished = false;
    connect(&queue, &BulkQueue::finished, this, [&] { finished = true; });
    connect(&queue, &BulkQueue::progress, this, [&](int done) {
        if (done == 5)
            client.reset(); // e.g. the person switched to another connection
    });
    queue.start();
    QTRY_VERIFY(finished);
    QVERIFY(!queue.isBusy());
    QCOMPARE(queue.count(BulkOutcome::Pending) + queue.count(BulkOutcome::Running), 0);
    QVERIFY(queue.count(BulkOutcome::Cancelled) >= 40);
    const int cancelled = queue.indexesWith(BulkOutcome::Cancelled).first();
    QCOMPARE(queue.error(cancelled).detail, u"The connection was closed."_s);
}

void TestApiBulk::aChangeBackingOffLendsItsSlot()
{
    // Every try to add user 1 is answered 503, every other change is made. While user 1's
    // retry backs off (30 s or more), the queue's one slot serves the other changes: a back-off
    // spares the server that one request, it does not hold up the rest (issue 24).
    ScriptedServer server([](int, const SeenRequest &request) {
        ScriptedAnswer answer;
        answer.body = emptyGroup(5);
        if (request.method == "PUT" && request.target.endsWith("/members/1"))
            answer.status = 503;
        return answer;
    });
    auto client = slowRetryingClient(server);
    BulkQueue queue(client.get());
    queue.setConcurrency(1);
    queue.add(additions(5, {1, 2, 3, 4, 5, 6, 7, 8, 9}));
    queue.start();
    QTRY_COMPARE(queue.count(BulkOutcome::Done), 8);
    QCOMPARE(queue.outcome(0), BulkOutcome::Running);
    QVERIFY(queue.isBusy());
    // Still one request at a time: the group's read, user 1's try and one PUT for each other.
    QCOMPARE(server.requestCount(), 10);
    queue.cancel();
    QCOMPARE(queue.outcome(0), BulkOutcome::Cancelled);
    QVERIFY(!queue.isBusy());
}

void TestApiBulk::aFailingServerSeesFewChangesTried()
{
    // A server that fails every change: the slots of those backing off are lent only up to the
    // queue's bound, so the server sees that many changes tried, not all thirty.
    ScriptedServer server([](int, const SeenRequest &request) {
        ScriptedAnswer answer;
        answer.body = emptyGroup(5);
        if (request.method == "PUT")
            answer.status = 503;
        return answer;
    });
    auto client = slowRetryingClient(server);
    BulkQueue queue(client.get());
    queue.setConcurrency(2);
    QList<qint64> users;
    for (qint64 user = 1; user <= 30; ++user)
        users.append(user);
    queue.add(additions(5, users));
    queue.start();
    const int bound = 2 * BulkQueue::kMaxUnderwayPerSlot;
    QTRY_COMPARE(queue.count(BulkOutcome::Running), bound);
    QTRY_COMPARE(server.requestCount(), 1 + bound); // the group's read, then one try each
    QTest::qWait(300);
    QCOMPARE(server.requestCount(), 1 + bound);
    QCOMPARE(queue.count(BulkOutcome::Pending), 30 - bound);
    queue.cancel();
    QCOMPARE(queue.count(BulkOutcome::Cancelled), 30);
}

QTEST_GUILESS_MAIN(TestApiBulk)
#include "tst_apibulk.moc"
