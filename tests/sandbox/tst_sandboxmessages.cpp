// The sandbox's request readers and fault decisions, without a socket.

#include "sandbox/apimessages.h"
#include "sandbox/faultinjector.h"

#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

class TestSandboxMessages : public QObject
{
    Q_OBJECT

private slots:
    void snakeToCamel_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("snake") << u"organization_id"_s << u"organizationId"_s;
        QTest::newRow("long") << u"default_otp_required_for_login"_s << u"defaultOtpRequiredForLogin"_s;
        QTest::newRow("camel stays") << u"userIds"_s << u"userIds"_s;
        QTest::newRow("single") << u"name"_s << u"name"_s;
    }
    void snakeToCamel()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(::snakeToCamel(input), expected);
    }

    void queryBooleansInEverySpelling_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("expected");
        QTest::newRow("python True") << u"flag=True"_s << true;
        QTest::newRow("python False") << u"flag=False"_s << false;
        QTest::newRow("true") << u"flag=true"_s << true;
        QTest::newRow("0") << u"flag=0"_s << false;
        QTest::newRow("1") << u"flag=1"_s << true;
    }
    void queryBooleansInEverySpelling()
    {
        QFETCH(QString, raw);
        QFETCH(bool, expected);
        QueryParams params(raw);
        QCOMPARE(params.boolean(u"flag"_s), std::optional<bool>(expected));
        QVERIFY(params.ok());
    }

    void queryRejectsBadValuesNamingTheParameter()
    {
        QueryParams params(u"flag=maybe&limit=abc"_s);
        QVERIFY(!params.boolean(u"flag"_s));
        QVERIFY(!params.integer(u"limit"_s, 1, 1000));
        QVERIFY(!params.ok());
        QVERIFY2(params.error().contains(u"flag"_s), qPrintable(params.error()));
    }

    void queryIntegerBounds()
    {
        QueryParams params(u"limit=1001"_s);
        QVERIFY(!params.integer(u"limit"_s, 1, 1000));
        QVERIFY(params.error().contains(u"between 1 and 1000"_s));
    }

    void queryArraysInEveryForm()
    {
        QCOMPARE(QueryParams(u"user_ids%5B%5D=1&user_ids%5B%5D=2"_s).integers(u"user_ids"_s), (QList<qint64>{1, 2}));
        QCOMPARE(QueryParams(u"user_ids[]=3&user_ids[]=4"_s).integers(u"user_ids"_s), (QList<qint64>{3, 4}));
        QCOMPARE(QueryParams(u"user_ids=5,6"_s).integers(u"user_ids"_s), (QList<qint64>{5, 6}));
        QueryParams bad(u"user_ids[]=x"_s);
        QVERIFY(bad.integers(u"user_ids"_s).isEmpty());
        QVERIFY(!bad.ok());
    }

    void queryPlusIsASpace()
    {
        QCOMPARE(QueryParams(u"query=data+science"_s).text(u"query"_s), std::optional<QString>(u"data science"_s));
        QCOMPARE(QueryParams(u"query=a%2Bb"_s).text(u"query"_s), std::optional<QString>(u"a+b"_s));
    }

    void bodyAcceptsBothSpellings()
    {
        QString error;
        auto snake = JsonBody::parse(R"({"organization_id": 3, "role_ids": [1, 2]})"_ba, &error);
        QVERIFY(snake);
        QCOMPARE(snake->integer(u"organizationId"_s, false)->toInteger(), 3);
        QCOMPARE(*snake->integerArray(u"roleIds"_s, false), (QList<qint64>{1, 2}));
        QCOMPARE(snake->spelling(u"organizationId"_s), u"organization_id"_s);

        auto both = JsonBody::parse(R"({"organizationId": 4, "organization_id": 5})"_ba, &error);
        QCOMPARE(both->integer(u"organizationId"_s, false)->toInteger(), 4);
        auto bothReversed = JsonBody::parse(R"({"organization_id": 5, "organizationId": 4})"_ba, &error);
        QCOMPARE(bothReversed->integer(u"organizationId"_s, false)->toInteger(), 4);
    }

    void missingFieldsAreNamedInTheClientsStyle()
    {
        QString error;
        auto snake = JsonBody::parse(R"({"user_ids": [1]})"_ba, &error);
        snake->requireField(u"permissionLevel"_s);
        QCOMPARE(snake->error(), u"permission_level is required."_s);
        auto camel = JsonBody::parse(R"({"userIds": [1]})"_ba, &error);
        camel->requireField(u"permissionLevel"_s);
        QCOMPARE(camel->error(), u"permissionLevel is required."_s);
    }

    void bodyTypeErrorsNameTheFieldAsSent()
    {
        QString error;
        auto body = JsonBody::parse(R"({"organization_id": "three"})"_ba, &error);
        QVERIFY(body);
        QVERIFY(!body->integer(u"organizationId"_s, false));
        QVERIFY2(body->error().startsWith(u"organization_id "_s), qPrintable(body->error()));
    }

    void bodyIntegersMustBeWhole()
    {
        QString error;
        auto body = JsonBody::parse(R"({"ids": [1, 2.5]})"_ba, &error);
        QVERIFY(!body->integerArray(u"ids"_s, false));
        QVERIFY(!body->ok());
    }

    void bodyRejectsNonObjects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("array") << "[1,2]"_ba;
        QTest::newRow("truncated") << QByteArray("{\"name\": \"x"); // cut off mid-string
        QTest::newRow("html") << "<html>oops</html>"_ba;
        QTest::newRow("string") << R"("name")"_ba;
    }
    void bodyRejectsNonObjects()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!JsonBody::parse(bytes, &error));
        QVERIFY(!error.isEmpty());
    }

    void emptyBodyReadsAsEmptyObject()
    {
        QString error;
        auto body = JsonBody::parse(QByteArray(), &error);
        QVERIFY(body);
        QVERIFY(!body->has(u"name"_s));
    }

    void errorBodyHasTheApiShape()
    {
        const ApiResponse response = ApiResponse::error(404, u"gone"_s);
        QCOMPARE(response.status, 404);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(u"error"_s).toString(), u"not_found"_s);
        QCOMPARE(body.value(u"errorDescription"_s).toString(), u"gone"_s);
        QCOMPARE(body.value(u"code"_s).toInt(), 404);
        QCOMPARE(response.header("content-type"_ba), "application/json; charset=utf-8"_ba);
    }

    void faultOptionsParse()
    {
        FaultSettings settings;
        QString error;
        QVERIFY(settings.parseLatency(u"100-400"_s, &error));
        QCOMPARE(settings.latencyMinMs, 100);
        QCOMPARE(settings.latencyMaxMs, 400);
        QVERIFY(!settings.parseLatency(u"400-100"_s, &error));
        QVERIFY(settings.parseRateLimit(u"10/60"_s, &error));
        QCOMPARE(settings.rateLimitRequests, 10);
        QCOMPARE(settings.rateLimitWindowSeconds, 60);
        QVERIFY(!settings.parseRateLimit(u"ten"_s, &error));
        double rate = 0;
        QVERIFY(FaultSettings::parseRate(u"0.25"_s, &rate, u"--fail-rate"_s, &error));
        QCOMPARE(rate, 0.25);
        QVERIFY(!FaultSettings::parseRate(u"1.5"_s, &rate, u"--fail-rate"_s, &error));
        QVERIFY(error.contains(u"--fail-rate"_s));
    }

    void faultsRepeatForTheSameSeed()
    {
        FaultSettings settings;
        settings.failureRate = 0.5;
        settings.latencyMinMs = 0;
        settings.latencyMaxMs = 100;
        settings.seed = 42;
        FaultInjector a;
        FaultInjector b;
        a.configure(settings);
        b.configure(settings);
        int failures = 0;
        for (int i = 0; i < 200; ++i) {
            const bool fail = a.shouldFail();
            QCOMPARE(fail, b.shouldFail());
            QCOMPARE(a.latencyMs(), b.latencyMs());
            failures += fail;
        }
        // Half of 200, give or take what a fair coin does.
        QVERIFY2(failures > 60 && failures < 140, qPrintable(QString::number(failures)));
    }

    void rateLimitWindow()
    {
        FaultSettings settings;
        settings.rateLimitRequests = 2;
        settings.rateLimitWindowSeconds = 10;
        FaultInjector injector;
        injector.configure(settings);
        QVERIFY(!injector.rateLimited(u"k"_s, 0));
        QVERIFY(!injector.rateLimited(u"k"_s, 100));
        QCOMPARE(injector.remainingRequests(u"k"_s), 0);
        QCOMPARE(injector.rateLimited(u"k"_s, 1000), std::optional<int>(9));
        QVERIFY(!injector.rateLimited(u"other"_s, 1000)); // per key
        QVERIFY(!injector.rateLimited(u"k"_s, 10000)); // a new window
    }

    void garbleBreaksTheBody()
    {
        FaultSettings settings;
        settings.garbleRate = 1.0;
        FaultInjector injector;
        injector.configure(settings);
        for (int i = 0; i < 2; ++i) {
            ApiResponse response = ApiResponse::json(QJsonObject{{u"name"_s, u"a fairly long group name"_s}});
            const QByteArray original = response.body;
            injector.maybeGarble(response);
            QVERIFY(response.body != original);
            QJsonParseError parseError;
            QJsonDocument::fromJson(response.body, &parseError);
            QVERIFY(parseError.error != QJsonParseError::NoError);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxMessages)
#include "tst_sandboxmessages.moc"
