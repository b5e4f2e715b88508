// One person at a time (issue 24's models): a person read with their record (and a person
// nobody can see, and a deactivated account, said in words); their Member Of list against the
// sandbox's memberships, following a change without a reload; two people compared; the copy
// plan (exact or not, with groups the signed-in user cannot change left out in their words);
// offboarding with direct shares and the last-manager rule; each applied as one undoable step,
// undone, and read back from the server; and copy and offboarding under a fifth of the requests
// failing and a rate limit, retried until the server is exactly as planned.

#include "modeltestfixture.h"

#include "models/activitylog.h"
#include "models/csv.h"
#include "models/groupdrag.h"
#include "models/grouppermissions.h"
#include "models/memberofmodel.h"
#include "models/membershipcomparison.h"
#include "models/membershipplan.h"
#include "models/personprofile.h"

#include <QtCore/QMimeData>
#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>

using namespace Qt::StringLiterals;
using Models::MemberOfModel;
using Models::MembershipComparison;
using Models::MembershipPlan;
using Models::PersonLoader;
using Models::UserRef;
using Level = Api::PermissionLevel;

namespace {
constexpr qint64 kBookClub = 36; // the demo seed's (see tst_grouppermissions)
} // namespace

class TestPersonModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void aPersonIsReadWithTheirRecord();
    void aPersonNobodyCanSeeAndADeactivatedAccountAreSaid();
    void memberOfListsEveryGroupOfThePerson();
    void memberOfFollowsAChangeWithoutAReload();
    void memberOfJoinsDroppedGroupsAndExportsCsv();
    void twoPeopleAreCompared();
    void copyPlanJoinsAndWithExactLeaves();
    void copyPlanLeavesOutGroupsTheUserCannotChange();
    void copyIsOneUndoableStepCheckedOnTheServer();
    void offboardingRevokesSharesAndSaysTheLastManager();
    void copyAndOffboardingEndExactlyAsPlannedUnderFaults();

private:
    /// A user of organization 1 with the most memberships (active, not an admin), as a ref.
    UserRef personWithMostGroups(qint64 besides = 0);
    /// personWithMostGroups(), made a member of more groups (by the admin, behind the app's
    /// back) until they are in \a count.
    UserRef personInGroups(int count, qint64 besides = 0);
    /// The user \a id as a ref, read from the database.
    UserRef refOf(qint64 id);
    /// The ids of the groups \a userId is in, read back through the API (every page), sorted.
    QList<qint64> groupsOnServer(qint64 userId);
    /// The same from the database.
    QList<qint64> groupsInDatabase(qint64 userId)
    {
        return m_fixture->ids(u"SELECT group_id FROM memberships WHERE user_id = %1"_s.arg(userId));
    }
    /// Waits for \a model's load and checks it is whole.
    static bool loaded(MemberOfModel &model)
    {
        return awaitLoaded(*model.loadStatus()) && model.isComplete() && !model.loadStatus()->hasError();
    }
    /// Waits for the workspace's runs, retrying the failures of \a operation up to \a tries times.
    bool settleRetrying(Models::ChangeOperation *operation, int tries = 0);
    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    std::unique_ptr<ModelFixture> m_fixture;
};

void TestPersonModels::init()
{
    // A fresh demo organization for each test: what one test changes, the next does not see.
    if (!m_fixture)
        m_fixture = std::make_unique<ModelFixture>();
    QVERIFY(m_fixture->restartModels());
}

void TestPersonModels::cleanupTestCase()
{
    m_fixture.reset();
}

UserRef TestPersonModels::refOf(qint64 id)
{
    const auto value = [&](const QString &column) {
        return m_fixture->column(u"SELECT %1 FROM users WHERE id = %2"_s.arg(column).arg(id)).value(0).toString();
    };
    return {id, value(u"name"_s), value(u"username"_s), value(u"email"_s)};
}

UserRef TestPersonModels::personWithMostGroups(qint64 besides)
{
    const QVariantList ids = m_fixture->column(
        u"SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.organization_id = 1 "
        "AND u.active = 1 AND u.org_admin = 0 AND u.id <> %1 GROUP BY u.id ORDER BY COUNT(*) DESC, u.id LIMIT 1"_s.arg(
            besides));
    return ids.isEmpty() ? UserRef() : refOf(ids.first().toLongLong());
}

UserRef TestPersonModels::personInGroups(int count, qint64 besides)
{
    UserRef person = personWithMostGroups(besides);
    const QList<qint64> more
        = m_fixture->ids(u"SELECT id FROM groups WHERE organization_id = 1 AND id NOT IN "
                         "(SELECT group_id FROM memberships WHERE user_id = %1) ORDER BY id DESC"_s.arg(person.id));
    for (int i = int(groupsInDatabase(person.id).size()), k = 0; i < count && k < more.size(); ++i, ++k) {
        const int status = m_fixture->admin.put(u"/groups/%1/members/%2"_s.arg(more.at(k)).arg(person.id), {}).status;
        if (status != 200)
            qWarning() << "could not add" << person.id << "to" << more.at(k) << status;
    }
    return person;
}

QList<qint64> TestPersonModels::groupsOnServer(qint64 userId)
{
    Api::GroupListQuery query;
    query.userIds = {userId};
    query.limit = 1000;
    const Loaded<Api::GroupSummary> all = awaitAll(m_fixture->client->groups().listAll(query));
    if (!all.error.isNull())
        qWarning() << "reading back failed:" << all.error.toString();
    return sorted(idsOf(all.items));
}

bool TestPersonModels::settleRetrying(Models::ChangeOperation *operation, int tries)
{
    QPointer<Models::ChangeOperation> run = operation;
    if (!awaitChanges(*m_fixture->workspace))
        return false;
    for (int i = 0; i < tries && run && run->count(Api::BulkOutcome::Failed) > 0; ++i) {
        // A retry runs outside the workspace's queue: its end is the run's own.
        QSignalSpy finished(run.data(), &Models::ChangeOperation::finished);
        run->retryFailed();
        if (!finished.wait(kModelWaitMs) || !awaitChanges(*m_fixture->workspace))
            return false;
    }
    return !run || run->count(Api::BulkOutcome::Failed) == 0;
}

void TestPersonModels::aPersonIsReadWithTheirRecord()
{
    const UserRef ada = personWithMostGroups();
    QVERIFY(ada.id);
    PersonLoader loader(m_fixture->workspace.get(), ada.id);
    QSignalSpy changed(&loader, &PersonLoader::changed);
    QCOMPARE(loader.state(), PersonLoader::State::Loading);
    QVERIFY(awaitLoaded(*loader.loadStatus()));
    QCOMPARE(loader.state(), PersonLoader::State::Loaded);
    const Models::PersonProfile &profile = loader.profile();
    QCOMPARE(profile.id, ada.id);
    QCOMPARE(profile.name, ada.name);
    QCOMPARE(profile.username, ada.username);
    QCOMPARE(profile.email, ada.email);
    QVERIFY(profile.active);
    QCOMPARE(profile.title(), u"%1 (%2)"_s.arg(ada.name, ada.username));
    QCOMPARE(profile.ref(), ada);
    QVERIFY(loader.stateText().isEmpty());
    const qint64 primary
        = m_fixture->column(u"SELECT primary_group_id FROM users WHERE id = %1"_s.arg(ada.id)).value(0).toLongLong();
    if (primary) {
        QCOMPARE(profile.primaryGroupId, std::optional<qint64>(primary));
        QCOMPARE(profile.primaryGroupName, m_fixture->storedGroupValue(primary, u"name"_s).toString());
    }
    // The record names every group the person is in.
    QCOMPARE(sorted(idsOf(profile.groups)), groupsInDatabase(ada.id));
    QVERIFY(changed.count() >= 1);
}

void TestPersonModels::aPersonNobodyCanSeeAndADeactivatedAccountAreSaid()
{
    PersonLoader loader(m_fixture->workspace.get(), 987654);
    QVERIFY(awaitLoaded(*loader.loadStatus()));
    QCOMPARE(loader.state(), PersonLoader::State::NotFound);
    QCOMPARE(loader.stateText(), u"You cannot see user 987654, or there is no such person."_s);
    QCOMPARE(loader.profile().id, qint64(987654));
    QVERIFY(!loader.loadStatus()->hasError()); // a state, said in words, not an error to retry

    const qint64 gone = m_fixture->column(u"SELECT id FROM users WHERE active = 0 AND organization_id = 1 LIMIT 1"_s)
                            .value(0)
                            .toLongLong();
    QVERIFY(gone);
    loader.setPerson(gone);
    QVERIFY(awaitLoaded(*loader.loadStatus()));
    QCOMPARE(loader.state(), PersonLoader::State::Loaded);
    QVERIFY(loader.isDeactivated());
    QCOMPARE(loader.profile().statusText(), u"Deactivated"_s);
    QVERIFY2(loader.stateText().startsWith(refOf(gone).name + u"'s account is deactivated"_s),
        qPrintable(loader.stateText()));

    // A failure that is not a 404 is an error to retry, not "cannot see".
    m_fixture->failRequests(1.0);
    loader.setPerson(gone);
    QVERIFY(awaitLoaded(*loader.loadStatus()));
    QCOMPARE(loader.state(), PersonLoader::State::Failed);
    QVERIFY(loader.loadStatus()->hasError());
    m_fixture->setFaults({});
    loader.loadStatus()->retry();
    QVERIFY(awaitLoaded(*loader.loadStatus()));
    QCOMPARE(loader.state(), PersonLoader::State::Loaded);
}

void TestPersonModels::memberOfListsEveryGroupOfThePerson()
{
    const UserRef ada = personInGroups(7);
    const QList<qint64> expected = groupsInDatabase(ada.id);
    QCOMPARE(expected.size(), 7);

    MemberOfModel model(m_fixture->workspace.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2); // several pages, in parallel, delivered in order
    QSignalSpy progress(&model, &MemberOfModel::progress);
    model.setPerson(ada);
    QVERIFY(loaded(model));
    QCOMPARE(sorted(model.groupIds()), expected);
    QCOMPARE(model.totalCount(), qint64(expected.size()));
    QVERIFY(progress.count() >= 2);
    // Each row as the server counts it, and the store knows the groups by name.
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(Models::IdRole).toLongLong();
        QCOMPARE(model.index(row, MemberOfModel::NameColumn).data().toString(),
            m_fixture->storedGroupValue(id, u"name"_s).toString());
        QCOMPARE(model.index(row, MemberOfModel::MembersColumn).data(Models::RawValueRole).toInt(),
            m_fixture->storedGroupValue(id, u"total_member_count"_s).toInt());
        QCOMPARE(m_fixture->workspace->groupStore()->name(id), m_fixture->storedGroupValue(id, u"name"_s).toString());
        QVERIFY(model.mayChange(row)); // the admin
    }

    // Sorted and filtered, with a count.
    Models::MemberOfFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.count(), int(expected.size()));
    QSignalSpy count(&proxy, &Models::MemberOfFilterProxyModel::countChanged);
    const QString first = model.group(0).name;
    proxy.setFilterText(first.toUpper());
    QVERIFY(proxy.count() >= 1 && proxy.count() < expected.size());
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.last().first().toInt(), proxy.count());
    proxy.setFilterText({});
    proxy.sort(MemberOfModel::NameColumn);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, 0)
                    .data()
                    .toString()
                    .compare(proxy.index(row, 0).data().toString(), Qt::CaseInsensitive)
            <= 0);
    }

    // A person in no group: an empty list that is whole, not a failure.
    const qint64 nobody
        = m_fixture
              ->column(u"SELECT id FROM users u WHERE organization_id = 1 AND NOT EXISTS (SELECT 1 FROM memberships m "
                       "WHERE m.user_id = u.id) LIMIT 1"_s)
              .value(0)
              .toLongLong();
    if (nobody) {
        model.setPerson(refOf(nobody));
        QVERIFY(loaded(model));
        QCOMPARE(model.rowCount(), 0);
    }
}

void TestPersonModels::memberOfFollowsAChangeWithoutAReload()
{
    Models::Workspace &workspace = *m_fixture->workspace;
    const UserRef ada = personWithMostGroups();
    MemberOfModel model(&workspace, ada);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int before = model.rowCount();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Added on a group's member table (not through this model): the row is there as the
    // change settles, before the run ends and anything is read again.
    const qint64 groupId
        = m_fixture
              ->ids(u"SELECT id FROM groups WHERE organization_id = 1 AND id NOT IN "
                    "(SELECT group_id FROM memberships WHERE user_id = %1) ORDER BY id LIMIT 1"_s.arg(ada.id))
              .value(0);
    QVERIFY(groupId);
    QPointer<Models::ChangeOperation> add = workspace.addMembers(groupId, {ada});
    bool rowAsItSettled = false;
    bool loadingAsItSettled = true;
    connect(add, &Models::ChangeOperation::itemFinished, this, [&] {
        rowAsItSettled = model.rowOf(groupId) >= 0;
        loadingAsItSettled = model.loadStatus()->isLoading();
    });
    QVERIFY(awaitChanges(workspace));
    QVERIFY(rowAsItSettled);
    QVERIFY(!loadingAsItSettled); // not a reload's doing
    QVERIFY(loaded(model)); // the reload the run's end asked for, merged
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(model.rowOf(groupId), MemberOfModel::NameColumn).data().toString(),
        m_fixture->storedGroupValue(groupId, u"name"_s).toString());

    // Undone: the row goes.
    workspace.undoStack()->undo();
    QVERIFY(awaitChanges(workspace));
    QVERIFY(loaded(model));
    QCOMPARE(model.rowOf(groupId), -1);
    QCOMPARE(model.rowCount(), before);

    // Removed from two groups through the model: one step, rows gone, and so on the server.
    const QList<qint64> two{model.group(0).id, model.group(1).id};
    QPointer<Models::ChangeOperation> removal = model.removeFromGroups({0, 1});
    QVERIFY(removal);
    QCOMPARE(removal->text(), u"Remove %1 from 2 groups"_s.arg(ada.name));
    QVERIFY(awaitChanges(workspace));
    QVERIFY(loaded(model));
    QCOMPARE(model.rowCount(), before - 2);
    for (qint64 id : two)
        QVERIFY(!groupsInDatabase(ada.id).contains(id));
    QCOMPARE(sorted(model.groupIds()), groupsOnServer(ada.id));

    // A rename elsewhere shows at once.
    const qint64 renamed = model.group(0).id;
    Api::GroupPatch patch;
    patch.name = u"Renamed While Shown"_s;
    QVERIFY(await(workspace.groupStore()->patch(renamed, patch)).ok());
    QCOMPARE(model.index(model.rowOf(renamed), 0).data().toString(), u"Renamed While Shown"_s);
    QCOMPARE(resets.count(), 0);
}

void TestPersonModels::memberOfJoinsDroppedGroupsAndExportsCsv()
{
    Models::Workspace &workspace = *m_fixture->workspace;
    const UserRef ada = personWithMostGroups();
    MemberOfModel model(&workspace, ada);
    QVERIFY(loaded(model));
    const QList<qint64> others
        = m_fixture->ids(u"SELECT id FROM groups WHERE organization_id = 1 AND id NOT IN "
                         "(SELECT group_id FROM memberships WHERE user_id = %1) ORDER BY id LIMIT 2"_s.arg(ada.id));
    QCOMPARE(others.size(), 2);
    Models::GroupDrag drag;
    for (qint64 id : others)
        drag.groups.append({id, m_fixture->storedGroupValue(id, u"name"_s).toString()});
    // One already in: dropped along, nothing to do for it.
    drag.groups.append({model.group(0).id, model.group(0).name});
    std::unique_ptr<QMimeData> data(drag.toMimeData());
    QVERIFY(model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    QSignalSpy started(&model, &MemberOfModel::changeStarted);
    QVERIFY(model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    QCOMPARE(started.count(), 1);
    auto *operation = started.first().first().value<Models::ChangeOperation *>();
    QVERIFY(awaitChanges(workspace));
    QCOMPARE(operation->size(), 2);
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 2);
    for (qint64 id : others)
        QVERIFY(model.rowOf(id) >= 0);
    // Only groups already in: nothing to drop.
    Models::GroupDrag again;
    again.groups.append(Api::NamedRef{others.first(), QString()});
    std::unique_ptr<QMimeData> inAlready(again.toMimeData());
    QVERIFY(!model.canDropMimeData(inAlready.get(), Qt::CopyAction, -1, -1, {}));

    // The CSV: the person's id, username and e-mail on every row, a row a group.
    QVERIFY(loaded(model));
    const QList<QStringList> rows = Models::Csv::parse(model.csv());
    QCOMPARE(rows.size(), model.rowCount() + 1);
    QCOMPARE(rows.first(), MemberOfModel::csvHeader());
    QList<qint64> ids;
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(0), QString::number(ada.id));
        QCOMPARE(rows.at(i).at(2), ada.username);
        QCOMPARE(rows.at(i).at(3), ada.email);
        ids.append(rows.at(i).at(4).toLongLong());
    }
    QCOMPARE(sorted(ids), groupsInDatabase(ada.id));
    // Through a filter, only what it shows.
    Models::MemberOfFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(model.group(0).name);
    QCOMPARE(Models::Csv::parse(model.csv(&proxy)).size(), proxy.count() + 1);
}

void TestPersonModels::twoPeopleAreCompared()
{
    const UserRef ada = personWithMostGroups();
    const UserRef grace = personWithMostGroups(ada.id);
    const QList<qint64> a = groupsInDatabase(ada.id);
    const QList<qint64> b = groupsInDatabase(grace.id);
    MembershipComparison comparison(m_fixture->workspace.get());
    QAbstractItemModelTester tester(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy compared(&comparison, &MembershipComparison::compared);
    comparison.setPeople(ada, grace);
    QVERIFY(awaitLoaded(*comparison.loadStatus()));
    QVERIFY(comparison.isComplete());
    QVERIFY(comparison.rowCount() > 0 && !compared.isEmpty()); // compared as the lists loaded

    using Side = MembershipComparison::Side;
    QList<qint64> onlyA;
    QList<qint64> both;
    QList<qint64> onlyB;
    for (qint64 id : a)
        (b.contains(id) ? both : onlyA).append(id);
    for (qint64 id : b) {
        if (!a.contains(id))
            onlyB.append(id);
    }
    QCOMPARE(sorted(idsOf(comparison.groups(Side::OnlyA))), onlyA);
    QCOMPARE(sorted(idsOf(comparison.groups(Side::Both))), both);
    QCOMPARE(sorted(idsOf(comparison.groups(Side::OnlyB))), onlyB);
    QCOMPARE(comparison.rowCount(), int(onlyA.size() + both.size() + onlyB.size()));
    QCOMPARE(comparison.summaryText(),
        u"Only %1: %2; both: %3; only %4: %5"_s.arg(ada.name)
            .arg(onlyA.size())
            .arg(both.size())
            .arg(grace.name)
            .arg(onlyB.size()));
    const int row = 0;
    QCOMPARE(comparison.index(row, MembershipComparison::SideColumn).data().toString(),
        comparison.side(row) == Side::OnlyA      ? u"Only %1"_s.arg(ada.name)
            : comparison.side(row) == Side::Both ? u"Both"_s
                                                 : u"Only %1"_s.arg(grace.name));

    // The CSV names both people by id, username and e-mail on every row.
    const QList<QStringList> rows = Models::Csv::parse(comparison.csv());
    QCOMPARE(rows.first(), MembershipComparison::csvHeader());
    QCOMPARE(rows.size(), comparison.rowCount() + 1);
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &line = rows.at(i);
        QCOMPARE(line.at(6), QString::number(ada.id));
        QCOMPARE(line.at(8), ada.username);
        QCOMPARE(line.at(9), ada.email);
        QCOMPARE(line.at(10), QString::number(grace.id));
        QCOMPARE(line.at(12), grace.username);
        QCOMPARE(line.at(13), grace.email);
        const qint64 id = line.at(0).toLongLong();
        QCOMPARE(line.at(3), onlyA.contains(id) ? u"only_a"_s : both.contains(id) ? u"both"_s : u"only_b"_s);
    }

    // It follows a change: Grace joins one of Ada's groups, which moves to "both".
    if (!onlyA.isEmpty()) {
        m_fixture->workspace->addMembers(onlyA.first(), {grace});
        QVERIFY(awaitChanges(*m_fixture->workspace));
        QVERIFY(awaitLoaded(*comparison.loadStatus()));
        QTRY_VERIFY(idsOf(comparison.groups(Side::Both)).contains(onlyA.first()));
    }
}

void TestPersonModels::copyPlanJoinsAndWithExactLeaves()
{
    const Models::GroupStore *store = m_fixture->workspace->groupStore();
    const UserRef ada{2, u"Ada Lovelace"_s, u"ada"_s, u"ada@example.com"_s};
    const UserRef grace{3, u"Grace Hopper"_s, u"grace"_s, u"grace@example.com"_s};
    const QList<Api::NamedRef> adas{{10, u"Legal"_s}, {11, u"Finance"_s}, {12, u"Boston Office"_s}};
    const QList<Api::NamedRef> graces{{11, u"Finance"_s}, {13, u"Book Club"_s}};

    const MembershipPlan join = MembershipPlan::copy(store, ada, grace, adas, graces, false);
    QCOMPARE(join.kind(), MembershipPlan::Kind::Copy);
    QCOMPARE(join.person(), grace);
    QCOMPARE(join.source(), ada);
    QCOMPARE(join.count(MembershipPlan::Action::Join), 2);
    QCOMPARE(join.count(MembershipPlan::Action::Leave), 0);
    // By name.
    QCOMPARE(join.items().at(0).groupName, u"Boston Office"_s);
    QCOMPARE(join.items().at(1).groupName, u"Legal"_s);
    QCOMPARE(join.description(), u"Grace Hopper joins 2 groups."_s);
    QCOMPARE(join.text(), u"Copy the groups of Ada Lovelace to Grace Hopper"_s);
    const Models::ChangePlan plan = join.toChangePlan();
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).forward.action, Api::BulkChange::Action::AddMember);
    QCOMPARE(plan.at(0).forward.groupId, qint64(12));
    QCOMPARE(plan.at(0).forward.targetId, grace.id);
    QCOMPARE(plan.at(0).forward.handle, grace.username);
    QCOMPARE(plan.at(0).backward.action, Api::BulkChange::Action::RemoveMember);

    const MembershipPlan exact = MembershipPlan::copy(store, ada, grace, adas, graces, true);
    QCOMPARE(exact.count(MembershipPlan::Action::Join), 2);
    QCOMPARE(exact.count(MembershipPlan::Action::Leave), 1);
    QCOMPARE(exact.items().last().groupName, u"Book Club"_s);
    QCOMPARE(exact.description(), u"Grace Hopper joins 2 groups and leaves 1."_s);
    QCOMPARE(exact.text(), u"Give Grace Hopper exactly the groups of Ada Lovelace"_s);
    QCOMPARE(exact.toChangePlan().last().forward.action, Api::BulkChange::Action::RemoveMember);

    // Nothing to do, said so.
    QCOMPARE(MembershipPlan::copy(store, ada, grace, graces, graces, true).description(),
        u"Grace Hopper is already in exactly the groups Ada Lovelace is in."_s);
    QVERIFY(!MembershipPlan::copy(store, ada, grace, graces, graces, true).changesAnything());
    QCOMPARE(MembershipPlan::copy(store, ada, grace, {{11, u"Finance"_s}}, graces, false).description(),
        u"Grace Hopper is already in every group Ada Lovelace is in."_s);
}

void TestPersonModels::copyPlanLeavesOutGroupsTheUserCannotChange()
{
    // A reader who may only read Book Club, and write on another group: changing members needs
    // write, so Book Club is left out, in the words every view uses.
    const auto [readerId, readerKey] = m_fixture->readOnlyUser(kBookClub);
    QVERIFY(readerId);
    const qint64 writable = m_fixture
                                ->ids(u"SELECT id FROM groups WHERE organization_id = 1 AND id <> %1 "
                                      "ORDER BY id LIMIT 1"_s.arg(kBookClub))
                                .value(0);
    QCOMPARE(m_fixture->admin
                 .put(u"/groups/%1/shares/users"_s.arg(writable),
                     QJsonObject{{u"userIds"_s, QJsonArray{readerId}}, {u"permissionLevel"_s, u"write"_s}})
                 .status,
        200);
    Api::ApiClient readerClient(m_fixture->settings(readerKey));
    Models::Workspace reader(&readerClient);
    QSignalSpy levels(reader.permissions(), &Models::GroupPermissionLoader::loaded);
    reader.permissions()->load();
    QVERIFY(levels.wait(kModelWaitMs));
    QVERIFY(await(reader.groupStore()->refresh(kBookClub)).ok());
    QVERIFY(await(reader.groupStore()->refresh(writable)).ok());
    const QString bookClub = reader.groupStore()->name(kBookClub);
    const QString other = reader.groupStore()->name(writable);

    const UserRef ada{2, u"Ada Lovelace"_s, u"ada"_s, {}};
    const UserRef grace{3, u"Grace Hopper"_s, u"grace"_s, {}};
    const MembershipPlan plan
        = MembershipPlan::copy(reader.groupStore(), ada, grace, {{kBookClub, bookClub}, {writable, other}}, {}, true);
    QCOMPARE(plan.items(true).size(), 1);
    QCOMPARE(plan.items(true).first().groupId, writable);
    QCOMPARE(plan.items(false).size(), 1);
    const MembershipPlan::Item refused = plan.items(false).first();
    QCOMPARE(refused.groupId, kBookClub);
    QCOMPARE(refused.reason, u"You can only read %1"_s.arg(bookClub));
    QCOMPARE(plan.refusalText(), u"You can only read %1"_s.arg(bookClub));
    QCOMPARE(
        plan.description(), u"Grace Hopper joins 1 group; 1 group you cannot change is left out: %1."_s.arg(bookClub));
    QCOMPARE(plan.toChangePlan().size(), 1);
    QCOMPARE(plan.toChangePlan().first().forward.groupId, writable);

    // The reader's Member Of of someone in Book Club says they may not change it.
    const qint64 member = m_fixture
                              ->column(u"SELECT m.user_id FROM memberships m WHERE m.group_id = %1 ORDER BY (SELECT "
                                       "COUNT(*) FROM memberships o WHERE o.user_id = m.user_id) DESC, m.user_id "
                                       "LIMIT 1"_s.arg(kBookClub))
                              .value(0)
                              .toLongLong();
    QVERIFY(member);
    MemberOfModel model(&reader, refOf(member));
    QVERIFY(loaded(model));
    const int row = model.rowOf(kBookClub);
    QVERIFY(row >= 0);
    QVERIFY(!model.mayChange(row));
    QCOMPARE(model.index(row, MemberOfModel::MayChangeColumn).data().toString(), u"No"_s);
    QCOMPARE(model.index(row, MemberOfModel::MayChangeColumn).data(Qt::ToolTipRole).toString(),
        u"You can only read %1"_s.arg(bookClub));
    // The groups the reader cannot read are not listed; the person's record names them.
    PersonLoader person(&reader, member);
    QVERIFY(awaitLoaded(*person.loadStatus()));
    QList<qint64> unreadable = groupsInDatabase(member);
    unreadable.removeAll(kBookClub);
    unreadable.removeAll(writable);
    QVERIFY(!unreadable.isEmpty());
    QCOMPARE(sorted(idsOf(model.unlistedGroups(person.profile().groups))), unreadable);
    QCOMPARE(model.rowCount() + unreadable.size(), groupsInDatabase(member).size());

    // Offboarding says the groups the reader cannot see apart, and never sends them (the
    // server would answer each as if it did not exist).
    const QList<Api::NamedRef> unseen = model.unlistedGroups(person.profile().groups);
    const MembershipPlan offboarding
        = MembershipPlan::offboarding(reader.groupStore(), refOf(member), model.groups(), {}, false, unseen);
    QCOMPARE(int(offboarding.items().size()), model.rowCount() + int(unseen.size()));
    for (const MembershipPlan::Item &item : offboarding.items(false)) {
        if (unreadable.contains(item.groupId))
            QVERIFY2(item.reason.startsWith(u"You cannot see "_s), qPrintable(item.reason));
    }
    QList<qint64> sent;
    for (const Models::PlannedChange &change : offboarding.toChangePlan())
        sent.append(change.forward.groupId);
    for (const qint64 id : std::as_const(unreadable))
        QVERIFY2(!sent.contains(id), qPrintable(QString::number(id)));
    QCOMPARE(sent.size(), qsizetype(offboarding.count(MembershipPlan::Action::Leave)));
    QVERIFY2(offboarding.refusalText().contains(u"You cannot see "_s), qPrintable(offboarding.refusalText()));

    // So does a copy from them: their groups the reader cannot see are joins said apart.
    MembershipComparison comparison(&reader);
    comparison.setPeople(refOf(member), grace);
    QVERIFY(awaitLoaded(*comparison.loadStatus()));
    QVERIFY(comparison.isComplete());
    const QList<Api::NamedRef> unseenJoins = comparison.unseenGroups(MembershipComparison::Side::OnlyA);
    QVERIFY(!unseenJoins.isEmpty());
    const MembershipPlan copied = MembershipPlan::copy(reader.groupStore(), comparison, true);
    for (const Api::NamedRef &group : unseenJoins) {
        const auto item = std::find_if(copied.items().cbegin(), copied.items().cend(),
            [&](const MembershipPlan::Item &planned) { return planned.groupId == group.id; });
        QVERIFY(item != copied.items().cend());
        QCOMPARE(item->action, MembershipPlan::Action::Join);
        QVERIFY(!item->allowed);
        QCOMPARE(item->reason, u"You cannot see %1"_s.arg(item->groupName));
    }
    for (const Models::PlannedChange &change : copied.toChangePlan())
        QVERIFY2(!unreadable.contains(change.forward.groupId), qPrintable(QString::number(change.forward.groupId)));
}

void TestPersonModels::copyIsOneUndoableStepCheckedOnTheServer()
{
    Models::Workspace &workspace = *m_fixture->workspace;
    const UserRef ada = personWithMostGroups();
    const UserRef grace = personWithMostGroups(ada.id);
    const QList<qint64> adas = groupsOnServer(ada.id);
    const QList<qint64> graces = groupsOnServer(grace.id);
    QVERIFY(adas != graces);

    MembershipComparison comparison(&workspace);
    comparison.setPeople(ada, grace);
    QVERIFY(awaitLoaded(*comparison.loadStatus()));
    QVERIFY(comparison.isComplete());
    const MembershipPlan plan = MembershipPlan::copy(workspace.groupStore(), comparison, true);
    QVERIFY(plan.changesAnything());

    const int steps = workspace.undoStack()->count();
    QPointer<Models::ChangeOperation> run = plan.apply(&workspace);
    QVERIFY(run);
    QVERIFY(awaitChanges(workspace));
    QCOMPARE(workspace.undoStack()->count(), steps + 1);
    QCOMPARE(workspace.undoStack()->undoText(), plan.text());
    QCOMPARE(run->count(Api::BulkOutcome::Done), int(plan.items().size()));
    QCOMPARE(groupsOnServer(grace.id), adas);
    QCOMPARE(groupsOnServer(ada.id), adas);

    // Its Activity entry names every group the plan touched.
    const Models::ActivityEntry entry = Models::ActivityEntry::fromOperation(*run);
    QCOMPARE(entry.text, plan.text());
    QList<qint64> named;
    for (const Models::ActivityGroup &group : entry.groups) {
        named.append(group.id);
        QCOMPARE(group.name, workspace.groupStore()->name(group.id));
    }
    QList<qint64> planned;
    for (const MembershipPlan::Item &item : plan.items())
        planned.append(item.groupId);
    QCOMPARE(sorted(named), sorted(planned));
    for (const Models::ActivityItem &item : entry.itemList)
        QCOMPARE(item.handle, grace.username);

    workspace.undoStack()->undo();
    QVERIFY(awaitChanges(workspace));
    QCOMPARE(groupsOnServer(grace.id), graces);
    workspace.undoStack()->redo();
    QVERIFY(awaitChanges(workspace));
    QCOMPARE(groupsOnServer(grace.id), adas);
}

void TestPersonModels::offboardingRevokesSharesAndSaysTheLastManager()
{
    Models::Workspace &workspace = *m_fixture->workspace;
    const UserRef ada = personWithMostGroups();
    const QList<qint64> groups = groupsOnServer(ada.id);
    // A group nobody manages yet, which Ada is made the only manager of, and another she may read.
    // (A new group has no share at all: its creator, the admin, manages it as an admin.)
    const qint64 managed = m_fixture->newGroup(u"Only Ada Manages"_s);
    const qint64 read = m_fixture->newGroup(u"Ada Reads"_s);
    QVERIFY(managed && read);
    QVERIFY(await(workspace.groupStore()->refresh(managed)).ok());
    const auto share = [&](qint64 groupId, const QString &level) {
        return m_fixture->admin
            .put(u"/groups/%1/shares/users"_s.arg(groupId),
                QJsonObject{{u"userIds"_s, QJsonArray{ada.id}}, {u"permissionLevel"_s, level}})
            .status;
    };
    QCOMPARE(share(managed, u"manage"_s), 200);
    QCOMPARE(share(read, u"read"_s), 200);
    const auto sharesOnServer = [&] {
        return m_fixture->ids(u"SELECT group_id * 10 + level FROM user_shares WHERE user_id = %1"_s.arg(ada.id));
    };
    const QList<qint64> sharesBefore = sharesOnServer();
    // What the Access part gives: every direct share Ada holds.
    QList<MembershipPlan::DirectShare> direct;
    for (qint64 code : sharesBefore) {
        const qint64 groupId = code / 10;
        direct.append({groupId, m_fixture->storedGroupValue(groupId, u"name"_s).toString(), Level(code % 10)});
    }

    MemberOfModel memberOf(&workspace, ada);
    QVERIFY(loaded(memberOf));
    // Without the shares: they are said to stay.
    const MembershipPlan keep = MembershipPlan::offboarding(workspace.groupStore(), ada, memberOf.groups(), direct);
    QCOMPARE(keep.count(MembershipPlan::Action::Leave), int(groups.size()));
    QCOMPARE(keep.count(MembershipPlan::Action::RevokeShare), 0);
    QVERIFY2(keep.description().endsWith(u"The %1 shares they hold directly stay."_s.arg(direct.size())),
        qPrintable(keep.description()));

    MembershipPlan plan = MembershipPlan::offboarding(workspace.groupStore(), ada, memberOf.groups(), direct, true);
    QCOMPARE(plan.count(MembershipPlan::Action::RevokeShare), int(direct.size()));
    QVERIFY(plan.groupsLeftWithoutManager().isEmpty()); // not known before the shares are read
    bool read_ = false;
    QObject context;
    MembershipPlan::readShares(
        &workspace, plan, &context, [&](const MembershipPlan &filled, const Api::ApiError &error) {
            QVERIFY(error.isNull());
            plan = filled;
            read_ = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(read_, kModelWaitMs);
    QCOMPARE(plan.groupsLeftWithoutManager(), QList<qint64>{managed});
    const QString managedName = m_fixture->storedGroupValue(managed, u"name"_s).toString();
    QCOMPARE(plan.noManagerText(), u"%1 would have no manager"_s.arg(managedName));
    QCOMPARE(plan.description(),
        u"%1 leaves %2 groups and loses %3 shares. %4 would have no manager."_s.arg(ada.name)
            .arg(groups.size())
            .arg(direct.size())
            .arg(managedName));
    QCOMPARE(plan.text(),
        u"Remove %1 from %2 groups and revoke %3 shares"_s.arg(ada.name).arg(groups.size()).arg(direct.size()));
    // The revoke's undo gives back the level read.
    for (const Models::PlannedChange &change : plan.toChangePlan()) {
        if (change.forward.action == Api::BulkChange::Action::RevokeUserShare && change.forward.groupId == managed) {
            QCOMPARE(change.backward.action, Api::BulkChange::Action::ShareWithUser);
            QCOMPARE(change.backward.level, Level::Manage);
        }
    }

    PersonLoader person(&workspace, ada.id);
    QVERIFY(awaitLoaded(*person.loadStatus()));
    QCOMPARE(person.profile().groups.size(), groups.size());
    QTemporaryDir logFolder;
    Models::ActivityLog log(logFolder.path(), u"person-test"_s);
    QVERIFY(log.isOpen());
    log.watch(&workspace);
    const int steps = workspace.undoStack()->count();
    QPointer<Models::ChangeOperation> run = plan.apply(&workspace);
    QVERIFY(run);
    QVERIFY(awaitChanges(workspace));
    QCOMPARE(workspace.undoStack()->count(), steps + 1);
    QCOMPARE(run->count(Api::BulkOutcome::Done), int(groups.size() + direct.size()));
    // The person's record is read again: it lists no group now.
    QVERIFY(awaitLoaded(*person.loadStatus()));
    QVERIFY(person.profile().groups.isEmpty());
    QCOMPARE(run->groupsLeftWithoutManager(), QStringList{managedName});
    QVERIFY(groupsOnServer(ada.id).isEmpty());
    QVERIFY(sharesOnServer().isEmpty());
    QVERIFY(loaded(memberOf));
    QCOMPARE(memberOf.rowCount(), 0);
    // Its Activity entry, as the log keeps it, names every group, and an item per change.
    const QList<Models::ActivityEntry> entries = log.entries();
    QCOMPARE(entries.size(), 1);
    const Models::ActivityEntry &entry = entries.first();
    QCOMPARE(entry.text, plan.text());
    QSet<qint64> named;
    for (const Models::ActivityGroup &group : entry.groups)
        named.insert(group.id);
    QSet<qint64> planned;
    for (const MembershipPlan::Item &item : plan.items())
        planned.insert(item.groupId);
    QCOMPARE(named, planned);
    const QList<Models::ActivityItem> logged = log.items(entry.id);
    QCOMPARE(logged.size(), plan.items().size());
    for (const Models::ActivityItem &item : logged) {
        QCOMPARE(item.id, ada.id);
        QCOMPARE(item.handle, ada.username);
    }

    // Undone: back in every group, every share at its level.
    workspace.undoStack()->undo();
    QVERIFY(awaitChanges(workspace));
    QCOMPARE(groupsOnServer(ada.id), groups);
    QCOMPARE(sharesOnServer(), sharesBefore);
    QVERIFY(loaded(memberOf));
    QCOMPARE(sorted(memberOf.groupIds()), groups);
}

void TestPersonModels::copyAndOffboardingEndExactlyAsPlannedUnderFaults()
{
    Models::Workspace &workspace = *m_fixture->workspace;
    const UserRef ada = personInGroups(30);
    const UserRef grace = personWithMostGroups(ada.id);
    const QList<qint64> adas = groupsOnServer(ada.id);
    MembershipComparison comparison(&workspace);
    comparison.setPeople(ada, grace);
    QVERIFY(awaitLoaded(*comparison.loadStatus()));
    QVERIFY(comparison.isComplete());
    const MembershipPlan copy = MembershipPlan::copy(workspace.groupStore(), comparison, true);
    MemberOfModel memberOf(&workspace, ada);
    QVERIFY(loaded(memberOf));
    const MembershipPlan offboarding = MembershipPlan::offboarding(workspace.groupStore(), ada, memberOf.groups());

    // A fifth of the requests fail, 50 a second at most; the client tries nothing again itself,
    // so every failure is the run's to report and retry.
    m_fixture->client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings faults;
    faults.failureRate = 0.2;
    faults.rateLimitRequests = 50;
    faults.rateLimitWindowSeconds = 1;
    faults.seed = 24;
    m_fixture->setFaults(faults);

    int firstFailures = 0;
    Models::ChangeOperation *copied = copy.apply(&workspace);
    QVERIFY(copied);
    QVERIFY(awaitChanges(workspace));
    firstFailures += copied->count(Api::BulkOutcome::Failed);
    QVERIFY(settleRetrying(copied, 20));
    Models::ChangeOperation *offboarded = offboarding.apply(&workspace);
    QVERIFY(offboarded);
    QVERIFY(awaitChanges(workspace));
    firstFailures += offboarded->count(Api::BulkOutcome::Failed);
    QVERIFY(settleRetrying(offboarded, 20));
    // With a fifth of some 100 requests failing, the first runs cannot all have held: the
    // retries were needed (0.8^100 is no chance at all).
    QVERIFY(firstFailures > 0);
    const int failedOnce = copied->count(Api::BulkOutcome::Failed) + offboarded->count(Api::BulkOutcome::Failed);
    QCOMPARE(failedOnce, 0);

    m_fixture->setFaults({});
    m_fixture->client->setRetryPolicy(quickRetries());
    QCOMPARE(groupsOnServer(grace.id), adas);
    QVERIFY(groupsOnServer(ada.id).isEmpty());
}

QTEST_MAIN(TestPersonModels)
#include "tst_personmodels.moc"
