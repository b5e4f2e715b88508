// Authentication and the permission rules: shares, inherited group shares, creators and
// organization admins, each seen from the side of the person refused.

#include "sandboxtestclient.h"

using namespace Qt::StringLiterals;

class TestSandboxPermissions : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    SandboxTestClient &admin() { return m_sandbox.admin; }

    // Ordinary people of the demo organization, none an admin, with the role they get on m_group.
    std::unique_ptr<SandboxTestClient> m_reader, m_writer, m_manager, m_nobody, m_inherits;
    qint64 m_readerId = 0, m_writerId = 0, m_managerId = 0, m_nobodyId = 0, m_inheritsId = 0;
    qint64 m_group = 0;
    qint64 m_holder = 0; // a group that holds write on m_group; m_inherits is its only member

    qint64 idOf(const QString &username)
    {
        return m_sandbox.column(u"SELECT id FROM users WHERE username = '%1'"_s.arg(username)).value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        const QVariantList people = m_sandbox.column(
            u"SELECT username FROM users WHERE organization_id = 1 AND org_admin = 0 AND active = 1 ORDER BY id LIMIT 5"_s);
        QCOMPARE(people.size(), 5);
        m_reader = m_sandbox.clientFor(people.at(0).toString());
        m_writer = m_sandbox.clientFor(people.at(1).toString());
        m_manager = m_sandbox.clientFor(people.at(2).toString());
        m_nobody = m_sandbox.clientFor(people.at(3).toString());
        m_inherits = m_sandbox.clientFor(people.at(4).toString());
        m_readerId = idOf(people.at(0).toString());
        m_writerId = idOf(people.at(1).toString());
        m_managerId = idOf(people.at(2).toString());
        m_nobodyId = idOf(people.at(3).toString());
        m_inheritsId = idOf(people.at(4).toString());

        m_group = admin().post(u"/groups"_s, {{u"name"_s, u"Guarded"_s}}).object().value(u"id"_s).toInteger();
        m_holder = admin().post(u"/groups"_s, {{u"name"_s, u"Holder"_s}}).object().value(u"id"_s).toInteger();
        QVERIFY(m_group && m_holder);
        const auto share = [&](qint64 user, const char *level) {
            return admin()
                .put(u"/groups/%1/shares/users"_s.arg(m_group),
                    {{u"user_ids"_s, QJsonArray{user}}, {u"permission_level"_s, QString::fromLatin1(level)}})
                .status;
        };
        QCOMPARE(share(m_readerId, "read"), 200);
        QCOMPARE(share(m_writerId, "write"), 200);
        QCOMPARE(share(m_managerId, "manage"), 200);
        QCOMPARE(admin()
                     .put(u"/groups/%1/shares/groups"_s.arg(m_group),
                         {{u"group_ids"_s, QJsonArray{m_holder}}, {u"permission_level"_s, u"write"_s}})
                     .status,
            200);
        QCOMPARE(admin().put(u"/groups/%1/members/%2"_s.arg(m_holder).arg(m_inheritsId)).status, 200);
    }

    void noKeyIsRefusedEverywhere_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("list groups") << "GET"_ba << u"/groups"_s;
        QTest::newRow("create group") << "POST"_ba << u"/groups/"_s;
        QTest::newRow("get group") << "GET"_ba << u"/groups/1"_s;
        QTest::newRow("patch group") << "PATCH"_ba << u"/groups/1"_s;
        QTest::newRow("put group") << "PUT"_ba << u"/groups/1"_s;
        QTest::newRow("add member") << "PUT"_ba << u"/groups/1/members/2"_s;
        QTest::newRow("remove member") << "DELETE"_ba << u"/groups/1/members/2"_s;
        QTest::newRow("child groups") << "GET"_ba << u"/groups/1/child_groups"_s;
        QTest::newRow("shares") << "GET"_ba << u"/groups/1/shares"_s;
        QTest::newRow("share users") << "PUT"_ba << u"/groups/1/shares/users"_s;
        QTest::newRow("revoke group") << "DELETE"_ba << u"/groups/1/shares/groups/2"_s;
        QTest::newRow("users") << "GET"_ba << u"/users"_s;
        QTest::newRow("me") << "GET"_ba << u"/users/me"_s;
        QTest::newRow("user") << "GET"_ba << u"/users/1"_s;
        QTest::newRow("spec") << "GET"_ba << u"/endpoints"_s;
    }
    void noKeyIsRefusedEverywhere()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpResult result = admin().send(method, path, "{}"_ba, Auth::None);
        QCOMPARE(result.status, 401);
        QVERIFY(!result.header("WWW-Authenticate").isEmpty());
        QCOMPARE(result.object().value(u"error"_s).toString(), u"unauthorized"_s);
        QCOMPARE(result.object().value(u"code"_s).toInt(), 401);
        QVERIFY(!result.errorDescription().isEmpty());
    }

    void keySchemes_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("status");
        QTest::newRow("bearer") << int(Auth::Bearer) << QString::fromLatin1(SandboxFixture::kAdminKey) << 200;
        QTest::newRow("basic, key as user name")
            << int(Auth::Basic) << QString::fromLatin1(SandboxFixture::kAdminKey) << 200;
        QTest::newRow("wrong bearer") << int(Auth::Bearer) << u"not-a-key"_s << 401;
        QTest::newRow("wrong basic") << int(Auth::Basic) << u"not-a-key"_s << 401;
        QTest::newRow("empty bearer") << int(Auth::Bearer) << u""_s << 401;
    }
    void keySchemes()
    {
        QFETCH(int, auth);
        QFETCH(QString, key);
        QFETCH(int, status);
        const HttpResult result = admin().send("GET", u"/users/me"_s, {}, Auth(auth), key);
        QCOMPARE(result.status, status);
        if (status == 200)
            QCOMPARE(result.object().value(u"username"_s).toString(), u"admin"_s);
        else
            QVERIFY(!result.header("WWW-Authenticate").isEmpty());
    }

    void basicWithPasswordStillUsesTheUserName()
    {
        QNetworkRequest request(admin().base.resolved(QUrl(u"users/me"_s)));
        request.setRawHeader(
            "Authorization", "Basic " + QByteArray(QByteArray(SandboxFixture::kAdminKey) + ":ignored").toBase64());
        std::unique_ptr<QNetworkReply> reply(admin().nam.get(request));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void deactivatedAccountsKeysStopWorking()
    {
        const QString inactive
            = m_sandbox.column(u"SELECT username FROM users WHERE active = 0 LIMIT 1"_s).value(0).toString();
        const auto client = m_sandbox.clientFor(inactive);
        QVERIFY(client);
        const HttpResult result = client->get(u"/users/me"_s);
        QCOMPARE(result.status, 401);
        QVERIFY(!result.header("WWW-Authenticate").isEmpty());
    }

    void nobodyCanNeitherSeeNorTouch()
    {
        QCOMPARE(m_nobody->get(u"/groups/%1"_s.arg(m_group)).status, 403);
        const HttpResult refused = m_nobody->patch(u"/groups/%1"_s.arg(m_group), {{u"name"_s, u"Mine"_s}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.object().value(u"error"_s).toString(), u"forbidden"_s);
        QVERIFY(refused.errorDescription().contains(u"write"_s));
        QCOMPARE(m_nobody->get(u"/groups/%1/shares"_s.arg(m_group)).status, 403);
        QCOMPARE(m_nobody->get(u"/groups/%1/child_groups"_s.arg(m_group)).status, 403);
        QVERIFY(!m_nobody->get(u"/groups?limit=1000"_s).ids().contains(m_group));
        QCOMPARE(admin().get(u"/groups/%1"_s.arg(m_group)).object().value(u"name"_s).toString(), u"Guarded"_s);
    }

    void readerReadsOnly()
    {
        QCOMPARE(m_reader->get(u"/groups/%1"_s.arg(m_group)).status, 200);
        QCOMPARE(m_reader->get(u"/groups/%1/shares"_s.arg(m_group)).status, 200);
        QCOMPARE(m_reader->get(u"/groups/%1/child_groups"_s.arg(m_group)).status, 200);
        QVERIFY(m_reader->get(u"/groups?limit=1000"_s).ids().contains(m_group));
        QCOMPARE(m_reader->patch(u"/groups/%1"_s.arg(m_group), {{u"name"_s, u"x"_s}}).status, 403);
        QCOMPARE(m_reader->put(u"/groups/%1"_s.arg(m_group), {{u"name"_s, u"x"_s}}).status, 403);
        QCOMPARE(m_reader->put(u"/groups/%1/members/%2"_s.arg(m_group).arg(m_readerId)).status, 403);
        QCOMPARE(m_reader->del(u"/groups/%1/members/%2"_s.arg(m_group).arg(m_readerId)).status, 403);
    }

    void writerEditsButDoesNotShare()
    {
        QCOMPARE(m_writer->patch(u"/groups/%1"_s.arg(m_group), {{u"description"_s, u"by the writer"_s}}).status, 200);
        QCOMPARE(m_writer->put(u"/groups/%1/members/%2"_s.arg(m_group).arg(m_nobodyId)).status, 200);
        QCOMPARE(m_writer->del(u"/groups/%1/members/%2"_s.arg(m_group).arg(m_nobodyId)).status, 204);
        const HttpResult share = m_writer->put(u"/groups/%1/shares/users"_s.arg(m_group),
            {{u"user_ids"_s, QJsonArray{m_nobodyId}}, {u"permission_level"_s, u"read"_s}});
        QCOMPARE(share.status, 403);
        QVERIFY(share.errorDescription().contains(u"manage"_s));
        QCOMPARE(m_writer->del(u"/groups/%1/shares/users/%2"_s.arg(m_group).arg(m_readerId)).status, 403);
        QCOMPARE(m_writer->del(u"/groups/%1"_s.arg(m_group)).status, 403);
    }

    void managerShares()
    {
        QCOMPARE(m_manager
                     ->put(u"/groups/%1/shares/users"_s.arg(m_group),
                         {{u"user_ids"_s, QJsonArray{m_nobodyId}}, {u"permission_level"_s, u"read"_s}})
                     .status,
            200);
        QCOMPARE(m_nobody->get(u"/groups/%1"_s.arg(m_group)).status, 200);
        QCOMPARE(m_manager->del(u"/groups/%1/shares/users/%2"_s.arg(m_group).arg(m_nobodyId)).status, 204);
        QCOMPARE(m_nobody->get(u"/groups/%1"_s.arg(m_group)).status, 403);
    }

    void groupSharesAreInheritedByMembers()
    {
        QCOMPARE(
            m_inherits->patch(u"/groups/%1"_s.arg(m_group), {{u"description"_s, u"inherited write"_s}}).status, 200);
        QVERIFY(m_inherits->get(u"/groups?permission=write&limit=1000"_s).ids().contains(m_group));
        QVERIFY(!m_inherits->get(u"/groups?permission=manage&limit=1000"_s).ids().contains(m_group));
        // Leaving the holder group takes the permission away.
        QCOMPARE(admin().del(u"/groups/%1/members/%2"_s.arg(m_holder).arg(m_inheritsId)).status, 204);
        QCOMPARE(m_inherits->patch(u"/groups/%1"_s.arg(m_group), {{u"description"_s, u"no longer"_s}}).status, 403);
        QCOMPARE(admin().put(u"/groups/%1/members/%2"_s.arg(m_holder).arg(m_inheritsId)).status, 200);
    }

    void permissionFilterFollowsTheCallersLevel()
    {
        for (const auto &[client, level, expected] : {std::tuple{m_reader.get(), "read", true},
                 std::tuple{m_reader.get(), "write", false}, std::tuple{m_writer.get(), "write", true},
                 std::tuple{m_writer.get(), "manage", false}, std::tuple{m_manager.get(), "manage", true}}) {
            const HttpResult result
                = client->get(u"/groups?limit=1000&permission=%1"_s.arg(QString::fromLatin1(level)));
            QCOMPARE(result.status, 200);
            QCOMPARE(result.ids().contains(m_group), expected);
        }
        const HttpResult bad = m_reader->get(u"/groups?permission=owner"_s);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.errorDescription().contains(u"permission"_s));
    }

    void creatorManagesWhatTheyCreate()
    {
        const HttpResult created = m_nobody->post(u"/groups"_s, {{u"name"_s, u"Nobody's Own"_s}});
        QCOMPARE(created.status, 201);
        const qint64 own = created.object().value(u"id"_s).toInteger();
        QCOMPARE(created.object().value(u"createdById"_s).toInteger(), m_nobodyId);
        QCOMPARE(m_nobody
                     ->put(u"/groups/%1/shares/users"_s.arg(own),
                         {{u"user_ids"_s, QJsonArray{m_readerId}}, {u"permission_level"_s, u"read"_s}})
                     .status,
            200);
        QVERIFY(m_nobody->get(u"/groups?permission=manage&limit=1000"_s).ids().contains(own));
        // Others get nothing from it, and the organization admin manages it anyway.
        QCOMPARE(m_writer->get(u"/groups/%1"_s.arg(own)).status, 403);
        QCOMPARE(admin()
                     .put(u"/groups/%1/shares/users"_s.arg(own),
                         {{u"user_ids"_s, QJsonArray{m_writerId}}, {u"permission_level"_s, u"write"_s}})
                     .status,
            200);
        QCOMPARE(m_writer->get(u"/groups/%1"_s.arg(own)).status, 200);
    }

    void organizationAdminsStopAtTheirOrganization()
    {
        const QString harborAdmin
            = m_sandbox.column(u"SELECT username FROM users WHERE organization_id = 2 AND org_admin = 1"_s)
                  .value(0)
                  .toString();
        QVERIFY(!harborAdmin.isEmpty());
        const auto harbor = m_sandbox.clientFor(harborAdmin);
        QCOMPARE(harbor->get(u"/groups/%1"_s.arg(m_group)).status, 403);
        const HttpResult theirs = harbor->get(u"/groups?organization_id=2"_s);
        QCOMPARE(theirs.array().size(), 2);
        const qint64 harborGroup = theirs.ids().first();
        QCOMPARE(harbor->patch(u"/groups/%1"_s.arg(harborGroup), {{u"description"_s, u"edited by its admin"_s}}).status,
            200);
        // The Northwind admin holds nothing on Harbor's groups.
        QCOMPARE(admin().patch(u"/groups/%1"_s.arg(harborGroup), {{u"description"_s, u"no"_s}}).status, 403);
    }

    void groupsStayInTheCallersOrganization()
    {
        const HttpResult elsewhere
            = admin().post(u"/groups"_s, {{u"name"_s, u"Elsewhere"_s}, {u"organization_id"_s, 2}});
        QCOMPARE(elsewhere.status, 403);
        QVERIFY(elsewhere.errorDescription().contains(u"organization_id"_s));
        const HttpResult unknown = admin().post(u"/groups"_s, {{u"name"_s, u"Nowhere"_s}, {u"organizationId"_s, 999}});
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.errorDescription().contains(u"organizationId"_s));
        QCOMPARE(admin().patch(u"/groups/%1"_s.arg(m_group), {{u"organizationId"_s, 2}}).status, 403);
    }

    // The probe's escalation: write on another organization's group (here through a group
    // share) must not let anyone move it into their own organization and so hand it to its admins.
    void aGroupCannotBeMovedToAnotherOrganization()
    {
        constexpr qint64 kHarborAnalysts = 37; // Harbor's group; Client Services (11) holds write on it
        constexpr qint64 kClientServices = 11;
        const qint64 nikhilId = idOf(u"nikhil.nakamura"_s);
        QVERIFY(nikhilId > 0);
        QCOMPARE(m_sandbox
                     .column(u"SELECT COUNT(*) FROM memberships WHERE group_id = %1 AND user_id = %2"_s.arg(kClientServices)
                             .arg(nikhilId))
                     .value(0)
                     .toInt(),
            1);
        const auto nikhil = m_sandbox.clientFor(u"nikhil.nakamura"_s);
        // Any other plain member of Client Services is in the same place.
        const QString plainMember = m_sandbox
                                        .column(u"SELECT u.username FROM memberships m JOIN users u ON u.id = m.user_id "
                                                "WHERE m.group_id = %1 AND u.id <> %2 AND u.org_admin = 0 AND u.active = 1 "
                                                "LIMIT 1"_s.arg(kClientServices)
                                                    .arg(nikhilId))
                                        .value(0)
                                        .toString();
        QVERIFY(!plainMember.isEmpty());
        const auto member = m_sandbox.clientFor(plainMember);
        const QString harborAdmin
            = m_sandbox.column(u"SELECT username FROM users WHERE organization_id = 2 AND org_admin = 1"_s)
                  .value(0)
                  .toString();
        const auto harbor = m_sandbox.clientFor(harborAdmin);
        const QString groupPath = u"/groups/%1"_s.arg(kHarborAnalysts);

        // They do hold write: editing works.
        QCOMPARE(nikhil->patch(groupPath, {{u"description"_s, u"edited through Client Services"_s}}).status, 200);
        for (SandboxTestClient *client : {nikhil.get(), member.get()}) {
            for (const QByteArray &method : {"PATCH"_ba, "PUT"_ba}) {
                const HttpResult moved = client->send(method, groupPath,
                    SandboxTestClient::json({{u"name"_s, u"Harbor Analysts"_s}, {u"organization_id"_s, 1}}));
                QCOMPARE(moved.status, 403);
                QCOMPARE(moved.object().value(u"error"_s).toString(), u"forbidden"_s);
                QVERIFY2(moved.errorDescription().contains(u"organization_id"_s), qPrintable(moved.errorDescription()));
            }
        }
        // Not even the admins of either organization move it.
        QCOMPARE(harbor->patch(groupPath, {{u"organizationId"_s, 1}}).status, 403);
        const qint64 own = admin().post(u"/groups"_s, {{u"name"_s, u"Stays home"_s}}).object().value(u"id"_s).toInteger();
        QCOMPARE(admin().patch(u"/groups/%1"_s.arg(own), {{u"organizationId"_s, 2}}).status, 403);

        // So it stays Harbor's, and Northwind's admin gains nothing on it.
        QCOMPARE(harbor->get(groupPath).object().value(u"organizationId"_s).toInteger(), 2);
        QCOMPARE(m_sandbox.column(u"SELECT organization_id FROM groups WHERE id = 37"_s).value(0).toInt(), 2);
        QCOMPARE(admin()
                     .put(groupPath + u"/shares/users"_s,
                         {{u"user_ids"_s, QJsonArray{m_nobodyId}}, {u"permission_level"_s, u"read"_s}})
                     .status,
            403);
        QCOMPARE(admin().del(groupPath).status, 403);
        QCOMPARE(nikhil->del(groupPath).status, 403);

        // Sending the group's own organization back, as a round-tripped GET body does, is no move.
        const HttpResult same = nikhil->put(groupPath, {{u"name"_s, u"Harbor Analysts"_s}, {u"organizationId"_s, 2}});
        QCOMPARE(same.status, 200);
        QCOMPARE(same.object().value(u"organizationId"_s).toInteger(), 2);
    }

    void managerMayDelete()
    {
        QCOMPARE(m_manager->del(u"/groups/%1"_s.arg(m_group)).status, 204);
        QCOMPARE(admin().get(u"/groups/%1"_s.arg(m_group)).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPermissions)
#include "tst_sandboxpermissions.moc"
