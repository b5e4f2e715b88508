#pragma once

#include "models/reviewpdf.h"
#include "models/reviewstore.h"

#include <QtCore/QCoreApplication>

#include <functional>
#include <memory>
#include <utility>

class QIODevice;
class QTextDocument;

namespace Models {

/// What an auditor files at the end of an access review: the review's name, scope, parts,
/// reviewer and dates, a summary per group (kept, removed, lowered, failed, ...), and every
/// decision with its note and how applying it ended; what could not be read is listed too. As
/// CSV (csv(): one row per grant, ids, usernames and e-mails, for a script) and as PDF
/// (writePdf(): Qt's QPdfWriter and QPainter, no other dependency, with a header and "Page 2 of 7"
/// on every page). A value: read from the store once, when made; it uses no QWidget and no
/// QPixmap, so it may be made and written on a worker thread (ReviewReportWriter does, with a
/// store of its own).
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(Models::ReviewReport)

public:
    /// One group's line of the summary table. Counts are of current rows; retired rows apart.
    struct GroupSummary
    {
        qint64 groupId = 0;
        QString groupName;
        int rows = 0;
        int kept = 0;
        int removed = 0; ///< Remove, applied (done or already so).
        int lowered = 0; ///< Lower, applied.
        int failed = 0; ///< Remove or Lower that failed, was cancelled or not confirmed.
        int gone = 0; ///< Remove or Lower whose grant was gone before apply.
        int notApplied = 0; ///< Remove or Lower not applied yet.
        int undone = 0; ///< Remove or Lower applied, then undone (not applied now).
        int undecided = 0;
        int retired = 0; ///< Rows whose grant went before they were applied (not counted above).
        bool unreadable = false; ///< The group could not be read (its rows may be out of date).
    };

    ReviewReport(const ReviewStore &store, qint64 reviewId);

    bool isValid() const { return m_info.id != 0; }
    const ReviewInfo &info() const { return m_info; }
    const QList<ReviewRow> &rows() const { return m_rows; }
    const QList<ReviewProblem> &problems() const { return m_problems; }
    /// The groups in scope, in the review's order.
    QList<GroupSummary> summary() const;

    /// "review", "group_id", "group", "principal_kind" (user, group; error for what could not
    /// be read), "principal_id", "principal", "username", "email", "holds" (member, read, write,
    /// manage), "via_group_id", "via_group", "account" (active, deactivated, unknown), "suggestion",
    /// "state" (current, retired), "decision" (keep, remove, lower_to_read, lower_to_write),
    /// "note", "decided_at", "outcome" (pending, done, already, failed, cancelled, gone, undone),
    /// "outcome_reason", "outcome_at": names a script reads, not translated.
    static QStringList csvHeader();
    /// Every row, then a row per problem, as Models::Csv writes (UTF-8 with BOM, CRLF, times
    /// ISO 8601 with their offset).
    QByteArray csv() const;

    /// The report's body as a document: what the PDF pages show under their headers, for a
    /// preview or a test. (The PDF is not laid out by it: a QTextDocument of 18,000 decisions
    /// took minutes.)
    std::unique_ptr<QTextDocument> document() const;
    /// The line at the top of every page: "Access review: Q4 2026 finance groups".
    QString pageHeader() const;
    /// "Page 2 of 7".
    static QString pageFooter(int page, int pages);
    /// Writes the PDF to \a path; the number of pages, 0 on a failure (\a error says why). The
    /// file is written beside and moved into place when whole.
    int writePdf(const QString &path, QString *error = nullptr) const;
    /// Told (done, total) every few rows as the PDF is written; false stops it.
    using Progress = std::function<bool(int done, int total)>;
    /// Writes the PDF to \a device (open for writing); the number of pages, 0 on a failure or
    /// when \a progress stopped it (\a error says which).
    int writePdf(QIODevice *device, const Progress &progress, QString *error = nullptr) const;

    /// The column titles of the summary by group, and one group's cells.
    static QStringList summaryTitles();
    static QStringList summaryCells(const GroupSummary &group);
    /// The column titles of every decision, and one row's cells.
    static QStringList decisionTitles();
    static QStringList decisionCells(const ReviewRow &row);

private:
    /// Counts \a row in its group's line \a s.
    static void count(GroupSummary &s, const ReviewRow &row);
    /// "Reviewer", "admin (id 1)"; "Started", ...: the facts at the top of the report.
    QList<std::pair<QString, QString>> facts(const QList<GroupSummary> &groups) const;
    QString html() const;
    QList<ReviewPdfBlock> pdfBlocks() const;

    ReviewInfo m_info;
    QList<ReviewRow> m_rows;
    QList<ReviewProblem> m_problems;
};

} // namespace Models
