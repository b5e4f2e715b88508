// Retries, time limits, bad bodies and cancellation: the sandbox's injected faults where it
// has them (rate limit, 503, latency, garbled bodies), a scripted server for the rest.

#include "apitestfixture.h"
#include "scriptedserver.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QThread>

#include <atomic>
#include <numeric>

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

/// Counts, while it lives, the retry log's lines about an answer that could not be read
/// (whatever the logging rules say: it turns civis.api.retry's info lines on for itself).
class BadBodyRetryLog
{
public:
    BadBodyRetryLog()
    {
        s_count = 0;
        s_previousHandler = qInstallMessageHandler(&BadBodyRetryLog::handle);
        s_previousFilter = QLoggingCategory::installFilter(&BadBodyRetryLog::filter);
    }
    ~BadBodyRetryLog()
    {
        QLoggingCategory::installFilter(s_previousFilter);
        qInstallMessageHandler(s_previousHandler);
    }
    int count() const { return s_count; }

private:
    static bool isRetryLog(const char *category) { return category && qstrcmp(category, "civis.api.retry") == 0; }
    static void filter(QLoggingCategory *category)
    {
        if (s_previousFilter)
            s_previousFilter(category);
        if (isRetryLog(category->categoryName()))
            category->setEnabled(QtInfoMsg, true);
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (isRetryLog(context.category) && message.contains(u"bad body"_s))
            ++s_count;
        if (s_previousHandler)
            s_previousHandler(type, context, message);
    }
    static inline QtMessageHandler s_previousHandler = nullptr;
    static inline QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
    static inline std::atomic<int> s_count = 0;
};

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
    void garbledGetIsTriedAgain();
    void garbledAnswerToAChangeIsNotSentAgain_data();
    void garbledAnswerToAChangeIsNotSentAgain();
    void allPagesThroughGarbledAnswers();
    void allPagesUnderGarblingAndFailures();
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
    m_fixture.setRateLimit(2, 1);
    wait(1100); // a fresh window
    QVERIFY(await(m_fixture.client->users().me()).ok());
    QVERIFY(await(m_fixture.client->users().me()).ok());

    // A client that has not learned the limit sends the third call into the 429; the one that
    // made the two calls would wait for the window's next whole second instead (tst_apiratelimit).
    ApiClient unpaced(m_fixture.settings(QString::fromLatin1(ApiFixture::kAdminKey)));
    unpaced.setRetryPolicy(quickRetries());
    QElapsedTimer timer;
    timer.start();
    auto call = unpaced.users().me();
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
    // A client that has not learned the limit yet sends it into the 429; the one that made the
    // two calls would now wait for the window instead (tst_apiratelimit shows that pacing).
    ApiClient fresh(m_fixture.settings(QString::fromLatin1(ApiFixture::kAdminKey)));
    fresh.setRetryPolicy(quickRetries());
    const auto created = await(fresh.groups().post(attributes));
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
    auto call = client.groups().get(1);
    int retries = 0;
    QObject::connect(call.call(), &ApiCall::retrying, call.call(), [&retries] { ++retries; });
    const auto result = await(call);
    QCOMPARE(result.error.httpStatus, 503);
    QCOMPARE(server.requestCount(), 1); // waiting 30 s would pass the 2 s budget: give up now
    QCOMPARE(retries, 0); // not even a wait begun
    qInfo("gave up in %lld ms", qint64(timer.elapsed()));
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
    // Timed out, not answered: the 1.5 s answers never came in time. The wall clock is only printed.
    qInfo("two attempts timed out in %lld ms", qint64(timer.elapsed()));
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
    // One try each, so every garbled answer is the one the call ends with (a GET's is otherwise
    // tried again: see garbledGetIsTriedAgain).
    auto client = m_fixture.clientAs(u"admin"_s, RetryPolicy::none());
    int htmlPages = 0;
    for (int i = 0; i < 20; ++i) {
        const auto result = await(client->groups().list());
        QCOMPARE(result.error.kind, ApiError::Kind::BadBody);
        QCOMPARE(result.error.httpStatus, 200);
        QVERIFY(!result.error.detail.isEmpty());
        if (result.error.detail.contains(u"HTML"_s))
            ++htmlPages;
        QCOMPARE(result.attempts, 1);
    }
    QVERIFY2(htmlPages > 0 && htmlPages < 20, "both cut-short JSON and HTML pages were seen");
}

void TestApiRetries::garbledGetIsTriedAgain()
{
    // A GET changes nothing: an answer that is not the JSON asked for is worth another try, as a 503 is.
    const QByteArray good = groupBody(5);
    ScriptedServer server([good](int index, const SeenRequest &) {
        switch (index) {
        case 0:
            return answer(200, good.left(good.size() / 2)); // cut off
        case 1: {
            ScriptedAnswer html = answer(200, "<!DOCTYPE html><html><body><h1>Bad Gateway</h1></body></html>");
            html.contentType = "text/html";
            return html; // a proxy's page
        }
        case 2:
            return answer(200, R"([{"id":5}])"); // JSON, but not a group
        default:
            return answer(200, good);
        }
    });
    ApiClient client(settingsFor(server));
    client.setRetryPolicy(quickRetries());
    auto call = client.groups().get(5);
    QList<ApiError> retried;
    QObject::connect(
        call.call(), &ApiCall::retrying, call.call(), [&](int, int, const ApiError &error) { retried.append(error); });
    const auto group = await(call);
    QVERIFY2(group.ok(), qPrintable(group.error.toString()));
    QCOMPARE(group->id, 5);
    QCOMPARE(group.attempts, 4);
    QCOMPARE(server.requestCount(), 4);
    QCOMPARE(retried.size(), 3);
    for (const ApiError &error : std::as_const(retried)) {
        QCOMPARE(error.kind, ApiError::Kind::BadBody);
        QCOMPARE(error.httpStatus, 200);
    }
    QVERIFY2(retried.at(0).detail.contains(u"not valid JSON"_s), qPrintable(retried.at(0).detail));
    QVERIFY2(retried.at(1).detail.contains(u"HTML"_s), qPrintable(retried.at(1).detail));
    QVERIFY2(retried.at(2).detail.contains(u"must be an object"_s), qPrintable(retried.at(2).detail));

    // Bounded like any retry: an answer that stays garbled ends the call after maxAttempts.
    ScriptedServer broken([](int, const SeenRequest &) { return answer(200, R"({"id":)"); });
    ApiClient brokenClient(settingsFor(broken));
    RetryPolicy policy = quickRetries();
    policy.maxAttempts = 3;
    brokenClient.setRetryPolicy(policy);
    const auto failed = await(brokenClient.groups().get(5));
    QCOMPARE(failed.error.kind, ApiError::Kind::BadBody);
    QCOMPARE(failed.attempts, 3);
    QCOMPARE(broken.requestCount(), 3);
    QVERIFY2(!failed.error.message().contains(u"may have been made"_s), qPrintable(failed.error.message()));
}

void TestApiRetries::garbledAnswerToAChangeIsNotSentAgain_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("POST") << QByteArray("POST");
    QTest::newRow("PATCH") << QByteArray("PATCH");
    QTest::newRow("PUT") << QByteArray("PUT");
}

void TestApiRetries::garbledAnswerToAChangeIsNotSentAgain()
{
    // The server answered a change with success and a body cut off: it has probably acted, so
    // the change is not sent again, and the message says it may have been made.
    QFETCH(QByteArray, method);
    const QByteArray good = groupBody(5);
    ScriptedServer server([good](int, const SeenRequest &request) {
        return answer(request.method == "POST" ? 201 : 200, good.left(good.size() / 2));
    });
    ApiClient client(settingsFor(server));
    client.setRetryPolicy(quickRetries());
    GroupAttributes attributes;
    attributes.name = u"x"_s;
    GroupPatch patch;
    patch.name = u"x"_s;
    GroupsApi groups = client.groups();
    const Result<Group> result = method == "POST" ? await(groups.post(attributes))
        : method == "PATCH"                       ? await(groups.patch(5, patch))
                                                  : await(groups.put(5, attributes));
    QCOMPARE(result.error.kind, ApiError::Kind::BadBody);
    QCOMPARE(result.attempts, 1);
    QTest::qWait(100); // no try follows later either
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests.first().method, method);
    const QString message = result.error.message();
    QVERIFY2(message.contains(u"could not be read"_s), qPrintable(message));
    QVERIFY2(message.contains(u"the change may have been made; reload to check"_s, Qt::CaseInsensitive),
        qPrintable(message));
}

void TestApiRetries::allPagesThroughGarbledAnswers()
{
    // Six pages of two; some pages' first answers are garbled (and one is a 503 first). Each
    // page is tried again until it reads, and every item comes exactly once, in order.
    constexpr int kPages = 6;
    QHash<int, int> tries; // page number to answers given
    ScriptedServer server([&tries](int, const SeenRequest &request) {
        const int page = QUrlQuery(QUrl::fromEncoded(request.target)).queryItemValue(u"page_num"_s).toInt();
        const int attempt = ++tries[page];
        QJsonArray groups;
        for (int i = 1; i <= 2; ++i) {
            GroupSummary group;
            group.id = (page - 1) * 2 + i;
            group.name = u"Group %1"_s.arg(group.id);
            group.createdAt = group.updatedAt = QDateTime::currentDateTimeUtc();
            groups.append(group.toJson());
        }
        const QByteArray body = QJsonDocument(groups).toJson(QJsonDocument::Compact);
        ScriptedAnswer a = answer(200, body,
            {{"X-Pagination-Current-Page", QByteArray::number(page)}, {"X-Pagination-Per-Page", "2"},
                {"X-Pagination-Total-Pages", QByteArray::number(kPages)},
                {"X-Pagination-Total-Entries", QByteArray::number(kPages * 2)}});
        if (page == 2 && attempt == 1)
            a.body = body.left(body.size() - 7); // cut off
        if (page == 3 && attempt == 1) {
            a.body = "<html><body>502 Bad Gateway</body></html>";
            a.contentType = "text/html";
        }
        if (page == 4 && attempt == 1)
            a = answer(503, R"({"error":"unavailable","errorDescription":"Busy.","code":503})");
        if (page == 4 && attempt == 2)
            a.body = R"({"groups":[]})"; // JSON, but not a page
        if (page == 6 && attempt <= 2)
            a.body = body.left(body.size() / 3);
        return a;
    });
    ApiClient client(settingsFor(server));
    client.setRetryPolicy(quickRetries());
    GroupListQuery query;
    query.limit = 2;
    const auto loaded = awaitAll(client.groups().listAll(query, 3));
    QVERIFY(loaded.finished);
    QVERIFY2(loaded.error.isNull(), qPrintable(loaded.error.toString()));
    QList<qint64> expected(kPages * 2);
    std::iota(expected.begin(), expected.end(), 1);
    QCOMPARE(idsOf(loaded.items), expected);
    QCOMPARE(loaded.pageOrder, (QList<int>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(tries, (QHash<int, int>{{1, 1}, {2, 2}, {3, 2}, {4, 3}, {5, 1}, {6, 3}}));
}

void TestApiRetries::allPagesUnderGarblingAndFailures()
{
    // The sandbox on a bad day: 503s, garbled bodies, latency and a rate limit. Every all-pages load completes
    // with every group exactly once, in order.
    GroupListQuery query;
    query.limit = 2;
    QList<qint64> expected;
    for (int page = 1;; ++page) {
        const HttpResult result = m_fixture.admin.get(u"groups/?limit=2&page_num=%1"_s.arg(page));
        QCOMPARE(result.status, 200);
        if (result.array().isEmpty())
            break;
        expected += result.ids();
    }
    QVERIFY(expected.size() > 30);

    m_fixture.setBadDay(0.15, 17);
    // Twelve tries: a page fails only if all 12 do, about 0.32^12, never in practice.
    auto client = m_fixture.clientAs(u"admin"_s, quickRetries(12));
    BadBodyRetryLog badBodies;
    for (int load = 0; load < 3; ++load) {
        const auto loaded = awaitAll(client->groups().listAll(query, 6));
        QVERIFY(loaded.finished);
        QVERIFY2(loaded.error.isNull(), qPrintable(loaded.error.toString()));
        QCOMPARE(idsOf(loaded.items), expected);
    }
    QVERIFY2(badBodies.count() > 0, "some answers were garbled and tried again");
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
    client.setRetryPolicy(RetryPolicy::none()); // the first wrong answer is the one to read
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
    client.setRetryPolicy(RetryPolicy::none()); // each call reads one of the bodies, in turn
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
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled); // not the 503 the server answers at 300 ms
    qInfo("cancelled in %lld ms", qint64(timer.elapsed()));
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
