// The Changes dock in a real main window over the in-process sandbox: a bulk add shows its
// progress and ends with a summary; failures name the server's reason and Retry failed (the
// button) makes them; Pause holds back and Cancel stops a slow run; closing the window while a
// change runs asks, and Yes leaves nothing in flight.

#include "uitestfixture.h"

#include "models/changeoperation.h"
#include "models/operationlistmodel.h"
#include "models/workspace.h"
#include "ui/changes/changespanel.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/launcher.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/workspacewidget.h"

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>

using Api::BulkOutcome;
using Models::ChangeOperation;
using Models::UserRef;
using namespace Qt::StringLiterals;

class TestChangesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aBulkAddShowsItsProgressAndEndsWithASummary();
    void failuresNameTheServersReasonAndRetryFailedMakesThem();
    void pauseHoldsBackAndResumeFinishes();
    void cancelStopsASlowRun();
    void closingWhileAChangeRunsAsksFirst();
    void connectingElsewhereWhileAChangeRunsAsksFirst();
    void screenshots();

private:
    void openWindow();
    Models::Workspace *workspace() const { return m_window->session()->workspace(); }
    Gui::ChangesPanel *panel() const { return childNamed<Gui::ChangesPanel>(m_window.get(), u"changesPanel"_s); }
    template <typename T>
    T *widget(const char *name) const
    {
        return childNamed<T>(m_window.get(), QString::fromLatin1(name));
    }
    QList<UserRef> nonMembers(qint64 groupId, int count)
    {
        QList<UserRef> users;
        const QVariantList ids = m_fixture->column(u"SELECT id FROM users WHERE id NOT IN "
                                                   "(SELECT user_id FROM memberships WHERE group_id = %1) "
                                                   "AND organization_id = 1 ORDER BY id LIMIT %2"_s.arg(groupId).arg(count));
        const QVariantList names = m_fixture->column(u"SELECT name FROM users WHERE id NOT IN "
                                                     "(SELECT user_id FROM memberships WHERE group_id = %1) "
                                                     "AND organization_id = 1 ORDER BY id LIMIT %2"_s.arg(groupId).arg(count));
        for (int i = 0; i < ids.size(); ++i)
            users.append({ids.at(i).toLongLong(), names.value(i).toString(), {}, {}});
        return users;
    }
    qint64 smallGroup()
    {
        return m_fixture->column(u"SELECT id FROM groups WHERE organization_id = 1 ORDER BY total_member_count, id LIMIT 1"_s)
            .value(0)
            .toLongLong();
    }
    int memberCount(qint64 groupId)
    {
        return m_fixture->column(u"SELECT COUNT(*) FROM memberships WHERE group_id = %1"_s.arg(groupId)).value(0).toInt();
    }
    void slowServer(int minMs, int maxMs)
    {
        FaultSettings slow;
        slow.latencyMinMs = minMs;
        slow.latencyMaxMs = maxMs;
        m_fixture->setFaults(slow);
    }
    /// The question the window asks before it cuts changes short, once it is up.
    QMessageBox *confirmBox() const
    {
        QMessageBox *box = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                return box && box->objectName() == u"confirmQuitBox"_s;
            },
            10'000);
        return box && box->objectName() == u"confirmQuitBox"_s ? box : nullptr;
    }
    /// How many of \a operation's changes the server may have made: done, or sent before a cancel.
    static int mayHaveBeenMade(const ChangeOperation &operation)
    {
        int n = 0;
        for (int i = 0; i < operation.size(); ++i)
            n += operation.mayHaveBeenMade(i) ? 1 : 0;
        return n;
    }
    /// The member count of \a groupId once what was on its way when a run stopped has landed
    /// (the server may still be answering a request the client called off).
    int settledMemberCount(qint64 groupId)
    {
        QTest::qWait(300); // longer than the slowest answer the tests ask the sandbox for
        return memberCount(groupId);
    }
    static bool nothingInFlight(const ChangeOperation &operation)
    {
        return operation.state() == ChangeOperation::State::Finished && operation.count(BulkOutcome::Running) == 0
            && operation.count(BulkOutcome::Pending) == 0;
    }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestChangesPanel::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestChangesPanel::cleanup()
{
    if (m_window && m_window->session()) {
        // Nothing of one test runs on into the next.
        for (ChangeOperation *operation : workspace()->unfinishedOperations())
            operation->cancel();
        QTRY_VERIFY(!workspace()->isBusy());
    }
    m_window.reset();
    m_fixture.reset();
}

void TestChangesPanel::openWindow()
{
    m_window = m_fixture->openMainWindow();
    QVERIFY(m_window);
    QVERIFY(panel());
    QCOMPARE(widget<QDockWidget>("changesDock")->widget(), panel());
}

void TestChangesPanel::aBulkAddShowsItsProgressAndEndsWithASummary()
{
    openWindow();
    auto *dock = widget<QDockWidget>("changesDock");
    dock->hide();
    QWidget *focused = QApplication::focusWidget();
    const qint64 group = smallGroup();
    const int before = memberCount(group);
    const QList<UserRef> users = nonMembers(group, 60);
    slowServer(20, 40);
    ChangeOperation *add = workspace()->addMembers(group, users);

    // Once it starts (60 is more than a few): the dock shows itself, the keyboard stays put.
    auto *bar = widget<QProgressBar>("changeProgressBar");
    QTRY_COMPARE_WITH_TIMEOUT(bar->maximum(), 60, 10'000);
    QVERIFY(dock->isVisible());
    QVERIFY(!dock->visibleRegion().isEmpty()); // raised over the Activity tab
    QCOMPARE(QApplication::focusWidget(), focused);
    QCOMPARE(panel()->selectedOperation(), add);
    auto *title = widget<QLabel>("operationTitleLabel");
    QVERIFY2(title->text().contains(add->text().toHtmlEscaped()), qPrintable(title->text()));
    // Mid-run: done of total, and the line saying so.
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 && bar->value() < 60, 10'000);
    QTRY_VERIFY(widget<QLabel>("progressLabel")->text().contains(u" of 60"_s));
    QVERIFY(widget<QToolButton>("pauseChangeButton")->isEnabled());
    QVERIFY(widget<QToolButton>("cancelChangeButton")->isEnabled());
    QVERIFY(!widget<QToolButton>("retryFailedButton")->isEnabled());

    QVERIFY(awaitChanges(*workspace()));
    m_fixture->setFaults({});
    QTRY_COMPARE(bar->value(), 60);
    auto *summary = widget<QLabel>("summaryLabel");
    QTRY_COMPARE(summary->text(), u"60 added"_s);
    QVERIFY2(title->text().contains(u"Done"_s), qPrintable(title->text()));
    QCOMPARE(widget<QTableView>("changeReportView")->model()->rowCount(), 60);
    QVERIFY(!widget<QToolButton>("pauseChangeButton")->isEnabled());
    QVERIFY(!widget<QToolButton>("cancelChangeButton")->isEnabled());
    QVERIFY(!widget<QToolButton>("retryFailedButton")->isEnabled());
    QCOMPARE(memberCount(group), before + 60);

    // A small change later does not take the dock over: the Activity tab stays in front (shown
    // from the View menu: it waits out of sight from the first start).
    widget<QDockWidget>("activityDock")->show();
    widget<QDockWidget>("activityDock")->raise();
    QTRY_VERIFY(dock->visibleRegion().isEmpty());
    workspace()->addMembers(group, users.mid(0, 2)); // already members
    QVERIFY(awaitChanges(*workspace()));
    QVERIFY(dock->visibleRegion().isEmpty());
}

void TestChangesPanel::failuresNameTheServersReasonAndRetryFailedMakesThem()
{
    openWindow();
    const qint64 group = smallGroup();
    const int before = memberCount(group);
    const QList<UserRef> users = nonMembers(group, 40);
    // The window's client tries nothing again: the failures stay failures.
    m_window->session()->client()->setRetryPolicy(Api::RetryPolicy::none());
    m_fixture->client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings failing;
    failing.failureRate = 0.3;
    failing.seed = 7;
    m_fixture->setFaults(failing);
    ChangeOperation *add = workspace()->addMembers(group, users);
    QVERIFY(awaitChanges(*workspace()));
    m_fixture->setFaults({});
    const int failed = add->count(BulkOutcome::Failed);
    QVERIFY2(failed > 0 && failed < 40, "the fault injector failed none or all");
    const QString reason = add->error(add->indexesWith(BulkOutcome::Failed).constFirst()).message();
    QVERIFY2(reason.contains(u"temporarily unavailable"_s), qPrintable(reason));

    auto *summary = widget<QLabel>("summaryLabel");
    QTRY_VERIFY2(summary->text().startsWith(u"%1 added, %2 failed"_s.arg(40 - failed).arg(failed)), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"Why they failed: %1 \u00d7 %2."_s.arg(failed).arg(reason.chopped(reason.endsWith(u'.') ? 1 : 0))),
        qPrintable(summary->text()));
    // The title follows the operation's state on the panel's next refresh, not at once.
    QTRY_VERIFY2(widget<QLabel>("operationTitleLabel")->text().contains(u"Partly done: %1 failed"_s.arg(failed)),
        qPrintable(widget<QLabel>("operationTitleLabel")->text()));

    // Failed only: exactly the failures, each with the server's words.
    auto *report = widget<QTableView>("changeReportView");
    QTRY_COMPARE(report->model()->rowCount(), 40);
    QTest::mouseClick(widget<QCheckBox>("failedOnlyCheckBox"), Qt::LeftButton);
    QCOMPARE(report->model()->rowCount(), failed);
    for (int row = 0; row < failed; ++row) {
        QCOMPARE(report->model()->index(row, 1).data().toString(), u"Failed"_s);
        QCOMPARE(report->model()->index(row, 2).data().toString(), reason);
    }

    auto *retry = widget<QToolButton>("retryFailedButton");
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(add->state() == ChangeOperation::State::Finished && !retry->isEnabled(), 30'000);
    QTRY_COMPARE(summary->text(), u"40 added"_s);
    QCOMPARE(report->model()->rowCount(), 0); // none failed now
    QCOMPARE(memberCount(group), before + 40);
    const QList<qint64> members = m_fixture->memberIds(group);
    for (const UserRef &user : users)
        QVERIFY(members.contains(user.id));
}

void TestChangesPanel::pauseHoldsBackAndResumeFinishes()
{
    openWindow();
    const qint64 group = smallGroup();
    const int before = memberCount(group);
    slowServer(30, 50);
    ChangeOperation *add = workspace()->addMembers(group, nonMembers(group, 80));
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() >= 6, 10'000);
    auto *pause = widget<QToolButton>("pauseChangeButton");
    auto *resume = widget<QToolButton>("resumeChangeButton");
    QVERIFY(!resume->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(add->isPaused());
    QTRY_VERIFY(resume->isEnabled() && !pause->isEnabled());
    QTRY_VERIFY(widget<QLabel>("operationTitleLabel")->text().contains(u"Paused"_s));
    QTRY_COMPARE_WITH_TIMEOUT(add->count(BulkOutcome::Running), 0, 10'000);
    const int held = memberCount(group);
    QTest::qWait(600); // nothing may happen for a while: a dozen round trips' worth
    QCOMPARE(memberCount(group), held);
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(!add->isPaused());
    QVERIFY(awaitChanges(*workspace()));
    m_fixture->setFaults({});
    QCOMPARE(memberCount(group), before + 80);
    QTRY_COMPARE(widget<QLabel>("summaryLabel")->text(), u"80 added"_s);
}

void TestChangesPanel::cancelStopsASlowRun()
{
    openWindow();
    const qint64 group = smallGroup();
    const int before = memberCount(group);
    slowServer(80, 120);
    ChangeOperation *add = workspace()->addMembers(group, nonMembers(group, 100));
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() >= 6, 10'000);
    QTest::mouseClick(widget<QToolButton>("cancelChangeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nothingInFlight(*add), 10'000);
    const int stopped = settledMemberCount(group);
    QVERIFY(stopped < before + 100);
    QVERIFY(stopped >= before + add->count(BulkOutcome::Done));
    QVERIFY(stopped <= before + mayHaveBeenMade(*add));
    QTest::qWait(500); // nothing more arrives: four round trips' worth
    QCOMPARE(memberCount(group), stopped);
    m_fixture->setFaults({});
    QTRY_VERIFY(widget<QLabel>("operationTitleLabel")->text().contains(u"Cancelled"_s));
    QVERIFY2(widget<QLabel>("summaryLabel")->text().contains(u"cancelled"_s), qPrintable(widget<QLabel>("summaryLabel")->text()));
    // What was cancelled can be sent again.
    QVERIFY(widget<QToolButton>("retryFailedButton")->isEnabled());
}

void TestChangesPanel::closingWhileAChangeRunsAsksFirst()
{
    openWindow();
    const qint64 group = smallGroup();
    const int before = memberCount(group);
    slowServer(80, 120);
    ChangeOperation *add = workspace()->addMembers(group, nonMembers(group, 100));
    ChangeOperation *next = workspace()->addMembers(group, nonMembers(group, 3));
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() >= 6, 10'000);

    // No: the window stays, the change goes on.
    QVERIFY(!m_window->close());
    QMessageBox *box = confirmBox();
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(u"2 changes are still being applied. Cancel them and quit?"_s), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(add->text()));
    box->button(QMessageBox::No)->click();
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(m_window->isVisible());
    const int done = add->finishedCount();
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() > done, 10'000);
    QCOMPARE(add->state(), ChangeOperation::State::Running);

    // Yes: both are cancelled, nothing is left in flight, and the window closes.
    QVERIFY(!m_window->close());
    box = confirmBox();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 10'000);
    QVERIFY(nothingInFlight(*add));
    QCOMPARE(next->state(), ChangeOperation::State::Finished);
    QCOMPARE(next->size(), 0); // it never started
    QVERIFY(!workspace()->isBusy());
    const int stopped = settledMemberCount(group);
    QVERIFY(stopped <= before + mayHaveBeenMade(*add));
    QTest::qWait(500);
    QCOMPARE(memberCount(group), stopped);
    m_fixture->setFaults({});
}

void TestChangesPanel::connectingElsewhereWhileAChangeRunsAsksFirst()
{
    openWindow();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    Api::ConnectionProfiles profiles;
    Gui::Launcher launcher(m_window.get(), &profiles);
    Gui::StartOptions options;
    options.sandbox = true;
    options.sandboxDatabase = folder.filePath(u"sandbox.sqlite"_s);
    Gui::Session *shown = m_window->session();
    const qint64 group = smallGroup();
    slowServer(80, 120);
    ChangeOperation *add = workspace()->addMembers(group, nonMembers(group, 150));
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() >= 6, 10'000);

    // No: the session shown stays, and its change goes on.
    launcher.start(options);
    QMessageBox *box = confirmBox();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"Cancel them and connect to admin @ sandbox?"_s), qPrintable(box->text()));
    box->button(QMessageBox::No)->click();
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(m_window->session(), shown);
    QCOMPARE(add->state(), ChangeOperation::State::Running);

    // Yes: cancelled first, then the new session replaces it.
    QPointer<ChangeOperation> watched = add;
    launcher.start(options);
    box = confirmBox();
    QVERIFY(box);
    QSignalSpy finished(add, &ChangeOperation::finished);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSandbox(), 30'000);
    QCOMPARE(finished.size(), 1); // it had ended before its session went
    const int stopped = settledMemberCount(group);
    QTest::qWait(500);
    QCOMPARE(memberCount(group), stopped);
    m_fixture->setFaults({});
}

void TestChangesPanel::screenshots()
{
    if (!screenshotsWanted())
        QSKIP("set CIVIS_SCREENSHOT_DIR to take the Changes panel's screenshots");
    openWindow();
    m_window->resize(1500, 950);
    const qint64 group = m_fixture->column(u"SELECT id FROM groups WHERE name = 'Boston Office'"_s).value(0).toLongLong();
    const qint64 target = group ? group : smallGroup();
    QTest::qWait(1000); // the group list's first page
    m_window->workspaceWidget()->groupListPanel()->selectGroup(target);

    // A run mid-way, on a slow server.
    slowServer(200, 400);
    ChangeOperation *add = workspace()->addMembers(target, nonMembers(target, 200));
    QTRY_VERIFY_WITH_TIMEOUT(add->finishedCount() >= 60, 60'000);
    QTest::qWait(1500);
    screenshot(m_window.get(), u"changes-running.png"_s);
    add->cancel();
    QVERIFY(awaitChanges(*workspace()));

    // A summary with failures and their reasons.
    m_window->session()->client()->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings failing;
    failing.failureRate = 0.15;
    failing.seed = 11;
    failing.latencyMinMs = 5;
    failing.latencyMaxMs = 20;
    m_fixture->setFaults(failing);
    const qint64 other = smallGroup();
    ChangeOperation *failed = workspace()->addMembers(other, nonMembers(other, 120));
    QVERIFY(awaitChanges(*workspace()));
    m_fixture->setFaults({});
    QVERIFY(failed->count(BulkOutcome::Failed) > 0);
    QTest::mouseClick(widget<QCheckBox>("failedOnlyCheckBox"), Qt::LeftButton);
    QTest::qWait(500);
    screenshot(m_window.get(), u"changes-summary-failures.png"_s);
}

QTEST_MAIN(TestChangesPanel)
#include "tst_changespanel.moc"
