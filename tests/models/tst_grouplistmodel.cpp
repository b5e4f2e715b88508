// The group list: lazy paging, server-side filters and order, errors as data, one source of
// truth with the group store, and user drops on its rows; under QAbstractItemModelTester.

#include "modeltestfixture.h"

#include "models/grouplistmodel.h"
#include "models/roles.h"
#include "models/userdrag.h"

#include <QtCore/QMimeData>
#include <QtCore/QScopeGuard>
#include <QtGui/QUndoStack>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>

using Models::GroupListModel;

Q_DECLARE_METATYPE(Api::GroupListQuery)

class tst_GroupListModel : public QObject, public ModelFixture
{
    Q_OBJECT

private:
    /// The groups \a query matches, in order, as the API layer lists them all.
    QList<qint64> serverIds(Api::GroupListQuery query)
    {
        query.limit = 1000;
        QList<qint64> ids;
        for (const Api::GroupSummary &group : awaitAll(client->groups().listAll(query)).items)
            ids.append(group.id);
        return ids;
    }

    /// GET /groups/ requests the client sends from now on.
    struct ListRequestCounter
    {
        explicit ListRequestCounter(QNetworkAccessManager *network)
        {
            QObject::connect(network, &QNetworkAccessManager::finished, &context, [this](QNetworkReply *reply) {
                // The client sends every method as a custom verb.
                const QByteArray verb = reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
                if (verb == "GET" && reply->error() == QNetworkReply::NoError
                    && reply->url().path() == QLatin1String("/groups/"))
                    ++count;
            });
        }
        QObject context;
        int count = 0;
    };

    QMimeData *usersDrag(const QList<qint64> &ids, std::optional<qint64> source = {})
    {
        Models::UserDrag drag;
        for (qint64 id : ids)
            drag.users.append({id, QStringLiteral("User %1").arg(id), {}, {}});
        drag.sourceGroupId = source;
        return drag.toMimeData();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startModels()); }
    void init()
    {
        setFaults({});
        client->setRetryPolicy(quickRetries());
    }

    void lazyPagingFetchesOnlyWhatIsNeeded();
    void filtersReachTheServer_data();
    void filtersReachTheServer();
    void aChangedFilterDropsTheStaleAnswer();
    void errorsAreDataAndRetryRecovers();
    void followsTheStore();
    void aRemovalDoesNotSkipTheNextPage();
    void dropOnARowAddsOrMovesUsers();
};

void tst_GroupListModel::lazyPagingFetchesOnlyWhatIsNeeded()
{
    const QList<qint64> everything = serverIds({});
    const qint64 total = everything.size();
    GroupListModel model(workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    model.setPageSize(10); // also drops the page the tester's first checks asked for
    QTest::qWait(100);
    ListRequestCounter requests(client->network());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(requests.count, 0);

    QSignalSpy loading(model.loadStatus(), &Models::LoadStatus::loadingChanged);
    model.fetchMore({});
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(!model.canFetchMore({})); // one page in flight at a time
    QVERIFY(waitUntil([&] { return !model.loadStatus()->isLoading(); }));
    QCOMPARE(loading.size(), 2);
    QCOMPARE(requests.count, 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.totalCount(), total);
    QVERIFY(model.canFetchMore({}));

    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(requests.count, int((total + 9) / 10));
    QCOMPARE(model.pagesRequested(), requests.count);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(rowIds(model), everything);

    // The columns a person reads.
    const int row = model.rowOf(23);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, GroupListModel::NameColumn).data().toString(), QStringLiteral("Boston Office"));
    const auto summary = workspace->groupStore()->summary(23);
    QCOMPARE(model.index(row, GroupListModel::MembersColumn).data().toString(),
        QStringLiteral("%1 / %2").arg(summary->memberCount).arg(summary->totalMemberCount));
    QCOMPARE(
        model.index(row, GroupListModel::MembersColumn).data(Models::RawValueRole).toInt(), summary->totalMemberCount);
    QCOMPARE(
        model.index(row, GroupListModel::UpdatedColumn).data(Models::RawValueRole).toDateTime(), summary->updatedAt);
}

void tst_GroupListModel::filtersReachTheServer_data()
{
    QTest::addColumn<Api::GroupListQuery>("query");
    QTest::addColumn<QString>("username"); // empty: the admin
    Api::GroupListQuery query;
    query.query = QStringLiteral("office");
    QTest::newRow("query") << query << QString();
    query = {};
    query.permission = Api::PermissionLevel::Manage;
    QTest::newRow("permission") << query << QStringLiteral("rafael.kowalski"); // manages group 1 only
    query = {};
    query.organizationId = 2;
    QTest::newRow("organization") << query << QString(); // the admin sees none of Harbor's
    query = {};
    query.userIds = {98};
    QTest::newRow("user ids") << query << QString();
    query = {};
    query.order = QStringLiteral("created_at");
    query.orderDir = QStringLiteral("desc");
    QTest::newRow("newest first") << query << QString();
    query = {};
    query.order = QStringLiteral("name");
    query.orderDir = QStringLiteral("desc");
    QTest::newRow("name descending") << query << QString();
}

void tst_GroupListModel::filtersReachTheServer()
{
    QFETCH(Api::GroupListQuery, query);
    QFETCH(QString, username);
    // A person who is not an admin sees groups by permission.
    std::unique_ptr<Api::ApiClient> userClient;
    std::unique_ptr<Models::Workspace> userWorkspace;
    Api::ApiClient *admin = client.get();
    if (!username.isEmpty()) {
        userClient = clientAs(username);
        QVERIFY(userClient);
        userWorkspace = std::make_unique<Models::Workspace>(userClient.get());
        client.swap(userClient); // serverIds() asks as that person too
    }
    const auto restore = qScopeGuard([&] {
        if (client.get() != admin)
            client.swap(userClient);
    });
    Models::Workspace *asWho = userWorkspace ? userWorkspace.get() : workspace.get();
    const QList<qint64> all = serverIds({});
    const QList<qint64> expected = serverIds(query);
    QVERIFY(expected != all); // the filter or order does something

    GroupListModel model(asWho);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    QCOMPARE(rowIds(model), all);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    query.limit = 7;
    model.setQuery(query);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loadAll(model));
    QCOMPARE(rowIds(model), expected);
    QCOMPARE(model.totalCount(), expected.size());
}

void tst_GroupListModel::aChangedFilterDropsTheStaleAnswer()
{
    GroupListModel model(workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 600;
    setFaults(slow);
    model.fetchMore({}); // all groups, slowly
    QVERIFY(model.loadStatus()->isLoading());
    model.setSearchText(QStringLiteral("Boston"));
    QVERIFY(!model.loadStatus()->isLoading());
    setFaults({});
    model.fetchMore({});
    QVERIFY(waitUntil([&] { return !model.loadStatus()->isLoading(); }));
    QTest::qWait(900); // past the slow answer's time
    Api::GroupListQuery boston;
    boston.query = QStringLiteral("Boston");
    QCOMPARE(rowIds(model), serverIds(boston));
}

void tst_GroupListModel::errorsAreDataAndRetryRecovers()
{
    GroupListModel model(workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings failing;
    failing.failureRate = 1.0;
    setFaults(failing);
    QSignalSpy errorChanged(model.loadStatus(), &Models::LoadStatus::errorChanged);
    model.fetchMore({});
    QVERIFY(waitUntil([&] { return !model.loadStatus()->isLoading(); }));
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 503);
    QVERIFY2(
        model.loadStatus()->errorMessage().contains(QStringLiteral("temporarily unavailable")), qPrintable(model.loadStatus()->errorMessage()));
    QCOMPARE(model.loadStatus()->property("errorMessage").toString(), model.loadStatus()->errorMessage());
    QVERIFY(errorChanged.size() >= 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({})); // no hammering a failing server
    model.fetchMore({});
    QVERIFY(!model.loadStatus()->isLoading());

    setFaults({});
    model.retry();
    QVERIFY(waitUntil([&] { return !model.loadStatus()->isLoading(); }));
    QVERIFY(model.loadStatus()->lastError().isNull());
    QVERIFY(model.loadStatus()->errorMessage().isEmpty());
    QCOMPARE(model.rowCount(), 36);

    // A proxy's HTML page instead of JSON: an error, not a crash.
    FaultSettings garbled;
    garbled.garbleRate = 1.0;
    setFaults(garbled);
    model.reload();
    model.fetchMore({});
    QVERIFY(waitUntil([&] { return !model.loadStatus()->isLoading(); }));
    QCOMPARE(model.loadStatus()->lastError().kind, Api::ApiError::Kind::BadBody);
    QCOMPARE(model.rowCount(), 0);
}

void tst_GroupListModel::followsTheStore()
{
    GroupListModel model(workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    const qint64 total = model.totalCount();

    // A patch anywhere in the app shows in the row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int row = model.rowOf(23);
    Api::GroupPatch patch;
    patch.name = QStringLiteral("Boston Office (HQ)");
    QVERIFY(await(workspace->groupStore()->patch(23, patch)).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(model.index(row, GroupListModel::NameColumn).data().toString(), QStringLiteral("Boston Office (HQ)"));

    // So does a put (every attribute sent: here a slug of its own).
    const auto full = await(workspace->groupStore()->refresh(23));
    QVERIFY(full.ok());
    Api::GroupAttributes all = Api::GroupAttributes::fromGroup(*full);
    all.slug = QStringLiteral("boston-hq");
    QVERIFY(await(workspace->groupStore()->put(23, all)).ok());
    QCOMPARE(model.index(row, GroupListModel::SlugColumn).data().toString(), QStringLiteral("boston-hq"));

    // A group created here appears once, where the order puts it.
    Api::GroupAttributes attributes;
    attributes.name = QStringLiteral("Aardvark Watchers");
    const auto created = await(workspace->groupStore()->post(attributes));
    QVERIFY(created.ok());
    QCOMPARE(model.rowOf(created->id), 0);
    QCOMPARE(model.totalCount(), total + 1);
    QCOMPARE(rowIds(model), serverIds({}));
    model.reload();
    QVERIFY(loadAll(model));
    QCOMPARE(rowIds(model).count(created->id), 1);

    // One that does not match the search is not shown.
    model.setSearchText(QStringLiteral("Boston"));
    QVERIFY(loadAll(model));
    attributes.name = QStringLiteral("Zebra Club");
    const auto zebra = await(workspace->groupStore()->post(attributes));
    QVERIFY(zebra.ok());
    QCOMPARE(model.rowOf(zebra->id), -1);

    // A deleted group goes.
    model.setSearchText({});
    QVERIFY(loadAll(model));
    QVERIFY(await(workspace->groupStore()->deleteGroup(created->id)).ok());
    QCOMPARE(model.rowOf(created->id), -1);
    QVERIFY(await(workspace->groupStore()->deleteGroup(zebra->id)).ok());
    QCOMPARE(rowIds(model), serverIds({}));
    QCOMPARE(model.totalCount(), total);
    patch.name = QStringLiteral("Boston Office");
    QVERIFY(await(workspace->groupStore()->patch(23, patch)).ok());
}

void tst_GroupListModel::aRemovalDoesNotSkipTheNextPage()
{
    Api::GroupAttributes attributes;
    attributes.name = QStringLiteral("Aaa Temporary");
    const auto temporary = await(workspace->groupStore()->post(attributes));
    QVERIFY(temporary.ok());

    GroupListModel model(workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    model.setPageSize(5);
    model.fetchMore({});
    QVERIFY(waitUntil([&] { return !model.loadStatus()->isLoading(); }));
    QCOMPARE(model.rowOf(temporary->id), 0);
    // Deleting a loaded group moves every later group up one place on the server.
    QVERIFY(await(workspace->groupStore()->deleteGroup(temporary->id)).ok());
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(loadAll(model));
    QCOMPARE(rowIds(model), serverIds({}));
}

void tst_GroupListModel::dropOnARowAddsOrMovesUsers()
{
    GroupListModel model(workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    const qint64 target = 23;
    const QModelIndex onTarget = model.index(model.rowOf(target), 0);
    QVERIFY(model.flags(onTarget).testFlag(Qt::ItemIsDropEnabled));
    const QList<qint64> newcomers
        = ids(QStringLiteral("SELECT id FROM users WHERE organization_id = 1 AND id NOT IN "
                             "(SELECT user_id FROM memberships WHERE group_id = 23) ORDER BY id LIMIT 3"));
    QCOMPARE(newcomers.size(), 3);
    const QList<qint64> before = memberIds(target);

    std::unique_ptr<QMimeData> copy(usersDrag(newcomers));
    QVERIFY(!model.canDropMimeData(copy.get(), Qt::CopyAction, 0, 0, {})); // between rows
    QVERIFY(!model.canDropMimeData(copy.get(), Qt::CopyAction, -1, -1, {})); // nowhere
    QMimeData text;
    text.setText(QStringLiteral("ada@example.com"));
    QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, -1, -1, onTarget)); // not the app's users
    QVERIFY(model.canDropMimeData(copy.get(), Qt::CopyAction, -1, -1, onTarget));
    QSignalSpy started(&model, &GroupListModel::changeStarted);
    QVERIFY(model.dropMimeData(copy.get(), Qt::CopyAction, -1, -1, onTarget));
    QCOMPARE(started.size(), 1);
    QVERIFY(awaitChanges(*workspace));
    QList<qint64> expected = before + newcomers;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(memberIds(target), expected);
    // The row shows the new count (the store was refreshed).
    QCOMPARE(onTarget.siblingAtColumn(GroupListModel::MembersColumn).data(Models::RawValueRole).toInt(),
        int(expected.size()));

    // A move from group 23 to group 21: there, and no longer here.
    const qint64 other = 21;
    const QList<qint64> otherBefore = memberIds(other);
    std::unique_ptr<QMimeData> move(usersDrag(newcomers, target));
    const QModelIndex onSource = model.index(model.rowOf(target), 0);
    QVERIFY(!model.canDropMimeData(move.get(), Qt::MoveAction, -1, -1, onSource)); // onto where they are
    QVERIFY(model.dropMimeData(move.get(), Qt::MoveAction, -1, -1, model.index(model.rowOf(other), 0)));
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(target), before);
    for (qint64 id : newcomers)
        QVERIFY(memberIds(other).contains(id));
    QCOMPARE(workspace->undoStack()->count(), 2);
    workspace->undoStack()->undo();
    workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace));
    QCOMPARE(memberIds(target), before);
    QCOMPARE(memberIds(other), otherBefore);
}

QTEST_MAIN(tst_GroupListModel)
#include "tst_grouplistmodel.moc"
