// The Users dock over a session on the in-process sandbox: its search, account-status and
// group filters reach the server and list what the server lists; its count is the server's;
// people dropped on a group-list row are added there (a move-drop from a member table leaves
// its group without them), a drag that would change nothing is refused and says so before the
// button is released; and the same adds from the keyboard and the context menu, without a drag.

#include "uitestfixture.h"

#include "models/grouplistmodel.h"
#include "models/groupstore.h"
#include "models/membertablemodel.h"
#include "models/userdirectorymodel.h"
#include "models/userdrag.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/groups/grouppickerdialog.h"
#include "ui/groups/grouptreeview.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/users/userspanel.h"
#include "ui/workspacewidget.h"

#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QDrag>
#include <QtGui/QUndoStack>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Demo groups (kDemoGroups in the seeder, ids from 1).
constexpr qint64 kBostonOffice = 23;
constexpr qint64 kDataQuality = 29;
} // namespace

class TestUsersPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sitsInTheUsersDock();
    void searchReachesTheServerAfterAPause();
    void statusFilterReachesTheServer();
    void groupFilterListsTheGroupsMembers();
    void countsFromThePagingTotal();
    void aDropOnAGroupRowAddsExactlyThem();
    void aMoveDropFromAMemberTableLeavesTheSourceWithoutThem();
    void aDragOverAGroupOfMembersAlreadyIsRefusedAndSaysSo();
    void addSelectedUsersToGroupThroughThePicker();
    void addSelectedUsersToTheCurrentGroup();

private:
    void openWindow();
    Gui::UsersPanel *users() const
    {
        return qobject_cast<Gui::UsersPanel *>(m_window->workspaceWidget()->panel(Gui::WorkspaceWidget::Panel::Users));
    }
    Models::UserDirectoryModel *directory() const { return users()->model(); }
    Models::Workspace *workspace() const { return m_window->session()->workspace(); }
    Gui::GroupListPanel *groupPanel() const { return m_window->workspaceWidget()->groupListPanel(); }
    Gui::GroupTreeView *groupView() const { return childNamed<Gui::GroupTreeView>(groupPanel(), u"groupTreeView"_s); }
    QTreeView *directoryView() const { return childNamed<QTreeView>(users(), u"userDirectoryView"_s); }
    /// The ids GET /users answers \a query with, as the admin, in its order.
    QList<qint64> serverUserIds(const QString &query) const
    {
        return m_fixture->admin.get(u"/users?limit=1000&"_s + query).ids();
    }
    /// Selects the directory's rows \a rows (loaded already) and returns their users.
    QList<Models::UserRef> selectRows(const QList<int> &rows) const;
    /// The first \a count loaded directory rows whose users are not members of \a groupId.
    QList<int> rowsOfNonMembers(qint64 groupId, int count) const;
    /// The middle of group \a groupId's row in the group list's viewport.
    QPoint groupRowCenter(qint64 groupId) const;
    /// A drag of \a data entering the group list and moving over \a position, as a person's
    /// mouse does; whether the view accepted the move.
    bool dragOver(const QPoint &position, const QMimeData *data, Qt::DropActions actions,
        Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;
    /// The drop of \a data at \a position; whether the view took it.
    bool drop(const QPoint &position, const QMimeData *data, Qt::DropActions actions,
        Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;
    static QList<qint64> idsOf(const QList<Models::UserRef> &users)
    {
        QList<qint64> ids;
        for (const Models::UserRef &user : users)
            ids.append(user.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    static QList<qint64> sortedUnion(QList<qint64> a, const QList<qint64> &b)
    {
        a.append(b);
        std::sort(a.begin(), a.end());
        a.erase(std::unique(a.begin(), a.end()), a.end());
        return a;
    }
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestUsersPanel::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestUsersPanel::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestUsersPanel::openWindow()
{
    m_window = m_fixture->openMainWindow(QSize(1500, 900));
    QVERIFY(m_window);
    QVERIFY(users() != nullptr);
    QVERIFY(awaitLoaded(*directory()->loadStatus()));
    QTRY_VERIFY_WITH_TIMEOUT(directory()->rowCount() > 0, 30'000);
    QVERIFY(awaitLoaded(*groupPanel()->model()->loadStatus()));
    QTRY_VERIFY_WITH_TIMEOUT(groupPanel()->model()->rowCount() > 0, 30'000);
}

QList<Models::UserRef> TestUsersPanel::selectRows(const QList<int> &rows) const
{
    QItemSelectionModel *selection = directoryView()->selectionModel();
    selection->clearSelection();
    for (int row : rows)
        selection->select(directory()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return users()->selectedUsers();
}

QList<int> TestUsersPanel::rowsOfNonMembers(qint64 groupId, int count) const
{
    const QList<qint64> members = m_fixture->memberIds(groupId);
    QList<int> rows;
    for (int row = 0; row < directory()->rowCount() && rows.size() < count; ++row) {
        if (!members.contains(directory()->user(row).id))
            rows.append(row);
    }
    return rows;
}

QPoint TestUsersPanel::groupRowCenter(qint64 groupId) const
{
    Models::GroupListModel *groups = groupPanel()->model();
    const QModelIndex index = groups->index(groups->rowOf(groupId), Models::GroupListModel::NameColumn);
    if (!index.isValid())
        return {};
    groupView()->scrollTo(index);
    return groupView()->visualRect(index).center();
}

bool TestUsersPanel::dragOver(
    const QPoint &position, const QMimeData *data, Qt::DropActions actions, Qt::KeyboardModifiers modifiers) const
{
    QWidget *viewport = groupView()->viewport();
    QDragEnterEvent enter(position, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(position, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &move);
    return move.isAccepted();
}

bool TestUsersPanel::drop(
    const QPoint &position, const QMimeData *data, Qt::DropActions actions, Qt::KeyboardModifiers modifiers) const
{
    QDropEvent event(position, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(groupView()->viewport(), &event);
    return event.isAccepted();
}

void TestUsersPanel::sitsInTheUsersDock()
{
    openWindow();
    auto *dock = childNamed<QDockWidget>(m_window.get(), u"usersDock"_s);
    QCOMPARE(dock->widget(), users());
    QVERIFY(users()->isVisible());
    // Drag only, extended selection: people are dragged out of here, never into it.
    QCOMPARE(directoryView()->dragDropMode(), QAbstractItemView::DragOnly);
    QCOMPARE(directoryView()->selectionMode(), QAbstractItemView::ExtendedSelection);
    // A narrow dock shows the name, the username (which tells two people of one name apart)
    // and the e-mail; the header's menu brings back the rest.
    QVERIFY(!directoryView()->isColumnHidden(Models::UserDirectoryModel::NameColumn));
    QVERIFY(!directoryView()->isColumnHidden(Models::UserDirectoryModel::UsernameColumn));
    QVERIFY(!directoryView()->isColumnHidden(Models::UserDirectoryModel::EmailColumn));
    QVERIFY(directoryView()->isColumnHidden(Models::UserDirectoryModel::ActiveColumn));
    // Wide enough for a name beside an e-mail address.
    QVERIFY2(users()->width() >= 340, qPrintable(QString::number(users()->width())));
    QCOMPARE(directoryView()->header()->contextMenuPolicy(), Qt::CustomContextMenu);
    // Every add is reachable without a drag, with a shortcut, from the list's context menu.
    for (const QString &name : {u"addUsersToGroupAction"_s, u"addUsersToCurrentGroupAction"_s}) {
        QAction *action = childNamed<QAction>(users(), name);
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!action->icon().isNull());
        QVERIFY(directoryView()->actions().contains(action));
    }
}

void TestUsersPanel::searchReachesTheServerAfterAPause()
{
    openWindow();
    auto *search = childNamed<QLineEdit>(users(), u"userSearchLineEdit"_s);
    QTest::keyClicks(search, u"lee"_s);
    // Typing is not a request per key: nothing went out before the pause.
    QCOMPARE(directory()->query().query, QString());
    QTRY_COMPARE_WITH_TIMEOUT(directory()->query().query, u"lee"_s, 5'000);
    QVERIFY(loadAll(*directory()));
    const QList<qint64> expected = serverUserIds(u"query=lee"_s);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < serverUserIds({}).size());
    QCOMPARE(rowIds(*directory()), expected);

    // Esc clears at once.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(directory()->query().query, QString());
    // Enter searches without waiting.
    QTest::keyClicks(search, u"example.org"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(directory()->query().query, u"example.org"_s);
}

void TestUsersPanel::statusFilterReachesTheServer()
{
    openWindow();
    auto *status = childNamed<QComboBox>(users(), u"userStatusComboBox"_s);
    QCOMPARE(status->currentText(), u"Active"_s);
    status->setCurrentIndex(status->findData(u"inactive"_s));
    QCOMPARE(directory()->query().accountStatus, u"inactive"_s);
    QVERIFY(loadAll(*directory()));
    const QList<qint64> inactive = serverUserIds(u"account_status=inactive"_s);
    QVERIFY(!inactive.isEmpty());
    QCOMPARE(rowIds(*directory()), inactive);
    for (int row = 0; row < directory()->rowCount(); ++row)
        QVERIFY(!directory()->user(row).active);

    status->setCurrentIndex(status->findData(u"all"_s));
    QVERIFY(loadAll(*directory()));
    QCOMPARE(rowIds(*directory()), serverUserIds(u"account_status=all"_s));
    QVERIFY(directory()->rowCount() > inactive.size());
}

void TestUsersPanel::groupFilterListsTheGroupsMembers()
{
    openWindow();
    auto *button = childNamed<QToolButton>(users(), u"userGroupFilterButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    Gui::GroupPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = qobject_cast<Gui::GroupPickerDialog *>(QApplication::activeModalWidget())) != nullptr);
    QTest::keyClicks(childNamed<QLineEdit>(picker, u"searchLineEdit"_s), u"Data Quality"_s);
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->query().query == u"Data Quality"_s
            && !picker->model()->loadStatus()->isLoading() && picker->model()->rowCount() == 1,
        10'000);
    auto *ok = childNamed<QDialogButtonBox>(picker, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(users()->groupFilterId(), kDataQuality);
    QCOMPARE(button->text(), u"Members of Data Quality"_s);
    QVERIFY(loadAll(*directory()));
    const QList<qint64> members = serverUserIds(u"group_id=%1"_s.arg(kDataQuality));
    QVERIFY(!members.isEmpty());
    QCOMPARE(rowIds(*directory()), members);

    // The clear button lists everyone again.
    auto *clear = childNamed<QToolButton>(users(), u"clearUserGroupFilterButton"_s);
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(users()->groupFilterId(), qint64(0));
    QCOMPARE(directory()->query().groupId, std::nullopt);
    QVERIFY(!clear->isVisible());
    QVERIFY(loadAll(*directory()));
    QCOMPARE(directory()->rowCount(), serverUserIds({}).size());
}

void TestUsersPanel::countsFromThePagingTotal()
{
    openWindow();
    auto *count = childNamed<QLabel>(users(), u"userCountLabel"_s);
    const qint64 total = m_fixture->admin.get(u"/users?limit=1"_s).header("X-Pagination-Total-Entries").toLongLong();
    QVERIFY(total > 1);
    QTRY_VERIFY2(count->text().startsWith(QLocale().toString(total) + u" people"_s), qPrintable(count->text()));
    // A selection is counted beside the total, and goes when it is cleared.
    QVERIFY(directory()->rowCount() >= 2);
    directoryView()->selectionModel()->select(QItemSelection(directory()->index(0, 0), directory()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY2(count->text().endsWith(u", 2 selected"_s), qPrintable(count->text()));
    directoryView()->clearSelection();
    QVERIFY2(!count->text().contains(u"selected"_s), qPrintable(count->text()));
    // A search's count is its matches'.
    auto *search = childNamed<QLineEdit>(users(), u"userSearchLineEdit"_s);
    QTest::keyClicks(search, u"lee"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(awaitLoaded(*directory()->loadStatus()));
    const qint64 matches = serverUserIds(u"query=lee"_s).size();
    QTRY_VERIFY2(count->text().startsWith(matches == 1 ? u"1 person"_s : QLocale().toString(matches) + u" people"_s),
        qPrintable(count->text()));
}

void TestUsersPanel::aDropOnAGroupRowAddsExactlyThem()
{
    openWindow();
    const QList<qint64> before = m_fixture->memberIds(kBostonOffice);
    const QList<int> rows = rowsOfNonMembers(kBostonOffice, 4);
    QCOMPARE(rows.size(), 4);
    const QList<Models::UserRef> dragged = selectRows(rows);
    std::unique_ptr<QMimeData> data(directory()->mimeData(directoryView()->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    const QPoint target = groupRowCenter(kBostonOffice);
    QVERIFY(!target.isNull());

    // Before the button is released: accepted, the row marked, and the status bar says what comes.
    QVERIFY(dragOver(target, data.get(), Qt::CopyAction));
    QCOMPARE(groupView()->dropTargetIndex().row(), groupPanel()->model()->rowOf(kBostonOffice));
    QCOMPARE(statusMessage(), u"Add 4 people to Boston Office"_s);
    QCOMPARE(m_fixture->memberIds(kBostonOffice), before);

    QVERIFY(drop(target, data.get(), Qt::CopyAction));
    QVERIFY(awaitChanges(*workspace()));
    QCOMPARE(m_fixture->memberIds(kBostonOffice), sortedUnion(before, idsOf(dragged)));
    QCOMPARE(workspace()->undoStack()->count(), 1);
    QVERIFY(!groupView()->dropTargetIndex().isValid());
}

void TestUsersPanel::aMoveDropFromAMemberTableLeavesTheSourceWithoutThem()
{
    openWindow();
    // Two members of Data Quality who are not in Boston Office, dragged out of Data Quality's table.
    Models::MemberTableModel sourceTable(workspace(), kDataQuality);
    QVERIFY(awaitLoaded(*sourceTable.loadStatus()));
    QTRY_VERIFY_WITH_TIMEOUT(sourceTable.rowCount() > 0, 10'000);
    const QList<qint64> targetBefore = m_fixture->memberIds(kBostonOffice);
    const QList<qint64> sourceBefore = m_fixture->memberIds(kDataQuality);
    QModelIndexList indexes;
    QList<qint64> moved;
    for (int row = 0; row < sourceTable.rowCount() && moved.size() < 2; ++row) {
        if (!targetBefore.contains(sourceTable.userRef(row).id)) {
            indexes.append(sourceTable.index(row, 0));
            moved.append(sourceTable.userRef(row).id);
        }
    }
    QCOMPARE(moved.size(), 2);
    std::sort(moved.begin(), moved.end());
    std::unique_ptr<QMimeData> data(sourceTable.mimeData(indexes));
    QVERIFY(data);
    const QPoint target = groupRowCenter(kBostonOffice);

    // The platform's move modifier makes it a move, and the status bar says so first.
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QVERIFY(dragOver(target, data.get(), actions, Qt::ShiftModifier));
    QCOMPARE(statusMessage(), u"Move 2 people from Data Quality to Boston Office"_s);
    QVERIFY(drop(target, data.get(), actions, Qt::ShiftModifier));
    QVERIFY(awaitChanges(*workspace()));
    QCOMPARE(m_fixture->memberIds(kBostonOffice), sortedUnion(targetBefore, moved));
    QList<qint64> sourceAfter = sourceBefore;
    sourceAfter.removeIf([&](qint64 id) { return moved.contains(id); });
    QCOMPARE(m_fixture->memberIds(kDataQuality), sourceAfter);
}

void TestUsersPanel::aDragOverAGroupOfMembersAlreadyIsRefusedAndSaysSo()
{
    openWindow();
    // Boston Office's members, listed by the panel's group filter; the group's members known
    // to the app once it is selected (its Details tab fetches it).
    QVERIFY(groupPanel()->selectGroup(kBostonOffice));
    QTRY_VERIFY_WITH_TIMEOUT(workspace()->groupStore()->group(kBostonOffice).has_value(), 10'000);
    users()->setGroupFilter(kBostonOffice);
    QVERIFY(loadAll(*directory()));
    QVERIFY(directory()->rowCount() >= 2);
    selectRows({0, 1});
    std::unique_ptr<QMimeData> data(directory()->mimeData(directoryView()->selectionModel()->selectedIndexes()));
    const QList<qint64> before = m_fixture->memberIds(kBostonOffice);
    const QPoint target = groupRowCenter(kBostonOffice);

    QVERIFY(!dragOver(target, data.get(), Qt::CopyAction));
    QCOMPARE(statusMessage(), u"Everyone dragged is already a member of Boston Office"_s);
    QVERIFY(!groupView()->dropTargetIndex().isValid());
    // Released anyway: nothing is done, and it still says why.
    QVERIFY(!drop(target, data.get(), Qt::CopyAction));
    QCOMPARE(statusMessage(), u"Everyone dragged is already a member of Boston Office"_s);
    QCOMPARE(workspace()->undoStack()->count(), 0);
    QVERIFY(!workspace()->isBusy());
    QCOMPARE(m_fixture->memberIds(kBostonOffice), before);

    // The same people over another group: accepted, and said.
    const QList<qint64> financeMembers = m_fixture->memberIds(12);
    QVERIFY(!financeMembers.contains(directory()->user(0).id) || !financeMembers.contains(directory()->user(1).id));
    QVERIFY(dragOver(groupRowCenter(12), data.get(), Qt::CopyAction));
    QVERIFY2(statusMessage().startsWith(u"Add "_s) && statusMessage().contains(u" to Finance"_s), qPrintable(statusMessage()));
}

void TestUsersPanel::addSelectedUsersToGroupThroughThePicker()
{
    openWindow();
    const QList<qint64> before = m_fixture->memberIds(kBostonOffice);
    const QList<Models::UserRef> picked = selectRows(rowsOfNonMembers(kBostonOffice, 3));
    QCOMPARE(picked.size(), 3);
    QAction *add = childNamed<QAction>(users(), u"addUsersToGroupAction"_s);
    QVERIFY(add->isEnabled());
    // From the keyboard, with the focus in the list.
    directoryView()->setFocus();
    QTRY_VERIFY(directoryView()->hasFocus());
    QTest::keySequence(directoryView(), add->shortcut());
    Gui::GroupPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = qobject_cast<Gui::GroupPickerDialog *>(QApplication::activeModalWidget())) != nullptr);
    QVERIFY2(childNamed<QLabel>(picker, u"promptLabel"_s)->text() == u"Add 3 people to:"_s,
        qPrintable(childNamed<QLabel>(picker, u"promptLabel"_s)->text()));
    QTest::keyClicks(childNamed<QLineEdit>(picker, u"searchLineEdit"_s), u"Boston Office"_s);
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->query().query == u"Boston Office"_s
            && !picker->model()->loadStatus()->isLoading() && picker->model()->rowCount() == 1,
        10'000);
    auto *ok = childNamed<QDialogButtonBox>(picker, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(workspace()->undoStack()->count() == 1);
    QVERIFY(awaitChanges(*workspace()));
    QCOMPARE(m_fixture->memberIds(kBostonOffice), sortedUnion(before, idsOf(picked)));
    QCOMPARE(statusMessage(), u"Add 3 people to Boston Office"_s);
}

void TestUsersPanel::addSelectedUsersToTheCurrentGroup()
{
    openWindow();
    QAction *add = childNamed<QAction>(users(), u"addUsersToCurrentGroupAction"_s);
    QVERIFY(groupPanel()->selectGroup(kDataQuality));
    QCOMPARE(users()->currentGroupId(), kDataQuality);
    const QList<qint64> before = m_fixture->memberIds(kDataQuality);
    const QList<Models::UserRef> picked = selectRows(rowsOfNonMembers(kDataQuality, 2));
    QCOMPARE(picked.size(), 2);
    QVERIFY(add->isEnabled());
    QVERIFY2(add->toolTip().contains(u"Data Quality"_s), qPrintable(add->toolTip()));
    add->trigger();
    QTRY_VERIFY(workspace()->undoStack()->count() == 1);
    QVERIFY(awaitChanges(*workspace()));
    QCOMPARE(m_fixture->memberIds(kDataQuality), sortedUnion(before, idsOf(picked)));

    // Nothing selected, nothing to add.
    directoryView()->selectionModel()->clearSelection();
    QVERIFY(!add->isEnabled());
    QVERIFY(!childNamed<QAction>(users(), u"addUsersToGroupAction"_s)->isEnabled());
}

QTEST_MAIN(TestUsersPanel)
#include "tst_userspanel.moc"
