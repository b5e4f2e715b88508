// The Members tab in a real main window over the in-process sandbox: it shows the selected
// group's members as the server has them, filters, counts and sorts them; drops of users (the
// models' own MIME data, delivered to the table's viewport) add or move exactly them, and a drop
// that would change nothing is refused, saying why; removal asks once; undo and redo restore the
// exact sets; a paste reports the names it could not find; Move to Group goes through the
// picker; Export CSV writes the rows shown. Every outcome is checked on the server.

#include "uitestfixture.h"

#include "models/csv.h"
#include "models/grouplistmodel.h"
#include "models/groupstore.h"
#include "models/membertablemodel.h"
#include "models/userdrag.h"
#include "ui/groups/groupdetailstab.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/groups/grouppickerdialog.h"
#include "ui/members/memberstab.h"
#include "ui/members/membertableview.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/workspacewidget.h"

#include <QtCore/QJsonArray>
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
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QUndoView>

using namespace Qt::StringLiterals;
using Models::MemberTableModel;

namespace {
// The demo seed's groups (ids in seed order).
constexpr qint64 kBostonOffice = 23;
constexpr qint64 kDataQuality = 29;
constexpr qint64 kAnalyticsGuild = 27;
} // namespace

class TestMembersTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheGroupsMembersFiltersAndSorts();
    void aDropOfAnotherGroupsMembersAddsExactlyThem();
    void aMoveLeavesTheSourceWithoutThem();
    void aDropThatChangesNothingIsRefusedSayingWhy();
    void removingManyAsksOnceAndRemovesExactlyTheSelection();
    void removingOneAsksNamingThem();
    void removingMoreThanFiveNamesFiveAndCountsTheRest();
    void undoAndRedoRestoreTheExactSets();
    void aPasteWithUnknownNamesReportsThemAndAddsTheRest();
    void aTextDropWorksLikeAPaste();
    void copyGivesNameAndEmailLinesAndPastesElsewhere();
    void moveToGroupGoesThroughThePicker();
    void exportWritesTheMembersShown();
    void actionsFollowTheSelection();
    void theColumnsFitTheDefaultWindowAndAPersonCanWidenThem();

private:
    void openWindow();
    /// Selects group \a id in the list, shows the Members tab, and waits for the server's members.
    bool showMembers(qint64 id);
    Gui::MembersTab *tab() const { return m_window->workspaceWidget()->groupTab<Gui::MembersTab>(); }
    Gui::MemberTableView *view() const { return tab()->view(); }
    MemberTableModel *members() const { return tab()->model(); }
    Models::Workspace *workspace() const { return m_window->session()->workspace(); }
    QAction *action(const QString &name) const { return childNamed<QAction>(tab(), name); }
    QString status() const { return m_window->statusBar()->currentMessage(); }

    /// The sorted ids of group \a id's members, as GET /groups/{id} answers the admin.
    QList<qint64> serverMembers(qint64 id) const
    {
        QList<qint64> ids;
        const QJsonArray array = m_fixture->admin.get(u"/groups/%1"_s.arg(id)).object().value(u"members"_s).toArray();
        for (const QJsonValue &member : array)
            ids.append(member.toObject().value(u"id"_s).toInteger());
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    /// The sorted ids of the rows the table shows.
    QList<qint64> shownIds() const
    {
        QList<qint64> ids = rowIds(*tab()->proxy());
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }
    static QList<qint64> without(QList<qint64> ids, const QList<qint64> &gone)
    {
        ids.removeIf([&](qint64 id) { return gone.contains(id); });
        return ids;
    }
    /// Up to \a count members of \a source who are not members of \a target, on the server.
    QList<qint64> membersNotIn(qint64 source, qint64 target, int count) const
    {
        const QList<qint64> there = serverMembers(target);
        QList<qint64> ids;
        for (qint64 id : serverMembers(source)) {
            if (!there.contains(id) && ids.size() < count)
                ids.append(id);
        }
        return ids;
    }
    /// A drag's QDragEnterEvent, QDragMoveEvent (after which \a before is called, as the mouse
    /// hovers before the release) and QDropEvent on the member table's viewport; whether the
    /// drop was taken.
    bool drop(const QMimeData *data, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
        const std::function<void()> &before = {});
    /// Selects rows \a rows (of the proxy) in the table.
    void selectRows(const QList<int> &rows);
    /// Waits until the window's workspace has nothing running or waiting.
    bool settle() const { return awaitChanges(*workspace()); }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestMembersTab::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestMembersTab::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestMembersTab::openWindow()
{
    m_window = m_fixture->openMainWindow();
    QVERIFY(m_window);
    Models::GroupListModel *groups = m_window->workspaceWidget()->groupListPanel()->model();
    QVERIFY(QTest::qWaitFor([&] { return groups->rowCount() >= 36 && !groups->loadStatus()->isLoading(); }, 30'000));
}

bool TestMembersTab::showMembers(qint64 id)
{
    if (!m_window->workspaceWidget()->groupListPanel()->selectGroup(id))
        return false;
    m_window->workspaceWidget()->groupTabs()->setCurrentWidget(tab());
    const QList<qint64> server = serverMembers(id);
    return QTest::qWaitFor(
        [&] { return members()->groupId() == id && !members()->loadStatus()->isLoading() && shownIds() == server; },
        30'000);
}

bool TestMembersTab::drop(const QMimeData *data, Qt::KeyboardModifiers modifiers, const std::function<void()> &before)
{
    QWidget *viewport = view()->viewport();
    // Below the last row: a drop anywhere on the table adds to its group.
    const QPoint at(viewport->width() / 2, viewport->height() - 5);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(at, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &move);
    if (before)
        before();
    QDropEvent dropEvent(at, actions, data, Qt::LeftButton, modifiers);
    QApplication::sendEvent(viewport, &dropEvent);
    return dropEvent.isAccepted();
}

void TestMembersTab::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int row : rows)
        selection.select(tab()->proxy()->index(row, 0), tab()->proxy()->index(row, MemberTableModel::ColumnCount - 1));
    view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    view()->setFocus();
}

void TestMembersTab::showsTheGroupsMembersFiltersAndSorts()
{
    openWindow();
    auto *tabs = m_window->workspaceWidget()->groupTabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(tab())), u"&Members"_s);
    QCOMPARE(tabs->indexOf(tab()), tabs->indexOf(m_window->workspaceWidget()->groupTab<Gui::GroupDetailsTab>()) + 1);
    QVERIFY(showMembers(kDataQuality));

    // The count is the server's: every member, and the active ones.
    const QJsonObject group = m_fixture->admin.get(u"/groups/%1"_s.arg(kDataQuality)).object();
    const int total = group.value(u"totalMemberCount"_s).toInt();
    const int active = group.value(u"memberCount"_s).toInt();
    QVERIFY2(active < total, "the seed's Data Quality has inactive members");
    auto *count = childNamed<QLabel>(tab(), u"memberCountLabel"_s);
    QCOMPARE(count->text(), u"%1 members, %2 active"_s.arg(total).arg(active));

    // Active only: exactly the active members, and the count says so.
    auto *statusCombo = childNamed<QComboBox>(tab(), u"memberStatusComboBox"_s);
    statusCombo->setCurrentIndex(statusCombo->findData(true));
    QCOMPARE(tab()->proxy()->rowCount(), active);
    for (int row = 0; row < tab()->proxy()->rowCount(); ++row)
        QVERIFY(tab()->proxy()->index(row, MemberTableModel::ActiveColumn).data(Models::RawValueRole).toBool());
    QCOMPARE(count->text(), u"%1 of %2 members shown"_s.arg(active).arg(total));
    statusCombo->setCurrentIndex(statusCombo->findData(false));
    QCOMPARE(tab()->proxy()->rowCount(), total);

    // The filter narrows as one types, on name, username or e-mail; Esc clears it.
    const QString email = members()->member(0).email.value_or(QString());
    const QString piece = email.left(email.indexOf(u'@')).toUpper();
    auto *filter = childNamed<QLineEdit>(tab(), u"memberFilterLineEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, piece);
    const int shown = tab()->proxy()->rowCount();
    QVERIFY(shown >= 1 && shown < total);
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = tab()->proxy()->index(row, 0);
        const QString haystack = index.data().toString() + index.data(Models::UsernameRole).toString()
            + index.data(Models::EmailRole).toString();
        QVERIFY(haystack.contains(piece, Qt::CaseInsensitive));
    }
    QCOMPARE(count->text(), u"%1 of %2 members shown"_s.arg(shown).arg(total));
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(tab()->proxy()->rowCount(), total);

    // A click on the E-mail header sorts by it; again, the other way.
    QHeaderView *header = view()->header();
    const QPoint emailHeader(header->sectionViewportPosition(MemberTableModel::EmailColumn) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, emailHeader);
    const auto emails = [this] {
        QStringList list;
        for (int row = 0; row < tab()->proxy()->rowCount(); ++row)
            list.append(tab()->proxy()->index(row, MemberTableModel::EmailColumn).data().toString().toLower());
        return list;
    };
    QCOMPARE(header->sortIndicatorSection(), int(MemberTableModel::EmailColumn));
    QStringList ascending = emails();
    QStringList expected = ascending;
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(ascending, expected);
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, emailHeader);
    QVERIFY(header->sortIndicatorOrder() != first);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(emails(), expected);
}

void TestMembersTab::aDropOfAnotherGroupsMembersAddsExactlyThem()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    const QList<qint64> before = serverMembers(kDataQuality);
    const QList<qint64> bostonBefore = serverMembers(kBostonOffice);
    const QList<qint64> dragged = membersNotIn(kBostonOffice, kDataQuality, 4);
    QCOMPARE(dragged.size(), qsizetype(4));

    // What Boston Office's member table gives a drag of those four.
    MemberTableModel boston(workspace(), kBostonOffice);
    QVERIFY(awaitLoaded(*boston.loadStatus()));
    QModelIndexList indexes;
    for (qint64 id : dragged)
        indexes.append(boston.index(boston.rowOf(id), 0));
    std::unique_ptr<QMimeData> data(boston.mimeData(indexes));
    QVERIFY(data);

    QString hover;
    QVERIFY(drop(data.get(), Qt::NoModifier, [&] { hover = status(); }));
    // Before the release the status bar said what the drop would do.
    QCOMPARE(hover, u"Add 4 people to Data Quality"_s);
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), sorted(before + dragged));
    QCOMPARE(serverMembers(kBostonOffice), bostonBefore);
    QTRY_COMPARE(shownIds(), sorted(before + dragged));
    QCOMPARE(workspace()->undoStack()->count(), 1);
}

void TestMembersTab::aMoveLeavesTheSourceWithoutThem()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    const QList<qint64> before = serverMembers(kDataQuality);
    const QList<qint64> bostonBefore = serverMembers(kBostonOffice);
    const QList<qint64> dragged = membersNotIn(kBostonOffice, kDataQuality, 3);
    QCOMPARE(dragged.size(), qsizetype(3));
    MemberTableModel boston(workspace(), kBostonOffice);
    QVERIFY(awaitLoaded(*boston.loadStatus()));
    QModelIndexList indexes;
    for (qint64 id : dragged)
        indexes.append(boston.index(boston.rowOf(id), 0));
    std::unique_ptr<QMimeData> data(boston.mimeData(indexes));

    // Shift, the platform's move modifier: a move.
    QString hover;
    QVERIFY(drop(data.get(), Qt::ShiftModifier, [&] { hover = status(); }));
    QCOMPARE(hover, u"Move 3 people from Boston Office to Data Quality"_s);
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), sorted(before + dragged));
    QCOMPARE(serverMembers(kBostonOffice), without(bostonBefore, dragged));
}

void TestMembersTab::aDropThatChangesNothingIsRefusedSayingWhy()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    const QList<qint64> before = serverMembers(kDataQuality);

    // The group's own members, dragged out of this very table.
    std::unique_ptr<QMimeData> own(members()->mimeData({members()->index(0, 0), members()->index(1, 0)}));
    QString hover;
    QVERIFY(!drop(own.get(), Qt::ShiftModifier, [&] { hover = status(); }));
    QVERIFY2(hover.startsWith(u"Already in Data Quality"_s), qPrintable(hover));
    QVERIFY2(status().startsWith(u"Already in Data Quality"_s), qPrintable(status()));

    // People who are all members already, from elsewhere (the users panel carries no group).
    Models::UserDrag already;
    for (int row = 0; row < 3; ++row)
        already.users.append(members()->userRef(row));
    std::unique_ptr<QMimeData> data(already.toMimeData());
    hover.clear();
    QVERIFY(!drop(data.get(), Qt::NoModifier, [&] { hover = status(); }));
    QCOMPARE(hover, u"Everyone dragged is already a member of Data Quality"_s);

    QVERIFY(settle());
    QCOMPARE(workspace()->undoStack()->count(), 0);
    QCOMPARE(serverMembers(kDataQuality), before);
}

void TestMembersTab::removingManyAsksOnceAndRemovesExactlyTheSelection()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    const QList<qint64> before = serverMembers(kDataQuality);
    selectRows({1, 2, 4});
    QList<qint64> selected;
    for (int row : {1, 2, 4})
        selected.append(tab()->proxy()->index(row, 0).data(Models::IdRole).toLongLong());

    // Delete, from the keyboard in the table: one question naming the count and the group.
    const auto askedBox = [this] {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = tab()->findChild<QMessageBox *>(u"confirmRemoveBox"_s)) && box->isVisible(); }, 5'000))
            return static_cast<QMessageBox *>(nullptr);
        return box;
    };
    QTest::keyClick(view(), Qt::Key_Delete);
    QMessageBox *box = askedBox();
    QVERIFY(box);
    QCOMPARE(tab()->findChildren<QMessageBox *>().size(), qsizetype(1));
    QStringList names;
    for (int row : {1, 2, 4})
        names.append(tab()->proxy()->index(row, MemberTableModel::NameColumn).data().toString());
    QCOMPARE(box->text(), u"Remove %1, %2 and %3 from Data Quality?"_s.arg(names.at(0), names.at(1), names.at(2)));
    QCOMPARE(box->button(QMessageBox::Cancel)->text(), u"Cancel"_s);
    // Cancel removes nobody.
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!tab()->findChild<QMessageBox *>(u"confirmRemoveBox"_s));
    QVERIFY(settle());
    QCOMPARE(workspace()->undoStack()->count(), 0);
    QCOMPARE(serverMembers(kDataQuality), before);

    action(u"removeMembersAction"_s)->trigger();
    box = askedBox();
    QVERIFY(box);
    auto *remove = childNamed<QPushButton>(box, u"removeButton"_s);
    QCOMPARE(remove->text(), u"Remove"_s);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), without(before, selected));
    QTRY_COMPARE(shownIds(), without(before, selected));
    QCOMPARE(workspace()->undoStack()->count(), 1);
}

void TestMembersTab::removingOneAsksNamingThem()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    selectRows({0});
    const QString name = tab()->proxy()->index(0, MemberTableModel::NameColumn).data().toString();
    action(u"removeMembersAction"_s)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = tab()->findChild<QMessageBox *>(u"confirmRemoveBox"_s)) != nullptr);
    QCOMPARE(box->text(), u"Remove %1 from Data Quality?"_s.arg(name));
    box->reject();
}

void TestMembersTab::removingMoreThanFiveNamesFiveAndCountsTheRest()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    QVERIFY(tab()->proxy()->rowCount() >= 8);
    selectRows({0, 1, 2, 3, 4, 5, 6, 7});
    QStringList firstFive;
    for (int row = 0; row < 5; ++row)
        firstFive.append(tab()->proxy()->index(row, MemberTableModel::NameColumn).data().toString());
    action(u"removeMembersAction"_s)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = tab()->findChild<QMessageBox *>(u"confirmRemoveBox"_s)) != nullptr);
    QCOMPARE(box->text(), u"Remove %1 and 3 more from Data Quality?"_s.arg(firstFive.join(u", "_s)));
    box->reject();
}

void TestMembersTab::undoAndRedoRestoreTheExactSets()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    const QList<qint64> original = serverMembers(kDataQuality);
    const QList<qint64> bostonOriginal = serverMembers(kBostonOffice);
    const QList<qint64> dragged = membersNotIn(kBostonOffice, kDataQuality, 3);
    MemberTableModel boston(workspace(), kBostonOffice);
    QVERIFY(awaitLoaded(*boston.loadStatus()));
    QModelIndexList indexes;
    for (qint64 id : dragged)
        indexes.append(boston.index(boston.rowOf(id), 0));
    std::unique_ptr<QMimeData> data(boston.mimeData(indexes));
    QVERIFY(drop(data.get(), Qt::ShiftModifier)); // a move
    QVERIFY(settle());
    const QList<qint64> moved = sorted(original + dragged);
    QCOMPARE(serverMembers(kDataQuality), moved);

    // Then a removal of two of the group's first members.
    selectRows({0, 1});
    QList<qint64> removed;
    for (int row : {0, 1})
        removed.append(tab()->proxy()->index(row, 0).data(Models::IdRole).toLongLong());
    action(u"removeMembersAction"_s)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = tab()->findChild<QMessageBox *>(u"confirmRemoveBox"_s)) != nullptr);
    QTest::mouseClick(childNamed<QPushButton>(box, u"removeButton"_s), Qt::LeftButton);
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), without(moved, removed));

    QAction *undo = childNamed<QAction>(m_window.get(), u"undoAction"_s);
    QAction *redo = childNamed<QAction>(m_window.get(), u"redoAction"_s);
    QVERIFY(undo->isEnabled());
    // Edit > Undo names the step it undoes, the toolbar's button stays short, and the History
    // dock lists the session's steps (the clean state, the move, the removal).
    QVERIFY2(undo->text().startsWith(u"&Undo Remove 2 users from "_s), qPrintable(undo->text()));
    QCOMPARE(undo->iconText(), u"Undo"_s);
    auto *history = childNamed<QUndoView>(m_window.get(), u"historyView"_s);
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 3);
    QVERIFY2(history->model()->index(1, 0).data().toString().startsWith(u"Move "_s),
        qPrintable(history->model()->index(1, 0).data().toString()));
    undo->trigger();
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), moved);
    undo->trigger();
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), original);
    QCOMPARE(serverMembers(kBostonOffice), bostonOriginal);
    QTRY_COMPARE(shownIds(), original);

    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), moved);
    QCOMPARE(serverMembers(kBostonOffice), without(bostonOriginal, dragged));
    redo->trigger();
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), without(moved, removed));
    QTRY_COMPARE(shownIds(), without(moved, removed));
}

void TestMembersTab::aPasteWithUnknownNamesReportsThemAndAddsTheRest()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    const QList<qint64> before = serverMembers(kDataQuality);
    const QList<qint64> wanted = membersNotIn(kBostonOffice, kDataQuality, 2);
    QCOMPARE(wanted.size(), qsizetype(2));
    const QJsonObject first = m_fixture->admin.get(u"/users/%1"_s.arg(wanted.at(0))).object();
    const QJsonObject second = m_fixture->admin.get(u"/users/%1"_s.arg(wanted.at(1))).object();
    // A username, a nobody, an e-mail and another nobody, as a spreadsheet column would paste.
    QGuiApplication::clipboard()->setText(first.value(u"user"_s).toString() + u"\nno.such.person\n"_s
        + second.value(u"email"_s).toString() + u"; nobody@nowhere.example"_s);
    QTRY_VERIFY(action(u"pasteAction"_s)->isEnabled());
    action(u"pasteAction"_s)->trigger();

    auto *frame = childNamed<QWidget>(tab(), u"notFoundFrame"_s);
    QTRY_VERIFY_WITH_TIMEOUT(frame->isVisible(), 10'000);
    const QString report = childNamed<QLabel>(tab(), u"notFoundLabel"_s)->text();
    QVERIFY2(report.contains(u"no.such.person"_s) && report.contains(u"nobody@nowhere.example"_s), qPrintable(report));
    QVERIFY2(!report.contains(first.value(u"user"_s).toString()), qPrintable(report));
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), sorted(before + wanted));
    // Dismissed, it goes.
    QTest::mouseClick(childNamed<QWidget>(tab(), u"dismissNotFoundButton"_s), Qt::LeftButton);
    QVERIFY(!frame->isVisible());
}

void TestMembersTab::aTextDropWorksLikeAPaste()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    const QList<qint64> before = serverMembers(kDataQuality);
    const QList<qint64> wanted = membersNotIn(kBostonOffice, kDataQuality, 2);
    const QJsonObject first = m_fixture->admin.get(u"/users/%1"_s.arg(wanted.at(0))).object();
    // Ids and an unknown username, tab-separated, as copied from a spreadsheet row.
    QMimeData text;
    text.setText(QString::number(wanted.at(0)) + u'\t' + QString::number(wanted.at(1)) + u"\tghost.user"_s);
    QVERIFY(drop(&text));
    QTRY_VERIFY_WITH_TIMEOUT(childNamed<QWidget>(tab(), u"notFoundFrame"_s)->isVisible(), 10'000);
    QVERIFY(childNamed<QLabel>(tab(), u"notFoundLabel"_s)->text().contains(u"ghost.user"_s));
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), sorted(before + wanted));
    Q_UNUSED(first);
}

void TestMembersTab::copyGivesNameAndEmailLinesAndPastesElsewhere()
{
    openWindow();
    QVERIFY(showMembers(kBostonOffice));
    const QList<qint64> notInQuality = membersNotIn(kBostonOffice, kDataQuality, 2);
    QList<int> rows;
    for (qint64 id : notInQuality)
        rows.append(tab()->proxy()->mapFromSource(members()->index(members()->rowOf(id), 0)).row());
    std::sort(rows.begin(), rows.end());
    selectRows(rows);
    QTest::keySequence(view(), QKeySequence::Copy);
    QStringList lines;
    for (int row : rows) {
        const QModelIndex index = tab()->proxy()->index(row, 0);
        lines.append(index.data().toString() + u" <"_s + index.data(Models::EmailRole).toString() + u'>');
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), lines.join(u'\n'));
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(Models::UserDrag::mimeType()));

    // Pasted into another group's table: exactly them, added.
    const QList<qint64> before = serverMembers(kDataQuality);
    const QList<qint64> bostonBefore = serverMembers(kBostonOffice);
    QVERIFY(showMembers(kDataQuality));
    view()->setFocus();
    QTest::keySequence(view(), QKeySequence::Paste);
    QVERIFY(settle());
    QCOMPARE(serverMembers(kDataQuality), sorted(before + notInQuality));
    // A paste adds; nobody leaves the group they were copied from.
    QCOMPARE(serverMembers(kBostonOffice), bostonBefore);
}

void TestMembersTab::moveToGroupGoesThroughThePicker()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    const QList<qint64> before = serverMembers(kDataQuality);
    const QList<qint64> guildBefore = serverMembers(kAnalyticsGuild);
    // Two members of Data Quality who are not in the Analytics Guild.
    QList<int> rows;
    QList<qint64> moving;
    for (int row = 0; row < tab()->proxy()->rowCount() && moving.size() < 2; ++row) {
        const qint64 id = tab()->proxy()->index(row, 0).data(Models::IdRole).toLongLong();
        if (!guildBefore.contains(id)) {
            rows.append(row);
            moving.append(id);
        }
    }
    QCOMPARE(moving.size(), qsizetype(2));
    selectRows(rows);

    QString prompt;
    bool picked = false;
    bool sourceOffered = true;
    QTimer::singleShot(0, this, [&] {
        Gui::GroupPickerDialog *picker = nullptr;
        if (!QTest::qWaitFor([&] { return (picker = qobject_cast<Gui::GroupPickerDialog *>(QApplication::activeModalWidget())) != nullptr; }, 5'000))
            return;
        prompt = childNamed<QLabel>(picker, u"promptLabel"_s)->text();
        Models::GroupListModel *groups = picker->model();
        // The people's own group is no choice: it is not offered.
        auto *search = childNamed<QLineEdit>(picker, u"searchLineEdit"_s);
        QTest::keyClicks(search, u"data quality"_s);
        if (!QTest::qWaitFor(
                [&] {
                    return groups->query().query == u"data quality"_s && !groups->loadStatus()->isLoading()
                        && groups->totalCount() > 0;
                },
                10'000)) {
            picker->reject();
            return;
        }
        sourceOffered = groups->rowOf(kDataQuality) >= 0;
        search->clear();
        QTest::keyClicks(search, u"analytics guild"_s);
        if (!QTest::qWaitFor([&] { return groups->query().query == u"analytics guild"_s && !groups->loadStatus()->isLoading() && groups->rowOf(kAnalyticsGuild) >= 0; }, 10'000)) {
            picker->reject();
            return;
        }
        childNamed<QTreeView>(picker, u"groupTreeView"_s)->setCurrentIndex(groups->index(groups->rowOf(kAnalyticsGuild), 0));
        picker->accept();
        picked = picker->pickedGroupId() == kAnalyticsGuild;
    });
    action(u"moveMembersAction"_s)->trigger();
    QVERIFY(picked);
    QVERIFY(!sourceOffered);
    QCOMPARE(prompt, u"Move 2 people from Data Quality to:"_s);
    QVERIFY(settle());
    QCOMPARE(serverMembers(kAnalyticsGuild), sorted(guildBefore + moving));
    QCOMPARE(serverMembers(kDataQuality), without(before, moving));
}

void TestMembersTab::exportWritesTheMembersShown()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    // Active only, filtered on ".o" (some e-mails and names): the rows shown are the rows written.
    auto *statusCombo = childNamed<QComboBox>(tab(), u"memberStatusComboBox"_s);
    statusCombo->setCurrentIndex(statusCombo->findData(true));
    childNamed<QLineEdit>(tab(), u"memberFilterLineEdit"_s)->setText(u"o"_s);
    const int shown = tab()->proxy()->rowCount();
    QVERIFY(shown > 0);

    QTemporaryDir folder;
    const QString path = folder.filePath(u"members.csv"_s);
    QString suggested;
    QTimer::singleShot(0, this, [&] {
        QFileDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) != nullptr; }, 5'000))
            return;
        suggested = dialog->selectedFiles().value(0);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    action(u"exportMembersAction"_s)->trigger();
    QVERIFY2(suggested.endsWith(u"data-quality members.csv"_s), qPrintable(suggested));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> csv = Models::Csv::parse(file.readAll());
    QCOMPARE(csv.size(), qsizetype(shown + 1));
    QCOMPARE(csv.first(), MemberTableModel::csvHeader());
    const int emailColumn = int(csv.first().indexOf(u"email"_s));
    QVERIFY2(emailColumn >= 0, qPrintable(csv.first().join(u',')));
    // Each row with the group's id and the member's id and username, as the server has them.
    for (qsizetype row = 1; row < csv.size(); ++row) {
        const QStringList &line = csv.at(row);
        QCOMPARE(line.at(0), QString::number(kDataQuality));
        const QJsonObject user = m_fixture->admin.get(u"/users/%1"_s.arg(line.at(2))).object();
        QCOMPARE(line.at(4), user.value(u"user"_s).toString());
        QCOMPARE(line.at(emailColumn), user.value(u"email"_s).toString());
    }

    // The server's active members of the group holding "o" in name, username or e-mail.
    QStringList expected;
    const QJsonArray array = m_fixture->admin.get(u"/groups/%1"_s.arg(kDataQuality)).object().value(u"members"_s).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject member = value.toObject();
        const QString haystack = member.value(u"name"_s).toString() + member.value(u"username"_s).toString() + member.value(u"email"_s).toString();
        if (member.value(u"active"_s).toBool() && haystack.contains(u"o"_s, Qt::CaseInsensitive))
            expected.append(member.value(u"email"_s).toString());
    }
    QStringList written;
    for (qsizetype row = 1; row < csv.size(); ++row)
        written.append(csv.at(row).at(emailColumn));
    // In the order shown (by name), and the same people as the server's.
    for (int row = 0; row < shown; ++row)
        QCOMPARE(written.at(row), tab()->proxy()->index(row, MemberTableModel::EmailColumn).data().toString());
    written.sort();
    expected.sort();
    QCOMPARE(written, expected);
}

void TestMembersTab::actionsFollowTheSelection()
{
    openWindow();
    QVERIFY(showMembers(kDataQuality));
    for (const char *name : {"addMembersAction", "removeMembersAction", "moveMembersAction", "copyMembersAction",
             "copyAction", "pasteAction", "exportMembersAction"}) {
        QAction *each = action(QString::fromLatin1(name));
        QVERIFY2(each, name);
        QCOMPARE(each->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY2(!each->icon().isNull(), name);
        QVERIFY2(!each->toolTip().isEmpty(), name);
    }
    QCOMPARE(action(u"addMembersAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QCOMPARE(action(u"removeMembersAction"_s)->shortcut(), QKeySequence(QKeySequence::Delete));
    view()->selectionModel()->clearSelection();
    QVERIFY(action(u"addMembersAction"_s)->isEnabled());
    QVERIFY(action(u"exportMembersAction"_s)->isEnabled());
    QVERIFY(!action(u"removeMembersAction"_s)->isEnabled());
    QVERIFY(!action(u"moveMembersAction"_s)->isEnabled());
    QVERIFY(!action(u"copyAction"_s)->isEnabled());
    selectRows({0});
    QVERIFY(action(u"removeMembersAction"_s)->isEnabled());
    QVERIFY(action(u"moveMembersAction"_s)->isEnabled());
    QVERIFY(action(u"copyMembersAction"_s)->isEnabled());

    // Ctrl+Shift+A asks for the add-members dialog, for this group.
    QSignalSpy asked(tab(), &Gui::MembersTab::addMembersRequested);
    QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toLongLong(), kDataQuality);
}

void TestMembersTab::theColumnsFitTheDefaultWindowAndAPersonCanWidenThem()
{
    // The window at the default size of a first run on a screen of 1280x800 or less (the
    // offscreen screen is smaller: a size the window picks itself is fitted to it).
    m_window = m_fixture->openMainWindow(QSize(1280, 800));
    QVERIFY(m_window);
    QCOMPARE(m_window->size(), QSize(1280, 800));
    Models::GroupListModel *groups = m_window->workspaceWidget()->groupListPanel()->model();
    QVERIFY(QTest::qWaitFor([&] { return groups->rowCount() >= 36 && !groups->loadStatus()->isLoading(); }, 30'000));
    QVERIFY(showMembers(kBostonOffice));
    QHeaderView *header = view()->header();
    const auto columnsWidth = [&] {
        int width = 0;
        for (int column = 0; column < MemberTableModel::ColumnCount; ++column)
            width += header->sectionSize(column);
        return width;
    };
    // Every column shows, none scrolled out of sight.
    QTRY_VERIFY(columnsWidth() <= view()->viewport()->width());
    QCOMPARE(view()->horizontalScrollBar()->maximum(), 0);
    for (int column = 0; column < MemberTableModel::ColumnCount; ++column) {
        QVERIFY(!header->isSectionHidden(column));
        QVERIFY2(header->sectionSize(column) >= header->minimumSectionSize(), qPrintable(QString::number(column)));
        QCOMPARE(header->sectionResizeMode(column), QHeaderView::Interactive);
    }
    // Status and Online say their word whole; the name has the most room.
    for (int column : {int(MemberTableModel::ActiveColumn), int(MemberTableModel::OnlineColumn)}) {
        QTRY_VERIFY2(header->sectionSize(column) >= static_cast<QAbstractItemView *>(view())->sizeHintForColumn(column),
            qPrintable(u"%1: %2 < %3"_s.arg(column)
                           .arg(header->sectionSize(column))
                           .arg(static_cast<QAbstractItemView *>(view())->sizeHintForColumn(column))));
    }
    // The name is the last to be cut short: while it is, no column has more room than it.
    const bool nameCut = header->sectionSize(MemberTableModel::NameColumn)
        < static_cast<QAbstractItemView *>(view())->sizeHintForColumn(MemberTableModel::NameColumn);
    for (int column = 1; column < MemberTableModel::ColumnCount; ++column) {
        QVERIFY2(!nameCut || header->sectionSize(MemberTableModel::NameColumn) >= header->sectionSize(column),
            qPrintable(QString::number(column)));
    }

    // A larger window: the columns follow it, still without a scroll bar.
    const int email = header->sectionSize(MemberTableModel::EmailColumn);
    m_window->resize(1580, 960);
    QTRY_VERIFY(header->sectionSize(MemberTableModel::EmailColumn) > email);
    QTRY_VERIFY(columnsWidth() <= view()->viewport()->width());

    // A person drags the e-mail column's right edge 80 pixels on: it stays as wide as they made
    // it (the table scrolls), also when the window changes size again.
    QVERIFY(view()->fitsColumns());
    const int before = header->sectionSize(MemberTableModel::EmailColumn);
    const QPoint edge(
        header->sectionViewportPosition(MemberTableModel::EmailColumn) + before - 1, header->height() / 2);
    QTest::mouseMove(header->viewport(), edge);
    QTest::mousePress(header->viewport(), Qt::LeftButton, Qt::NoModifier, edge);
    QTest::mouseMove(header->viewport(), edge + QPoint(40, 0));
    QTest::mouseMove(header->viewport(), edge + QPoint(80, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, Qt::NoModifier, edge + QPoint(80, 0));
    QCOMPARE(header->sectionSize(MemberTableModel::EmailColumn), before + 80);
    QVERIFY(!view()->fitsColumns());
    m_window->resize(1280, 800);
    QTRY_COMPARE(m_window->size(), QSize(1280, 800));
    QCOMPARE(header->sectionSize(MemberTableModel::EmailColumn), before + 80);
    QTRY_VERIFY(view()->horizontalScrollBar()->maximum() > 0);
}

QTEST_MAIN(TestMembersTab)
#include "tst_memberstab.moc"
