// Every operation of the API layer, and every list parameter, against the sandbox. Where a
// parameter is checked, the app's client and a plain HTTP request with the same parameter
// must give the same answer, and that answer must differ from the one without it.

#include "apitestfixture.h"

#include "api/apilogging.h"
#include "api/connectionprofiles.h"

#include <QtCore/QScopeGuard>
#include <QtCore/QSet>
#include <QtCore/QTranslator>
#include <QtNetwork/QTcpServer>

Q_DECLARE_METATYPE(Api::GroupListQuery)
Q_DECLARE_METATYPE(Api::UserListQuery)

using namespace Qt::StringLiterals;
using namespace Api;

namespace {

QList<qint64> memberIds(const Group &group)
{
    QList<qint64> ids;
    for (const Member &member : group.members)
        ids.append(member.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList s_messages;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_messages.append(QString::fromLatin1(context.category) + u' ' + message);
    if (type != QtDebugMsg && s_previousHandler)
        s_previousHandler(type, context, message);
}

/// A translation into "«context: text»", so a test can see that a text went through tr() and
/// with which context. Remembers every context asked for.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        contexts.insert(QString::fromLatin1(context));
        return u"«"_s + QString::fromLatin1(context) + u": "_s + QString::fromUtf8(sourceText) + u"»"_s;
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> contexts;
};

} // namespace

class TestApiCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void listGroupsDefaultPage();
    void listGroupsParameters_data();
    void listGroupsParameters();
    void listGroupsPermissionForNonAdmin();
    void listGroupsQueryIsEncoded();
    void listUsersParameters_data();
    void listUsersParameters();

    void getGroup();
    void postPatchPutDelete();
    void patchSendsOnlyGivenFields();
    void putResetsWhatItDoesNotSet();
    void failedPostKeepsServerText();
    void membersAddAndRemove();
    void childGroups();
    void sharesForUsersAndGroups();
    void usersMeAndGet();

    void refusalsAreTyped();
    void wrongKeyIsUnauthorized();
    void plainHttpToRemoteHostIsNeverSent();
    void unreachableServerIsANetworkError();
    void textForPeopleIsTranslated();
    void keyNeverReachesTheLog();

private:
    QList<qint64> rawIds(const QString &pathAndQuery, SandboxTestClient *raw = nullptr)
    {
        const HttpResult result = (raw ? raw : &m_fixture.admin)->get(pathAndQuery);
        if (result.status != 200)
            qWarning() << pathAndQuery << result.status << result.body.left(200);
        return result.ids();
    }

    ApiFixture m_fixture;
};

void TestApiCalls::initTestCase()
{
    QVERIFY(m_fixture.startApi());
}

void TestApiCalls::listGroupsDefaultPage()
{
    const auto page = await(m_fixture.client->groups().list());
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(idsOf(page->items), rawIds(u"groups/"_s));
    QVERIFY(page->info.present);
    QCOMPARE(page->info.currentPage, 1);
    QCOMPARE(page->info.perPage, 50);
    QCOMPARE(page->info.totalEntries,
        qint64(m_fixture.column(u"SELECT count(*) FROM groups WHERE organization_id = 1"_s).value(0).toLongLong()));
    // Without include_members the list carries no members.
    for (const GroupSummary &group : page->items)
        QVERIFY(group.members.isEmpty());
}

void TestApiCalls::listGroupsParameters_data()
{
    QTest::addColumn<GroupListQuery>("query");
    QTest::addColumn<QString>("raw");

    GroupListQuery q;
    q.query = u"region"_s;
    QTest::newRow("query") << q << u"query=region"_s;

    q = {};
    q.organizationId = 2;
    QTest::newRow("organization_id (another organization: none visible)") << q << u"organization_id=2"_s;

    q = {};
    q.userIds = {98, 1};
    QTest::newRow("user_ids[]") << q << u"user_ids[]=98&user_ids[]=1"_s;

    q = {};
    q.limit = 5;
    q.pageNum = 3;
    QTest::newRow("limit and page_num") << q << u"limit=5&page_num=3"_s;

    q = {};
    q.order = u"created_at"_s;
    QTest::newRow("order") << q << u"order=created_at"_s;

    q = {};
    q.orderDir = u"desc"_s;
    QTest::newRow("order_dir") << q << u"order_dir=desc"_s;

    q = {};
    q.order = u"created_at"_s;
    q.orderDir = u"desc"_s;
    q.limit = 7;
    QTest::newRow("order, order_dir and limit") << q << u"order=created_at&order_dir=desc&limit=7"_s;
}

void TestApiCalls::listGroupsParameters()
{
    QFETCH(GroupListQuery, query);
    QFETCH(QString, raw);

    const auto page = await(m_fixture.client->groups().list(query));
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    const QList<qint64> expected = rawIds(u"groups/?"_s + raw);
    QCOMPARE(idsOf(page->items), expected);
    QVERIFY2(expected != rawIds(u"groups/"_s), "the parameter must change the answer, or this row proves nothing");
}

void TestApiCalls::listGroupsPermissionForNonAdmin()
{
    // Someone who may read a group by a share of their own, so read lists more than manage.
    const QString username = m_fixture
                                 .column(u"SELECT username FROM users u WHERE org_admin = 0 AND organization_id = 1 "
                                         "AND EXISTS (SELECT 1 FROM user_shares s WHERE s.user_id = u.id "
                                         "AND s.level = 1) ORDER BY id LIMIT 1"_s)
                                 .value(0)
                                 .toString();
    QVERIFY(!username.isEmpty());
    auto user = m_fixture.clientAs(username);
    QVERIFY(user);
    auto raw = m_fixture.clientFor(username);
    for (Api::PermissionLevel level :
        {Api::PermissionLevel::Read, Api::PermissionLevel::Write, Api::PermissionLevel::Manage}) {
        GroupListQuery query;
        query.permission = level;
        query.limit = 1000;
        const auto page = await(user->groups().list(query));
        QVERIFY2(page.ok(), qPrintable(page.error.toString()));
        QCOMPARE(
            idsOf(page->items), rawIds(u"groups/?limit=1000&permission="_s + permissionLevelName(level), raw.get()));
    }
    GroupListQuery read;
    read.permission = Api::PermissionLevel::Read;
    GroupListQuery manage;
    manage.permission = Api::PermissionLevel::Manage;
    QVERIFY(await(user->groups().list(read))->items.size() > await(user->groups().list(manage))->items.size());

    GroupListQuery members;
    members.includeMembers = true;
    members.limit = 3;
    const auto withMembers = await(m_fixture.client->groups().list(members));
    QVERIFY(withMembers.ok());
    QCOMPARE(withMembers->items.size(), 3);
    for (const GroupSummary &group : withMembers->items)
        QCOMPARE(group.members.size(), group.totalMemberCount);
}

void TestApiCalls::listGroupsQueryIsEncoded()
{
    GroupAttributes attributes;
    attributes.name = u"R&D + Ops = Ünïcode #1?"_s;
    const auto created = await(m_fixture.client->groups().post(attributes));
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));

    GroupListQuery query;
    query.query = u"R&D + Ops = Ünïcode #1?"_s;
    const auto page = await(m_fixture.client->groups().list(query));
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(idsOf(page->items), QList<qint64>{created->id});
    QVERIFY(await(m_fixture.client->groups().deleteGroup(created->id)).ok());
}

void TestApiCalls::listUsersParameters_data()
{
    QTest::addColumn<UserListQuery>("query");
    QTest::addColumn<QString>("raw");

    UserListQuery q;
    q.query = u"lopez"_s;
    QTest::newRow("query") << q << u"query=lopez"_s;

    q = {};
    q.accountStatus = u"all"_s;
    q.limit = 1000;
    QTest::newRow("account_status") << q << u"account_status=all&limit=1000"_s;

    q = {};
    q.groupId = 3;
    QTest::newRow("group_id") << q << u"group_id=3"_s;

    q = {};
    q.groupIds = {3, 4};
    QTest::newRow("group_ids[]") << q << u"group_ids[]=3&group_ids[]=4"_s;

    q = {};
    q.organizationId = 2;
    QTest::newRow("organization_id") << q << u"organization_id=2"_s;

    q = {};
    q.featureFlag = u"table_tags"_s;
    QTest::newRow("feature_flag") << q << u"feature_flag=table_tags"_s;

    q = {};
    q.limit = 7;
    q.pageNum = 4;
    QTest::newRow("limit and page_num") << q << u"limit=7&page_num=4"_s;

    q = {};
    q.order = u"user"_s;
    QTest::newRow("order") << q << u"order=user"_s;

    q = {};
    q.orderDir = u"desc"_s;
    QTest::newRow("order_dir") << q << u"order_dir=desc"_s;
}

void TestApiCalls::listUsersParameters()
{
    QFETCH(UserListQuery, query);
    QFETCH(QString, raw);

    const auto page = await(m_fixture.client->users().list(query));
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    const QList<qint64> expected = rawIds(u"users/?"_s + raw);
    QCOMPARE(idsOf(page->items), expected);
    QVERIFY2(expected != rawIds(u"users/"_s), "the parameter must change the answer, or this row proves nothing");

    // exclude_groups leaves out the groups of each user, and changes nothing else.
    query.excludeGroups = true;
    const auto lean = await(m_fixture.client->users().list(query));
    QVERIFY(lean.ok());
    QCOMPARE(idsOf(lean->items), expected);
    const QJsonArray rawLean = m_fixture.admin.get(u"users/?exclude_groups=true&"_s + raw).array();
    for (qsizetype i = 0; i < lean->items.size(); ++i)
        QCOMPARE(lean->items.at(i).toJson().value(u"groups"_s), rawLean.at(i).toObject().value(u"groups"_s));
}

void TestApiCalls::getGroup()
{
    const auto group = await(m_fixture.client->groups().get(23));
    QVERIFY2(group.ok(), qPrintable(group.error.toString()));
    QCOMPARE(group->name, u"Boston Office"_s);
    QCOMPARE(group->slug, u"boston-office"_s);
    QCOMPARE(memberIds(*group), m_fixture.ids(u"SELECT user_id FROM memberships WHERE group_id = 23"_s));
    QCOMPARE(group->totalMemberCount, group->members.size());
    QCOMPARE(group->toJson(), m_fixture.admin.get(u"groups/23"_s).object());
}

void TestApiCalls::postPatchPutDelete()
{
    GroupAttributes attributes;
    attributes.name = u"Tidewater Volunteers"_s;
    attributes.slug = u"tidewater-volunteers"_s;
    attributes.description = u"Weekend canvassers."_s;
    attributes.defaultTimeZone = u"America/New_York"_s;
    attributes.roleIds = {3, 1};
    attributes.defaultOtpRequiredForLogin = true;
    const auto created = await(m_fixture.client->groups().post(attributes));
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    QCOMPARE(created->name, attributes.name);
    QCOMPARE(created->slug, attributes.slug);
    QCOMPARE(created->description, attributes.description);
    QCOMPARE(created->defaultTimeZone, attributes.defaultTimeZone);
    QCOMPARE(created->roleIds, attributes.roleIds);
    QCOMPARE(created->defaultOtpRequiredForLogin, true);
    QCOMPARE(created->organizationId, 1);
    QCOMPARE(created->createdById, 1);

    GroupPatch patch;
    patch.name = u"Tidewater Canvassers"_s;
    const auto patched = await(m_fixture.client->groups().patch(created->id, patch));
    QVERIFY2(patched.ok(), qPrintable(patched.error.toString()));
    QCOMPARE(patched->name, u"Tidewater Canvassers"_s);
    QCOMPARE(patched->description, attributes.description);

    GroupAttributes replaced = GroupAttributes::fromGroup(*patched);
    replaced.description = u"Canvassers of the Tidewater region."_s;
    const auto put = await(m_fixture.client->groups().put(created->id, replaced));
    QVERIFY2(put.ok(), qPrintable(put.error.toString()));
    QCOMPARE(put->description, replaced.description);
    QCOMPARE(put->slug, attributes.slug);
    QCOMPARE(put->roleIds, attributes.roleIds);

    const auto deleted = await(m_fixture.client->groups().deleteGroup(created->id));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.toString()));
    const auto gone = await(m_fixture.client->groups().get(created->id));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error.kind, ApiError::Kind::Refusal);
    QCOMPARE(gone.error.httpStatus, 404);
    QCOMPARE(gone.error.error, u"not_found"_s);
}

void TestApiCalls::patchSendsOnlyGivenFields()
{
    const QJsonObject before = m_fixture.admin.get(u"groups/24"_s).object();
    GroupPatch patch;
    patch.defaultJobsLabel = u"Shifts"_s;
    patch.description = QString(); // set, and null: clears it
    QCOMPARE(patch.toJson(), (QJsonObject{{u"default_jobs_label"_s, u"Shifts"_s}, {u"description"_s, QJsonValue()}}));
    const auto patched = await(m_fixture.client->groups().patch(24, patch));
    QVERIFY2(patched.ok(), qPrintable(patched.error.toString()));
    QJsonObject expected = before;
    expected.insert(u"defaultJobsLabel"_s, u"Shifts"_s);
    expected.insert(u"description"_s, QJsonValue());
    QJsonObject actual = patched->toJson();
    // Only updatedAt (and who updated) may change besides the two fields.
    for (const char *changing : {"updatedAt", "lastUpdatedById"}) {
        actual.remove(QString::fromLatin1(changing));
        expected.remove(QString::fromLatin1(changing));
    }
    QCOMPARE(actual, expected);
    QVERIFY(GroupPatch().isEmpty());
}

void TestApiCalls::putResetsWhatItDoesNotSet()
{
    const auto before = await(m_fixture.client->groups().get(22));
    QVERIFY(before.ok());
    QVERIFY(before->description.has_value());
    GroupAttributes attributes;
    attributes.name = before->name;
    const auto put = await(m_fixture.client->groups().put(22, attributes));
    QVERIFY2(put.ok(), qPrintable(put.error.toString()));
    QCOMPARE(put->name, before->name);
    QCOMPARE(put->description, std::nullopt);
    QCOMPARE(put->slug, std::nullopt);
    QVERIFY(put->roleIds.isEmpty());
    QCOMPARE(put->organizationId, before->organizationId);
    QCOMPARE(memberIds(*put), memberIds(*before));
    QVERIFY(await(m_fixture.client->groups().put(22, GroupAttributes::fromGroup(*before))).ok());
}

void TestApiCalls::failedPostKeepsServerText()
{
    GroupAttributes attributes;
    attributes.name = u"Taken"_s;
    attributes.slug = u"boston-office"_s;
    const auto duplicate = await(m_fixture.client->groups().post(attributes));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error.httpStatus, 409);
    QVERIFY2(duplicate.error.errorDescription.contains(u"boston-office"_s), qPrintable(duplicate.error.toString()));
    QCOMPARE(duplicate.error.message(), duplicate.error.errorDescription);
    QCOMPARE(duplicate.error.method, u"POST"_s);
    QCOMPARE(duplicate.error.path, u"/groups/"_s);
    QCOMPARE(duplicate.attempts, 1); // a 409 is not retried

    attributes.slug = u"Not A Slug"_s;
    const auto invalid = await(m_fixture.client->groups().post(attributes));
    QCOMPARE(invalid.error.httpStatus, 400);
    QVERIFY2(invalid.error.errorDescription.contains(u"slug"_s), qPrintable(invalid.error.toString()));
}

void TestApiCalls::membersAddAndRemove()
{
    const qint64 group = 7;
    const qint64 user = m_fixture
                            .ids(u"SELECT id FROM users WHERE organization_id = 1 AND id NOT IN "
                                 "(SELECT user_id FROM memberships WHERE group_id = 7)"_s)
                            .first();
    const auto added = await(m_fixture.client->groups().putMembers(group, user));
    QVERIFY2(added.ok(), qPrintable(added.error.toString()));
    QVERIFY(memberIds(*added).contains(user));
    QVERIFY(m_fixture.ids(u"SELECT user_id FROM memberships WHERE group_id = 7"_s).contains(user));

    const auto removed = await(m_fixture.client->groups().deleteMembers(group, user));
    QVERIFY2(removed.ok(), qPrintable(removed.error.toString()));
    QVERIFY(!m_fixture.ids(u"SELECT user_id FROM memberships WHERE group_id = 7"_s).contains(user));

    const auto again = await(m_fixture.client->groups().deleteMembers(group, user));
    QVERIFY(!again.ok());
    QCOMPARE(again.error.httpStatus, 404);
    QCOMPARE(again.error.path, u"/groups/7/members/%1"_s.arg(user));
    QCOMPARE(again.error.method, u"DELETE"_s);
}

void TestApiCalls::childGroups()
{
    const auto children = await(m_fixture.client->groups().listChildGroups(21));
    QVERIFY2(children.ok(), qPrintable(children.error.toString()));
    const QJsonObject raw = m_fixture.admin.get(u"groups/21/child_groups"_s).object();
    QCOMPARE(children->toJson(), raw);
    QVERIFY(!(children->manageable.isEmpty() && children->writeable.isEmpty() && children->readable.isEmpty()));
}

void TestApiCalls::sharesForUsersAndGroups()
{
    const qint64 group = 12;
    const auto initial = await(m_fixture.client->groups().listShares(group));
    QVERIFY2(initial.ok(), qPrintable(initial.error.toString()));
    QCOMPARE(initial->toJson(), m_fixture.admin.get(u"groups/12/shares"_s).array().first().toObject());

    const auto shared = await(m_fixture.client->groups().putSharesUsers(group, {98, 99}, Api::PermissionLevel::Write));
    QVERIFY2(shared.ok(), qPrintable(shared.error.toString()));
    QVERIFY(idsOf(shared->writers.users).contains(98));
    QVERIFY(idsOf(shared->writers.users).contains(99));
    QCOMPARE(shared->totalUserShares, initial->totalUserShares + 2 - int(idsOf(initial->readers.users).contains(98)));

    const auto owners = await(m_fixture.client->groups().putSharesGroups(group, {3}, Api::PermissionLevel::Manage));
    QVERIFY2(owners.ok(), qPrintable(owners.error.toString()));
    QVERIFY(idsOf(owners->owners.groups).contains(3));

    QVERIFY(await(m_fixture.client->groups().deleteSharesUsers(group, 98)).ok());
    QVERIFY(await(m_fixture.client->groups().deleteSharesGroups(group, 3)).ok());
    const auto after = await(m_fixture.client->groups().listShares(group));
    QVERIFY(after.ok());
    QVERIFY(!idsOf(after->writers.users).contains(98));
    QVERIFY(idsOf(after->writers.users).contains(99));
    QVERIFY(!idsOf(after->owners.groups).contains(3));

    const auto absent = await(m_fixture.client->groups().deleteSharesGroups(group, 3));
    QCOMPARE(absent.error.httpStatus, 404);
}

void TestApiCalls::usersMeAndGet()
{
    const auto me = await(m_fixture.client->users().me());
    QVERIFY2(me.ok(), qPrintable(me.error.toString()));
    QCOMPARE(me->id, 1);
    QCOMPARE(me->username, u"admin"_s);
    QCOMPARE(me->toJson(), m_fixture.admin.get(u"users/me"_s).object());

    const auto user = await(m_fixture.client->users().get(98));
    QVERIFY2(user.ok(), qPrintable(user.error.toString()));
    QCOMPARE(user->name, u"Ada Lopez"_s);
    QCOMPARE(user->toJson(), m_fixture.admin.get(u"users/98"_s).object());
}

void TestApiCalls::refusalsAreTyped()
{
    auto user = m_fixture.clientAs(u"ada.lopez"_s);
    QVERIFY(user);
    // Ada can't manage Platform Admins, so she can't delete it.
    const auto refused = await(user->groups().deleteGroup(1));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.kind, ApiError::Kind::Refusal);
    QCOMPARE(refused.error.httpStatus, 403);
    QCOMPARE(refused.error.error, u"forbidden"_s);
    QVERIFY(!refused.error.errorDescription.isEmpty());
    QCOMPARE(refused.error.message(), refused.error.errorDescription);
    QVERIFY(refused.error.toString().startsWith(u"DELETE /groups/1: refusal 403 forbidden"_s));
    QVERIFY(await(m_fixture.client->groups().get(1)).ok());
}

void TestApiCalls::wrongKeyIsUnauthorized()
{
    ApiClient stranger(m_fixture.settings(u"not-a-key"_s));
    const auto refused = await(stranger.users().me());
    QCOMPARE(refused.error.kind, ApiError::Kind::Refusal);
    QCOMPARE(refused.error.httpStatus, 401);
    QCOMPARE(refused.attempts, 1);
}

void TestApiCalls::plainHttpToRemoteHostIsNeverSent()
{
    // A listening port that would see the request if it were sent.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"http://civis.example.org:%1/"_s.arg(listener.serverPort()));
    settings.apiKey = u"secret-key"_s;
    ApiClient client(settings);
    const auto refused = await(client.groups().list());
    QCOMPARE(refused.error.kind, ApiError::Kind::Configuration);
    QVERIFY2(refused.error.message().contains(u"http://"_s), qPrintable(refused.error.message()));
    QCOMPARE(refused.attempts, 0);
    QVERIFY(!listener.waitForNewConnection(100));

    settings.apiKey.clear();
    settings.baseUrl = m_fixture.server.url();
    client.setSettings(settings);
    QCOMPARE(await(client.groups().list()).error.kind, ApiError::Kind::Configuration);
}

void TestApiCalls::unreachableServerIsANetworkError()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const quint16 port = listener.serverPort();
    listener.close(); // nothing listens there now
    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
    settings.apiKey = u"k"_s;
    ApiClient client(settings);
    RetryPolicy policy = quickRetries();
    policy.maxAttempts = 3;
    client.setRetryPolicy(policy);
    const auto failed = await(client.groups().get(1));
    QCOMPARE(failed.error.kind, ApiError::Kind::Network);
    QCOMPARE(failed.attempts, 3); // a GET is tried again after a refused connection
    QVERIFY(!failed.error.detail.isEmpty());

    GroupAttributes attributes;
    attributes.name = u"x"_s;
    const auto post = await(client.groups().post(attributes));
    QCOMPARE(post.error.kind, ApiError::Kind::Network);
    QCOMPARE(post.attempts, 1); // a POST is not
}

void TestApiCalls::textForPeopleIsTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    // Each class's own context, the names in placeholders.
    QCOMPARE(BulkChange::addMember(7, 40, u"Ada Lovelace"_s, u"Boston Office"_s).describe(),
        u"«Api::BulkChange: Add Ada Lovelace to Boston Office»"_s);
    QCOMPARE(BulkChange::removeMember(7, 40).describe(),
        u"«Api::BulkChange: Remove «Api::BulkChange: user 40» from «Api::BulkChange: group 7»»"_s);
    QCOMPARE(ConnectionSettings().problem(), u"«Api::ConnectionSettings: No API address is set.»"_s);
    QCOMPARE(
        ConnectionProfiles::nameProblem(QString()), u"«Api::ConnectionProfiles: A saved connection needs a name.»"_s);
    ShapeError shape;
    QVERIFY(!Group::fromJson(QJsonValue(5), &shape));
    QCOMPARE(shape.toString(), u"«Api::ShapeError: must be an object (Group), not «Api::ShapeError: a number»»"_s);

    ApiError refused;
    refused.kind = ApiError::Kind::Refusal;
    refused.httpStatus = 500;
    refused.method = u"GET"_s;
    refused.path = u"/groups/7"_s;
    QCOMPARE(refused.message(), u"«Api::ApiError: The server answered with error 500.»"_s);
    QCOMPARE(refused.toString(), u"GET /groups/7: refusal 500"_s); // for logs: never translated
    ApiError garbled;
    garbled.kind = ApiError::Kind::BadBody;
    garbled.method = u"POST"_s;
    garbled.detail = u"cut off"_s;
    QCOMPARE(garbled.message(),
        u"«Api::ApiError: The server's answer could not be read: cut off. The change may have been made; reload to "
        "check.»"_s);

    // What a call finds wrong on the way, too.
    ConnectionSettings remote;
    remote.baseUrl = QUrl(u"http://civis.example.org/"_s);
    remote.apiKey = u"k"_s;
    ApiClient client(remote);
    const auto refusedToSend = await(client.groups().list());
    QVERIFY2(refusedToSend.error.message().startsWith(u"«Api::ConnectionSettings: Refusing to send"_s),
        qPrintable(refusedToSend.error.message()));

    QVERIFY2(!translator.contexts.contains(u"QObject"_s), "no text goes through QObject::tr");
}

void TestApiCalls::keyNeverReachesTheLog()
{
    const QString key = u"api-key-for-ada.lopez"_s;
    auto user = m_fixture.clientAs(u"ada.lopez"_s);
    QVERIFY(user);
    QCOMPARE(user->settings().apiKey, key);
    s_messages.clear();
    QLoggingCategory::setFilterRules(u"civis.api.*=true"_s);
    s_previousHandler = qInstallMessageHandler(captureMessage);
    await(user->groups().list());
    await(user->groups().deleteGroup(1)); // refused: logs the error
    GroupPatch patch;
    patch.name = u"x"_s;
    await(user->groups().patch(999999, patch));
    ApiClient other(m_fixture.settings(key + u"-wrong"_s));
    await(other.users().me());
    other.setSettings(m_fixture.settings(key));
    qInstallMessageHandler(s_previousHandler);
    QLoggingCategory::setFilterRules(u"civis.api.*=false"_s);
    QVERIFY2(s_messages.size() >= 4, "the API layer logs each request at debug level");
    for (const QString &message : std::as_const(s_messages))
        QVERIFY2(!message.contains(key), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestApiCalls)
#include "tst_apicalls.moc"
