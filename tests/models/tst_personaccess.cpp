// What one person can reach, and why: each way in (a share of their own, a share to a group
// they are in, the groups they created) against a state made through the API in the test and
// checked against what the server answers; a deactivated account said; a group whose shares
// cannot be read reported; cancel; the cache after changes made through the Workspace (the
// second look-up sends fewer requests, and what it finds agrees with the server); the CSV.

#include "modeltestfixture.h"

#include "models/csv.h"
#include "models/personaccessmodel.h"
#include "models/roles.h"
#include "models/sharecache.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtGui/QStandardItemModel>
#include <QtTest/QSignalSpy>

using namespace Qt::StringLiterals;
using Level = Api::PermissionLevel;
using Models::AccessRoute;
using Models::PersonAccessLoader;
using Models::PersonAccessModel;
using Models::PersonAccessScope;

namespace {
constexpr qint64 kHarborAnalysts = 37; // of another organization: the admin cannot read it
constexpr qint64 kNoSuchGroup = 999999;
} // namespace

class TestPersonAccess : public QObject
{
    Q_OBJECT

private:
    /// The state the tests look at, made through the API: a person who reached nothing is a
    /// member of Finance Team; Ledger is shared with Finance Team (read) and with the person
    /// (write); Budget with Finance Team (manage); the person created Own Notes.
    struct World
    {
        qint64 person = 0;
        QString username;
        qint64 finance = 0;
        qint64 ledger = 0;
        qint64 budget = 0;
        qint64 own = 0;
    };

    qint64 createGroup(const QString &name, SandboxTestClient &as)
    {
        const HttpResult created = as.post(u"/groups"_s, QJsonObject{{u"name"_s, name}});
        if (created.status != 201)
            qWarning() << "create failed:" << created.status << created.body;
        return created.object().value(u"id"_s).toInteger();
    }
    bool shareWithGroup(qint64 groupId, qint64 granteeId, const QString &level)
    {
        return m_fixture.admin
                   .put(u"/groups/%1/shares/groups"_s.arg(groupId),
                       QJsonObject{{u"groupIds"_s, QJsonArray{granteeId}}, {u"permissionLevel"_s, level}})
                   .status
            == 200;
    }
    bool shareWithUser(qint64 groupId, qint64 userId, const QString &level)
    {
        return m_fixture.admin
                   .put(u"/groups/%1/shares/users"_s.arg(groupId),
                       QJsonObject{{u"userIds"_s, QJsonArray{userId}}, {u"permissionLevel"_s, level}})
                   .status
            == 200;
    }

    World makeWorld()
    {
        World world;
        std::tie(world.person, world.username) = m_fixture.userWhoReadsNothing();
        if (!world.person)
            return {};
        world.finance = createGroup(u"Finance Team"_s, m_fixture.admin);
        world.ledger = createGroup(u"Ledger"_s, m_fixture.admin);
        world.budget = createGroup(u"Budget"_s, m_fixture.admin);
        std::unique_ptr<SandboxTestClient> person = m_fixture.clientFor(world.username);
        if (!person)
            return {};
        world.own = createGroup(u"Own Notes"_s, *person);
        const bool ok = world.finance && world.ledger && world.budget && world.own
            && m_fixture.admin.put(u"/groups/%1/members/%2"_s.arg(world.finance).arg(world.person)).status == 200
            && shareWithGroup(world.ledger, world.finance, u"read"_s)
            && shareWithUser(world.ledger, world.person, u"write"_s)
            && shareWithGroup(world.budget, world.finance, u"manage"_s);
        return ok ? world : World();
    }

    /// The server's word on what \a person holds on every group the admin can read, worked out
    /// here from GET /groups/{id}/shares, the groups' members and their creators, with no code of
    /// the app: group id to level (0 read, 1 write, 2 manage).
    QHash<qint64, int> serverLevels(qint64 person)
    {
        QSet<qint64> memberOf;
        for (const QJsonValue &group :
            m_fixture.admin.get(u"/users/%1"_s.arg(person)).object().value(u"groups"_s).toArray())
            memberOf.insert(group.toObject().value(u"id"_s).toInteger());
        QHash<qint64, int> levels;
        const QJsonArray groups = m_fixture.admin.get(u"/groups?limit=1000"_s).array();
        for (const QJsonValue &value : groups) {
            const QJsonObject group = value.toObject();
            const qint64 id = group.value(u"id"_s).toInteger();
            int level = -1;
            if (group.value(u"createdById"_s).toInteger() == person)
                level = 2;
            const QJsonObject shares = m_fixture.admin.get(u"/groups/%1/shares"_s.arg(id)).array().first().toObject();
            const std::pair<QString, int> sets[] = {{u"readers"_s, 0}, {u"writers"_s, 1}, {u"owners"_s, 2}};
            for (const auto &[key, setLevel] : sets) {
                const QJsonObject set = shares.value(key).toObject();
                for (const QJsonValue &user : set.value(u"users"_s).toArray()) {
                    if (user.toObject().value(u"id"_s).toInteger() == person)
                        level = std::max(level, setLevel);
                }
                for (const QJsonValue &grantee : set.value(u"groups"_s).toArray()) {
                    if (memberOf.contains(grantee.toObject().value(u"id"_s).toInteger()))
                        level = std::max(level, setLevel);
                }
            }
            if (level >= 0)
                levels.insert(id, level);
        }
        return levels;
    }
    static QHash<qint64, int> levelsOf(const Models::PersonAccessResult &result)
    {
        QHash<qint64, int> levels;
        for (const Models::GroupAccess &group : result.groups)
            levels.insert(group.groupId, int(group.level));
        return levels;
    }
    static bool finished(const PersonAccessLoader &loader)
    {
        return QTest::qWaitFor(
            [&] {
                if (!loader.isLoading())
                    return true;
                QTestEventLoop loop;
                QObject::connect(&loader, &PersonAccessLoader::finished, &loop, &QTestEventLoop::exitLoop);
                loop.enterLoopMSecs(50);
                return !loader.isLoading();
            },
            kModelWaitMs);
    }
    static bool loaded(PersonAccessModel &model) { return awaitLoaded(*model.loadStatus()); }
    int sent() const { return m_fixture.client->rateLimiter()->sentCount(); }

    ModelFixture m_fixture;

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.restartModels()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void eachWayIn();
    void managedScopeAndListedGroups();
    void deactivatedAccountSaysSo();
    void aPersonWhoCannotBeSeen();
    void unreadableGroupIsReported();
    void cancelStops();
    void cacheAfterChangesThroughWorkspace();
    void modelFollowsAChange();
    void csvRoundTrips();
    void shareCacheIsPerConnectionAndRefusesStaleAnswers();
};

void TestPersonAccess::eachWayIn()
{
    const World world = makeWorld();
    QVERIFY(world.person);
    PersonAccessModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy progress(&model, &PersonAccessModel::progress);
    model.setPerson(world.person, PersonAccessScope::allReadable());
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(loaded(model));
    QVERIFY2(!model.loadStatus()->hasError(), qPrintable(model.loadStatus()->errorMessage()));
    const Models::PersonAccessResult &result = model.result();
    QCOMPARE(result.userId, world.person);
    QCOMPARE(result.username, world.username);
    QCOMPARE(result.active, std::optional<bool>(true));
    QVERIFY(std::any_of(result.memberOf.cbegin(), result.memberOf.cend(),
        [&](const Api::NamedRef &group) { return group.id == world.finance && group.name == u"Finance Team"_s; }));
    // Every readable group of the organization was looked through, and progress said so.
    const int readable
        = int(m_fixture.column(u"SELECT COUNT(*) FROM groups WHERE organization_id = 1"_s).value(0).toInt());
    QCOMPARE(result.scopeSize, readable);
    QCOMPARE(model.loader()->done(), readable);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), readable);
    QCOMPARE(progress.last().at(1).toInt(), readable);

    // Exactly what the server's shares say, group by group.
    QCOMPARE(levelsOf(result), serverLevels(world.person));
    QCOMPARE(model.rowCount(), 3);

    // Each way in, highest first.
    const Models::GroupAccess &ledger = model.group(model.rowOf(world.ledger));
    QCOMPARE(ledger.level, Level::Write);
    QCOMPARE(ledger.routes.size(), 2);
    QCOMPARE(ledger.routes.at(0).kind, AccessRoute::Kind::Direct);
    QCOMPARE(ledger.routes.at(0).level, Level::Write);
    QCOMPARE(ledger.routes.at(1).kind, AccessRoute::Kind::Membership);
    QCOMPARE(ledger.routes.at(1).level, Level::Read);
    QCOMPARE(ledger.routes.at(1).viaGroup.id, world.finance);
    QCOMPARE(PersonAccessModel::waysText(ledger), u"Shared directly (Write); through Finance Team (Read)"_s);
    const Models::GroupAccess &budget = model.group(model.rowOf(world.budget));
    QCOMPARE(budget.level, Level::Manage);
    QCOMPARE(budget.routes.size(), 1);
    QCOMPARE(budget.routes.at(0).kind, AccessRoute::Kind::Membership);
    const Models::GroupAccess &own = model.group(model.rowOf(world.own));
    QCOMPARE(own.level, Level::Manage);
    QCOMPARE(own.routes.size(), 1);
    QCOMPARE(own.routes.at(0).kind, AccessRoute::Kind::Creator);
    QCOMPARE(PersonAccessModel::waysText(own), u"Creator (Manage)"_s);
    // Manage first, then by name.
    QCOMPARE(rowIds(model), (QList<qint64>{world.budget, world.own, world.ledger}));
    QCOMPARE(model.index(model.rowOf(world.ledger), PersonAccessModel::LevelColumn).data().toString(), u"Write"_s);
    QCOMPARE(model.index(0, PersonAccessModel::StatusColumn).data().toString(), u"Active"_s);

    // The shares held in one's own name: what offboarding offers to revoke.
    QCOMPARE(model.directShares(), (QList<Models::DirectShare>{{world.ledger, u"Ledger"_s, Level::Write}}));

    // The proxy filters by a group named in the ways in, and by level.
    Models::PersonAccessFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"finance"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QString());
    proxy.setLevel(Level::Manage);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setLevel(Level::Write);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestPersonAccess::managedScopeAndListedGroups()
{
    const World world = makeWorld();
    QVERIFY(world.person);
    // As the person: they manage Budget (through Finance Team) and Own Notes (its creator);
    // Ledger they only write, so it is outside "the groups you manage".
    std::unique_ptr<Api::ApiClient> client = m_fixture.clientAs(world.username);
    QVERIFY(client);
    Models::Workspace workspace(client.get());
    PersonAccessLoader loader(&workspace);
    loader.start(world.person, PersonAccessScope::managed());
    QVERIFY(finished(loader));
    QVERIFY2(loader.error().isNull(), qPrintable(loader.error().toString()));
    QCOMPARE(loader.total(), 2);
    QCOMPARE(levelsOf(loader.result()), (QHash<qint64, int>{{world.budget, 2}, {world.own, 2}}));

    // The groups a view lists now (here a list model of two), which the app has not fetched.
    QStandardItemModel shown;
    for (const qint64 id : {world.ledger, world.finance}) {
        auto *item = new QStandardItem(QString::number(id));
        item->setData(id, Models::IdRole);
        shown.appendRow(item);
    }
    const PersonAccessScope scope = PersonAccessScope::listed(&shown);
    QCOMPARE(scope.groupIds, (QList<qint64>{world.ledger, world.finance}));
    PersonAccessLoader listed(m_fixture.workspace.get());
    listed.start(world.person, scope);
    QVERIFY(finished(listed));
    QVERIFY(listed.error().isNull());
    QCOMPARE(listed.total(), 2);
    QCOMPARE(levelsOf(listed.result()), (QHash<qint64, int>{{world.ledger, 1}}));
}

void TestPersonAccess::deactivatedAccountSaysSo()
{
    const World world = makeWorld();
    QVERIFY(world.person);
    // The API cannot deactivate anyone: the sandbox's database does, as an administrator would
    // on the platform.
    m_fixture.column(u"UPDATE users SET active = 0 WHERE id = %1"_s.arg(world.person));
    QCOMPARE(m_fixture.admin.get(u"/users/%1"_s.arg(world.person)).object().value(u"active"_s).toBool(true), false);

    PersonAccessModel model(m_fixture.workspace.get());
    model.setPerson(world.person, PersonAccessScope::groups({world.ledger, world.budget, world.own}));
    QVERIFY(loaded(model));
    QVERIFY(model.result().isDeactivated());
    // Still listed: a deactivated account holds its shares and memberships.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, PersonAccessModel::StatusColumn).data().toString(), u"Deactivated"_s);
    QCOMPARE(model.index(0, PersonAccessModel::StatusColumn).data(Models::RawValueRole).toInt(), 0);
    QVERIFY(model.index(0, PersonAccessModel::GroupColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(
        model.index(0, PersonAccessModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(u"deactivated"_s));
    const QList<QStringList> csv = Models::Csv::parse(model.csv());
    for (const QStringList &row : csv.mid(1))
        QCOMPARE(row.at(4), u"deactivated"_s);
}

void TestPersonAccess::aPersonWhoCannotBeSeen()
{
    PersonAccessModel model(m_fixture.workspace.get());
    model.setPerson(424242, PersonAccessScope::allReadable());
    QVERIFY(loaded(model));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.loadStatus()->hasError());
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 404);
    // Nothing but the person was asked for: no scope was read for someone not there.
    QCOMPARE(model.loader()->total(), 0);
}

void TestPersonAccess::unreadableGroupIsReported()
{
    const World world = makeWorld();
    QVERIFY(world.person);
    PersonAccessModel model(m_fixture.workspace.get());
    model.setPerson(world.person, PersonAccessScope::groups({world.ledger, kHarborAnalysts, kNoSuchGroup}));
    QVERIFY(loaded(model));
    // What could be read is shown; what could not is said, by name, never dropped.
    QCOMPARE(rowIds(model), QList<qint64>{world.ledger});
    const QList<Models::PersonAccessFailure> &failures = model.result().failures;
    QCOMPARE(failures.size(), 2);
    QSet<qint64> failed;
    for (const Models::PersonAccessFailure &failure : failures)
        failed.insert(failure.groupId);
    QCOMPARE(failed, (QSet<qint64>{kHarborAnalysts, kNoSuchGroup}));
    QVERIFY(model.loadStatus()->hasError());
    // Named as the app knows them: a group the signed-in user cannot read tells not even its name.
    for (const Models::PersonAccessFailure &failure : failures) {
        QVERIFY2(model.loadStatus()->errorMessage().contains(failure.groupName),
            qPrintable(model.loadStatus()->errorMessage()));
    }
    const QList<QStringList> csv = Models::Csv::parse(model.csv());
    int errors = 0;
    for (const QStringList &row : csv.mid(1))
        errors += row.at(7) == u"error"_s ? 1 : 0;
    QCOMPARE(errors, 2);

    // A retry reads only the groups that failed: two requests.
    const int before = sent();
    model.loadStatus()->retry();
    QVERIFY(loaded(model));
    QCOMPARE(sent() - before, 2);
    QCOMPARE(model.result().failures.size(), 2);
    QCOMPARE(rowIds(model), QList<qint64>{world.ledger});
}

void TestPersonAccess::cancelStops()
{
    const World world = makeWorld();
    QVERIFY(world.person);
    // Slow answers, so the cancel lands while shares are being read.
    FaultSettings faults;
    faults.latencyMinMs = faults.latencyMaxMs = 20;
    m_fixture.setFaults(faults);
    PersonAccessLoader loader(m_fixture.workspace.get());
    QSignalSpy done(&loader, &PersonAccessLoader::finished);
    loader.start(world.person, PersonAccessScope::allReadable());
    QVERIFY(QTest::qWaitFor(
        [&] { return loader.phase() == PersonAccessLoader::Phase::Shares && loader.done() > 0; }, kModelWaitMs));
    loader.cancel();
    QVERIFY(!loader.isLoading());
    QCOMPARE(done.size(), 1);
    QCOMPARE(loader.error().kind, Api::ApiError::Kind::Cancelled);
    const int settled = loader.done();
    QVERIFY(settled < loader.total());
    // Nothing more arrives once the cancelled requests have ended.
    const int sentThen = sent();
    QTest::qWait(300);
    QCOMPARE(done.size(), 1);
    QCOMPARE(loader.done(), settled);
    QCOMPARE(sent(), sentThen);

    // Again, to the end: what the cancelled look-up read is not read twice.
    m_fixture.setFaults({});
    loader.start(world.person, PersonAccessScope::allReadable());
    QVERIFY(finished(loader));
    QVERIFY(loader.error().isNull());
    QCOMPARE(loader.done(), loader.total());
    QVERIFY(loader.sharesFromCache() >= settled - PersonAccessLoader::kSharesAtOnce);
    QCOMPARE(levelsOf(loader.result()), serverLevels(world.person));

    // The model: a cancel ends the loading and says what it shows is partial; no person, no rows.
    m_fixture.setFaults(faults);
    PersonAccessModel model(m_fixture.workspace.get());
    model.setPerson(world.person, PersonAccessScope::allReadable(), true);
    QVERIFY(QTest::qWaitFor([&] { return model.loader()->done() > 0; }, kModelWaitMs));
    model.cancel();
    QVERIFY(!model.loadStatus()->isLoading());
    QVERIFY(model.loadStatus()->isStale());
    QVERIFY(!model.loadStatus()->hasError());
    model.setPerson(0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.loadStatus()->isStale());
    QVERIFY(!model.loadStatus()->isLoading());
}

void TestPersonAccess::cacheAfterChangesThroughWorkspace()
{
    const World world = makeWorld();
    QVERIFY(world.person);
    // A group shared with another group, which the person will join through the app.
    const qint64 analysts = createGroup(u"Analysts"_s, m_fixture.admin);
    const qint64 reports = createGroup(u"Reports"_s, m_fixture.admin);
    QVERIFY(analysts && reports);
    QVERIFY(shareWithGroup(reports, analysts, u"write"_s));

    int first = 0;
    int scope = 0;
    {
        PersonAccessLoader loader(m_fixture.workspace.get());
        const int before = sent();
        loader.start(world.person, PersonAccessScope::allReadable());
        QVERIFY(finished(loader));
        QVERIFY(loader.error().isNull());
        first = sent() - before;
        scope = loader.total();
        QCOMPARE(loader.sharesRead(), scope);
        QCOMPARE(levelsOf(loader.result()), serverLevels(world.person));
    }
    {
        // The same look-up again, nothing changed: the person, their groups and the scope's
        // list (a request each), and no share.
        PersonAccessLoader loader(m_fixture.workspace.get());
        const int before = sent();
        loader.start(world.person, PersonAccessScope::allReadable());
        QVERIFY(finished(loader));
        QCOMPARE(loader.sharesRead(), 0);
        QCOMPARE(loader.sharesFromCache(), scope);
        QCOMPARE(sent() - before, 3);
        QCOMPARE(levelsOf(loader.result()), serverLevels(world.person));
    }

    // Changes through the app: a share of Analysts to the person (read), Ledger's share lowered
    // (write to read), and the person joins Analysts (so reaches Reports, whose shares are cached).
    const Models::SharePrincipal person{Models::SharePrincipal::Kind::User, world.person, u"Person"_s};
    m_fixture.workspace->share({analysts}, {person}, Level::Read);
    m_fixture.workspace->share({world.ledger}, {person}, Level::Read);
    m_fixture.workspace->addMembers(analysts, {{world.person, u"Person"_s, world.username, {}}});
    QVERIFY(awaitChanges(*m_fixture.workspace));

    PersonAccessLoader loader(m_fixture.workspace.get());
    const int before = sent();
    loader.start(world.person, PersonAccessScope::allReadable());
    QVERIFY(finished(loader));
    QVERIFY(loader.error().isNull());
    const int third = sent() - before;
    // Only the two groups whose shares changed are read again.
    QCOMPARE(loader.sharesRead(), 2);
    QCOMPARE(third, 3 + 2);
    QVERIFY(third < first);
    // And what it found is the server's truth.
    const QHash<qint64, int> expected = serverLevels(world.person);
    QCOMPARE(levelsOf(loader.result()), expected);
    QCOMPARE(expected.value(world.ledger), 0);
    QCOMPARE(expected.value(analysts, -1), 0);
    QCOMPARE(expected.value(reports, -1), 1);
    const Models::GroupAccess &viaAnalysts = loader.result().groups.at(loader.result().indexOf(reports));
    QCOMPARE(viaAnalysts.routes.size(), 1);
    QCOMPARE(viaAnalysts.routes.at(0).viaGroup.id, analysts);

    // A fresh look-up reads everything anew.
    const int beforeFresh = sent();
    loader.start(world.person, PersonAccessScope::allReadable(), true);
    QVERIFY(finished(loader));
    QCOMPARE(loader.sharesRead(), loader.total());
    QVERIFY(sent() - beforeFresh > scope);
}

void TestPersonAccess::modelFollowsAChange()
{
    const World world = makeWorld();
    QVERIFY(world.person);
    PersonAccessModel model(m_fixture.workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPerson(world.person, PersonAccessScope::allReadable());
    QVERIFY(loaded(model));
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy changed(&model, &PersonAccessModel::accessChanged);

    // The person leaves Finance Team through the app: Budget goes, Ledger keeps its direct share;
    // no share is read again for it.
    const int readBefore = model.loader()->sharesRead();
    m_fixture.workspace->removeMembers(world.finance, {{world.person, u"Person"_s, world.username, {}}});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 2; }, kModelWaitMs));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(rowIds(model), (QList<qint64>{world.own, world.ledger}));
    QCOMPARE(model.group(model.rowOf(world.ledger)).routes.size(), 1);
    QCOMPARE(model.loader()->sharesRead(), readBefore);

    // Ledger's direct share is revoked through the app: that group alone is read again.
    const Models::SharePrincipal person{Models::SharePrincipal::Kind::User, world.person, u"Person"_s};
    m_fixture.workspace->revokeShares({world.ledger}, {person}, {});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 1; }, kModelWaitMs));
    QCOMPARE(rowIds(model), QList<qint64>{world.own});
    QVERIFY(QTest::qWaitFor([&] { return !model.loader()->isLoading(); }, kModelWaitMs));
    QCOMPARE(levelsOf(model.result()), serverLevels(world.person));
    QCOMPARE(model.loader()->sharesRead(), readBefore + 1);
}

void TestPersonAccess::csvRoundTrips()
{
    const World world = makeWorld();
    QVERIFY(world.person);
    const QString name = uR"(Ledger, "Main")"_s;
    QCOMPARE(m_fixture.admin.patch(u"/groups/%1"_s.arg(world.ledger), QJsonObject{{u"name"_s, name}}).status, 200);
    PersonAccessModel model(m_fixture.workspace.get());
    model.setPerson(world.person, PersonAccessScope::groups({world.ledger, world.budget, world.own, kHarborAnalysts}));
    QVERIFY(loaded(model));
    const QByteArray bytes = model.csv();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "user_id,name,username,email,status,group_id,"));
    QVERIFY(bytes.contains(R"("Ledger, ""Main""")"));
    const QList<QStringList> csv = Models::Csv::parse(bytes);
    QCOMPARE(csv.first(), PersonAccessModel::csvHeader());
    // Three groups reached, one error, the scope.
    QCOMPARE(csv.size(), 1 + 3 + 1 + 1);
    const QJsonObject user = m_fixture.admin.get(u"/users/%1"_s.arg(world.person)).object();
    for (const QStringList &row : csv.mid(1)) {
        QCOMPARE(row.size(), PersonAccessModel::csvHeader().size());
        QCOMPARE(row.at(0), QString::number(world.person));
        QCOMPARE(row.at(1), user.value(u"name"_s).toString());
        QCOMPARE(row.at(2), world.username);
        QCOMPARE(row.at(3), user.value(u"email"_s).toString());
        QCOMPARE(row.at(4), u"active"_s);
    }
    const auto rowFor = [&](qint64 groupId) {
        for (const QStringList &row : csv)
            if (row.at(5) == QString::number(groupId))
                return row;
        return QStringList();
    };
    const QStringList ledger = rowFor(world.ledger);
    QCOMPARE(ledger.at(6), name);
    QCOMPARE(ledger.at(7), u"access"_s);
    QCOMPARE(ledger.at(8), u"write"_s);
    QCOMPARE(ledger.at(9), u"Shared directly (Write); through Finance Team (Read)"_s);
    QCOMPARE(ledger.at(10), QString::number(world.finance));
    QVERIFY(QDateTime::fromString(ledger.at(11), Qt::ISODate).isValid());
    QCOMPARE(rowFor(world.own).at(8), u"manage"_s);
    QCOMPARE(rowFor(kHarborAnalysts).at(7), u"error"_s);
    QCOMPARE(csv.last().at(7), u"scope"_s);
    QVERIFY(csv.last().at(9).contains(u"4"_s));

    // Only the rows a proxy shows, in its order.
    Models::PersonAccessFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setLevel(Level::Write);
    const QList<QStringList> filtered = Models::Csv::parse(model.csv(&proxy));
    QCOMPARE(filtered.size(), 1 + 1 + 1 + 1);
    QCOMPARE(filtered.at(1).at(5), QString::number(world.ledger));
}

void TestPersonAccess::shareCacheIsPerConnectionAndRefusesStaleAnswers()
{
    Models::ShareCache *cache = Models::ShareCache::of(m_fixture.workspace.get());
    QVERIFY(cache);
    QCOMPARE(Models::ShareCache::of(m_fixture.workspace.get()), cache);
    Models::Workspace other(m_fixture.client.get());
    QVERIFY(Models::ShareCache::of(&other) != cache);

    Api::ShareIndex shares;
    shares.readers.users.append({7, u"Ada"_s});
    // An answer to a request sent before the group's shares changed is not kept: it may be stale.
    const quint64 stamp = cache->stamp(5);
    m_fixture.workspace->groupStore()->noteSharesChanged(5);
    QVERIFY(!cache->insert(5, shares, stamp));
    QVERIFY(!cache->find(5));
    // One sent after is.
    QVERIFY(cache->insert(5, shares, cache->stamp(5)));
    QVERIFY(cache->find(5));
    QCOMPARE(cache->find(5)->shares, shares);
    // A share change drops it; a group deleted through the app too.
    QSignalSpy dropped(cache, &Models::ShareCache::sharesInvalidated);
    m_fixture.workspace->groupStore()->noteSharesChanged(5);
    QVERIFY(!cache->find(5));
    QCOMPARE(dropped.size(), 1);
    QVERIFY(cache->insert(6, shares, cache->stamp(6)));
    cache->setMemberships(7, {6, 8});
    Api::GroupSummary six;
    six.id = 6;
    six.name = u"Six"_s;
    m_fixture.workspace->groupStore()->absorb(six);
    m_fixture.workspace->groupStore()->forget(6);
    QVERIFY(!cache->find(6));
    QCOMPARE(cache->memberships(7), std::optional<QSet<qint64>>(QSet<qint64>{8}));
}

QTEST_MAIN(TestPersonAccess)
#include "tst_personaccess.moc"
