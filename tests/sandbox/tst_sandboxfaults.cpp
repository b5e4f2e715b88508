// The faults the sandbox injects for client tests: latency, 503s, rate limits with Retry-After,
// and garbled bodies; and that none of them breaks the server itself.

#include "sandboxtestclient.h"

using namespace Qt::StringLiterals;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    SandboxTestClient &api() { return m_sandbox.admin; }
    qint64 groupCount() { return m_sandbox.column(u"SELECT COUNT(*) FROM groups"_s).value(0).toLongLong(); }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start()); }
    void cleanup() { m_sandbox.setFaults({}); }

    void latencyDelaysEveryAnswer()
    {
        FaultSettings faults;
        faults.latencyMinMs = faults.latencyMaxMs = 300;
        m_sandbox.setFaults(faults);
        const HttpResult slow = api().get(u"/groups/1"_s);
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 290, qPrintable(QString::number(slow.elapsedMs)));
        const HttpResult refused = api().send("GET", u"/groups/1"_s, {}, Auth::None);
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.elapsedMs >= 290);
    }

    void latencyDoesNotSerializeConnections()
    {
        FaultSettings faults;
        faults.latencyMinMs = faults.latencyMaxMs = 1000;
        m_sandbox.setFaults(faults);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest request(api().base.resolved(QUrl(u"groups/%1"_s.arg(i + 1))));
            request.setRawHeader("Authorization", "Bearer " + QByteArray(SandboxFixture::kAdminKey));
            replies.append(nam.get(request));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 10000);
        const qint64 elapsed = timer.elapsed();
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        // Four one-second answers in parallel take about one second, not four: printed, not asserted
        // (a wall-clock time fails on a loaded machine).
        qInfo("four answers delayed 1 s each took %lld ms together", elapsed);
    }

    void clientHangingUpDuringLatencyIsHarmless()
    {
        FaultSettings faults;
        faults.latencyMinMs = faults.latencyMaxMs = 400;
        m_sandbox.setFaults(faults);
        const HttpResult abandoned = api().send("GET", u"/groups"_s, {}, Auth::Bearer, {}, 100);
        QCOMPARE(abandoned.networkError, QNetworkReply::TimeoutError);
        QTest::qWait(600); // the server's timer fires for a socket that is gone
        m_sandbox.setFaults({});
        QCOMPARE(api().get(u"/groups/1"_s).status, 200);
    }

    void failuresAre503AndActOnNothing()
    {
        FaultSettings faults;
        faults.failureRate = 1.0;
        m_sandbox.setFaults(faults);
        const qint64 before = groupCount();
        const HttpResult post = api().post(u"/groups"_s, {{u"name"_s, u"Never Made"_s}});
        QCOMPARE(post.status, 503);
        QCOMPARE(post.object().value(u"error"_s).toString(), u"service_unavailable"_s);
        QVERIFY(!post.errorDescription().isEmpty());
        QCOMPARE(groupCount(), before);
        QCOMPARE(api().get(u"/groups"_s).status, 503);
    }

    void failureRateIsAShare()
    {
        FaultSettings faults;
        faults.failureRate = 0.3;
        faults.seed = 7;
        m_sandbox.setFaults(faults);
        int failed = 0;
        for (int i = 0; i < 100; ++i) {
            const int status = api().get(u"/groups/1"_s).status;
            QVERIFY(status == 200 || status == 503);
            failed += status == 503;
        }
        QVERIFY2(failed > 10 && failed < 60, qPrintable(QString::number(failed)));
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        FaultSettings faults;
        faults.rateLimitRequests = 3;
        faults.rateLimitWindowSeconds = 2;
        m_sandbox.setFaults(faults);
        for (int i = 0; i < 3; ++i) {
            const HttpResult ok = api().get(u"/users/me"_s);
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.header("X-RateLimit-Limit"), "3"_ba);
            QCOMPARE(ok.header("X-RateLimit-Remaining").toInt(), 2 - i);
        }
        const HttpResult limited = api().get(u"/users/me"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.object().value(u"error"_s).toString(), u"too_many_requests"_s);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 2, limited.header("Retry-After").constData());

        // The limit is per key: someone else is not held up.
        const QString other
            = m_sandbox.column(u"SELECT username FROM users WHERE active = 1 AND id > 1 LIMIT 1"_s).value(0).toString();
        QCOMPARE(m_sandbox.clientFor(other)->get(u"/users/me"_s).status, 200);

        QTest::qWait(retryAfter * 1000 + 50);
        QCOMPARE(api().get(u"/users/me"_s).status, 200);
    }

    void garbledBodiesAreNotJsonButTheChangeHappened()
    {
        FaultSettings faults;
        faults.garbleRate = 1.0;
        m_sandbox.setFaults(faults);
        const qint64 before = groupCount();
        bool sawHtml = false;
        bool sawTruncated = false;
        for (int i = 0; i < 4; ++i) {
            const HttpResult result = api().post(u"/groups"_s, {{u"name"_s, u"Garbled %1"_s.arg(i)}});
            QCOMPARE(result.status, 201);
            QJsonParseError error;
            QJsonDocument::fromJson(result.body, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
            sawHtml |= result.header("Content-Type") == "text/html";
            sawTruncated |= result.body.startsWith('{');
        }
        QVERIFY(sawHtml && sawTruncated);
        // The server acted; only the answer was lost on the way.
        QCOMPARE(groupCount(), before + 4);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
