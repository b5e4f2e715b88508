// The window as someone who can only read a group (the sandbox's user keys, as --user-key gives
// them): the actions that need more follow the group's level, disabled with the reason as their
// tooltip; a drag of people over the group list, the Members table and the Sharing tab says,
// before the release, that the drop will be refused and why (and the drag is refused there);
// an admin's drag says what it will do on all three targets, in the same words; a refusal the
// server gives names the group in the status bar and the Changes dock and leaves no undo step;
// someone who can read no group is told why the list is empty.

#include "uitestfixture.h"

#include "models/grouplistmodel.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/membertablemodel.h"
#include "models/sharemodel.h"
#include "models/userdrag.h"
#include "ui/changes/changespanel.h"
#include "ui/groups/groupdetailstab.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/groups/grouptreeview.h"
#include "ui/members/memberstab.h"
#include "ui/members/membertableview.h"
#include "ui/sharing/sharetableview.h"
#include "ui/sharing/sharingtab.h"
#include "ui/workspacewidget.h"

#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QUndoStack>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kBookClub = 36; // the demo seed's last group
} // namespace

class TestReadOnlyUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void actionsFollowTheGroupsLevelSayingWhy();
    void aDropIsRefusedOnAllThreeTargetsBeforeTheRelease();
    void anAdminsDropIsDescribedOnAllThreeTargets();
    void aRefusalNamesTheGroupAndLeavesNoUndoStep();
    void someoneWhoReadsNoGroupIsToldWhy();

private:
    /// The window signed in with \a key, its group list loaded and the levels read.
    void openAs(const QString &key);
    /// Selects group \a id and waits for the Details tab to have it whole.
    bool showGroup(qint64 id);
    /// A QDragEnterEvent and a QDragMoveEvent of \a data at \a at on \a viewport, then a
    /// QDragLeaveEvent (no drop); whether the move was taken. status() is what the status bar
    /// said before the drag left.
    bool hover(QWidget *viewport, const QPoint &at, const QMimeData *data);
    QString status() const { return m_hoverStatus.isNull() ? m_window->statusBar()->currentMessage() : m_hoverStatus; }
    Gui::WorkspaceWidget *workspace() const { return m_window->workspaceWidget(); }
    QAction *windowAction(const QString &name) const { return childNamed<QAction>(m_window.get(), name); }
    /// A drag of one person who is not a member of Book Club.
    std::unique_ptr<QMimeData> dragOfSomeone();

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
    QString m_readerKey;
    QString m_someone;
    QString m_hoverStatus;
};

void TestReadOnlyUser::initTestCase()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
    // Taken before the reader gets their share: the one left who reads nothing is another person.
    const qint64 readerId = m_fixture->readOnlyUser(kBookClub).first;
    QVERIFY(readerId != 0);
    m_readerKey = u"key-for-"_s
        + m_fixture->column(u"SELECT username FROM users WHERE id = %1"_s.arg(readerId)).value(0).toString();
}

void TestReadOnlyUser::cleanup()
{
    m_hoverStatus = QString();
    m_window.reset();
}

void TestReadOnlyUser::cleanupTestCase()
{
    m_fixture.reset();
}

void TestReadOnlyUser::openAs(const QString &key)
{
    m_window = m_fixture->openMainWindow(QSize(1400, 900), key);
    QVERIFY(m_window);
    Models::GroupListModel *groups = workspace()->groupListPanel()->model();
    const Models::GroupStore *store = m_window->session()->workspace()->groupStore();
    QVERIFY(QTest::qWaitFor(
        [&] { return groups->totalCount() >= 0 && !groups->loadStatus()->isLoading() && store->knowsMyLevels(); },
        30'000));
}

bool TestReadOnlyUser::showGroup(qint64 id)
{
    if (!workspace()->groupListPanel()->selectGroup(id))
        return false;
    const Models::GroupStore *store = m_window->session()->workspace()->groupStore();
    return QTest::qWaitFor([&] { return workspace()->currentGroupId() == id && store->group(id).has_value(); }, 30'000);
}

bool TestReadOnlyUser::hover(QWidget *viewport, const QPoint &at, const QMimeData *data)
{
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(at, actions, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, actions, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    const bool taken = move.isAccepted() && move.dropAction() != Qt::IgnoreAction;
    m_hoverStatus = m_window->statusBar()->currentMessage();
    QDragLeaveEvent leave;
    QApplication::sendEvent(viewport, &leave);
    return taken;
}

std::unique_ptr<QMimeData> TestReadOnlyUser::dragOfSomeone()
{
    const QList<Models::UserRef> users = m_fixture->nonMemberRefs(kBookClub, 1);
    m_someone = users.value(0).name;
    return std::unique_ptr<QMimeData>(Models::UserDrag{users, std::nullopt}.toMimeData());
}

void TestReadOnlyUser::actionsFollowTheGroupsLevelSayingWhy()
{
    openAs(m_readerKey);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(showGroup(kBookClub));
    const QString why = u"You can only read Book Club"_s;
    // The window's actions: disabled, saying why.
    for (const QString &name : {u"editGroupAction"_s, u"replaceGroupAction"_s, u"shareGroupsAction"_s}) {
        QAction *action = windowAction(name);
        QVERIFY2(!action->isEnabled(), qPrintable(name));
        QCOMPARE(action->toolTip(), why);
    }
    // The Details tab's buttons, the Members tab's and the Sharing tab's actions likewise.
    for (const QString &name : {u"editButton"_s, u"replaceButton"_s}) {
        auto *button = childNamed<QPushButton>(workspace()->groupTab<Gui::GroupDetailsTab>(), name);
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), why);
    }
    workspace()->groupTabs()->setCurrentWidget(workspace()->groupTab<Gui::MembersTab>());
    QVERIFY(QTest::qWaitFor(
        [&] { return workspace()->groupTab<Gui::MembersTab>()->model()->groupId() == kBookClub; }, 10'000));
    QAction *addMembers = childNamed<QAction>(workspace()->groupTab<Gui::MembersTab>(), u"addMembersAction"_s);
    QVERIFY(!addMembers->isEnabled());
    QCOMPARE(addMembers->toolTip(), why);
    workspace()->groupTabs()->setCurrentWidget(workspace()->groupTab<Gui::SharingTab>());
    QAction *addShare = childNamed<QAction>(workspace()->groupTab<Gui::SharingTab>(), u"addShareAction"_s);
    QVERIFY(QTest::qWaitFor(
        [&] { return workspace()->groupTab<Gui::SharingTab>()->model()->groupId() == kBookClub; }, 10'000));
    QVERIFY(!addShare->isEnabled());
    QCOMPARE(addShare->toolTip(), why);
    // The level is not edited in place either.
    Models::ShareModel *shares = workspace()->groupTab<Gui::SharingTab>()->model();
    QVERIFY(QTest::qWaitFor([&] { return shares->rowCount() > 0; }, 10'000));
    QVERIFY(!(shares->flags(shares->index(0, Models::ShareModel::LevelColumn)) & Qt::ItemIsEditable));
    // The Users dock's "add to the current group", with people selected.
    auto *people = childNamed<QTreeView>(m_window.get(), u"userDirectoryView"_s);
    QVERIFY(QTest::qWaitFor([&] { return people->model() && people->model()->rowCount() > 0; }, 10'000));
    people->selectionModel()->select(
        people->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *addToCurrent = windowAction(u"addUsersToCurrentGroupAction"_s);
    QVERIFY(!addToCurrent->isEnabled());
    QCOMPARE(addToCurrent->toolTip(), why);

    // The admin, on the same group: every one of them enabled, with its own tooltip.
    openAs(QString::fromLatin1(SandboxFixture::kAdminKey));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(showGroup(kBookClub));
    for (const QString &name : {u"editGroupAction"_s, u"replaceGroupAction"_s, u"shareGroupsAction"_s}) {
        QVERIFY2(windowAction(name)->isEnabled(), qPrintable(name));
        QVERIFY(windowAction(name)->toolTip() != why);
    }
    workspace()->groupTabs()->setCurrentWidget(workspace()->groupTab<Gui::MembersTab>());
    QVERIFY(QTest::qWaitFor(
        [&] { return workspace()->groupTab<Gui::MembersTab>()->model()->groupId() == kBookClub; }, 10'000));
    QVERIFY(childNamed<QAction>(workspace()->groupTab<Gui::MembersTab>(), u"addMembersAction"_s)->isEnabled());
}

void TestReadOnlyUser::aDropIsRefusedOnAllThreeTargetsBeforeTheRelease()
{
    openAs(m_readerKey);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(showGroup(kBookClub));
    const std::unique_ptr<QMimeData> data = dragOfSomeone();
    const QString refused = u"Will be refused: Add %1 to Book Club. You can only read Book Club."_s.arg(m_someone);

    // Over Book Club's row in the group list.
    Gui::GroupTreeView *list = childNamed<Gui::GroupTreeView>(workspace()->groupListPanel(), u"groupTreeView"_s);
    Models::GroupListModel *groups = workspace()->groupListPanel()->model();
    const QPoint row = list->visualRect(groups->index(groups->rowOf(kBookClub), 0)).center();
    QVERIFY(!hover(list->viewport(), row, data.get()));
    QCOMPARE(status(), refused);

    // Over the Members table: the same words.
    workspace()->groupTabs()->setCurrentWidget(workspace()->groupTab<Gui::MembersTab>());
    Gui::MemberTableView *members = workspace()->groupTab<Gui::MembersTab>()->view();
    QVERIFY(QTest::qWaitFor(
        [&] { return workspace()->groupTab<Gui::MembersTab>()->model()->groupId() == kBookClub; }, 10'000));
    m_window->statusBar()->clearMessage();
    QVERIFY(!hover(members->viewport(), members->viewport()->rect().center(), data.get()));
    QCOMPARE(status(), refused);

    // Over the Sharing tab: a share of the group, refused for the same reason.
    workspace()->groupTabs()->setCurrentWidget(workspace()->groupTab<Gui::SharingTab>());
    Gui::ShareTableView *sharing = workspace()->groupTab<Gui::SharingTab>()->view();
    QVERIFY(QTest::qWaitFor(
        [&] { return workspace()->groupTab<Gui::SharingTab>()->model()->groupId() == kBookClub; }, 10'000));
    m_window->statusBar()->clearMessage();
    QVERIFY(!hover(sharing->viewport(), sharing->viewport()->rect().center(), data.get()));
    QCOMPARE(status(), u"Will be refused: Share Book Club with %1. You can only read Book Club."_s.arg(m_someone));
}

void TestReadOnlyUser::anAdminsDropIsDescribedOnAllThreeTargets()
{
    openAs(QString::fromLatin1(SandboxFixture::kAdminKey));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(showGroup(kBookClub));
    const std::unique_ptr<QMimeData> data = dragOfSomeone();
    const QString add = u"Add %1 to Book Club"_s.arg(m_someone);

    Gui::GroupTreeView *list = childNamed<Gui::GroupTreeView>(workspace()->groupListPanel(), u"groupTreeView"_s);
    Models::GroupListModel *groups = workspace()->groupListPanel()->model();
    const QPoint row = list->visualRect(groups->index(groups->rowOf(kBookClub), 0)).center();
    QVERIFY(hover(list->viewport(), row, data.get()));
    QCOMPARE(status(), add);

    workspace()->groupTabs()->setCurrentWidget(workspace()->groupTab<Gui::MembersTab>());
    Gui::MemberTableView *members = workspace()->groupTab<Gui::MembersTab>()->view();
    QVERIFY(QTest::qWaitFor(
        [&] { return workspace()->groupTab<Gui::MembersTab>()->model()->groupId() == kBookClub; }, 10'000));
    m_window->statusBar()->clearMessage();
    QVERIFY(hover(members->viewport(), members->viewport()->rect().center(), data.get()));
    QCOMPARE(status(), add);

    workspace()->groupTabs()->setCurrentWidget(workspace()->groupTab<Gui::SharingTab>());
    Gui::ShareTableView *sharing = workspace()->groupTab<Gui::SharingTab>()->view();
    QVERIFY(QTest::qWaitFor(
        [&] { return workspace()->groupTab<Gui::SharingTab>()->model()->groupId() == kBookClub; }, 10'000));
    m_window->statusBar()->clearMessage();
    QVERIFY(hover(sharing->viewport(), sharing->viewport()->rect().center(), data.get()));
    QCOMPARE(status(), u"Share Book Club with %1: choose the access on release"_s.arg(m_someone));
}

void TestReadOnlyUser::aRefusalNamesTheGroupAndLeavesNoUndoStep()
{
    openAs(m_readerKey);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(showGroup(kBookClub));
    m_hoverStatus = QString();
    // Sent anyway, as a path that does not ask first would: the server refuses it.
    Models::Workspace *models = m_window->session()->workspace();
    QPointer<Models::ChangeOperation> run = models->addMembers(kBookClub, m_fixture->nonMemberRefs(kBookClub, 2));
    QVERIFY(run);
    QVERIFY(awaitChanges(*models));
    // The status bar and the Members tab say it, in the server's words, the group named.
    QTRY_VERIFY_WITH_TIMEOUT(status().contains(u"permission on Book Club"_s), 10'000);
    QVERIFY2(!status().contains(u"group 36"_s), qPrintable(status()));
    auto *changes = childNamed<Gui::ChangesPanel>(m_window.get(), u"changesPanel"_s);
    QVERIFY(changes);
    auto *summary = childNamed<QLabel>(changes, u"summaryLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"Book Club"_s), 10'000);
    QVERIFY2(!summary->text().contains(u"group 36"_s), qPrintable(summary->text()));
    // Nothing was done: nothing to undo.
    QTRY_COMPARE(models->undoStack()->count(), 0);
    QVERIFY(!models->undoStack()->canUndo());
}

void TestReadOnlyUser::someoneWhoReadsNoGroupIsToldWhy()
{
    const auto [id, username] = m_fixture->userWhoReadsNothing();
    QVERIFY(id != 0);
    openAs(m_fixture->keyFor(username));
    if (QTest::currentTestFailed())
        return;
    Models::GroupListModel *groups = workspace()->groupListPanel()->model();
    QCOMPARE(groups->totalCount(), 0);
    Gui::GroupTreeView *list = childNamed<Gui::GroupTreeView>(workspace()->groupListPanel(), u"groupTreeView"_s);
    QVERIFY2(list->emptyText().contains(u"You are not a member of any group and none is shared with you"_s),
        qPrintable(list->emptyText()));
}

QTEST_MAIN(TestReadOnlyUser)
#include "tst_readonlyuser.moc"
