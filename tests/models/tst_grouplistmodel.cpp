// The group list: lazy paging, server-side filters and order, errors as data, one source of
// truth with the group store, and user drops on its rows; under QAbstractItemModelTester.

#include "modeltestfixture.h"

#include "models/grouplistmodel.h"
#include "models/roles.h"
#include "models/groupdrag.h"
#include "models/userdrag.h"

#include <QtCore/QMimeData>
#include <QtGui/QUndoStack>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>

using Models::GroupDrag;
using Models::GroupListModel;

Q_DECLARE_METATYPE(Api::GroupListQuery)

class TestGroupListModel : public QObject
{
    Q_OBJECT

private:
    /// The groups \a query matches, in order, as the API layer lists them all to \a asWho (the
    /// admin by default).
    QList<qint64> serverIds(Api::GroupListQuery query, Api::ApiClient *asWho = nullptr)
    {
        query.limit = 1000;
        Api::ApiClient *client = asWho ? asWho : m_fixture.client.get();
        return idsOf(awaitAll(client->groups().listAll(query)).items);
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

    /// Creates a group named \a name through the workspace's store, as the app does; 0 on failure.
    qint64 createHere(const QString &name)
    {
        Api::GroupAttributes attributes;
        attributes.name = name;
        const auto created = await(m_fixture.workspace->groupStore()->post(attributes));
        return created.ok() ? created->id : 0;
    }

    QMimeData *usersDrag(const QList<qint64> &ids, std::optional<qint64> source = {})
    {
        Models::UserDrag drag;
        for (qint64 id : ids)
            drag.users.append({id, QStringLiteral("User %1").arg(id), {}, {}});
        drag.sourceGroupId = source;
        return drag.toMimeData();
    }

    ModelFixture m_fixture;

private Q_SLOTS:
    // Every test starts from the demo seed, in a sandbox and a workspace of its own.
    void init() { QVERIFY(m_fixture.restartModels()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void lazyPagingFetchesOnlyWhatIsNeeded();
    void theColumnsSayWhatAGroupIs();
    void filtersReachTheServer_data();
    void filtersReachTheServer();
    void theSettersChangeOneFieldEach();
    void aChangedFilterDropsTheStaleAnswer();
    void errorsAreDataAndRetryRecovers();
    void aRefreshKeepsTheRowsWhenTheServerIsGone();
    void aBodyThatIsNotJsonIsAnError();
    void aPatchShowsInTheRow();
    void aPutShowsInTheRow();
    void aGroupCreatedHereAppearsWhereTheOrderPutsIt();
    void aGroupCreatedHereNotMatchingTheSearchIsNotShown();
    void aDeletedGroupGoes();
    void aRemovalDoesNotSkipTheNextPage();
    void dropOnARowAddsUsers();
    void aMoveDropOnARowMovesThem();
    void rowsDragOutAsGroups();
};

void TestGroupListModel::lazyPagingFetchesOnlyWhatIsNeeded()
{
    const QList<qint64> everything = serverIds({});
    const qint64 total = everything.size();
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    model.setPageSize(10); // also drops the page the tester's first checks asked for
    QTest::qWait(100);
    ListRequestCounter requests(m_fixture.client->network());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(requests.count, 0);

    QSignalSpy loading(model.loadStatus(), &Models::LoadStatus::loadingChanged);
    model.fetchMore({});
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(!model.canFetchMore({})); // one page in flight at a time
    QVERIFY(awaitLoaded(*model.loadStatus()));
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
}

void TestGroupListModel::theColumnsSayWhatAGroupIs()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    const int row = model.rowOf(23);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, GroupListModel::NameColumn).data().toString(), QStringLiteral("Boston Office"));
    const auto summary = m_fixture.workspace->groupStore()->summary(23);
    QCOMPARE(model.index(row, GroupListModel::MembersColumn).data().toString(),
        QStringLiteral("%1 / %2").arg(summary->memberCount).arg(summary->totalMemberCount));
    QCOMPARE(
        model.index(row, GroupListModel::MembersColumn).data(Models::RawValueRole).toInt(), summary->totalMemberCount);
    QCOMPARE(
        model.index(row, GroupListModel::UpdatedColumn).data(Models::RawValueRole).toDateTime(), summary->updatedAt);
}

void TestGroupListModel::filtersReachTheServer_data()
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

void TestGroupListModel::filtersReachTheServer()
{
    QFETCH(Api::GroupListQuery, query);
    QFETCH(QString, username);
    // A person who is not an admin sees groups by permission.
    std::unique_ptr<Api::ApiClient> userClient;
    std::unique_ptr<Models::Workspace> userWorkspace;
    if (!username.isEmpty()) {
        userClient = m_fixture.clientAs(username);
        QVERIFY(userClient);
        userWorkspace = std::make_unique<Models::Workspace>(userClient.get());
    }
    Models::Workspace *asWho = userWorkspace ? userWorkspace.get() : m_fixture.workspace.get();
    const QList<qint64> all = serverIds({}, asWho->client());
    const QList<qint64> expected = serverIds(query, asWho->client());
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

void TestGroupListModel::theSettersChangeOneFieldEach()
{
    GroupListModel model(m_fixture.workspace.get());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSearchText(QStringLiteral("office"));
    model.setPermission(Api::PermissionLevel::Write);
    model.setOrganizationId(1);
    model.setUserIds({98});
    model.setOrdering(QStringLiteral("created_at"), QStringLiteral("desc"));
    model.setPageSize(7);
    QCOMPARE(reset.size(), 6); // each one reloads
    const Api::GroupListQuery &query = model.query();
    QCOMPARE(query.query, QStringLiteral("office"));
    QCOMPARE(query.permission, std::optional<Api::PermissionLevel>(Api::PermissionLevel::Write));
    QCOMPARE(query.organizationId, std::optional<qint64>(1));
    QCOMPARE(query.userIds, QList<qint64>{98});
    QCOMPARE(query.order, QStringLiteral("created_at"));
    QCOMPARE(query.orderDir, QStringLiteral("desc"));
    QCOMPARE(query.limit, std::optional<int>(7));
    // The same values again: nothing to reload.
    model.setSearchText(QStringLiteral("office"));
    model.setPermission(Api::PermissionLevel::Write);
    model.setOrganizationId(1);
    model.setUserIds({98});
    model.setOrdering(QStringLiteral("created_at"), QStringLiteral("desc"));
    model.setPageSize(7);
    QCOMPARE(reset.size(), 6);
    // One of two ordering fields is a change.
    model.setOrdering(QStringLiteral("created_at"), QStringLiteral("asc"));
    QCOMPARE(reset.size(), 7);
    QCOMPARE(model.query().orderDir, QStringLiteral("asc"));
}

void TestGroupListModel::aChangedFilterDropsTheStaleAnswer()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 600;
    m_fixture.setFaults(slow);
    model.fetchMore({}); // all groups, slowly
    QVERIFY(model.loadStatus()->isLoading());
    model.setSearchText(QStringLiteral("Boston"));
    QVERIFY(!model.loadStatus()->isLoading());
    m_fixture.setFaults({});
    model.fetchMore({});
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QTest::qWait(900); // past the slow answer's time
    Api::GroupListQuery boston;
    boston.query = QStringLiteral("Boston");
    QCOMPARE(rowIds(model), serverIds(boston));
}

void TestGroupListModel::errorsAreDataAndRetryRecovers()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    m_fixture.failRequests();
    QSignalSpy errorChanged(model.loadStatus(), &Models::LoadStatus::errorChanged);
    model.fetchMore({});
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 503);
    QVERIFY2(model.loadStatus()->errorMessage().contains(QStringLiteral("temporarily unavailable")),
        qPrintable(model.loadStatus()->errorMessage()));
    QCOMPARE(model.loadStatus()->property("errorMessage").toString(), model.loadStatus()->errorMessage());
    QVERIFY(!errorChanged.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({})); // no hammering a failing server
    model.fetchMore({});
    QVERIFY(!model.loadStatus()->isLoading());

    m_fixture.setFaults({});
    model.retry();
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QVERIFY(model.loadStatus()->lastError().isNull());
    QVERIFY(model.loadStatus()->errorMessage().isEmpty());
    QCOMPARE(model.rowCount(), 36);
}

void TestGroupListModel::aRefreshKeepsTheRowsWhenTheServerIsGone()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    model.fetchMore({});
    QVERIFY(awaitLoaded(*model.loadStatus()));
    const int shown = model.rowCount();
    QVERIFY(shown > 0);
    const qint64 first = model.groupId(0);

    // The server goes away, and the person refreshes: the list stays, said to be stale, with
    // the reason; it is not emptied.
    m_fixture.failRequests();
    model.refresh();
    QCOMPARE(model.rowCount(), shown);
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QCOMPARE(model.rowCount(), shown);
    QCOMPARE(model.groupId(0), first);
    QVERIFY(model.loadStatus()->isStale());
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 503);
    QVERIFY2(model.loadStatus()->errorMessage().contains(QStringLiteral("loaded before")),
        qPrintable(model.loadStatus()->errorMessage()));

    // Back again: Retry replaces the rows with the server's, and they are current.
    m_fixture.setFaults({});
    Api::GroupAttributes attributes;
    attributes.name = QStringLiteral("Aaa Refreshed Meanwhile");
    QVERIFY(await(m_fixture.client->groups().post(attributes)).ok());
    model.retry();
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QVERIFY(!model.loadStatus()->isStale());
    QVERIFY(model.loadStatus()->errorMessage().isEmpty());
    QCOMPARE(
        model.data(model.index(0, GroupListModel::NameColumn)).toString(), QStringLiteral("Aaa Refreshed Meanwhile"));
}

void TestGroupListModel::aBodyThatIsNotJsonIsAnError()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    m_fixture.client->setRetryPolicy(Api::RetryPolicy::none());
    // A proxy's HTML page instead of JSON: an error, not a crash.
    FaultSettings garbled;
    garbled.garbleRate = 1.0;
    m_fixture.setFaults(garbled);
    model.reload();
    model.fetchMore({});
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QCOMPARE(model.loadStatus()->lastError().kind, Api::ApiError::Kind::BadBody);
    QCOMPARE(model.rowCount(), 0);
}

void TestGroupListModel::aPatchShowsInTheRow()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    // A patch anywhere in the app shows in the row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int row = model.rowOf(23);
    Api::GroupPatch patch;
    patch.name = QStringLiteral("Boston Office (HQ)");
    QVERIFY(await(m_fixture.workspace->groupStore()->patch(23, patch)).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(model.index(row, GroupListModel::NameColumn).data().toString(), QStringLiteral("Boston Office (HQ)"));
}

void TestGroupListModel::aPutShowsInTheRow()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    const int row = model.rowOf(23);
    // Every attribute sent: here a slug of its own.
    const auto full = await(m_fixture.workspace->groupStore()->refresh(23));
    QVERIFY(full.ok());
    Api::GroupAttributes all = Api::GroupAttributes::fromGroup(*full);
    all.slug = QStringLiteral("boston-hq");
    QVERIFY(await(m_fixture.workspace->groupStore()->put(23, all)).ok());
    QCOMPARE(model.index(row, GroupListModel::SlugColumn).data().toString(), QStringLiteral("boston-hq"));
}

void TestGroupListModel::aGroupCreatedHereAppearsWhereTheOrderPutsIt()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    const qint64 total = model.totalCount();
    const qint64 created = createHere(QStringLiteral("Aardvark Watchers"));
    QVERIFY(created);
    QCOMPARE(model.rowOf(created), 0);
    QCOMPARE(model.totalCount(), total + 1);
    QCOMPARE(rowIds(model), serverIds({}));
    // Once, also when the server's pages bring it again.
    model.reload();
    QVERIFY(loadAll(model));
    QCOMPARE(rowIds(model).count(created), 1);
}

void TestGroupListModel::aGroupCreatedHereNotMatchingTheSearchIsNotShown()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    model.setSearchText(QStringLiteral("Boston"));
    QVERIFY(loadAll(model));
    const qint64 total = model.totalCount();
    const qint64 zebra = createHere(QStringLiteral("Zebra Club"));
    QVERIFY(zebra);
    QCOMPARE(model.rowOf(zebra), -1);
    QCOMPARE(model.totalCount(), total);
    // One that does match is.
    const qint64 annex = createHere(QStringLiteral("Boston Annex"));
    QVERIFY(annex);
    QVERIFY(model.rowOf(annex) >= 0);
}

void TestGroupListModel::aDeletedGroupGoes()
{
    const qint64 created = createHere(QStringLiteral("Aardvark Watchers"));
    QVERIFY(created);
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    const qint64 total = model.totalCount();
    QVERIFY(model.rowOf(created) >= 0);
    QVERIFY(await(m_fixture.workspace->groupStore()->deleteGroup(created)).ok());
    QCOMPARE(model.rowOf(created), -1);
    QCOMPARE(rowIds(model), serverIds({}));
    QCOMPARE(model.totalCount(), total - 1);
}

void TestGroupListModel::aRemovalDoesNotSkipTheNextPage()
{
    const qint64 temporary = createHere(QStringLiteral("Aaa Temporary"));
    QVERIFY(temporary);

    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    model.setPageSize(5);
    model.fetchMore({});
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QCOMPARE(model.rowOf(temporary), 0);
    // Deleting a loaded group moves every later group up one place on the server.
    QVERIFY(await(m_fixture.workspace->groupStore()->deleteGroup(temporary)).ok());
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(loadAll(model));
    QCOMPARE(rowIds(model), serverIds({}));
}

void TestGroupListModel::dropOnARowAddsUsers()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    const qint64 target = 23;
    const QModelIndex onTarget = model.index(model.rowOf(target), 0);
    QVERIFY(model.flags(onTarget).testFlag(Qt::ItemIsDropEnabled));
    const QList<qint64> newcomers = m_fixture.nonMemberIds(target, 3);
    QCOMPARE(newcomers.size(), 3);
    const QList<qint64> before = m_fixture.memberIds(target);

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
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QList<qint64> expected = before + newcomers;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_fixture.memberIds(target), expected);
    // The row shows the new count (the store was refreshed).
    QCOMPARE(onTarget.siblingAtColumn(GroupListModel::MembersColumn).data(Models::RawValueRole).toInt(),
        int(expected.size()));
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 1);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(target), before);
}

void TestGroupListModel::aMoveDropOnARowMovesThem()
{
    GroupListModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    // Three members of group 23 (not of 21), dragged out of 23's table onto 21's row.
    const qint64 source = 23;
    const qint64 target = 21;
    const QList<qint64> moving
        = m_fixture.ids(QStringLiteral("SELECT user_id FROM memberships WHERE group_id = %1 AND user_id NOT IN "
                                       "(SELECT user_id FROM memberships WHERE group_id = %2) ORDER BY user_id LIMIT 3")
                            .arg(source)
                            .arg(target));
    QCOMPARE(moving.size(), 3);
    const QList<qint64> sourceBefore = m_fixture.memberIds(source);
    const QList<qint64> targetBefore = m_fixture.memberIds(target);
    std::unique_ptr<QMimeData> move(usersDrag(moving, source));
    QVERIFY(!model.canDropMimeData(move.get(), Qt::MoveAction, -1, -1, model.index(model.rowOf(source), 0)));
    QVERIFY(model.dropMimeData(move.get(), Qt::MoveAction, -1, -1, model.index(model.rowOf(target), 0)));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    // There, and no longer here.
    for (qint64 id : moving) {
        QVERIFY(!m_fixture.memberIds(source).contains(id));
        QVERIFY(m_fixture.memberIds(target).contains(id));
    }
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 1);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(source), sourceBefore);
    QCOMPARE(m_fixture.memberIds(target), targetBefore);
}

void TestGroupListModel::rowsDragOutAsGroups()
{
    GroupListModel model(m_fixture.workspace.get());
    QVERIFY(loadAll(model));
    QVERIFY(model.rowCount() >= 3);
    QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(model.supportedDragActions() & Qt::CopyAction);
    // A selection holds one index per column, and rows in the order the person picked them.
    const QModelIndexList indexes{model.index(2, 0), model.index(2, 1), model.index(0, 0), model.index(0, 3)};
    std::unique_ptr<QMimeData> data(model.mimeData(indexes));
    QVERIFY(data);
    const std::optional<GroupDrag> drag = GroupDrag::fromMimeData(data.get());
    QVERIFY(drag);
    QCOMPARE(drag->groups.size(), 2);
    QCOMPARE(drag->groups.at(0).id, model.groupId(2));
    QCOMPARE(drag->groups.at(1).id, model.groupId(0));
    const QString name0 = model.index(0, GroupListModel::NameColumn).data(Models::RawValueRole).toString();
    QVERIFY(!name0.isEmpty());
    QCOMPARE(drag->groups.at(1).name, name0);
    QVERIFY(data->text().split(QLatin1Char('\n')).contains(name0));
    // A group drag is not users: a group row refuses it.
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, model.index(1, 0)));
    // Damaged or foreign payloads give nothing.
    QMimeData damaged;
    damaged.setData(GroupDrag::mimeType(), QByteArrayLiteral("{\"version\":1,\"groups\":[{\"id\":-4}]}"));
    QVERIFY(!GroupDrag::fromMimeData(&damaged));
    QMimeData other;
    other.setData(GroupDrag::mimeType(), QByteArrayLiteral("{\"version\":2,\"groups\":[]}"));
    QVERIFY(!GroupDrag::fromMimeData(&other));
    QVERIFY(!model.mimeData({}));
}

QTEST_MAIN(TestGroupListModel)
#include "tst_grouplistmodel.moc"
