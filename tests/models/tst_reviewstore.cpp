// The access reviews' file: reviews are created, listed newest first, opened and deleted; a
// decision is in the file the moment it is made, so a process killed with SIGKILL right after
// deciding (no close, no flush) leaves exactly those decisions for the next start; a re-read of
// a group adds, retires (never deletes), brings back and updates rows, leaves alone what it
// could not read, and suggests removing a direct share of a person who left a group through
// which they also reached it; bulk decisions skip rows that do not allow them, and a large
// selection is written a slice a turn of the event loop, every read seeing it whole.

#include "models/modelrows.h"
#include "models/reviewmodel.h"
#include "models/reviewstore.h"
#include "sqlitepeek.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QThreadPool>
#include <QtGui/QStandardItemModel>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Models::ReviewChanges;
using Models::ReviewInfo;
using Models::ReviewProblem;
using Models::ReviewRow;
using Models::ReviewStore;

namespace {

const QString kKey = u"127.0.0.1-1"_s;
constexpr qint64 kPayroll = 10;
constexpr qint64 kFinanceTeam = 20;

ReviewRow member(qint64 userId, const QString &name, bool active = true)
{
    ReviewRow row;
    row.groupId = kPayroll;
    row.groupName = u"Payroll"_s;
    row.principalId = userId;
    row.name = name;
    row.username = name.toLower();
    row.email = name.toLower() + u"@example.org"_s;
    row.active = active;
    return row;
}

ReviewRow userShare(qint64 userId, const QString &name, ReviewRow::Held held)
{
    ReviewRow row = member(userId, name);
    row.held = held;
    return row;
}

ReviewRow groupShare(qint64 groupId, const QString &name, ReviewRow::Held held)
{
    ReviewRow row;
    row.groupId = kPayroll;
    row.groupName = u"Payroll"_s;
    row.principal = ReviewRow::Principal::Group;
    row.principalId = groupId;
    row.name = name;
    row.held = held;
    return row;
}

ReviewRow through(qint64 userId, const QString &name, ReviewRow::Held held)
{
    ReviewRow row = member(userId, name);
    row.held = held;
    row.viaGroupId = kFinanceTeam;
    row.viaGroupName = u"Finance Team"_s;
    return row;
}

/// Payroll as a first read finds it: two members (one deactivated), a direct manager, Finance
/// Team sharing write, and its two members reaching Payroll through it.
QList<ReviewRow> firstRead()
{
    return {member(1, u"Ada"_s), member(2, u"Bo"_s, false), userShare(3, u"Cy"_s, ReviewRow::Held::Manage),
        groupShare(kFinanceTeam, u"Finance Team"_s, ReviewRow::Held::Write),
        through(3, u"Cy"_s, ReviewRow::Held::Write), through(4, u"Di"_s, ReviewRow::Held::Write)};
}

qint64 createReview(ReviewStore &store)
{
    ReviewInfo info;
    info.name = u"Q4 2026 finance groups"_s;
    info.groupIds = {kPayroll, kFinanceTeam};
    info.reviewerId = 1;
    info.reviewerUsername = u"admin"_s;
    return store.createReview(info);
}

QHash<QString, ReviewRow> byKey(const QList<ReviewRow> &rows)
{
    QHash<QString, ReviewRow> result;
    for (const ReviewRow &row : rows)
        result.insert(row.key(), row);
    return result;
}

} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void reviewsAreListedOpenedAndDeleted();
    void aReviewIsReadInSlicesWhateverElseTheFileHolds();
    void aDecisionSurvivesAKill();
    void aReReadAddsRetiresAndBringsBack();
    void whatCouldNotBeReadIsLeftAlone();
    void bulkDecisionsSkipRowsThatDoNotAllowThem();
    void aLargeSelectionIsWrittenASliceATurn();
    void theTableSortsCaseInsensitivelyAndFollowsChanges();
    void aSelectionsRowsAreEachCountedOnce();
    void outcomesAreKeptPerRow();

private:
    QTemporaryDir m_dir;
};

void TestReviewStore::reviewsAreListedOpenedAndDeleted()
{
    QTemporaryDir dir;
    ReviewStore store(dir.path(), kKey);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    const qint64 first = createReview(store);
    QVERIFY(first > 0);
    ReviewInfo second;
    second.name = u"Everything I manage"_s;
    second.groupIds = {3, 1, 2};
    second.parts = int(Models::ReviewPart::Members) | int(Models::ReviewPart::GroupShares);
    second.reviewerId = 7;
    second.reviewerUsername = u"ada"_s;
    const qint64 secondId = store.createReview(second);
    QVERIFY(secondId > first);
    QVERIFY(!store.reconcileGroup(first, kPayroll, firstRead(), {kFinanceTeam}, {}).added.isEmpty());

    const QList<ReviewInfo> reviews = store.reviews();
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews.at(0).id, secondId); // newest first
    QCOMPARE(reviews.at(0).groupIds, (QList<qint64>{3, 1, 2}));
    QVERIFY(reviews.at(0).reviews(Models::ReviewPart::GroupShares));
    QVERIFY(!reviews.at(0).reviews(Models::ReviewPart::UserShares));
    QCOMPARE(reviews.at(0).partsText(), u"members and shares to groups"_s);
    QCOMPARE(reviews.at(0).reviewerUsername, u"ada"_s);
    QVERIFY(reviews.at(0).started.isValid());
    QVERIFY(!reviews.at(0).isCompleted());

    QVERIFY(store.setCompleted(first));
    QVERIFY(store.review(first)->isCompleted());
    QVERIFY(store.reopen(first));
    QVERIFY(!store.review(first)->isCompleted());

    QCOMPARE(store.rowCount(first), 6);
    QVERIFY(store.deleteReview(first));
    QVERIFY(!store.review(first));
    QCOMPARE(store.rowCount(first), 0);
    QCOMPARE(store.reviews().size(), 1);
}

void TestReviewStore::aReviewIsReadInSlicesWhateverElseTheFileHolds()
{
    QTemporaryDir dir;
    QString path;
    qint64 later = 0;
    QList<qint64> laterIds;
    {
        ReviewStore store(dir.path(), kKey);
        path = store.filePath();
        // Two reviews whose rows interleave in the file, as two reviews read on the same days.
        const qint64 earlier = createReview(store);
        later = createReview(store);
        const QList<ReviewRow> rows = firstRead();
        for (const ReviewRow &row : rows) {
            store.reconcileSlice(earlier, kPayroll, {row}, nullptr, {kFinanceTeam}, {});
            store.reconcileSlice(later, kPayroll, {row}, nullptr, {kFinanceTeam}, {});
        }
        for (const ReviewRow &row : store.rows(later))
            laterIds.append(row.id);
        QCOMPARE(laterIds.size(), rows.size());
    }
    // A file of version 1 had no index of a review's rows: it gets one when opened.
    QVERIFY(!fileValue(path, u"DROP INDEX rows_by_review"_s).isValid());
    fileValue(path, u"PRAGMA user_version = 1"_s);
    QCOMPARE(fileValue(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'rows_by_review'"_s).toInt(), 0);
    ReviewStore store(dir.path(), kKey);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QCOMPARE(fileValue(path, u"PRAGMA user_version"_s).toInt(), ReviewStore::kSchemaVersion);
    QCOMPARE(fileValue(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'rows_by_review'"_s).toInt(), 1);
    // In slices of two: the later review's rows only, in the order they were read.
    QList<qint64> read;
    qint64 after = 0;
    for (QList<ReviewRow> slice; !(slice = store.rows(later, after, 2)).isEmpty(); after = slice.constLast().id) {
        QVERIFY(slice.size() <= 2);
        for (const ReviewRow &row : slice)
            read.append(row.id);
    }
    QCOMPARE(read, laterIds);
}

void TestReviewStore::aDecisionSurvivesAKill()
{
    QTemporaryDir dir;
    qint64 reviewId = 0;
    QList<qint64> ids;
    {
        ReviewStore store(dir.path(), kKey);
        reviewId = createReview(store);
        store.reconcileGroup(reviewId, kPayroll, firstRead(), {kFinanceTeam}, {});
        for (const ReviewRow &row : store.rows(reviewId))
            ids.append(row.id);
    }
    QCOMPARE(ids.size(), 6);

    // The child decides and dies at once: no destructor, no close, no checkpoint of the WAL.
    // No worker thread may hold SQLite's locks across the fork (a store checkpoints on one).
    QThreadPool::globalInstance()->waitForDone();
    const pid_t child = fork();
    if (child == 0) {
        auto *store = new ReviewStore(dir.path(), kKey);
        bool ok = store->decide(ids.at(0), ReviewRow::Decision::Keep, u"Still on the team"_s);
        ok = ok && store->decide(ids.at(2), ReviewRow::Decision::LowerToRead, u"Read is enough, says CFO"_s);
        ok = ok && store->decide({ids.at(1), ids.at(5)}, ReviewRow::Decision::Remove).size() == 2;
        ok = ok && store->setNote(ids.at(5), u"Left finance in May"_s);
        ::kill(::getpid(), ok ? SIGKILL : SIGTERM);
        ::_exit(3);
    }
    QVERIFY(child > 0);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGKILL); // SIGTERM: a write failed in the child
    QVERIFY2(QFile::exists(dir.filePath(kKey + u".sqlite-wal"_s)), "the kill left the write-ahead log unmerged");

    ReviewStore reopened(dir.path(), kKey);
    QVERIFY(reopened.isOpen());
    const QList<ReviewRow> rows = reopened.rows(reviewId);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0).decision, ReviewRow::Decision::Keep);
    QCOMPARE(rows.at(0).note, u"Still on the team"_s);
    QVERIFY(rows.at(0).decided.isValid());
    QCOMPARE(rows.at(1).decision, ReviewRow::Decision::Remove);
    QCOMPARE(rows.at(2).decision, ReviewRow::Decision::LowerToRead);
    QCOMPARE(rows.at(2).note, u"Read is enough, says CFO"_s);
    QCOMPARE(rows.at(3).decision, ReviewRow::Decision::Undecided);
    QVERIFY(!rows.at(3).decided.isValid());
    QCOMPARE(rows.at(4).decision, ReviewRow::Decision::Undecided);
    QCOMPARE(rows.at(5).decision, ReviewRow::Decision::Remove);
    QCOMPARE(rows.at(5).note, u"Left finance in May"_s);
}

void TestReviewStore::aReReadAddsRetiresAndBringsBack()
{
    QTemporaryDir dir;
    ReviewStore store(dir.path(), kKey);
    const qint64 reviewId = createReview(store);
    const ReviewChanges first = store.reconcileGroup(reviewId, kPayroll, firstRead(), {kFinanceTeam}, {});
    QCOMPARE(first.added.size(), 6);
    QVERIFY(first.retired.isEmpty());
    QHash<QString, ReviewRow> rows = byKey(store.rows(reviewId));
    // Deactivated accounts are suggested, never decided.
    const ReviewRow bo = rows.value(member(2, u"Bo"_s).key());
    QCOMPARE(bo.suggestion, ReviewRow::Suggestion::Deactivated);
    QCOMPARE(bo.decision, ReviewRow::Decision::Undecided);
    QCOMPARE(rows.value(member(1, u"Ada"_s).key()).suggestion, ReviewRow::Suggestion::None);
    const qint64 diThrough = rows.value(through(4, u"Di"_s, ReviewRow::Held::Write).key()).id;
    QVERIFY(store.decide(diThrough, ReviewRow::Decision::Remove, u"Moved to sales"_s));

    // Meanwhile: Cy left Finance Team (keeping his direct share), Bo was removed, Eve joined,
    // Ada's account was deactivated; Finance Team still shares Payroll.
    QList<ReviewRow> second = {member(1, u"Ada"_s, false), userShare(3, u"Cy"_s, ReviewRow::Held::Manage),
        member(5, u"Eve"_s), groupShare(kFinanceTeam, u"Finance Team"_s, ReviewRow::Held::Write),
        through(4, u"Di"_s, ReviewRow::Held::Write)};
    const ReviewChanges changes = store.reconcileGroup(reviewId, kPayroll, second, {kFinanceTeam}, {});
    QCOMPARE(changes.added.size(), 1);
    QCOMPARE(changes.retired.size(), 2); // Bo's membership, Cy's way through Finance Team
    QCOMPARE(changes.changed.size(), 1); // Ada, deactivated
    QCOMPARE(changes.suggested.size(), 1); // Cy's direct share
    QCOMPARE(changes.text(), u"1 added, 2 retired (the grant is gone), 1 changed since the review was last read."_s);

    rows = byKey(store.rows(reviewId));
    QCOMPARE(rows.size(), 7); // retired, not deleted
    QVERIFY(rows.value(member(2, u"Bo"_s).key()).isRetired());
    QVERIFY(rows.value(through(3, u"Cy"_s, ReviewRow::Held::Write).key()).isRetired());
    const ReviewRow cy = rows.value(userShare(3, u"Cy"_s, ReviewRow::Held::Manage).key());
    QVERIFY(!cy.isRetired());
    QCOMPARE(cy.suggestion, ReviewRow::Suggestion::LeftGroup);
    QCOMPARE(cy.suggestionText(), u"Left Finance Team"_s);
    QCOMPARE(rows.value(member(1, u"Ada"_s).key()).suggestion, ReviewRow::Suggestion::Deactivated);
    // A decision made before the re-read stays.
    QCOMPARE(store.row(diThrough)->decision, ReviewRow::Decision::Remove);
    QCOMPARE(store.row(diThrough)->note, u"Moved to sales"_s);
    // The list of reviews counts as the window does: the current rows, and those decided.
    QCOMPARE(store.progress(reviewId).current, 5);
    QCOMPARE(store.progress(reviewId).decided, 1);
    const qint64 eve = rows.value(member(5, u"Eve"_s).key()).id;
    QVERIFY(store.decide(eve, ReviewRow::Decision::Keep, {}));
    QCOMPARE(store.progress(reviewId).decided, 2);
    QVERIFY(store.decide(eve, ReviewRow::Decision::Undecided, {}));
    QCOMPARE(store.progress(reviewId).decided, 1);

    // Finance Team's share itself goes: its members' rows are retired, and nobody "left" it.
    second = {member(1, u"Ada"_s, false), userShare(3, u"Cy"_s, ReviewRow::Held::Manage), member(5, u"Eve"_s),
        member(2, u"Bo"_s, false)};
    const ReviewChanges third = store.reconcileGroup(reviewId, kPayroll, second, {}, {});
    QCOMPARE(third.retired.size(), 2); // the group share and Di's way through it
    QCOMPARE(third.returned.size(), 1); // Bo is back
    QVERIFY(third.suggested.isEmpty());
    QVERIFY(!store.row(rows.value(member(2, u"Bo"_s).key()).id)->isRetired());
}

void TestReviewStore::whatCouldNotBeReadIsLeftAlone()
{
    QTemporaryDir dir;
    ReviewStore store(dir.path(), kKey);
    const qint64 reviewId = createReview(store);
    store.reconcileGroup(reviewId, kPayroll, firstRead(), {kFinanceTeam}, {});
    // Finance Team's members could not be read this time: Cy's and Di's ways through it stay.
    QList<ReviewRow> second = firstRead().mid(0, 4);
    const ReviewChanges changes = store.reconcileGroup(reviewId, kPayroll, second, {kFinanceTeam}, {kFinanceTeam});
    QVERIFY(changes.isEmpty());
    ReviewProblem problem;
    problem.groupId = kPayroll;
    problem.groupName = u"Payroll"_s;
    problem.viaGroupId = kFinanceTeam;
    problem.viaGroupName = u"Finance Team"_s;
    problem.message = u"Service unavailable"_s;
    QVERIFY(store.setProblems(reviewId, kPayroll, {problem}));
    QCOMPARE(store.problems(reviewId).size(), 1);
    QCOMPARE(store.problems(reviewId).first().text(),
        u"Could not read the members of Finance Team, shared with Payroll: Service unavailable"_s);
    QVERIFY(store.setProblems(reviewId, kPayroll, {})); // read at last
    QVERIFY(store.problems(reviewId).isEmpty());
}

void TestReviewStore::bulkDecisionsSkipRowsThatDoNotAllowThem()
{
    QTemporaryDir dir;
    ReviewStore store(dir.path(), kKey);
    const qint64 reviewId = createReview(store);
    store.reconcileGroup(reviewId, kPayroll, firstRead(), {kFinanceTeam}, {});
    QList<qint64> ids;
    for (const ReviewRow &row : store.rows(reviewId))
        ids.append(row.id);
    QSignalSpy changed(&store, &ReviewStore::rowsChanged);
    // Lower to read: only the direct manager share and the group's write share allow it.
    const QList<qint64> written = store.decide(ids, ReviewRow::Decision::LowerToRead);
    QCOMPARE(written, (QList<qint64>{ids.at(2), ids.at(3)}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), reviewId);
    QCOMPARE(store.decide(ids, ReviewRow::Decision::LowerToWrite), (QList<qint64>{ids.at(2)}));
    QCOMPARE(store.decide(ids, ReviewRow::Decision::Keep).size(), 6);
    for (const ReviewRow &row : store.rows(reviewId))
        QCOMPARE(row.decision, ReviewRow::Decision::Keep);
}

void TestReviewStore::aLargeSelectionIsWrittenASliceATurn()
{
    QTemporaryDir dir;
    QList<qint64> ids;
    qint64 reviewId = 0;
    constexpr int kRows = 1200; // three slices
    {
        ReviewStore store(dir.path(), kKey);
        reviewId = createReview(store);
        QList<ReviewRow> rows;
        for (int i = 0; i < kRows; ++i)
            rows.append(member(100 + i, u"Person %1"_s.arg(i)));
        store.reconcileGroup(reviewId, kPayroll, rows, {}, {});
        for (const ReviewRow &row : store.rows(reviewId))
            ids.append(row.id);
        QCOMPARE(ids.size(), kRows);
        // Another connection on the file (another window, or the app started again) reads what
        // is written.
        ReviewStore other(dir.path(), kKey);
        const auto decidedInFile = [&] {
            int n = 0;
            for (const ReviewRow &row : other.rows(reviewId))
                n += row.decision == ReviewRow::Decision::Remove ? 1 : 0;
            return n;
        };
        QSignalSpy changed(&store, &ReviewStore::rowsChanged);
        store.decideSoon(ids, ReviewRow::Decision::Remove);
        // Nothing written in the call: the thread goes back to its event loop at once.
        QVERIFY(store.hasQueuedDecisions());
        QCOMPARE(decidedInFile(), 0);
        QVERIFY(changed.isEmpty());
        // A slice a turn, each said.
        QTRY_VERIFY(!store.hasQueuedDecisions());
        QCOMPARE(changed.size(), (kRows + ReviewStore::kDecideSlice - 1) / ReviewStore::kDecideSlice);
        QCOMPARE(decidedInFile(), kRows);

        // A read of the store writes what is queued first: it reads what was decided.
        store.decideSoon(ids, ReviewRow::Decision::Keep);
        QCOMPARE(store.row(ids.last())->decision, ReviewRow::Decision::Keep);
        QVERIFY(!store.hasQueuedDecisions());
        // And a later decision of one row is not overwritten by an earlier bulk one.
        store.decideSoon(ids, ReviewRow::Decision::Remove);
        QVERIFY(store.decide(ids.first(), ReviewRow::Decision::Keep, u"Stays"_s));
        QCOMPARE(store.row(ids.first())->decision, ReviewRow::Decision::Keep);
        QCOMPARE(store.row(ids.last())->decision, ReviewRow::Decision::Remove);

        // What is queued when the store goes is written as it goes.
        store.decideSoon(ids, ReviewRow::Decision::Undecided);
        QVERIFY(store.hasQueuedDecisions());
    }
    ReviewStore reopened(dir.path(), kKey);
    for (const ReviewRow &row : reopened.rows(reviewId))
        QCOMPARE(row.decision, ReviewRow::Decision::Undecided);
}

void TestReviewStore::theTableSortsCaseInsensitivelyAndFollowsChanges()
{
    QTemporaryDir dir;
    ReviewStore store(dir.path(), kKey);
    const qint64 reviewId = createReview(store);
    store.reconcileGroup(reviewId, kPayroll,
        {member(1, u"bo"_s), member(2, u"Ada"_s), member(3, u"cy"_s), member(4, u"Di"_s), member(5, u"ada"_s)}, {}, {});
    Models::ReviewModel model(&store, reviewId);
    QTRY_VERIFY(!model.isLoading());
    Models::ReviewFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto column = [&](int c) {
        QStringList texts;
        for (int row = 0; row < proxy.rowCount(); ++row)
            texts.append(proxy.index(row, c).data().toString());
        return texts;
    };
    proxy.sort(Models::ReviewModel::NameColumn);
    // Case aside; equal names in the order they were read.
    QCOMPARE(column(Models::ReviewModel::NameColumn), (QStringList{u"Ada"_s, u"ada"_s, u"bo"_s, u"cy"_s, u"Di"_s}));
    proxy.sort(Models::ReviewModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(column(Models::ReviewModel::NameColumn), (QStringList{u"Di"_s, u"cy"_s, u"bo"_s, u"ada"_s, u"Ada"_s}));

    // Sorted by note, a note written moves its row where it now belongs.
    proxy.sort(Models::ReviewModel::NoteColumn);
    QVERIFY(model.setNote(model.rowOf(store.rows(reviewId).at(3).id), u"Zoe said so"_s));
    QCOMPARE(column(Models::ReviewModel::NameColumn).last(), u"Di"_s);
    QVERIFY(model.setNote(model.rowOf(store.rows(reviewId).at(3).id), u"after HR"_s));
    QVERIFY(model.setNote(model.rowOf(store.rows(reviewId).at(0).id), u"Before the audit"_s));
    QCOMPARE(column(Models::ReviewModel::NoteColumn).mid(3), (QStringList{u"after HR"_s, u"Before the audit"_s}));

    // A filter on and off keeps the sort.
    proxy.setText(u"d"_s);
    QCOMPARE(column(Models::ReviewModel::NameColumn), (QStringList{u"Ada"_s, u"ada"_s, u"Di"_s}));
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(column(Models::ReviewModel::NoteColumn).mid(3), (QStringList{u"after HR"_s, u"Before the audit"_s}));
}

void TestReviewStore::aSelectionsRowsAreEachCountedOnce()
{
    // What the review window decides on: the rows of a selection's ranges, ascending, each once
    // (Ctrl+A on 30,000 rows is one range; a Ctrl+click adds another, which may overlap).
    QStandardItemModel table(12, 3);
    QItemSelection selection;
    selection.select(table.index(9, 0), table.index(9, 2));
    selection.select(table.index(2, 0), table.index(4, 2));
    selection.select(table.index(3, 1), table.index(5, 1));
    QCOMPARE(Models::selectedRowNumbers(selection), (QList<int>{2, 3, 4, 5, 9}));
    QVERIFY(Models::selectedRowNumbers({}).isEmpty());
}

void TestReviewStore::outcomesAreKeptPerRow()
{
    QTemporaryDir dir;
    qint64 rowId = 0;
    {
        ReviewStore store(dir.path(), kKey);
        const qint64 reviewId = createReview(store);
        store.reconcileGroup(reviewId, kPayroll, firstRead(), {kFinanceTeam}, {});
        rowId = store.rows(reviewId).at(1).id;
        QVERIFY(store.decide(rowId, ReviewRow::Decision::Remove, {}));
        QVERIFY(store.setOutcome(rowId, ReviewRow::Outcome::Failed, u"Service unavailable"_s));
    }
    ReviewStore store(dir.path(), kKey);
    const ReviewRow row = *store.row(rowId);
    QCOMPARE(row.outcome, ReviewRow::Outcome::Failed);
    QCOMPARE(row.outcomeReason, u"Service unavailable"_s);
    QVERIFY(row.outcomeTime.isValid());
    QVERIFY(!row.isApplied());
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
