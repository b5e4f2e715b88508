// Loading every page of a list: the union of the pages exactly once and in order, progress,
// failures and cancellation; and the official client's way when there are no paging headers.

#include "apitestfixture.h"
#include "scriptedserver.h"

using namespace Qt::StringLiterals;
using namespace Api;

class TestApiPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void allGroupsEqualTheUnionOfPages_data();
    void allGroupsEqualTheUnionOfPages();
    void pagesArriveOutOfOrderButAreDeliveredInOrder();
    void filtersApplyToEveryPage();
    void allUsers();
    void emptyList();
    void failedPageEndsTheLoad();
    void cancelStopsDelivery();
    void closingTheClientFromAPageHandler();
    void withoutPagingHeadersReadsUntilAnEmptyPage();

private:
    /// Every page read one after another with the plain client, until an empty one.
    QList<qint64> sequentialIds(const QString &pathAndQuery)
    {
        QList<qint64> ids;
        for (int page = 1;; ++page) {
            const HttpResult result = m_fixture.admin.get(pathAndQuery + u"&page_num="_s + QString::number(page));
            if (result.status != 200 || result.array().isEmpty())
                return ids;
            ids += result.ids();
        }
    }

    ApiFixture m_fixture;
};

void TestApiPaging::initTestCase()
{
    QVERIFY(m_fixture.startApi());
}

void TestApiPaging::cleanup()
{
    m_fixture.setFaults({});
}

void TestApiPaging::allGroupsEqualTheUnionOfPages_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("parallel");
    QTest::newRow("1 per page, 6 at once") << 1 << 6;
    QTest::newRow("7 per page, 3 at once") << 7 << 3;
    QTest::newRow("7 per page, one at a time") << 7 << 1;
    QTest::newRow("50 per page") << 50 << 6;
    QTest::newRow("1000 per page") << 1000 << 6;
}

void TestApiPaging::allGroupsEqualTheUnionOfPages()
{
    QFETCH(int, limit);
    QFETCH(int, parallel);

    GroupListQuery query;
    query.limit = limit;
    const auto loaded = awaitAll(m_fixture.client->groups().listAll(query, parallel));
    QVERIFY2(loaded.error.isNull(), qPrintable(loaded.error.toString()));
    const QList<qint64> expected = sequentialIds(u"groups/?limit=%1"_s.arg(limit));
    QCOMPARE(idsOf(loaded.items), expected);
    const int pages = int((expected.size() + limit - 1) / limit);
    QList<int> inOrder(pages);
    std::iota(inOrder.begin(), inOrder.end(), 1);
    QCOMPARE(loaded.pageOrder, inOrder);
    QCOMPARE(loaded.progress.size(), pages);
    QCOMPARE(loaded.progress.last(), std::make_tuple(pages, pages, qint64(expected.size()), qint64(expected.size())));
}

void TestApiPaging::pagesArriveOutOfOrderButAreDeliveredInOrder()
{
    FaultSettings faults;
    faults.latencyMinMs = 0;
    faults.latencyMaxMs = 60;
    faults.seed = 11;
    m_fixture.setFaults(faults);
    UserListQuery query;
    query.limit = 9;
    query.accountStatus = u"all"_s;
    const auto loaded = awaitAll(m_fixture.client->users().listAll(query, 8));
    QVERIFY2(loaded.error.isNull(), qPrintable(loaded.error.toString()));
    m_fixture.setFaults({});
    QCOMPARE(idsOf(loaded.items), sequentialIds(u"users/?limit=9&account_status=all"_s));
    for (int i = 0; i < loaded.pageOrder.size(); ++i)
        QCOMPARE(loaded.pageOrder.at(i), i + 1);
    // Progress only grows.
    for (int i = 1; i < loaded.progress.size(); ++i)
        QVERIFY(std::get<2>(loaded.progress.at(i)) > std::get<2>(loaded.progress.at(i - 1)));
}

void TestApiPaging::filtersApplyToEveryPage()
{
    UserListQuery query;
    query.limit = 4;
    query.query = u"an"_s;
    query.order = u"user"_s;
    query.orderDir = u"desc"_s;
    const auto loaded = awaitAll(m_fixture.client->users().listAll(query));
    QVERIFY2(loaded.error.isNull(), qPrintable(loaded.error.toString()));
    const QList<qint64> expected = sequentialIds(u"users/?limit=4&query=an&order=user&order_dir=desc"_s);
    QVERIFY(expected.size() > 8);
    QCOMPARE(idsOf(loaded.items), expected);
}

void TestApiPaging::allUsers()
{
    UserListQuery query;
    query.limit = 1000;
    query.accountStatus = u"all"_s;
    const auto loaded = awaitAll(m_fixture.client->users().listAll(query));
    QVERIFY2(loaded.error.isNull(), qPrintable(loaded.error.toString()));
    QCOMPARE(idsOf(loaded.items), sequentialIds(u"users/?limit=1000&account_status=all"_s));
    QCOMPARE(loaded.items.size(), m_fixture.column(u"SELECT count(*) FROM users"_s).value(0).toInt());
}

void TestApiPaging::emptyList()
{
    GroupListQuery query;
    query.query = u"no group is called this"_s;
    const auto loaded = awaitAll(m_fixture.client->groups().listAll(query));
    QVERIFY(loaded.finished);
    QVERIFY2(loaded.error.isNull(), qPrintable(loaded.error.toString()));
    QVERIFY(loaded.items.isEmpty());
    QCOMPARE(loaded.pageOrder, QList<int>{1});
}

void TestApiPaging::failedPageEndsTheLoad()
{
    auto client = m_fixture.clientAs(u"admin"_s, RetryPolicy::none());
    FaultSettings faults;
    faults.failureRate = 0.3;
    faults.seed = 5;
    m_fixture.setFaults(faults);
    GroupListQuery query;
    query.limit = 1;
    // Some load fails (30% of 36 pages), and reports which page.
    Loaded<GroupSummary> loaded;
    for (int tries = 0; tries < 10 && loaded.error.isNull(); ++tries)
        loaded = awaitAll(client->groups().listAll(query));
    QCOMPARE(loaded.error.kind, ApiError::Kind::Refusal);
    QCOMPARE(loaded.error.httpStatus, 503);
    QVERIFY2(loaded.error.detail.contains(u"page "_s), qPrintable(loaded.error.toString()));
    // What was delivered is a prefix of the list, in order.
    m_fixture.setFaults({});
    const QList<qint64> all = sequentialIds(u"groups/?limit=1"_s);
    QCOMPARE(idsOf(loaded.items), all.mid(0, loaded.items.size()));
}

void TestApiPaging::cancelStopsDelivery()
{
    FaultSettings faults;
    faults.latencyMinMs = faults.latencyMaxMs = 100;
    m_fixture.setFaults(faults);
    GroupListQuery query;
    query.limit = 1;
    auto pages = m_fixture.client->groups().listAll(query, 2);
    QList<int> delivered;
    std::optional<ApiError> end;
    QObject context;
    pages.onPage(&context, [&](const QList<GroupSummary> &, int page) {
        delivered.append(page);
        if (page == 2)
            pages.cancel();
    });
    pages.onFinished(&context, [&](const ApiError &error) { end = error; });
    QTRY_VERIFY_WITH_TIMEOUT(end.has_value(), 10'000);
    QCOMPARE(end->kind, ApiError::Kind::Cancelled);
    QCOMPARE(delivered, (QList<int>{1, 2}));
    QTest::qWait(400);
    QCOMPARE(delivered, (QList<int>{1, 2}));
}

void TestApiPaging::closingTheClientFromAPageHandler()
{
    // A view may drop its connection while pages come in (the person switched to another).
    auto client = m_fixture.clientAs(u"admin"_s);
    GroupListQuery query;
    query.limit = 2;
    auto pages = client->groups().listAll(query, 3);
    QList<int> delivered;
    QObject context;
    pages.onPage(&context, [&](const QList<GroupSummary> &, int page) {
        delivered.append(page);
        if (page == 3)
            client.reset();
    });
    QTRY_VERIFY(!pages.loader());
    QTest::qWait(200);
    QCOMPARE(delivered, (QList<int>{1, 2, 3}));
}

void TestApiPaging::withoutPagingHeadersReadsUntilAnEmptyPage()
{
    // An API without X-Pagination-* headers: read on until an empty page, as the official
    // client's iterator does. (The sandbox always sends them, hence a scripted server.)
    ScriptedServer server([](int, const SeenRequest &request) {
        const QUrlQuery query(QUrl::fromEncoded(request.target));
        const int page = query.queryItemValue(u"page_num"_s).toInt();
        QJsonArray users;
        for (int i = 0; page <= 3 && i < (page == 3 ? 1 : 2); ++i) {
            User user;
            user.id = page * 10 + i;
            user.user = user.name = u"u%1"_s.arg(user.id);
            users.append(user.toJson());
        }
        ScriptedAnswer answer;
        answer.body = QJsonDocument(users).toJson();
        return answer;
    });
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.apiKey = u"k"_s;
    ApiClient client(settings);
    UserListQuery query;
    query.limit = 2;
    const auto loaded = awaitAll(client.users().listAll(query));
    QVERIFY2(loaded.error.isNull(), qPrintable(loaded.error.toString()));
    QCOMPARE(idsOf(loaded.items), (QList<qint64>{10, 11, 20, 21, 30}));
    QCOMPARE(server.requestCount(), 4); // pages 1, 2, 3 and the empty 4
}

QTEST_GUILESS_MAIN(TestApiPaging)
#include "tst_apipaging.moc"
