// Retries, time limits, bad bodies and cancellation: the sandbox's injected faults where it
// has them (rate limit, 503, latency, garbled bodies), a scripted server for the rest.

#include "apitestfixture.h"
#include "scriptedserver.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QThread>

using namespace Qt::StringLiterals;
using namespace Api;

namespace {

ScriptedAnswer answer(int status, const QByteArray &body = "{}", QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    ScriptedAnswer a;
    a.status = status;
    a.body = body;
    a.headers = std::move(headers);
    return a;
}

/// A whole valid Group body, for calls whose answer must parse.
QByteArray groupBody(qint64 id)
{
    Group group;
    group.id = id;
    group.name = u"Scripted"_s;
    group.createdAt = group.updatedAt = QDateTime::currentDateTimeUtc();
    return QJsonDocument(group.toJson()).toJson(QJsonDocument::Compact);
}

ConnectionSettings settingsFor(const ScriptedServer &server)
{
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.apiKey = u"scripted-key"_s;
    return settings;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

class TestApiRetries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void rateLimitWaitsForRetryAfter();
    void serviceUnavailableIsRetried();
    void statusesRetriedByMethod_data();
    void statusesRetriedByMethod();
    void triesAreBounded();
    void totalTimeIsBounded();
    void timeoutIsTyped();
    void garbledBodiesAreTypedErrors();
    void wrongShapeNamesTheField();
    void badJsonSaysWhereItBroke_data();
    void badJsonSaysWhereItBroke();
    void bigBodiesAreReadOffTheMainThread();
    void htmlErrorPageIsReadable();
    void connectionResetMidAnswer();
    void cancelStopsTraffic();
    void cancelDuringRetryWaitSendsNothingMore();
    void requestHeaders();
    void redirectToAnotherOriginIsNotFollowed();

private:
    ApiFixture m_fixture;
};

void TestApiRetries::initTestCase()
{
    QVERIFY(m_fixture.startApi());
}

void TestApiRetries::cleanup()
{
    m_fixture.setFaults({});
}

void TestApiRetries::rateLimitWaitsForRetryAfter()
{
    FaultSettings faults;
    faults.rateLimitRequests = 2;
    faults.rateLimitWindowSeconds = 1;
    m_fixture.setFaults(faults);
    wait(1100); // a fresh window
    QVERIFY(await(m_fixture.client->users().me()).ok());
    QVERIFY(await(m_fixture.client->users().me()).ok());

    QElapsedTimer timer;
    timer.start();
    auto call = m_fixture.client->users().me();
    QList<int> delays;
    QList<int> statuses;
    QObject::connect(call.call(), &ApiCall::retrying, call.call(), [&](int, int delayMs, const ApiError &error) {
        delays.append(delayMs);
        statuses.append(error.httpStatus);
    });
    const auto third = await(call);
    QVERIFY2(third.ok(), qPrintable(third.error.toString()));
    QVERIFY(!statuses.isEmpty());
    QCOMPARE(statuses.count(429), statuses.size());
    for (int delay : std::as_const(delays))
        QVERIFY2(delay >= 1000, "Retry-After: 1 means at least a second");
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(third.attempts, statuses.size() + 1);

    // POST is retried on 429 too: the server did not act.
    GroupAttributes attributes;
    attributes.name = u"Made After A Wait"_s;
    wait(1100);
    QVERIFY(await(m_fixture.client->users().me()).ok());
    QVERIFY(await(m_fixture.client->users().me()).ok());
    const auto created = await(m_fixture.client->groups().post(attributes));
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    QVERIFY(created.attempts >= 2);
    QCOMPARE(m_fixture.column(u"SELECT count(*) FROM groups WHERE name = 'Made After A Wait'"_s).value(0).toInt(), 1);
}

void TestApiRetries::serviceUnavailableIsRetried()
{
    FaultSettings faults;
    faults.failureRate = 1.0;
    m_fixture.setFaults(faults);
    auto call = m_fixture.client->groups().get(1);
    int retries = 0;
    QObject::connect(call.call(), &ApiCall::retrying, call.call(), [&](int, int, const ApiError &error) {
        QCOMPARE(error.httpStatus, 503);
        if (++retries == 2)
            m_fixture.setFaults({}); // the server recovers
    });
    const auto group = await(call);
    QVERIFY2(group.ok(), qPrintable(group.error.toString()));
    QCOMPARE(group.attempts, 3);
    QCOMPARE(group->id, 1);
}

void TestApiRetries::statusesRetriedByMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("GET 502") << QByteArray("GET") << 502 << 2;
    QTest::newRow("GET 504") << QByteArray("GET") << 504 << 2;
    QTest::newRow("GET 500 (not retried)") << QByteArray("GET") << 500 << 1;
    QTest::newRow("PUT 502") << QByteArray("PUT") << 502 << 2;
    QTest::newRow("DELETE 504") << QByteArray("DELETE") << 504 << 2;
    QTest::newRow("POST 502 (the server may have acted)") << QByteArray("POST") << 502 << 1;
    QTest::newRow("POST 504") << QByteArray("POST") << 504 << 1;
    QTest::newRow("POST 503") << QByteArray("POST") << 503 << 2;
    QTest::newRow("POST 429") << QByteArray("POST") << 429 << 2;
    QTest::newRow("PATCH 502") << QByteArray("PATCH") << 502 << 1;
    QTest::newRow("PATCH 503") << QByteArray("PATCH") << 503 << 2;
    QTest::newRow("GET 404") << QByteArray("GET") << 404 << 1;
}

void TestApiRetries::statusesRetriedByMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(int, expectedRequests);

    ScriptedServer server([status](int index, const SeenRequest &request) {
        if (index == 0)
            return answer(status, R"({"error":"bad_gateway","errorDescription":"Upstream trouble.","code":0})");
        return answer(request.method == "DELETE" ? 204 : 200, request.method == "DELETE" ? "" : groupBody(5));
    });
    ApiClient client(settingsFor(server));
    client.setRetryPolicy(quickRetries());
    GroupsApi groups = client.groups();
    GroupAttributes attributes;
    attributes.name = u"x"_s;
    GroupPatch patch;
    patch.name = u"x"_s;
    ApiError error;
    if (method == "GET")
        error = await(groups.get(5)).error;
    else if (method == "PUT")
        error = await(groups.putMembers(5, 9)).error;
    else if (method == "DELETE")
        error = await(groups.deleteMembers(5, 9)).error;
    else if (method == "POST")
        error = await(groups.post(attributes)).error;
    else
        error = await(groups.patch(5, patch)).error;
    QCOMPARE(server.requestCount(), expectedRequests);
    QCOMPARE(server.requests.first().method, method);
    if (expectedRequests == 1) {
        QCOMPARE(error.kind, ApiError::Kind::Refusal);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.errorDescription, u"Upstream trouble."_s);
    } else {
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
    }
}

void TestApiRetries::triesAreBounded()
{
    ScriptedServer server([](int, const SeenRequest &) { return answer(503); });
    ApiClient client(settingsFor(server));
    RetryPolicy policy = quickRetries();
    policy.maxAttempts = 4;
    client.setRetryPolicy(policy);
    const auto result = await(client.groups().get(1));
    QCOMPARE(result.error.kind, ApiError::Kind::Refusal);
    QCOMPARE(result.error.httpStatus, 503);
    QCOMPARE(result.attempts, 4);
    QCOMPARE(server.requestCount(), 4);
}

void TestApiRetries::totalTimeIsBounded()
{
    ScriptedServer server([](int, const SeenRequest &) { return answer(503, "{}", {{"Retry-After", "30"}}); });
    ApiClient client(settingsFor(server));
    RetryPolicy policy = quickRetries();
    policy.maxTotalMs = 2'000;
    client.setRetryPolicy(policy);
    QElapsedTimer timer;
    timer.start();
    const auto result = await(client.groups().get(1));
    QCOMPARE(result.error.httpStatus, 503);
    QCOMPARE(server.requestCount(), 1); // waiting 30 s would pass the 2 s budget: give up now
    QVERIFY(timer.elapsed() < 2'000);
}

void TestApiRetries::timeoutIsTyped()
{
    FaultSettings faults;
    faults.latencyMinMs = faults.latencyMaxMs = 1'500;
    m_fixture.setFaults(faults);
    ApiClient client(m_fixture.settings(QString::fromLatin1(SandboxFixture::kAdminKey)));
    RetryPolicy policy = quickRetries();
    policy.timeoutMs = 200;
    policy.maxAttempts = 2;
    client.setRetryPolicy(policy);
    QElapsedTimer timer;
    timer.start();
    const auto result = await(client.groups().get(1));
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(result.attempts, 2); // a GET is tried again after a timeout
    QVERIFY2(timer.elapsed() < 1'400, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!result.error.message().isEmpty());

    const auto post = await(client.groups().post(GroupAttributes::fromGroup(Group{})));
    QCOMPARE(post.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(post.attempts, 1);
}

void TestApiRetries::garbledBodiesAreTypedErrors()
{
    FaultSettings faults;
    faults.garbleRate = 1.0;
    faults.seed = 7;
    m_fixture.setFaults(faults);
    int htmlPages = 0;
    for (int i = 0; i < 20; ++i) {
        const auto result = await(m_fixture.client->groups().list());
        QCOMPARE(result.error.kind, ApiError::Kind::BadBody);
        QCOMPARE(result.error.httpStatus, 200);
        QVERIFY(!result.error.detail.isEmpty());
        if (result.error.detail.contains(u"HTML"_s))
            ++htmlPages;
        QCOMPARE(result.attempts, 1);
    }
    QVERIFY2(htmlPages > 0 && htmlPages < 20, "both cut-short JSON and HTML pages were seen");
}

void TestApiRetries::wrongShapeNamesTheField()
{
    ScriptedServer server([](int, const SeenRequest &) {
        QJsonObject group = QJsonDocument::fromJson(groupBody(5)).object();
        QJsonObject member{{u"id"_s, 3}, {u"name"_s, u"A"_s}, {u"username"_s, u"a"_s}, {u"initials"_s, u"A"_s},
            {u"online"_s, false}, {u"email"_s, 17}, {u"primaryGroupId"_s, QJsonValue()}, {u"active"_s, true}};
        group.insert(u"members"_s, QJsonArray{member});
        return answer(200, QJsonDocument(group).toJson());
    });
    ApiClient client(settingsFor(server));
    const auto result = await(client.groups().get(5));
    QCOMPARE(result.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(result.error.detail.startsWith(u"members[0].email must be a string"_s), qPrintable(result.error.detail));
}

void TestApiRetries::badJsonSaysWhereItBroke_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");

    const QByteArray group = groupBody(5);
    const qsizetype inName = group.indexOf("Scripted") + 3;
    QVERIFY(inName > 3);
    // Cut off, the body breaks at its end: byte N of N (QJsonParseError::offset, never past it).
    QTest::newRow("cut off in a string") << group.left(inName)
                                         << u"unterminated string at byte %1 of %1)"_s.arg(inName);
    QTest::newRow("cut off after a number") << QByteArray(R"({"id":5)") << u"at byte 7 of 7)"_s;
    QTest::newRow("cut off after a comma") << QByteArray(R"([{"id":5},)") << u"at byte 10 of 10)"_s;
    // Broken in the middle: where it broke, not the end.
    QTest::newRow("garbage after the document")
        << QByteArray(R"({"id":5}x)") << u"garbage at the end of the document at byte 8 of 9)"_s;
}

void TestApiRetries::badJsonSaysWhereItBroke()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    ScriptedServer server([body](int, const SeenRequest &) { return answer(200, body); });
    ApiClient client(settingsFor(server));
    client.setRetryPolicy(RetryPolicy::none()); // one answer to read
    const auto result = await(client.groups().get(5));
    QCOMPARE(result.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(result.error.detail.endsWith(says), qPrintable(result.error.detail));
}

void TestApiRetries::bigBodiesAreReadOffTheMainThread()
{
    // A page of 1000 users is read on a worker thread; what it finds must be just as exact.
    QJsonArray users;
    for (int i = 1; i <= 1000; ++i) {
        User user;
        user.id = i;
        user.user = user.name = u"user %1 with a name long enough to make the page big"_s.arg(i);
        users.append(user.toJson());
    }
    QJsonObject broken = users.at(899).toObject();
    broken.insert(u"email"_s, 5);
    QJsonArray wrong = users;
    wrong.replace(899, broken);
    const QByteArray good = QJsonDocument(users).toJson(QJsonDocument::Compact);
    QVERIFY(good.size() > 100'000);
    const QList<QByteArray> bodies{good, QJsonDocument(wrong).toJson(QJsonDocument::Compact), good.left(70'000)};
    ScriptedServer server([&bodies](int index, const SeenRequest &) { return answer(200, bodies.at(index % 3)); });
    ApiClient client(settingsFor(server));
    const QThread *mainThread = QThread::currentThread();
    int parsedOn = 0;

    const auto page = await(client.users().list());
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page->items.size(), 1000);
    QCOMPARE(page->items.at(999).id, 1000);

    const auto shape = await(client.users().list());
    QCOMPARE(shape.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(shape.error.detail.startsWith(u"[899].email must be a string"_s), qPrintable(shape.error.detail));

    const auto cut = await(client.users().list());
    QCOMPARE(cut.error.kind, ApiError::Kind::BadBody);
    QVERIFY2(cut.error.detail.contains(u"not valid JSON"_s), qPrintable(cut.error.detail));

    // And the parser really ran elsewhere.
    ApiRequest request = UsersApi::listRequest({});
    ApiCall *call = client.send(request, [&](const QJsonDocument &body, const PageInfo &page, ShapeError *error) {
        parsedOn = QThread::currentThread() == mainThread ? 1 : 2;
        return Parse::page<User>(body, page, error);
    });
    Call<Page<User>> typed(call);
    QVERIFY(await(typed).ok());
    QCOMPARE(parsedOn, 2);
}

void TestApiRetries::connectionResetMidAnswer()
{
    // The first answer breaks off half way; a GET is tried again, a POST is not.
    ScriptedServer server([](int index, const SeenRequest &) {
        ScriptedAnswer a = answer(200, groupBody(5));
        if (index == 0 || index == 2)
            a.resetAfterBytes = 120;
        return a;
    });
    ApiClient client(settingsFor(server));
    client.setRetryPolicy(quickRetries());
    const auto group = await(client.groups().get(5));
    QVERIFY2(group.ok(), qPrintable(group.error.toString()));
    QCOMPARE(group.attempts, 2);

    GroupAttributes attributes;
    attributes.name = u"x"_s;
    const auto created = await(client.groups().post(attributes));
    QCOMPARE(created.error.kind, ApiError::Kind::Network);
    QCOMPARE(created.attempts, 1);
    QVERIFY(!created.error.message().isEmpty());
    QCOMPARE(server.requestCount(), 3);
}

void TestApiRetries::htmlErrorPageIsReadable()
{
    ScriptedServer server([](int, const SeenRequest &) {
        ScriptedAnswer a = answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
        a.contentType = "text/html";
        return a;
    });
    ApiClient client(settingsFor(server));
    client.setRetryPolicy(RetryPolicy::none());
    const auto result = await(client.groups().list());
    QCOMPARE(result.error.kind, ApiError::Kind::Refusal);
    QCOMPARE(result.error.httpStatus, 502);
    QVERIFY2(result.error.detail.contains(u"HTML"_s), qPrintable(result.error.detail));
    QVERIFY(result.error.message().contains(u"502"_s));
}

void TestApiRetries::cancelStopsTraffic()
{
    ScriptedServer server([](int, const SeenRequest &) {
        ScriptedAnswer a = answer(503);
        a.delayMs = 300;
        return a;
    });
    ApiClient client(settingsFor(server));
    client.setRetryPolicy(quickRetries());
    auto call = client.groups().get(1);
    QTimer::singleShot(100, call.call(), [call] { call.cancel(); });
    QElapsedTimer timer;
    timer.start();
    const auto result = await(call);
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(timer.elapsed() < 300);
    wait(600);
    QCOMPARE(server.requestCount(), 1); // not tried again after the person cancelled
}

void TestApiRetries::cancelDuringRetryWaitSendsNothingMore()
{
    ScriptedServer server([](int, const SeenRequest &) { return answer(429, "{}", {{"Retry-After", "1"}}); });
    ApiClient client(settingsFor(server));
    client.setRetryPolicy(quickRetries());
    auto call = client.groups().get(1);
    QObject::connect(call.call(), &ApiCall::retrying, call.call(), [call] { call.cancel(); });
    const auto result = await(call);
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    wait(1'300);
    QCOMPARE(server.requestCount(), 1);
}

void TestApiRetries::requestHeaders()
{
    ScriptedServer server([](int, const SeenRequest &) { return answer(200, groupBody(5)); });
    ApiClient client(settingsFor(server));
    GroupPatch patch;
    patch.defaultJobsLabel = u"Shifts"_s;
    patch.organizationId = 1;
    QVERIFY(await(client.groups().patch(5, patch)).ok());
    const SeenRequest &seen = server.requests.first();
    QCOMPARE(seen.method, "PATCH");
    QCOMPARE(seen.target, "/groups/5");
    QCOMPARE(seen.headers.value("authorization"), "Bearer scripted-key");
    QVERIFY(seen.headers.value("user-agent").startsWith("CivisGroupsAdmin/" CIVIS_GROUPS_VERSION));
    QCOMPARE(seen.headers.value("content-type"), "application/json");
    QCOMPARE(seen.headers.value("accept"), "application/json");
    QCOMPARE(QJsonDocument::fromJson(seen.body).object(),
        (QJsonObject{{u"default_jobs_label"_s, u"Shifts"_s}, {u"organization_id"_s, 1}}));
}

void TestApiRetries::redirectToAnotherOriginIsNotFollowed()
{
    ScriptedServer elsewhere([](int, const SeenRequest &) { return answer(200, groupBody(5)); });
    ScriptedServer server([&elsewhere](int, const SeenRequest &) {
        return answer(302, "", {{"Location", elsewhere.url().toString().toLatin1() + "groups/5"}});
    });
    ApiClient client(settingsFor(server));
    const auto result = await(client.groups().get(5));
    QVERIFY(!result.ok());
    QCOMPARE(elsewhere.requestCount(), 0); // the key went nowhere else
}

QTEST_GUILESS_MAIN(TestApiRetries)
#include "tst_apiretries.moc"
