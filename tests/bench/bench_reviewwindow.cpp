// The access review's window (issue 25) over a review of 30,000 grants, offscreen: opening it
// (the rows read from the file in slices), a selection of 5,000 rows decided with R, every row
// decided at once (Ctrl+A, K), the undecided-only filter, a text filter and a sort by name, each
// with its time and the longest event-loop stall (goal: none over 50 ms). The rows are written
// straight into the review's file, after an earlier review of the same size (no server: the
// window is what is measured, bench_review measures reading the server); the review is marked
// completed so that opening it reads nothing.
// Figures are printed, never asserted: they mean something only on a quiet machine.
//
//   bench_reviewwindow          30,000 rows
//   bench_reviewwindow --quick  3,000 rows, for CTest's smoke run

#include "benchsupport.h"

#include "models/reviewmodel.h"
#include "models/reviewstore.h"
#include "ui/review/reviewwindow.h"
#include "ui/session.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTableView>

namespace {

using Models::ReviewRow;

/// A review of \a rows grants over 100 groups in \a store: members, shares and indirect rows, a
/// few deactivated accounts.
qint64 syntheticReview(Models::ReviewStore &store, int rows)
{
    constexpr int kGroups = 100;
    Models::ReviewInfo info;
    info.name = QStringLiteral("Bench review");
    for (int group = 1; group <= kGroups; ++group)
        info.groupIds.append(group);
    const qint64 id = store.createReview(info);
    for (int group = 1; group <= kGroups; ++group) {
        QList<ReviewRow> fresh;
        for (int i = group - 1; i < rows; i += kGroups) {
            ReviewRow row;
            row.groupId = group;
            row.groupName = QStringLiteral("Group %1").arg(group);
            row.principalId = i + 1;
            row.name = QStringLiteral("Person %1").arg((i * 7919) % rows);
            row.username = QStringLiteral("person%1").arg(i);
            row.email = row.username + QStringLiteral("@example.org");
            row.held = i % 5 == 0 ? ReviewRow::Held::Write : ReviewRow::Held::Member;
            row.active = i % 37 != 0;
            if (i % 11 == 0) {
                row.viaGroupId = kGroups + 1;
                row.viaGroupName = QStringLiteral("Shared team");
            }
            fresh.append(row);
        }
        store.reconcileGroup(id, group, fresh, {}, {});
    }
    store.setLoaded(id, QDateTime::currentDateTimeUtc());
    store.setCompleted(id);
    return id;
}

/// Runs \a step, then the event loop until \a done(); "took X ms, longest stall Y ms".
template <typename Step, typename Done>
QString measure(Step step, Done done)
{
    StallMeter stalls;
    QElapsedTimer timer;
    timer.start();
    step();
    if (!QTest::qWaitFor(done, 120000))
        return QStringLiteral("did not finish");
    const double took = timer.nsecsElapsed() / 1e6;
    QTest::qWait(20); // the stall meter's last turn
    return QStringLiteral("%1 ms, longest stall %2 ms")
        .arg(QString::number(took, 'f', 0), QString::number(stalls.longestMs(), 'f', 0));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int rows = quick ? 3000 : 30000;
    out(machineLine());

    Api::ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    Api::UserMe me;
    me.id = 1;
    me.username = QStringLiteral("bench");
    // The file as a person has it after two quarters: last quarter's review of the same size,
    // then this one (test mode's folder is kept between runs: emptied first).
    QDir(Models::ReviewStore::defaultFolder()).removeRecursively();
    Gui::Session session(settings, me);
    syntheticReview(*session.reviewStore(), rows);
    const qint64 reviewId = syntheticReview(*session.reviewStore(), rows);

    std::unique_ptr<Gui::ReviewWindow> window;
    // Made and shown (the widgets, the form, the first layout: once a window), then its rows
    // read from the file in slices while the window is up (what the person waits through).
    out(QStringLiteral("open the review's window: %1")
            .arg(measure(
                [&] {
                    window = std::make_unique<Gui::ReviewWindow>(&session, reviewId);
                    window->resize(1280, 800);
                    window->show();
                },
                [] { return true; })));
    out(QStringLiteral("its %1 rows read from the file: %2")
            .arg(rows)
            .arg(measure([] {}, [&] { return !window->model()->isLoading() && window->model()->rowCount() == rows; })));
    QTableView *view = window->tableView();
    view->setFocus();
    const int selected = std::min(5000, rows);
    view->selectionModel()->select(QItemSelection(window->proxy()->index(0, 0),
                                       window->proxy()->index(selected - 1, Models::ReviewModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    out(QStringLiteral("R on a selection of %1 rows: %2")
            .arg(selected)
            .arg(measure([&] { QTest::keyClick(view, Qt::Key_R); },
                [&] { return window->model()->counts().remove == selected; })));
    out(QStringLiteral("Ctrl+A, K on all %1 rows: %2")
            .arg(rows)
            .arg(measure(
                [&] {
                    view->selectAll();
                    QTest::keyClick(view, Qt::Key_K);
                },
                [&] { return window->model()->counts().keep == rows; })));
    auto *undecided = window->findChild<QCheckBox *>(QStringLiteral("undecidedCheckBox"));
    out(QStringLiteral("Undecided only on, off: %1").arg(measure([&] {
        undecided->setChecked(true);
        undecided->setChecked(false);
    }, [] { return true; })));
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    out(QStringLiteral("text filter \"person 12\" (after its 150 ms pause): %1")
            .arg(measure([&] { filter->setText(QStringLiteral("person 12")); },
                [&] { return window->proxy()->rowCount() < rows; })));
    filter->clear();
    QTest::qWait(300);
    out(QStringLiteral("sort by name (header click): %1")
            .arg(measure(
                [&] {
                    QHeaderView *header = view->horizontalHeader();
                    const int x = header->sectionViewportPosition(Models::ReviewModel::NameColumn) + 10;
                    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
                },
                [] { return true; })));
    window.reset();
    return 0;
}
