// The main window over a session on the in-process sandbox: the group list's search, filters,
// order and count reach the server; the Details tab shows every field; actions, the status bar
// and the window's remembered layout.

#include "uitestfixture.h"

#include "models/grouplistmodel.h"
#include "models/groupstore.h"
#include "ui/connection/connectiondialog.h"
#include "ui/groups/groupdetailstab.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/launcher.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/workspacewidget.h"

#include <QtCore/QPointer>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMenu>
#include <QtCore/QTimer>
#include <QtWidgets/QTreeWidget>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsOnTheSandboxAndSaysAsWhom();
    void aRefusedStartShowsWhyInTheConnectionDialog();
    void anUnreachableEndpointSaysWhyWithinSeconds();
    void connectingElsewhereRebuildsTheWorkspace();
    void searchReachesTheServerAfterAPause();
    void escapeClearsTheSearch();
    void permissionFilterReachesTheServer();
    void sortsOnlyByWhatTheServerSorts();
    void countsFromThePagingTotal();
    void detailsShowEveryField();
    void detailsShowAHostileTimeZoneAsText();
    void detailsSayWhyAGroupFailedAndRetry();
    void actionsFollowTheSelection();
    void restoresTheWindowLayout();
    void aLayoutSavedMaximizedStartsAgain();
    void aDamagedOrForeignLayoutFallsBackToTheDefault();
    void aPanelThatGrowsLateStillLeavesTheWindowWithinTheScreen();
    void editFromTheWindowShowsEverywhereAndUndoes();
    void newGroupFromTheWindowIsSelected();
    void aDockShortcutRaisesATabbedDockBeforeHidingIt();
    void theListPagesOnOnlyWhenScrolledToItsEnd();
    void theWindowsShortcutsWorkFromTheSearchField();
    void theGroupListIsReadByNameAndItsColumnsChosen();
    void theKeyboardShortcutsListSaysEveryShortcut();

private:
    /// A main window over a session as the sandbox's admin, shown, its first page loaded.
    void openWindow();
    Gui::GroupListPanel *panel() const { return m_window->workspaceWidget()->groupListPanel(); }
    Models::GroupListModel *groups() const { return panel()->model(); }
    /// Waits until the view has had its first page (it asks for it once laid out) and nothing loads.
    bool awaitLoaded() const
    {
        return QTest::qWaitFor(
            [this] {
                return !groups()->loadStatus()->isLoading()
                    && (groups()->rowCount() > 0 || !groups()->canFetchMore({}) || groups()->loadStatus()->hasError());
            },
            30'000);
    }
    /// The ids of the groups GET /groups answers \a query with, as the admin, in its order.
    QList<qint64> serverIds(const QString &query) const { return m_fixture->admin.get(u"/groups?limit=1000&"_s + query).ids(); }
    QList<qint64> rowIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < groups()->rowCount(); ++row)
            ids.append(groups()->groupId(row));
        return ids;
    }
    QAction *action(const QString &name) const { return childNamed<QAction>(m_window.get(), name); }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestMainWindow::openWindow()
{
    // As it restores itself: restoresTheWindowLayout() checks the geometry it comes back with.
    m_window = m_fixture->openMainWindow(std::nullopt);
    QVERIFY(m_window);
    QVERIFY(awaitLoaded());
    QVERIFY(groups()->rowCount() > 0);
}

void TestMainWindow::startsOnTheSandboxAndSaysAsWhom()
{
    // As `civis-groups --sandbox` does: the sandbox in this process, its database in a folder of
    // the test's own, seeded demo, and the window connected as its admin.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_window = std::make_unique<Gui::MainWindow>();
    Api::ConnectionProfiles profiles;
    Gui::Launcher launcher(m_window.get(), &profiles);
    Gui::StartOptions options;
    options.sandbox = true;
    options.sandboxDatabase = folder.filePath(u"sandbox.sqlite"_s);
    launcher.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() != nullptr, 30'000);
    QVERIFY(m_window->session()->isSandbox());
    QCOMPARE(m_window->session()->sandboxDatabase(), options.sandboxDatabase);
    QVERIFY(QFile::exists(options.sandboxDatabase));
    QCOMPARE(m_window->session()->displayName(), u"admin @ sandbox"_s);
    QVERIFY2(m_window->windowTitle().contains(u"admin @ sandbox"_s), qPrintable(m_window->windowTitle()));
    QCOMPARE(childNamed<QLabel>(m_window.get(), u"connectionLabel"_s)->text(), u"admin @ sandbox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(groups()->rowCount() == 36, 30'000);
    // The last connection is remembered, never its key.
    QCOMPARE(QSettings().value(u"connection/last"_s).toString(), u"sandbox"_s);
    for (const QString &key : QSettings().allKeys())
        QVERIFY2(!QSettings().value(key).toString().contains(m_window->session()->client()->settings().apiKey), qPrintable(key));
}

void TestMainWindow::aRefusedStartShowsWhyInTheConnectionDialog()
{
    // CIVIS_API_KEY set, but the server refuses it: the dialog opens with the server's words,
    // and cancelling it with nothing connected ends the app with a failure.
    qputenv("CIVIS_API_ENDPOINT", m_fixture->server.url().toString().toUtf8());
    qputenv("CIVIS_API_KEY", "not-a-key-of-this-sandbox");
    m_window = std::make_unique<Gui::MainWindow>();
    m_window->show();
    Api::ConnectionProfiles profiles;
    Gui::Launcher launcher(m_window.get(), &profiles);
    QSignalSpy gaveUp(&launcher, &Gui::Launcher::gaveUp);
    launcher.start({});
    qunsetenv("CIVIS_API_KEY");
    qunsetenv("CIVIS_API_ENDPOINT");
    Gui::ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<Gui::ConnectionDialog *>()) != nullptr, 10'000);
    const QString refusal = m_fixture->admin.send("GET", u"/users/me"_s, {}, Auth::Bearer, u"not-a-key-of-this-sandbox"_s).errorDescription();
    QVERIFY(!refusal.isEmpty());
    auto *problem = childNamed<QLabel>(dialog, u"problemLabel"_s);
    QTRY_VERIFY2(problem->text().contains(refusal), qPrintable(problem->text()));
    QVERIFY(m_window->session() == nullptr);
    // What was tried is in the form, to be corrected: not the default endpoint typed over it.
    QCOMPARE(childNamed<QLineEdit>(dialog, u"endpointLineEdit"_s)->text(), m_fixture->server.url().toString());
    QCOMPARE(childNamed<QLineEdit>(dialog, u"keyLineEdit"_s)->text(), u"not-a-key-of-this-sandbox"_s);
    // A key that works, tested: the refusal above no longer stands, and goes.
    auto *key = childNamed<QLineEdit>(dialog, u"keyLineEdit"_s);
    retype(key, QString::fromLatin1(SandboxFixture::kAdminKey));
    QTest::mouseClick(childNamed<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        childNamed<QLabel>(dialog, u"testResultLabel"_s)->text().startsWith(u"Signed in as"_s), 10'000);
    QVERIFY(childNamed<QWidget>(dialog, u"problemFrame"_s)->isHidden());
    dialog->reject();
    QTRY_COMPARE(gaveUp.size(), 1);
    QCOMPARE(gaveUp.first().first().toInt(), 1);
}

void TestMainWindow::anUnreachableEndpointSaysWhyWithinSeconds()
{
    // Nothing listens on port 1: the window says it is connecting, with Cancel, then the dialog
    // says why after one quick retry, not after the minutes of retries bulk work gets.
    qputenv("CIVIS_API_ENDPOINT", "http://127.0.0.1:1/");
    qputenv("CIVIS_API_KEY", "some-key");
    m_window = std::make_unique<Gui::MainWindow>();
    m_window->show();
    Api::ConnectionProfiles profiles;
    Gui::Launcher launcher(m_window.get(), &profiles);
    launcher.start({});
    qunsetenv("CIVIS_API_KEY");
    qunsetenv("CIVIS_API_ENDPOINT");
    auto *connecting = childNamed<QLabel>(m_window.get(), u"connectingLabel"_s);
    QVERIFY(connecting);
    QCOMPARE(connecting->text(), u"Connecting to 127.0.0.1..."_s);
    QVERIFY(childNamed<QPushButton>(m_window.get(), u"cancelConnectingButton"_s)->isVisible());
    Gui::ConnectionDialog *dialog = nullptr;
    // The sign-in policy's bound (two tries of 6 s at most), not a measure of speed.
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<Gui::ConnectionDialog *>()) != nullptr, 15'000);
    auto *problem = childNamed<QLabel>(dialog, u"problemLabel"_s);
    QTRY_VERIFY2(problem->text().contains(u"Connection refused"_s), qPrintable(problem->text()));
    QVERIFY(!childNamed<QWidget>(m_window.get(), u"connectingBox"_s)->isVisible());
    dialog->reject();
}

void TestMainWindow::connectingElsewhereRebuildsTheWorkspace()
{
    openWindow();
    Api::ConnectionProfiles profiles;
    Gui::Launcher launcher(m_window.get(), &profiles);
    QPointer<Gui::WorkspaceWidget> before = m_window->workspaceWidget();
    QPointer<Models::GroupListModel> beforeModel = groups();
    Gui::Session *beforeSession = m_window->session();
    QVERIFY(!beforeSession->isSandbox());
    // File > Connect..., then the offline sandbox instead.
    action(u"connectAction"_s)->trigger();
    Gui::ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<Gui::ConnectionDialog *>()) != nullptr);
    QTest::mouseClick(childNamed<QPushButton>(dialog, u"sandboxButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->isSandbox(), 30'000);
    // The old workspace's widgets and models are gone with it; the new one shows the new place.
    QVERIFY(before.isNull());
    QVERIFY(beforeModel.isNull());
    QVERIFY(m_window->workspaceWidget() != nullptr);
    QCOMPARE(childNamed<QLabel>(m_window.get(), u"connectionLabel"_s)->text(), u"admin @ sandbox"_s);
    QVERIFY(awaitLoaded());
    QVERIFY(groups()->rowCount() > 0);
    QVERIFY(action(u"newGroupAction"_s)->isEnabled());
}

void TestMainWindow::searchReachesTheServerAfterAPause()
{
    openWindow();
    auto *search = childNamed<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    QVERIFY(search);
    const int pagesBefore = groups()->pagesRequested();
    QTest::keyClicks(search, u"data"_s);
    // Typing is not a request per key: nothing went out before the pause.
    QCOMPARE(groups()->query().query, QString());
    QTRY_COMPARE_WITH_TIMEOUT(groups()->query().query, u"data"_s, 5'000);
    QVERIFY(awaitLoaded());
    QCOMPARE(rowIds(), serverIds(u"query=data"_s));
    QVERIFY(!rowIds().isEmpty());
    QVERIFY(rowIds().size() < 36);
    QVERIFY(groups()->pagesRequested() >= 1);
    Q_UNUSED(pagesBefore);
}

void TestMainWindow::escapeClearsTheSearch()
{
    openWindow();
    auto *search = childNamed<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"boston"_s);
    QTest::keyClick(search, Qt::Key_Return); // at once, no pause
    QCOMPARE(groups()->query().query, u"boston"_s);
    QVERIFY(awaitLoaded());
    QCOMPARE(rowIds(), serverIds(u"query=boston"_s));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(groups()->query().query, QString());
    QVERIFY(awaitLoaded());
    QCOMPARE(groups()->rowCount(), 36);
}

void TestMainWindow::permissionFilterReachesTheServer()
{
    // A person who may only read some groups: the "I can manage" filter shows fewer.
    const auto me = await(m_fixture->client->users().me());
    openWindow();
    auto *permission = childNamed<QComboBox>(m_window.get(), u"permissionComboBox"_s);
    QVERIFY(permission);
    const int manage = permission->findData(int(Api::PermissionLevel::Manage));
    QVERIFY(manage > 0);
    permission->setCurrentIndex(manage);
    Q_EMIT permission->activated(manage);
    QCOMPARE(groups()->query().permission, std::optional(Api::PermissionLevel::Manage));
    QVERIFY(awaitLoaded());
    QCOMPARE(rowIds(), serverIds(u"permission=manage"_s));
    Q_UNUSED(me);
}

void TestMainWindow::sortsOnlyByWhatTheServerSorts()
{
    openWindow();
    auto *view = childNamed<QTreeView>(m_window.get(), u"groupTreeView"_s);
    QHeaderView *header = view->header();
    // Created, clicked: the server orders by created_at; clicked again: the other way.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(Models::GroupListModel::CreatedColumn) + 10, header->height() / 2));
    QCOMPARE(groups()->query().order, u"created_at"_s);
    QVERIFY(awaitLoaded());
    const QString direction = groups()->query().orderDir;
    QCOMPARE(rowIds(), serverIds(u"order=created_at&order_dir="_s + direction));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(Models::GroupListModel::CreatedColumn) + 10, header->height() / 2));
    QVERIFY(groups()->query().orderDir != direction);
    QVERIFY(awaitLoaded());
    QCOMPARE(rowIds(), serverIds(u"order=created_at&order_dir="_s + groups()->query().orderDir));

    // Slug: the server cannot sort by it, so nothing changes, and the indicator stays on Created.
    const int pages = groups()->pagesRequested();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(Models::GroupListModel::SlugColumn) + 10, header->height() / 2));
    QCOMPARE(groups()->query().order, u"created_at"_s);
    QCOMPARE(groups()->pagesRequested(), pages);
    QCOMPARE(header->sortIndicatorSection(), int(Models::GroupListModel::CreatedColumn));
}

void TestMainWindow::countsFromThePagingTotal()
{
    m_fixture.reset();
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi(u"large"_s));
    openWindow();
    auto *count = childNamed<QLabel>(m_window.get(), u"countLabel"_s);
    // The total is the server's (10,000 and more), not the rows loaded so far.
    const qint64 total = m_fixture->admin.get(u"/groups?limit=1"_s).header("X-Pagination-Total-Entries").toLongLong();
    QVERIFY(total >= 10'000);
    QVERIFY(groups()->rowCount() < total);
    QVERIFY2(count->text().startsWith(QLocale().toString(total) + u" groups"_s), qPrintable(count->text()));
}

void TestMainWindow::detailsShowEveryField()
{
    openWindow();
    QVERIFY(panel()->selectGroup(1));
    auto *details = m_window->workspaceWidget()->groupTab<Gui::GroupDetailsTab>();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->workspace()->groupStore()->group(1).has_value(), 30'000);
    QVERIFY(QTest::qWaitFor([&] { return !details->loadStatus()->isLoading(); }, 30'000));
    const QJsonObject server = m_fixture->admin.get(u"/groups/1"_s).object();
    const auto text = [&](const char *name) { return childNamed<QLabel>(details, QString::fromLatin1(name))->text(); };
    QCOMPARE(text("nameValueLabel"), server.value(u"name"_s).toString());
    QCOMPARE(text("slugValueLabel"), server.value(u"slug"_s).toString());
    QVERIFY(text("membersValueLabel").contains(QLocale().toString(server.value(u"totalMemberCount"_s).toInt())));
    QVERIFY(text("organizationValueLabel").contains(server.value(u"organizationName"_s).toString()));
    const bool otp = server.value(u"defaultOtpRequiredForLogin"_s).toBool();
    QCOMPARE(text("twoFactorValueLabel").startsWith(u"Required"_s), otp);
    // Times in local time on the label, and the UTC value the server sent in its tooltip.
    const QDateTime created = QDateTime::fromString(server.value(u"createdAt"_s).toString(), Qt::ISODate);
    auto *createdLabel = childNamed<QLabel>(details, u"createdValueLabel"_s);
    QCOMPARE(createdLabel->text(), QLocale().toString(created.toLocalTime(), QLocale::LongFormat));
    QCOMPARE(QDateTime::fromString(createdLabel->toolTip(), Qt::ISODateWithMs), created);
    // Who created it: by name, once the server said.
    if (!server.value(u"createdById"_s).isNull()) {
        const QJsonObject creator = m_fixture->admin.get(u"/users/%1"_s.arg(server.value(u"createdById"_s).toInteger())).object();
        QTRY_VERIFY_WITH_TIMEOUT(text("createdByValueLabel").contains(creator.value(u"name"_s).toString()), 10'000);
    }
    QVERIFY(childNamed<QWidget>(details, u"editButton"_s)->isEnabled());
}

void TestMainWindow::detailsShowAHostileTimeZoneAsText()
{
    // Qt 6.4 opens /usr/share/zoneinfo/<id> as a path: an id like this one must never reach QTimeZone.
    const QString hostile = u"../../../../dev/stdin"_s;
    m_fixture->column(u"UPDATE groups SET default_time_zone = '%1' WHERE id = 2"_s.arg(hostile));
    openWindow();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(panel()->selectGroup(2));
    auto *details = m_window->workspaceWidget()->groupTab<Gui::GroupDetailsTab>();
    QTRY_COMPARE_WITH_TIMEOUT(childNamed<QLabel>(details, u"timeZoneValueLabel"_s)->text(), hostile, 10'000);
    qInfo("the hostile time zone shown in %lld ms", qint64(timer.elapsed()));
}

void TestMainWindow::detailsSayWhyAGroupFailedAndRetry()
{
    openWindow();
    m_fixture->client->setRetryPolicy(Api::RetryPolicy::none());
    m_window->session()->client()->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings failing;
    failing.failureRate = 1.0;
    m_fixture->setFaults(failing);
    QVERIFY(panel()->selectGroup(3));
    auto *details = m_window->workspaceWidget()->groupTab<Gui::GroupDetailsTab>();
    auto *bar = childNamed<Gui::LoadStatusBar>(details, u"loadStatusBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!bar->errorText().isEmpty(), 10'000);
    QVERIFY2(bar->errorText().contains(u"temporarily unavailable"_s), qPrintable(bar->errorText()));
    m_fixture->setFaults({});
    QTest::mouseClick(childNamed<QPushButton>(bar, u"retryButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->workspace()->groupStore()->group(3).has_value(), 10'000);
    QTRY_VERIFY(bar->errorText().isEmpty());
}

void TestMainWindow::actionsFollowTheSelection()
{
    openWindow();
    QVERIFY(action(u"newGroupAction"_s)->isEnabled());
    // The first group is current once the list has loaded, so the tabs are never empty.
    QTRY_COMPARE(panel()->currentGroupId(), groups()->groupId(0));
    QVERIFY(action(u"editGroupAction"_s)->isEnabled());
    // A search that finds nothing leaves no group current, and nothing to edit.
    auto *search = childNamed<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    search->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(search, u"no such group anywhere"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(awaitLoaded());
    QCOMPARE(groups()->rowCount(), 0);
    QCOMPARE(panel()->currentGroupId(), qint64(0));
    QVERIFY(!action(u"editGroupAction"_s)->isEnabled());
    QVERIFY(!action(u"replaceGroupAction"_s)->isEnabled());
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(awaitLoaded());
    QVERIFY(panel()->selectGroup(1));
    QVERIFY(action(u"editGroupAction"_s)->isEnabled());
    QVERIFY(action(u"replaceGroupAction"_s)->isEnabled());
    QCOMPARE(action(u"refreshAction"_s)->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(action(u"newGroupAction"_s)->shortcut(), QKeySequence(QKeySequence::New));

    // Find focuses the search; Refresh asks the server again.
    action(u"findAction"_s)->trigger();
    QCOMPARE(QApplication::focusWidget(), childNamed<QWidget>(m_window.get(), u"searchLineEdit"_s));
    const int pages = groups()->pagesRequested();
    action(u"refreshAction"_s)->trigger();
    QVERIFY(awaitLoaded());
    QVERIFY(groups()->pagesRequested() >= 1);
    QVERIFY(groups()->pagesRequested() <= pages + 1);
    // The selected group survives a refresh.
    QTRY_COMPARE(panel()->currentGroupId(), qint64(1));
}

void TestMainWindow::restoresTheWindowLayout()
{
    openWindow();
    // Within the offscreen screen (800x800): a larger one is fitted to it when restored.
    m_window->resize(780, 700);
    const QSize closedAt = m_window->size();
    auto *users = childNamed<QDockWidget>(m_window.get(), u"usersDock"_s);
    m_window->resizeDocks({users}, {260}, Qt::Horizontal);
    QTRY_COMPARE(users->width(), 260);
    auto *splitter = childNamed<QSplitter>(m_window.get(), u"workspaceSplitter"_s);
    splitter->setSizes({300, 700});
    const QList<int> sizes = splitter->sizes();
    // The person drags the Slug column's right edge: from then on the widths are theirs.
    auto *view = childNamed<QTreeView>(m_window.get(), u"groupTreeView"_s);
    QHeaderView *header = view->header();
    const int slugWidth = header->sectionSize(Models::GroupListModel::SlugColumn);
    const QPoint edge(
        header->sectionViewportPosition(Models::GroupListModel::SlugColumn) + slugWidth - 1, header->height() / 2);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
    QTest::mouseMove(header->viewport(), edge + QPoint(40, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge + QPoint(40, 0));
    const int dragged = header->sectionSize(Models::GroupListModel::SlugColumn);
    QVERIFY2(dragged > slugWidth, qPrintable(u"%1 -> %2"_s.arg(slugWidth).arg(dragged)));
    m_window->close();
    m_window.reset();

    openWindow();
    QCOMPARE(m_window->size(), closedAt);
    // The Users dock comes back as wide as it was closed (it grew about 170 px a restart).
    QTRY_COMPARE(childNamed<QDockWidget>(m_window.get(), u"usersDock"_s)->width(), 260);
    QCOMPARE(childNamed<QSplitter>(m_window.get(), u"workspaceSplitter"_s)->sizes(), sizes);
    QTest::qWait(50); // a fit would come from the event loop
    QCOMPARE(childNamed<QTreeView>(m_window.get(), u"groupTreeView"_s)
                 ->header()
                 ->sectionSize(Models::GroupListModel::SlugColumn),
        dragged);
}

void TestMainWindow::aLayoutSavedMaximizedStartsAgain()
{
    // Closed maximized, then started again: QMainWindow applies the restored layout once more
    // when the window reaches its final size, and that layout held the central widget of the
    // time. Every start crashed in show() once a session had replaced that widget.
    openWindow();
    m_window->showMaximized();
    QTRY_VERIFY(m_window->isMaximized());
    m_window->close();
    m_window.reset();
    for (int start = 0; start < 2; ++start) {
        openWindow();
        QVERIFY(m_window->isMaximized());
        QTest::qWait(200);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->workspaceWidget()->isVisible());
        QVERIFY(childNamed<QDockWidget>(m_window.get(), u"usersDock"_s)->isVisible());
        m_window->close();
        m_window.reset();
    }
}

void TestMainWindow::aDamagedOrForeignLayoutFallsBackToTheDefault()
{
    const QList<std::pair<QByteArray, QByteArray>> layouts{
        {QByteArray("not a geometry"), QByteArray("not a state")},
        {QByteArray(), QByteArray::fromHex("000000ff00000000fd0000000300000000")},
        // A state another version wrote (QMainWindow::saveState() without this version's number).
        {QByteArray(), QMainWindow().saveState()},
    };
    for (const auto &[geometry, state] : layouts) {
        QSettings settings;
        settings.clear();
        if (!geometry.isEmpty())
            settings.setValue(u"mainWindow/geometry"_s, geometry);
        settings.setValue(u"mainWindow/state"_s, state);
        settings.sync();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be restored"_s));
        openWindow();
        // The default layout: the Users dock beside the workspace, the window within the screen.
        QTRY_VERIFY(childNamed<QDockWidget>(m_window.get(), u"usersDock"_s)->isVisible());
        QVERIFY(m_window->workspaceWidget()->isVisible());
        QVERIFY(m_window->screen()->availableGeometry().contains(m_window->geometry()));
        m_window->close();
        m_window.reset();
    }
}

void TestMainWindow::aPanelThatGrowsLateStillLeavesTheWindowWithinTheScreen()
{
    openWindow();
    const QRect available = m_window->screen()->availableGeometry();
    QTRY_VERIFY(available.contains(m_window->frameGeometry()));
    auto *users = childNamed<QDockWidget>(m_window.get(), u"usersDock"_s);
    QVERIFY(users->isVisible());
    // What a panel filled long after the window was fitted does: its minimum grows, and with it
    // the window's, past the screen's width beside the list and the tabs.
    users->widget()->setMinimumWidth(available.width());
    QTRY_VERIFY(!users->isVisible());
    QTRY_VERIFY2(available.contains(m_window->frameGeometry()),
        qPrintable(u"%1x%2 at %3,%4"_s.arg(m_window->frameGeometry().width())
                       .arg(m_window->frameGeometry().height())
                       .arg(m_window->frameGeometry().x())
                       .arg(m_window->frameGeometry().y())));
    // Asked for again from the View menu, the dock stays: the person's choice, wider or not.
    action(u"usersDockToggleAction"_s)->trigger();
    QVERIFY(users->isVisible());
    QTest::qWait(50); // a fit, were one left to come, would run on these turns
    QVERIFY(users->isVisible());
}

void TestMainWindow::editFromTheWindowShowsEverywhereAndUndoes()
{
    openWindow();
    QVERIFY(panel()->selectGroup(23)); // Boston Office
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->workspace()->groupStore()->group(23).has_value(), 10'000);
    QTRY_VERIFY(action(u"editGroupAction"_s)->isEnabled());
    action(u"editGroupAction"_s)->trigger();
    Gui::GroupDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<Gui::GroupDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = childNamed<QLineEdit>(dialog, u"nameLineEdit"_s);
    retype(name, u"Boston HQ"_s);
    auto *save = childNamed<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // The server has it, the status bar says so by name, the list and the Details tab show it.
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->admin.get(u"/groups/23"_s).object().value(u"name"_s).toString(), u"Boston HQ"_s, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"Boston HQ"_s), 10'000);
    QTRY_COMPARE(groups()->index(groups()->rowOf(23), 0).data().toString(), u"Boston HQ"_s);
    QTRY_COMPARE(
        childNamed<QLabel>(m_window->workspaceWidget()->groupTab<Gui::GroupDetailsTab>(), u"titleLabel"_s)->text(),
        u"Boston HQ"_s);

    // Undo from the window's Edit menu puts the old name back on the server, and says so.
    QAction *undo = action(u"undoAction"_s);
    QTRY_VERIFY(undo->isEnabled());
    undo->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->admin.get(u"/groups/23"_s).object().value(u"name"_s).toString(), u"Boston Office"_s, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(u"Undone"_s), 10'000);
    QTRY_COMPARE(groups()->index(groups()->rowOf(23), 0).data().toString(), u"Boston Office"_s);
    QVERIFY(action(u"redoAction"_s)->isEnabled());
}

void TestMainWindow::newGroupFromTheWindowIsSelected()
{
    openWindow();
    QTest::keySequence(m_window.get(), QKeySequence::New);
    Gui::GroupDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<Gui::GroupDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(childNamed<QLineEdit>(dialog, u"nameLineEdit"_s), u"Aardvark Watchers"_s);
    auto *create = childNamed<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    const auto created = [this] { return serverIds(u"query=aardvark"_s); };
    QTRY_COMPARE_WITH_TIMEOUT(created().size(), qsizetype(1), 10'000);
    // Shown in the list at its place by name, current, and named in the status bar.
    QTRY_COMPARE_WITH_TIMEOUT(panel()->currentGroupId(), created().first(), 10'000);
    QCOMPARE(groups()->rowOf(created().first()), 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Aardvark Watchers"_s), qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::aDockShortcutRaisesATabbedDockBeforeHidingIt()
{
    openWindow();
    auto *changes = childNamed<QDockWidget>(m_window.get(), u"changesDock"_s);
    auto *activity = childNamed<QDockWidget>(m_window.get(), u"activityDock"_s);
    QVERIFY(changes && activity);
    changes->raise();
    QTRY_VERIFY(activity->visibleRegion().isEmpty());
    // Behind the Changes tab, Ctrl+Alt+A brings Activity to the front (it used to hide it).
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(!activity->visibleRegion().isEmpty());
    QVERIFY(activity->isVisible());
    QVERIFY(changes->visibleRegion().isEmpty());
    // In front, the same keys hide it; again, they show it.
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(!activity->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(activity->isVisible() && !activity->visibleRegion().isEmpty());
}

void TestMainWindow::theListPagesOnOnlyWhenScrolledToItsEnd()
{
    // 186 groups: four pages of 50, and the view shows fewer than 50 rows.
    for (int each = 1; each <= 150; ++each) {
        Api::GroupAttributes attributes;
        attributes.name = u"Paging Z%1"_s.arg(each, 3, 10, QChar(u'0'));
        QVERIFY(await(m_fixture->client->groups().post(attributes)).ok());
    }
    openWindow();
    auto *view = childNamed<QTreeView>(m_window.get(), u"groupTreeView"_s);
    QVERIFY(view->viewport()->height() < 50 * view->sizeHintForRow(0));
    // Laid out, a group selected, the tabs beside it loaded: still the first page only.
    QTRY_VERIFY(panel()->currentGroupId() != 0);
    QTest::qWait(1000);
    QCOMPARE(groups()->rowCount(), 50);
    QCOMPARE(groups()->pagesRequested(), 1);
    // A search and a refresh ask for one first page each, and no more.
    auto *search = childNamed<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    search->setText(u"Paging"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(groups()->query().query == u"Paging"_s);
    QVERIFY(awaitLoaded());
    QTest::qWait(1000);
    QCOMPARE(groups()->rowCount(), 50);
    QCOMPARE(groups()->pagesRequested(), 1);
    action(u"refreshAction"_s)->trigger();
    QVERIFY(awaitLoaded());
    QTest::qWait(1000);
    QCOMPARE(groups()->rowCount(), 50);
    // Scrolled to the end, the next page comes.
    view->scrollToBottom();
    QTRY_COMPARE(groups()->rowCount(), 100);
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::theWindowsShortcutsWorkFromTheSearchField()
{
    openWindow();
    QVERIFY(panel()->selectGroup(23)); // Boston Office
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->workspace()->groupStore()->group(23).has_value(), 10'000);
    QTRY_VERIFY(action(u"editGroupAction"_s)->isEnabled());
    // Ctrl+E moves to the end of a line in a text field on X11: the field took it, and Edit
    // Group did nothing while the focus was in the search.
    auto *search = childNamed<QLineEdit>(m_window.get(), u"searchLineEdit"_s);
    m_window->activateWindow();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    Gui::GroupDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<Gui::GroupDialog *>()) != nullptr);
    dialog->reject();
    // The keys a field edits with stay the field's: Ctrl+A selects the text typed.
    search->setFocus();
    QTest::keyClicks(search, u"zzz"_s);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(search->selectedText(), u"zzz"_s);
}

void TestMainWindow::theKeyboardShortcutsListSaysEveryShortcut()
{
    openWindow();
    action(u"keyboardShortcutsAction"_s)->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"shortcutsDialog"_s)) != nullptr);
    auto *list = childNamed<QTreeWidget>(dialog, u"shortcutList"_s);
    QStringList rows;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        rows.append(list->topLevelItem(row)->text(0) + u" = "_s + list->topLevelItem(row)->text(1));
    for (const QString &expected : {u"Edit Group = Ctrl+E"_s, u"Share Selected Groups With = Ctrl+Shift+H"_s,
             u"Users = Ctrl+Alt+U"_s, u"Changes = Ctrl+Alt+C"_s}) {
        QVERIFY2(rows.contains(expected), qPrintable(rows.join(u'\n')));
    }
    // Not cut off by the screen it is on.
    QVERIFY(m_window->screen()->availableGeometry().contains(dialog->frameGeometry()));
    dialog->reject();
}

void TestMainWindow::theGroupListIsReadByNameAndItsColumnsChosen()
{
    using Models::GroupListModel;
    openWindow();
    auto *view = childNamed<QTreeView>(m_window.get(), u"groupTreeView"_s);
    QHeaderView *header = view->header();
    // The name takes the room the list has before any other column: every name whole, or at
    // least most of the list's width.
    const QAbstractItemView *rows = view;
    QTRY_VERIFY2(header->sectionSize(GroupListModel::NameColumn)
            >= std::min(rows->sizeHintForColumn(GroupListModel::NameColumn), view->viewport()->width() * 3 / 5),
        qPrintable(u"%1 of %2"_s.arg(header->sectionSize(GroupListModel::NameColumn)).arg(view->viewport()->width())));
    // The admin's groups are of one organization: its column would say the same on every row.
    QVERIFY(header->isSectionHidden(GroupListModel::OrganizationColumn));
    QCOMPARE(header->sectionResizeMode(GroupListModel::NameColumn), QHeaderView::Interactive);

    // The header's menu hides Slug, and it stays hidden at the next start.
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == u"Name"_s)
                QVERIFY(!action->isEnabled()); // the column the list is read by stays
            if (action->text() == u"Slug"_s)
                action->trigger();
        }
        menu->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(10, header->height() / 2));
    QVERIFY(header->isSectionHidden(GroupListModel::SlugColumn));
    m_window->close();
    m_window.reset();
    openWindow();
    QVERIFY(childNamed<QTreeView>(m_window.get(), u"groupTreeView"_s)->header()->isSectionHidden(GroupListModel::SlugColumn));
}

#include "tst_mainwindow.moc"
