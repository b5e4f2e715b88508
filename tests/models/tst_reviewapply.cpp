// Applying an access review over the sandbox's demo seed: every Remove and Lower as one plan
// (members removed, shares revoked or lowered, a person removed from the group they reach a
// group through), a grant gone before apply said and not sent, the last-manager rule said
// before the run; under a 20 % failure rate the server ends exactly as decided after Retry
// failed; the run is one undo step, and its undo gives everything back (the rows then say
// Undone, and a redo makes them Done again); each outcome is in the store as it arrives, so an
// apply cut off midway, reopened, sends only what is left. The report
// holds every decision with its note and outcome, ids, usernames and e-mails (its CSV parsed),
// a summary per group, what could not be read, and a header and page number on every PDF page
// (read back with pdftotext where it is installed; the document's text otherwise).

#include "modeltestfixture.h"

#include "models/csv.h"
#include "models/reviewapply.h"
#include "models/reviewloader.h"
#include "models/reviewreport.h"
#include "models/reviewstore.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtGui/QTextDocument>

#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>

using namespace Qt::StringLiterals;
using Models::ReviewApply;
using Models::ReviewInfo;
using Models::ReviewLoader;
using Models::ReviewRow;
using Models::ReviewStore;

namespace {
constexpr qint64 kDataScience = 2;
constexpr qint64 kNortheastRegion = 22;
constexpr qint64 kDataQuality = 29;
const QList<qint64> kScope{kDataScience, kNortheastRegion, kDataQuality};
} // namespace

class TestReviewApply : public QObject
{
    Q_OBJECT

private:
    qint64 loadedReview(ReviewStore &store, const QList<qint64> &groups = kScope)
    {
        ReviewInfo info;
        info.name = u"Q4 2026 finance groups"_s;
        info.groupIds = groups;
        info.reviewerId = 1;
        info.reviewerUsername = u"admin"_s;
        const qint64 id = store.createReview(info);
        ReviewLoader loader(m_fixture.workspace.get(), &store, id);
        loader.start();
        if (!QTest::qWaitFor([&] { return !loader.isRunning(); }, kModelWaitMs))
            return 0;
        return id;
    }

    static bool prepared(ReviewApply &apply)
    {
        apply.prepare();
        return QTest::qWaitFor([&] { return !apply.isPreparing(); }, kModelWaitMs) && apply.error().isNull();
    }

    /// Whether the sandbox holds row \a row's grant now, and at which level (0 member, 1-3 share).
    std::optional<int> held(const ReviewRow &row)
    {
        QString sql;
        if (row.isIndirect())
            sql = u"SELECT 0 FROM memberships WHERE group_id = %1 AND user_id = %2"_s.arg(row.viaGroupId)
                      .arg(row.principalId);
        else if (!row.isShare())
            sql = u"SELECT 0 FROM memberships WHERE group_id = %1 AND user_id = %2"_s.arg(row.groupId)
                      .arg(row.principalId);
        else if (row.principal == ReviewRow::Principal::User)
            sql = u"SELECT level FROM user_shares WHERE group_id = %1 AND user_id = %2"_s.arg(row.groupId)
                      .arg(row.principalId);
        else
            sql = u"SELECT level FROM group_shares WHERE group_id = %1 AND grantee_group_id = %2"_s.arg(row.groupId)
                      .arg(row.principalId);
        const QVariantList values = m_fixture.column(sql);
        if (values.isEmpty())
            return std::nullopt;
        return values.first().toInt();
    }

    /// Whether the server holds exactly what \a rows decided: removed rows gone, lowered ones
    /// at their level, kept ones as they were.
    bool serverIsAsDecided(const QList<ReviewRow> &rows)
    {
        bool ok = true;
        for (const ReviewRow &row : rows) {
            const std::optional<int> now = held(row);
            bool right = true;
            switch (row.decision) {
            case ReviewRow::Decision::Remove:
                right = !now;
                break;
            case ReviewRow::Decision::LowerToRead:
            case ReviewRow::Decision::LowerToWrite:
                right = now && *now == int(*row.loweredLevel()) + 1;
                break;
            case ReviewRow::Decision::Keep:
                right = now.has_value();
                break;
            case ReviewRow::Decision::Undecided:
                break;
            }
            if (!right) {
                qWarning() << "not as decided:" << row.key() << ReviewRow::decisionKey(row.decision) << now.value_or(-1)
                           << ReviewRow::outcomeKey(row.outcome) << row.outcomeReason;
                ok = false;
            }
        }
        return ok;
    }

    ModelFixture m_fixture;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.restartModels()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void theServerEndsAsDecidedUnderFailures();
    void theLastManagerIsSaidBeforeTheRun();
    void anInterruptedApplyFinishesTheRest();
    void theReportHoldsEveryDecisionAndOutcome();
};

void TestReviewApply::theServerEndsAsDecidedUnderFailures()
{
    ReviewStore store(m_dir.path(), u"apply"_s);
    const qint64 reviewId = loadedReview(store);
    QVERIFY(reviewId);
    const QList<ReviewRow> rows = store.rows(reviewId);

    // Decide: members out of Data Science (one of whom leaves before apply), a person's share
    // revoked, one lowered, a person out of a group through which they reach Northeast Region,
    // everything else kept.
    QList<qint64> removeIds;
    qint64 goneId = 0;
    int members = 0;
    bool revoked = false;
    bool lowered = false;
    bool through = false;
    QHash<qint64, ReviewRow::Decision> decided;
    for (const ReviewRow &row : rows) {
        ReviewRow::Decision decision = ReviewRow::Decision::Keep;
        if (row.groupId == kDataScience && !row.isShare() && members < 4) {
            decision = ReviewRow::Decision::Remove;
            if (members++ == 0)
                goneId = row.id;
        } else if (!revoked && row.isShare() && !row.isIndirect() && row.principal == ReviewRow::Principal::User
            && row.held == ReviewRow::Held::Read) {
            decision = ReviewRow::Decision::Remove;
            revoked = true;
        } else if (!lowered && row.allows(ReviewRow::Decision::LowerToRead)
            && row.principal == ReviewRow::Principal::User && row.held == ReviewRow::Held::Write) {
            decision = ReviewRow::Decision::LowerToRead;
            lowered = true;
        } else if (!through && row.isIndirect() && row.groupId == kNortheastRegion) {
            decision = ReviewRow::Decision::Remove;
            through = true;
        }
        QVERIFY(store.decide(row.id, decision, u"note %1"_s.arg(row.id)));
        decided.insert(row.id, decision);
    }
    QVERIFY(revoked && lowered && through && members == 4);
    const ReviewRow gone = *store.row(goneId);
    QCOMPARE(m_fixture.admin.del(u"/groups/%1/members/%2"_s.arg(gone.groupId).arg(gone.principalId)).status, 204);

    ReviewApply apply(m_fixture.workspace.get(), &store, reviewId);
    QVERIFY(prepared(apply));
    QCOMPARE(apply.rowCount(), 7);
    QCOMPARE(apply.changeCount(), 6); // the gone one is not sent
    QCOMPARE(apply.goneRows(), QList<qint64>{goneId});
    // (The English plurals are the app's catalog's: the test reads the source's "(s)".)
    QVERIFY(apply.summaryText().contains(u"gone already"_s));
    QVERIFY(apply.summaryText().startsWith(u"5 removal"_s));

    // One in five requests fails, and the client tries none again: Retry failed until none fails.
    m_fixture.failRequests(0.2, 7);
    const int steps = m_fixture.workspace->undoStack()->count();
    QSignalSpy finished(&apply, &ReviewApply::finished);
    Models::ChangeOperation *operation = apply.run();
    QVERIFY(operation);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    for (int round = 0; round < 30 && operation->count(Api::BulkOutcome::Failed) > 0; ++round) {
        // A retry runs outside the workspace's queue: its end is the operation's finished().
        QSignalSpy retried(operation, &Models::ChangeOperation::finished);
        operation->retryFailed();
        QVERIFY(retried.wait(kModelWaitMs));
        QVERIFY(awaitChanges(*m_fixture.workspace));
    }
    QCOMPARE(operation->count(Api::BulkOutcome::Failed), 0);
    m_fixture.setFaults({});
    m_fixture.client->setRetryPolicy(quickRetries());
    QVERIFY(!finished.isEmpty());
    QCOMPARE(m_fixture.workspace->undoStack()->count(), steps + 1); // one undo step

    const QList<ReviewRow> after = store.rows(reviewId);
    QVERIFY(serverIsAsDecided(after));
    for (const ReviewRow &row : after) {
        QCOMPARE(row.decision, decided.value(row.id));
        QCOMPARE(row.note, u"note %1"_s.arg(row.id));
        if (row.id == goneId) {
            QCOMPARE(row.outcome, ReviewRow::Outcome::Gone);
            QVERIFY(row.outcomeReason.contains(u"no longer a member"_s));
        } else if (row.needsChange()) {
            QVERIFY2(row.isApplied(), qPrintable(row.key() + u' ' + ReviewRow::outcomeKey(row.outcome)));
        } else {
            QCOMPARE(row.outcome, ReviewRow::Outcome::None);
        }
    }

    // Nothing is left to apply; one undo gives back all that was done.
    ReviewApply rest(m_fixture.workspace.get(), &store, reviewId);
    QVERIFY(prepared(rest));
    QCOMPARE(rest.changeCount(), 0);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    for (const ReviewRow &row : after) {
        if (row.needsChange() && row.id != goneId) // held() reads a membership as 0, a share as 1-3
            QCOMPARE(held(row), std::optional<int>(row.isShare() && !row.isIndirect() ? int(*row.level()) + 1 : 0));
    }
    // The store says so too: the rows whose change was undone are Undone, not Done, and an
    // apply of the rest would send them again.
    const QList<ReviewRow> undone = store.rows(reviewId);
    for (const ReviewRow &row : undone) {
        if (row.needsChange() && row.id != goneId) {
            QVERIFY2(row.outcome == ReviewRow::Outcome::Undone, qPrintable(ReviewRow::outcomeKey(row.outcome)));
            QVERIFY(!row.outcomeReason.isEmpty());
        } else {
            QCOMPARE(row.outcome, row.id == goneId ? ReviewRow::Outcome::Gone : ReviewRow::Outcome::None);
        }
    }
    QCOMPARE(store.rowsToApply(reviewId).size(), 6);
    int undoneInReport = 0;
    for (const Models::ReviewReport::GroupSummary &group : Models::ReviewReport(store, reviewId).summary())
        undoneInReport += group.undone;
    QCOMPARE(undoneInReport, 6);

    // Redone: the server and the store as applied again.
    m_fixture.workspace->undoStack()->redo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    const QList<ReviewRow> redone = store.rows(reviewId);
    QVERIFY(serverIsAsDecided(redone));
    for (const ReviewRow &row : redone) {
        if (row.needsChange() && row.id != goneId)
            QVERIFY2(row.isApplied(), qPrintable(ReviewRow::outcomeKey(row.outcome)));
    }
    QVERIFY(store.rowsToApply(reviewId).isEmpty());
}

void TestReviewApply::theLastManagerIsSaidBeforeTheRun()
{
    // A group managed by one person alone: removing them would leave it with no manager.
    const qint64 group = m_fixture.newGroup(u"Audit Committee"_s);
    QVERIFY(group);
    const qint64 manager = m_fixture.nonMemberIds(group, 2).last(); // not the admin (1)
    QVERIFY(manager != 1);
    QCOMPARE(m_fixture.admin
                 .put(u"/groups/%1/shares/users"_s.arg(group),
                     QJsonObject{{u"userIds"_s, QJsonArray{manager}}, {u"permissionLevel"_s, u"manage"_s}})
                 .status,
        200);
    // Whatever share the group's creation gave the admin goes, so one manager is left.
    m_fixture.admin.del(u"/groups/%1/shares/users/1"_s.arg(group));
    ReviewStore store(m_dir.path(), u"manager"_s);
    const qint64 reviewId = loadedReview(store, {group});
    QList<qint64> managers;
    for (const ReviewRow &row : store.rows(reviewId)) {
        if (row.held == ReviewRow::Held::Manage)
            managers.append(row.id);
    }
    QVERIFY(!managers.isEmpty());
    QCOMPARE(store.decide(managers, ReviewRow::Decision::LowerToWrite).size(), managers.size());
    ReviewApply apply(m_fixture.workspace.get(), &store, reviewId);
    QVERIFY(prepared(apply));
    QCOMPARE(apply.groupsLeftWithoutManager().size(), 1);
    QCOMPARE(apply.groupsLeftWithoutManager().first().first, group);
    QCOMPARE(apply.noManagerText(), u"Audit Committee would have no manager"_s);
    QVERIFY(apply.summaryText().contains(u"Audit Committee would have no manager"_s));
}

void TestReviewApply::anInterruptedApplyFinishesTheRest()
{
    ReviewStore store(m_dir.path(), u"interrupted"_s);
    const qint64 reviewId = loadedReview(store, {kDataScience});
    QList<qint64> members;
    for (const ReviewRow &row : store.rows(reviewId)) {
        if (!row.isShare())
            members.append(row.id);
    }
    QVERIFY(members.size() >= 6);
    QCOMPARE(store.decide(members, ReviewRow::Decision::Remove).size(), members.size());

    // The run is cut off after its first outcome: the apply object goes, as with a kill.
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 40;
    m_fixture.setFaults(slow);
    {
        auto apply = std::make_unique<ReviewApply>(m_fixture.workspace.get(), &store, reviewId);
        QVERIFY(prepared(*apply));
        QCOMPARE(apply->changeCount(), members.size());
        Models::ChangeOperation *operation = apply->run();
        QVERIFY(operation);
        QSignalSpy items(operation, &Models::ChangeOperation::itemFinished);
        QVERIFY(QTest::qWaitFor([&] { return !items.isEmpty(); }, kModelWaitMs));
        apply.reset();
        operation->cancel();
        QVERIFY(awaitChanges(*m_fixture.workspace));
    }
    m_fixture.setFaults({});
    int done = 0;
    int notDone = 0;
    for (const ReviewRow &row : store.rowsById(members)) {
        if (row.isApplied())
            ++done;
        else
            ++notDone;
    }
    QVERIFY(done >= 1);
    QVERIFY2(notDone >= 1, "the run was cut off before it sent everything");

    // Reopened: only the rest is sent, and the server ends as decided.
    ReviewStore reopened(m_dir.path(), u"interrupted"_s);
    ReviewApply rest(m_fixture.workspace.get(), &reopened, reviewId);
    QVERIFY(prepared(rest));
    QCOMPARE(rest.rowCount(), notDone);
    QVERIFY(rest.changeCount() <= notDone);
    if (rest.changeCount() > 0) {
        QVERIFY(rest.run());
        QVERIFY(awaitChanges(*m_fixture.workspace));
    } else {
        rest.run();
    }
    const QList<ReviewRow> after = reopened.rowsById(members);
    QVERIFY(serverIsAsDecided(after));
    for (const ReviewRow &row : after)
        QVERIFY2(row.isApplied(), qPrintable(ReviewRow::outcomeKey(row.outcome)));
}

void TestReviewApply::theReportHoldsEveryDecisionAndOutcome()
{
    constexpr qint64 kNoSuchGroup = 987'654;
    ReviewStore store(m_dir.path(), u"report"_s);
    const qint64 reviewId = loadedReview(store, {kDataScience, kDataQuality, kNoSuchGroup});
    QList<ReviewRow> rows = store.rows(reviewId);
    QVERIFY(rows.size() > 40);
    int removals = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const ReviewRow &row = rows.at(i);
        if (i == rows.size() - 1)
            continue; // one left undecided
        const bool remove = row.groupId == kDataScience && !row.isShare() && removals < 3;
        removals += remove ? 1 : 0;
        // A note with a comma, quotes and a line break survives the CSV.
        QVERIFY(store.decide(row.id, remove ? ReviewRow::Decision::Remove : ReviewRow::Decision::Keep,
            remove ? u"Left, says \"HR\"\nin May"_s : QString()));
    }
    ReviewApply apply(m_fixture.workspace.get(), &store, reviewId);
    QVERIFY(prepared(apply));
    QVERIFY(apply.run());
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QVERIFY(store.setCompleted(reviewId));
    rows = store.rows(reviewId);

    const Models::ReviewReport report(store, reviewId);
    QVERIFY(report.isValid());
    // The summary: one line per group of the scope, the unreadable one said.
    const QList<Models::ReviewReport::GroupSummary> summary = report.summary();
    QCOMPARE(summary.size(), 3);
    QCOMPARE(summary.at(0).groupId, kDataScience);
    QCOMPARE(summary.at(0).removed, 3);
    QCOMPARE(summary.at(0).failed, 0);
    QCOMPARE(summary.at(0).kept + summary.at(0).removed + summary.at(0).undecided, summary.at(0).rows);
    QCOMPARE(summary.at(1).kept + summary.at(1).undecided, summary.at(1).rows);
    QCOMPARE(summary.at(0).undecided + summary.at(1).undecided, 1);
    QVERIFY(summary.at(2).unreadable);
    QCOMPARE(summary.at(2).rows, 0);

    // The CSV: a row per grant with what the store holds, then the problem.
    const QList<QStringList> csv = Models::Csv::parse(report.csv());
    QCOMPARE(csv.first(), Models::ReviewReport::csvHeader());
    QCOMPARE(csv.size(), 1 + rows.size() + 1);
    for (int i = 0; i < rows.size(); ++i) {
        const ReviewRow &row = rows.at(i);
        const QStringList &line = csv.at(i + 1);
        QCOMPARE(line.at(0), u"Q4 2026 finance groups"_s);
        QCOMPARE(line.at(1).toLongLong(), row.groupId);
        QCOMPARE(line.at(4).toLongLong(), row.principalId);
        QCOMPARE(line.at(5), row.name);
        QCOMPARE(line.at(6), row.username);
        QCOMPARE(line.at(7), row.email);
        QCOMPARE(line.at(8), ReviewRow::heldKey(row.held));
        QCOMPARE(line.at(14), ReviewRow::decisionKey(row.decision));
        QCOMPARE(line.at(15), row.note);
        QCOMPARE(line.at(17), ReviewRow::outcomeKey(row.outcome));
        if (row.decision == ReviewRow::Decision::Remove) {
            QCOMPARE(line.at(15), u"Left, says \"HR\"\nin May"_s);
            QCOMPARE(line.at(17), u"done"_s);
            QVERIFY(!line.at(19).isEmpty());
        }
    }
    QCOMPARE(csv.last().at(3), u"error"_s);
    QCOMPARE(csv.last().at(1).toLongLong(), kNoSuchGroup);

    // The document: name, reviewer, dates, every note and outcome.
    const QString text = report.document()->toPlainText();
    QVERIFY(text.contains(u"Q4 2026 finance groups"_s));
    QVERIFY(text.contains(u"admin (id 1)"_s));
    QVERIFY(text.contains(u"Summary by group"_s));
    QVERIFY(text.contains(u"could not be read"_s));
    QCOMPARE(text.count(u"Left, says \"HR\""_s), 3);
    QCOMPARE(text.count(u"Done"_s), 3);

    // The PDF: pages with a header and "Page i of N" each.
    const QString path = m_dir.filePath(u"review.pdf"_s);
    QString error;
    const int pages = report.writePdf(path, &error);
    QVERIFY2(pages >= 2, qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // REVIEW_PDF_OUT=file keeps a copy to look at (the screenshot of its first pages).
    if (const QString keep = qEnvironmentVariable("REVIEW_PDF_OUT"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path, keep);
    }
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        qWarning("pdftotext (poppler-utils) is not installed: the PDF's pages are not read back");
        return;
    }
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(30'000));
    // NFKC: the PDF's font sets "fi" as a ligature, which pdftotext gives back as one character.
    const QStringList pageTexts = QString::fromUtf8(process.readAllStandardOutput())
                                      .normalized(QString::NormalizationForm_KC)
                                      .split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (int i = 0; i < pages; ++i) {
        QVERIFY2(pageTexts.at(i).contains(u"Access review: Q4 2026 finance groups"_s), qPrintable(pageTexts.at(i)));
        QVERIFY2(pageTexts.at(i).contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages)), qPrintable(pageTexts.at(i)));
    }
    QVERIFY(pageTexts.first().contains(u"Summary by group"_s));
}

QTEST_MAIN(TestReviewApply)
#include "tst_reviewapply.moc"
