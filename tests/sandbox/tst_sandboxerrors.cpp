// Bad requests get clear errors that name what was wrong, and the official Python client's
// way of speaking (Basic auth, {} bodies, True/False, user_ids[], no trailing slash) is understood.

#include "sandboxtestclient.h"

using namespace Qt::StringLiterals;

class TestSandboxErrors : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    SandboxTestClient &api() { return m_sandbox.admin; }

    /// A request as the official Python client sends it: Basic auth and a JSON body, {} when empty.
    HttpResult asPythonClient(const QByteArray &method, const QString &path, const QByteArray &body = "{}"_ba)
    {
        return api().send(method, path, body, Auth::Basic);
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("malformed json") << "POST"_ba << u"/groups"_s << R"({"name": "x",)"_ba << 400 << u"JSON"_s;
        QTest::newRow("html body") << "POST"_ba << u"/groups"_s << "<html></html>"_ba << 400 << u"JSON"_s;
        QTest::newRow("array body") << "POST"_ba << u"/groups"_s << R"([{"name":"x"}])"_ba << 400 << u"object"_s;
        QTest::newRow("missing name") << "POST"_ba << u"/groups"_s << R"({"description":"x"})"_ba << 400 << u"name"_s;
        QTest::newRow("empty name") << "POST"_ba << u"/groups"_s << R"({"name":"  "})"_ba << 400 << u"name"_s;
        QTest::newRow("null name") << "POST"_ba << u"/groups"_s << R"({"name":null})"_ba << 400 << u"name"_s;
        QTest::newRow("name a number") << "POST"_ba << u"/groups"_s << R"({"name":12})"_ba << 400 << u"name"_s;
        QTest::newRow("organization a string")
            << "POST"_ba << u"/groups"_s << R"({"name":"x","organization_id":"1"})"_ba << 400 << u"organization_id"_s;
        QTest::newRow("otp not a boolean")
            << "POST"_ba << u"/groups"_s << R"({"name":"x","defaultOtpRequiredForLogin":"yes"})"_ba << 400
            << u"defaultOtpRequiredForLogin"_s;
        QTest::newRow("roles not integers")
            << "POST"_ba << u"/groups"_s << R"({"name":"x","role_ids":[1,"2"]})"_ba << 400 << u"role_ids"_s;
        QTest::newRow("roles fractional")
            << "POST"_ba << u"/groups"_s << R"({"name":"x","roleIds":[1.5]})"_ba << 400 << u"roleIds"_s;
        QTest::newRow("bad slug") << "POST"_ba << u"/groups"_s << R"({"name":"x","slug":"Has Spaces"})"_ba << 400
                                  << u"slug"_s;
        QTest::newRow("bad time zone") << "POST"_ba << u"/groups"_s
                                       << R"({"name":"x","default_time_zone":"Mars/Olympus"})"_ba << 400
                                       << u"default_time_zone"_s;
        // A path where a zone id goes is refused at once, never opened (it would block the server).
        QTest::newRow("time zone as a path") << "PATCH"_ba << u"/groups/1"_s
                                             << R"({"default_time_zone":"../../../../dev/stdin"})"_ba << 400
                                             << u"default_time_zone"_s;
        QTest::newRow("patch wrong type")
            << "PATCH"_ba << u"/groups/1"_s << R"({"description":5})"_ba << 400 << u"description"_s;
        QTest::newRow("patch malformed") << "PATCH"_ba << u"/groups/1"_s << "{"_ba << 400 << u"JSON"_s;
        QTest::newRow("put without name") << "PUT"_ba << u"/groups/1"_s << R"({"slug":"x"})"_ba << 400 << u"name"_s;
    }
    void badBodies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const qint64 groupsBefore = m_sandbox.column(u"SELECT COUNT(*) FROM groups"_s).value(0).toLongLong();
        const QString group1Before = api().get(u"/groups/1"_s).object().value(u"updatedAt"_s).toString();
        const HttpResult result = api().send(method, path, body);
        QCOMPARE(result.status, status);
        QCOMPARE(result.object().value(u"error"_s).toString(), u"bad_request"_s);
        QCOMPARE(result.object().value(u"code"_s).toInt(), status);
        QVERIFY2(result.errorDescription().contains(mentions), qPrintable(result.errorDescription()));
        // A refused change changes nothing.
        QCOMPARE(m_sandbox.column(u"SELECT COUNT(*) FROM groups"_s).value(0).toLongLong(), groupsBefore);
        QCOMPARE(api().get(u"/groups/1"_s).object().value(u"updatedAt"_s).toString(), group1Before);
    }

    void duplicateSlugIsRefusedClearly()
    {
        const HttpResult first = api().post(u"/groups"_s, {{u"name"_s, u"Slugged"_s}, {u"slug"_s, u"unique-slug"_s}});
        QCOMPARE(first.status, 201);
        const HttpResult second = api().post(u"/groups"_s, {{u"name"_s, u"Copycat"_s}, {u"slug"_s, u"unique-slug"_s}});
        QCOMPARE(second.status, 409);
        QCOMPARE(second.object().value(u"error"_s).toString(), u"conflict"_s);
        QVERIFY2(second.errorDescription().contains(u"unique-slug"_s), qPrintable(second.errorDescription()));
        const qint64 other = api().post(u"/groups"_s, {{u"name"_s, u"Other"_s}}).object().value(u"id"_s).toInteger();
        QCOMPARE(api().patch(u"/groups/%1"_s.arg(other), {{u"slug"_s, u"unique-slug"_s}}).status, 409);
        // Keeping one's own slug is no conflict.
        const qint64 id = first.object().value(u"id"_s).toInteger();
        QCOMPARE(
            api().put(u"/groups/%1"_s.arg(id), {{u"name"_s, u"Slugged"_s}, {u"slug"_s, u"unique-slug"_s}}).status, 200);
    }

    void badQueryParameters_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("limit text") << u"/groups?limit=many"_s << u"limit"_s;
        QTest::newRow("limit zero") << u"/groups?limit=0"_s << u"limit"_s;
        QTest::newRow("limit too big") << u"/groups?limit=1001"_s << u"limit"_s;
        QTest::newRow("page zero") << u"/groups?page_num=0"_s << u"page_num"_s;
        QTest::newRow("order") << u"/groups?order=size"_s << u"order"_s;
        QTest::newRow("order_dir") << u"/groups?order_dir=up"_s << u"order_dir"_s;
        QTest::newRow("include_members") << u"/groups?include_members=maybe"_s << u"include_members"_s;
        QTest::newRow("organization_id") << u"/groups?organization_id=x"_s << u"organization_id"_s;
        QTest::newRow("user_ids") << u"/groups?user_ids%5B%5D=abc"_s << u"user_ids"_s;
        QTest::newRow("users limit") << u"/users?limit=10001"_s << u"limit"_s;
        QTest::newRow("users status") << u"/users?account_status=gone"_s << u"account_status"_s;
        QTest::newRow("users both group filters") << u"/users?group_id=1&group_ids%5B%5D=2"_s << u"group_id"_s;
    }
    void badQueryParameters()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        const HttpResult result = api().get(path);
        QCOMPARE(result.status, 400);
        QVERIFY2(result.errorDescription().contains(mentions), qPrintable(result.errorDescription()));
    }

    void unknownThingsAre404_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("group") << "GET"_ba << u"/groups/424242"_s;
        QTest::newRow("group not a number") << "GET"_ba << u"/groups/abc"_s;
        QTest::newRow("members of unknown group") << "PUT"_ba << u"/groups/424242/members/2"_s;
        QTest::newRow("unknown user") << "GET"_ba << u"/users/424242"_s;
        QTest::newRow("shares of unknown group") << "GET"_ba << u"/groups/424242/shares"_s;
        QTest::newRow("no such route") << "GET"_ba << u"/projects"_s;
    }
    void unknownThingsAre404()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpResult result = api().send(method, path, "{}"_ba);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.object().value(u"error"_s).toString(), u"not_found"_s);
        QVERIFY(!result.errorDescription().isEmpty());
    }

    void wrongMethodIs405WithAllow()
    {
        const HttpResult result = api().send("POST", u"/groups/1"_s, "{}"_ba);
        QCOMPARE(result.status, 405);
        const QByteArray allow = result.header("Allow");
        for (const char *method : {"GET", "PATCH", "PUT", "DELETE"})
            QVERIFY2(allow.contains(method), allow.constData());
    }

    // What the official Python client does, request by request.

    void specIsServedForTheOfficialClient()
    {
        const HttpResult spec = asPythonClient("GET", u"/endpoints"_s);
        QCOMPARE(spec.status, 200);
        const QJsonObject document = spec.object();
        QCOMPARE(document.value(u"swagger"_s).toString(), u"2.0"_s);
        const QJsonObject paths = document.value(u"paths"_s).toObject();
        QVERIFY(paths.contains(u"/groups/"_s));
        QVERIFY(paths.contains(u"/groups/{id}/members/{user_id}"_s));
        // The client builds a method from every operation: each needs a summary and typed parameters.
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject operations = path.value().toObject();
            for (auto op = operations.begin(); op != operations.end(); ++op) {
                QCOMPARE(op.key(), op.key().toLower());
                const QJsonObject operation = op.value().toObject();
                QVERIFY2(operation.contains(u"summary"_s), qPrintable(path.key()));
                QVERIFY(operation.contains(u"responses"_s));
                for (const QJsonValue &p : operation.value(u"parameters"_s).toArray()) {
                    const QJsonObject parameter = p.toObject();
                    if (parameter.value(u"in"_s).toString() == "body"_L1)
                        continue;
                    for (const QString &key : {u"in"_s, u"name"_s, u"required"_s, u"type"_s})
                        QVERIFY2(parameter.contains(key), qPrintable(path.key() + u' ' + key));
                }
            }
        }
    }

    void pythonClientListWithBodyAndPythonBooleans()
    {
        const HttpResult page = asPythonClient("GET", u"/groups?include_members=True&limit=3"_s);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.array().size(), 3);
        int members = 0;
        for (const QJsonValue &g : page.array())
            members += g.toObject().value(u"members"_s).toArray().size();
        QVERIFY(members > 0);
        const HttpResult without = asPythonClient("GET", u"/groups?include_members=False&limit=3"_s);
        for (const QJsonValue &g : without.array())
            QCOMPARE(g.toObject().value(u"members"_s).toArray().size(), 0);
    }

    void pythonClientIteratorReadsUntilAnEmptyPage()
    {
        // iterator=True: page_num from 1 until a page comes back empty; no paging headers read.
        QList<qint64> seen;
        int page = 1;
        for (;; ++page) {
            const HttpResult result = api().send("GET", u"/groups?limit=10&page_num=%1"_s.arg(page), {}, Auth::Basic);
            QCOMPARE(result.status, 200);
            if (result.array().isEmpty())
                break;
            seen += result.ids();
            QVERIFY(page < 100);
        }
        QCOMPARE(seen.size(), api().get(u"/groups?limit=1"_s).header("X-Pagination-Total-Entries").toInt());
    }

    void pythonClientGroupLifecycle()
    {
        // client.groups.post(name=..., description=..., organization_id=...)
        HttpResult created = asPythonClient("POST", u"/groups"_s,
            R"({"name": "From Python", "description": "made by civis-python", "organization_id": 1})"_ba);
        QCOMPARE(created.status, 201);
        const qint64 id = created.object().value(u"id"_s).toInteger();
        const qint64 user
            = m_sandbox.column(u"SELECT id FROM users WHERE id > 1 AND active = 1 LIMIT 1"_s).value(0).toLongLong();
        const QString groupPath = u"/groups/%1"_s.arg(id);

        QCOMPARE(asPythonClient("GET", groupPath).status, 200);
        QCOMPARE(asPythonClient("PATCH", groupPath, R"({"default_time_zone": "America/New_York"})"_ba).status, 200);
        QCOMPARE(asPythonClient("PUT", groupPath, R"({"name": "From Python, replaced"})"_ba).status, 200);
        QCOMPARE(asPythonClient("PUT", u"%1/members/%2"_s.arg(groupPath).arg(user)).status, 200);
        QCOMPARE(asPythonClient("GET", u"/groups?user_ids%5B%5D=%1&limit=1000"_s.arg(user)).ids().contains(id), true);
        QCOMPARE(
            asPythonClient("PUT", u"%1/shares/users"_s.arg(groupPath),
                R"({"user_ids": [)" + QByteArray::number(user)
                    + R"(], "permission_level": "write", "share_email_body": "Welcome", "send_shared_email": false})")
                .status,
            200);
        const HttpResult shares = asPythonClient("GET", u"%1/shares"_s.arg(groupPath));
        QCOMPARE(shares.status, 200);
        QCOMPARE(shares.array().at(0).toObject().value(u"writers"_s).toObject().value(u"users"_s).toArray().size(), 1);
        QCOMPARE(asPythonClient("PUT", u"%1/shares/groups"_s.arg(groupPath),
                     R"({"group_ids": [1], "permission_level": "read"})"_ba)
                     .status,
            200);
        QCOMPARE(asPythonClient("GET", u"%1/child_groups"_s.arg(groupPath)).status, 200);
        QCOMPARE(asPythonClient("DELETE", u"%1/shares/groups/1"_s.arg(groupPath)).status, 204);
        QCOMPARE(asPythonClient("DELETE", u"%1/shares/users/%2"_s.arg(groupPath).arg(user)).status, 204);
        const HttpResult removed = asPythonClient("DELETE", u"%1/members/%2"_s.arg(groupPath).arg(user));
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        const HttpResult users = asPythonClient("GET", u"/users?limit=5&exclude_groups=True"_s);
        QCOMPARE(users.status, 200);
        QCOMPARE(users.array().size(), 5);
    }

    void trailingSlashesEitherWay_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("groups") << u"/groups"_s;
        QTest::newRow("groups/") << u"/groups/"_s;
        QTest::newRow("group") << u"/groups/1"_s;
        QTest::newRow("group/") << u"/groups/1/"_s;
        QTest::newRow("shares") << u"/groups/1/shares"_s;
        QTest::newRow("shares/") << u"/groups/1/shares/"_s;
        QTest::newRow("users") << u"/users"_s;
        QTest::newRow("users/") << u"/users/"_s;
        QTest::newRow("me") << u"/users/me"_s;
        QTest::newRow("me/") << u"/users/me/"_s;
    }
    void trailingSlashesEitherWay()
    {
        QFETCH(QString, path);
        QCOMPARE(api().get(path).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxErrors)
#include "tst_sandboxerrors.moc"
