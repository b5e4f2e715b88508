// GET /users/ with its filters and paging, /users/me and /users/{id}.

#include "sandboxtestclient.h"

using namespace Qt::StringLiterals;

class TestSandboxUsers : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    SandboxTestClient &api() { return m_sandbox.admin; }
    qint64 count(const QString &sql) { return m_sandbox.column(sql).value(0).toLongLong(); }
    qint64 m_someone = 0; // an active person of the demo organization, not an admin
    qint64 m_another = 0;
    qint64 m_groupOfSomeone = 0; // the first of m_someone's groups by id

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        const QVariantList ids = m_sandbox.column(u"SELECT id FROM users WHERE active = 1 AND org_admin = 0 "
                                                  "AND organization_id = 1 ORDER BY id LIMIT 2 OFFSET 40"_s);
        QCOMPARE(ids.size(), 2);
        m_someone = ids.at(0).toLongLong();
        m_another = ids.at(1).toLongLong();
        m_groupOfSomeone = count(u"SELECT MIN(group_id) FROM memberships WHERE user_id = %1"_s.arg(m_someone));
    }

    void listDefaultsToActiveUsersTwentyAPage()
    {
        const HttpResult page = api().get(u"/users/"_s);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.array().size(), 20);
        QCOMPARE(page.header("X-Pagination-Per-Page"), "20"_ba);
        QCOMPARE(page.header("X-Pagination-Total-Entries").toLongLong(),
            count(u"SELECT COUNT(*) FROM users WHERE active = 1"_s));
        for (const QJsonValue &v : page.array()) {
            const QJsonObject user = v.toObject();
            VERIFY_REQUIRED_FIELDS(user, "UserSummary");
            QVERIFY(user.value(u"active"_s).toBool());
            for (const QJsonValue &g : user.value(u"groups"_s).toArray())
                VERIFY_REQUIRED_FIELDS(g.toObject(), "UserGroup");
        }
    }

    void accountStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("where");
        QTest::newRow("active") << u"active"_s << u"active = 1"_s;
        QTest::newRow("inactive") << u"inactive"_s << u"active = 0"_s;
        QTest::newRow("all") << u"all"_s << u"1"_s;
    }
    void accountStatus()
    {
        QFETCH(QString, status);
        QFETCH(QString, where);
        const HttpResult page = api().get(u"/users?account_status=%1&limit=10000"_s.arg(status));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.array().size(), count(u"SELECT COUNT(*) FROM users WHERE %1"_s.arg(where)));
        QVERIFY(!page.array().isEmpty());
    }

    void pagesAddUp()
    {
        const QList<qint64> all = api().get(u"/users?limit=10000&account_status=all"_s).ids();
        QList<qint64> paged;
        for (int page = 1;; ++page) {
            const HttpResult result = api().get(u"/users?limit=37&account_status=all&page_num=%1"_s.arg(page));
            if (result.array().isEmpty())
                break;
            paged += result.ids();
        }
        QCOMPARE(paged, all);
    }

    void queryMatchesNameUsernameEmailAndId()
    {
        const QString username
            = m_sandbox.column(u"SELECT username FROM users WHERE id = %1"_s.arg(m_someone)).value(0).toString();
        const HttpResult byUsername = api().get(u"/users?account_status=all&query=%1"_s.arg(username));
        QVERIFY(byUsername.ids().contains(m_someone));
        const HttpResult byEmail = api().get(u"/users?account_status=all&query=%1%40example.org"_s.arg(username));
        QVERIFY(byEmail.ids().contains(m_someone));
        const HttpResult byId = api().get(u"/users?account_status=all&query=%1"_s.arg(m_someone));
        QVERIFY(byId.ids().contains(m_someone));
        const HttpResult byName = api().get(u"/users?account_status=all&query=avery+admin"_s);
        QCOMPARE(byName.ids(), QList<qint64>{1});
    }

    void groupFilters()
    {
        const qint64 expected = count(u"SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id "
                                      "WHERE m.group_id = 2 AND u.active = 1"_s);
        const HttpResult one = api().get(u"/users?group_id=2&limit=10000"_s);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.array().size(), expected);
        for (const QJsonValue &v : one.array()) {
            bool member = false;
            for (const QJsonValue &g : v.toObject().value(u"groups"_s).toArray())
                member |= g.toObject().value(u"id"_s).toInt() == 2;
            QVERIFY(member);
        }
        const qint64 either
            = count(u"SELECT COUNT(DISTINCT m.user_id) FROM memberships m JOIN users u ON u.id = m.user_id "
                    "WHERE m.group_id IN (2, 3) AND u.active = 1"_s);
        QCOMPARE(api().get(u"/users?group_ids%5B%5D=2&group_ids%5B%5D=3&limit=10000"_s).array().size(), either);
    }

    void organizationFeatureFlagAndExcludeGroups()
    {
        QCOMPARE(api().get(u"/users?organization_id=2&account_status=all&limit=10000"_s).array().size(),
            count(u"SELECT COUNT(*) FROM users WHERE organization_id = 2"_s));
        const qint64 flagged = count(u"SELECT COUNT(*) FROM user_feature_flags f JOIN users u ON u.id = f.user_id "
                                     "WHERE f.flag = 'beta_reports' AND u.active = 1"_s);
        QVERIFY(flagged > 0);
        QCOMPARE(api().get(u"/users?feature_flag=beta_reports&limit=10000"_s).array().size(), flagged);
        const HttpResult bare = api().get(u"/users?exclude_groups=true&limit=50"_s);
        for (const QJsonValue &v : bare.array())
            QCOMPARE(v.toObject().value(u"groups"_s).toArray().size(), 0);
    }

    // Each person's groups come in the API's order (name as NOCASE orders it, then id), and a
    // rename, a new membership and a removal show on the very next page: what the sandbox keeps
    // of each group between pages is read again after any change.
    void groupsOfPeopleFollowChanges()
    {
        const auto groupsOf = [this](qint64 userId) {
            const HttpResult page = api().get(u"/users?group_id=%1&limit=1000"_s.arg(m_groupOfSomeone));
            for (const QJsonValue &v : page.array()) {
                if (v.toObject().value(u"id"_s).toInteger() == userId)
                    return v.toObject().value(u"groups"_s).toArray();
            }
            return QJsonArray();
        };
        const auto isInApiOrder = [](const QJsonArray &groups) {
            for (qsizetype i = 1; i < groups.size(); ++i) {
                const QJsonObject a = groups.at(i - 1).toObject();
                const QJsonObject b = groups.at(i).toObject();
                // NOCASE folds ASCII letters only; the demo's names are ASCII.
                const int byName = QString::compare(a.value(u"name"_s).toString(), b.value(u"name"_s).toString(),
                    Qt::CaseInsensitive);
                if (byName > 0 || (byName == 0 && a.value(u"id"_s).toInteger() > b.value(u"id"_s).toInteger()))
                    return false;
            }
            return true;
        };
        const HttpResult everyone = api().get(u"/users?account_status=all&limit=1000"_s);
        for (const QJsonValue &v : everyone.array())
            QVERIFY2(isInApiOrder(v.toObject().value(u"groups"_s).toArray()), qPrintable(v.toObject().value(u"user"_s).toString()));

        QVERIFY(m_groupOfSomeone > 0);
        QJsonArray before = groupsOf(m_someone);
        QVERIFY(!before.isEmpty());
        QVERIFY(before.size() < 20);
        QCOMPARE(api().patch(u"/groups/%1"_s.arg(m_groupOfSomeone), {{u"name"_s, u"aaa Renamed First"_s}}).status, 200);
        QJsonArray after = groupsOf(m_someone);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.first().toObject().value(u"id"_s).toInteger(), m_groupOfSomeone);
        QCOMPARE(after.first().toObject().value(u"name"_s).toString(), u"aaa Renamed First"_s);
        QVERIFY(isInApiOrder(after));

        const qint64 other = count(u"SELECT id FROM groups WHERE organization_id = 1 AND id NOT IN "
                                   "(SELECT group_id FROM memberships WHERE user_id = %1) ORDER BY id LIMIT 1"_s.arg(m_someone));
        QVERIFY(other > 0);
        QCOMPARE(api().put(u"/groups/%1/members/%2"_s.arg(other).arg(m_someone)).status, 200);
        after = groupsOf(m_someone);
        QCOMPARE(after.size(), before.size() + 1);
        QVERIFY(isInApiOrder(after));
        bool found = false;
        for (const QJsonValue &g : after)
            found |= g.toObject().value(u"id"_s).toInteger() == other;
        QVERIFY(found);
        QCOMPARE(api().get(u"/users/%1"_s.arg(m_someone)).object().value(u"groups"_s).toArray(), after);

        QCOMPARE(api().send("DELETE", u"/groups/%1/members/%2"_s.arg(other).arg(m_someone)).status, 204);
        QCOMPARE(groupsOf(m_someone).size(), before.size());
    }

    void ordering()
    {
        const HttpResult byUser = api().get(u"/users?order=user&order_dir=desc&limit=10000"_s);
        QStringList names;
        for (const QJsonValue &v : byUser.array())
            names.append(v.toObject().value(u"user"_s).toString());
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), std::greater<QString>());
        QCOMPARE(names, sorted);
    }

    void me()
    {
        const HttpResult me = api().get(u"/users/me"_s);
        QCOMPARE(me.status, 200);
        const QJsonObject user = me.object();
        VERIFY_REQUIRED_FIELDS(user, "UserMe");
        QCOMPARE(user.value(u"id"_s).toInt(), 1);
        QCOMPARE(user.value(u"initials"_s).toString(), u"AA"_s);
        QCOMPARE(user.value(u"organizationSlug"_s).toString(), u"northwind"_s);
        QVERIFY(user.value(u"featureFlags"_s).isObject());
    }

    void getUser()
    {
        const HttpResult result = api().get(u"/users/%1"_s.arg(m_someone));
        QCOMPARE(result.status, 200);
        const QJsonObject user = result.object();
        VERIFY_REQUIRED_FIELDS(user, "UserDetail");
        QCOMPARE(user.value(u"myPermissionLevel"_s).toString(), u"manage"_s);
        QVERIFY(user.value(u"githubUsername"_s).isNull());

        // Someone without admin rights reads others and manages only themselves.
        const QString someone
            = m_sandbox.column(u"SELECT username FROM users WHERE id = %1"_s.arg(m_someone)).value(0).toString();
        const auto client = m_sandbox.clientFor(someone);
        QCOMPARE(client->get(u"/users/1"_s).object().value(u"myPermissionLevel"_s).toString(), u"read"_s);
        QCOMPARE(
            client->get(u"/users/%1"_s.arg(m_someone)).object().value(u"myPermissionLevel"_s).toString(), u"manage"_s);
        QCOMPARE(client->get(u"/users/me"_s).object().value(u"id"_s).toInteger(), m_someone);
    }

    void usingTheApiMakesOneOnline()
    {
        const QString someone
            = m_sandbox.column(u"SELECT username FROM users WHERE id = %1"_s.arg(m_another)).value(0).toString();
        m_sandbox.column(u"UPDATE users SET last_seen_at = NULL WHERE id = %1"_s.arg(m_another));
        QCOMPARE(api().put(u"/groups/1/members/%1"_s.arg(m_another)).status, 200);
        const auto isOnline = [&] {
            for (const QJsonValue &m : api().get(u"/groups/1"_s).object().value(u"members"_s).toArray()) {
                if (m.toObject().value(u"id"_s).toInteger() == m_another)
                    return m.toObject().value(u"online"_s).toBool();
            }
            return false;
        };
        QVERIFY(!isOnline());
        const auto client = m_sandbox.clientFor(someone);
        QCOMPARE(client->get(u"/users/me"_s).status, 200);
        QVERIFY(isOnline());
    }
};

QTEST_GUILESS_MAIN(TestSandboxUsers)
#include "tst_sandboxusers.moc"
