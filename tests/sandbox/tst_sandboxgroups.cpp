// Every /groups operation of the sandbox over loopback HTTP, as the organization admin.

#include "sandboxtestclient.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QList<qint64> idsOf(const QJsonArray &array)
{
    QList<qint64> ids;
    for (const QJsonValue &v : array)
        ids.append(v.toObject().value(u"id"_s).toInteger());
    return ids;
}

} // namespace

class TestSandboxGroups : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    SandboxTestClient &api() { return m_sandbox.admin; }
    qint64 m_orgGroupCount = 0;

    qint64 createGroup(const QJsonObject &body)
    {
        const HttpResult created = api().post(u"/groups/"_s, body);
        if (created.status != 201) {
            qWarning() << created.status << created.body;
            return 0;
        }
        return created.object().value(u"id"_s).toInteger();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_orgGroupCount
            = m_sandbox.column(u"SELECT COUNT(*) FROM groups WHERE organization_id = 1"_s).value(0).toLongLong();
        QVERIFY(m_orgGroupCount > 30);
    }

    void listDefaults()
    {
        const HttpResult page = api().get(u"/groups/"_s);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), "application/json; charset=utf-8"_ba);
        QCOMPARE(page.header("X-Pagination-Current-Page"), "1"_ba);
        QCOMPARE(page.header("X-Pagination-Per-Page"), "50"_ba);
        QCOMPARE(page.header("X-Pagination-Total-Entries").toLongLong(), m_orgGroupCount);
        QCOMPARE(page.header("X-Pagination-Total-Pages"), "1"_ba);
        QCOMPARE(page.array().size(), m_orgGroupCount);
        for (const QJsonValue &v : page.array()) {
            const QJsonObject group = v.toObject();
            VERIFY_REQUIRED_FIELDS(group, "GroupSummary");
            QCOMPARE(group.value(u"members"_s).toArray().size(), 0);
        }
    }

    void pagingEdges_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("expectedRows");
        // The demo organization has 36 groups.
        QTest::newRow("first page") << 10 << 1 << 10;
        QTest::newRow("last partial page") << 10 << 4 << 6;
        QTest::newRow("past the end") << 10 << 5 << 0;
        QTest::newRow("far past the end") << 10 << 500 << 0;
        QTest::newRow("one per page") << 1 << 36 << 1;
        QTest::newRow("max page size") << 1000 << 1 << 36;
    }
    void pagingEdges()
    {
        QFETCH(int, limit);
        QFETCH(int, page);
        QFETCH(int, expectedRows);
        QCOMPARE(m_orgGroupCount, 36);
        const HttpResult result = api().get(u"/groups?limit=%1&page_num=%2"_s.arg(limit).arg(page));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), expectedRows);
        QCOMPARE(result.header("X-Pagination-Current-Page").toInt(), page);
        QCOMPARE(result.header("X-Pagination-Per-Page").toInt(), limit);
        QCOMPARE(result.header("X-Pagination-Total-Entries").toInt(), 36);
        QCOMPARE(result.header("X-Pagination-Total-Pages").toInt(), (36 + limit - 1) / limit);
    }

    void emptyResultHasZeroPages()
    {
        const HttpResult result = api().get(u"/groups?query=no-group-is-called-this"_s);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 0);
        QCOMPARE(result.header("X-Pagination-Total-Entries"), "0"_ba);
        QCOMPARE(result.header("X-Pagination-Total-Pages"), "0"_ba);
    }

    void pagesAddUpToTheWholeListOnce()
    {
        const QList<qint64> all = api().get(u"/groups?limit=1000"_s).ids();
        QList<qint64> paged;
        for (int page = 1;; ++page) {
            const HttpResult result = api().get(u"/groups?limit=7&page_num=%1"_s.arg(page));
            QCOMPARE(result.status, 200);
            if (result.array().isEmpty())
                break;
            paged += result.ids();
        }
        QCOMPARE(paged, all);
        QCOMPARE(QSet<qint64>(paged.cbegin(), paged.cend()).size(), paged.size());
    }

    void pagesReadInOrderMatchPagesReadAlone_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("name asc") << u"order=name&order_dir=asc"_s;
        QTest::newRow("name desc") << u"order=name&order_dir=desc"_s;
        QTest::newRow("created_at asc") << u"order=created_at&order_dir=asc"_s;
        QTest::newRow("created_at desc") << u"order=created_at&order_dir=desc"_s;
    }
    void pagesReadInOrderMatchPagesReadAlone()
    {
        // Read one after another, each page starts where the last ended (keyset, inside the
        // server); read last to first, each is found by counting (OFFSET). Both must agree, and
        // a change between two pages must show in the next one, not be hidden by what was learnt.
        QFETCH(QString, order);
        const auto page
            = [&](int number) { return api().get(u"/groups?limit=5&page_num=%1&%2"_s.arg(number).arg(order)).body; };
        const int pages = 8; // The demo organization's 36 groups.
        QList<QByteArray> forward;
        for (int p = 1; p <= pages; ++p)
            forward.append(page(p));
        QList<QByteArray> backward(pages);
        for (int p = pages; p >= 1; --p)
            backward[p - 1] = page(p);
        QCOMPARE(forward, backward);

        // Page 3's first group renamed to sort after every other: the groups after it move up
        // one, so page 4 starts one group later than it did.
        const QJsonArray third = QJsonDocument::fromJson(forward.at(2)).array();
        const qint64 moved = third.first().toObject().value(u"id"_s).toInteger();
        const QString oldName = third.first().toObject().value(u"name"_s).toString();
        QVERIFY(api()
                    .patch(u"/groups/%1"_s.arg(moved),
                        {{u"name"_s, order.endsWith("asc"_L1) ? u"zzz last"_s : u"000 first"_s}})
                    .status
            == 200);
        const QByteArray fourthAfter = page(4);
        QVERIFY(api().patch(u"/groups/%1"_s.arg(moved), {{u"name"_s, oldName}}).status == 200);
        if (order.startsWith("order=name"_L1)) {
            const QJsonArray fourth = QJsonDocument::fromJson(forward.at(3)).array();
            QCOMPARE(QJsonDocument::fromJson(fourthAfter).array().first(), fourth.at(1));
        }
        QCOMPARE(page(4), forward.at(3));
    }

    void ordering_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("direction");
        QTest::newRow("name asc") << u"name"_s << u"asc"_s;
        QTest::newRow("name desc") << u"name"_s << u"desc"_s;
        QTest::newRow("created_at asc") << u"created_at"_s << u"asc"_s;
        QTest::newRow("created_at desc") << u"created_at"_s << u"desc"_s;
    }
    void ordering()
    {
        QFETCH(QString, order);
        QFETCH(QString, direction);
        const HttpResult result = api().get(u"/groups?limit=1000&order=%1&order_dir=%2"_s.arg(order, direction));
        QCOMPARE(result.status, 200);
        const QString field = order == "name"_L1 ? u"name"_s : u"createdAt"_s;
        QStringList keys;
        for (const QJsonValue &v : result.array())
            keys.append(v.toObject().value(field).toString());
        QStringList sorted = keys;
        const auto less = [&](const QString &a, const QString &b) {
            return order == "name"_L1 ? a.compare(b, Qt::CaseInsensitive) < 0 : a < b;
        };
        std::stable_sort(sorted.begin(), sorted.end(), less);
        if (direction == "desc"_L1)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(keys.size(), 36);
        // Ties may come in either order, so compare the keys, not the ids.
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(keys.at(i).toLower(), sorted.at(i).toLower());
    }

    void filterByQuery()
    {
        const HttpResult result = api().get(u"/groups?query=region"_s);
        QCOMPARE(result.status, 200);
        const qint64 expected = m_sandbox
                                    .column(u"SELECT COUNT(*) FROM groups WHERE organization_id = 1 AND "
                                            "(name LIKE '%region%' OR slug LIKE '%region%')"_s)
                                    .value(0)
                                    .toLongLong();
        QCOMPARE(result.array().size(), expected);
        QVERIFY(expected >= 4);
        for (const QJsonValue &v : result.array())
            QVERIFY(v.toObject().value(u"name"_s).toString().contains(u"region"_s, Qt::CaseInsensitive));
        // A '+' in the query string is a space, as Python's urlencode writes it.
        const HttpResult spaced = api().get(u"/groups?query=boston+office"_s);
        QCOMPARE(spaced.array().size(), 1);
        QCOMPARE(spaced.array().at(0).toObject().value(u"name"_s).toString(), u"Boston Office"_s);
        // LIKE wildcards in the query are literal characters.
        QCOMPARE(api().get(u"/groups?query=%25"_s).array().size(), 0);
    }

    void filterByOrganization()
    {
        QCOMPARE(api().get(u"/groups?organization_id=1&limit=1000"_s).array().size(), 36);
        // The admin holds nothing on the partner organization's groups.
        QCOMPARE(api().get(u"/groups?organization_id=2"_s).array().size(), 0);
    }

    void filterByMembers()
    {
        const QVariantList users = m_sandbox.column(u"SELECT user_id FROM memberships m JOIN groups g ON "
                                                    "g.id = m.group_id WHERE g.organization_id = 1 LIMIT 2"_s);
        QCOMPARE(users.size(), 2);
        const qint64 a = users.at(0).toLongLong();
        const qint64 b = users.at(1).toLongLong();
        const QVariantList expected = m_sandbox.column(
            u"SELECT DISTINCT group_id FROM memberships WHERE user_id IN (%1, %2) ORDER BY group_id"_s.arg(a).arg(b));
        const HttpResult result = api().get(u"/groups?limit=1000&user_ids%5B%5D=%1&user_ids%5B%5D=%2"_s.arg(a).arg(b));
        QCOMPARE(result.status, 200);
        QList<qint64> ids = result.ids();
        std::sort(ids.begin(), ids.end());
        QList<qint64> expectedIds;
        for (const QVariant &v : expected)
            expectedIds.append(v.toLongLong());
        QCOMPARE(ids, expectedIds);
    }

    void includeMembers()
    {
        const HttpResult result = api().get(u"/groups?include_members=true&limit=5"_s);
        QCOMPARE(result.status, 200);
        int withMembers = 0;
        for (const QJsonValue &v : result.array()) {
            const QJsonObject group = v.toObject();
            const QJsonArray members = group.value(u"members"_s).toArray();
            QCOMPARE(members.size(), group.value(u"totalMemberCount"_s).toInt());
            withMembers += !members.isEmpty();
            for (const QJsonValue &m : members) {
                const QJsonObject member = m.toObject();
                VERIFY_REQUIRED_FIELDS(member, "UserSimpleUser");
                QVERIFY(member.value(u"online"_s).isBool());
            }
        }
        QVERIFY(withMembers > 0);
    }

    void memberCountsCountActiveAndAll()
    {
        const HttpResult result = api().get(u"/groups?limit=1000"_s);
        bool sawInactive = false;
        for (const QJsonValue &v : result.array()) {
            const QJsonObject group = v.toObject();
            const qint64 id = group.value(u"id"_s).toInteger();
            const QVariantList counts = m_sandbox.column(
                u"SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.group_id = %1 "
                "UNION ALL SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id "
                "WHERE m.group_id = %1 AND u.active = 1"_s.arg(id));
            QCOMPARE(group.value(u"totalMemberCount"_s).toInteger(), counts.at(0).toLongLong());
            QCOMPARE(group.value(u"memberCount"_s).toInteger(), counts.at(1).toLongLong());
            sawInactive |= counts.at(0) != counts.at(1);
        }
        QVERIFY2(sawInactive, "the demo seed should have groups with deactivated members");
    }

    void deactivatingSomeoneUpdatesActiveCounts()
    {
        const QStringList pair = m_sandbox
                                     .column(u"SELECT m.group_id || ',' || m.user_id FROM memberships m JOIN users u "
                                             "ON u.id = m.user_id WHERE u.active = 1 AND u.id > 1 LIMIT 1"_s)
                                     .value(0)
                                     .toString()
                                     .split(u',');
        QCOMPARE(pair.size(), 2);
        const qint64 group = pair.at(0).toLongLong();
        const qint64 user = pair.at(1).toLongLong();
        const QJsonObject before = api().get(u"/groups/%1"_s.arg(group)).object();
        m_sandbox.column(u"UPDATE users SET active = 0 WHERE id = %1"_s.arg(user));
        const QJsonObject after = api().get(u"/groups/%1"_s.arg(group)).object();
        QCOMPARE(after.value(u"memberCount"_s).toInt(), before.value(u"memberCount"_s).toInt() - 1);
        QCOMPARE(after.value(u"totalMemberCount"_s).toInt(), before.value(u"totalMemberCount"_s).toInt());
        m_sandbox.column(u"UPDATE users SET active = 1 WHERE id = %1"_s.arg(user));
        QCOMPARE(
            api().get(u"/groups/%1"_s.arg(group)).object().value(u"memberCount"_s), before.value(u"memberCount"_s));
    }

    void createMinimal()
    {
        const HttpResult created = api().post(u"/groups"_s, {{u"name"_s, u"Minimal Group"_s}});
        QCOMPARE(created.status, 201);
        const QJsonObject group = created.object();
        VERIFY_REQUIRED_FIELDS(group, "Group");
        QCOMPARE(group.value(u"name"_s).toString(), u"Minimal Group"_s);
        QVERIFY(group.value(u"description"_s).isNull());
        QVERIFY(!group.value(u"slug"_s).toString().isEmpty()); // generated, as the real API does
        QVERIFY(group.value(u"defaultTimeZone"_s).isNull());
        QCOMPARE(group.value(u"organizationId"_s).toInt(), 1);
        QCOMPARE(group.value(u"organizationName"_s).toString(), u"Northwind Civic Data"_s);
        QCOMPARE(group.value(u"memberCount"_s).toInt(), 0);
        QCOMPARE(group.value(u"roleIds"_s).toArray(), QJsonArray());
        QCOMPARE(group.value(u"members"_s).toArray(), QJsonArray());
        QCOMPARE(group.value(u"createdById"_s).toInt(), 1);
        QCOMPARE(group.value(u"lastUpdatedById"_s).toInt(), 1);
        QCOMPARE(group.value(u"defaultOtpRequiredForLogin"_s).toBool(), false);
        QVERIFY(QDateTime::fromString(group.value(u"createdAt"_s).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(group.value(u"createdAt"_s).toString().endsWith(u'Z'));
    }

    void createWithEveryFieldInSnakeCase()
    {
        const HttpResult created = api().post(u"/groups/"_s,
            {
                {u"name"_s, u"Full Group"_s},
                {u"description"_s, u"All the fields"_s},
                {u"slug"_s, u"full-group"_s},
                {u"organization_id"_s, 1},
                {u"default_otp_required_for_login"_s, true},
                {u"role_ids"_s, QJsonArray{3, 1}},
                {u"default_time_zone"_s, u"America/Chicago"_s},
                {u"default_jobs_label"_s, u"jobs"_s},
                {u"default_notebooks_label"_s, u"notebooks"_s},
                {u"default_services_label"_s, u"services"_s},
            });
        QCOMPARE(created.status, 201);
        const QJsonObject group = created.object();
        QCOMPARE(group.value(u"slug"_s).toString(), u"full-group"_s);
        QCOMPARE(group.value(u"description"_s).toString(), u"All the fields"_s);
        QCOMPARE(group.value(u"defaultOtpRequiredForLogin"_s).toBool(), true);
        QCOMPARE(group.value(u"roleIds"_s).toArray(), (QJsonArray{3, 1}));
        QCOMPARE(group.value(u"defaultTimeZone"_s).toString(), u"America/Chicago"_s);
        QCOMPARE(group.value(u"defaultJobsLabel"_s).toString(), u"jobs"_s);
        QCOMPARE(group.value(u"defaultNotebooksLabel"_s).toString(), u"notebooks"_s);
        QCOMPARE(group.value(u"defaultServicesLabel"_s).toString(), u"services"_s);

        const HttpResult fetched = api().get(u"/groups/%1"_s.arg(group.value(u"id"_s).toInteger()));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.object(), group);
    }

    void getUnknownIs404()
    {
        const HttpResult result = api().get(u"/groups/987654"_s);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.object().value(u"error"_s).toString(), u"not_found"_s);
        QVERIFY(!result.errorDescription().isEmpty());
    }

    void patchChangesOnlyWhatIsSent()
    {
        const qint64 id = createGroup({{u"name"_s, u"Patch Me"_s}, {u"description"_s, u"before"_s},
            {u"slug"_s, u"patch-me"_s}, {u"roleIds"_s, QJsonArray{7}}, {u"defaultTimeZone"_s, u"America/Denver"_s}});
        QVERIFY(id);
        const QJsonObject before = api().get(u"/groups/%1"_s.arg(id)).object();
        QTest::qWait(5); // so updatedAt can move
        const HttpResult patched = api().patch(u"/groups/%1"_s.arg(id), {{u"description"_s, u"after"_s}});
        QCOMPARE(patched.status, 200);
        const QJsonObject after = patched.object();
        QCOMPARE(after.value(u"description"_s).toString(), u"after"_s);
        for (const QString &field : {u"name"_s, u"slug"_s, u"roleIds"_s, u"defaultTimeZone"_s, u"createdAt"_s})
            QCOMPARE(after.value(field), before.value(field));
        QVERIFY(after.value(u"updatedAt"_s).toString() > before.value(u"updatedAt"_s).toString());

        const HttpResult cleared = api().patch(u"/groups/%1"_s.arg(id), {{u"description"_s, QJsonValue::Null}});
        QCOMPARE(cleared.status, 200);
        QVERIFY(cleared.object().value(u"description"_s).isNull());
        QCOMPARE(cleared.object().value(u"slug"_s).toString(), u"patch-me"_s);

        // An empty patch changes nothing but is fine.
        QCOMPARE(api().patch(u"/groups/%1"_s.arg(id), {}).status, 200);
        QCOMPARE(api().patch(u"/groups/987654"_s, {{u"name"_s, u"x"_s}}).status, 404);
    }

    void putReplacesEverything()
    {
        const qint64 id = createGroup({{u"name"_s, u"Put Me"_s}, {u"description"_s, u"will go"_s},
            {u"slug"_s, u"put-me"_s}, {u"roleIds"_s, QJsonArray{2}}, {u"defaultOtpRequiredForLogin"_s, true},
            {u"defaultJobsLabel"_s, u"will go"_s}});
        QVERIFY(id);
        const HttpResult put = api().put(
            u"/groups/%1"_s.arg(id), {{u"name"_s, u"Put Again"_s}, {u"defaultServicesLabel"_s, u"stays"_s}});
        QCOMPARE(put.status, 200);
        const QJsonObject group = put.object();
        QCOMPARE(group.value(u"name"_s).toString(), u"Put Again"_s);
        QCOMPARE(group.value(u"defaultServicesLabel"_s).toString(), u"stays"_s);
        QVERIFY(group.value(u"description"_s).isNull());
        QCOMPARE(group.value(u"slug"_s).toString(), u"put-me"_s); // the identifier stays when not sent
        QVERIFY(group.value(u"defaultJobsLabel"_s).isNull());
        QCOMPARE(group.value(u"roleIds"_s).toArray(), QJsonArray());
        QCOMPARE(group.value(u"defaultOtpRequiredForLogin"_s).toBool(), false);
        QCOMPARE(group.value(u"organizationId"_s).toInt(), 1);

        const HttpResult withoutName = api().put(u"/groups/%1"_s.arg(id), {{u"description"_s, u"x"_s}});
        QCOMPARE(withoutName.status, 400);
        QVERIFY(withoutName.errorDescription().contains(u"name"_s));
        // The failed PUT changed nothing.
        QCOMPARE(api().get(u"/groups/%1"_s.arg(id)).object().value(u"name"_s).toString(), u"Put Again"_s);
    }

    void addAndRemoveMembers()
    {
        const qint64 id = createGroup({{u"name"_s, u"Membership Group"_s}});
        const qint64 active
            = m_sandbox.column(u"SELECT id FROM users WHERE active = 1 AND id > 1 LIMIT 1"_s).value(0).toLongLong();
        const qint64 inactive
            = m_sandbox.column(u"SELECT id FROM users WHERE active = 0 LIMIT 1"_s).value(0).toLongLong();
        QVERIFY(active && inactive);

        HttpResult added = api().put(u"/groups/%1/members/%2"_s.arg(id).arg(active));
        QCOMPARE(added.status, 200);
        VERIFY_REQUIRED_FIELDS(added.object(), "Group");
        QCOMPARE(added.object().value(u"memberCount"_s).toInt(), 1);
        QCOMPARE(added.object().value(u"totalMemberCount"_s).toInt(), 1);
        const QJsonObject member = added.object().value(u"members"_s).toArray().at(0).toObject();
        QCOMPARE(member.value(u"id"_s).toInteger(), active);
        VERIFY_REQUIRED_FIELDS(member, "UserSimpleUserWithManagementDetails");

        added = api().put(u"/groups/%1/members/%2"_s.arg(id).arg(inactive));
        QCOMPARE(added.status, 200);
        QCOMPARE(added.object().value(u"memberCount"_s).toInt(), 1);
        QCOMPARE(added.object().value(u"totalMemberCount"_s).toInt(), 2);

        // Adding a member again is not an error and changes nothing.
        added = api().put(u"/groups/%1/members/%2"_s.arg(id).arg(active));
        QCOMPARE(added.status, 200);
        QCOMPARE(added.object().value(u"totalMemberCount"_s).toInt(), 2);

        const HttpResult removed = api().del(u"/groups/%1/members/%2"_s.arg(id).arg(active));
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        QCOMPARE(api().get(u"/groups/%1"_s.arg(id)).object().value(u"totalMemberCount"_s).toInt(), 1);

        const HttpResult again = api().del(u"/groups/%1/members/%2"_s.arg(id).arg(active));
        QCOMPARE(again.status, 404);
        QVERIFY(again.errorDescription().contains(u"not a member"_s));

        QCOMPARE(api().put(u"/groups/%1/members/9999999"_s.arg(id)).status, 404);
        QCOMPARE(api().put(u"/groups/9999999/members/%1"_s.arg(active)).status, 404);
    }

    void memberAnswersFollowEveryChange()
    {
        // A member PUT edits the group's kept member list rather than reading it again: after
        // adds, removals and a change made behind the API's back, each answer must list exactly
        // the members the database holds, in its order, with what they are now.
        const qint64 id = createGroup({{u"name"_s, u"Kept Members Group"_s}});
        const QVariantList users = m_sandbox.column(u"SELECT id FROM users WHERE id > 1 ORDER BY id LIMIT 8"_s);
        QCOMPARE(users.size(), 8);
        // Names that NOCASE orders in ways a careless comparison would not: case, accents, ties.
        const QStringList names{
            u"bea Lower"_s, u"Bea lower"_s, u"ZED"_s, u"zed"_s, u"Émile"_s, u"émile"_s, u"Aaron"_s, u"_under"_s};
        for (int i = 0; i < users.size(); ++i) {
            m_sandbox.column(
                u"UPDATE users SET name = '%1' WHERE id = %2"_s.arg(names.at(i)).arg(users.at(i).toLongLong()));
        }
        const auto expected = [&] {
            QList<qint64> ids;
            for (const QVariant &v :
                m_sandbox.column(u"SELECT u.id FROM memberships m JOIN users u ON u.id = m.user_id "
                                 "WHERE m.group_id = %1 ORDER BY u.name COLLATE NOCASE, u.id"_s.arg(id)))
                ids.append(v.toLongLong());
            return ids;
        };
        const auto membersOf
            = [](const HttpResult &answer) { return idsOf(answer.object().value(u"members"_s).toArray()); };
        for (const QVariant &user : users) {
            const HttpResult added = api().put(u"/groups/%1/members/%2"_s.arg(id).arg(user.toLongLong()));
            QCOMPARE(added.status, 200);
            QCOMPARE(membersOf(added), expected());
        }
        QCOMPARE(api().del(u"/groups/%1/members/%2"_s.arg(id).arg(users.at(2).toLongLong())).status, 204);
        QCOMPARE(membersOf(api().get(u"/groups/%1"_s.arg(id))), expected());
        const HttpResult readded = api().put(u"/groups/%1/members/%2"_s.arg(id).arg(users.at(2).toLongLong()));
        QCOMPARE(membersOf(readded), expected());

        // Changed in the database directly: the next answer shows it.
        m_sandbox.column(u"UPDATE users SET name = 'Aardvark', email = 'aardvark@example.com' WHERE id = %1"_s.arg(
            users.at(7).toLongLong()));
        const HttpResult after = api().put(u"/groups/%1/members/%2"_s.arg(id).arg(users.at(0).toLongLong()));
        QCOMPARE(membersOf(after), expected());
        const QJsonObject first = after.object().value(u"members"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"email"_s).toString(), u"aardvark@example.com"_s);
        QCOMPARE(first.value(u"initials"_s).toString(), u"A"_s);
        for (int i = 0; i < users.size(); ++i)
            api().del(u"/groups/%1/members/%2"_s.arg(id).arg(users.at(i).toLongLong()));
        QVERIFY(membersOf(api().get(u"/groups/%1"_s.arg(id))).isEmpty());
    }

    void childGroupsFollowGroupShares()
    {
        const qint64 leads
            = m_sandbox.column(u"SELECT id FROM groups WHERE slug = 'regional-leads'"_s).value(0).toLongLong();
        const HttpResult result = api().get(u"/groups/%1/child_groups"_s.arg(leads));
        QCOMPARE(result.status, 200);
        const QJsonObject children = result.object();
        for (const QString &level : {u"manageable"_s, u"writeable"_s, u"readable"_s})
            QVERIFY(children.value(level).isArray());
        QStringList manageable;
        for (const QJsonValue &v : children.value(u"manageable"_s).toArray())
            manageable.append(v.toObject().value(u"name"_s).toString());
        QCOMPARE(manageable, (QStringList{u"Midwest Region"_s, u"Northeast Region"_s, u"West Region"_s}));

        // Following the chain and the cycle: the guild's children lead back to the guild.
        const qint64 guild
            = m_sandbox.column(u"SELECT id FROM groups WHERE slug = 'analytics-guild'"_s).value(0).toLongLong();
        qint64 current = guild;
        QList<qint64> path;
        for (int step = 0; step < 3; ++step) {
            const QJsonObject next = api().get(u"/groups/%1/child_groups"_s.arg(current)).object();
            QJsonArray all = next.value(u"manageable"_s).toArray();
            for (const QJsonValue &v : next.value(u"writeable"_s).toArray())
                all.append(v);
            for (const QJsonValue &v : next.value(u"readable"_s).toArray())
                all.append(v);
            QCOMPARE(all.size(), 1);
            current = all.at(0).toObject().value(u"id"_s).toInteger();
            path.append(current);
        }
        QCOMPARE(path.last(), guild);

        const qint64 fresh = createGroup({{u"name"_s, u"Childless"_s}});
        const QJsonObject none = api().get(u"/groups/%1/child_groups"_s.arg(fresh)).object();
        QCOMPARE(none.value(u"manageable"_s).toArray().size() + none.value(u"writeable"_s).toArray().size()
                + none.value(u"readable"_s).toArray().size(),
            0);
        QCOMPARE(api().get(u"/groups/9999999/child_groups"_s).status, 404);
    }

    void sharesSetChangeAndRevoke()
    {
        const qint64 id = createGroup({{u"name"_s, u"Shared Group"_s}});
        const qint64 other = createGroup({{u"name"_s, u"Sharing Holder"_s}});
        const QVariantList users = m_sandbox.column(u"SELECT id FROM users WHERE id > 1 ORDER BY id LIMIT 3"_s);
        const qint64 u1 = users.at(0).toLongLong();
        const qint64 u2 = users.at(1).toLongLong();

        HttpResult listed = api().get(u"/groups/%1/shares"_s.arg(id));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.array().size(), 1);
        QJsonObject index = listed.array().at(0).toObject();
        VERIFY_REQUIRED_FIELDS(index, "ShareIndex");
        VERIFY_REQUIRED_FIELDS(index.value(u"readers"_s).toObject(), "ShareUserSetSummary");
        QCOMPARE(index.value(u"totalUserShares"_s).toInt(), 0);

        HttpResult set = api().put(u"/groups/%1/shares/users"_s.arg(id),
            {{u"user_ids"_s, QJsonArray{u1, u2}}, {u"permission_level"_s, u"read"_s}, {u"send_shared_email"_s, false}});
        QCOMPARE(set.status, 200);
        index = set.object(); // The PUT answers the share index itself, not an array.
        QCOMPARE(idsOf(index.value(u"readers"_s).toObject().value(u"users"_s).toArray()).size(), 2);
        QCOMPARE(index.value(u"totalUserShares"_s).toInt(), 2);

        set = api().put(u"/groups/%1/shares/users"_s.arg(id),
            {{u"userIds"_s, QJsonArray{u2}}, {u"permissionLevel"_s, u"manage"_s}});
        QCOMPARE(set.status, 200);
        index = set.object();
        QCOMPARE(idsOf(index.value(u"readers"_s).toObject().value(u"users"_s).toArray()), QList<qint64>{u1});
        QCOMPARE(idsOf(index.value(u"owners"_s).toObject().value(u"users"_s).toArray()), QList<qint64>{u2});
        QCOMPARE(index.value(u"totalUserShares"_s).toInt(), 2);

        set = api().put(u"/groups/%1/shares/groups"_s.arg(id),
            {{u"group_ids"_s, QJsonArray{other}}, {u"permission_level"_s, u"write"_s}});
        QCOMPARE(set.status, 200);
        index = set.object();
        QCOMPARE(idsOf(index.value(u"writers"_s).toObject().value(u"groups"_s).toArray()), QList<qint64>{other});
        QCOMPARE(index.value(u"totalGroupShares"_s).toInt(), 1);
        // The holder now lists the shared group among its writeable children.
        const QJsonObject children = api().get(u"/groups/%1/child_groups"_s.arg(other)).object();
        QCOMPARE(idsOf(children.value(u"writeable"_s).toArray()), QList<qint64>{id});

        QCOMPARE(api().del(u"/groups/%1/shares/users/%2"_s.arg(id).arg(u1)).status, 204);
        QCOMPARE(api().del(u"/groups/%1/shares/users/%2"_s.arg(id).arg(u1)).status, 404);
        QCOMPARE(api().del(u"/groups/%1/shares/groups/%2"_s.arg(id).arg(other)).status, 204);
        QCOMPARE(api().del(u"/groups/%1/shares/groups/%2"_s.arg(id).arg(other)).status, 404);
        index = api().get(u"/groups/%1/shares"_s.arg(id)).array().at(0).toObject();
        QCOMPARE(index.value(u"totalUserShares"_s).toInt(), 1);
        QCOMPARE(index.value(u"totalGroupShares"_s).toInt(), 0);
        QCOMPARE(idsOf(index.value(u"owners"_s).toObject().value(u"users"_s).toArray()), QList<qint64>{u2});
    }

    void shareRequestErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown level") << u"users"_s << R"({"user_ids":[2],"permission_level":"admin"})"_ba << 400
                                       << u"permission_level"_s;
        QTest::newRow("no level") << u"users"_s << R"({"user_ids":[2]})"_ba << 400 << u"permission_level"_s;
        QTest::newRow("no ids") << u"users"_s << R"({"permission_level":"read"})"_ba << 400 << u"user_ids"_s;
        QTest::newRow("empty ids") << u"groups"_s << R"({"groupIds":[],"permissionLevel":"read"})"_ba << 400
                                   << u"groupIds"_s;
        QTest::newRow("ids not integers")
            << u"users"_s << R"({"userIds":["2"],"permissionLevel":"read"})"_ba << 400 << u"userIds"_s;
        QTest::newRow("unknown user") << u"users"_s << R"({"userIds":[2,99999999],"permissionLevel":"read"})"_ba << 404
                                      << u"99999999"_s;
        QTest::newRow("unknown group") << u"groups"_s << R"({"groupIds":[99999999],"permissionLevel":"read"})"_ba << 404
                                       << u"99999999"_s;
    }
    void shareRequestErrors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const qint64 id = m_sandbox.column(u"SELECT id FROM groups WHERE slug = 'finance'"_s).value(0).toLongLong();
        const QJsonObject before = api().get(u"/groups/%1/shares"_s.arg(id)).array().at(0).toObject();
        const HttpResult result = api().send("PUT", u"/groups/%1/shares/%2"_s.arg(id).arg(path), body);
        QCOMPARE(result.status, status);
        QVERIFY2(result.errorDescription().contains(mentions), qPrintable(result.errorDescription()));
        // Nothing was half-applied.
        QCOMPARE(api().get(u"/groups/%1/shares"_s.arg(id)).array().at(0).toObject(), before);
    }

    void deprecatedDelete()
    {
        const qint64 id = createGroup({{u"name"_s, u"Short Lived"_s}, {u"slug"_s, u"short-lived"_s}});
        QCOMPARE(api().put(u"/groups/%1/members/2"_s.arg(id)).status, 200);
        QCOMPARE(api().del(u"/groups/%1"_s.arg(id)).status, 204);
        QCOMPARE(api().get(u"/groups/%1"_s.arg(id)).status, 404);
        QCOMPARE(
            m_sandbox.column(u"SELECT COUNT(*) FROM memberships WHERE group_id = %1"_s.arg(id)).value(0).toInt(), 0);
        // The slug is free again.
        QCOMPARE(api().post(u"/groups"_s, {{u"name"_s, u"Reborn"_s}, {u"slug"_s, u"short-lived"_s}}).status, 201);
    }

    // The real API always gives a group a slug; so does every group the seed makes.
    void everySeededGroupHasASlug()
    {
        QCOMPARE(
            m_sandbox.column(u"SELECT COUNT(*) FROM groups WHERE slug IS NULL OR slug = ''"_s).value(0).toInt(), 0);
        const HttpResult bookClub = api().get(u"/groups/%1"_s.arg(
            m_sandbox.column(u"SELECT id FROM groups WHERE name = 'Book Club'"_s).value(0).toLongLong()));
        QCOMPARE(bookClub.status, 200);
        QCOMPARE(bookClub.object().value(u"slug"_s).toString(), u"book-club"_s);
    }

    // As the real API's recorded traffic shows: a group created without a slug gets a random UUID.
    void aGroupCreatedWithoutASlugGetsAUuid()
    {
        static const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        QSet<QString> seen;
        for (const QByteArray &body : {R"({"name":"No slug"})"_ba, R"({"name":"Null slug","slug":null})"_ba}) {
            const HttpResult created = api().send("POST", u"/groups"_s, body);
            QCOMPARE(created.status, 201);
            const QString slug = created.object().value(u"slug"_s).toString();
            QVERIFY2(uuid.match(slug).hasMatch(), qPrintable(slug));
            seen.insert(slug);
            const qint64 id = created.object().value(u"id"_s).toInteger();
            const QString path = u"/groups/%1"_s.arg(id);
            // PATCH and PUT that leave the slug out keep it.
            QCOMPARE(api().patch(path, {{u"description"_s, u"patched"_s}}).object().value(u"slug"_s).toString(), slug);
            const HttpResult replaced = api().put(path, {{u"name"_s, u"Replaced"_s}});
            QCOMPARE(replaced.status, 200);
            QCOMPARE(replaced.object().value(u"slug"_s).toString(), slug);
            QVERIFY(replaced.object().value(u"description"_s).isNull()); // the rest is reset, as before
            QCOMPARE(api().get(path).object().value(u"slug"_s).toString(), slug);
            // An explicit null clears it: the client asked for no slug.
            QVERIFY(api().send("PATCH", path, R"({"slug":null})"_ba).object().value(u"slug"_s).isNull());
        }
        QCOMPARE(seen.size(), 2);
        // A slug sent is the slug kept.
        QCOMPARE(api()
                     .post(u"/groups"_s, {{u"name"_s, u"Given"_s}, {u"slug"_s, u"given-slug"_s}})
                     .object()
                     .value(u"slug"_s)
                     .toString(),
            u"given-slug"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxGroups)
#include "tst_sandboxgroups.moc"
