// The Sharing tab in a real main window over the in-process sandbox: it shows the selected
// group's shares as the server has them, sorted by level then name, filtered and counted; a
// level picked in the access column's combo box round-trips to the server, and one the server
// refuses (a user with only write) comes back with the server's words; revoking several asks
// once; users and groups dropped on the table (the models' own MIME data, delivered to the
// viewport) are shared with at the level chosen on the release, and a cancelled choice changes
// nothing; undo restores the server's state; every change is in the activity log; Export CSV
// writes the rows shown. Every outcome is checked on the server.

#include "uitestfixture.h"

#include "models/activitylog.h"
#include "models/csv.h"
#include "models/groupdrag.h"
#include "models/grouplistmodel.h"
#include "models/groupstore.h"
#include "models/roles.h"
#include "models/sharecsv.h"
#include "models/sharemodel.h"
#include "models/userdrag.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/mainwindow.h"
#include "ui/members/memberstab.h"
#include "ui/session.h"
#include "ui/sharing/sharetableview.h"
#include "ui/sharing/sharingtab.h"
#include "ui/workspacewidget.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;
using Models::ShareModel;
using Kind = ShareModel::PrincipalKind;

namespace {
// The demo seed: Platform Admins (1) is shared with users 17 (manage), 249 (write), 56 and 274
// (read); Data Science (2) with people and with Platform Admins (manage).
constexpr qint64 kPlatformAdmins = 1;
constexpr qint64 kDataScience = 2;
constexpr qint64 kBostonOffice = 23;
constexpr qint64 kWriter = 249;
} // namespace

class TestSharingTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheSharesSortedFilteredAndCounted();
    void aLevelPickedInTheComboRoundTripsAndUndoes();
    void aRefusedEditRestoresTheLevelWithTheServersWords();
    void revokingSeveralAsksOnce();
    void revokingTheOnlyManagerNeedsAnExplicitYes();
    void aDropKeepsHigherLevelsByDefault();
    void aDropOfUsersSharesAtTheLevelChosen();
    void aCancelledLevelChoiceSharesNothing();
    void aDropOfGroupsShares();
    void aDropOfPeopleAndGroupsIsOneUndoStep();
    void aPressInTheGroupListWaitsForTheRelease();
    void everyChangeIsInTheActivityLog();
    void exportWritesTheSharesShown();
    void actionsKeyboardAndAddShare();
    void theColumnsAndSortSurviveReopening();

private:
    /// Opens the main window signed in with \a key (the admin's by default).
    void openWindow(const QString &key = QString::fromLatin1(SandboxFixture::kAdminKey));
    /// Selects group \a id, shows the Sharing tab, and waits for the server's shares.
    bool showShares(qint64 id);
    Gui::SharingTab *tab() const { return m_window->workspaceWidget()->groupTab<Gui::SharingTab>(); }
    Gui::ShareTableView *view() const { return tab()->view(); }
    ShareModel *shares() const { return tab()->model(); }
    Models::Workspace *workspace() const { return m_window->session()->workspace(); }
    QAction *action(const QString &name) const { return childNamed<QAction>(tab(), name); }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    bool settle() const { return awaitChanges(*workspace()); }

    /// Group \a id's shares as GET /groups/{id}/shares answers the admin: "u56" / "g1" -> the
    /// highest level (1 read, 2 write, 3 manage).
    QMap<QString, int> serverShares(qint64 id) const
    {
        QMap<QString, int> levels;
        // The API answers a list of one share index.
        const QJsonObject index = m_fixture->admin.get(u"/groups/%1/shares"_s.arg(id)).array().at(0).toObject();
        const std::pair<const char *, int> sets[] = {{"readers", 1}, {"writers", 2}, {"owners", 3}};
        for (const auto &[set, level] : sets) {
            const QJsonObject object = index.value(QLatin1String(set)).toObject();
            for (const auto &[list, prefix] : {std::pair{"users", u'u'}, {"groups", u'g'}}) {
                for (const QJsonValue &value : object.value(QLatin1String(list)).toArray()) {
                    const QString key = prefix + QString::number(value.toObject().value(u"id"_s).toInteger());
                    levels[key] = std::max(levels.value(key), level);
                }
            }
        }
        return levels;
    }
    /// The rows the table shows, keyed as serverShares() keys them.
    QMap<QString, int> shownShares() const
    {
        QMap<QString, int> levels;
        for (int row = 0; row < shares()->rowCount(); ++row) {
            const ShareModel::Principal &principal = shares()->principal(row);
            levels[(principal.kind == Kind::User ? u"u"_s : u"g"_s) + QString::number(principal.id)]
                = int(principal.level) + 1;
        }
        return levels;
    }
    /// The proxy row of a principal.
    int rowOf(Kind kind, qint64 id) const
    {
        return tab()->proxy()->mapFromSource(shares()->index(shares()->rowOf(kind, id), 0)).row();
    }
    void selectRows(const QList<int> &rows);
    /// A drag's enter, move (then \a before, as the mouse hovers before the release) and drop on
    /// the table's viewport; whether the drop was taken.
    bool drop(const QMimeData *data, const std::function<void()> &before = {});
    /// The level menu a drop opened, once it shows.
    QMenu *levelMenu() const;

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestSharingTab::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestSharingTab::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestSharingTab::openWindow(const QString &key)
{
    m_window = m_fixture->openMainWindow(QSize(1400, 900), key);
    QVERIFY(m_window);
    Models::GroupListModel *groups = m_window->workspaceWidget()->groupListPanel()->model();
    QVERIFY(QTest::qWaitFor([&] { return groups->rowCount() > 0 && !groups->loadStatus()->isLoading(); }, 30'000));
}

bool TestSharingTab::showShares(qint64 id)
{
    if (!m_window->workspaceWidget()->groupListPanel()->selectGroup(id))
        return false;
    m_window->workspaceWidget()->groupTabs()->setCurrentWidget(tab());
    const QMap<QString, int> server = serverShares(id);
    const bool shown = QTest::qWaitFor(
        [&] { return shares()->groupId() == id && !shares()->loadStatus()->isLoading() && shownShares() == server; },
        30'000);
    if (!shown)
        qWarning() << "shown" << shares()->groupId() << shownShares() << "server" << server;
    return shown;
}

void TestSharingTab::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int row : rows)
        selection.select(tab()->proxy()->index(row, 0), tab()->proxy()->index(row, ShareModel::ColumnCount - 1));
    view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        view()->selectionModel()->setCurrentIndex(
            tab()->proxy()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    view()->setFocus();
}

bool TestSharingTab::drop(const QMimeData *data, const std::function<void()> &before)
{
    QWidget *viewport = view()->viewport();
    const QPoint at(viewport->width() / 2, viewport->height() - 5);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(at, actions, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, actions, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (before)
        before();
    QDropEvent dropEvent(at, actions, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEvent);
    return dropEvent.isAccepted() && dropEvent.dropAction() == Qt::CopyAction;
}

QMenu *TestSharingTab::levelMenu() const
{
    QMenu *menu = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (menu = tab()->findChild<QMenu *>(u"shareLevelMenu"_s)) && menu->isVisible(); }, 5'000);
    return shown ? menu : nullptr;
}

void TestSharingTab::showsTheSharesSortedFilteredAndCounted()
{
    openWindow();
    auto *tabs = m_window->workspaceWidget()->groupTabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(tab())), u"&Sharing"_s);
    QCOMPARE(tabs->indexOf(tab()), tabs->indexOf(m_window->workspaceWidget()->groupTab<Gui::MembersTab>()) + 1);
    QCOMPARE(tab()->objectName(), u"sharingTab"_s);
    QVERIFY(showShares(kDataScience));
    QCOMPARE(view()->objectName(), u"sharesTableView"_s);

    // Sorted by level (manage first), then by name; the principal is the first column shown.
    QCOMPARE(view()->header()->logicalIndex(0), int(ShareModel::NameColumn));
    auto *proxy = tab()->proxy();
    for (int row = 1; row < proxy->rowCount(); ++row) {
        const int above = proxy->index(row - 1, 0).data(Models::PermissionLevelRole).toInt();
        const int below = proxy->index(row, 0).data(Models::PermissionLevelRole).toInt();
        QVERIFY(above >= below);
        if (above == below)
            QVERIFY(QString::localeAwareCompare(
                        proxy->index(row - 1, ShareModel::NameColumn).data().toString().toCaseFolded(),
                        proxy->index(row, ShareModel::NameColumn).data().toString().toCaseFolded())
                <= 0);
    }

    // The totals, as the server has them; the group's row with its member count and its icon.
    const QMap<QString, int> server = serverShares(kDataScience);
    const auto people
        = std::count_if(server.keyBegin(), server.keyEnd(), [](const QString &key) { return key.startsWith(u'u'); });
    auto *totals = childNamed<QLabel>(tab(), u"shareTotalsLabel"_s);
    QCOMPARE(totals->text(), u"%1 people, 1 group"_s.arg(people));
    const int groupRow = rowOf(Kind::Group, kPlatformAdmins);
    const int members
        = m_fixture->admin.get(u"/groups/%1"_s.arg(kPlatformAdmins)).object().value(u"totalMemberCount"_s).toInt();
    QTRY_COMPARE(proxy->index(groupRow, ShareModel::MembersColumn).data().toString(), QLocale().toString(members));
    QVERIFY(!proxy->index(groupRow, ShareModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(proxy->index(groupRow, ShareModel::KindColumn).data().toString(), u"Group"_s);

    // The filter narrows as one types; Esc clears it.
    const QString name = proxy->index(groupRow, ShareModel::NameColumn).data().toString();
    auto *filter = childNamed<QLineEdit>(tab(), u"shareFilterLineEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, name.left(6).toLower());
    QVERIFY(proxy->rowCount() >= 1 && proxy->rowCount() < shares()->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(
            proxy->index(row, ShareModel::NameColumn).data().toString().contains(name.left(6), Qt::CaseInsensitive));
    QVERIFY2(totals->text().endsWith(u"of 1 group shown"_s), qPrintable(totals->text()));
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(proxy->rowCount(), shares()->rowCount());
    QCOMPARE(totals->text(), u"%1 people, 1 group"_s.arg(people));
}

void TestSharingTab::aLevelPickedInTheComboRoundTripsAndUndoes()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    QCOMPARE(serverShares(kPlatformAdmins).value(u"u56"_s), 1);
    // Slow answers, so the pending row can be seen.
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 300;
    m_fixture->setFaults(slow);

    // F2 on the row opens the access column's combo box, at the level held.
    selectRows({rowOf(Kind::User, 56)});
    QTest::keyClick(view(), Qt::Key_F2);
    QComboBox *combo = nullptr;
    QTRY_VERIFY(
        (combo = view()->findChild<QComboBox *>(u"permissionLevelComboBox"_s)) != nullptr && combo->isVisible());
    QCOMPARE(combo->currentText(), u"Read"_s);
    QCOMPARE(combo->count(), 3);
    // Write, picked as a person picks it from the list.
    combo->hidePopup();
    const int write = combo->findData(int(Api::PermissionLevel::Write));
    combo->setCurrentIndex(write);
    Q_EMIT combo->activated(write);

    // Pending at once, in the table's words, until the server answers.
    const QModelIndex cell = tab()->proxy()->index(rowOf(Kind::User, 56), ShareModel::LevelColumn);
    QVERIFY(cell.data(Models::PendingRole).toBool());
    QVERIFY2(cell.data().toString().contains(u"saving"_s), qPrintable(cell.data().toString()));
    QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(settle());
    m_fixture->setFaults({});
    QCOMPARE(serverShares(kPlatformAdmins).value(u"u56"_s), 2);
    QTRY_COMPARE(shownShares(), serverShares(kPlatformAdmins));
    QVERIFY(!tab()->proxy()->index(rowOf(Kind::User, 56), 0).data(Models::PendingRole).toBool());
    QCOMPARE(workspace()->undoStack()->count(), 1);

    // Edit > Undo: the server has read again, and the table shows it.
    QAction *undo = childNamed<QAction>(m_window.get(), u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(settle());
    QCOMPARE(serverShares(kPlatformAdmins).value(u"u56"_s), 1);
    QTRY_COMPARE(shownShares(), serverShares(kPlatformAdmins));
    // And redo.
    childNamed<QAction>(m_window.get(), u"redoAction"_s)->trigger();
    QVERIFY(settle());
    QCOMPARE(serverShares(kPlatformAdmins).value(u"u56"_s), 2);
}

void TestSharingTab::aRefusedEditRestoresTheLevelWithTheServersWords()
{
    // User 249 may write Platform Admins, not manage it: the shares show, a change is refused.
    const QString username
        = m_fixture->column(u"SELECT username FROM users WHERE id = %1"_s.arg(kWriter)).value(0).toString();
    QVERIFY(!username.isEmpty());
    std::unique_ptr<Api::ApiClient> writer = m_fixture->clientAs(username);
    QVERIFY(writer);
    openWindow(u"api-key-for-"_s + username);
    QVERIFY(showShares(kPlatformAdmins));
    const QMap<QString, int> before = serverShares(kPlatformAdmins);

    // Known to hold write only: no level is edited in place, and Change Access says why.
    Models::GroupStore *store = workspace()->groupStore();
    QTRY_VERIFY_WITH_TIMEOUT(store->knowsMyLevels(), 30'000);
    selectRows({rowOf(Kind::User, 56)});
    QAction *change = childNamed<QAction>(tab(), u"editLevelAction"_s);
    QVERIFY(!change->isEnabled());
    QCOMPARE(change->toolTip(), u"You can edit Platform Admins but not share it: sharing needs Manage"_s);
    QTest::keyClick(view(), Qt::Key_F2);
    QTest::qWait(100);
    QVERIFY(!view()->findChild<QComboBox *>(u"permissionLevelComboBox"_s));

    // What the app read may be stale (the level lowered on the server since): the server's
    // refusal is then shown as it comes.
    store->setMyLevel(kPlatformAdmins, Api::PermissionLevel::Manage);
    QTRY_VERIFY(change->isEnabled());
    selectRows({rowOf(Kind::User, 56)});
    QTest::keyClick(view(), Qt::Key_F2);
    QComboBox *combo = nullptr;
    QTRY_VERIFY(
        (combo = view()->findChild<QComboBox *>(u"permissionLevelComboBox"_s)) != nullptr && combo->isVisible());
    combo->hidePopup();
    const int manage = combo->findData(int(Api::PermissionLevel::Manage));
    combo->setCurrentIndex(manage);
    Q_EMIT combo->activated(manage);

    // The server's words, in the tab and in the status bar; the old level back.
    auto *frame = childNamed<QWidget>(tab(), u"shareMessageFrame"_s);
    QTRY_VERIFY_WITH_TIMEOUT(frame->isVisible(), 30'000);
    const QString message = childNamed<QLabel>(tab(), u"shareMessageLabel"_s)->text();
    QVERIFY2(message.contains(u"You need manage permission on Platform Admins for this; you have write."_s),
        qPrintable(message));
    QVERIFY2(status().contains(u"You need manage permission"_s), qPrintable(status()));
    QVERIFY(settle());
    QTRY_VERIFY(!tab()->proxy()->index(rowOf(Kind::User, 56), 0).data(Models::PendingRole).toBool());
    const QModelIndex cell = tab()->proxy()->index(rowOf(Kind::User, 56), ShareModel::LevelColumn);
    QCOMPARE(cell.data(Models::PermissionLevelRole).toInt(), int(Api::PermissionLevel::Read));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"You need manage permission"_s));
    QCOMPARE(serverShares(kPlatformAdmins), before);
    // Dismissed, it goes.
    QTest::mouseClick(childNamed<QWidget>(tab(), u"dismissShareMessageButton"_s), Qt::LeftButton);
    QVERIFY(!frame->isVisible());
}

void TestSharingTab::revokingSeveralAsksOnce()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    const QMap<QString, int> before = serverShares(kPlatformAdmins);
    selectRows({rowOf(Kind::User, kWriter), rowOf(Kind::User, 56), rowOf(Kind::User, 274)});

    const auto askedBox = [this] {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (box = tab()->findChild<QMessageBox *>(u"confirmRevokeBox"_s)) && box->isVisible(); }, 5'000);
        return shown ? box : nullptr;
    };
    // Delete, from the keyboard: one question, naming how many and the group.
    QTest::keyClick(view(), Qt::Key_Delete);
    QMessageBox *box = askedBox();
    QVERIFY(box);
    QCOMPARE(tab()->findChildren<QMessageBox *>().size(), qsizetype(1));
    QCOMPARE(box->text(), u"Revoke the access of 3 people to Platform Admins?"_s);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!tab()->findChild<QMessageBox *>(u"confirmRevokeBox"_s));
    QVERIFY(settle());
    QCOMPARE(workspace()->undoStack()->count(), 0);
    QCOMPARE(serverShares(kPlatformAdmins), before);

    // The toolbar's Revoke, confirmed: exactly those three go, in one undo step.
    action(u"revokeSharesAction"_s)->trigger();
    box = askedBox();
    QVERIFY(box);
    QTest::mouseClick(childNamed<QPushButton>(box, u"revokeButton"_s), Qt::LeftButton);
    QVERIFY(settle());
    QMap<QString, int> expected = before;
    for (const QString &gone : {u"u249"_s, u"u56"_s, u"u274"_s})
        expected.remove(gone);
    QCOMPARE(serverShares(kPlatformAdmins), expected);
    QTRY_COMPARE(shownShares(), expected);
    QCOMPARE(workspace()->undoStack()->count(), 1);
    QCOMPARE(childNamed<QLabel>(tab(), u"shareTotalsLabel"_s)->text(), u"1 person"_s);

    // Undo gives each back the level it held.
    childNamed<QAction>(m_window.get(), u"undoAction"_s)->trigger();
    QVERIFY(settle());
    QCOMPARE(serverShares(kPlatformAdmins), before);
    QTRY_COMPARE(shownShares(), before);
}

void TestSharingTab::revokingTheOnlyManagerNeedsAnExplicitYes()
{
    // User 17 alone manages Platform Admins.
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    const QMap<QString, int> before = serverShares(kPlatformAdmins);
    QCOMPARE(before.value(u"u17"_s), 3);
    QCOMPARE(std::count(before.cbegin(), before.cend(), 3), 1);
    selectRows({rowOf(Kind::User, 17)});
    const auto askedBox = [this] {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (box = tab()->findChild<QMessageBox *>(u"confirmRevokeBox"_s)) && box->isVisible(); }, 5'000);
        return shown ? box : nullptr;
    };
    QTest::keyClick(view(), Qt::Key_Delete);
    QPointer<QMessageBox> box = askedBox();
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY2(box->informativeText().startsWith(u"Platform Admins would have no manager."_s),
        qPrintable(box->informativeText()));
    QPushButton *revoke = childNamed<QPushButton>(box, u"revokeButton"_s);
    QCOMPARE(revoke->text(), u"Revoke, Leaving No Manager"_s);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    if (const QString dir = qEnvironmentVariable("CIVIS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(box->grab().save(dir + u"/last-manager-warning.png"_s));
    // Enter is no.
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!box || !box->isVisible());
    QVERIFY(settle());
    QCOMPARE(workspace()->undoStack()->count(), 0);
    QCOMPARE(serverShares(kPlatformAdmins), before);

    // Lowering the level in place asks too; Cancel keeps it.
    selectRows({rowOf(Kind::User, 17)});
    QVERIFY(shares()->setData(shares()->index(shares()->rowOf(Kind::User, 17), ShareModel::LevelColumn),
        int(Api::PermissionLevel::Write), Models::PermissionLevelRole));
    QPointer<QMessageBox> lastManager;
    QTRY_VERIFY((lastManager = tab()->findChild<QMessageBox *>(u"lastManagerBox"_s)) && lastManager->isVisible());
    QCOMPARE(lastManager->text(), u"Platform Admins would have no manager."_s);
    QTest::mouseClick(lastManager->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!lastManager || !lastManager->isVisible());
    QVERIFY(settle());
    QCOMPARE(workspace()->undoStack()->count(), 0);
    QCOMPARE(serverShares(kPlatformAdmins), before);
    QCOMPARE(shownShares(), before);

    // The explicit yes revokes, and the Changes dock says what it left.
    action(u"revokeSharesAction"_s)->trigger();
    box = askedBox();
    QVERIFY(box);
    QTest::mouseClick(childNamed<QPushButton>(box, u"revokeButton"_s), Qt::LeftButton);
    QVERIFY(settle());
    QVERIFY(!serverShares(kPlatformAdmins).contains(u"u17"_s));
    auto *changes = childNamed<QWidget>(m_window.get(), u"changesPanel"_s);
    QVERIFY(changes);
    QTRY_VERIFY2(
        childNamed<QLabel>(changes, u"summaryLabel"_s)->text().contains(u"Platform Admins was left with no manager"_s),
        qPrintable(childNamed<QLabel>(changes, u"summaryLabel"_s)->text()));
    childNamed<QAction>(m_window.get(), u"undoAction"_s)->trigger();
    QVERIFY(settle());
    QCOMPARE(serverShares(kPlatformAdmins), before);
}

void TestSharingTab::aDropKeepsHigherLevelsByDefault()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    const QMap<QString, int> before = serverShares(kPlatformAdmins);
    QVERIFY(!before.contains(u"u98"_s));
    Models::UserDrag people;
    for (qint64 id : {qint64(98), kWriter}) {
        const QJsonObject user = m_fixture->admin.get(u"/users/%1"_s.arg(id)).object();
        people.users.append({id, user.value(u"name"_s).toString(), user.value(u"user"_s).toString(), {}});
    }
    const std::unique_ptr<QMimeData> data(people.toMimeData());
    QVERIFY(drop(data.get()));
    QMenu *menu = levelMenu();
    QVERIFY(menu);
    childNamed<QAction>(menu, u"shareAsReadAction"_s)->trigger();
    menu->close();
    QPointer<QMessageBox> lowering;
    QTRY_VERIFY((lowering = tab()->findChild<QMessageBox *>(u"sharePlanLoweringBox"_s)) && lowering->isVisible());
    QCOMPARE(lowering->text(), u"1 share would be lowered to Read:"_s);
    QTest::keyClick(lowering, Qt::Key_Return);
    QVERIFY(settle());
    QMap<QString, int> expected = before;
    expected.insert(u"u98"_s, 1); // the newcomer reads, the writer still writes
    QCOMPARE(serverShares(kPlatformAdmins), expected);
    QTRY_COMPARE(shownShares(), expected);
    QCOMPARE(workspace()->undoStack()->count(), 1);
}

void TestSharingTab::aDropOfUsersSharesAtTheLevelChosen()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    const QMap<QString, int> before = serverShares(kPlatformAdmins);
    QVERIFY(!before.contains(u"u98"_s) && !before.contains(u"u99"_s));

    // Two people as the Users dock drags them.
    Models::UserDrag drag;
    for (qint64 id : {98, 99}) {
        const QJsonObject user = m_fixture->admin.get(u"/users/%1"_s.arg(id)).object();
        drag.users.append({id, user.value(u"name"_s).toString(), user.value(u"user"_s).toString(), {}});
    }
    std::unique_ptr<QMimeData> data(drag.toMimeData());
    QString hover;
    QVERIFY(drop(data.get(), [&] { hover = status(); }));
    // Before the release the status bar said what the drop would do.
    QCOMPARE(hover, u"Share Platform Admins with 2 people: choose the access on release"_s);

    // The level is asked at the drop point.
    QMenu *menu = levelMenu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().first()->text(), u"Share with 2 people as:"_s);
    QVERIFY(workspace()->undoStack()->count() == 0);
    childNamed<QAction>(menu, u"shareAsWriteAction"_s)->trigger();
    menu->close();
    QVERIFY(settle());
    QMap<QString, int> expected = before;
    expected.insert(u"u98"_s, 2);
    expected.insert(u"u99"_s, 2);
    QCOMPARE(serverShares(kPlatformAdmins), expected);
    QTRY_COMPARE(shownShares(), expected);
    QCOMPARE(workspace()->undoStack()->count(), 1);

    // Undo takes them away again on the server.
    childNamed<QAction>(m_window.get(), u"undoAction"_s)->trigger();
    QVERIFY(settle());
    QCOMPARE(serverShares(kPlatformAdmins), before);
    QTRY_COMPARE(shownShares(), before);
}

void TestSharingTab::aCancelledLevelChoiceSharesNothing()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    const QMap<QString, int> before = serverShares(kPlatformAdmins);
    Models::UserDrag drag;
    drag.users.append({98, u"Someone"_s, {}, {}});
    std::unique_ptr<QMimeData> data(drag.toMimeData());
    QVERIFY(drop(data.get()));
    QMenu *menu = levelMenu();
    QVERIFY(menu);
    // Esc closes the menu: nothing shared, nothing to undo.
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!tab()->findChild<QMenu *>(u"shareLevelMenu"_s));
    QVERIFY(settle());
    QCOMPARE(workspace()->undoStack()->count(), 0);
    QCOMPARE(serverShares(kPlatformAdmins), before);
    QCOMPARE(shownShares(), before);
}

void TestSharingTab::aDropOfGroupsShares()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    const QMap<QString, int> before = serverShares(kPlatformAdmins);

    // The group itself alone is refused, saying why.
    Models::GroupDrag itself;
    itself.groups = {{kPlatformAdmins, u"Platform Admins"_s}};
    std::unique_ptr<QMimeData> data(itself.toMimeData());
    QString hover;
    QVERIFY(!drop(data.get(), [&] { hover = status(); }));
    QCOMPARE(hover, u"Platform Admins cannot be shared with itself"_s);
    QVERIFY(!tab()->findChild<QMenu *>(u"shareLevelMenu"_s));

    // What the group list gives a drag of Boston Office (and of the group itself, left out).
    Models::GroupListModel *groups = m_window->workspaceWidget()->groupListPanel()->model();
    const int bostonRow = groups->rowOf(kBostonOffice);
    QVERIFY(bostonRow >= 0);
    const int selfRow = groups->rowOf(kPlatformAdmins);
    data.reset(groups->mimeData({groups->index(bostonRow, 0), groups->index(selfRow, 0)}));
    QVERIFY(data && data->hasFormat(Models::GroupDrag::mimeType()));
    QVERIFY(drop(data.get(), [&] { hover = status(); }));
    QCOMPARE(hover, u"Share Platform Admins with Boston Office: choose the access on release"_s);
    QMenu *menu = levelMenu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().first()->text(), u"Share with Boston Office as:"_s);
    childNamed<QAction>(menu, u"shareAsReadAction"_s)->trigger();
    menu->close();
    QVERIFY(settle());
    QMap<QString, int> expected = before;
    expected.insert(u"g%1"_s.arg(kBostonOffice), 1);
    QCOMPARE(serverShares(kPlatformAdmins), expected);
    QTRY_COMPARE(shownShares(), expected);
    // Its member count, from the store.
    const int members
        = m_fixture->admin.get(u"/groups/%1"_s.arg(kBostonOffice)).object().value(u"totalMemberCount"_s).toInt();
    QTRY_COMPARE(tab()->proxy()->index(rowOf(Kind::Group, kBostonOffice), ShareModel::MembersColumn).data().toString(),
        QLocale().toString(members));
    QCOMPARE(childNamed<QLabel>(tab(), u"shareTotalsLabel"_s)->text(), u"4 people, 1 group"_s);
}

void TestSharingTab::aDropOfPeopleAndGroupsIsOneUndoStep()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    const QMap<QString, int> before = serverShares(kPlatformAdmins);
    QCOMPARE(before.value(u"u%1"_s.arg(kWriter)), 2);
    QVERIFY(!before.contains(u"u98"_s) && !before.contains(u"g%1"_s.arg(kBostonOffice)));

    // One drag carrying both MIME types: two people (one of them writes already) and two groups.
    Models::UserDrag people;
    for (qint64 id : {qint64(98), kWriter}) {
        const QJsonObject user = m_fixture->admin.get(u"/users/%1"_s.arg(id)).object();
        people.users.append({id, user.value(u"name"_s).toString(), user.value(u"user"_s).toString(), {}});
    }
    Models::GroupDrag groups;
    groups.groups = {{kBostonOffice, u"Boston Office"_s}, {kDataScience, u"Data Science"_s}};
    std::unique_ptr<QMimeData> data(people.toMimeData());
    const std::unique_ptr<QMimeData> groupData(groups.toMimeData());
    data->setData(Models::GroupDrag::mimeType(), groupData->data(Models::GroupDrag::mimeType()));
    QString hover;
    QVERIFY(drop(data.get(), [&] { hover = status(); }));
    QCOMPARE(hover,
        u"Share Platform Admins with 2 people and 2 groups (1 of them have access already): choose the access on release"_s);
    QMenu *menu = levelMenu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().first()->text(), u"Share with 2 people and 2 groups as:"_s);
    childNamed<QAction>(menu, u"shareAsReadAction"_s)->trigger();
    menu->close();
    // The writer would be lowered: asked first, with the default to keep Write; set exactly here.
    QMessageBox *lowering = nullptr;
    QTRY_VERIFY((lowering = tab()->findChild<QMessageBox *>(u"sharePlanLoweringBox"_s)) && lowering->isVisible());
    const QString writerName = m_fixture->admin.get(u"/users/%1"_s.arg(kWriter)).object().value(u"name"_s).toString();
    QVERIFY2(lowering->informativeText().startsWith(
                 u"\u2022 "_s + writerName + u": Write \u2192 Read on Platform Admins\n"_s),
        qPrintable(lowering->informativeText()));
    QCOMPARE(lowering->defaultButton(), childNamed<QPushButton>(lowering, u"keepHigherButton"_s));
    QTest::mouseClick(childNamed<QPushButton>(lowering, u"setExactlyButton"_s), Qt::LeftButton);
    QVERIFY(settle());

    // One undo step, named for what was shared.
    QUndoStack *undo = workspace()->undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), u"Give 2 users and 2 groups read access to Platform Admins"_s);
    QMap<QString, int> expected = before;
    expected.insert(u"u98"_s, 1);
    expected.insert(u"u%1"_s.arg(kWriter), 1);
    expected.insert(u"g%1"_s.arg(kBostonOffice), 1);
    expected.insert(u"g%1"_s.arg(kDataScience), 1);
    QCOMPARE(serverShares(kPlatformAdmins), expected);
    QTRY_COMPARE(shownShares(), expected);

    // One undo gives every one of them back what it held (the writer writes again).
    childNamed<QAction>(m_window.get(), u"undoAction"_s)->trigger();
    QVERIFY(settle());
    QCOMPARE(serverShares(kPlatformAdmins), before);
    QTRY_COMPARE(shownShares(), before);
    QCOMPARE(undo->index(), 0);

    // And one redo shares with all four again.
    childNamed<QAction>(m_window.get(), u"redoAction"_s)->trigger();
    QVERIFY(settle());
    QCOMPARE(serverShares(kPlatformAdmins), expected);
    QTRY_COMPARE(shownShares(), expected);
    QCOMPARE(undo->count(), 1);
}

void TestSharingTab::aPressInTheGroupListWaitsForTheRelease()
{
    // A row pressed to be dragged onto this tab must not become the current group on the way
    // (the tab would follow it, and the drop be that group onto itself): only a click selects.
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    auto *list = childNamed<QTreeView>(m_window.get(), u"groupTreeView"_s);
    QVERIFY(list);
    Models::GroupListModel *groups = m_window->workspaceWidget()->groupListPanel()->model();
    const int bostonRow = groups->rowOf(kBostonOffice);
    QVERIFY(bostonRow >= 0);
    const QModelIndex boston = groups->index(bostonRow, 0); // the view shows the list model itself
    list->scrollTo(boston);
    const QPoint at = list->visualRect(boston).center();
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->workspaceWidget()->currentGroupId(), kPlatformAdmins);
    QCOMPARE(shares()->groupId(), kPlatformAdmins);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->workspaceWidget()->currentGroupId(), kBostonOffice);
    QTRY_COMPARE(shares()->groupId(), kBostonOffice);
}

void TestSharingTab::everyChangeIsInTheActivityLog()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    Models::ActivityLog *log = m_window->session()->activityLog();
    QVERIFY(log && log->isOpen());
    const int entries = log->count();
    const auto aboutTheGroup = [&](const Models::ActivityEntry &entry) {
        return std::any_of(entry.groups.cbegin(), entry.groups.cend(),
            [](const Models::ActivityGroup &group) { return group.id == kPlatformAdmins; });
    };

    // A level edit: one entry, about this group, done.
    const QModelIndex cell = tab()->proxy()->index(rowOf(Kind::User, 274), ShareModel::LevelColumn);
    QVERIFY(tab()->proxy()->setData(cell, int(Api::PermissionLevel::Manage), Models::PermissionLevelRole));
    QVERIFY(settle());
    QTRY_COMPARE(log->count(), entries + 1);
    Models::ActivityEntry entry = log->entries({}, 0, 1).value(0);
    QVERIFY(aboutTheGroup(entry));
    QCOMPARE(entry.outcome, Models::ActivityEntry::Outcome::Done);
    QCOMPARE(entry.done, 1);
    QCOMPARE(serverShares(kPlatformAdmins).value(u"u274"_s), 3);

    // Its undo is logged too, and the server is back where it was.
    childNamed<QAction>(m_window.get(), u"undoAction"_s)->trigger();
    QVERIFY(settle());
    QTRY_COMPARE(log->count(), entries + 2);
    entry = log->entries({}, 0, 1).value(0);
    QVERIFY(aboutTheGroup(entry));
    QVERIFY2(entry.text.startsWith(u"Undo"_s), qPrintable(entry.text));
    QCOMPARE(serverShares(kPlatformAdmins).value(u"u274"_s), 1);

    // A revoke, too.
    selectRows({rowOf(Kind::User, 56)});
    action(u"revokeSharesAction"_s)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = tab()->findChild<QMessageBox *>(u"confirmRevokeBox"_s)) != nullptr);
    QCOMPARE(box->text(),
        u"Revoke the access of %1 to Platform Admins?"_s.arg(
            shares()->principal(shares()->rowOf(Kind::User, 56)).name));
    QTest::mouseClick(childNamed<QPushButton>(box, u"revokeButton"_s), Qt::LeftButton);
    QVERIFY(settle());
    QTRY_COMPARE(log->count(), entries + 3);
    QVERIFY(aboutTheGroup(log->entries({}, 0, 1).value(0)));
    QVERIFY(!serverShares(kPlatformAdmins).contains(u"u56"_s));
}

void TestSharingTab::exportWritesTheSharesShown()
{
    openWindow();
    QVERIFY(showShares(kDataScience));
    QTRY_VERIFY(tab()
                    ->proxy()
                    ->index(rowOf(Kind::Group, kPlatformAdmins), ShareModel::MembersColumn)
                    .data(Models::RawValueRole)
                    .toInt()
        >= 0);
    const int shown = tab()->proxy()->rowCount();

    QTemporaryDir folder;
    const QString path = folder.filePath(u"shares.csv"_s);
    QString suggested;
    // The dialog opens once the people's usernames and e-mails are read, from the event loop: a
    // timer polls for it (a wait inside a single-shot would hold the loop the dialog runs in).
    auto *answer = new QTimer(this);
    answer->setInterval(20);
    connect(answer, &QTimer::timeout, answer, [answer, path, &suggested] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer->stop();
        answer->deleteLater();
        suggested = dialog->selectedFiles().value(0);
        dialog->selectFile(path);
        // selectFile() leaves the name field alone while it has the focus: type the path there too.
        if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
            name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    answer->start();
    // The people's usernames and e-mails are read first, then the file is asked for.
    action(u"exportSharesAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 15'000);
    QVERIFY2(suggested.endsWith(u"data-science shares.csv"_s), qPrintable(suggested));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> csv = Models::Csv::parse(bytes);
    QCOMPARE(csv.size(), qsizetype(shown + 1));
    QCOMPARE(csv.first(), Models::ShareCsv::header());
    // In the order shown, the server's shares; each user with the server's username and e-mail.
    const QMap<QString, int> server = serverShares(kDataScience);
    const QStringList levels{QString(), u"read"_s, u"write"_s, u"manage"_s};
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = tab()->proxy()->index(row, 0);
        const QStringList &line = csv.at(row + 1);
        QCOMPARE(line.at(0), QString::number(kDataScience));
        QCOMPARE(line.at(4), index.siblingAtColumn(ShareModel::NameColumn).data().toString());
        const bool user = index.data(Models::KindRole).toInt() == int(Kind::User);
        QCOMPARE(line.at(2), user ? u"user"_s : u"group"_s);
        const qint64 id = index.data(Models::IdRole).toLongLong();
        QCOMPARE(line.at(3), QString::number(id));
        const QString key = (user ? u"u"_s : u"g"_s) + QString::number(id);
        QCOMPARE(line.at(8), levels.at(server.value(key)));
        if (user) {
            const QJsonObject person = m_fixture->admin.get(u"/users/%1"_s.arg(id)).object();
            QCOMPARE(line.at(5), person.value(u"user"_s).toString());
            QCOMPARE(line.at(6), person.value(u"email"_s).toString());
            QVERIFY(line.at(9).isEmpty());
        } else {
            QCOMPARE(line.at(9).toInt(),
                m_fixture->admin.get(u"/groups/%1"_s.arg(kPlatformAdmins))
                    .object()
                    .value(u"totalMemberCount"_s)
                    .toInt());
        }
    }
}

void TestSharingTab::actionsKeyboardAndAddShare()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    for (const char *name :
        {"addShareAction", "editLevelAction", "revokeSharesAction", "copyNamesAction", "exportSharesAction"}) {
        QAction *each = action(QString::fromLatin1(name));
        QVERIFY2(each, name);
        QCOMPARE(each->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY2(!each->icon().isNull(), name);
        QVERIFY2(!each->toolTip().isEmpty(), name);
        QVERIFY2(!each->shortcut().isEmpty(), name);
    }
    QCOMPARE(action(u"revokeSharesAction"_s)->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(action(u"editLevelAction"_s)->shortcut(), QKeySequence(Qt::Key_F2));
    view()->selectionModel()->clearSelection();
    QVERIFY(action(u"addShareAction"_s)->isEnabled());
    QVERIFY(!action(u"revokeSharesAction"_s)->isEnabled());
    QVERIFY(!action(u"copyNamesAction"_s)->isEnabled());

    // Ctrl+C copies the names of the selection, one a line, in the order shown.
    const QList<int> rows{0, 2};
    selectRows(rows);
    QVERIFY(action(u"revokeSharesAction"_s)->isEnabled());
    QTest::keySequence(view(), QKeySequence::Copy);
    QStringList names;
    for (int row : rows)
        names.append(tab()->proxy()->index(row, ShareModel::NameColumn).data().toString());
    QCOMPARE(QGuiApplication::clipboard()->text(), names.join(u'\n'));

    // A double-click anywhere on a row opens its access combo box (a click only selects).
    const QModelIndex name = tab()->proxy()->index(rowOf(Kind::User, 56), ShareModel::NameColumn);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(name).center());
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QVERIFY(!view()->findChild<QComboBox *>(u"permissionLevelComboBox"_s));
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(name).center());
    QComboBox *combo = nullptr;
    QTRY_VERIFY(
        (combo = view()->findChild<QComboBox *>(u"permissionLevelComboBox"_s)) != nullptr && combo->isVisible());
    QCOMPARE(view()->visualRect(name.siblingAtColumn(ShareModel::LevelColumn)).topLeft(), combo->geometry().topLeft());
    QCOMPARE(combo->currentText(), u"Read"_s);
    combo->hidePopup();
    QTest::keyClick(combo, Qt::Key_Escape);
    QTRY_VERIFY(!view()->findChild<QComboBox *>(u"permissionLevelComboBox"_s));
    QCOMPARE(workspace()->undoStack()->count(), 0);

    // Add Share... asks for the dialog, for this group.
    QSignalSpy asked(tab(), &Gui::SharingTab::addShareRequested);
    QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toLongLong(), kPlatformAdmins);
    // Every tab's widget a person or a test reaches has a name.
    QVERIFY(childNamed<QWidget>(tab(), u"sharingToolBar"_s));
}

void TestSharingTab::theColumnsAndSortSurviveReopening()
{
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    QHeaderView *header = view()->header();
    header->resizeSection(ShareModel::KindColumn, 123);
    header->resizeSection(ShareModel::LevelColumn, 171);
    view()->sortByColumn(ShareModel::NameColumn, Qt::DescendingOrder);
    const int nameAt = header->visualIndex(ShareModel::NameColumn);
    m_window->close();
    m_window.reset();

    // The next window (as the next run of the app) has the table as it was left.
    openWindow();
    QVERIFY(showShares(kPlatformAdmins));
    header = view()->header();
    QCOMPARE(header->sectionSize(ShareModel::KindColumn), 123);
    QCOMPARE(header->sectionSize(ShareModel::LevelColumn), 171);
    QCOMPARE(header->visualIndex(ShareModel::NameColumn), nameAt);
    QCOMPARE(header->sortIndicatorSection(), int(ShareModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // And the rows really are sorted so: names Z to A.
    QStringList names;
    for (int row = 0; row < tab()->proxy()->rowCount(); ++row)
        names.append(tab()->proxy()->index(row, ShareModel::NameColumn).data().toString());
    QVERIFY(names.size() > 1);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded()) > 0;
    });
    QCOMPARE(names, sorted);
}

QTEST_MAIN(TestSharingTab)
#include "tst_sharingtab.moc"
