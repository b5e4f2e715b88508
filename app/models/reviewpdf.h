#pragma once

// The review report's PDF, painted row by row with QPainter on a QPdfWriter: a title, headings
// and tables that break across pages (a table's header row again at the top of each page it
// continues on), and a header and "Page N of M" on every page. QTextDocument laid out the same
// report in minutes once it held 18,000 decisions (one table of tens of thousands of rows);
// this measures each row once, pages them, and paints them, in seconds. Uses no QWidget and no
// QPixmap, so it runs on a worker thread (ReviewReportWriter).

#include <QtCore/QList>
#include <QtCore/QStringList>

#include <functional>

class QIODevice;

namespace Models {

/// One part of the report's body, painted in order.
struct ReviewPdfBlock
{
    enum class Kind { Title, Heading, Table };
    Kind kind = Kind::Table;
    QString text; ///< Title and Heading.
    // Table:
    QStringList titles; ///< The header row (repeated on each page); none when empty.
    QList<qreal> widths; ///< The columns' shares of the page's width (they add up to 1).
    QList<bool> numeric; ///< Columns aligned right; missing: left.
    QList<QStringList> rows;
    bool borders = true;
    bool boldFirstColumn = false; ///< A table of facts: "Reviewer  admin (id 1)".
};

/// Paints blocks onto PDF pages of A4 landscape.
class ReviewPdf
{
public:
    /// Told (done, total) every few rows; false stops the writing (the PDF is then incomplete).
    using Progress = std::function<bool(int done, int total)>;

    /// \a header: the line at the top left of every page; \a headerRight: at its top right.
    /// \a footer(page, pages): "Page 2 of 7" at the bottom of every page.
    ReviewPdf(QString header, QString headerRight, std::function<QString(int, int)> footer);

    /// Writes \a blocks to \a device (open for writing), titled \a title; the number of pages,
    /// 0 when it could not be written or \a progress stopped it.
    int write(QIODevice *device, const QString &title, const QList<ReviewPdfBlock> &blocks,
        const Progress &progress = {}) const;

private:
    QString m_header;
    QString m_headerRight;
    std::function<QString(int, int)> m_footer;
};

} // namespace Models
