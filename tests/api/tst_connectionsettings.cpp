// Connection settings (app/api/connectionsettings.h) and saved profiles (connectionprofiles.h).
//
// The profiles are checked against a real Secret Service: ctest runs this under
// with-private-keychain.sh (see connection.cmake), which sets CIVIS_TEST_KEYCHAIN=private; the keychain
// tests then must reach that keychain or fail. With CIVIS_TEST_KEYCHAIN=unavailable (the session bus
// pointing nowhere) only TestWithoutKeychain runs. Run by hand without either, the keychain tests
// skip, so a person's own keyring is never written to.
//
// The settings are always a QSettings INI file in a QTemporaryDir, read back as raw bytes to check
// that no key ever reaches it; the keychain is read directly with QtKeychain, not through the class
// under test.

#include "api/connectionprofiles.h"
#include "api/connectionsettings.h"
#include "settingsfile.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Api;

namespace {

constexpr int kWaitMs = 20'000;

/// "private" under with-private-keychain.sh, "unavailable" with no session bus, else empty.
QString keychainMode()
{
    return qEnvironmentVariable("CIVIS_TEST_KEYCHAIN");
}

#define REQUIRE_PRIVATE_KEYCHAIN()                                                                                     \
    do {                                                                                                               \
        if (keychainMode() != u"private"_s)                                                                            \
            QSKIP("Needs the private keychain that ctest starts (CIVIS_TEST_KEYCHAIN=private); run via ctest.");       \
    } while (false)

/// A name no earlier run can have left behind in a keychain.
QString uniqueName(const QString &base)
{
    return base + u" "_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QString uniqueKey()
{
    return u"test-api-key-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

ConnectionSettings connection(const QString &url, const QString &key)
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(url);
    settings.apiKey = key;
    return settings;
}

// --- The keychain, read and written directly ------------------------------------------------------

struct KeychainAnswer
{
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
};

/// Runs \a job (a QtKeychain job for the app's service) and waits for it.
KeychainAnswer run(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    auto answer = std::make_shared<KeychainAnswer>();
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [answer, &loop](QKeychain::Job *done) {
        answer->finished = true;
        answer->error = done->error();
        answer->errorString = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            answer->text = read->textData();
        loop.quit();
    });
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return *answer;
}

KeychainAnswer readKeychain(const QString &key)
{
    return run(new QKeychain::ReadPasswordJob(ConnectionProfiles::keychainService()), key);
}

KeychainAnswer writeKeychain(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(ConnectionProfiles::keychainService());
    job->setTextData(secret);
    return run(job, key);
}

KeychainAnswer deleteKeychain(const QString &key)
{
    return run(new QKeychain::DeletePasswordJob(ConnectionProfiles::keychainService()), key);
}

// --- Waiting for the profiles' answers ------------------------------------------------------------

struct Answer
{
    bool arrived = false; ///< exactly one signal, for the right name, and not from within the call
    QString error;
    ConnectionSettings settings;
    ConnectionProfiles::KeychainStatus keychain = ConnectionProfiles::KeychainStatus::Ok;
};

/// The one answer \a spy got for \a name, after the call that started it had returned; nothing
/// when none came in time, it came from within the call, more than one came, or for another name.
std::optional<QVariantList> onlyAnswer(QSignalSpy &spy, const QString &name)
{
    if (spy.count() != 0 || !spy.wait(kWaitMs) || spy.count() != 1 || spy.at(0).at(0).toString() != name)
        return std::nullopt;
    return spy.at(0);
}

Answer save(ConnectionProfiles &profiles, const QString &name, const ConnectionSettings &settings)
{
    QSignalSpy spy(&profiles, &ConnectionProfiles::saved);
    profiles.save(name, settings);
    Answer answer;
    if (const auto arguments = onlyAnswer(spy, name)) {
        answer.arrived = true;
        answer.error = arguments->at(1).toString();
        answer.keychain = arguments->at(2).value<ConnectionProfiles::KeychainStatus>();
    }
    return answer;
}

Answer load(ConnectionProfiles &profiles, const QString &name)
{
    QSignalSpy spy(&profiles, &ConnectionProfiles::loaded);
    profiles.load(name);
    Answer answer;
    if (const auto arguments = onlyAnswer(spy, name)) {
        answer.arrived = true;
        answer.settings = arguments->at(1).value<ConnectionSettings>();
        answer.error = arguments->at(2).toString();
        answer.keychain = arguments->at(3).value<ConnectionProfiles::KeychainStatus>();
    }
    return answer;
}

Answer remove(ConnectionProfiles &profiles, const QString &name)
{
    QSignalSpy spy(&profiles, &ConnectionProfiles::removed);
    profiles.remove(name);
    Answer answer;
    if (const auto arguments = onlyAnswer(spy, name)) {
        answer.arrived = true;
        answer.error = arguments->at(1).toString();
        answer.keychain = arguments->at(2).value<ConnectionProfiles::KeychainStatus>();
    }
    return answer;
}

// --- Capturing the log ----------------------------------------------------------------------------

QStringList &capturedMessages()
{
    static QStringList messages;
    return messages;
}

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedMessages().append(QString::fromUtf8(context.category ? context.category : "") + u": "_s + message);
}

/// While alive: every civis.* category on, and every message kept instead of printed.
class LogCapture
{
public:
    LogCapture()
    {
        capturedMessages().clear();
        QLoggingCategory::setFilterRules(u"civis.*=true"_s);
        m_previous = qInstallMessageHandler(captureMessage);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const { return capturedMessages().join(u'\n'); }

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace

// ==================================================================================================

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // ConnectionSettings
    void fromEnvironment_data();
    void fromEnvironment();
    void normalizedBaseUrl_data();
    void normalizedBaseUrl();
    void endpoint_data();
    void endpoint();
    void problem_data();
    void problem();

    // ConnectionProfiles: what needs no keychain
    void profilesReadFromSettings();
    void defaultProfile();
    void refusedSaveStoresNothing_data();
    void refusedSaveStoresNothing();
    void loadUnknownProfile_data();
    void loadUnknownProfile();

    // ConnectionProfiles against the private keychain
    void saveLoadRemove_data();
    void saveLoadRemove();
    void saveAgainReplacesKeyAndUrl();
    void aFirstSaveIntoANewFolderSaysNoFailure();
    void loadWithoutKeyInKeychain();
    void removeUnknownProfileClearsLeftoverKey();
    void removingDefaultProfileClearsTheChoice();
    void logNeverShowsKey();

private:
    /// Remembers \a name, so cleanup() deletes its key whatever happened.
    QString track(const QString &name)
    {
        m_keychainNames.append(name);
        return name;
    }

    std::unique_ptr<SettingsFile> m_file;
    QStringList m_keychainNames;
    QByteArray m_savedEndpoint, m_savedKey;
};

void TestConnectionSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (keychainMode() == u"private"_s)
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "CIVIS_TEST_KEYCHAIN=private but there is no session bus: run through with-private-keychain.sh");
    else
        qInfo("CIVIS_TEST_KEYCHAIN is not \"private\": the keychain tests skip. ctest runs them.");
    m_savedEndpoint = qgetenv("CIVIS_API_ENDPOINT");
    m_savedKey = qgetenv("CIVIS_API_KEY");
}

void TestConnectionSettings::init()
{
    m_file = std::make_unique<SettingsFile>();
    QVERIFY(m_file->isValid());
}

void TestConnectionSettings::cleanup()
{
    // Only ever in the private keychain: run by hand, a person's own "Civis Groups Admin" keys stay.
    if (keychainMode() != u"private"_s)
        m_keychainNames.clear();
    for (const QString &name : std::as_const(m_keychainNames)) {
        const KeychainAnswer answer = deleteKeychain(name);
        if (answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound)
            qWarning("Could not delete the test key \"%s\": %s", qPrintable(name), qPrintable(answer.errorString));
    }
    m_keychainNames.clear();
    m_file.reset();
    qputenv("CIVIS_API_ENDPOINT", m_savedEndpoint);
    qputenv("CIVIS_API_KEY", m_savedKey);
    if (m_savedEndpoint.isNull())
        qunsetenv("CIVIS_API_ENDPOINT");
    if (m_savedKey.isNull())
        qunsetenv("CIVIS_API_KEY");
}

// --- ConnectionSettings ---------------------------------------------------------------------------

void TestConnectionSettings::fromEnvironment_data()
{
    QTest::addColumn<QByteArray>("endpoint"); // null: unset
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QUrl>("expectedUrl");
    QTest::addColumn<QString>("expectedKey");

    const QUrl production(u"https://api.civisanalytics.com/"_s);
    QTest::newRow("nothing set") << QByteArray() << QByteArray() << production << QString();
    QTest::newRow("only the key") << QByteArray() << QByteArray("abc123") << production << u"abc123"_s;
    QTest::newRow("empty endpoint means default") << QByteArray("") << QByteArray("k") << production << u"k"_s;
    QTest::newRow("blank endpoint means default") << QByteArray("   ") << QByteArray("k") << production << u"k"_s;
    QTest::newRow("endpoint without slash") << QByteArray("https://civis.example.com") << QByteArray("k")
                                            << QUrl(u"https://civis.example.com/"_s) << u"k"_s;
    QTest::newRow("endpoint with a path") << QByteArray("https://civis.example.com/api") << QByteArray("k")
                                          << QUrl(u"https://civis.example.com/api/"_s) << u"k"_s;
    QTest::newRow("endpoint with slash kept")
        << QByteArray("http://127.0.0.1:8080/v1/") << QByteArray("k") << QUrl(u"http://127.0.0.1:8080/v1/"_s) << u"k"_s;
    QTest::newRow("whitespace trimmed") << QByteArray("  https://h.example.com/x \n") << QByteArray("  key \t\n")
                                        << QUrl(u"https://h.example.com/x/"_s) << u"key"_s;
}

void TestConnectionSettings::fromEnvironment()
{
    QFETCH(QByteArray, endpoint);
    QFETCH(QByteArray, key);
    QFETCH(QUrl, expectedUrl);
    QFETCH(QString, expectedKey);

    if (endpoint.isNull())
        qunsetenv("CIVIS_API_ENDPOINT");
    else
        qputenv("CIVIS_API_ENDPOINT", endpoint);
    if (key.isNull())
        qunsetenv("CIVIS_API_KEY");
    else
        qputenv("CIVIS_API_KEY", key);

    const ConnectionSettings settings = ConnectionSettings::fromEnvironment();
    QCOMPARE(settings.baseUrl, expectedUrl);
    QCOMPARE(settings.apiKey, expectedKey);
    QVERIFY(settings.profileName.isEmpty());
    QCOMPARE(settings.isUsable(), !expectedKey.isEmpty());
}

void TestConnectionSettings::normalizedBaseUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("host only") << QUrl(u"https://h.example.com"_s) << QUrl(u"https://h.example.com/"_s);
    QTest::newRow("root") << QUrl(u"https://h.example.com/"_s) << QUrl(u"https://h.example.com/"_s);
    QTest::newRow("path") << QUrl(u"https://h.example.com/api"_s) << QUrl(u"https://h.example.com/api/"_s);
    QTest::newRow("path with slash") << QUrl(u"https://h.example.com/api/"_s) << QUrl(u"https://h.example.com/api/"_s);
    QTest::newRow("port") << QUrl(u"http://localhost:4000"_s) << QUrl(u"http://localhost:4000/"_s);
    QTest::newRow("deep path") << QUrl(u"https://h.example.com/a/b"_s) << QUrl(u"https://h.example.com/a/b/"_s);
}

void TestConnectionSettings::normalizedBaseUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QUrl, expected);
    QCOMPARE(ConnectionSettings::normalizedBaseUrl(url), expected);
    QCOMPARE(ConnectionSettings::normalizedBaseUrl(expected), expected); // idempotent
}

void TestConnectionSettings::endpoint_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("root") << QUrl(u"https://api.civisanalytics.com/"_s) << u"groups"_s
                          << QUrl(u"https://api.civisanalytics.com/groups"_s);
    QTest::newRow("nested") << QUrl(u"https://api.civisanalytics.com/"_s) << u"groups/12/members/3"_s
                            << QUrl(u"https://api.civisanalytics.com/groups/12/members/3"_s);
    QTest::newRow("base with a path") << QUrl(u"https://host.example.com/api/"_s) << u"groups/12"_s
                                      << QUrl(u"https://host.example.com/api/groups/12"_s);
    QTest::newRow("base with a path, no slash")
        << QUrl(u"https://host.example.com/api"_s) << u"users/me"_s << QUrl(u"https://host.example.com/api/users/me"_s);
    QTest::newRow("base without a slash")
        << QUrl(u"http://127.0.0.1:8080"_s) << u"groups"_s << QUrl(u"http://127.0.0.1:8080/groups"_s);
    QTest::newRow("empty path") << QUrl(u"https://host.example.com/api"_s) << QString()
                                << QUrl(u"https://host.example.com/api/"_s);
}

void TestConnectionSettings::endpoint()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, path);
    QFETCH(QUrl, expected);
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    QCOMPARE(settings.endpoint(path), expected);
}

void TestConnectionSettings::problem_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("problemSays"); // empty: no problem

    const QString key = u"k3y"_s;
    const QStringList ok;
    QTest::newRow("https") << QUrl(u"https://api.civisanalytics.com/"_s) << key << ok;
    QTest::newRow("https with a path") << QUrl(u"https://host.example.com/api/"_s) << key << ok;
    QTest::newRow("http 127.0.0.1") << QUrl(u"http://127.0.0.1:8080/"_s) << key << ok;
    QTest::newRow("http 127.x.y.z") << QUrl(u"http://127.4.5.6/"_s) << key << ok;
    QTest::newRow("http localhost") << QUrl(u"http://localhost:3000/"_s) << key << ok;
    QTest::newRow("http LOCALHOST") << QUrl(u"http://LOCALHOST/"_s) << key << ok;
    QTest::newRow("http [::1]") << QUrl(u"http://[::1]:9000/"_s) << key << ok;
    QTest::newRow("HTTPS upper case") << QUrl(u"HTTPS://api.civisanalytics.com/"_s) << key << ok;

    QTest::newRow("http remote") << QUrl(u"http://api.civisanalytics.com/"_s) << key
                                 << QStringList{u"Refusing"_s, u"plain http://"_s, u"api.civisanalytics.com"_s,
                                        u"use https://"_s};
    QTest::newRow("http LAN address") << QUrl(u"http://192.168.1.10/"_s) << key
                                      << QStringList{u"plain http://"_s, u"192.168.1.10"_s};
    QTest::newRow("http localhost look-alike") << QUrl(u"http://localhost.example.com/"_s) << key
                                               << QStringList{u"plain http://"_s, u"localhost.example.com"_s};
    QTest::newRow("http 127 look-alike") << QUrl(u"http://127.0.0.1.example.com/"_s) << key
                                         << QStringList{u"plain http://"_s};
    QTest::newRow("missing key") << QUrl(u"https://api.civisanalytics.com/"_s) << QString()
                                 << QStringList{u"No API key is set."_s};
    QTest::newRow("missing key, loopback")
        << QUrl(u"http://127.0.0.1/"_s) << QString() << QStringList{u"No API key is set."_s};
    QTest::newRow("no URL") << QUrl() << key << QStringList{u"No API address is set."_s};
    QTest::newRow("invalid URL") << QUrl(u"http://exa mple.com/"_s) << key << QStringList{u"not a valid URL"_s};
    QTest::newRow("no host") << QUrl(u"https:///groups"_s) << key << QStringList{u"not a valid URL"_s};
    QTest::newRow("relative") << QUrl(u"api.civisanalytics.com"_s) << key << QStringList{u"not a valid URL"_s};
    QTest::newRow("other scheme") << QUrl(u"ftp://api.civisanalytics.com/"_s) << key
                                  << QStringList{u"must start with https://"_s};
    // A user name or password in the URL would be a second credential, sent where the key is not.
    QTest::newRow("password in the URL") << QUrl(u"https://me:pa55w0rd@api.civisanalytics.com/"_s) << key
                                         << QStringList{u"must not contain a user name or password"_s};
    QTest::newRow("user name in a loopback URL")
        << QUrl(u"http://me@127.0.0.1/"_s) << key << QStringList{u"must not contain a user name or password"_s};
}

void TestConnectionSettings::problem()
{
    QFETCH(QUrl, url);
    QFETCH(QString, key);
    QFETCH(QStringList, problemSays);

    const ConnectionSettings settings = connection(QString(), key);
    ConnectionSettings withUrl = settings;
    withUrl.baseUrl = url;
    const QString problem = withUrl.problem();
    if (problemSays.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(withUrl.isUsable());
        return;
    }
    QVERIFY(!withUrl.isUsable());
    for (const QString &part : std::as_const(problemSays))
        QVERIFY2(problem.contains(part), qPrintable(u"\""_s + part + u"\" not in: "_s + problem));
    QVERIFY2(problem.endsWith(u'.'), qPrintable(problem)); // a sentence
    if (!key.isEmpty())
        QVERIFY(!problem.contains(key));
}

// --- ConnectionProfiles without a keychain --------------------------------------------------------

void TestConnectionSettings::profilesReadFromSettings()
{
    ConnectionProfiles profiles(&m_file->settings());
    QVERIFY(profiles.names().isEmpty());
    QVERIFY(!profiles.contains(u"Work"_s));
    QCOMPARE(profiles.baseUrl(u"Work"_s), QUrl());

    m_file->addProfile(u"work"_s, u"https://work.example.com/api/"_s);
    m_file->addProfile(u"Sandbox"_s, u"http://127.0.0.1:8080/"_s);
    m_file->addProfile(u"Zürich prod"_s, u"https://zh.example.com/"_s);
    m_file->settings().setValue(u"connections/orphan"_s, u"not a profile"_s); // a value, not a profile group
    m_file->settings().setValue(u"other/thing/baseUrl"_s, u"https://elsewhere.example.com/"_s);

    QCOMPARE(profiles.names(), (QStringList{u"Sandbox"_s, u"work"_s, u"Zürich prod"_s}));
    QVERIFY(profiles.contains(u"work"_s));
    QVERIFY(!profiles.contains(u"Work"_s)); // names are exact
    QVERIFY(!profiles.contains(u"orphan"_s));
    QVERIFY(!profiles.contains(u"thing"_s));
    QVERIFY(!profiles.contains(QString()));
    QVERIFY(!profiles.contains(u"work/baseUrl"_s));
    QCOMPARE(profiles.baseUrl(u"work"_s), QUrl(u"https://work.example.com/api/"_s));
    QCOMPARE(profiles.baseUrl(u"Zürich prod"_s), QUrl(u"https://zh.example.com/"_s));

    // A second instance on the same file (the app started again) sees the same.
    QSettings again(m_file->path(), QSettings::IniFormat);
    ConnectionProfiles reopened(&again);
    QCOMPARE(reopened.names(), profiles.names());
    QCOMPARE(reopened.baseUrl(u"Sandbox"_s), QUrl(u"http://127.0.0.1:8080/"_s));
}

void TestConnectionSettings::defaultProfile()
{
    m_file->addProfile(u"A"_s, u"https://a.example.com/"_s);
    m_file->addProfile(u"default"_s, u"https://d.example.com/"_s); // a profile may be called "default"
    ConnectionProfiles profiles(&m_file->settings());
    QCOMPARE(profiles.defaultProfile(), QString());

    QVERIFY(!profiles.setDefaultProfile(u"Unknown"_s));
    QCOMPARE(profiles.defaultProfile(), QString());

    QVERIFY(profiles.setDefaultProfile(u"A"_s));
    QCOMPARE(profiles.defaultProfile(), u"A"_s);
    QCOMPARE(profiles.names(), (QStringList{u"A"_s, u"default"_s}));
    QSettings reread(m_file->path(), QSettings::IniFormat);
    QCOMPARE(ConnectionProfiles(&reread).defaultProfile(), u"A"_s);

    QVERIFY(profiles.setDefaultProfile(u"default"_s));
    QCOMPARE(profiles.defaultProfile(), u"default"_s);
    QCOMPARE(profiles.baseUrl(u"default"_s), QUrl(u"https://d.example.com/"_s));

    QVERIFY(!profiles.setDefaultProfile(u"Unknown"_s));
    QCOMPARE(profiles.defaultProfile(), u"default"_s); // unchanged

    QVERIFY(profiles.setDefaultProfile(QString()));
    QCOMPARE(profiles.defaultProfile(), QString());

    // A choice whose profile went away (another instance removed it) is no choice.
    QVERIFY(profiles.setDefaultProfile(u"A"_s));
    m_file->settings().remove(u"connections/A"_s);
    QCOMPARE(profiles.defaultProfile(), QString());
}

void TestConnectionSettings::refusedSaveStoresNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("errorSays");

    QTest::newRow("http to a remote host") << u"Work"_s << u"http://api.civisanalytics.com/"_s << true
                                           << u"Refusing to send the API key over plain http:// to "
                                              "api.civisanalytics.com"_s;
    QTest::newRow("no key") << u"Work"_s << u"https://api.civisanalytics.com/"_s << false << u"No API key is set."_s;
    QTest::newRow("invalid URL") << u"Work"_s << u"https://exa mple.com/"_s << true << u"not a valid URL"_s;
    QTest::newRow("password in the URL") << u"Work"_s << u"https://me:pa55w0rd-xyz@api.civisanalytics.com/"_s << true
                                         << u"must not contain a user name or password"_s;
    QTest::newRow("empty name") << QString() << u"https://api.civisanalytics.com/"_s << true << u"needs a name"_s;
    QTest::newRow("blank name") << u"  "_s << u"https://api.civisanalytics.com/"_s << true << u"needs a name"_s;
    QTest::newRow("slash in name") << u"Work/Prod"_s << u"https://api.civisanalytics.com/"_s << true
                                   << u"cannot contain \"/\""_s;
    QTest::newRow("backslash in name") << u"Work\\Prod"_s << u"https://api.civisanalytics.com/"_s << true
                                       << u"cannot contain"_s;
}

void TestConnectionSettings::refusedSaveStoresNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(bool, withKey);
    QFETCH(QString, errorSays);

    if (ConnectionProfiles::nameProblem(name).isEmpty())
        name = track(uniqueName(name)); // so the keychain check below cannot see an earlier run's key
    const QString key = withKey ? uniqueKey() : QString();
    ConnectionProfiles profiles(&m_file->settings());
    QSignalSpy namesChanged(&profiles, &ConnectionProfiles::namesChanged);
    LogCapture log;
    const Answer answer = save(profiles, name, connection(url, key));
    const QString logText = log.text();

    QVERIFY(answer.arrived);
    QVERIFY2(answer.error.contains(errorSays), qPrintable(answer.error));
    QVERIFY(profiles.names().isEmpty());
    QVERIFY(!profiles.contains(name));
    QCOMPARE(namesChanged.count(), 0);
    const QByteArray bytes = m_file->bytes();
    QVERIFY2(!bytes.contains("connections"), bytes.constData());
    if (withKey) {
        QVERIFY(!answer.error.contains(key));
        QVERIFY(!bytes.contains(key.toUtf8()));
        QVERIFY(!logText.contains(key));
    }
    QVERIFY(!logText.contains(u"pa55w0rd-xyz"_s)); // the URL's password

    if (keychainMode() == u"private"_s && ConnectionProfiles::nameProblem(name).isEmpty()) {
        const KeychainAnswer inKeychain = readKeychain(name);
        QVERIFY(inKeychain.finished);
        QCOMPARE(inKeychain.error, QKeychain::EntryNotFound); // not even the key was stored
    }
}

void TestConnectionSettings::loadUnknownProfile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("errorSays");
    QTest::newRow("unknown") << u"Nope"_s << u"There is no saved connection named \"Nope\"."_s;
    QTest::newRow("empty") << QString() << u"needs a name"_s;
    QTest::newRow("a URL key, not a profile") << u"Work/baseUrl"_s << u"cannot contain"_s;
}

void TestConnectionSettings::loadUnknownProfile()
{
    QFETCH(QString, name);
    QFETCH(QString, errorSays);
    m_file->addProfile(u"Work"_s, u"https://work.example.com/"_s);
    ConnectionProfiles profiles(&m_file->settings());

    const Answer answer = load(profiles, name);
    QVERIFY(answer.arrived);
    QVERIFY2(answer.error.contains(errorSays), qPrintable(answer.error));
    QVERIFY(answer.settings.apiKey.isEmpty());
    QVERIFY(!answer.settings.isUsable());
}

// --- ConnectionProfiles against the private keychain ----------------------------------------------

void TestConnectionSettings::saveLoadRemove_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QUrl>("storedUrl");

    QTest::newRow("https") << u"Work"_s << u"https://api.civisanalytics.com/"_s
                           << QUrl(u"https://api.civisanalytics.com/"_s);
    QTest::newRow("https with a path, no slash") << u"Proxy"_s << u"https://gateway.example.com/civis/api"_s
                                                 << QUrl(u"https://gateway.example.com/civis/api/"_s);
    QTest::newRow("http to loopback") << u"Sandbox"_s << u"http://127.0.0.1:8080"_s
                                      << QUrl(u"http://127.0.0.1:8080/"_s);
    QTest::newRow("name with spaces, accents, = and ;")
        << u"Zürich; prod = main"_s << u"https://zh.example.com/"_s << QUrl(u"https://zh.example.com/"_s);
}

void TestConnectionSettings::saveLoadRemove()
{
    REQUIRE_PRIVATE_KEYCHAIN();
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QUrl, storedUrl);

    const QString profile = track(uniqueName(name));
    const QString key = uniqueKey();
    ConnectionProfiles profiles(&m_file->settings());
    QSignalSpy namesChanged(&profiles, &ConnectionProfiles::namesChanged);

    const Answer saved = save(profiles, profile, connection(url, key));
    QVERIFY(saved.arrived);
    QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
    QCOMPARE(namesChanged.count(), 1);
    QCOMPARE(profiles.names(), QStringList{profile});
    QVERIFY(profiles.contains(profile));
    QCOMPARE(profiles.baseUrl(profile), storedUrl);

    // On disk: the URL, never the key. The key: in the keychain, under the app's service.
    QByteArray bytes = m_file->bytes();
    QVERIFY2(bytes.contains(storedUrl.host().toUtf8()), bytes.constData());
    QVERIFY2(!bytes.contains(key.toUtf8()), bytes.constData());
    const KeychainAnswer inKeychain = readKeychain(profile);
    QVERIFY(inKeychain.finished);
    QCOMPARE(inKeychain.error, QKeychain::NoError);
    QCOMPARE(inKeychain.text, key);

    const Answer loaded = load(profiles, profile);
    QVERIFY(loaded.arrived);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.settings.apiKey, key);
    QCOMPARE(loaded.settings.baseUrl, storedUrl);
    QCOMPARE(loaded.settings.profileName, profile);
    QVERIFY(loaded.settings.isUsable());

    // Another instance on the same file, as after a restart.
    {
        QSettings again(m_file->path(), QSettings::IniFormat);
        ConnectionProfiles reopened(&again);
        const Answer reloaded = load(reopened, profile);
        QVERIFY(reloaded.arrived);
        QVERIFY2(reloaded.error.isEmpty(), qPrintable(reloaded.error));
        QCOMPARE(reloaded.settings.apiKey, key);
    }

    const Answer removed = remove(profiles, profile);
    QVERIFY(removed.arrived);
    QVERIFY2(removed.error.isEmpty(), qPrintable(removed.error));
    QCOMPARE(namesChanged.count(), 2);
    QVERIFY(profiles.names().isEmpty());
    QVERIFY(!profiles.contains(profile));
    bytes = m_file->bytes();
    QVERIFY2(!bytes.contains(storedUrl.host().toUtf8()), bytes.constData());
    QCOMPARE(readKeychain(profile).error, QKeychain::EntryNotFound);

    const Answer gone = load(profiles, profile);
    QVERIFY(gone.arrived);
    QVERIFY2(gone.error.contains(u"There is no saved connection named"_s), qPrintable(gone.error));
}

void TestConnectionSettings::aFirstSaveIntoANewFolderSaysNoFailure()
{
    // A first start: the settings' folder does not exist when the QSettings is made, which
    // leaves its status() at AccessError for good, however well the save then goes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"not-yet/settings.ini"_s), QSettings::IniFormat);
    ConnectionProfiles profiles(&settings);
    const QString name = track(uniqueName(u"First"_s));
    const Answer saved = save(profiles, name, connection(u"https://api.civisanalytics.com/"_s, uniqueKey()));
    QVERIFY(saved.arrived);
    QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
    QCOMPARE(
        QSettings(settings.fileName(), QSettings::IniFormat).value(u"connections/%1/baseUrl"_s.arg(name)).toString(),
        u"https://api.civisanalytics.com/"_s);
}

void TestConnectionSettings::saveAgainReplacesKeyAndUrl()
{
    REQUIRE_PRIVATE_KEYCHAIN();
    const QString profile = track(uniqueName(u"Work"_s));
    const QString oldKey = uniqueKey();
    const QString newKey = uniqueKey();
    ConnectionProfiles profiles(&m_file->settings());
    QSignalSpy namesChanged(&profiles, &ConnectionProfiles::namesChanged);

    QCOMPARE(save(profiles, profile, connection(u"https://old.example.com/"_s, oldKey)).error, QString());
    const Answer again = save(profiles, profile, connection(u"https://new.example.com/v2"_s, newKey));
    QVERIFY(again.arrived);
    QCOMPARE(again.error, QString());
    QCOMPARE(namesChanged.count(), 1); // the second save changed no name
    QCOMPARE(profiles.names(), QStringList{profile});

    const Answer loaded = load(profiles, profile);
    QCOMPARE(loaded.error, QString());
    QCOMPARE(loaded.settings.apiKey, newKey);
    QCOMPARE(loaded.settings.baseUrl, QUrl(u"https://new.example.com/v2/"_s));
    const QByteArray bytes = m_file->bytes();
    QVERIFY(!bytes.contains("old.example.com"));
    QVERIFY(!bytes.contains(oldKey.toUtf8()));
    QVERIFY(!bytes.contains(newKey.toUtf8()));

    // A refused save leaves the saved profile as it was.
    const Answer refused = save(profiles, profile, connection(u"http://new.example.com/"_s, uniqueKey()));
    QVERIFY(refused.error.contains(u"plain http://"_s));
    const Answer unchanged = load(profiles, profile);
    QCOMPARE(unchanged.settings.apiKey, newKey);
    QCOMPARE(unchanged.settings.baseUrl, QUrl(u"https://new.example.com/v2/"_s));
}

void TestConnectionSettings::loadWithoutKeyInKeychain()
{
    REQUIRE_PRIVATE_KEYCHAIN();
    // In the settings (say, copied from another computer) but not in this keychain.
    const QString profile = track(uniqueName(u"Copied"_s));
    m_file->addProfile(profile, u"https://copied.example.com/"_s);
    ConnectionProfiles profiles(&m_file->settings());
    QVERIFY(profiles.contains(profile));

    const Answer loaded = load(profiles, profile);
    QVERIFY(loaded.arrived);
    QCOMPARE(loaded.error,
        u"The system keychain has no key for \"%1\"; save the connection again with its key."_s.arg(profile));
    QCOMPARE(loaded.keychain, ConnectionProfiles::KeychainStatus::NoKey);
    QVERIFY(loaded.settings.apiKey.isEmpty());
    QCOMPARE(loaded.settings.profileName, profile); // enough to ask the person for the key
    QCOMPARE(loaded.settings.baseUrl, QUrl(u"https://copied.example.com/"_s));
}

void TestConnectionSettings::removeUnknownProfileClearsLeftoverKey()
{
    REQUIRE_PRIVATE_KEYCHAIN();
    const QString profile = track(uniqueName(u"Leftover"_s));
    QCOMPARE(writeKeychain(profile, uniqueKey()).error, QKeychain::NoError);
    ConnectionProfiles profiles(&m_file->settings());
    QSignalSpy namesChanged(&profiles, &ConnectionProfiles::namesChanged);
    QVERIFY(!profiles.contains(profile));

    const Answer removed = remove(profiles, profile);
    QVERIFY(removed.arrived);
    QCOMPARE(removed.error, QString());
    QCOMPARE(readKeychain(profile).error, QKeychain::EntryNotFound);
    QCOMPARE(namesChanged.count(), 0);

    const Answer again = remove(profiles, profile); // nothing anywhere: still no error
    QVERIFY(again.arrived);
    QCOMPARE(again.error, QString());

    const Answer invalid = remove(profiles, u"a/b"_s);
    QVERIFY(invalid.arrived);
    QVERIFY(invalid.error.contains(u"cannot contain"_s));
}

void TestConnectionSettings::removingDefaultProfileClearsTheChoice()
{
    REQUIRE_PRIVATE_KEYCHAIN();
    const QString first = track(uniqueName(u"First"_s));
    const QString second = track(uniqueName(u"Second"_s));
    ConnectionProfiles profiles(&m_file->settings());
    QCOMPARE(save(profiles, first, connection(u"https://one.example.com/"_s, uniqueKey())).error, QString());
    QCOMPARE(save(profiles, second, connection(u"https://two.example.com/"_s, uniqueKey())).error, QString());

    QVERIFY(profiles.setDefaultProfile(second));
    QCOMPARE(remove(profiles, first).error, QString());
    QCOMPARE(profiles.defaultProfile(), second); // another profile's removal keeps it
    QCOMPARE(remove(profiles, second).error, QString());
    QCOMPARE(profiles.defaultProfile(), QString());
    QVERIFY(!m_file->bytes().contains(second.toUtf8()));
}

void TestConnectionSettings::logNeverShowsKey()
{
    REQUIRE_PRIVATE_KEYCHAIN();
    const QString profile = track(uniqueName(u"Logged"_s));
    const QString key = uniqueKey();
    QString logText;
    {
        LogCapture log;
        ConnectionProfiles profiles(&m_file->settings());
        QCOMPARE(save(profiles, profile, connection(u"https://logged.example.com/"_s, key)).error, QString());
        QCOMPARE(load(profiles, profile).settings.apiKey, key);
        QVERIFY(!save(profiles, profile, connection(u"http://logged.example.com/"_s, key)).error.isEmpty());
        QVERIFY(!save(profiles, u"x/y"_s, connection(u"https://logged.example.com/"_s, key)).error.isEmpty());
        QCOMPARE(remove(profiles, profile).error, QString());
        QVERIFY(!load(profiles, profile).error.isEmpty());
        logText = log.text();
    }
    // The log did record these operations (so the check below is not vacuous)...
    QVERIFY2(logText.contains(u"civis.api.settings"_s), qPrintable(logText));
    QVERIFY2(logText.contains(profile), qPrintable(logText));
    QVERIFY2(logText.contains(u"logged.example.com"_s), qPrintable(logText));
    QVERIFY2(logText.count(u'\n') >= 5, qPrintable(logText));
    // ...and never the key, nor a part of it.
    QVERIFY2(!logText.contains(key), qPrintable(logText));
    QVERIFY2(!logText.contains(key.right(16)), qPrintable(logText));
}

// ==================================================================================================

/// Run with the session bus pointing nowhere (CIVIS_TEST_KEYCHAIN=unavailable): nothing is stored,
/// and the errors say why in a sentence. HOME is an empty temporary directory, so a key written to a
/// plain file by a fallback would be found there.
class TestWithoutKeychain : public QObject
{
    Q_OBJECT

public:
    explicit TestWithoutKeychain(const QString &home)
        : m_home(home)
    {
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveKeepsOnlyTheNameAndAddress();
    void loadFailsWithClearError();
    void removeKeepsTheProfile();
    void nothingWrittenToHome();

private:
    QString m_home;
    std::unique_ptr<SettingsFile> m_file;
};

void TestWithoutKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(keychainMode(), u"unavailable"_s);
    QCOMPARE(QDir::homePath(), m_home);
    // The keychain must really be out of reach here, or the tests below prove nothing.
    const KeychainAnswer probe = writeKeychain(u"probe "_s + uniqueName(u"unavailable"_s), uniqueKey());
    QVERIFY(probe.finished);
    QVERIFY2(probe.error != QKeychain::NoError, "a keychain was reachable");
}

void TestWithoutKeychain::init()
{
    m_file = std::make_unique<SettingsFile>();
    QVERIFY(m_file->isValid());
}

void TestWithoutKeychain::cleanup()
{
    m_file.reset();
}

void TestWithoutKeychain::saveKeepsOnlyTheNameAndAddress()
{
    const QString key = uniqueKey();
    ConnectionProfiles profiles(&m_file->settings());
    QSignalSpy namesChanged(&profiles, &ConnectionProfiles::namesChanged);
    LogCapture log;
    const Answer saved = save(profiles, u"Work"_s, connection(u"https://api.civisanalytics.com/"_s, key));
    const QString logText = log.text();

    QVERIFY(saved.arrived);
    QVERIFY2(saved.error.startsWith(u"The system keychain is not available: "_s), qPrintable(saved.error));
    QCOMPARE(saved.keychain, ConnectionProfiles::KeychainStatus::Unavailable);
    QVERIFY2(saved.error.endsWith(u" The key for \"Work\" could not be saved."_s), qPrintable(saved.error));
    QVERIFY(!saved.error.contains(key));
    // Without a keychain the name and address are still kept, so the next start offers them and
    // asks only for the key; the key itself is written nowhere.
    QCOMPARE(profiles.names(), QStringList{u"Work"_s});
    QCOMPARE(profiles.baseUrl(u"Work"_s), QUrl(u"https://api.civisanalytics.com/"_s));
    QCOMPARE(namesChanged.count(), 1);
    const QByteArray bytes = m_file->bytes();
    QVERIFY2(
        bytes.contains("Work") && bytes.contains("civisanalytics") && !bytes.contains(key.toUtf8()), bytes.constData());
    QVERIFY2(logText.contains(u"Work"_s), qPrintable(logText)); // the failure was logged...
    QVERIFY2(!logText.contains(key), qPrintable(logText)); // ...without the key
}

void TestWithoutKeychain::loadFailsWithClearError()
{
    m_file->addProfile(u"Work"_s, u"https://api.civisanalytics.com/"_s);
    ConnectionProfiles profiles(&m_file->settings());
    const Answer loaded = load(profiles, u"Work"_s);
    QVERIFY(loaded.arrived);
    QVERIFY2(loaded.error.startsWith(u"The system keychain is not available: "_s), qPrintable(loaded.error));
    QCOMPARE(loaded.keychain, ConnectionProfiles::KeychainStatus::Unavailable);
    QVERIFY2(loaded.error.endsWith(u" The key for \"Work\" could not be read."_s), qPrintable(loaded.error));
    QVERIFY(loaded.settings.apiKey.isEmpty());
    QVERIFY(!loaded.settings.isUsable());
}

void TestWithoutKeychain::removeKeepsTheProfile()
{
    m_file->addProfile(u"Work"_s, u"https://api.civisanalytics.com/"_s);
    ConnectionProfiles profiles(&m_file->settings());
    const Answer removed = remove(profiles, u"Work"_s);
    QVERIFY(removed.arrived);
    QVERIFY2(removed.error.startsWith(u"The system keychain is not available: "_s), qPrintable(removed.error));
    QCOMPARE(removed.keychain, ConnectionProfiles::KeychainStatus::Unavailable);
    QVERIFY2(removed.error.endsWith(u" The key for \"Work\" could not be removed."_s), qPrintable(removed.error));
    // Kept, so its key is not left in the keychain unseen; it can be removed once the keychain is back.
    QVERIFY(profiles.contains(u"Work"_s));
    QVERIFY(m_file->bytes().contains("civisanalytics"));
}

void TestWithoutKeychain::nothingWrittenToHome()
{
    QStringList written;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        written.append(it.next());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u", "_s)));
}

// ==================================================================================================

int main(int argc, char **argv)
{
    if (keychainMode() == u"unavailable"_s) {
        QTemporaryDir home;
        if (!home.isValid())
            return 1;
        qputenv("HOME", QFile::encodeName(home.path()));
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qunsetenv(variable);
        QCoreApplication app(argc, argv);
        QTEST_SET_MAIN_SOURCE_PATH
        TestWithoutKeychain test(home.path());
        return QTest::qExec(&test, argc, argv);
    }
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestConnectionSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectionsettings.moc"
