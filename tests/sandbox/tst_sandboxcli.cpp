// civis-groups-sandbox as a person runs it: the banner, the keys it prints, and clear refusals
// of bad options.

#include "sandboxtestclient.h"

#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the sandbox with \a arguments to completion (for options it refuses).
Run runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void badOptionsAreRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("seed") << QStringList{u"--seed"_s, u"huge"_s} << u"--seed"_s;
        QTest::newRow("port") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
        QTest::newRow("bind") << QStringList{u"--bind"_s, u"localhost-ish"_s} << u"--bind"_s;
        QTest::newRow("latency") << QStringList{u"--latency"_s, u"slow"_s} << u"--latency"_s;
        QTest::newRow("fail rate") << QStringList{u"--fail-rate"_s, u"2"_s} << u"--fail-rate"_s;
        QTest::newRow("garble rate") << QStringList{u"--garble-rate"_s, u"-1"_s} << u"--garble-rate"_s;
        QTest::newRow("rate limit") << QStringList{u"--rate-limit"_s, u"5/0"_s} << u"--rate-limit"_s;
        QTest::newRow("user key shape") << QStringList{u"--user-key"_s, u"nobody"_s} << u"USERNAME=KEY"_s;
        QTest::newRow("user key user") << QStringList{u"--user-key"_s, u"nobody.at.all=k"_s} << u"nobody.at.all"_s;
        QTest::newRow("key file missing") << QStringList{u"--api-key-file"_s, u"/nonexistent/key"_s}
                                          << u"--api-key-file"_s;
        QTest::newRow("max body") << QStringList{u"--max-body"_s, u"0"_s} << u"--max-body"_s;
        QTest::newRow("max connections") << QStringList{u"--max-connections"_s, u"lots"_s} << u"--max-connections"_s;
        QTest::newRow("idle timeout") << QStringList{u"--idle-timeout"_s, u"-5"_s} << u"--idle-timeout"_s;
    }
    void badOptionsAreRefusedClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = runToEnd(arguments + QStringList{u"--database"_s, u":memory:"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"listening"_s), qPrintable(run.out));
    }

    void aTakenPortIsSaidSo()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const Run run = runToEnd({u"--database"_s, u":memory:"_s, u"--port"_s, QString::number(taken.serverPort())});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QString::number(taken.serverPort())), qPrintable(run.err));
    }

    void helpNamesEveryOption()
    {
        const Run run = runToEnd({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &option :
            {u"--port"_s, u"--bind"_s, u"--database"_s, u"--seed"_s, u"--api-key"_s, u"--user-key"_s, u"--latency"_s,
                u"--fail-rate"_s, u"--rate-limit"_s, u"--garble-rate"_s, u"--fault-seed"_s, u"--api-key-file"_s,
                u"CIVIS_SANDBOX_API_KEY"_s, u"--max-body"_s, u"--max-connections"_s, u"--idle-timeout"_s})
            QVERIFY2(run.out.contains(option), qPrintable(option));
    }

    void aSeedGoesOnlyIntoAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"seeded.sqlite"_s);
        static const QRegularExpression seedLine(u"\\(seed: (\\w+)\\)"_s);
        for (const QString &seed : {u"none"_s, u"demo"_s}) {
            QProcess process;
            process.start(QStringLiteral(SANDBOX_EXECUTABLE), {u"--database"_s, path, u"--seed"_s, seed, u"--quiet"_s});
            QString banner;
            QTRY_VERIFY_WITH_TIMEOUT(
                (banner += QString::fromUtf8(process.readAllStandardOutput()), banner.contains(u"CIVIS_API_KEY"_s)),
                20000);
            QCOMPARE(seedLine.match(banner).captured(1), u"none"_s);
            process.kill();
            process.waitForFinished();
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QCOMPARE(err.contains(u"--seed demo was not applied"_s), seed == "demo"_L1);
        }
    }

    void bannerGivesWhatAClientNeeds()
    {
        QProcess process;
        process.start(QStringLiteral(SANDBOX_EXECUTABLE),
            {u"--database"_s, u":memory:"_s, u"--user-key"_s, u"admin=second-key"_s});
        QVERIFY(process.waitForStarted());
        QString banner;
        static const QRegularExpression keyLine(u"export CIVIS_API_KEY=(\\S+)"_s);
        static const QRegularExpression urlLine(u"export CIVIS_API_ENDPOINT=(\\S+)"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner += QString::fromUtf8(process.readAllStandardOutput()), keyLine.match(banner).hasMatch()), 20000);
        const QString key = keyLine.match(banner).captured(1);
        const QUrl url(urlLine.match(banner).captured(1));
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
        QCOMPARE(key.size(), 40); // generated: 160 random bits in hex

        SandboxTestClient client(url, key);
        QCOMPARE(client.get(u"/users/me"_s).object().value(u"username"_s).toString(), u"admin"_s);
        SandboxTestClient second(url, u"second-key"_s);
        QCOMPARE(second.get(u"/users/me"_s).status, 200);
        QCOMPARE(second.send("GET", u"/users/me"_s, {}, Auth::Bearer, u"some-other-key"_s).status, 401);
        process.kill();
        process.waitForFinished();
        QVERIFY2(!QString::fromUtf8(process.readAllStandardError()).contains(key), "the key must not reach the log");
    }

    // A key given on the command line shows in the process list; a file or the environment does not.
    void keyFromAFileOrTheEnvironment_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("--api-key-file") << true;
        QTest::newRow("CIVIS_SANDBOX_API_KEY") << false;
    }
    void keyFromAFileOrTheEnvironment()
    {
        QFETCH(bool, fromFile);
        const QString key = u"kept-out-of-ps-0123456789"_s;
        QTemporaryDir dir;
        QStringList arguments{u"--database"_s, u":memory:"_s, u"--quiet"_s};
        QProcess process;
        if (fromFile) {
            QFile file(dir.filePath(u"key"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(key.toUtf8() + "\n");
            file.close();
            arguments << u"--api-key-file"_s << file.fileName();
        } else {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"CIVIS_SANDBOX_API_KEY"_s, key);
            process.setProcessEnvironment(environment);
        }
        process.start(QStringLiteral(SANDBOX_EXECUTABLE), arguments);
        QVERIFY(process.waitForStarted());
        QString banner;
        static const QRegularExpression urlLine(u"export CIVIS_API_ENDPOINT=(\\S+)"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner += QString::fromUtf8(process.readAllStandardOutput()), banner.contains(u"CIVIS_API_KEY"_s)), 20000);
        // Nor is it printed back: the banner says where it came from.
        QVERIFY2(!banner.contains(key), qPrintable(banner));
        QVERIFY2(banner.contains(fromFile ? u"the file"_s : u"CIVIS_SANDBOX_API_KEY"_s),
            qPrintable(banner));
        QFile commandLine(u"/proc/%1/cmdline"_s.arg(process.processId()));
        QVERIFY(commandLine.open(QIODevice::ReadOnly));
        QVERIFY(!commandLine.readAll().contains(key.toUtf8()));

        const QUrl url(urlLine.match(banner).captured(1));
        SandboxTestClient client(url, key);
        QCOMPARE(client.get(u"/users/me"_s).object().value(u"username"_s).toString(), u"admin"_s);
        process.kill();
        process.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
