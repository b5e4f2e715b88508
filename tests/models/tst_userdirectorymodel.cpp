// The user directory: lazy paging, the server-side query, group and account-status filters,
// and the drag it starts; under QAbstractItemModelTester.

#include "modeltestfixture.h"

#include "models/roles.h"
#include "models/userdirectorymodel.h"

#include <QtCore/QMimeData>
#include <QtTest/QSignalSpy>

using Models::UserDirectoryModel;

Q_DECLARE_METATYPE(Api::UserListQuery)

class TestUserDirectoryModel : public QObject
{
    Q_OBJECT

private:
    QList<qint64> serverIds(Api::UserListQuery query)
    {
        query.limit = 1000;
        return idsOf(awaitAll(m_fixture.client->users().listAll(query)).items);
    }

    ModelFixture m_fixture;

private Q_SLOTS:
    // Every test starts from the demo seed, in a sandbox and a workspace of its own.
    void init() { QVERIFY(m_fixture.restartModels()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void pagesLazily();
    void aPageLeavesTheLoadedRowsInPlace();
    void filtersReachTheServer_data();
    void filtersReachTheServer();
    void theSettersChangeOneFieldEach();
    void aChangedFilterDropsTheStaleAnswer();
    void errorsAreDataAndRetryRecovers();
    void aBodyThatIsNotJsonIsAnError();
    void columnsSayWhoTheyAre();
    void primaryGroupFollowsTheStore();
    void dragCarriesTheSelectedUsers();
};

void TestUserDirectoryModel::pagesLazily()
{
    const QList<qint64> everyone = serverIds({});
    UserDirectoryModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    model.setPageSize(40);
    QCOMPARE(model.rowCount(), 0);
    model.fetchMore({});
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.pagesRequested(), 1);
    QCOMPARE(model.totalCount(), everyone.size());
    QVERIFY(model.canFetchMore({}));
    QVERIFY(loadAll(model));
    QCOMPARE(rowIds(model), everyone);
    QCOMPARE(model.pagesRequested(), int((everyone.size() + 39) / 40));
    QVERIFY(!model.canFetchMore({}));
}

void TestUserDirectoryModel::aPageLeavesTheLoadedRowsInPlace()
{
    // A page arriving only adds its own rows: the rows already loaded are neither copied nor
    // moved, however many pages came before (a list that moved all of them when it outgrew its
    // block froze the window for tens of milliseconds once 70,000 people were loaded), and a
    // reference from user() stays good while the list pages on.
    UserDirectoryModel model(m_fixture.workspace.get());
    model.setPageSize(5);
    model.fetchMore({});
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QCOMPARE(model.rowCount(), 5);
    QList<const Api::User *> firstPage;
    QList<qint64> firstIds;
    for (int row = 0; row < 5; ++row) {
        firstPage.append(&model.user(row));
        firstIds.append(model.user(row).id);
    }
    QVERIFY(loadAll(model));
    QVERIFY(model.pagesRequested() > 20);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(&model.user(row), firstPage.at(row));
        QCOMPARE(firstPage.at(row)->id, firstIds.at(row));
    }
}

void TestUserDirectoryModel::filtersReachTheServer_data()
{
    QTest::addColumn<Api::UserListQuery>("query");
    Api::UserListQuery query;
    query.query = QStringLiteral("ada");
    QTest::newRow("query") << query;
    query = {};
    query.groupId = 23;
    QTest::newRow("group") << query;
    query = {};
    query.accountStatus = QStringLiteral("inactive");
    QTest::newRow("inactive") << query;
    query = {};
    query.accountStatus = QStringLiteral("all");
    QTest::newRow("all") << query;
    query = {};
    query.groupId = 23;
    query.accountStatus = QStringLiteral("all");
    query.order = QStringLiteral("user");
    query.orderDir = QStringLiteral("desc");
    QTest::newRow("group, all, by username descending") << query;
}

void TestUserDirectoryModel::filtersReachTheServer()
{
    QFETCH(Api::UserListQuery, query);
    const QList<qint64> expected = serverIds(query);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != serverIds({}));

    UserDirectoryModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    query.limit = 30;
    model.setQuery(query);
    QVERIFY(loadAll(model));
    QCOMPARE(rowIds(model), expected);
    QCOMPARE(model.totalCount(), expected.size());

    if (query.groupId && query.accountStatus == QLatin1String("all")) {
        QList<qint64> sorted = expected;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, m_fixture.memberIds(*query.groupId)); // everyone in the group, active or not
    }
}

void TestUserDirectoryModel::theSettersChangeOneFieldEach()
{
    UserDirectoryModel model(m_fixture.workspace.get());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSearchText(QStringLiteral("ada"));
    model.setGroupId(23);
    model.setAccountStatus(QStringLiteral("all"));
    model.setPageSize(30);
    QCOMPARE(reset.size(), 4); // each one reloads
    QCOMPARE(model.query().query, QStringLiteral("ada"));
    QCOMPARE(model.query().groupId, std::optional<qint64>(23));
    QCOMPARE(model.query().accountStatus, QStringLiteral("all"));
    QCOMPARE(model.query().limit, std::optional<int>(30));
    // The same values again: nothing to reload.
    model.setSearchText(QStringLiteral("ada"));
    model.setGroupId(23);
    model.setAccountStatus(QStringLiteral("all"));
    model.setPageSize(30);
    QCOMPARE(reset.size(), 4);
    model.setGroupId(std::nullopt);
    QCOMPARE(reset.size(), 5);
    QVERIFY(!model.query().groupId);
}

void TestUserDirectoryModel::aChangedFilterDropsTheStaleAnswer()
{
    UserDirectoryModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(awaitLoaded(*model.loadStatus())); // the tester's first page, if any
    model.reload();
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 600;
    m_fixture.setFaults(slow);
    model.fetchMore({}); // everyone, slowly
    QVERIFY(model.loadStatus()->isLoading());
    model.setGroupId(23);
    QVERIFY(!model.loadStatus()->isLoading());
    QCOMPARE(model.rowCount(), 0);
    m_fixture.setFaults({});
    QVERIFY(loadAll(model));
    QTest::qWait(900); // past the slow answer's time
    Api::UserListQuery members;
    members.groupId = 23;
    QCOMPARE(rowIds(model), serverIds(members));
    QCOMPARE(model.totalCount(), serverIds(members).size());
}

void TestUserDirectoryModel::errorsAreDataAndRetryRecovers()
{
    UserDirectoryModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(awaitLoaded(*model.loadStatus()));
    m_fixture.failRequests();
    model.reload();
    QSignalSpy errorChanged(model.loadStatus(), &Models::LoadStatus::errorChanged);
    model.fetchMore({});
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QCOMPARE(errorChanged.size(), 1);
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 503);
    QVERIFY2(model.loadStatus()->errorMessage().contains(QStringLiteral("temporarily unavailable")),
        qPrintable(model.loadStatus()->errorMessage()));
    QCOMPARE(model.loadStatus()->property("errorMessage").toString(), model.loadStatus()->errorMessage());
    QCOMPARE(model.loadStatus()->property("loading").toBool(), false);
    QVERIFY(!model.canFetchMore({}));

    m_fixture.setFaults({});
    model.retry();
    QVERIFY(loadAll(model));
    QVERIFY(model.loadStatus()->errorMessage().isEmpty());
    QCOMPARE(rowIds(model), serverIds({}));
}

void TestUserDirectoryModel::aBodyThatIsNotJsonIsAnError()
{
    UserDirectoryModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(awaitLoaded(*model.loadStatus()));
    m_fixture.client->setRetryPolicy(Api::RetryPolicy::none());
    // A body that is not the JSON asked for: an error, not a crash.
    FaultSettings garbled;
    garbled.garbleRate = 1.0;
    m_fixture.setFaults(garbled);
    model.setSearchText(QStringLiteral("ada"));
    model.fetchMore({});
    QVERIFY(awaitLoaded(*model.loadStatus()));
    QCOMPARE(model.loadStatus()->lastError().kind, Api::ApiError::Kind::BadBody);
    QVERIFY(!model.loadStatus()->errorMessage().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestUserDirectoryModel::columnsSayWhoTheyAre()
{
    UserDirectoryModel model(m_fixture.workspace.get());
    model.setSearchText(QStringLiteral("ada.lopez"));
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, UserDirectoryModel::NameColumn).data().toString(), QStringLiteral("Ada Lopez"));
    QCOMPARE(model.index(0, UserDirectoryModel::UsernameColumn).data().toString(), QStringLiteral("ada.lopez"));
    QCOMPARE(model.index(0, 0).data(Models::IdRole).toLongLong(), 98);
    const QVariant primary
        = m_fixture.column(QStringLiteral("SELECT primary_group_id FROM users WHERE id = 98")).value(0);
    if (!primary.isNull()) {
        const QString name
            = m_fixture.column(QStringLiteral("SELECT name FROM groups WHERE id = %1").arg(primary.toLongLong()))
                  .value(0)
                  .toString();
        QCOMPARE(model.index(0, UserDirectoryModel::PrimaryGroupColumn).data().toString(), name);
    }
    QCOMPARE(model.index(0, UserDirectoryModel::ActiveColumn).data(Models::RawValueRole).toBool(), true);
}

void TestUserDirectoryModel::primaryGroupFollowsTheStore()
{
    const QList<qint64> someone = m_fixture.ids(QStringLiteral(
        "SELECT id FROM users WHERE organization_id = 1 AND active = 1 AND primary_group_id IS NOT NULL LIMIT 1"));
    QCOMPARE(someone.size(), 1);
    const qint64 groupId
        = m_fixture.column(QStringLiteral("SELECT primary_group_id FROM users WHERE id = %1").arg(someone.first()))
              .value(0)
              .toLongLong();
    const QString oldName
        = m_fixture.column(QStringLiteral("SELECT name FROM groups WHERE id = %1").arg(groupId)).value(0).toString();

    UserDirectoryModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(loadAll(model));
    const int row = int(rowIds(model).indexOf(someone.first()));
    QVERIFY(row >= 0);
    const QModelIndex primary = model.index(row, UserDirectoryModel::PrimaryGroupColumn);
    QCOMPARE(primary.data().toString(), oldName);
    QCOMPARE(primary.data(Models::RawValueRole).toLongLong(), groupId);

    // Renamed anywhere in the app: the cell says so.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Api::GroupPatch patch;
    patch.name = oldName + QStringLiteral(" (renamed)");
    QVERIFY(await(m_fixture.workspace->groupStore()->patch(groupId, patch)).ok());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(primary.data().toString(), *patch.name);
    patch.name = oldName;
    QVERIFY(await(m_fixture.workspace->groupStore()->patch(groupId, patch)).ok());
    QCOMPARE(primary.data().toString(), oldName);
}

void TestUserDirectoryModel::dragCarriesTheSelectedUsers()
{
    UserDirectoryModel model(m_fixture.workspace.get());
    QVERIFY(loadAll(model));
    QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(model.supportedDragActions(), Qt::CopyAction);
    // Three rows selected across every column, one of them twice.
    QModelIndexList selection;
    for (int row : {4, 2, 7, 2})
        for (int column = 0; column < model.columnCount(); ++column)
            selection.append(model.index(row, column));
    std::unique_ptr<QMimeData> data(model.mimeData(selection));
    QVERIFY(data);
    const std::optional<Models::UserDrag> drag = Models::UserDrag::fromMimeData(data.get());
    QVERIFY(drag);
    QCOMPARE(drag->users.size(), 3);
    QCOMPARE(drag->users.at(0), model.userRef(4));
    QCOMPARE(drag->users.at(1), model.userRef(2));
    QCOMPARE(drag->users.at(2), model.userRef(7));
    QVERIFY(!drag->sourceGroupId);
    const QStringList lines = data->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), model.userRef(4).displayLine());
    QVERIFY(lines.at(0).contains(QLatin1Char('<')));
}

QTEST_MAIN(TestUserDirectoryModel)
#include "tst_userdirectorymodel.moc"
