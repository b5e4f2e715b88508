// The Activity dock of a real main window over the in-process sandbox: changes made through the
// workspace appear in it (newest first, with their outcome and the server's reason), stay
// after the window is destroyed and a new one made, filter by outcome and text, and export
// as a CSV file whose rows are the entries.

#include "uitestfixture.h"

#include "models/activitylog.h"
#include "models/activitylogmodel.h"
#include "models/csv.h"
#include "models/groupedit.h"
#include "ui/activity/activitypanel.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using Models::ActivityLogModel;
using Models::UserRef;

namespace {
constexpr qint64 kBoston = 23; // "Boston Office" in the demo seed
constexpr qint64 kNobody = 987'654'321; // no user has this id
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

private:
    /// A main window over a session as the sandbox's admin, shown.
    void openWindow();
    Gui::ActivityPanel *panel() const { return childNamed<Gui::ActivityPanel>(m_window.get(), u"activityPanel"_s); }
    QTreeView *view() const { return childNamed<QTreeView>(panel(), u"activityView"_s); }
    Models::Workspace *workspace() const { return m_window->session()->workspace(); }
    QList<UserRef> nonMembers(qint64 groupId, int count)
    {
        QList<UserRef> users;
        const QList<QVariant> rows = m_fixture->column(
            u"SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM memberships WHERE group_id = %1) "
            u"AND organization_id = 1 ORDER BY id LIMIT %2"_s.arg(groupId)
                .arg(count));
        for (const QVariant &id : rows)
            users.append({id.toLongLong(), u"User %1"_s.arg(id.toLongLong()), {}, {}});
        return users;
    }
    /// Three changes: an add that held, an add that partly failed, and a group edit.
    void makeChanges();
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
    const QList<Models::ActivityEntry> entries = m_window->session()->activityLog()->entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(rows.size(), 1 + entries.size());
    QCOMPARE(rows.at(0), Models::ActivityLog::csvHeader());
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(rows.at(i + 1), Models::ActivityLog::csvRow(entries.at(i)));
        // ISO times that read back as the entry's (to the second).
        const QDateTime time = QDateTime::fromString(rows.at(i + 1).at(0), Qt::ISODate);
        QVERIFY2(time.isValid(), qPrintable(rows.at(i + 1).at(0)));
        QCOMPARE(time.toSecsSinceEpoch(), entries.at(i).time.toSecsSinceEpoch());
        QCOMPARE(rows.at(i + 1).at(1), cell(i, ActivityLogModel::ChangeColumn));
    }
    QCOMPARE(rows.at(2).at(2), u"Boston Office"_s);
    QCOMPARE(rows.at(2).at(3), u"23"_s);
    QCOMPARE(rows.at(2).at(9), u"Partly done"_s);
}

QTEST_MAIN(TestActivityPanel)
#include "tst_activitypanel.moc"
