// Effective access of one group: everyone who can reach it and why, checked against what the
// server answers the admin (GET /groups/{id}/shares and the share groups' members); a person
// reaching it two ways, the creator, a share group that cannot be read, and the reloads when
// shares or members change; under QAbstractItemModelTester.

#include "modeltestfixture.h"

#include "models/csv.h"
#include "models/effectiveaccessmodel.h"
#include "models/roles.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtTest/QSignalSpy>

using namespace Qt::StringLiterals;
using Level = Api::PermissionLevel;
using Models::AccessRoute;
using Models::EffectiveAccessModel;

namespace {
// The demo seed's groups (ids in seed order).
constexpr qint64 kPlatformAdmins = 1;
constexpr qint64 kSurveyResearch = 4; // created by one of its people, not by the admin
constexpr qint64 kClientServices = 11; // shared with Harbor Analysts, of another organization
constexpr qint64 kRegionalLeads = 21;
constexpr qint64 kNortheastRegion = 22; // shared with Regional Leads (manage)
constexpr qint64 kDataQuality = 29; // shared with Modeling Team and Data Engineering, some deactivated
constexpr qint64 kHarborAnalysts = 37;
} // namespace

class TestEffectiveAccessModel : public QObject
{
    Q_OBJECT

private:
    /// The server's word: the ids of group \a id's members, sorted.
    QSet<qint64> serverMembers(qint64 id)
    {
        QSet<qint64> ids;
        const QJsonArray members = m_fixture.admin.get(u"/groups/%1"_s.arg(id)).object().value(u"members"_s).toArray();
        for (const QJsonValue &member : members)
            ids.insert(member.toObject().value(u"id"_s).toInteger());
        return ids;
    }
    /// The server's share index of group \a id.
    QJsonObject serverShares(qint64 id)
    {
        return m_fixture.admin.get(u"/groups/%1/shares"_s.arg(id)).array().first().toObject();
    }
    static bool loaded(EffectiveAccessModel &model) { return awaitLoaded(*model.loadStatus()); }
    /// The people reaching the group as members of group \a via.
    static QSet<qint64> reachingThrough(const EffectiveAccessModel &model, qint64 via)
    {
        QSet<qint64> ids;
        for (const Models::PersonAccess &person : model.access().people) {
            for (const AccessRoute &route : person.routes) {
                if (route.kind == AccessRoute::Kind::Membership && route.viaGroup.id == via)
                    ids.insert(person.userId);
            }
        }
        return ids;
    }

    ModelFixture m_fixture;

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.restartModels()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void aGroupShareListsExactlyThatGroupsMembers();
    void oneWayDirectAnotherThroughAGroupShowsBothAndTheHighest();
    void theCreatorManages();
    void anUnreadableShareGroupIsReportedAndRetried();
    void aShareChangeReloads();
    void aMemberChangeOfAShareGroupShows();
    void noGroupShowsNobody();
    void deactivatedAccountsAreCountedApartAndFiltered();
    void theExportSaysWhoIsWhoAndThatOrganizationAdminsManage();
};

void TestEffectiveAccessModel::aGroupShareListsExactlyThatGroupsMembers()
{
    EffectiveAccessModel model(m_fixture.workspace.get(), kNortheastRegion);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy progress(&model, &EffectiveAccessModel::progress);
    QVERIFY(loaded(model));
    QVERIFY2(!model.loadStatus()->hasError(), qPrintable(model.loadStatus()->errorMessage()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt()); // all done, of all

    // The server: Northeast Region is shared with exactly one group, Regional Leads, at manage.
    const QJsonObject shares = serverShares(kNortheastRegion);
    const QJsonArray owners = shares.value(u"owners"_s).toObject().value(u"groups"_s).toArray();
    QCOMPARE(owners.size(), 1);
    QCOMPARE(owners.first().toObject().value(u"id"_s).toInteger(), kRegionalLeads);
    const QSet<qint64> members = serverMembers(kRegionalLeads);
    QVERIFY(!members.isEmpty());
    QCOMPARE(reachingThrough(model, kRegionalLeads), members);

    for (qint64 id : members) {
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        const Models::PersonAccess &person = model.person(row);
        QCOMPARE(person.level, Level::Manage);
        QVERIFY2(person.viaText().contains(u"Member of Regional Leads"_s), qPrintable(person.viaText()));
        QCOMPARE(
            model.index(row, EffectiveAccessModel::LevelColumn).data(Models::RawValueRole).toInt(), int(Level::Manage));
        QCOMPARE(model.index(row, EffectiveAccessModel::LevelColumn).data().toString(), u"Manage"_s);
        QVERIFY(model.index(row, EffectiveAccessModel::ViaColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Member of Regional Leads (manage)"_s));
    }
    // Everyone else listed is a direct share or the creator, as the server says.
    QSet<qint64> direct;
    for (const QString &set : {u"owners"_s, u"writers"_s, u"readers"_s}) {
        for (const QJsonValue &user : shares.value(set).toObject().value(u"users"_s).toArray())
            direct.insert(user.toObject().value(u"id"_s).toInteger());
    }
    const qint64 creator
        = m_fixture.admin.get(u"/groups/%1"_s.arg(kNortheastRegion)).object().value(u"createdById"_s).toInteger();
    QSet<qint64> everyone = members + direct;
    everyone.insert(creator);
    QSet<qint64> listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed.insert(model.index(row, 0).data(Models::IdRole).toLongLong());
    QCOMPARE(listed, everyone);
    // Highest level first.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.person(row - 1).level >= model.person(row).level);
    // The count by level adds up, with the deactivated accounts counted apart.
    const Models::EffectiveAccess &access = model.access();
    QCOMPARE(access.count(Level::Manage) + access.count(Level::Write) + access.count(Level::Read)
            + access.deactivatedCount(),
        model.rowCount());
}

void TestEffectiveAccessModel::oneWayDirectAnotherThroughAGroupShowsBothAndTheHighest()
{
    // A member of Regional Leads (manage through the group) shared Northeast Region directly
    // at read, behind the app's back.
    const qint64 person = *serverMembers(kRegionalLeads).cbegin();
    const HttpResult put = m_fixture.admin.put(u"/groups/%1/shares/users"_s.arg(kNortheastRegion),
        QJsonObject{{u"user_ids"_s, QJsonArray{person}}, {u"permission_level"_s, u"read"_s}});
    QCOMPARE(put.status, 200);

    EffectiveAccessModel model(m_fixture.workspace.get(), kNortheastRegion);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int row = model.rowOf(person);
    QVERIFY(row >= 0);
    const Models::PersonAccess &access = model.person(row);
    QCOMPARE(access.level, Level::Manage);
    QCOMPARE(access.routes.size(), 2);
    QCOMPARE(access.routes.at(0).kind, AccessRoute::Kind::Membership);
    QCOMPARE(access.routes.at(0).level, Level::Manage);
    QCOMPARE(access.routes.at(1).kind, AccessRoute::Kind::Direct);
    QCOMPARE(access.routes.at(1).level, Level::Read);
    QCOMPARE(model.index(row, EffectiveAccessModel::ViaColumn).data().toString(),
        u"Member of Regional Leads; Shared directly"_s);
    // Known from the membership: e-mail and username.
    QVERIFY(!model.index(row, EffectiveAccessModel::ContactColumn).data().toString().isEmpty());
    QVERIFY(!model.index(row, 0).data(Models::UsernameRole).toString().isEmpty());
}

void TestEffectiveAccessModel::theCreatorManages()
{
    const QJsonObject group = m_fixture.admin.get(u"/groups/%1"_s.arg(kSurveyResearch)).object();
    const qint64 creator = group.value(u"createdById"_s).toInteger();
    QVERIFY(creator != 1); // not the admin: a person of the organization
    const QJsonObject user = m_fixture.admin.get(u"/users/%1"_s.arg(creator)).object();

    EffectiveAccessModel model(m_fixture.workspace.get(), kSurveyResearch);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int row = model.rowOf(creator);
    QVERIFY(row >= 0);
    const Models::PersonAccess &person = model.person(row);
    QCOMPARE(person.name, user.value(u"name"_s).toString());
    QCOMPARE(person.level, Level::Manage);
    bool asCreator = false;
    for (const AccessRoute &route : person.routes)
        asCreator = asCreator || (route.kind == AccessRoute::Kind::Creator && route.level == Level::Manage);
    QVERIFY(asCreator);
    QVERIFY(person.viaText().contains(u"Creator of the group"_s));
    // A creator named by id only is looked up: the e-mail comes with them.
    QCOMPARE(
        model.index(row, EffectiveAccessModel::ContactColumn).data().toString(), user.value(u"email"_s).toString());
}

void TestEffectiveAccessModel::anUnreadableShareGroupIsReportedAndRetried()
{
    // The admin of Northwind cannot read Harbor Analysts (Harbor's), which reads Client Services.
    QCOMPARE(m_fixture.admin.get(u"/groups/%1"_s.arg(kHarborAnalysts)).status, 403);
    EffectiveAccessModel model(m_fixture.workspace.get(), kClientServices);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const Models::EffectiveAccess &access = model.access();
    QCOMPARE(access.unreadable.size(), 1);
    QCOMPARE(access.unreadable.first().group.id, kHarborAnalysts);
    QCOMPARE(access.unreadable.first().level, Level::Read);
    QCOMPARE(access.unreadable.first().error.httpStatus, 403);
    QVERIFY(model.loadStatus()->hasError());
    const QString message = model.loadStatus()->errorMessage();
    QVERIFY2(message.contains(u"Harbor Analysts"_s), qPrintable(message));
    QVERIFY2(message.contains(u"permission"_s), qPrintable(message)); // the server's own words
    // The rest is still there: the direct shares at least.
    QVERIFY(model.rowCount() > 0);
    const int rows = model.rowCount();

    // Retry asks again for what failed only; still refused, still said.
    model.loadStatus()->retry();
    QVERIFY(loaded(model));
    QVERIFY(model.loadStatus()->hasError());
    QCOMPARE(model.access().unreadable.size(), 1);
    QCOMPARE(model.rowCount(), rows);
}

void TestEffectiveAccessModel::aShareChangeReloads()
{
    EffectiveAccessModel model(m_fixture.workspace.get(), kNortheastRegion);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(reachingThrough(model, kPlatformAdmins).isEmpty());

    // Shared with Platform Admins (write) through the workspace: the model hears sharesChanged.
    m_fixture.workspace->share({kNortheastRegion},
        {Models::SharePrincipal{Models::SharePrincipal::Kind::Group, kPlatformAdmins, u"Platform Admins"_s}},
        Level::Write);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(QTest::qWaitFor([&] { return !reachingThrough(model, kPlatformAdmins).isEmpty(); }, kModelWaitMs));
    QVERIFY(loaded(model));
    QCOMPARE(reachingThrough(model, kPlatformAdmins), serverMembers(kPlatformAdmins));
}

void TestEffectiveAccessModel::aMemberChangeOfAShareGroupShows()
{
    EffectiveAccessModel model(m_fixture.workspace.get(), kNortheastRegion);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    // Someone not yet reaching Northeast Region joins Regional Leads.
    const QList<qint64> everyone = m_fixture.ids(u"SELECT id FROM users WHERE organization_id = 1"_s);
    qint64 newcomer = 0;
    for (qint64 id : everyone) {
        if (model.rowOf(id) < 0) {
            newcomer = id;
            break;
        }
    }
    QVERIFY(newcomer);
    const Api::UserDetail user = *await(m_fixture.client->users().get(newcomer));
    QSignalSpy changed(&model, &EffectiveAccessModel::accessChanged);
    m_fixture.workspace->addMembers(kRegionalLeads, {Models::UserRef{newcomer, user.name, user.user, {}}});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(QTest::qWaitFor([&] { return model.rowOf(newcomer) >= 0; }, kModelWaitMs));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.person(model.rowOf(newcomer)).viaText(), u"Member of Regional Leads"_s);
    QCOMPARE(reachingThrough(model, kRegionalLeads), serverMembers(kRegionalLeads));
}

void TestEffectiveAccessModel::noGroupShowsNobody()
{
    EffectiveAccessModel model(m_fixture.workspace.get(), kNortheastRegion);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(model.rowCount() > 0);
    model.setGroup(0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.loadStatus()->isLoading());
    QVERIFY(!model.loadStatus()->hasError());
}

void TestEffectiveAccessModel::deactivatedAccountsAreCountedApartAndFiltered()
{
    EffectiveAccessModel model(m_fixture.workspace.get(), kDataQuality);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(model.rowCount() > 0);
    // The server's word on each person listed: active or not.
    QSet<qint64> deactivated;
    for (const Models::PersonAccess &person : model.access().people) {
        const QJsonObject user = m_fixture.admin.get(u"/users/%1"_s.arg(person.userId)).object();
        QVERIFY(user.contains(u"active"_s));
        if (!user.value(u"active"_s).toBool())
            deactivated.insert(person.userId);
    }
    QVERIFY2(!deactivated.isEmpty(), "the demo seed has deactivated people reaching Data Quality");
    QCOMPARE(model.access().deactivatedCount(), int(deactivated.size()));
    QCOMPARE(model.access().activeCount(), model.rowCount() - int(deactivated.size()));
    // The levels count only the people who can sign in.
    QCOMPARE(
        model.access().count(Level::Manage) + model.access().count(Level::Write) + model.access().count(Level::Read),
        model.access().activeCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool off = deactivated.contains(model.person(row).userId);
        const QModelIndex status = model.index(row, EffectiveAccessModel::StatusColumn);
        QCOMPARE(status.data().toString(), off ? u"Deactivated"_s : u"Active"_s);
        QCOMPARE(status.data(Models::RawValueRole).toInt(), off ? 0 : 1);
        // Dimmed: a foreground of their own, none for the others.
        QCOMPARE(model.index(row, EffectiveAccessModel::PersonColumn).data(Qt::ForegroundRole).isValid(), off);
    }
    QCOMPARE(model.headerData(EffectiveAccessModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);

    // Shown by default; hidden when asked, and only they.
    Models::EffectiveAccessFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QVERIFY(proxy.showsDeactivated());
    QCOMPARE(proxy.rowCount(), model.rowCount());
    proxy.setShowDeactivated(false);
    QCOMPARE(proxy.rowCount(), model.rowCount() - int(deactivated.size()));
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(!deactivated.contains(proxy.index(row, 0).data(Models::IdRole).toLongLong()));
    QVERIFY(!proxy.isFiltering());
    proxy.setShowDeactivated(true);
    QCOMPARE(proxy.rowCount(), model.rowCount());

    // A username, in any case, finds its person and only people whose name or username hold it.
    const QString username = model.index(0, 0).data(Models::UsernameRole).toString();
    QVERIFY(!username.isEmpty());
    proxy.setFilterText(username.toUpper());
    QVERIFY(proxy.isFiltering());
    QVERIFY(proxy.mapFromSource(model.index(0, 0)).isValid());
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        QVERIFY(index.data(Models::UsernameRole).toString().contains(username, Qt::CaseInsensitive)
            || index.data(Models::NameRole).toString().contains(username, Qt::CaseInsensitive));
    }
}

void TestEffectiveAccessModel::theExportSaysWhoIsWhoAndThatOrganizationAdminsManage()
{
    // A name with a comma and quotes, quoted as RFC 4180 says.
    const QString name = uR"(Data "Quality", Checks)"_s;
    QCOMPARE(m_fixture.admin.patch(u"/groups/%1"_s.arg(kDataQuality), QJsonObject{{u"name"_s, name}}).status, 200);
    EffectiveAccessModel model(m_fixture.workspace.get(), kDataQuality);
    QVERIFY(loaded(model));
    const QJsonObject group = m_fixture.admin.get(u"/groups/%1"_s.arg(kDataQuality)).object();
    const QString organization = group.value(u"organizationName"_s).toString();
    QVERIFY(!organization.isEmpty());
    // The API lists no organization's admins: said plainly, naming the organization.
    QVERIFY2(
        model.access().organizationAdminsText().contains(u"Organization admins of %1 also manage"_s.arg(organization)),
        qPrintable(model.access().organizationAdminsText()));

    // Only the rows shown by a proxy, in its order.
    Models::EffectiveAccessFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setLevel(Level::Write);
    proxy.sort(EffectiveAccessModel::PersonColumn, Qt::DescendingOrder);
    QVERIFY(proxy.rowCount() > 1);
    const QByteArray bytes = model.csv(&proxy);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(R"("Data ""Quality"", Checks")"));
    QVERIFY(bytes.contains("\r\n"));
    const QList<QStringList> csv = Models::Csv::parse(bytes);
    QCOMPARE(csv.first(),
        (QStringList{u"group_id"_s, u"group"_s, u"user_id"_s, u"name"_s, u"username"_s, u"email"_s, u"status"_s,
            u"level"_s, u"via"_s, u"via_group_ids"_s, u"read_at"_s}));
    QCOMPARE(csv.size(), qsizetype(proxy.rowCount() + 2)); // the header, the people, the admins' row
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QStringList &line = csv.at(row + 1);
        const qint64 id = proxy.index(row, 0).data(Models::IdRole).toLongLong();
        const QJsonObject user = m_fixture.admin.get(u"/users/%1"_s.arg(id)).object();
        QCOMPARE(line.at(0), QString::number(kDataQuality));
        QCOMPARE(line.at(1), name);
        QCOMPARE(line.at(2), QString::number(id));
        QCOMPARE(line.at(3), user.value(u"name"_s).toString());
        QCOMPARE(line.at(4), user.value(u"user"_s).toString());
        QCOMPARE(line.at(5), user.value(u"email"_s).toString());
        QCOMPARE(line.at(6), user.value(u"active"_s).toBool() ? u"active"_s : u"deactivated"_s);
        QCOMPARE(line.at(7), u"write"_s);
        QVERIFY2(iso.match(line.at(10)).hasMatch(), qPrintable(line.at(10)));
        // The ids of the share groups each way in goes through.
        for (const QString &via : line.at(9).split(u' ', Qt::SkipEmptyParts))
            QVERIFY(line.at(8).contains(
                m_fixture.admin.get(u"/groups/%1"_s.arg(via)).object().value(u"name"_s).toString()));
    }
    const QStringList &admins = csv.last();
    QCOMPARE(admins.at(0), QString::number(kDataQuality));
    QCOMPARE(admins.at(2), QString());
    QCOMPARE(admins.at(7), u"manage"_s);
    QCOMPARE(admins.at(8), model.access().organizationAdminsText());
}

QTEST_MAIN(TestEffectiveAccessModel)
#include "tst_effectiveaccessmodel.moc"
