// The connection dialog: the form and its checks, Test connection against the sandbox, the
// offline sandbox, and saved connections with a keychain and without one.
//
// ctest runs this suite twice (tests/ui/CMakeLists.txt). tst_connectiondialog points the session bus
// nowhere (CIVIS_TEST_KEYCHAIN=unavailable): every test that needs no keychain runs, and so do those
// of a keychain out of reach. tst_connectiondialog_keychain runs under with-private-keychain.sh
// (CIVIS_TEST_KEYCHAIN=private), a private unlocked keychain the saving tests must reach or fail.
// Run by hand with neither, the keychain tests skip, so a person's own keyring is never touched.
//
// The settings are an INI file in a QTemporaryDir, read back as raw bytes to check that no key ever
// reaches it; the keychain is read directly with QtKeychain, not through the classes under test.
//
// CIVIS_SCREENSHOT_DIR=<dir> makes screenshot() save what the dialog looks like there.

#include "uitestfixture.h"

#include "api/connectionprofiles.h"
#include "ui/connection/connectiondialog.h"
#include "settingsfile.h"

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;

/// "private" under with-private-keychain.sh, "unavailable" with no session bus, else empty.
QString keychainMode()
{
    return qEnvironmentVariable("CIVIS_TEST_KEYCHAIN");
}

#define REQUIRE_KEYCHAIN(mode)                                                                                         \
    do {                                                                                                               \
        if (keychainMode() != QLatin1String(mode))                                                                     \
            QSKIP("Needs CIVIS_TEST_KEYCHAIN=" mode ", as ctest runs this suite.");                                    \
    } while (false)

/// Runs \a call, a helper that checks with QVERIFY, and ends the test when it failed.
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

const QString kUnavailable = u"The system keychain is not available: the name and address are saved, and the key "
                             "will be used for this session only."_s;

/// A name and a key no earlier run can have left behind in a keychain.
QString uniqueName(const QString &base)
{
    return base + u" "_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QString uniqueKey()
{
    return u"ui-test-key-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

/// Runs \a job for \a name under the app's keychain service and waits; its error and, for a read, the text.
std::pair<QKeychain::Error, QString> runKeychain(QKeychain::Job *job, const QString &name)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    std::pair<QKeychain::Error, QString> answer{QKeychain::OtherError, u"no answer"_s};
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&answer, &loop](QKeychain::Job *done) {
        answer.first = done->error();
        auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done);
        answer.second = read && done->error() == QKeychain::NoError ? read->textData() : done->errorString();
        loop.quit();
    });
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return answer;
}

std::pair<QKeychain::Error, QString> readKeychain(const QString &name)
{
    return runKeychain(new QKeychain::ReadPasswordJob(Api::ConnectionProfiles::keychainService()), name);
}

/// Whether \a button shows its text (an icon-only tool button, or a line edit's action, does not).
bool showsText(const QAbstractButton *button)
{
    if (button->text().isEmpty())
        return false;
    const auto *tool = qobject_cast<const QToolButton *>(button);
    return !tool || (tool->toolButtonStyle() != Qt::ToolButtonIconOnly || tool->icon().isNull());
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // No keychain needed.
    void testShowsWhoIsSignedIn();
    void testWithWrongKeyShowsTheServersRefusal();
    void addressIsCheckedAtItsField_data();
    void addressIsCheckedAtItsField();
    void nameAndKeyAreCheckedAtTheirFields();
    void connectWithoutANameSavesNothing();
    void sandboxButtonChoosesTheSandbox();
    void secondClickStopsTheTest();
    void closingOrDestroyingWhileTestingIsSafe();
    void keyIsHiddenUntilShown();
    void problemShowsOnTop();
    void labelsButtonsAndTabOrder();
    void nothingClipped_data();
    void nothingClipped();
    void screenshot_data();
    void screenshot();

    // The keychain out of reach.
    void keychainUnavailableOnConnect();
    void keychainUnavailableForASavedConnection();
    void removeWithoutKeychainKeepsTheConnection();

    // The private keychain.
    void savedConnectionRoundTrips();
    void editingASavedConnectionReplacesItsKeyAndName();
    void removeAsksOnceAndDeletesTheKey();

private:
    /// The dialog over m_profiles, shown, with its widgets found (a missing one fails the test).
    void openDialog();
    /// Remembers \a name, so cleanup() deletes its key from the private keychain whatever happened.
    QString track(const QString &name)
    {
        m_keychainNames.append(name);
        return name;
    }
    /// Gives the sandbox's admin the key \a key and returns the admin's /users/me.
    QJsonObject adminWithKey(const QString &key);
    /// Saves \a name through the profiles (not the dialog), waiting for the keychain.
    void saveProfile(const QString &name, const QString &key);
    /// Answers the confirmation that clicking \a button opens: Remove when \a remove, else Cancel.
    /// Returns the text it showed, or a null string when none came.
    QString answerConfirmation(QAbstractButton *button, bool remove);
    void verifyNothingClipped();
    QUrl sandboxUrl() const { return Api::ConnectionSettings::normalizedBaseUrl(m_fixture->server.url()); }

    std::unique_ptr<UiFixture> m_fixture; ///< A fresh sandbox for every test.
    std::unique_ptr<SettingsFile> m_file;
    std::unique_ptr<Api::ConnectionProfiles> m_profiles;
    std::unique_ptr<Gui::ConnectionDialog> m_dialog;
    QStringList m_keychainNames;
    QFont m_font;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLabel *m_endpointProblem = nullptr;
    QLabel *m_keyProblem = nullptr;
    QLabel *m_keychainMessage = nullptr;
    QWidget *m_keychainBar = nullptr; ///< the message bar m_keychainMessage is the text of
    QLabel *m_testResult = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_testProgress = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_sandbox = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (keychainMode() == u"private"_s) {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "CIVIS_TEST_KEYCHAIN=private but there is no session bus: run through with-private-keychain.sh");
    } else if (keychainMode() == u"unavailable"_s) {
        // The keychain must really be out of reach here, or the tests of that case prove nothing.
        const auto probe = runKeychain(
            new QKeychain::ReadPasswordJob(Api::ConnectionProfiles::keychainService()), uniqueName(u"probe"_s));
        QVERIFY2(probe.first != QKeychain::NoError && probe.first != QKeychain::EntryNotFound,
            "a keychain was reachable with CIVIS_TEST_KEYCHAIN=unavailable");
    } else {
        qInfo("CIVIS_TEST_KEYCHAIN is neither \"private\" nor \"unavailable\": the keychain tests skip. ctest runs "
              "them.");
    }
    m_font = QApplication::font();
}

void TestConnectionDialog::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    m_file = std::make_unique<SettingsFile>();
    QVERIFY(m_file->isValid());
    m_profiles = std::make_unique<Api::ConnectionProfiles>(&m_file->settings());
}

void TestConnectionDialog::cleanup()
{
    m_dialog.reset();
    if (keychainMode() != u"private"_s)
        m_keychainNames.clear();
    for (const QString &name : std::as_const(m_keychainNames)) {
        const auto answer
            = runKeychain(new QKeychain::DeletePasswordJob(Api::ConnectionProfiles::keychainService()), name);
        if (answer.first != QKeychain::NoError && answer.first != QKeychain::EntryNotFound)
            qWarning("Could not delete the test key \"%s\": %s", qPrintable(name), qPrintable(answer.second));
    }
    m_keychainNames.clear();
    m_profiles.reset();
    m_file.reset();
    m_fixture.reset();
    QApplication::setFont(m_font);
}

void TestConnectionDialog::openDialog()
{
    m_dialog = std::make_unique<Gui::ConnectionDialog>(m_profiles.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    const QWidget *d = m_dialog.get();
    QVERIFY(m_list = childNamed<QListWidget>(d, u"profileListWidget"_s));
    QVERIFY(m_name = childNamed<QLineEdit>(d, u"nameLineEdit"_s));
    QVERIFY(m_endpoint = childNamed<QLineEdit>(d, u"endpointLineEdit"_s));
    QVERIFY(m_key = childNamed<QLineEdit>(d, u"keyLineEdit"_s));
    QVERIFY(m_nameProblem = childNamed<QLabel>(d, u"nameProblemLabel"_s));
    QVERIFY(m_endpointProblem = childNamed<QLabel>(d, u"endpointProblemLabel"_s));
    QVERIFY(m_keyProblem = childNamed<QLabel>(d, u"keyProblemLabel"_s));
    QVERIFY(m_keychainMessage = childNamed<QLabel>(d, u"keychainMessageLabel"_s));
    QVERIFY(m_keychainBar = childNamed<QWidget>(d, u"keychainMessageBar"_s));
    QVERIFY(m_testResult = childNamed<QLabel>(d, u"testResultLabel"_s));
    QVERIFY(m_test = childNamed<QPushButton>(d, u"testButton"_s));
    QVERIFY(m_testProgress = childNamed<QProgressBar>(d, u"testProgressBar"_s));
    QVERIFY(m_sandbox = childNamed<QPushButton>(d, u"sandboxButton"_s));
    QVERIFY(m_add = childNamed<QToolButton>(d, u"addProfileButton"_s));
    QVERIFY(m_remove = childNamed<QToolButton>(d, u"removeProfileButton"_s));
    auto *buttonBox = childNamed<QDialogButtonBox>(d, u"buttonBox"_s);
    QVERIFY(buttonBox);
    m_connect = buttonBox->button(QDialogButtonBox::Ok);
    QVERIFY(m_connect);
    QCOMPARE(withoutMnemonic(m_connect->text()), u"Connect"_s);
}

QJsonObject TestConnectionDialog::adminWithKey(const QString &key)
{
    const HttpResult me = m_fixture->admin.get(u"/users/me"_s);
    if (me.status != 200)
        return {};
    const QString username = me.object().value(u"username"_s).toString();
    bool ok = false;
    m_fixture->server.runOnServer([&](SandboxServer &s) { ok = s.setUserKey(username, key, u"ui-tests"_s); });
    return ok ? me.object() : QJsonObject();
}

void TestConnectionDialog::saveProfile(const QString &name, const QString &key)
{
    QSignalSpy saved(m_profiles.get(), &Api::ConnectionProfiles::saved);
    Api::ConnectionSettings settings;
    settings.baseUrl = sandboxUrl();
    settings.apiKey = key;
    m_profiles->save(name, settings);
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.at(0).at(0).toString(), name);
    QCOMPARE(saved.at(0).at(1).toString(), QString()); // the private keychain must take it
}

QString TestConnectionDialog::answerConfirmation(QAbstractButton *button, bool remove)
{
    // From the event loop, so this answers a box run with exec() as well as one opened with open().
    QString shown;
    int boxes = 0;
    QTimer poll;
    poll.setInterval(0);
    connect(&poll, &QTimer::timeout, m_dialog.get(), [&] {
        for (QMessageBox *box : m_dialog->findChildren<QMessageBox *>()) {
            if (!box->isVisible())
                continue;
            ++boxes;
            shown = box->text();
            QAbstractButton *answer = box->button(QMessageBox::Cancel);
            if (remove) {
                for (QAbstractButton *candidate : box->buttons()) {
                    if (box->buttonRole(candidate) == QMessageBox::DestructiveRole)
                        answer = candidate;
                }
            }
            if (answer)
                answer->click();
        }
    });
    QTimer::singleShot(0, &poll, qOverload<>(&QTimer::start));
    button->click();
    const bool answered = QTest::qWaitFor([&] { return !shown.isNull(); }, 5'000);
    QTest::qWait(200); // a second box would have shown by now
    poll.stop();
    if (!answered)
        return {};
    if (boxes != 1)
        return u"%1 message boxes were shown"_s.arg(boxes);
    return shown;
}

void TestConnectionDialog::verifyNothingClipped()
{
    QVERIFY(m_dialog->width() >= m_dialog->minimumSizeHint().width());
    const QRect inside = m_dialog->rect();
    for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_dialog.get()) || widget->isWindow())
            continue;
        const QRect where(widget->mapTo(m_dialog.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(inside.contains(where), qPrintable(widget->objectName() + u" sticks out of the dialog"_s));
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            if (label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                    qPrintable(label->objectName() + u" is cut short: "_s + label->text()));
            else
                QVERIFY2(label->width() >= label->sizeHint().width() && label->height() >= label->sizeHint().height(),
                    qPrintable(label->objectName() + u" is clipped: "_s + label->text()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget); button && showsText(button)) {
            const int textWidth = button->fontMetrics().horizontalAdvance(withoutMnemonic(button->text()));
            QVERIFY2(button->width() > textWidth && button->height() >= button->fontMetrics().height(),
                qPrintable(button->objectName() + u" is clipped: "_s + button->text()));
        }
    }
}

// --- No keychain needed ---------------------------------------------------------------------------

void TestConnectionDialog::testShowsWhoIsSignedIn()
{
    // Who the seed's admin is, from the sandbox itself.
    const HttpResult me = m_fixture->admin.get(u"/users/me"_s);
    QCOMPARE(me.status, 200);
    const QString name = me.object().value(u"name"_s).toString();
    const QString username = me.object().value(u"username"_s).toString();
    const QString organization = me.object().value(u"organizationName"_s).toString();
    QVERIFY(!name.isEmpty() && !username.isEmpty() && !organization.isEmpty());

    CHECKED(openDialog());
    retype(m_endpoint, m_fixture->server.url().toString());
    retype(m_key, QString::fromLatin1(SandboxFixture::kAdminKey));
    QVERIFY(m_test->isEnabled());
    QVERIFY(m_testProgress->isHidden());
    QTest::mouseClick(m_test, Qt::LeftButton);
    QVERIFY(m_testProgress->isVisible()); // busy while it runs
    QCOMPARE(withoutMnemonic(m_test->text()), u"Stop test"_s);

    QTRY_COMPARE_WITH_TIMEOUT(
        m_testResult->text(), u"Signed in as %1 (%2), %3"_s.arg(name, username, organization), kWaitMs);
    QVERIFY(m_testResult->isVisible());
    QVERIFY(m_testProgress->isHidden());
    QCOMPARE(withoutMnemonic(m_test->text()), u"Test connection"_s);
    QVERIFY(m_dialog->isVisible()); // a test does not connect
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestConnectionDialog::testWithWrongKeyShowsTheServersRefusal()
{
    const QString wrongKey = u"not-a-key-the-sandbox-knows"_s;
    const HttpResult refused = m_fixture->admin.send("GET", u"/users/me"_s, {}, Auth::Bearer, wrongKey);
    QCOMPARE(refused.status, 401);
    const QString refusal = refused.errorDescription();
    QVERIFY(!refusal.isEmpty());

    CHECKED(openDialog());
    const QString endpoint = m_fixture->server.url().toString();
    retype(m_endpoint, endpoint);
    retype(m_key, wrongKey);
    QTest::mouseClick(m_test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_testResult->text(), refusal, kWaitMs);
    QVERIFY(m_testResult->isVisible());
    QVERIFY(!m_dialog->findChild<QMessageBox *>()); // in place, never a message box
    // Nothing typed is lost.
    QCOMPARE(m_endpoint->text(), endpoint);
    QCOMPARE(m_key->text(), wrongKey);
    QVERIFY(m_test->isEnabled());
}

void TestConnectionDialog::addressIsCheckedAtItsField_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("problemSays"); // empty: accepted

    QTest::newRow("https") << u"https://civis.example.com/api"_s << QString();
    QTest::newRow("http to loopback") << u"http://127.0.0.1:8080/"_s << QString();
    QTest::newRow("http to localhost") << u"http://localhost:3000"_s << QString();
    QTest::newRow("http to a remote host") << u"http://api.civisanalytics.com/"_s
                                           << u"Refusing to send the API key over plain http:// to "
                                              "api.civisanalytics.com"_s;
    QTest::newRow("http to a LAN address") << u"http://192.168.1.10:8080/"_s << u"plain http://"_s;
    QTest::newRow("no scheme") << u"api.civisanalytics.com"_s << u"is not a valid URL"_s;
    QTest::newRow("another scheme") << u"ftp://api.civisanalytics.com/"_s << u"must start with https://"_s;
    QTest::newRow("a password in it") << u"https://me:secret@api.civisanalytics.com/"_s
                                      << u"must not contain a user name or password"_s;
}

void TestConnectionDialog::addressIsCheckedAtItsField()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, problemSays);
    CHECKED(openDialog());
    retype(m_key, u"some-key"_s);
    retype(m_endpoint, endpoint);

    const bool refused = !problemSays.isEmpty();
    QCOMPARE(m_endpointProblem->isVisible(), refused);
    if (refused)
        QVERIFY2(m_endpointProblem->text().contains(problemSays), qPrintable(m_endpointProblem->text()));
    QCOMPARE(m_connect->isEnabled(), !refused);
    QCOMPARE(m_test->isEnabled(), !refused);
    QVERIFY(m_keyProblem->isHidden());

    // Enter in the field does not get past the check either.
    QTest::keyClick(m_endpoint, Qt::Key_Return);
    QCOMPARE(m_dialog->isVisible(), refused);
    if (!refused) {
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->settings().baseUrl, Api::ConnectionSettings::normalizedBaseUrl(QUrl(endpoint)));
    }
}

void TestConnectionDialog::nameAndKeyAreCheckedAtTheirFields()
{
    CHECKED(openDialog());
    // At first: the production address, no key, nothing said yet, Connect disabled.
    QCOMPARE(m_endpoint->text(), Api::ConnectionSettings::defaultBaseUrl().toString());
    QCOMPARE(m_key->echoMode(), QLineEdit::Password);
    QVERIFY(m_keyProblem->isHidden() && m_endpointProblem->isHidden() && m_nameProblem->isHidden());
    QVERIFY(!m_connect->isEnabled());
    QVERIFY(!m_test->isEnabled());

    retype(m_key, u"k3y"_s);
    QVERIFY(m_connect->isEnabled());
    retype(m_key, QString()); // emptied again: now it says why
    QVERIFY(m_keyProblem->isVisible());
    QCOMPARE(m_keyProblem->text(), u"No API key is set."_s);
    QVERIFY(!m_connect->isEnabled());
    retype(m_key, u"k3y"_s);
    QVERIFY(m_keyProblem->isHidden());

    retype(m_name, u"Work/Prod"_s);
    QVERIFY(m_nameProblem->isVisible());
    QCOMPARE(m_nameProblem->text(), Api::ConnectionProfiles::nameProblem(u"Work/Prod"_s));
    QVERIFY(!m_connect->isEnabled());
    QVERIFY(m_test->isEnabled()); // the name has nothing to do with testing
    retype(m_name, u"Work"_s);
    QVERIFY(m_nameProblem->isHidden());
    QVERIFY(m_connect->isEnabled());
}

void TestConnectionDialog::connectWithoutANameSavesNothing()
{
    CHECKED(openDialog());
    retype(m_endpoint, m_fixture->server.url().toString());
    const QString key = uniqueKey();
    retype(m_key, key);
    QVERIFY(m_name->text().isEmpty());
    QTest::mouseClick(m_connect, Qt::LeftButton);

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->sandboxChosen());
    const Api::ConnectionSettings settings = m_dialog->settings();
    QCOMPARE(settings.baseUrl, sandboxUrl());
    QCOMPARE(settings.apiKey, key);
    QVERIFY(settings.profileName.isEmpty());
    QVERIFY(m_profiles->names().isEmpty());
    const QByteArray bytes = m_file->bytes();
    QVERIFY2(!bytes.contains(key.toUtf8()) && !bytes.contains("connections"), bytes.constData());
}

void TestConnectionDialog::sandboxButtonChoosesTheSandbox()
{
    CHECKED(openDialog());
    retype(m_key, u"typed-but-not-used"_s);
    QTest::mouseClick(m_sandbox, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->isHidden());
    QVERIFY(m_dialog->sandboxChosen());
    QVERIFY(m_dialog->settings().apiKey.isEmpty());
}

void TestConnectionDialog::secondClickStopsTheTest()
{
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 3'000;
    m_fixture->setFaults(slow);
    CHECKED(openDialog());
    retype(m_endpoint, m_fixture->server.url().toString());
    retype(m_key, QString::fromLatin1(SandboxFixture::kAdminKey));

    QTest::mouseClick(m_test, Qt::LeftButton);
    QVERIFY(m_testProgress->isVisible());
    QTest::qWait(100);
    QVERIFY(m_test->isEnabled());
    QTest::mouseClick(m_test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_testResult->text(), u"Test stopped."_s, 2'000); // well before the answer
    QVERIFY(m_testProgress->isHidden());
    QCOMPARE(withoutMnemonic(m_test->text()), u"Test connection"_s);
    QTest::qWait(3'500); // the answer the server would have given is not shown
    QCOMPARE(m_testResult->text(), u"Test stopped."_s);

    // And it can be tested again.
    m_fixture->setFaults({});
    QTest::mouseClick(m_test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_testResult->text().startsWith(u"Signed in as "_s), kWaitMs);
}

void TestConnectionDialog::closingOrDestroyingWhileTestingIsSafe()
{
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 1'500;
    m_fixture->setFaults(slow);
    CHECKED(openDialog());
    retype(m_endpoint, m_fixture->server.url().toString());
    retype(m_key, QString::fromLatin1(SandboxFixture::kAdminKey));

    // Closed (Escape): the test stops with it.
    QTest::mouseClick(m_test, Qt::LeftButton);
    QVERIFY(m_testProgress->isVisible());
    QTest::keyClick(m_key, Qt::Key_Escape);
    QVERIFY(m_dialog->isHidden());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_testProgress->isHidden());
    QTest::qWait(2'000);
    QVERIFY2(!m_testResult->text().startsWith(u"Signed in"_s), qPrintable(m_testResult->text()));

    // Destroyed while its call is in flight: nothing answers into it.
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTest::mouseClick(m_test, Qt::LeftButton);
    QVERIFY(m_testProgress->isVisible());
    QTest::qWait(100);
    m_dialog.reset();
    QTest::qWait(2'000);
}

void TestConnectionDialog::keyIsHiddenUntilShown()
{
    CHECKED(openDialog());
    auto *toggle = m_dialog->findChild<QAction *>(u"showKeyAction"_s);
    QVERIFY(toggle);
    QVERIFY(m_key->actions().contains(toggle));
    QVERIFY(!toggle->icon().isNull());
    QVERIFY(!toggle->text().isEmpty());
    QCOMPARE(m_key->echoMode(), QLineEdit::Password);
    retype(m_key, u"s3cret"_s);
    toggle->trigger();
    QCOMPARE(m_key->echoMode(), QLineEdit::Normal);
    QCOMPARE(m_key->text(), u"s3cret"_s);
    toggle->trigger();
    QCOMPARE(m_key->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::problemShowsOnTop()
{
    CHECKED(openDialog());
    auto *frame = childNamed<QFrame>(m_dialog.get(), u"problemFrame"_s);
    auto *label = childNamed<QLabel>(m_dialog.get(), u"problemLabel"_s);
    QVERIFY(frame && label);
    QVERIFY(frame->isHidden());
    const QString why = u"The server could not be reached: Connection refused"_s;
    m_dialog->setProblem(why);
    QVERIFY(frame->isVisible());
    QCOMPARE(label->text(), why);
    QVERIFY(frame->geometry().bottom() < m_name->mapTo(m_dialog.get(), QPoint(0, 0)).y()); // above the form
    m_dialog->setProblem(QString());
    QVERIFY(frame->isHidden());
}

void TestConnectionDialog::labelsButtonsAndTabOrder()
{
    CHECKED(openDialog());
    // Every label with a mnemonic has a buddy, and it is an input of this dialog.
    int withBuddy = 0;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (!label->text().contains(u'&'))
            continue;
        QVERIFY2(label->buddy() && m_dialog->isAncestorOf(label->buddy()), qPrintable(label->objectName()));
        ++withBuddy;
    }
    QCOMPARE(withBuddy, 4); // saved connections, name, endpoint, key

    // Buttons that show no words say what they do to a screen reader.
    for (const QToolButton *button : {m_add, m_remove}) {
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
    }

    // Tab goes down the form, then to the buttons.
    retype(m_key, QString::fromLatin1(SandboxFixture::kAdminKey)); // so that Test is enabled
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    m_list->setFocus();
    const QList<QWidget *> expected{m_list, m_add, m_remove, m_name, m_endpoint, m_key, m_test, m_sandbox};
    m_remove->setEnabled(true); // nothing is selected, so it would be skipped
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == expected.at(i),
            qPrintable(u"after "_s + expected.at(i - 1)->objectName() + u" came "_s
                + (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"nothing"_s)));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget()
        && QApplication::focusWidget()->parent() == childNamed<QDialogButtonBox>(m_dialog.get(), u"buttonBox"_s));
}

void TestConnectionDialog::nothingClipped_data()
{
    QTest::addColumn<int>("percent");
    QTest::newRow("100%") << 100;
    QTest::newRow("150%") << 150;
}

void TestConnectionDialog::nothingClipped()
{
    QFETCH(int, percent);
    QFont font = m_font;
    font.setPointSizeF(m_font.pointSizeF() * percent / 100.0);
    QApplication::setFont(font);

    m_file->addProfile(u"Production (main organization)"_s, Api::ConnectionSettings::defaultBaseUrl().toString());
    CHECKED(openDialog());
    m_dialog->setProblem(u"Could not connect with the saved connection \"Production (main organization)\": the "
                         "server could not be reached: Host api.civisanalytics.com not found."_s);
    retype(m_name, u"Staging/EU"_s);
    retype(m_endpoint, u"http://staging.civis.example.com/api"_s);
    QVERIFY(m_nameProblem->isVisible() && m_endpointProblem->isVisible());
    QTest::qWait(50); // the dialog grows, if it must, once the messages are in
    CHECKED(verifyNothingClipped());

    // At its smallest, too.
    m_dialog->resize(m_dialog->minimumSize());
    QTest::qWait(50);
    CHECKED(verifyNothingClipped());

    // With a test's error.
    retype(m_endpoint, m_fixture->server.url().toString());
    retype(m_key, u"not-a-key-the-sandbox-knows"_s);
    QTest::mouseClick(m_test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_testResult->text() == u"The API key is not valid."_s, kWaitMs);
    QTest::qWait(50);
    CHECKED(verifyNothingClipped());
}

void TestConnectionDialog::screenshot_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<bool>("problems");
    QTest::newRow("connection-dialog") << 100 << false;
    QTest::newRow("connection-dialog-problems") << 100 << true;
    QTest::newRow("connection-dialog-150") << 150 << false;
    QTest::newRow("connection-dialog-problems-150") << 150 << true;
}

void TestConnectionDialog::screenshot()
{
    QFETCH(int, percent);
    QFETCH(bool, problems);
    if (!screenshotsWanted())
        QSKIP("Set CIVIS_SCREENSHOT_DIR to save a screenshot of the dialog.");
    QFont font = m_font;
    font.setPointSizeF(m_font.pointSizeF() * percent / 100.0);
    QApplication::setFont(font);
    m_file->addProfile(u"Production"_s, Api::ConnectionSettings::defaultBaseUrl().toString());
    m_file->addProfile(u"Staging"_s, u"https://staging.civis.example.com/api/"_s);
    CHECKED(openDialog());
    if (problems) {
        m_dialog->setProblem(u"Could not connect with \"Production\": the server could not be reached: Host "
                             "api.civisanalytics.com not found"_s);
        retype(m_name, u"Staging/EU"_s);
        retype(m_endpoint, u"http://staging.civis.example.com/api"_s);
        retype(m_key, QString());
    } else {
        retype(m_name, u"Local sandbox"_s);
        retype(m_endpoint, m_fixture->server.url().toString());
        retype(m_key, QString::fromLatin1(SandboxFixture::kAdminKey));
        QTest::mouseClick(m_test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_testResult->text().startsWith(u"Signed in as "_s), kWaitMs);
    }
    QTest::qWait(100);
    CHECKED(verifyNothingClipped());
    ::screenshot(m_dialog.get(), QString::fromLatin1(QTest::currentDataTag()) + u".png"_s);
}

// --- The keychain out of reach --------------------------------------------------------------------

void TestConnectionDialog::keychainUnavailableOnConnect()
{
    REQUIRE_KEYCHAIN("unavailable");
    CHECKED(openDialog());
    const QString key = uniqueKey();
    retype(m_name, u"Work"_s);
    retype(m_endpoint, m_fixture->server.url().toString());
    retype(m_key, key);
    QTest::mouseClick(m_connect, Qt::LeftButton);

    // It says so, stays open with everything typed...
    QTRY_COMPARE_WITH_TIMEOUT(m_keychainMessage->text(), kUnavailable, kWaitMs);
    QVERIFY(m_keychainMessage->isVisible());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_name->text(), u"Work"_s);
    QCOMPARE(m_key->text(), key);
    QVERIFY(m_connect->isEnabled());

    // ...and Connect goes on with the key for this session only; the name and the address are
    // saved, so the next start offers them and asks only for the key.
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const Api::ConnectionSettings settings = m_dialog->settings();
    QCOMPARE(settings.apiKey, key);
    QCOMPARE(settings.baseUrl, sandboxUrl());
    QCOMPARE(settings.profileName, u"Work"_s);
    QCOMPARE(m_profiles->names(), QStringList{u"Work"_s});
    QCOMPARE(m_profiles->baseUrl(u"Work"_s), sandboxUrl());
    const QByteArray bytes = m_file->bytes();
    QVERIFY2(!bytes.contains(key.toUtf8()) && bytes.contains("Work"), bytes.constData());
}

void TestConnectionDialog::keychainUnavailableForASavedConnection()
{
    REQUIRE_KEYCHAIN("unavailable");
    m_file->addProfile(u"Work"_s, sandboxUrl().toString());
    CHECKED(openDialog());
    QCOMPARE(m_list->count(), 1);
    m_dialog->selectProfile(u"Work"_s);
    QCOMPARE(m_list->currentItem()->text(), u"Work"_s);
    QCOMPARE(m_name->text(), u"Work"_s);
    QCOMPARE(m_endpoint->text(), sandboxUrl().toString());
    QTRY_COMPARE_WITH_TIMEOUT(m_keychainMessage->text(), kUnavailable, kWaitMs);
    QVERIFY(m_key->text().isEmpty());
    QVERIFY(!m_connect->isEnabled());

    // Typed in instead, the key is used at once, and kept in memory only.
    const QString key = uniqueKey();
    retype(m_key, key);
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->settings().apiKey, key);
    QCOMPARE(m_dialog->settings().profileName, u"Work"_s);
    QVERIFY(!m_file->bytes().contains(key.toUtf8()));
}

void TestConnectionDialog::removeWithoutKeychainKeepsTheConnection()
{
    REQUIRE_KEYCHAIN("unavailable");
    m_file->addProfile(u"Work"_s, sandboxUrl().toString());
    CHECKED(openDialog());
    m_dialog->selectProfile(u"Work"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_keychainMessage->text(), kUnavailable, kWaitMs);
    QVERIFY(m_remove->isEnabled());
    const QString asked = answerConfirmation(m_remove, true);
    QCOMPARE(asked, u"Remove the saved connection \"Work\"? Its key is deleted from the keychain."_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_keychainMessage->text().startsWith(u"The system keychain is not available"_s)
            && m_keychainMessage->text().endsWith(u"could not be removed."_s),
        kWaitMs);
    QCOMPARE(m_list->count(), 1); // kept, so its key is not left behind unseen
    QVERIFY(m_profiles->contains(u"Work"_s));
}

// --- The private keychain -------------------------------------------------------------------------

void TestConnectionDialog::savedConnectionRoundTrips()
{
    REQUIRE_KEYCHAIN("private");
    const QString name = track(uniqueName(u"Work"_s));
    const QString key = uniqueKey();
    const QJsonObject admin = adminWithKey(key);
    QVERIFY(!admin.isEmpty());

    CHECKED(openDialog());
    QTest::mouseClick(m_add, Qt::LeftButton);
    retype(m_name, name);
    retype(m_endpoint, m_fixture->server.url().toString());
    retype(m_key, key);
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kWaitMs);
    QCOMPARE(m_dialog->settings().profileName, name);
    QCOMPARE(m_dialog->settings().apiKey, key);
    QCOMPARE(m_dialog->settings().baseUrl, sandboxUrl());

    // The name and address in the settings; the key in the keychain only.
    QSettings reread(m_file->path(), QSettings::IniFormat);
    QCOMPARE(reread.value(u"connections/"_s + name + u"/baseUrl"_s).toString(), sandboxUrl().toString());
    const QByteArray bytes = m_file->bytes();
    QVERIFY2(bytes.contains(sandboxUrl().authority().toUtf8()), bytes.constData());
    QVERIFY2(!bytes.contains(key.toUtf8()), bytes.constData());
    QVERIFY2(!bytes.contains(key.right(16).toUtf8()), bytes.constData());
    const auto inKeychain = readKeychain(name);
    QCOMPARE(inKeychain.first, QKeychain::NoError);
    QCOMPARE(inKeychain.second, key);

    // As after a restart: a new dialog over the same file reads the key back, and it signs in.
    m_dialog.reset();
    m_profiles = std::make_unique<Api::ConnectionProfiles>(&reread);
    CHECKED(openDialog());
    QCOMPARE(m_list->count(), 1);
    m_dialog->selectProfile(name);
    QTRY_COMPARE_WITH_TIMEOUT(m_key->text(), key, kWaitMs);
    QCOMPARE(m_name->text(), name);
    QCOMPARE(m_endpoint->text(), sandboxUrl().toString());
    QVERIFY(m_keychainBar->isHidden());
    QTest::mouseClick(m_test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_testResult->text(),
        u"Signed in as %1 (%2), %3"_s.arg(admin.value(u"name"_s).toString(), admin.value(u"username"_s).toString(),
            admin.value(u"organizationName"_s).toString()),
        kWaitMs);
    // Nothing changed, nothing to save: Connect accepts at once.
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->settings().profileName, name);
    QCOMPARE(m_dialog->settings().apiKey, key);
    m_dialog.reset();
    m_profiles.reset(); // before `reread` goes
}

void TestConnectionDialog::editingASavedConnectionReplacesItsKeyAndName()
{
    REQUIRE_KEYCHAIN("private");
    const QString oldName = track(uniqueName(u"Old"_s));
    const QString newName = track(uniqueName(u"New"_s));
    const QString oldKey = uniqueKey();
    const QString newKey = uniqueKey();
    CHECKED(saveProfile(oldName, oldKey));
    CHECKED(openDialog());
    m_dialog->selectProfile(oldName);
    QTRY_COMPARE_WITH_TIMEOUT(m_key->text(), oldKey, kWaitMs);

    retype(m_name, newName);
    retype(m_key, newKey);
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kWaitMs);
    QCOMPARE(m_dialog->settings().profileName, newName);
    QCOMPARE(readKeychain(newName).second, newKey);
    // The old name goes, key and all.
    QTRY_VERIFY_WITH_TIMEOUT(!m_profiles->contains(oldName), kWaitMs);
    QCOMPARE(m_profiles->names(), QStringList{newName});
    QCOMPARE(readKeychain(oldName).first, QKeychain::EntryNotFound);
    const QByteArray bytes = m_file->bytes();
    QVERIFY(!bytes.contains(oldKey.toUtf8()) && !bytes.contains(newKey.toUtf8()));
}

void TestConnectionDialog::removeAsksOnceAndDeletesTheKey()
{
    REQUIRE_KEYCHAIN("private");
    const QString name = track(uniqueName(u"Work"_s));
    CHECKED(saveProfile(name, uniqueKey()));
    CHECKED(openDialog());
    QVERIFY(!m_remove->isEnabled()); // nothing selected
    m_dialog->selectProfile(name);
    QTRY_VERIFY_WITH_TIMEOUT(!m_key->text().isEmpty(), kWaitMs);
    QVERIFY(m_remove->isEnabled());
    const QString question = u"Remove the saved connection \"%1\"? Its key is deleted from the keychain."_s.arg(name);

    // Cancelled: nothing removed.
    QCOMPARE(answerConfirmation(m_remove, false), question);
    QTest::qWait(200);
    QVERIFY(m_profiles->contains(name));
    QCOMPARE(m_list->count(), 1);
    QCOMPARE(readKeychain(name).first, QKeychain::NoError);

    // Confirmed: gone from the list, the settings and the keychain.
    QCOMPARE(answerConfirmation(m_remove, true), question);
    QTRY_COMPARE_WITH_TIMEOUT(m_list->count(), 0, kWaitMs);
    QVERIFY(!m_profiles->contains(name));
    QCOMPARE(readKeychain(name).first, QKeychain::EntryNotFound);
    QVERIFY(!m_file->bytes().contains(sandboxUrl().authority().toUtf8()));
    QVERIFY(m_name->text().isEmpty()); // the form is a new connection again
    QVERIFY(m_key->text().isEmpty());
    QVERIFY(!m_remove->isEnabled());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
