// The review report written on a worker thread (ReviewReportWriter): the CSV read back holds
// every decision and note; the PDF's pages (read back with pdftotext where it is installed)
// hold every decision, a header and "Page i of N" each, and a note longer than a page whole;
// the window's event loop turns while it is written; a cancelled write, a write that cannot be
// made and a writer deleted midway leave no file (and a report already at the path as it was).
// No server: the rows are put in the store as a load would.

#include "models/csv.h"
#include "models/reviewreport.h"
#include "models/reviewreportwriter.h"
#include "models/reviewstore.h"

#include <QtCore/QDir>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Models::ReviewReportWriter;
using Models::ReviewRow;
using Models::ReviewStore;

namespace {

const QString kReviewName = u"Q4 2026 finance groups"_s;

QString personName(int i)
{
    return u"Person %1"_s.arg(i, 5, 10, QLatin1Char('0'));
}

/// The decision of row \a i: every third kept, every fifth removed, the rest undecided.
ReviewRow::Decision decisionOf(int i)
{
    if (i % 5 == 0)
        return ReviewRow::Decision::Remove;
    if (i % 3 == 0)
        return ReviewRow::Decision::Keep;
    return ReviewRow::Decision::Undecided;
}

/// A review of \a groups groups holding \a rows members between them, decided by decisionOf(),
/// a note on every seventh; its id.
qint64 makeReview(ReviewStore &store, int groups, int rows)
{
    Models::ReviewInfo info;
    info.name = kReviewName;
    for (int g = 1; g <= groups; ++g)
        info.groupIds.append(g);
    info.reviewerId = 1;
    info.reviewerUsername = u"admin"_s;
    const qint64 reviewId = store.createReview(info);
    for (int g = 1; g <= groups; ++g) {
        QList<ReviewRow> fresh;
        for (int i = g - 1; i < rows; i += groups) {
            ReviewRow row;
            row.groupId = g;
            row.groupName = u"Group %1"_s.arg(g);
            row.principalId = 1000 + i;
            row.name = personName(i);
            row.username = u"p%1"_s.arg(i);
            row.active = true;
            fresh.append(row);
        }
        store.reconcileGroup(reviewId, g, fresh, {}, {});
    }
    for (const ReviewRow &row : store.rows(reviewId)) {
        const int i = int(row.principalId - 1000);
        store.decide(row.id, decisionOf(i), i % 7 == 0 ? u"Checked with HR, ticket %1"_s.arg(i) : QString());
    }
    return reviewId;
}

/// Waits for \a writer's finished(); its arguments.
QList<QVariant> awaitFinished(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(120'000))
        return {};
    return finished.first();
}

/// The PDF's text, page by page; empty when pdftotext is not installed.
QStringList pdfPages(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(60'000))
        return {};
    // NFKC: the PDF's font sets "fi" as a ligature, which pdftotext gives back as one character.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .split(u'\f', Qt::SkipEmptyParts);
}

} // namespace

class TestReviewReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theCsvHoldsEveryDecision();
    void thePdfHoldsEveryDecisionOnPagesThatSayWhatTheyAre();
    void cancelLeavesNoFile();
    void aFileThatCannotBeWrittenIsSaid();
    void aWriterDeletedMidwayLeavesNoFile();

private:
    QTemporaryDir m_dir;
};

void TestReviewReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestReviewReport::theCsvHoldsEveryDecision()
{
    ReviewStore store(m_dir.path(), u"csv"_s);
    const qint64 reviewId = makeReview(store, 4, 200);
    // A selection decided just now, still queued in the store: the report holds it.
    QList<qint64> lastTwo;
    for (const ReviewRow &row : store.rows(reviewId)) {
        if (row.principalId == 1000 + 198 || row.principalId == 1000 + 199)
            lastTwo.append(row.id);
    }
    store.decideSoon(lastTwo, ReviewRow::Decision::Remove);
    QVERIFY(store.hasQueuedDecisions());
    const QString path = m_dir.filePath(u"review.csv"_s);
    ReviewReportWriter writer(store, reviewId);
    QSignalSpy finished(&writer, &ReviewReportWriter::finished);
    writer.start(ReviewReportWriter::Format::Csv, path);
    QVERIFY(writer.isRunning());
    const QList<QVariant> result = awaitFinished(finished);
    QVERIFY(!result.isEmpty());
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
    QVERIFY(!writer.isRunning());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> csv = Models::Csv::parse(file.readAll());
    QCOMPARE(csv.first(), Models::ReviewReport::csvHeader());
    QCOMPARE(csv.size(), 1 + 200);
    QSet<QString> seen;
    for (int line = 1; line < csv.size(); ++line) {
        const QStringList &cells = csv.at(line);
        const int i = int(cells.at(4).toLongLong() - 1000);
        QCOMPARE(cells.at(0), kReviewName);
        QCOMPARE(cells.at(5), personName(i));
        QCOMPARE(cells.at(14), ReviewRow::decisionKey(i >= 198 ? ReviewRow::Decision::Remove : decisionOf(i)));
        QCOMPARE(cells.at(15), i % 7 == 0 ? u"Checked with HR, ticket %1"_s.arg(i) : QString());
        seen.insert(cells.at(5));
    }
    QCOMPARE(seen.size(), 200);
}

void TestReviewReport::thePdfHoldsEveryDecisionOnPagesThatSayWhatTheyAre()
{
    ReviewStore store(m_dir.path(), u"pdf"_s);
    constexpr int kRows = 300;
    const qint64 reviewId = makeReview(store, 3, kRows);
    // A note longer than a page goes on over the next, every line of it.
    QStringList longNote;
    for (int line = 1; line <= 120; ++line)
        longNote.append(u"line %1 of the long note"_s.arg(line));
    const qint64 longRow = store.rows(reviewId).at(10).id;
    QVERIFY(store.setNote(longRow, longNote.join(u'\n')));

    const QString path = m_dir.filePath(u"review.pdf"_s);
    ReviewReportWriter writer(store, reviewId);
    QSignalSpy finished(&writer, &ReviewReportWriter::finished);
    QSignalSpy progress(&writer, &ReviewReportWriter::progress);
    // The window's event loop turns while the report is written: a timer of 0 ms counts its turns.
    int turns = 0;
    QTimer turn;
    connect(&turn, &QTimer::timeout, this, [&] { turns += finished.isEmpty() ? 1 : 0; });
    turn.start(0);
    writer.start(ReviewReportWriter::Format::Pdf, path);
    const QList<QVariant> result = awaitFinished(finished);
    turn.stop();
    QVERIFY(!result.isEmpty());
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(2).toString()));
    const int pages = result.at(1).toInt();
    QVERIFY(pages >= 3);
    QVERIFY2(turns > 10, qPrintable(QString::number(turns)));
    QVERIFY(!progress.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // REVIEW_PDF_OUT=file keeps a copy to look at.
    if (const QString keep = qEnvironmentVariable("REVIEW_PDF_OUT"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path, keep);
    }

    const QStringList pageTexts = pdfPages(path);
    if (pageTexts.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's pages are not read back");
    QCOMPARE(pageTexts.size(), pages);
    for (int i = 0; i < pages; ++i) {
        QVERIFY2(pageTexts.at(i).contains(u"Access review: "_s + kReviewName), qPrintable(pageTexts.at(i)));
        QVERIFY2(pageTexts.at(i).contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages)), qPrintable(pageTexts.at(i)));
    }
    QVERIFY(pageTexts.first().contains(u"Summary by group"_s));
    // Every row on a line of its own with its decision (the table's columns in one line of text).
    const QStringList lines = pageTexts.join(u'\n').split(u'\n');
    for (int i = 0; i < kRows; ++i) {
        const QString who = u"%1 (%2)"_s.arg(personName(i)).arg(1000 + i);
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(who); });
        QVERIFY2(line != lines.cend(), qPrintable(who));
        const QString decision
            = decisionOf(i) == ReviewRow::Decision::Undecided ? u"Undecided"_s : ReviewRow::decisionText(decisionOf(i));
        QVERIFY2(line->contains(decision), qPrintable(*line));
        // The note: its number may wrap onto the row's next line.
        if (i % 7 == 0 && store.row(longRow)->principalId != 1000 + i) {
            const QString both = *line + u'\n' + (line + 1 != lines.cend() ? *(line + 1) : QString());
            QVERIFY2(line->contains(u"Checked with HR, ticket"_s), qPrintable(*line));
            QVERIFY2(both.contains(QString::number(i)), qPrintable(both));
        }
    }
    const QString text = pageTexts.join(u'\n');
    for (const QString &noteLine : std::as_const(longNote))
        QVERIFY2(text.contains(noteLine), qPrintable(noteLine));
}

void TestReviewReport::cancelLeavesNoFile()
{
    ReviewStore store(m_dir.path(), u"cancel"_s);
    const qint64 reviewId = makeReview(store, 10, 3000);
    QTemporaryDir out;
    const QString path = out.filePath(u"review.pdf"_s);
    // A report already there, from before: a cancelled write leaves it as it was.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the report of last week");
    }
    ReviewReportWriter writer(store, reviewId);
    QSignalSpy finished(&writer, &ReviewReportWriter::finished);
    connect(&writer, &ReviewReportWriter::progress, &writer, &ReviewReportWriter::cancel);
    writer.start(ReviewReportWriter::Format::Pdf, path);
    const QList<QVariant> result = awaitFinished(finished);
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).toBool(), false);
    QCOMPARE(result.at(1).toInt(), 0);
    QCOMPARE(result.at(2).toString(), u"Cancelled."_s);
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{u"review.pdf"_s});
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the report of last week"));

    // Cancelled before it started: nothing written either.
    const QString other = out.filePath(u"other.csv"_s);
    writer.start(ReviewReportWriter::Format::Csv, other);
    writer.cancel();
    finished.clear();
    const QList<QVariant> second = awaitFinished(finished);
    QVERIFY(!second.isEmpty());
    if (!second.at(0).toBool()) // unless it had already written the file whole
        QVERIFY(!QFile::exists(other));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), second.at(0).toBool() ? 2 : 1);
}

void TestReviewReport::aFileThatCannotBeWrittenIsSaid()
{
    ReviewStore store(m_dir.path(), u"unwritable"_s);
    const qint64 reviewId = makeReview(store, 1, 5);
    const QString path = m_dir.filePath(u"no such folder/review.pdf"_s);
    ReviewReportWriter writer(store, reviewId);
    QSignalSpy finished(&writer, &ReviewReportWriter::finished);
    writer.start(ReviewReportWriter::Format::Pdf, path);
    const QList<QVariant> result = awaitFinished(finished);
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.at(0).toBool(), false);
    QVERIFY2(result.at(2).toString().contains(QDir::toNativeSeparators(path)), qPrintable(result.at(2).toString()));
    QVERIFY(!QFile::exists(path));
}

void TestReviewReport::aWriterDeletedMidwayLeavesNoFile()
{
    ReviewStore store(m_dir.path(), u"deleted"_s);
    const qint64 reviewId = makeReview(store, 10, 3000);
    QTemporaryDir out;
    const QString path = out.filePath(u"review.pdf"_s);
    auto *writer = new ReviewReportWriter(store, reviewId);
    bool deleted = false;
    connect(writer, &ReviewReportWriter::progress, this, [&] {
        if (!deleted) {
            deleted = true;
            writer->deleteLater(); // as a window closing would
        }
    });
    writer->start(ReviewReportWriter::Format::Pdf, path);
    QPointer<ReviewReportWriter> guard(writer);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 60'000);
    QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
}

QTEST_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
