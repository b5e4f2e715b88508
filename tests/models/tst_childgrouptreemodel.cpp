// The child-group tree: three top nodes from the root's child_groups, lazy expansion (one
// request per group expanded, no more), cycles shown once and never expanded, diamonds shown
// in full, errors as data, and changes made in the app reloading the nodes they touch; under
// QAbstractItemModelTester.
//
// The demo seed has a chain (21 manages 22, 22 writes 23, 23 reads 24) and a cycle (27 writes
// 28, 28 reads 29, 29 manages 27).

#include "modeltestfixture.h"

#include "models/childgrouptreemodel.h"
#include "models/roles.h"

#include <QtGui/QUndoStack>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>

using Level = Api::PermissionLevel; // the sandbox has a PermissionLevel of its own
using Models::ChildGroupTreeModel;

class TestChildGroupTreeModel : public QObject
{
    Q_OBJECT

private:
    static bool settled(ChildGroupTreeModel &model) { return awaitLoaded(*model.loadStatus()); }

    /// The child of \a parent showing group \a groupId, or an invalid index.
    static QModelIndex childGroup(const ChildGroupTreeModel &model, const QModelIndex &parent, qint64 groupId)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data(Models::IdRole).toLongLong() == groupId)
                return index;
        }
        return {};
    }

    static QList<qint64> groupIds(const ChildGroupTreeModel &model, const QModelIndex &parent)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(parent); ++row)
            ids.append(model.index(row, 0, parent).data(Models::IdRole).toLongLong());
        return ids;
    }

    qint64 newGroup(const QString &name)
    {
        Api::GroupAttributes attributes;
        attributes.name = name;
        const auto created = await(m_fixture.client->groups().post(attributes));
        return created ? created->id : 0;
    }

    /// Counts the child_groups requests that went over the wire (not what the model says it sent).
    struct WireCounter
    {
        explicit WireCounter(Api::ApiClient *client)
        {
            QObject::connect(
                client->network(), &QNetworkAccessManager::finished, &context, [this](QNetworkReply *reply) {
                    if (reply->url().path().endsWith(QStringLiteral("/child_groups")))
                        ++count;
                });
        }
        QObject context;
        int count = 0;
    };

    /// Makes \a holder hold \a level on \a target.
    bool grant(qint64 holder, qint64 target, Level level)
    {
        return await(m_fixture.client->groups().putSharesGroups(target, {holder}, level)).ok();
    }

    ModelFixture m_fixture;

private Q_SLOTS:
    // Every test starts from the demo seed, in a sandbox and a workspace of its own.
    void init() { QVERIFY(m_fixture.restartModels()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void topNodesHoldTheRootsChildGroups();
    void anotherRootStartsOver();
    void expandsLazilyOneRequestPerGroup();
    void aCycleIsShownOnceAndNotExpanded();
    void aCyclesTooltipNamesTheLoop();
    void aGroupHoldingItselfIsACycle();
    void aDiamondIsNotACycle();
    void aMissingRootIsAnError();
    void aFailedNodeIsRetried();
    void theStatusRetriesEveryNodeThatFailed();
    void aRefusalLandsOnItsNode();
    void aShareGivenToAnExpandedGroupReloadsOnlyIt();
    void aShareGivenToTheRootShowsInItsCategory();
    void aRenamedGroupShowsItsNewName();
    void aChangeWhileLoadingAsksAgain();
};

void TestChildGroupTreeModel::topNodesHoldTheRootsChildGroups()
{
    ChildGroupTreeModel model(m_fixture.workspace.get(), 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(settled(model));
    QCOMPARE(model.fetchCount(), 1);
    const auto expected = await(m_fixture.client->groups().listChildGroups(21));
    QVERIFY(expected.ok());
    const QModelIndex manageable = model.index(0, 0);
    const QModelIndex writeable = model.index(1, 0);
    const QModelIndex readable = model.index(2, 0);
    QCOMPARE(manageable.data(Models::KindRole).toInt(), int(ChildGroupTreeModel::NodeKind::Category));
    QVERIFY(manageable.data().toString().startsWith(QStringLiteral("Manageable")));
    QVERIFY(readable.data().toString().startsWith(QStringLiteral("Readable")));
    QCOMPARE(groupIds(model, manageable), idsOf(expected->manageable));
    QCOMPARE(groupIds(model, writeable), idsOf(expected->writeable));
    QCOMPARE(groupIds(model, readable), idsOf(expected->readable));
    QVERIFY(groupIds(model, manageable).contains(22));
    const QModelIndex group22 = childGroup(model, manageable, 22);
    QCOMPARE(group22.siblingAtColumn(ChildGroupTreeModel::LevelColumn).data().toString(), QStringLiteral("Manage"));
    QCOMPARE(group22.data(Models::PermissionLevelRole).toInt(), int(Level::Manage));
}

void TestChildGroupTreeModel::anotherRootStartsOver()
{
    ChildGroupTreeModel model(m_fixture.workspace.get(), 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(settled(model));
    QVERIFY(model.rowCount(model.index(0, 0)) > 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRootGroup(36); // the Book Club holds nothing
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rootGroupId(), 36);
    QVERIFY(settled(model));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.rowCount(model.index(row, 0)), 0);
        QVERIFY(!model.hasChildren(model.index(row, 0)));
    }
}

void TestChildGroupTreeModel::expandsLazilyOneRequestPerGroup()
{
    WireCounter wire(m_fixture.client.get());
    ChildGroupTreeModel model(m_fixture.workspace.get(), 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(settled(model));
    const QModelIndex group22 = childGroup(model, model.index(0, 0), 22);
    QVERIFY(model.hasChildren(group22));
    QCOMPARE(model.rowCount(group22), 0);
    QVERIFY(model.canFetchMore(group22));
    model.fetchMore(group22);
    QVERIFY(!model.canFetchMore(group22)); // one request per group
    QVERIFY(settled(model));
    QCOMPARE(model.fetchCount(), 2);
    const QModelIndex group23 = childGroup(model, group22, 23);
    QVERIFY(group23.isValid());
    QCOMPARE(group23.data(Models::PermissionLevelRole).toInt(), int(Level::Write));
    model.fetchMore(group23);
    QVERIFY(settled(model));
    const QModelIndex group24 = childGroup(model, group23, 24);
    QVERIFY(group24.isValid());
    QCOMPARE(group24.data(Models::PermissionLevelRole).toInt(), int(Level::Read));
    QCOMPARE(model.fetchCount(), 3); // nothing else was asked for
    QCOMPARE(wire.count, 3);
    QVERIFY(!model.canFetchMore(group22));
    QVERIFY(model.hasChildren(group24)); // not known yet: the view shows an expander
    QTest::qWait(50);
    QCOMPARE(wire.count, 3); // and nothing was asked for by itself
    model.fetchMore(group24);
    QVERIFY(settled(model));
    QCOMPARE(wire.count, 4);
    QVERIFY(!model.hasChildren(group24)); // group 24 holds nothing
    QVERIFY(!model.canFetchMore(group24));
}

void TestChildGroupTreeModel::aCycleIsShownOnceAndNotExpanded()
{
    ChildGroupTreeModel model(m_fixture.workspace.get(), 27);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(settled(model));
    const QModelIndex group28 = childGroup(model, model.index(1, 0), 28);
    QVERIFY(group28.isValid());
    model.fetchMore(group28);
    QVERIFY(settled(model));
    const QModelIndex group29 = childGroup(model, group28, 29);
    QVERIFY(group29.isValid());
    QVERIFY(!group29.data(Models::CycleRole).toBool());
    model.fetchMore(group29);
    QVERIFY(settled(model));
    const QModelIndex back = childGroup(model, group29, 27);
    QVERIFY(back.isValid());
    QVERIFY(back.data(Models::CycleRole).toBool());
    QVERIFY(back.data().toString().contains(QStringLiteral("cycle")));
    QVERIFY(!back.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.hasChildren(back));
    QVERIFY(!model.canFetchMore(back));
    const int asked = model.fetchCount();
    model.fetchMore(back);
    QCOMPARE(model.fetchCount(), asked);

    // Expanding everything there is to expand ends.
    QList<QModelIndex> open{QModelIndex()};
    int expansions = 0;
    while (!open.isEmpty()) {
        const QModelIndex parent = open.takeFirst();
        if (model.canFetchMore(parent)) {
            model.fetchMore(parent);
            QVERIFY(settled(model));
            ++expansions;
            QVERIFY2(expansions < 200, "the expansion does not end");
        }
        for (int row = 0; row < model.rowCount(parent); ++row)
            open.append(model.index(row, 0, parent));
    }
}

void TestChildGroupTreeModel::aCyclesTooltipNamesTheLoop()
{
    // The issue's own words: from Data Quality (29), which manages Analytics Guild (27), the loop
    // Analytics Guild > Modeling Team > Data Quality leads back to where it started.
    {
        ChildGroupTreeModel model(m_fixture.workspace.get(), 29);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QVERIFY(settled(model));
        const QModelIndex guild = childGroup(model, model.index(0, 0), 27);
        QVERIFY(guild.isValid());
        model.fetchMore(guild);
        QVERIFY(settled(model));
        const QModelIndex modeling = childGroup(model, guild, 28);
        QVERIFY(modeling.isValid());
        model.fetchMore(modeling);
        QVERIFY(settled(model));
        const QModelIndex back = childGroup(model, modeling, 29);
        QVERIFY(back.data(Models::CycleRole).toBool());
        const QString tip = back.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral(
                     "Data Quality already appears above: Analytics Guild > Modeling Team > Data Quality\n")),
            qPrintable(tip));
        // The groups on the way are no cycle, and their tooltips do not say so.
        QVERIFY(!modeling.data(Qt::ToolTipRole).toString().contains(QStringLiteral("already appears")));
    }
    // Entered from outside (group 3 writes Data Quality): the loop starts at Data Quality's first row.
    {
        ChildGroupTreeModel model(m_fixture.workspace.get(), 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        QVERIFY(settled(model));
        QModelIndex at = childGroup(model, model.index(1, 0), 29);
        QVERIFY(at.isValid());
        for (const qint64 next : {27, 28, 29}) {
            model.fetchMore(at);
            QVERIFY(settled(model));
            at = childGroup(model, at, next);
            QVERIFY(at.isValid());
        }
        QVERIFY(at.data(Models::CycleRole).toBool());
        QCOMPARE(at.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0),
            QStringLiteral(
                "Data Quality already appears above: Data Quality > Analytics Guild > Modeling Team > Data Quality"));
    }
}

void TestChildGroupTreeModel::aGroupHoldingItselfIsACycle()
{
    const qint64 narcissus = newGroup(QStringLiteral("Narcissus"));
    QVERIFY(narcissus > 0);
    QVERIFY(grant(narcissus, narcissus, Level::Manage));
    ChildGroupTreeModel model(m_fixture.workspace.get(), narcissus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settled(model));
    const QModelIndex self = childGroup(model, model.index(0, 0), narcissus);
    QVERIFY(self.isValid());
    QVERIFY(self.data(Models::CycleRole).toBool());
    QVERIFY(!model.canFetchMore(self));
}

void TestChildGroupTreeModel::aDiamondIsNotACycle()
{
    const qint64 a = newGroup(QStringLiteral("Diamond A"));
    const qint64 b = newGroup(QStringLiteral("Diamond B"));
    const qint64 c = newGroup(QStringLiteral("Diamond C"));
    const qint64 d = newGroup(QStringLiteral("Diamond D"));
    QVERIFY(a && b && c && d);
    QVERIFY(grant(a, b, Level::Read));
    QVERIFY(grant(a, c, Level::Write));
    QVERIFY(grant(b, d, Level::Read));
    QVERIFY(grant(c, d, Level::Read));
    ChildGroupTreeModel model(m_fixture.workspace.get(), a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settled(model)); // the tester expands every node it can, recursively
    const QModelIndex underB = childGroup(model, childGroup(model, model.index(2, 0), b), d);
    const QModelIndex underC = childGroup(model, childGroup(model, model.index(1, 0), c), d);
    QVERIFY(underB.isValid());
    QVERIFY(underC.isValid());
    QVERIFY(!underB.data(Models::CycleRole).toBool());
    QVERIFY(!underC.data(Models::CycleRole).toBool());
}

void TestChildGroupTreeModel::aMissingRootIsAnError()
{
    ChildGroupTreeModel missing(m_fixture.workspace.get(), 99'999'999);
    QAbstractItemModelTester tester(&missing, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settled(missing));
    QCOMPARE(missing.loadStatus()->lastError().httpStatus, 404);
    QVERIFY(!missing.loadStatus()->errorMessage().isEmpty());
    QVERIFY(!missing.index(0, 0).data(Models::ErrorRole).toString().isEmpty());
}

void TestChildGroupTreeModel::aFailedNodeIsRetried()
{
    ChildGroupTreeModel model(m_fixture.workspace.get(), 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(settled(model));
    m_fixture.failRequests();
    const QModelIndex group22 = childGroup(model, model.index(0, 0), 22);
    model.fetchMore(group22);
    QVERIFY(settled(model));
    QVERIFY(group22.data(Models::ErrorRole).toString().contains(QStringLiteral("temporarily unavailable")));
    QVERIFY(!model.canFetchMore(group22)); // no asking again by itself
    QCOMPARE(model.rowCount(group22), 0);

    m_fixture.setFaults({});
    model.retry(group22);
    QVERIFY(settled(model));
    QVERIFY(group22.data(Models::ErrorRole).isNull());
    QVERIFY(childGroup(model, group22, 23).isValid());
}

void TestChildGroupTreeModel::theStatusRetriesEveryNodeThatFailed()
{
    ChildGroupTreeModel model(m_fixture.workspace.get(), 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(settled(model));
    m_fixture.failRequests();
    // The root fails (so do its three categories), and so does an expanded group.
    const QPersistentModelIndex group22 = childGroup(model, model.index(0, 0), 22);
    model.fetchMore(group22);
    QVERIFY(settled(model));
    m_fixture.workspace->groupStore()->noteChildGroupsChanged(21);
    QVERIFY(settled(model));
    QVERIFY(model.loadStatus()->hasError());
    QVERIFY(!model.index(0, 0).data(Models::ErrorRole).isNull());
    QVERIFY(!group22.data(Models::ErrorRole).isNull());

    // What a view's Retry button does: every node that failed is asked again, in one go.
    m_fixture.setFaults({});
    QSignalSpy loading(model.loadStatus(), &Models::LoadStatus::loadingChanged);
    QSignalSpy errors(model.loadStatus(), &Models::LoadStatus::errorChanged);
    model.loadStatus()->retry();
    QCOMPARE(loading.size(), 1);
    QVERIFY(settled(model));
    QCOMPARE(loading.size(), 2);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!model.loadStatus()->hasError());
    QVERIFY(model.loadStatus()->errorMessage().isEmpty());
    QVERIFY(model.index(0, 0).data(Models::ErrorRole).isNull());
    QVERIFY(group22.data(Models::ErrorRole).isNull());
    QVERIFY(childGroup(model, group22, 23).isValid());
}

void TestChildGroupTreeModel::aRefusalLandsOnItsNode()
{
    // Maria may read Outer, which holds read on Inner; Inner she may not read.
    const qint64 outer = newGroup(QStringLiteral("Outer"));
    const qint64 inner = newGroup(QStringLiteral("Inner"));
    QVERIFY(outer && inner);
    QVERIFY(grant(outer, inner, Level::Read));
    const qint64 maria
        = m_fixture.column(QStringLiteral("SELECT id FROM users WHERE username = 'maria.lopez'")).value(0).toLongLong();
    QVERIFY(maria > 0);
    QVERIFY(await(m_fixture.client->groups().putSharesUsers(outer, {maria}, Level::Read)).ok());
    std::unique_ptr<Api::ApiClient> marias = m_fixture.clientAs(QStringLiteral("maria.lopez"));
    QVERIFY(marias);
    Models::Workspace mariasWorkspace(marias.get());

    ChildGroupTreeModel model(&mariasWorkspace, outer);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QSignalSpy errors(model.loadStatus(), &Models::LoadStatus::errorChanged);
    QVERIFY(settled(model));
    QVERIFY2(model.loadStatus()->lastError().isNull(), qPrintable(model.loadStatus()->errorMessage()));
    const QModelIndex innerIndex = childGroup(model, model.index(2, 0), inner);
    QVERIFY(innerIndex.isValid());
    model.fetchMore(innerIndex);
    QVERIFY(settled(model));
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 403);
    QCOMPARE(errors.size(), 1);
    // The server's own words, on the node whose children failed, and nowhere else.
    const QString expected = QStringLiteral("You need read permission on group %1").arg(inner);
    QVERIFY2(innerIndex.data(Models::ErrorRole).toString().contains(expected),
        qPrintable(innerIndex.data(Models::ErrorRole).toString()));
    QVERIFY(innerIndex.data(Qt::ToolTipRole).toString().contains(expected));
    QVERIFY(model.loadStatus()->errorMessage().contains(expected));
    QVERIFY(model.index(2, 0).data(Models::ErrorRole).isNull());
    QVERIFY(!model.canFetchMore(innerIndex));

    // Once she may read it, a retry clears the node's error and the model's.
    QVERIFY(await(m_fixture.client->groups().putSharesUsers(inner, {maria}, Level::Read)).ok());
    model.retry(innerIndex);
    QVERIFY(settled(model));
    QVERIFY(innerIndex.data(Models::ErrorRole).isNull());
    QVERIFY(model.loadStatus()->lastError().isNull());
    QCOMPARE(errors.size(), 2);
}

void TestChildGroupTreeModel::aShareGivenToAnExpandedGroupReloadsOnlyIt()
{
    ChildGroupTreeModel model(m_fixture.workspace.get(), 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(settled(model));
    QModelIndex group22 = childGroup(model, model.index(0, 0), 22);
    model.fetchMore(group22);
    QVERIFY(settled(model));
    QVERIFY(!childGroup(model, group22, 36).isValid());
    const QPersistentModelIndex group23 = childGroup(model, group22, 23);
    model.fetchMore(group23);
    QVERIFY(settled(model));
    QVERIFY(childGroup(model, group23, 24).isValid());
    const int asked = model.fetchCount();

    // Group 22 is given read on the Book Club (36), through the workspace: an undoable change.
    m_fixture.workspace->share(
        {36}, {{Models::SharePrincipal::Kind::Group, 22, QStringLiteral("group 22")}}, Level::Read);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(settled(model));
    group22 = childGroup(model, model.index(0, 0), 22);
    QVERIFY(childGroup(model, group22, 36).isValid());
    // Only group 22 was asked again; what was open below it stays open, not asked again.
    QCOMPARE(model.fetchCount(), asked + 1);
    QVERIFY(group23.isValid());
    QCOMPARE(group23.parent(), group22);
    QVERIFY(childGroup(model, group23, 24).isValid());

    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(settled(model));
    QVERIFY(!childGroup(model, childGroup(model, model.index(0, 0), 22), 36).isValid());
    QVERIFY(childGroup(model, group23, 24).isValid());
}

void TestChildGroupTreeModel::aShareGivenToTheRootShowsInItsCategory()
{
    ChildGroupTreeModel model(m_fixture.workspace.get(), 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(settled(model));
    const QPersistentModelIndex group22 = childGroup(model, model.index(0, 0), 22);
    model.fetchMore(group22);
    QVERIFY(settled(model));
    const QPersistentModelIndex group23 = childGroup(model, group22, 23);
    model.fetchMore(group23);
    QVERIFY(settled(model));

    // The root itself is given write on the Book Club: the Writeable node shows it, the rest stays.
    const QModelIndex writeable = model.index(1, 0);
    QVERIFY(!childGroup(model, writeable, 36).isValid());
    Api::BulkChange share;
    share.action = Api::BulkChange::Action::ShareWithGroup;
    share.groupId = 36;
    share.targetId = 21;
    share.level = Level::Write;
    Api::BulkChange revoke = share;
    revoke.action = Api::BulkChange::Action::RevokeGroupShare;
    m_fixture.workspace->apply(QStringLiteral("Let group 21 write the Book Club"), {{share, revoke, -1}});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(settled(model));
    QVERIFY(childGroup(model, writeable, 36).isValid());
    QCOMPARE(childGroup(model, writeable, 36).siblingAtColumn(ChildGroupTreeModel::LevelColumn).data().toString(),
        QStringLiteral("Write"));
    QVERIFY(group23.isValid());
    QVERIFY(childGroup(model, group23, 24).isValid());
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(settled(model));
    QVERIFY(!childGroup(model, writeable, 36).isValid());
}

void TestChildGroupTreeModel::aRenamedGroupShowsItsNewName()
{
    ChildGroupTreeModel model(m_fixture.workspace.get(), 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(settled(model));
    Api::GroupPatch patch;
    patch.name = QStringLiteral("Renamed 22");
    QVERIFY(await(m_fixture.workspace->groupStore()->patch(22, patch)).ok());
    QCOMPARE(childGroup(model, model.index(0, 0), 22).data().toString(), QStringLiteral("Renamed 22"));
}

void TestChildGroupTreeModel::aChangeWhileLoadingAsksAgain()
{
    ChildGroupTreeModel model(m_fixture.workspace.get(), 21);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(settled(model));
    const QPersistentModelIndex group22 = childGroup(model, model.index(0, 0), 22);
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 200;
    m_fixture.setFaults(slow);
    WireCounter wire(m_fixture.client.get());
    model.fetchMore(group22);
    // The answer on its way may not hold a change announced now: the node asks once more.
    m_fixture.workspace->groupStore()->noteChildGroupsChanged(22);
    m_fixture.workspace->groupStore()->noteChildGroupsChanged(22);
    QVERIFY(settled(model));
    QCOMPARE(wire.count, 2);
    QVERIFY(childGroup(model, group22, 23).isValid());
    m_fixture.setFaults({});
    const auto children = await(m_fixture.client->groups().listChildGroups(22));
    QVERIFY(children.ok());
    QCOMPARE(model.rowCount(group22),
        int(children->manageable.size() + children->writeable.size() + children->readable.size()));
}

QTEST_MAIN(TestChildGroupTreeModel)
#include "tst_childgrouptreemodel.moc"
