// The Activity dock of a real main window over the in-process sandbox: changes made through the
// workspace appear in it (newest first, with their outcome, the server's reason and who made
// them), stay after the window is destroyed and a new one made, filter by outcome and text (a
// person's username among them), open on a double-click or Enter to whom they touched, and
// export as a CSV file with one row per person or group touched.

#include "uitestfixture.h"

#include "models/activityitemmodel.h"
#include "models/activitylog.h"
#include "models/activitylogmodel.h"
#include "models/csv.h"
#include "models/groupedit.h"
#include "ui/activity/activityentrydialog.h"
#include "ui/activity/activitypanel.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QtCore/QDir>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using Models::ActivityLogModel;
using Models::UserRef;

namespace {
constexpr qint64 kBoston = 23; // "Boston Office" in the demo seed
constexpr qint64 kNobody = 987'654'321; // no user has this id

/// The time of a row of the activity CSV, in seconds since the epoch.
qint64 rowTime(const QStringList &row)
{
    return QDateTime::fromString(row.value(1), Qt::ISODate).toSecsSinceEpoch();
}
} // namespace

class TestActivityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changesAppearAndStayAfterANewWindow();
    void filtersByOutcomeAndText();
    void exportWritesTheEntries();
    void anEntryOpensToWhomItTouched();
    void theFilterFindsAPersonByUsername();

private:
    /// A main window over a session as the sandbox's admin, shown.
    void openWindow();
    Gui::ActivityPanel *panel() const { return childNamed<Gui::ActivityPanel>(m_window.get(), u"activityPanel"_s); }
    QTreeView *view() const { return childNamed<QTreeView>(panel(), u"activityView"_s); }
    Models::Workspace *workspace() const { return m_window->session()->workspace(); }
    QList<UserRef> nonMembers(qint64 groupId, int count)
    {
        QList<UserRef> users;
        // As the Users dock hands them to a drop: name, username and e-mail.
        const QList<QVariant> rows = m_fixture->column(
            u"SELECT id || char(9) || name || char(9) || username || char(9) || email FROM users WHERE id NOT IN "
            u"(SELECT user_id FROM memberships WHERE group_id = %1) AND organization_id = 1 ORDER BY id LIMIT %2"_s
                .arg(groupId)
                .arg(count));
        for (const QVariant &row : rows) {
            const QStringList fields = row.toString().split(u'\t');
            users.append({fields.value(0).toLongLong(), fields.value(1), fields.value(2), fields.value(3)});
        }
        return users;
    }
    /// Three changes: an add that held, an add that partly failed, and a group edit.
    void makeChanges();
    /// The entry dialog open on top, if any.
    static Gui::ActivityEntryDialog *entryDialog()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<Gui::ActivityEntryDialog *>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    /// The text of column \a column of row \a row, as the view shows it.
    QString cell(int row, int column) const { return view()->model()->index(row, column).data().toString(); }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
    QList<UserRef> m_added;
};

void TestActivityPanel::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
    // Each test starts with no log: the test mode's data folder is shared by the whole suite.
    QDir(Models::ActivityLog::defaultFolder()).removeRecursively();
}

void TestActivityPanel::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestActivityPanel::openWindow()
{
    m_window = m_fixture->openMainWindow();
    QVERIFY(m_window);
    auto *dock = childNamed<QDockWidget>(m_window.get(), u"activityDock"_s);
    QVERIFY(dock);
    QVERIFY(panel());
    QCOMPARE(dock->widget(), panel());
    // Out of sight from the first start until asked for: View > Activity, as a person does.
    childNamed<QAction>(m_window.get(), u"activityDockToggleAction"_s)->trigger();
    QTRY_VERIFY(view()->isVisible());
}

void TestActivityPanel::makeChanges()
{
    // The store knows the group's name once the list showed it; here, at once.
    const Api::Result<Api::Group> boston = await(workspace()->groupStore()->refresh(kBoston));
    QVERIFY(boston.ok());

    m_added = nonMembers(kBoston, 2);
    workspace()->addMembers(kBoston, m_added);
    QVERIFY(awaitChanges(*workspace()));
    const QList<UserRef> withNobody = nonMembers(kBoston, 1) + QList<UserRef>{{kNobody, u"Nobody"_s, {}, {}}};
    m_added += withNobody.first();
    workspace()->addMembers(kBoston, withNobody);
    QVERIFY(awaitChanges(*workspace()));
    Api::GroupPatch patch;
    patch.description = u"Edited from the activity suite"_s;
    Models::GroupEdit::edit(workspace(), *boston, patch)->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->storedGroupValue(kBoston, u"description"_s).toString(),
        u"Edited from the activity suite"_s, 30'000);
}

void TestActivityPanel::changesAppearAndStayAfterANewWindow()
{
    openWindow();
    QCOMPARE(view()->model()->rowCount(), 0);
    makeChanges();
    // The server holds what the entries say.
    const QList<qint64> members = m_fixture->memberIds(kBoston);
    for (const UserRef &user : std::as_const(m_added))
        QVERIFY(members.contains(user.id));
    QVERIFY(!members.contains(kNobody));

    QTRY_COMPARE(view()->model()->rowCount(), 3);
    QCOMPARE(cell(0, ActivityLogModel::ChangeColumn), u"Edit Boston Office"_s);
    QCOMPARE(cell(0, ActivityLogModel::OutcomeColumn), u"Done"_s);
    QCOMPARE(cell(1, ActivityLogModel::ChangeColumn), u"Add 2 users to Boston Office"_s);
    QCOMPARE(cell(1, ActivityLogModel::OutcomeColumn), u"Partly done"_s);
    QCOMPARE(cell(1, ActivityLogModel::ItemsColumn), u"1 of 2 done, 1 failed"_s);
    const QString said = m_fixture->admin.put(u"/groups/%1/members/%2"_s.arg(kBoston).arg(kNobody)).errorDescription();
    QVERIFY(!said.isEmpty());
    // The server's words, the group named as the person knows it (they say "group 23").
    QCOMPARE(cell(1, ActivityLogModel::MessageColumn),
        QString(said).replace(u"group %1"_s.arg(kBoston), u"Boston Office"_s));
    QCOMPARE(cell(2, ActivityLogModel::ChangeColumn), u"Add 2 users to Boston Office"_s);
    QCOMPARE(cell(2, ActivityLogModel::OutcomeColumn), u"Done"_s);
    QCOMPARE(cell(2, ActivityLogModel::GroupColumn), u"Boston Office (23)"_s);
    // Each outcome has its icon, and the count says how many.
    QVERIFY(!view()->model()->index(1, ActivityLogModel::OutcomeColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(childNamed<QLabel>(panel(), u"activityCountLabel"_s)->text(), u"3 changes"_s);
    const QStringList before = {cell(0, 1), cell(1, 1), cell(2, 1), cell(1, ActivityLogModel::MessageColumn)};

    // A new window on the same connection, as after a restart: the entries are still there.
    m_window.reset();
    openWindow();
    QTRY_COMPARE(view()->model()->rowCount(), 3);
    QCOMPARE((QStringList{cell(0, 1), cell(1, 1), cell(2, 1), cell(1, ActivityLogModel::MessageColumn)}), before);
    QCOMPARE(cell(1, ActivityLogModel::OutcomeColumn), u"Partly done"_s);
}

void TestActivityPanel::filtersByOutcomeAndText()
{
    openWindow();
    makeChanges();
    QTRY_COMPARE(view()->model()->rowCount(), 3);

    auto *outcome = childNamed<QComboBox>(panel(), u"activityOutcomeComboBox"_s);
    QVERIFY(outcome);
    outcome->setFocus();
    const int failedOrPartly = outcome->findText(u"Failed or partly done"_s);
    QVERIFY(failedOrPartly > 0);
    outcome->setCurrentIndex(failedOrPartly);
    Q_EMIT outcome->activated(failedOrPartly);
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(cell(0, ActivityLogModel::OutcomeColumn), u"Partly done"_s);
    QCOMPARE(childNamed<QLabel>(panel(), u"activityCountLabel"_s)->text(), u"1 of 3 changes"_s);

    outcome->setCurrentIndex(0);
    Q_EMIT outcome->activated(0);
    QTRY_COMPARE(view()->model()->rowCount(), 3);
    auto *filter = childNamed<QLineEdit>(panel(), u"activityFilterLineEdit"_s);
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClicks(filter, u"edit BOSTON"_s);
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(cell(0, ActivityLogModel::ChangeColumn), u"Edit Boston Office"_s);
    // Esc-like clearing: the clear button's effect, every entry back.
    filter->clear();
    QTRY_COMPARE(view()->model()->rowCount(), 3);

    // A change arriving while filtered comes in only if it matches.
    QTest::keyClicks(filter, u"remove"_s);
    QTRY_COMPARE(view()->model()->rowCount(), 0);
    workspace()->removeMembers(kBoston, {m_added.first()});
    QVERIFY(awaitChanges(*workspace()));
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QVERIFY(cell(0, ActivityLogModel::ChangeColumn).startsWith(u"Remove"_s));
}

void TestActivityPanel::exportWritesTheEntries()
{
    openWindow();
    makeChanges();
    QTRY_COMPARE(view()->model()->rowCount(), 3);
    auto *action = childNamed<QAction>(panel(), u"exportActivityAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(!action->icon().isNull());
    QCOMPARE(childNamed<QToolButton>(panel(), u"exportActivityButton"_s)->defaultAction(), action);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"activity.csv"_s);
    bool filled = false;
    std::function<void()> fill = [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"csvFileDialog"_s) {
            QTimer::singleShot(20, fill);
            return;
        }
        // QFileDialog::selectFile() leaves the name field as it is while that field has the
        // focus (the person is typing there), as it does once the dialog is up.
        if (QWidget *focused = dialog->focusWidget())
            focused->clearFocus();
        dialog->selectFile(path);
        if (dialog->selectedFiles().value(0) != path) {
            QTimer::singleShot(20, fill);
            return;
        }
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the name, as the Save button does
        filled = true;
    };
    QTimer::singleShot(0, fill);
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(filled, 30'000);
    QTRY_VERIFY(QFile::exists(path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = Models::Csv::parse(file.readAll());
    Models::ActivityLog *log = m_window->session()->activityLog();
    QList<Models::ActivityEntry> entries = log->entries();
    QCOMPARE(entries.size(), 3);
    // One row per person or group touched: the edit's group, then 2 and 2 people.
    QCOMPARE(rows.size(), 1 + 1 + 2 + 2);
    QCOMPARE(rows.at(0), Models::ActivityLog::csvHeader());
    QList<QStringList> expected;
    for (Models::ActivityEntry &entry : entries) {
        entry.itemList = log->items(entry.id);
        expected += Models::ActivityLog::csvRows(entry);
    }
    QCOMPARE(rows.mid(1), expected);
    const Api::UserMe me = m_window->session()->me();
    QVERIFY(me.id != 0);
    for (int i = 1; i < rows.size(); ++i) {
        // ISO times with their offset, that read back as the entry's (to the second); the actor.
        const QDateTime time = QDateTime::fromString(rows.at(i).at(1), Qt::ISODate);
        QVERIFY2(time.isValid(), qPrintable(rows.at(i).at(1)));
        QVERIFY2(QRegularExpression(u"[+-]\\d\\d:\\d\\d$"_s).match(rows.at(i).at(1)).hasMatch(),
            qPrintable(rows.at(i).at(1)));
        QCOMPARE(rows.at(i).at(2), QString::number(me.id));
        QCOMPARE(rows.at(i).at(3), me.username);
    }
    QCOMPARE(rowTime(rows.at(1)), entries.at(0).time.toSecsSinceEpoch());
    QCOMPARE(rows.at(1).at(4), u"Edit Boston Office"_s);
    QCOMPARE(rows.at(1).at(8), u"group"_s);
    QCOMPARE(rows.at(1).at(9), u"23"_s);
    // The partly done add: the person who joined, and the id nobody has with the server's words.
    QCOMPARE(rows.at(2).at(4), cell(1, ActivityLogModel::ChangeColumn));
    QCOMPARE(rows.at(2).at(6), u"23"_s);
    QCOMPARE(rows.at(2).at(7), u"Boston Office"_s);
    QCOMPARE(rows.at(2).at(9), QString::number(m_added.at(2).id));
    QCOMPARE(rows.at(2).at(10), m_added.at(2).name);
    QCOMPARE(rows.at(2).at(11), m_added.at(2).username);
    QCOMPARE(rows.at(2).at(14), u"done"_s);
    QCOMPARE(rows.at(3).at(9), QString::number(kNobody));
    QCOMPARE(rows.at(3).at(14), u"failed"_s);
    // The server's words, as the dock's message shows them (changesAppearAndStayAfterANewWindow pins those).
    QCOMPARE(rows.at(3).at(15), cell(1, ActivityLogModel::MessageColumn));
    QVERIFY2(rows.at(3).at(15).contains(QString::number(kNobody)), qPrintable(rows.at(3).at(15)));
    QCOMPARE(rows.at(4).at(11), m_added.at(0).username);
    QCOMPARE(rows.at(5).at(11), m_added.at(1).username);
}

void TestActivityPanel::anEntryOpensToWhomItTouched()
{
    openWindow();
    makeChanges();
    QTRY_COMPARE(view()->model()->rowCount(), 3);
    // The dock says who made each change.
    const Api::UserMe me = m_window->session()->me();
    QCOMPARE(cell(1, ActivityLogModel::ActorColumn), me.username);
    QVERIFY(cell(1, ActivityLogModel::TimeColumn).contains(u"UTC"_s));

    // A double-click on the partly done add.
    const QModelIndex partly = view()->model()->index(1, ActivityLogModel::ChangeColumn);
    view()->scrollTo(partly);
    // As a window system delivers it: press, release, then the double-click.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(partly).center());
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(partly).center());
    QTRY_VERIFY(entryDialog());
    Gui::ActivityEntryDialog *dialog = entryDialog();
    auto *table = childNamed<QTableView>(dialog, u"itemsTableView"_s);
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QVERIFY(table->isSortingEnabled());
    QAbstractItemModel *items = table->model();
    QCOMPARE(items->rowCount(), 2);
    const auto header = [&](int column) { return items->headerData(column, Qt::Horizontal).toString(); };
    QCOMPARE((QStringList{header(0), header(1), header(2), header(3), header(4), header(5), header(6)}),
        (QStringList{u"Name"_s, u"Username or slug"_s, u"Id"_s, u"Group"_s, u"Change"_s, u"Outcome"_s, u"Reason"_s}));
    const auto at = [&](int row, int column) { return items->index(row, column).data().toString(); };
    using Models::ActivityItemModel;
    QCOMPARE(at(0, ActivityItemModel::NameColumn), m_added.at(2).name);
    QCOMPARE(at(0, ActivityItemModel::HandleColumn), m_added.at(2).username);
    QCOMPARE(at(0, ActivityItemModel::IdColumn), QString::number(m_added.at(2).id));
    QCOMPARE(at(0, ActivityItemModel::ChangeColumn), u"Add to Boston Office"_s);
    QCOMPARE(at(0, ActivityItemModel::OutcomeColumn), u"Done"_s);
    QCOMPARE(at(1, ActivityItemModel::IdColumn), QString::number(kNobody));
    QCOMPARE(at(1, ActivityItemModel::OutcomeColumn), u"Failed"_s);
    QCOMPARE(at(1, ActivityItemModel::ReasonColumn), cell(1, ActivityLogModel::MessageColumn));
    QVERIFY(!at(1, ActivityItemModel::ReasonColumn).isEmpty());
    // Who and when, with the offset.
    QCOMPARE(childNamed<QLabel>(dialog, u"entryActorLabel"_s)->text(), u"%1 (id %2)"_s.arg(me.username).arg(me.id));
    QVERIFY(childNamed<QLabel>(dialog, u"entryTimeLabel"_s)->text().contains(u"UTC"_s));
    // Sorted by a click on a header: the id, as a number.
    table->horizontalHeader()->setSortIndicator(ActivityItemModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(at(0, ActivityItemModel::IdColumn), QString::number(kNobody));
    // Nothing clipped: every column but the reason as wide as its widest cell.
    for (int row = 0; row < items->rowCount(); ++row) {
        for (int column = 0; column < ActivityItemModel::ReasonColumn; ++column) {
            const QModelIndex index = items->index(row, column);
            QVERIFY2(table->columnWidth(column) >= table->sizeHintForIndex(index).width(),
                qPrintable(index.data().toString()));
        }
    }
    dialog->close();
    QTRY_VERIFY(!entryDialog());

    // Enter on the current entry opens it too: the edit, whose item is the group.
    view()->setFocus();
    view()->setCurrentIndex(view()->model()->index(0, 0));
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_VERIFY(entryDialog());
    dialog = entryDialog();
    table = childNamed<QTableView>(dialog, u"itemsTableView"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ActivityItemModel::NameColumn).data().toString(), u"Boston Office"_s);
    QCOMPARE(table->model()->index(0, ActivityItemModel::IdColumn).data().toString(), u"23"_s);
    QCOMPARE(table->model()->index(0, ActivityItemModel::ChangeColumn).data().toString(), u"Edit Boston Office"_s);
    // Opened again, the same dialog comes to the front.
    QCOMPARE(panel()->openEntry(view()->model()->index(0, 0)), dialog);
    dialog->close();
}

void TestActivityPanel::theFilterFindsAPersonByUsername()
{
    openWindow();
    makeChanges();
    QTRY_COMPARE(view()->model()->rowCount(), 3);
    // After a restart, so the filter reads the items in the file, not those just recorded.
    m_window.reset();
    openWindow();
    QTRY_COMPARE(view()->model()->rowCount(), 3);
    auto *filter = childNamed<QLineEdit>(panel(), u"activityFilterLineEdit"_s);
    filter->setFocus();
    // The first add's second person, by username: that entry only.
    QTest::keyClicks(filter, m_added.at(1).username);
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(cell(0, ActivityLogModel::ItemsColumn), u"2 done"_s);
    filter->clear();
    QTRY_COMPARE(view()->model()->rowCount(), 3);
    // The partly done add's person.
    QTest::keyClicks(filter, m_added.at(2).username);
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(cell(0, ActivityLogModel::OutcomeColumn), u"Partly done"_s);
}

QTEST_MAIN(TestActivityPanel)
#include "tst_activitypanel.moc"
