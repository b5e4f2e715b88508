// The group dialog (create, edit, replace), driven by key and mouse through its widgets'
// object names, against the sandbox: what reaches the server, refusals, conflicts, validation,
// a hostile time zone id, and closing with unsaved changes.
//
// With CIVIS_SCREENSHOT_DIR set, the create, edit and conflict tests save the dialog there.

#include "uitestfixture.h"

#include "models/groupedit.h"
#include "models/groupstore.h"
#include "ui/groups/groupdialog.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtGui/QScreen>
#include <QtGui/QTextDocument>
#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLayout>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>

#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using Gui::GroupDialog;

namespace {

constexpr qint64 kBoston = 23; // "Boston Office" in the demo seed, slug boston-office

/// Opens a FIFO for writing once \a delayMs passed (or the test ended), so a reader that blocked
/// on it (a QTimeZone made from a path) is let go and the test fails instead of hanging.
class FifoWatchdog
{
public:
    FifoWatchdog(const QByteArray &path, int delayMs)
        : m_thread([this, path, delayMs] {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(delayMs), [this] { return m_done; });
            const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) {
                m_released = true;
                ::close(fd); // a reader was blocked: it reads end of file now
            }
        })
    {
    }
    ~FifoWatchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    /// True once it had to let a blocked reader go.
    bool releasedAReader() const { return m_released; }

private:
    std::atomic<bool> m_released = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace

class TestGroupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<UiFixture>();
        QVERIFY(m_fixture->startUi());
    }
    void cleanup()
    {
        m_dialog.reset();
        m_fixture.reset();
    }

    void createsTheGroupWithTheTypedFields();
    void editSendsOnlyTheChangedField();
    void replaceListsAndClearsTheFieldsLeftEmpty();
    void duplicateSlugKeepsTheDialogOpenWithTheServersMessage();
    void conflictWarnsAndOverwriteSaves();
    void takingTheServersValuesKeepsTheOtherEdits();
    void editingAfterAConflictChecksAgain();
    void validationDisablesOkAndSaysWhyAtTheField_data();
    void validationDisablesOkAndSaysWhyAtTheField();
    void hostileTimeZoneIdOpensAtOnceAsText_data();
    void hostileTimeZoneIdOpensAtOnceAsText();
    void busyWhileSavingAndStopStopsWaiting();
    void closingWithUnsavedChangesAsks();
    void keyboardReachesEveryField();
    void longNamesAndServerTextStayWithinTheScreen();
    void conflictListsEveryChangeOnTheServer();

private:
    /// Opens the dialog as the main window does (open(), not exec()) and waits until it shows.
    GroupDialog *openDialog(GroupDialog::Mode mode, const Api::Group &group = {})
    {
        m_dialog = std::make_unique<GroupDialog>(m_fixture->workspace.get(), mode, group);
        m_dialog->open();
        m_dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(m_dialog.get()))
            qWarning("the dialog did not show");
        return m_dialog.get();
    }

    template <typename T>
    T *widget(const QString &name)
    {
        return childNamed<T>(m_dialog.get(), name);
    }

    QPushButton *okButton() { return widget<QDialogButtonBox>(u"buttonBox"_s)->button(QDialogButtonBox::Ok); }
    QPushButton *cancelButton()
    {
        return widget<QDialogButtonBox>(u"buttonBox"_s)->button(QDialogButtonBox::Cancel);
    }

    /// The confirmation named \a name once it shows.
    QMessageBox *waitForQuestion(const QString &name)
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = m_dialog->findChild<QMessageBox *>(name);
                return box && box->isVisible();
            },
            10'000);
        return shown ? box : nullptr;
    }

    std::unique_ptr<UiFixture> m_fixture; ///< A fresh sandbox for every test.
    std::unique_ptr<GroupDialog> m_dialog;
};

void TestGroupDialog::createsTheGroupWithTheTypedFields()
{
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Create);
    QCOMPARE(dialog->mode(), GroupDialog::Mode::Create);
    QVERIFY(!okButton()->isEnabled()); // no name yet
    // The server puts a new group in the caller's own organization: the field says so.
    auto *organizationName = widget<QLabel>(u"organizationNameLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(organizationName->text(), u"Your own: Northwind Civic Data"_s, 30'000);
    QVERIFY(widget<QLabel>(u"organizationHintLabel"_s)->text().contains(u"your own organization"_s));

    QTest::keyClicks(widget<QLineEdit>(u"nameLineEdit"_s), u"Data Quality Review"_s);
    QTest::keyClicks(widget<QPlainTextEdit>(u"descriptionTextEdit"_s), u"Second look at flagged rows."_s);
    QTest::keyClicks(widget<QLineEdit>(u"slugLineEdit"_s), u"dq-review"_s);
    auto *twoFactor = widget<QComboBox>(u"twoFactorComboBox"_s);
    QCOMPARE(twoFactor->count(), 3); // not set, required, not required
    QTest::keyClick(twoFactor, Qt::Key_Down);
    QCOMPARE(twoFactor->currentText(), u"Required"_s);
    QTest::keyClicks(widget<QLineEdit>(u"roleIdsLineEdit"_s), u"2, 5"_s);

    // The time zone: any part of its name, any case, then picked from the list.
    auto *zones = widget<QComboBox>(u"timeZoneComboBox"_s);
    QCOMPARE(zones->itemText(0), u"Not set"_s);
    QCOMPARE(zones->currentText(), QString()); // not set: the placeholder says so
    QCOMPARE(zones->lineEdit()->placeholderText(), u"Not set"_s);
    QCOMPARE(zones->count(), int(QTimeZone::availableTimeZoneIds().size()) + 1);
    zones->setFocus();
    QTest::keyClicks(zones->lineEdit(), u"berl"_s);
    QCompleter *completer = zones->completer();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->rowCount(), 1);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), u"Europe/Berlin"_s);
    QVERIFY(!okButton()->isEnabled()); // "berl" is no time zone
    QVERIFY(widget<QLabel>(u"timeZoneErrorLabel"_s)->isVisible());
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(zones->currentText(), u"Europe/Berlin"_s);
    QVERIFY(widget<QLabel>(u"timeZoneErrorLabel"_s)->isHidden());
    QVERIFY(widget<QLabel>(u"timeZoneHintLabel"_s)->text().startsWith(u"Now UTC"_s));
    QTest::keyClicks(widget<QLineEdit>(u"jobsLabelLineEdit"_s), u"etl"_s);
    QVERIFY(okButton()->isEnabled());
    screenshot(dialog, u"group-dialog-create.png"_s);

    QSignalSpy saved(dialog, &GroupDialog::saved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(saved.first().at(1).toString(), u"Created Data Quality Review"_s);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const qint64 id = saved.first().at(0).toLongLong();
    QCOMPARE(m_fixture->storedGroupValue(id, u"name"_s).toString(), u"Data Quality Review"_s);
    QCOMPARE(m_fixture->storedGroupValue(id, u"description"_s).toString(), u"Second look at flagged rows."_s);
    QCOMPARE(m_fixture->storedGroupValue(id, u"slug"_s).toString(), u"dq-review"_s);
    QCOMPARE(m_fixture->storedGroupValue(id, u"organization_id"_s).toLongLong(), 1);
    QCOMPARE(m_fixture->storedGroupValue(id, u"default_otp_required_for_login"_s).toInt(), 1);
    QCOMPARE(m_fixture->storedGroupValue(id, u"default_time_zone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(m_fixture->storedGroupValue(id, u"default_jobs_label"_s).toString(), u"etl"_s);
    QVERIFY(m_fixture->storedGroupValue(id, u"default_notebooks_label"_s).isNull());
    QCOMPARE(m_fixture->ids(u"SELECT role_id FROM group_roles WHERE group_id = %1"_s.arg(id)), QList<qint64>({2, 5}));
}

void TestGroupDialog::editSendsOnlyTheChangedField()
{
    const Api::Group before = m_fixture->fetchGroup(kBoston);
    // Changed by someone else after the store's copy was fetched: the dialog shows the old one.
    QVERIFY(m_fixture->changeBehindTheAppsBack(kBoston, {{u"description"_s, u"Set behind the app's back"_s}}));

    GroupDialog *dialog = openDialog(GroupDialog::Mode::Edit, before);
    QCOMPARE(dialog->windowTitle(), u"Edit Boston Office"_s);
    auto *name = widget<QLineEdit>(u"nameLineEdit"_s);
    QCOMPARE(name->text(), u"Boston Office"_s);
    QCOMPARE(widget<QLineEdit>(u"slugLineEdit"_s)->text(), u"boston-office"_s);
    QCOMPARE(widget<QPlainTextEdit>(u"descriptionTextEdit"_s)->toPlainText(), before.description.value());
    QCOMPARE(widget<QLineEdit>(u"organizationLineEdit"_s)->text(), u"1"_s);
    QCOMPARE(widget<QLabel>(u"organizationNameLabel"_s)->text(), u"Northwind Civic Data"_s);
    QCOMPARE(widget<QComboBox>(u"twoFactorComboBox"_s)->count(), 2); // the server always holds one
    QCOMPARE(widget<QComboBox>(u"timeZoneComboBox"_s)->currentText(), QString());
    QVERIFY(!okButton()->isEnabled()); // nothing changed yet
    QCOMPARE(okButton()->text(), u"Save"_s);

    retype(name, u"Boston HQ"_s);
    QVERIFY(okButton()->isEnabled());
    screenshot(dialog, u"group-dialog-edit.png"_s);

    QSignalSpy saved(dialog, &GroupDialog::saved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(saved.first().at(0).toLongLong(), kBoston);
    QCOMPARE(saved.first().at(1).toString(), u"Saved Boston HQ"_s);
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston HQ"_s);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"description"_s).toString(), u"Set behind the app's back"_s);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"slug"_s).toString(), u"boston-office"_s);
    QCOMPARE(m_fixture->workspace->undoStack()->count(), 1);
    QCOMPARE(m_fixture->workspace->undoStack()->undoText(), u"Edit Boston Office"_s);
}

void TestGroupDialog::replaceListsAndClearsTheFieldsLeftEmpty()
{
    QVERIFY(m_fixture->changeBehindTheAppsBack(kBoston, {{u"default_jobs_label"_s, u"east"_s}}));
    const Api::Group before = m_fixture->fetchGroup(kBoston);
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Replace, before);
    QCOMPARE(dialog->windowTitle(), u"Replace Boston Office"_s);
    QVERIFY(widget<QLabel>(u"modeNoteLabel"_s)->text().contains(u"left empty is cleared"_s));
    QVERIFY(okButton()->isEnabled()); // a replace may send the same values
    auto *jobs = widget<QLineEdit>(u"jobsLabelLineEdit"_s);
    QCOMPARE(jobs->text(), u"east"_s);
    retype(widget<QPlainTextEdit>(u"descriptionTextEdit"_s), QString());
    retype(jobs, QString());
    retype(widget<QLineEdit>(u"notebooksLabelLineEdit"_s), u"nb-east"_s);

    // First thought better of: nothing is sent.
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QMessageBox *box = waitForQuestion(u"replaceConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"clears these fields"_s));
    const QStringList listed = box->informativeText().split(u'\n');
    QCOMPARE(listed.size(), 2);
    QVERIFY2(listed.at(0).contains(u"Description"_s), qPrintable(listed.at(0)));
    QVERIFY2(listed.at(1).contains(u"Default jobs label"_s) && listed.at(1).contains(u"east"_s),
        qPrintable(listed.at(1)));
    screenshot(box, u"group-dialog-replace-confirmation.png"_s);
    QTest::mouseClick(childNamed<QPushButton>(box, u"keepEditingButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(u"replaceConfirmation"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"default_jobs_label"_s).toString(), u"east"_s);

    QSignalSpy saved(dialog, &GroupDialog::saved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    box = waitForQuestion(u"replaceConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(childNamed<QPushButton>(box, u"confirmReplaceButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(saved.first().at(1).toString(), u"Saved Boston Office"_s);
    QVERIFY(m_fixture->storedGroupValue(kBoston, u"description"_s).isNull());
    QVERIFY(m_fixture->storedGroupValue(kBoston, u"default_jobs_label"_s).isNull());
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"default_notebooks_label"_s).toString(), u"nb-east"_s);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston Office"_s);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"slug"_s).toString(), u"boston-office"_s);
    QCOMPARE(m_fixture->workspace->undoStack()->undoText(), u"Replace Boston Office"_s);
}

void TestGroupDialog::duplicateSlugKeepsTheDialogOpenWithTheServersMessage()
{
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Create);
    auto *name = widget<QLineEdit>(u"nameLineEdit"_s);
    auto *slug = widget<QLineEdit>(u"slugLineEdit"_s);
    auto *description = widget<QPlainTextEdit>(u"descriptionTextEdit"_s);
    QTest::keyClicks(name, u"Data Quality 2"_s);
    QTest::keyClicks(description, u"Typed and kept"_s);
    QTest::keyClicks(slug, u"data-quality"_s); // the seed's Data Quality has it
    QSignalSpy saved(dialog, &GroupDialog::saved);
    QTest::mouseClick(okButton(), Qt::LeftButton);

    auto *slugError = widget<QLabel>(u"slugErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(slugError->isVisible(), 30'000);
    QCOMPARE(slugError->text(), u"The slug \"data-quality\" is already taken by another group; choose another."_s);
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.size(), 0);
    QCOMPARE(name->text(), u"Data Quality 2"_s);
    QCOMPARE(slug->text(), u"data-quality"_s);
    QCOMPARE(description->toPlainText(), u"Typed and kept"_s);
    QVERIFY(!okButton()->isEnabled()); // until the slug changes
    screenshot(dialog, u"group-dialog-refused.png"_s);
    QVERIFY(widget<QProgressBar>(u"busyProgressBar"_s)->isHidden());
    QVERIFY(m_fixture->column(u"SELECT id FROM groups WHERE name = 'Data Quality 2'"_s).isEmpty());

    QTest::keyClicks(slug, u"-2"_s);
    QVERIFY(slugError->isHidden());
    QVERIFY(okButton()->isEnabled());
}

void TestGroupDialog::conflictWarnsAndOverwriteSaves()
{
    const Api::Group before = m_fixture->fetchGroup(kBoston);
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Edit, before);
    auto *message = widget<QFrame>(u"messageFrame"_s);
    auto *overwrite = widget<QPushButton>(u"overwriteButton"_s);
    QVERIFY(message->isHidden());
    QVERIFY(overwrite->isHidden());

    // Someone renames it while the dialog is open.
    QVERIFY(m_fixture->changeBehindTheAppsBack(kBoston, {{u"name"_s, u"Boston Hub"_s}}));
    retype(widget<QLineEdit>(u"nameLineEdit"_s), u"Boston HQ"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30'000);
    const QString text = widget<QLabel>(u"messageLabel"_s)->text();
    QVERIFY2(text.contains(u"changed on the server"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Name:"_s) && text.contains(u"“Boston Office”"_s) && text.contains(u"“Boston Hub”"_s),
        qPrintable(text));
    QVERIFY(overwrite->isVisible());
    QVERIFY(widget<QPushButton>(u"takeServerValuesButton"_s)->isVisible());
    QVERIFY(!okButton()->isEnabled());
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston Hub"_s); // nothing sent
    screenshot(dialog, u"group-dialog-conflict.png"_s);

    QSignalSpy saved(dialog, &GroupDialog::saved);
    QTest::mouseClick(overwrite, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(saved.first().at(1).toString(), u"Saved Boston HQ"_s);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston HQ"_s);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestGroupDialog::takingTheServersValuesKeepsTheOtherEdits()
{
    const Api::Group before = m_fixture->fetchGroup(kBoston);
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Edit, before);
    QVERIFY(m_fixture->changeBehindTheAppsBack(kBoston, {{u"name"_s, u"Boston Hub"_s}}));
    auto *name = widget<QLineEdit>(u"nameLineEdit"_s);
    auto *jobs = widget<QLineEdit>(u"jobsLabelLineEdit"_s);
    retype(name, u"Boston HQ"_s);
    QTest::keyClicks(jobs, u"east"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    auto *take = widget<QPushButton>(u"takeServerValuesButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(take->isVisible(), 30'000);

    QTest::mouseClick(take, Qt::LeftButton);
    QCOMPARE(name->text(), u"Boston Hub"_s); // the server's
    QCOMPARE(jobs->text(), u"east"_s); // the person's, which the server did not touch
    QVERIFY(widget<QFrame>(u"messageFrame"_s)->isHidden());
    QVERIFY(okButton()->isEnabled());

    QSignalSpy saved(dialog, &GroupDialog::saved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston Hub"_s);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"default_jobs_label"_s).toString(), u"east"_s);
}

void TestGroupDialog::editingAfterAConflictChecksAgain()
{
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Edit, m_fixture->fetchGroup(kBoston));
    QVERIFY(m_fixture->changeBehindTheAppsBack(kBoston, {{u"name"_s, u"Boston Hub"_s}}));
    auto *name = widget<QLineEdit>(u"nameLineEdit"_s);
    retype(name, u"Boston HQ"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    auto *message = widget<QFrame>(u"messageFrame"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30'000);
    QVERIFY(name->isEnabled()); // the person's values stay readable and editable

    // Overwrite would send the values the check saw: a change to the form puts that aside.
    QTest::keyClicks(name, u" East"_s);
    QVERIFY(message->isHidden());
    QVERIFY(widget<QPushButton>(u"overwriteButton"_s)->isHidden());
    QVERIFY(okButton()->isEnabled());
    QVERIFY(widget<QLabel>(u"statusLabel"_s)->text().contains(u"checks the server again"_s));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30'000);
    QVERIFY(widget<QLabel>(u"messageLabel"_s)->text().contains(u"“Boston Hub”"_s));
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston Hub"_s);
    QVERIFY(dialog->isVisible());
}

void TestGroupDialog::validationDisablesOkAndSaysWhyAtTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("fixed");

    QTest::newRow("role ids not integers")
        << u"roleIdsLineEdit"_s << u"3, x"_s << u"roleIdsErrorLabel"_s << u"“x” is not a role id"_s << u"3, 7"_s;
    QTest::newRow("role id not positive")
        << u"roleIdsLineEdit"_s << u"3, -4"_s << u"roleIdsErrorLabel"_s << u"positive"_s << u"3, 4"_s;
    QTest::newRow("name required") << u"nameLineEdit"_s << QString() << u"nameErrorLabel"_s << u"needs a name"_s
                                   << u"Boston"_s;
    QTest::newRow("slug characters") << u"slugLineEdit"_s << u"Boston Office"_s << u"slugErrorLabel"_s
                                     << u"lowercase letters, digits"_s << u"boston_office"_s;
    QTest::newRow("organization id") << u"organizationLineEdit"_s << u"north"_s << u"organizationErrorLabel"_s
                                     << u"its id"_s << u"2"_s;
    QTest::newRow("time zone from the list") << u"timeZoneComboBox"_s << u"Mars/Olympus"_s << u"timeZoneErrorLabel"_s
                                             << u"not a time zone this computer knows"_s << u"America/Chicago"_s;
}

void TestGroupDialog::validationDisablesOkAndSaysWhyAtTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, errorLabel);
    QFETCH(QString, says);
    QFETCH(QString, fixed);

    openDialog(GroupDialog::Mode::Edit, m_fixture->fetchGroup(kBoston));
    QLineEdit *edit = field == "timeZoneComboBox"_L1 ? widget<QComboBox>(field)->lineEdit() : widget<QLineEdit>(field);
    QVERIFY(edit);
    auto *error = widget<QLabel>(errorLabel);
    retype(edit, u"z"_s); // a change, valid or not, so only the problem keeps OK disabled
    retype(edit, typed);
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(says), qPrintable(error->text()));
    QCOMPARE(widget<QWidget>(field)->toolTip(), error->text());
    if (QByteArray(QTest::currentDataTag()) == "role ids not integers")
        screenshot(m_dialog.get(), u"group-dialog-invalid.png"_s);

    retype(edit, fixed);
    QVERIFY(error->isHidden());
    QVERIFY(okButton()->isEnabled());
}

void TestGroupDialog::hostileTimeZoneIdOpensAtOnceAsText_data()
{
    QTest::addColumn<bool>("fifo");
    QTest::newRow("stdin") << false;
    // A FIFO blocks any reader until a writer comes: a dialog that made a QTimeZone of the id
    // would stop here until the watchdog lets it go, and fail because it had to.
    QTest::newRow("fifo") << true;
}

void TestGroupDialog::hostileTimeZoneIdOpensAtOnceAsText()
{
    QFETCH(bool, fifo);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString zone = u"../../../../dev/stdin"_s;
    std::unique_ptr<FifoWatchdog> watchdog;
    if (fifo) {
        const QByteArray path = QDir(dir.path()).filePath(u"zone"_s).toLocal8Bit();
        QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        zone = u"../../../.."_s + QString::fromLocal8Bit(path);
        watchdog = std::make_unique<FifoWatchdog>(path, 5'000);
    }
    // Put straight in the database: the sandbox's own check makes a QTimeZone of what a PATCH
    // sends, and would block on it.
    bool written = false;
    m_fixture->server.runOnServer([&](SandboxServer &s) {
        written = s.database().exec(u"UPDATE groups SET default_time_zone = ? WHERE id = ?"_s, {zone, kBoston});
    });
    QVERIFY(written);
    const Api::Group group = m_fixture->fetchGroup(kBoston);
    QCOMPARE(group.defaultTimeZone, std::optional<QString>(zone));

    QElapsedTimer timer;
    timer.start();
    openDialog(GroupDialog::Mode::Edit, group);
    auto *zones = widget<QComboBox>(u"timeZoneComboBox"_s);
    QCOMPARE(zones->currentText(), zone);
    qInfo("opening took %lld ms", qint64(timer.elapsed()));
    QVERIFY2(!watchdog || !watchdog->releasedAReader(), "the dialog read the zone id as a file");
    QVERIFY(widget<QLabel>(u"timeZoneHintLabel"_s)->text().contains(u"not a time zone this computer knows"_s));
    QVERIFY(widget<QLabel>(u"timeZoneErrorLabel"_s)->isHidden());
    if (!fifo)
        screenshot(m_dialog.get(), u"group-dialog-server-time-zone.png"_s);

    // Left alone, it is not sent, and the rest can be saved.
    retype(widget<QLineEdit>(u"nameLineEdit"_s), u"Boston HQ"_s);
    QVERIFY(okButton()->isEnabled());
    QSignalSpy saved(m_dialog.get(), &GroupDialog::saved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston HQ"_s);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"default_time_zone"_s).toString(), zone);

    // A replace would send it: there it must be changed or cleared first.
    timer.restart();
    openDialog(GroupDialog::Mode::Replace, m_fixture->fetchGroup(kBoston));
    qInfo("opening took %lld ms", qint64(timer.elapsed()));
    QVERIFY2(!watchdog || !watchdog->releasedAReader(), "the dialog read the zone id as a file");
    QCOMPARE(widget<QComboBox>(u"timeZoneComboBox"_s)->currentText(), zone);
    QVERIFY(widget<QLabel>(u"timeZoneErrorLabel"_s)->isVisible());
    QVERIFY(!okButton()->isEnabled());
}

void TestGroupDialog::busyWhileSavingAndStopStopsWaiting()
{
    const Api::Group before = m_fixture->fetchGroup(kBoston);
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 700;
    m_fixture->setFaults(slow);
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Edit, before);
    retype(widget<QLineEdit>(u"nameLineEdit"_s), u"Boston HQ"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    auto *busy = widget<QProgressBar>(u"busyProgressBar"_s);
    QVERIFY(busy->isVisible());
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(!widget<QWidget>(u"formWidget"_s)->isEnabled());
    QCOMPARE(cancelButton()->text(), u"Stop"_s);
    QTRY_VERIFY(widget<QLabel>(u"statusLabel"_s)->text().contains(u"Checking Boston Office"_s));

    // Stop while it checks: nothing is sent, the dialog stays with the typed name.
    QTest::mouseClick(cancelButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(busy->isHidden());
    QVERIFY(widget<QLabel>(u"messageLabel"_s)->text().contains(u"Stopped before anything was sent"_s));
    QCOMPARE(widget<QLineEdit>(u"nameLineEdit"_s)->text(), u"Boston HQ"_s);
    QCOMPARE(cancelButton()->text(), u"Cancel"_s);
    QVERIFY(okButton()->isEnabled());
    QTest::qWait(1'000); // had anything been sent, it would have landed by now
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston Office"_s);

    // And saved when let be.
    QSignalSpy saved(dialog, &GroupDialog::saved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(busy->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston HQ"_s);
}

void TestGroupDialog::closingWithUnsavedChangesAsks()
{
    // Nothing changed: Esc closes at once.
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Edit, m_fixture->fetchGroup(kBoston));
    auto *name = widget<QLineEdit>(u"nameLineEdit"_s);
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!dialog->findChild<QMessageBox *>(u"discardConfirmation"_s));

    dialog = openDialog(GroupDialog::Mode::Edit, m_fixture->fetchGroup(kBoston));
    name = widget<QLineEdit>(u"nameLineEdit"_s);
    QTest::keyClick(name, Qt::Key_End); // it opens with the name selected, to type over
    QTest::keyClicks(name, u" East"_s);

    // Esc asks; keep editing keeps it all.
    QTest::keyClick(name, Qt::Key_Escape);
    QMessageBox *box = waitForQuestion(u"discardConfirmation"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Discard your changes to Boston Office?"_s);
    QTest::mouseClick(childNamed<QPushButton>(box, u"keepEditingButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(u"discardConfirmation"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), u"Boston Office East"_s);

    // The window's close button asks too.
    dialog->close();
    box = waitForQuestion(u"discardConfirmation"_s);
    QVERIFY(box);
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(childNamed<QPushButton>(box, u"keepEditingButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(u"discardConfirmation"_s));

    // Cancel asks; discard closes, and nothing was sent.
    QTest::mouseClick(cancelButton(), Qt::LeftButton);
    box = waitForQuestion(u"discardConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(childNamed<QPushButton>(box, u"discardButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston Office"_s);

    // A new group with a name typed asks by that name.
    dialog = openDialog(GroupDialog::Mode::Create);
    QTest::keyClicks(widget<QLineEdit>(u"nameLineEdit"_s), u"Data Quality"_s);
    QTest::mouseClick(cancelButton(), Qt::LeftButton);
    box = waitForQuestion(u"discardConfirmation"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Discard the new group Data Quality?"_s);
    QTest::mouseClick(childNamed<QPushButton>(box, u"discardButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestGroupDialog::keyboardReachesEveryField()
{
    openDialog(GroupDialog::Mode::Edit, m_fixture->fetchGroup(kBoston));
    auto *name = widget<QLineEdit>(u"nameLineEdit"_s);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    const QStringList expected{u"descriptionTextEdit"_s, u"slugLineEdit"_s, u"organizationLineEdit"_s,
        u"twoFactorComboBox"_s, u"roleIdsLineEdit"_s, u"timeZoneComboBox"_s, u"jobsLabelLineEdit"_s,
        u"notebooksLabelLineEdit"_s, u"servicesLabelLineEdit"_s};
    QStringList reached;
    for (int i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        // An editable combo box hands its focus to its line edit.
        if (focused && !focused->objectName().endsWith("ComboBox"_L1) && qobject_cast<QComboBox *>(focused->parent()))
            focused = focused->parentWidget();
        reached.append(focused ? focused->objectName() : QString());
    }
    QCOMPARE(reached, expected);

    // Each label's mnemonic goes to its field.
    const QList<std::pair<Qt::Key, QString>> mnemonics{{Qt::Key_L, u"slugLineEdit"_s},
        {Qt::Key_G, u"organizationLineEdit"_s}, {Qt::Key_R, u"roleIdsLineEdit"_s}, {Qt::Key_J, u"jobsLabelLineEdit"_s},
        {Qt::Key_K, u"notebooksLabelLineEdit"_s}, {Qt::Key_S, u"servicesLabelLineEdit"_s},
        {Qt::Key_N, u"nameLineEdit"_s}};
    for (const auto &[key, field] : mnemonics) {
        QTest::keyClick(m_dialog.get(), key, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), widget<QWidget>(field));
    }
}

namespace {

/// True when \a widget lies within the available geometry of its screen, frame included.
bool withinScreen(const QWidget *widget)
{
    const QRect available = widget->screen()->availableGeometry();
    const QRect frame = widget->frameGeometry();
    if (available.contains(frame))
        return true;
    qWarning("%s at %d,%d %dx%d, the screen's room %d,%d %dx%d", widget->metaObject()->className(), frame.x(),
        frame.y(), frame.width(), frame.height(), available.x(), available.y(), available.width(), available.height());
    return false;
}

/// True when the parts of \a dialog (message, note, form, buttons) each get the height they need
/// at their width, one below the other: none is cut or drawn over another.
bool laidOutWhole(QWidget *dialog)
{
    QCoreApplication::processEvents();
    QLayout *layout = dialog->layout();
    int bottom = 0;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->isEmpty())
            continue;
        const QRect r = item->geometry();
        const int needed = item->hasHeightForWidth() ? item->heightForWidth(r.width()) : item->minimumSize().height();
        if (r.top() < bottom || r.height() < needed) {
            qWarning("item %d at %d,%d %dx%d needs %d px; the one above ends at %d", i, r.x(), r.y(), r.width(),
                r.height(), needed, bottom);
            return false;
        }
        bottom = r.bottom() + 1;
    }
    return bottom <= dialog->height();
}

/// True when \a button shows, whole, inside its window.
bool shownWhole(const QWidget *button)
{
    const QRect inWindow(button->mapTo(button->window(), QPoint(0, 0)), button->size());
    return button->isVisible() && button->window()->rect().contains(inWindow);
}

} // namespace

void TestGroupDialog::longNamesAndServerTextStayWithinTheScreen()
{
    // A slug of 200 characters that another group holds: the server's refusal quotes it whole.
    const QString longSlug = u"boston-"_s + QString(193, u'x');
    QVERIFY(m_fixture->changeBehindTheAppsBack(kBoston, {{u"slug"_s, longSlug}}));
    const QString longName = u"Analytics"_s + QString(307, u'O'); // 316 characters, no space
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Create);
    QVERIFY(withinScreen(dialog));
    auto *name = widget<QLineEdit>(u"nameLineEdit"_s);
    name->setText(longName);
    auto *slug = widget<QLineEdit>(u"slugLineEdit"_s);
    slug->setText(longSlug);

    // The server refuses the name; "Creating <the name>…" showed on the way.
    QTest::mouseClick(okButton(), Qt::LeftButton);
    auto *nameError = widget<QLabel>(u"nameErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible(), 30'000);
    QVERIFY2(nameError->text().contains(u"255"_s), qPrintable(nameError->text()));
    QCoreApplication::processEvents();
    QVERIFY(withinScreen(dialog));
    QVERIFY(laidOutWhole(dialog));
    QVERIFY(shownWhole(okButton()));
    QVERIFY(shownWhole(cancelButton()));

    // The question on Cancel names the group, cut short, and fits the screen whole.
    QTest::mouseClick(cancelButton(), Qt::LeftButton);
    QMessageBox *box = waitForQuestion(u"discardConfirmation"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u'…') && box->text().size() < 120, qPrintable(box->text()));
    QVERIFY(box->text().startsWith(u"Discard the new group Analytics"_s));
    QVERIFY(withinScreen(box));
    auto *question = box->findChild<QLabel *>(u"qt_msgbox_label"_s);
    QVERIFY(question);
    QVERIFY(question->sizeHint().width() <= question->width()); // nothing of the text cut off
    QTest::mouseClick(childNamed<QPushButton>(box, u"keepEditingButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(u"discardConfirmation"_s));

    // A shorter name: now the server refuses the slug, quoting all 200 characters of it. The
    // words wrap at the field, on several lines, within the dialog.
    retype(name, u"Analytics Office East"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    auto *slugError = widget<QLabel>(u"slugErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(slugError->isVisible(), 30'000);
    QCoreApplication::processEvents();
    const QString said = slugError->text().remove(QChar(0x200B));
    QVERIFY2(said.contains(longSlug), qPrintable(said)); // all of it, none cut
    QVERIFY2(slugError->height() >= 3 * slugError->fontMetrics().height(), "the server's text is not wrapped");
    QVERIFY(withinScreen(dialog));
    const QRect inDialog(slugError->mapTo(dialog, QPoint(0, 0)), slugError->size());
    QVERIFY(dialog->rect().contains(inDialog));
    QVERIFY(laidOutWhole(dialog));
    QVERIFY(shownWhole(okButton()));
    QVERIFY(shownWhole(cancelButton()));
}

void TestGroupDialog::conflictListsEveryChangeOnTheServer()
{
    const Api::Group before = m_fixture->fetchGroup(kBoston);
    GroupDialog *dialog = openDialog(GroupDialog::Mode::Edit, before);
    // Meanwhile someone renames the group and sets its jobs label; the person sets the jobs label.
    QVERIFY(m_fixture->changeBehindTheAppsBack(
        kBoston, {{u"name"_s, u"Boston Hub"_s}, {u"default_jobs_label"_s, u"hub-jobs"_s}}));
    QTest::keyClicks(widget<QLineEdit>(u"jobsLabelLineEdit"_s), u"east"_s);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    auto *message = widget<QFrame>(u"messageFrame"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30'000);

    // The rename is listed though the person did not touch the name, with what Overwrite does
    // to each field: keeps the new name, sets the person's label.
    const QString html = widget<QLabel>(u"messageLabel"_s)->text();
    QTextDocument document;
    document.setHtml(html);
    const QString text = document.toPlainText().remove(QChar(0x200B));
    QVERIFY2(text.contains(u"Name:"_s) && text.contains(u"“Boston Office” → “Boston Hub”"_s), qPrintable(text));
    QVERIFY2(text.contains(u"keeps “Boston Hub”"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Default jobs label:"_s) && text.contains(u"→ “hub-jobs”"_s), qPrintable(text));
    QVERIFY2(text.contains(u"sets yours: “east”"_s), qPrintable(text));
    // Row by row, in the form's order: the name's row says it is kept, the label's that it is set.
    const qsizetype nameRow = text.indexOf(u"Name:"_s);
    const qsizetype kept = text.indexOf(u"keeps “Boston Hub”"_s);
    const qsizetype labelRow = text.indexOf(u"Default jobs label:"_s);
    const qsizetype set = text.indexOf(u"sets yours"_s);
    QVERIFY2(nameRow < kept && kept < labelRow && labelRow < set, qPrintable(text));
    QVERIFY(withinScreen(dialog));
    QVERIFY(laidOutWhole(dialog));
    QVERIFY(shownWhole(widget<QPushButton>(u"overwriteButton"_s)));

    // Overwrite does what it said.
    QSignalSpy saved(dialog, &GroupDialog::saved);
    QTest::mouseClick(widget<QPushButton>(u"overwriteButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"name"_s).toString(), u"Boston Hub"_s);
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"default_jobs_label"_s).toString(), u"east"_s);
}

QTEST_MAIN(TestGroupDialog)
#include "tst_groupdialog.moc"
