// An access review (issue 25) through its windows, in a real session over the in-process
// sandbox: started from the groups selected in the list through the Start Access Review dialog
// (typed and clicked), its rows read at once; K, R, L and Shift+L decide the current row and
// move the cursor on, a refused L says why and stays; a selection of rows is decided at once;
// the window closed and the review opened again from Open Access Review...: the same
// decisions; Apply... asks, and once accepted the server ends exactly as decided, the outcomes
// in the Outcome column; a group the apply would leave without a manager needs an explicit
// second yes (Cancel the default, and Cancel sends nothing); the Decision column offers only what
// the row allows; a review deleted from the list closes its window; the CSV export read back.

#include "uitestfixture.h"

#include "models/csv.h"
#include "models/grouplistmodel.h"
#include "models/reviewapply.h"
#include "models/reviewloader.h"
#include "models/reviewmodel.h"
#include "models/reviewreport.h"
#include "models/reviewreportwriter.h"
#include "models/reviewstore.h"
#include "models/workspace.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/groups/grouppickerwidget.h"
#include "ui/review/reviewlistdialog.h"
#include "ui/review/reviewwindow.h"
#include "ui/review/reviewwindows.h"
#include "ui/review/startreviewdialog.h"
#include "ui/widgets/messagebar.h"
#include "ui/workspacewidget.h"

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QUndoStack>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QTreeWidget>

using namespace Qt::StringLiterals;
using Models::ReviewModel;
using Models::ReviewRow;
using Decision = Models::ReviewRow::Decision;

namespace {
// The demo seed's (see tst_reviewapply): members, shares to people and groups, indirect rows.
constexpr qint64 kDataScience = 2;
constexpr qint64 kNortheastRegion = 22;
constexpr qint64 kDataQuality = 29;
const QList<qint64> kScope{kDataScience, kNortheastRegion, kDataQuality};
} // namespace

class TestReviewWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysDecideAndMoveTheCursor();
    void aSelectionIsDecidedAtOnce();
    void aReviewReopensWithItsDecisionsAndIsDeleted();
    void applyEndsTheServerAsDecidedAndTheCsvSaysSo();
    void aGroupLeftWithoutManagerNeedsAnExplicitYes();

private:
    /// The main window, its group list read.
    void openMainWindow();
    /// Starts a review of kScope through the dialog, as a person would; its window, rows read.
    Gui::ReviewWindow *startReview(const QString &name);
    /// The proxy row of the first row \a accepts (-1: none).
    int proxyRowWhere(Gui::ReviewWindow *window, const std::function<bool(const ReviewRow &)> &accepts) const;
    ReviewRow rowAtProxy(Gui::ReviewWindow *window, int proxyRow) const;
    /// Makes proxy row \a row current (and only it selected), the table focused.
    void setCurrent(Gui::ReviewWindow *window, int row) const;
    /// What the Decision column's combo offers on proxy row \a proxyRow (closed again unpicked).
    QStringList offeredDecisions(Gui::ReviewWindow *window, int proxyRow) const;
    /// Group > Open Access Review...: the list, once it shows.
    Gui::ReviewListDialog *openReviewList() const;
    /// Exports the CSV to \a path through the file dialog; the name the dialog proposed.
    QString exportCsv(Gui::ReviewWindow *window, const QString &path);
    /// Decides with keys: every row kept (all selected, K), then two members of Data Science
    /// removed (R) and a share held at write lowered (L).
    void keepAllButTwoRemovalsAndALowering(Gui::ReviewWindow *window) const;
    /// Fails unless the sandbox holds what \a rows decided, and the window says Done where it changed.
    void serverIsAsDecided(Gui::ReviewWindow *window, const QList<ReviewRow> &rows) const;
    /// Whether the sandbox holds \a row's grant now, and at which level (0 member, 1-3 share).
    std::optional<int> held(const ReviewRow &row) const;
    /// The modal or window-modal box named \a name, once it shows.
    template <typename T>
    T *waitForBox(QWidget *parent, const QString &name) const
    {
        T *box = nullptr;
        // A box that never shows is null: the caller's QVERIFY fails.
        const bool shown = QTest::qWaitFor(
            [&] {
                box = nullptr;
                for (T *candidate : parent->findChildren<T *>(name)) {
                    if (candidate->isVisible())
                        box = candidate;
                }
                return box != nullptr;
            },
            10000);
        return shown ? box : nullptr;
    }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestReviewWindow::initTestCase()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestReviewWindow::cleanupTestCase()
{
    m_window.reset();
    m_fixture.reset();
}

void TestReviewWindow::openMainWindow()
{
    m_window.reset(); // its session's review file closed before the folder goes
    QVERIFY(m_fixture->restartModels());
    // A review is kept per server and user: a sandbox on a port an earlier case's (or an earlier
    // run's) had would list that one's reviews too.
    QVERIFY(QDir(Models::ReviewStore::defaultFolder()).removeRecursively());
    m_window = m_fixture->openMainWindow(QSize(1280, 800));
    QVERIFY(m_window);
    Models::GroupListModel *groups = m_window->workspaceWidget()->groupListPanel()->model();
    QVERIFY(QTest::qWaitFor([&] { return groups->rowCount() >= 36 && !groups->loadStatus()->isLoading(); }, 30000));
}

Gui::ReviewWindow *TestReviewWindow::startReview(const QString &name)
{
    // The groups selected in the list are those the dialog starts with.
    Gui::GroupListPanel *list = m_window->workspaceWidget()->groupListPanel();
    auto *view = childNamed<QTreeView>(list, u"groupTreeView"_s);
    QItemSelection selection;
    for (const qint64 id : kScope) {
        const QModelIndex index = list->model()->index(list->model()->rowOf(id), 0);
        selection.select(index, index);
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (list->selectedGroupIds().size() != kScope.size())
        return nullptr;
    childNamed<QAction>(m_window.get(), u"startReviewAction"_s)->trigger();
    auto *dialog = waitForBox<Gui::StartReviewDialog>(m_window.get(), u"startReviewDialog"_s);
    if (!dialog)
        return nullptr;
    auto *picker = childNamed<Gui::GroupPickerWidget>(dialog, u"groupPickerWidget"_s);
    auto *start = childNamed<QPushButton>(dialog, u"startButton"_s);
    if (picker->picked().size() != kScope.size() || start->isEnabled())
        return nullptr; // picked, but not named yet: OK waits for the name
    QTest::keyClicks(childNamed<QLineEdit>(dialog, u"nameLineEdit"_s), name);
    if (!start->isEnabled())
        return nullptr;
    QTest::mouseClick(start, Qt::LeftButton);
    Gui::ReviewWindow *window = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            const QList<Gui::ReviewWindow *> windows = m_window->reviewWindows()->windows();
            window = windows.isEmpty() ? nullptr : windows.constLast();
            return window && window->isVisible();
        },
        10000);
    if (!opened || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    // Read at once: every group in scope, rows in the table.
    if (!QTest::qWaitFor([&] { return !window->loader()->isRunning() && window->loader()->groupsDone() == 3; }, 30000))
        return nullptr;
    return window;
}

int TestReviewWindow::proxyRowWhere(
    Gui::ReviewWindow *window, const std::function<bool(const ReviewRow &)> &accepts) const
{
    for (int row = 0; row < window->proxy()->rowCount(); ++row) {
        if (accepts(rowAtProxy(window, row)))
            return row;
    }
    return -1;
}

ReviewRow TestReviewWindow::rowAtProxy(Gui::ReviewWindow *window, int proxyRow) const
{
    return window->model()->rowAt(window->proxy()->sourceRows({proxyRow}).value(0));
}

void TestReviewWindow::setCurrent(Gui::ReviewWindow *window, int row) const
{
    QTableView *view = window->tableView();
    view->selectionModel()->setCurrentIndex(window->proxy()->index(row, ReviewModel::NameColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    view->setFocus();
}

std::optional<int> TestReviewWindow::held(const ReviewRow &row) const
{
    QString sql;
    if (row.isIndirect())
        sql = u"SELECT 0 FROM memberships WHERE group_id = %1 AND user_id = %2"_s.arg(row.viaGroupId)
                  .arg(row.principalId);
    else if (!row.isShare())
        sql = u"SELECT 0 FROM memberships WHERE group_id = %1 AND user_id = %2"_s.arg(row.groupId).arg(row.principalId);
    else if (row.principal == ReviewRow::Principal::User)
        sql = u"SELECT level FROM user_shares WHERE group_id = %1 AND user_id = %2"_s.arg(row.groupId)
                  .arg(row.principalId);
    else
        sql = u"SELECT level FROM group_shares WHERE group_id = %1 AND grantee_group_id = %2"_s.arg(row.groupId)
                  .arg(row.principalId);
    const QVariantList values = m_fixture->column(sql);
    if (values.isEmpty())
        return std::nullopt;
    return values.first().toInt();
}

void TestReviewWindow::keysDecideAndMoveTheCursor()
{
    openMainWindow();
    QPointer<Gui::ReviewWindow> window = startReview(u"Q4 2026 finance groups"_s);
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), u"Access review: Q4 2026 finance groups"_s);
    Models::ReviewStore *store = m_window->session()->reviewStore();
    const int rows = window->model()->rowCount();
    QVERIFY(rows > 20);
    QCOMPARE(store->rowCount(window->reviewId()), rows);
    auto *progress = childNamed<QLabel>(window, u"progressLabel"_s);
    QVERIFY2(progress->text().startsWith(u"0 of %1 decided"_s.arg(rows)), qPrintable(progress->text()));
    QTableView *view = window->tableView();
    const auto stored = [&](int proxyRow) { return store->row(rowAtProxy(window, proxyRow).id)->decision; };

    // K keeps, R removes: written at once, the cursor moving on each time.
    setCurrent(window, 0);
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(stored(0), Decision::Keep);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(stored(1), Decision::Remove);
    QCOMPARE(view->currentIndex().row(), 2);
    QVERIFY2(progress->text().startsWith(u"2 of %1 decided"_s.arg(rows)), qPrintable(progress->text()));

    // L on a membership is refused (only a share is lowered), said: nothing decided, the cursor stays.
    const int member = proxyRowWhere(window,
        [](const ReviewRow &row) { return !row.isShare() && row.decision == Decision::Undecided && row.id > 2; });
    QVERIFY(member >= 0);
    setCurrent(window, member);
    QTest::keyClick(view, Qt::Key_L);
    QCOMPARE(stored(member), Decision::Undecided);
    QCOMPARE(view->currentIndex().row(), member);
    QVERIFY2(window->statusBar()->currentMessage().endsWith(u"only a share can be lowered."_s),
        qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(m_window->statusBar()->currentMessage(), window->statusBar()->currentMessage());
    // The Decision column's combo offers only what the row allows: no Lower on a membership.
    QCOMPARE(offeredDecisions(window, member), (QStringList{u"Undecided"_s, u"Keep"_s, u"Remove"_s}));

    // L lowers a share held at write to read; Shift+L one held at manage to write.
    const int write = proxyRowWhere(window,
        [](const ReviewRow &row) { return row.allows(Decision::LowerToRead) && row.held == ReviewRow::Held::Write; });
    QVERIFY(write >= 0);
    QCOMPARE(offeredDecisions(window, write), (QStringList{u"Undecided"_s, u"Keep"_s, u"Remove"_s, u"Lower to Read"_s}));
    setCurrent(window, write);
    QTest::keyClick(view, Qt::Key_L);
    QCOMPARE(stored(write), Decision::LowerToRead);
    QCOMPARE(view->currentIndex().row(), write + 1);
    const int manage = proxyRowWhere(window,
        [](const ReviewRow &row) { return row.allows(Decision::LowerToWrite) && row.decision == Decision::Undecided; });
    QVERIFY(manage >= 0);
    setCurrent(window, manage);
    QTest::keyClick(view, Qt::Key_L, Qt::ShiftModifier);
    QCOMPARE(stored(manage), Decision::LowerToWrite);
    window->close();
}

QStringList TestReviewWindow::offeredDecisions(Gui::ReviewWindow *window, int proxyRow) const
{
    QTableView *view = window->tableView();
    view->edit(window->proxy()->index(proxyRow, ReviewModel::DecisionColumn));
    auto *combo = view->findChild<QComboBox *>(u"decisionComboBox"_s);
    QStringList items;
    for (int i = 0; combo && i < combo->count(); ++i)
        items.append(combo->itemText(i));
    if (combo)
        QTest::keyClick(combo, Qt::Key_Escape);
    // Esc closes it without deciding; the editor goes on the next turn of the event loop.
    if (!QTest::qWaitFor([&] { return !view->findChild<QComboBox *>(u"decisionComboBox"_s); }, 5000))
        return {};
    return items;
}

void TestReviewWindow::aSelectionIsDecidedAtOnce()
{
    openMainWindow();
    QPointer<Gui::ReviewWindow> window = startReview(u"Bulk"_s);
    QVERIFY(window);
    QTableView *view = window->tableView();
    // Undecided only, then five rows selected: K decides them all at once, and they leave the list.
    QTest::mouseClick(childNamed<QCheckBox>(window, u"undecidedCheckBox"_s), Qt::LeftButton, {}, QPoint(5, 5));
    const int undecided = window->proxy()->rowCount();
    QCOMPARE(undecided, window->model()->rowCount());
    setCurrent(window, 0);
    view->selectionModel()->select(
        QItemSelection(window->proxy()->index(0, 0), window->proxy()->index(4, ReviewModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    QList<qint64> bulk;
    for (int row = 0; row < 5; ++row)
        bulk.append(rowAtProxy(window, row).id);
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(window->proxy()->rowCount(), undecided - 5);
    for (const ReviewRow &row : m_window->session()->reviewStore()->rowsById(bulk))
        QCOMPARE(row.decision, Decision::Keep);
    QCOMPARE(window->statusBar()->currentMessage(), u"Keep: 5 row(s)"_s);
    // The cursor is on the first row left undecided.
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(!bulk.contains(rowAtProxy(window, 0).id));
    window->close();
}

void TestReviewWindow::aReviewReopensWithItsDecisionsAndIsDeleted()
{
    openMainWindow();
    QPointer<Gui::ReviewWindow> window = startReview(u"Q4 2026 finance groups"_s);
    QVERIFY(window);
    Models::ReviewStore *store = m_window->session()->reviewStore();
    const qint64 reviewId = window->reviewId();
    const int rows = window->model()->rowCount();
    QTableView *view = window->tableView();
    setCurrent(window, 0);
    QTest::keyClick(view, Qt::Key_K);
    QTest::keyClick(view, Qt::Key_R);
    QTest::keyClick(view, Qt::Key_K);
    // N writes a note on the current row, Enter keeps it.
    setCurrent(window, 0);
    QTest::keyClick(view, Qt::Key_N);
    QLineEdit *noteEditor = nullptr;
    // The editor of the note, in the table (not the filter field, a line edit too).
    QTRY_VERIFY((noteEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget())) && view->isAncestorOf(noteEditor));
    QTest::keyClicks(noteEditor, u"Still in finance"_s);
    QTest::keyClick(noteEditor, Qt::Key_Return);
    QTRY_COMPARE(store->row(rowAtProxy(window, 0).id)->note, u"Still in finance"_s);

    // Closed and opened again from the list of reviews: the same decisions.
    QHash<qint64, Decision> before;
    for (const ReviewRow &row : store->rows(reviewId))
        before.insert(row.id, row.decision);
    QCOMPARE(std::count_if(before.cbegin(), before.cend(), [](Decision d) { return d != Decision::Undecided; }), 3);
    window->close();
    QTRY_VERIFY(window.isNull());
    auto *list = openReviewList();
    QVERIFY(list);
    auto *reviews = childNamed<QTreeWidget>(list, u"reviewsTreeWidget"_s);
    QCOMPARE(reviews->topLevelItemCount(), 1);
    QCOMPARE(reviews->topLevelItem(0)->text(0), u"Q4 2026 finance groups"_s);
    QCOMPARE(reviews->topLevelItem(0)->text(3), u"3 of %1 decided"_s.arg(rows));
    QTest::mouseClick(childNamed<QPushButton>(list, u"openButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_window->reviewWindows()->windows().size(), qsizetype(1));
    window = m_window->reviewWindows()->windows().constFirst();
    QCOMPARE(window->reviewId(), reviewId);
    QTRY_VERIFY(!window->model()->isLoading() && window->model()->rowCount() == rows);
    for (int row = 0; row < rows; ++row)
        QCOMPARE(window->model()->rowAt(row).decision, before.value(window->model()->rowAt(row).id));
    QCOMPARE(window->model()->rowAt(window->model()->rowOf(rowAtProxy(window, 0).id)).note, u"Still in finance"_s);
    // The review was never applied: opening it reads the server again, and nothing changed there.
    QTRY_VERIFY(window->loader()->groupsDone() == 3 && !window->loader()->isRunning());
    QCOMPARE(childNamed<Gui::MessageBar>(window, u"changesBar"_s)->text(), window->loader()->changes().text());
    // Deleted from the list (it asks, Cancel the default): gone from the file, its window closed.
    list = openReviewList();
    QVERIFY(list);
    QTest::mouseClick(childNamed<QPushButton>(list, u"deleteButton"_s), Qt::LeftButton);
    auto *confirm = waitForBox<QMessageBox>(list, u"confirmDeleteBox"_s);
    QVERIFY(confirm);
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    QTest::mouseClick(childNamed<QPushButton>(confirm, u"confirmDeleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(store->reviews().isEmpty());
    QTRY_VERIFY(window.isNull());
    QVERIFY(store->rows(reviewId).isEmpty());
    list->close();
}

void TestReviewWindow::applyEndsTheServerAsDecidedAndTheCsvSaysSo()
{
    openMainWindow();
    QPointer<Gui::ReviewWindow> window = startReview(u"Apply, Q4"_s);
    QVERIFY(window);
    Models::ReviewStore *store = m_window->session()->reviewStore();
    QTableView *view = window->tableView();

    keepAllButTwoRemovalsAndALowering(window);
    if (QTest::currentTestFailed())
        return;

    // Apply... asks, naming what it will do; Apply sends it as one change.
    QUndoStack *undo = m_window->session()->workspace()->undoStack();
    const int steps = undo->count();
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    auto *box = waitForBox<QMessageBox>(window, u"applyConfirmBox"_s);
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(u"2 removal"_s), qPrintable(box->informativeText()));
    QTest::mouseClick(childNamed<QPushButton>(box, u"applyButton"_s), Qt::LeftButton);
    QVERIFY(window->reviewApply() && window->reviewApply()->operation());
    QVERIFY(awaitChanges(*m_window->session()->workspace()));
    QCOMPARE(undo->count(), steps + 1);
    QTRY_COMPARE(window->model()->counts().applied, 3);

    // The server holds exactly what was decided; the Outcome column says Done where it changed.
    const QList<ReviewRow> rows = store->rows(window->reviewId());
    serverIsAsDecided(window, rows);
    if (QTest::currentTestFailed())
        return;

    // The CSV export, read back: a row per grant with its decision and outcome.
    const QString path = m_dir.filePath(u"review.csv"_s);
    QCOMPARE(exportCsv(window, path), u"Apply, Q4.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> csv = Models::Csv::parse(file.readAll());
    QCOMPARE(csv.size(), 1 + rows.size());
    const int decisionColumn = int(Models::ReviewReport::csvHeader().indexOf(u"decision"_s));
    const int outcomeColumn = int(Models::ReviewReport::csvHeader().indexOf(u"outcome"_s));
    QStringList removes;
    for (const QStringList &line : csv.mid(1)) {
        if (line.at(decisionColumn) == u"remove"_s)
            removes.append(line.at(outcomeColumn));
    }
    QCOMPARE(removes, (QStringList{u"done"_s, u"done"_s}));
    window->close();
}

void TestReviewWindow::keepAllButTwoRemovalsAndALowering(Gui::ReviewWindow *window) const
{
    QTableView *view = window->tableView();
    // Everything kept (all rows selected, K), then two members removed and a share lowered.
    setCurrent(window, 0);
    view->selectAll();
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(window->model()->counts().keep, window->model()->rowCount());
    int removed = 0;
    for (int i = 0; i < 2; ++i) {
        const int member = proxyRowWhere(window, [](const ReviewRow &row) {
            return row.groupId == kDataScience && !row.isShare() && row.decision == Decision::Keep;
        });
        QVERIFY(member >= 0);
        setCurrent(window, member);
        QTest::keyClick(view, Qt::Key_R);
        removed += rowAtProxy(window, member).decision == Decision::Remove ? 1 : 0;
    }
    QCOMPARE(removed, 2);
    const int write = proxyRowWhere(window, [](const ReviewRow &row) {
        return row.allows(Decision::LowerToRead) && row.held == ReviewRow::Held::Write && !row.isIndirect();
    });
    QVERIFY(write >= 0);
    setCurrent(window, write);
    QTest::keyClick(view, Qt::Key_L);
    QCOMPARE(window->model()->counts().remove, 2);
    QCOMPARE(window->model()->counts().lower, 1);
}

void TestReviewWindow::serverIsAsDecided(Gui::ReviewWindow *window, const QList<ReviewRow> &rows) const
{
    for (const ReviewRow &row : rows) {
        const std::optional<int> now = held(row);
        switch (row.decision) {
        case Decision::Remove:
            QVERIFY2(!now, qPrintable(row.key()));
            QCOMPARE(row.outcome, ReviewRow::Outcome::Done);
            QCOMPARE(
                window->model()->index(window->model()->rowOf(row.id), ReviewModel::OutcomeColumn).data().toString(),
                ReviewRow::outcomeText(ReviewRow::Outcome::Done));
            break;
        case Decision::LowerToRead:
            QVERIFY2(now && *now == int(Api::PermissionLevel::Read) + 1, qPrintable(row.key()));
            break;
        default:
            QVERIFY2(now.has_value() || row.isRetired(), qPrintable(row.key()));
        }
    }
}

Gui::ReviewListDialog *TestReviewWindow::openReviewList() const
{
    childNamed<QAction>(m_window.get(), u"openReviewAction"_s)->trigger();
    return waitForBox<Gui::ReviewListDialog>(m_window.get(), u"reviewListDialog"_s);
}

QString TestReviewWindow::exportCsv(Gui::ReviewWindow *window, const QString &path)
{
    auto *timer = new QTimer(window);
    timer->setInterval(20);
    QString suggested;
    connect(timer, &QTimer::timeout, timer, [timer, path, &suggested] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"csvFileDialog"_s)
            return;
        timer->stop();
        suggested = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        dialog->selectFile(path);
        // selectFile() leaves the name field alone while it has the focus: type the path there too.
        if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
            name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    timer->start();
    childNamed<QAction>(window, u"exportCsvAction"_s)->trigger();
    // Written on a worker thread, said in the window once it is whole.
    auto *said = childNamed<Gui::MessageBar>(window, u"changesBar"_s);
    if (!QTest::qWaitFor([&] { return said->text() == u"Report saved: "_s + QDir::toNativeSeparators(path); }, 10000))
        return {};
    return suggested;
}

void TestReviewWindow::aGroupLeftWithoutManagerNeedsAnExplicitYes()
{
    openMainWindow();
    QPointer<Gui::ReviewWindow> window = startReview(u"Managers"_s);
    QVERIFY(window);
    QTableView *view = window->tableView();
    // Every share of manage on the first group in scope that has one, removed.
    const int first = proxyRowWhere(window, [](const ReviewRow &row) {
        return row.held == ReviewRow::Held::Manage && !row.isIndirect();
    });
    QVERIFY(first >= 0);
    const qint64 group = rowAtProxy(window, first).groupId;
    QList<ReviewRow> managers;
    for (int row; (row = proxyRowWhere(window, [group](const ReviewRow &r) {
             return r.groupId == group && r.held == ReviewRow::Held::Manage && !r.isIndirect()
                 && r.decision == Decision::Undecided;
         })) >= 0;) {
        managers.append(rowAtProxy(window, row));
        setCurrent(window, row);
        QTest::keyClick(view, Qt::Key_R);
        QCOMPARE(rowAtProxy(window, row).decision, Decision::Remove);
    }
    QUndoStack *undo = m_window->session()->workspace()->undoStack();
    const int steps = undo->count();
    const auto answerBoxes = [&](bool leave) {
        // Back in the window (the boxes closed a moment ago had it): its shortcuts work there.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        auto *box = waitForBox<QMessageBox>(window, u"applyConfirmBox"_s);
        QVERIFY(box);
        // The question names the group, and Enter alone does not go on.
        QVERIFY2(box->informativeText().contains(u"no manager"_s), qPrintable(box->informativeText()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(childNamed<QPushButton>(box, u"applyButton"_s), Qt::LeftButton);
        auto *lastManager = waitForBox<QMessageBox>(window, u"lastManagerBox"_s);
        QVERIFY(lastManager);
        QCOMPARE(lastManager->defaultButton(), lastManager->button(QMessageBox::Cancel));
        // The words every change asks them in (SharePlanConfirmation::askLeaveWithoutManager).
        QVERIFY2(lastManager->text().endsWith(u"would have no manager."_s), qPrintable(lastManager->text()));
        QVERIFY(lastManager->windowTitle().contains(u"Without a Manager?"_s));
        if (!leave)
            ::screenshot(lastManager, u"review-last-manager.png"_s);
        QTest::mouseClick(leave ? childNamed<QPushButton>(lastManager, u"leaveWithoutManagerButton"_s)
                                : lastManager->button(QMessageBox::Cancel),
            Qt::LeftButton);
    };
    // Cancel at the second question: nothing sent.
    answerBoxes(false);
    QTRY_VERIFY(!window->findChild<QMessageBox *>(u"lastManagerBox"_s));
    QCOMPARE(undo->count(), steps);
    for (const ReviewRow &row : std::as_const(managers))
        QVERIFY(held(row).has_value());
    // The explicit yes: the shares are revoked.
    answerBoxes(true);
    QVERIFY(awaitChanges(*m_window->session()->workspace()));
    QCOMPARE(undo->count(), steps + 1);
    for (const ReviewRow &row : std::as_const(managers))
        QVERIFY2(!held(row), qPrintable(row.key()));
    window->close();
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
