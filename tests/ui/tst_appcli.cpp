// civis-groups as a person starts it from a terminal: --help and --version answer without a
// display, a bad option says why and exits 2, and with no display at all it says so plainly and
// how to go on, instead of a bare Qt platform error.

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

class TestAppCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersionNeedNoDisplay();
    void badOptionsSayWhy_data();
    void badOptionsSayWhy();
    void qtsOwnOptionsAreTaken();
    void settingsOfAnEarlierVersionMove();
    void noDisplaySaysHowToGoOn();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// Runs the app with \a arguments and no display of any kind (and \a home for HOME, if given).
    static Run run(const QStringList &arguments, const QString &home = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        if (!home.isEmpty()) {
            environment.insert(u"HOME"_s, home);
            environment.remove(u"XDG_CONFIG_HOME"_s);
        }
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

void TestAppCli::qtsOwnOptionsAreTaken()
{
    // -style, -reverse: Qt's options, taken by the application object, not refused as unknown
    // ("Unknown options: s, t, y, l, e"); the start goes on to say there is no display.
    const Run result = run({u"-style"_s, u"fusion"_s, u"-reverse"_s, u"--sandbox"_s});
    QVERIFY2(!result.err.contains(u"Unknown option"_s), qPrintable(result.err));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"no display"_s), qPrintable(result.err));
    // --help-all lists Qt's options too.
    const Run helpAll = run({u"--help-all"_s});
    QCOMPARE(helpAll.exitCode, 0);
    QVERIFY2(helpAll.out.contains(u"--platform <platformName"_s) && helpAll.out.contains(u"--reverse"_s),
        qPrintable(helpAll.out));
}

void TestAppCli::settingsOfAnEarlierVersionMove()
{
    // Earlier versions named no organization: their settings sat under "Unknown Organization".
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString before = home.filePath(u".config/Unknown Organization/civis-groups-admin.conf"_s);
    const QString now = home.filePath(u".config/civis-groups-admin/civis-groups-admin.conf"_s);
    QVERIFY(QDir().mkpath(QFileInfo(before).absolutePath()));
    QFile file(before);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[connection]\nlast=sandbox\n");
    file.close();
    const Run result = run({u"--sandbox"_s}, home.path());
    QCOMPARE(result.exitCode, 1); // no display; the settings moved all the same
    QVERIFY(!QFileInfo::exists(before));
    QVERIFY(QFileInfo::exists(now));
    QCOMPARE(QSettings(now, QSettings::IniFormat).value(u"connection/last"_s).toString(), u"sandbox"_s);
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
