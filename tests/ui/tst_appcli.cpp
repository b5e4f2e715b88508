// civis-groups as a person starts it from a terminal: --help and --version answer without a
// display, a bad option says why and exits 2, and with no display at all it says so plainly and
// how to go on, instead of a bare Qt platform error.

#include <QtCore/QProcess>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

class TestAppCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersionNeedNoDisplay();
    void badOptionsSayWhy_data();
    void badOptionsSayWhy();
    void noDisplaySaysHowToGoOn();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// Runs the app with \a arguments and no display of any kind.
    static Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(APP_EXECUTABLE), arguments);
        Run result;
        if (!process.waitForFinished(30'000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }
};

void TestAppCli::helpAndVersionNeedNoDisplay()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: civis-groups [options]"_s), qPrintable(help.out));
    for (const QString &option : {u"--sandbox"_s, u"--sandbox-seed"_s, u"--sandbox-database"_s, u"--sandbox-latency"_s,
             u"--sandbox-failure-rate"_s, u"--sandbox-rate-limit"_s, u"--endpoint"_s, u"--profile"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(u"civis-groups %1"_s.arg(QStringLiteral(CIVIS_GROUPS_VERSION))), qPrintable(version.out));
}

void TestAppCli::badOptionsSayWhy_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << QStringList{u"--bogus"_s} << u"Unknown option 'bogus'"_s;
    QTest::newRow("seed") << QStringList{u"--sandbox-seed"_s, u"huge"_s} << u"--sandbox-seed takes one of: none, demo, large"_s;
    QTest::newRow("sandbox and endpoint") << QStringList{u"--sandbox"_s, u"--endpoint"_s, u"https://x.example/"_s}
                                          << u"--sandbox cannot be combined"_s;
    QTest::newRow("endpoint") << QStringList{u"--endpoint"_s, u"http://"_s} << u"--endpoint takes a URL"_s;
    QTest::newRow("argument") << QStringList{u"groups"_s} << u"unexpected argument 'groups'"_s;
    // The sandbox's faults, read by the sandbox's own parsers, in words that name the app's options.
    QTest::newRow("latency") << QStringList{u"--sandbox-latency"_s, u"400-100"_s}
                             << u"--sandbox-latency takes milliseconds, as 250 or as a range 100-400; got \"400-100\"."_s;
    QTest::newRow("failure rate") << QStringList{u"--sandbox-failure-rate"_s, u"1.5"_s}
                                  << u"--sandbox-failure-rate takes a share between 0 and 1"_s;
    QTest::newRow("rate limit") << QStringList{u"--sandbox-rate-limit"_s, u"100/0"_s}
                                << u"--sandbox-rate-limit takes requests per second"_s;
    QTest::newRow("latency and endpoint") << QStringList{u"--sandbox-latency"_s, u"200"_s, u"--endpoint"_s, u"https://x.example/"_s}
                                          << u"--sandbox cannot be combined"_s;
}

void TestAppCli::badOptionsSayWhy()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"civis-groups --help"_s), qPrintable(result.err));
}

void TestAppCli::noDisplaySaysHowToGoOn()
{
    const Run result = run({u"--sandbox"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"no display"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"xvfb-run"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"civis-groups-sandbox"_s), qPrintable(result.err));
    QVERIFY2(!result.err.contains(u"qt.qpa"_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_appcli.moc"
