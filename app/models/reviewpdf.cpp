#include "models/reviewpdf.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
#include <QtGui/QTextLayout>

#include <cmath>
#include <utility>

namespace Models {

namespace {

/// How often (in rows measured or painted) progress is told and a stop looked for.
constexpr int kProgressEvery = 100;
/// The rows a table paints: its header row and its text (a title's, a heading's) apart.
constexpr int kHeaderRow = -1;
constexpr int kBlockText = -2;

/// Where one row of a block goes: its page, its top in the page's body, and which of its lines
/// (a row taller than what is left of a page goes on over the next, split between lines).
struct Placement
{
    int block = 0;
    int row = 0; ///< A table's row; kHeaderRow; kBlockText.
    int page = 0;
    qreal top = 0;
    int firstLine = 0;
    int lines = 1;
};

/// A font and its measures on the PDF's paint device.
struct Face
{
    Face(const QFont &f, const QPaintDevice *device)
        : font(f)
        , metrics(f, device)
        , step(metrics.lineSpacing())
    {
    }
    QFont font;
    QFontMetricsF metrics;
    qreal step; ///< From one line's top to the next.
};

QFont sized(qreal points, bool bold)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// Text as QTextLayout breaks it: a line break in a note is a line separator to it.
QString layoutText(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return result;
}

/// Lays \a layout out in lines of \a width, each \a step below the one before, so that the lines
/// of every cell of a row sit at the same heights (and a row splits between pages on a line).
void layOutLines(QTextLayout &layout, qreal width, qreal step, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, i * step));
    }
    layout.endLayout();
}

/// Lays the blocks out on pages, then paints them: two passes, so every page can say how many
/// pages there are.
class Pages
{
public:
    Pages(QPdfWriter &writer, const QList<ReviewPdfBlock> &blocks, const ReviewPdf::Progress &progress)
        : m_writer(writer)
        , m_blocks(blocks)
        , m_progress(progress)
        , m_page(writer.pageLayout().paintRectPixels(writer.resolution()))
        , m_body(sized(8, false), &writer)
        , m_bold(sized(8, true), &writer)
        , m_heading(sized(12, true), &writer)
        , m_title(sized(16, true), &writer)
        , m_pad(m_body.metrics.height() * 0.25)
        , m_top(m_body.metrics.height() * 2.5)
        , m_bodyHeight(m_page.height() - m_top - m_body.metrics.height() * 2)
    {
        for (const ReviewPdfBlock &block : blocks)
            m_total += 2 * int(block.rows.size()); // measured, then painted
    }

    /// Measures and places every row; false when stopped.
    bool layOut();
    /// The pages layOut() made.
    int pageCount() const { return m_placements.isEmpty() ? 1 : m_placements.last().page + 1; }
    /// Paints every page with \a header, \a headerRight and \a footer; false when stopped.
    bool paint(QPainter &painter, const QString &header, const QString &headerRight,
        const std::function<QString(int, int)> &footer);

private:
    const Face &faceOf(const ReviewPdfBlock &block, int row, int column) const;
    const Face &textFace(const ReviewPdfBlock &block) const
    {
        return block.kind == ReviewPdfBlock::Kind::Title ? m_title : m_heading;
    }
    qreal columnLeft(const ReviewPdfBlock &block, int column) const;
    qreal columnWidth(const ReviewPdfBlock &block, int column) const;
    const QStringList &cellsOf(const ReviewPdfBlock &block, int row) const
    {
        return row == kHeaderRow ? block.titles : block.rows.at(row);
    }
    int lineCount(const QString &text, const Face &face, qreal width) const;
    int rowLines(const ReviewPdfBlock &block, int row) const;
    qreal rowHeight(int lines, const Face &face) const { return 2 * m_pad + lines * face.step; }
    qreal headerHeight(const ReviewPdfBlock &block) const;
    void newPage(int block);
    void placeText(int block);
    void placeRow(int block, int row);
    bool tick();

    void paintDecorations(QPainter &painter, int page, const QString &header, const QString &headerRight,
        const std::function<QString(int, int)> &footer) const;
    void paintText(QPainter &painter, const Placement &at) const;
    void paintRow(QPainter &painter, const Placement &at) const;
    void paintCell(QPainter &painter, const QString &text, const Face &face, const QRectF &cell, bool right,
        const Placement &at) const;

    QPdfWriter &m_writer;
    const QList<ReviewPdfBlock> &m_blocks;
    const ReviewPdf::Progress &m_progress;
    const QRectF m_page;
    const Face m_body;
    const Face m_bold;
    const Face m_heading;
    const Face m_title;
    const qreal m_pad; ///< Inside a cell, around its text.
    const qreal m_top; ///< The page's header, above the body.
    const qreal m_bodyHeight;
    QList<Placement> m_placements;
    int m_pageAt = 0;
    qreal m_y = 0;
    int m_done = 0;
    int m_total = 0;
};

const Face &Pages::faceOf(const ReviewPdfBlock &block, int row, int column) const
{
    return row == kHeaderRow || (column == 0 && block.boldFirstColumn) ? m_bold : m_body;
}

qreal Pages::columnLeft(const ReviewPdfBlock &block, int column) const
{
    qreal share = 0;
    for (int i = 0; i < column; ++i)
        share += block.widths.value(i);
    return share * m_page.width();
}

qreal Pages::columnWidth(const ReviewPdfBlock &block, int column) const
{
    return block.widths.value(column) * m_page.width();
}

int Pages::lineCount(const QString &text, const Face &face, qreal width) const
{
    // Most cells fit on a line: measured by their advance, with no layout made.
    if (!text.contains(QLatin1Char('\n')) && face.metrics.horizontalAdvance(text) <= width)
        return 1;
    QTextLayout layout(layoutText(text), face.font, &m_writer);
    layOutLines(layout, width, face.step, Qt::AlignLeft);
    return std::max(1, layout.lineCount());
}

int Pages::rowLines(const ReviewPdfBlock &block, int row) const
{
    const QStringList &cells = cellsOf(block, row);
    int lines = 1;
    for (int column = 0; column < cells.size() && column < block.widths.size(); ++column) {
        const qreal width = columnWidth(block, column) - 2 * m_pad;
        lines = std::max(lines, lineCount(cells.at(column), faceOf(block, row, column), width));
    }
    return lines;
}

qreal Pages::headerHeight(const ReviewPdfBlock &block) const
{
    return block.titles.isEmpty() ? 0 : rowHeight(rowLines(block, kHeaderRow), m_bold);
}

void Pages::newPage(int block)
{
    ++m_pageAt;
    m_y = 0;
    // A table going on over the page says again what its columns are.
    if (block >= 0 && !m_blocks.at(block).titles.isEmpty()) {
        const int lines = rowLines(m_blocks.at(block), kHeaderRow);
        m_placements.append({block, kHeaderRow, m_pageAt, m_y, 0, lines});
        m_y += rowHeight(lines, m_bold);
    }
}

void Pages::placeText(int block)
{
    const ReviewPdfBlock &b = m_blocks.at(block);
    const Face &face = textFace(b);
    const int lines = lineCount(b.text, face, m_page.width());
    const qreal space = m_y > 0 ? face.step * 0.8 : 0;
    qreal height = space + lines * face.step + face.step * 0.3;
    // A heading stays with what it heads: the next table's header row and first row.
    qreal keep = height;
    if (block + 1 < m_blocks.size() && m_blocks.at(block + 1).kind == ReviewPdfBlock::Kind::Table) {
        const ReviewPdfBlock &next = m_blocks.at(block + 1);
        keep += headerHeight(next) + (next.rows.isEmpty() ? 0 : rowHeight(1, m_body));
    }
    if (m_y > 0 && m_y + keep > m_bodyHeight) {
        newPage(-1);
        height -= space;
    }
    m_placements.append({block, kBlockText, m_pageAt, m_y + (m_y > 0 ? space : 0), 0, lines});
    m_y += height;
}

void Pages::placeRow(int block, int row)
{
    const ReviewPdfBlock &b = m_blocks.at(block);
    const int lines = rowLines(b, row);
    const qreal height = rowHeight(lines, m_body);
    if (m_y + height <= m_bodyHeight) {
        m_placements.append({block, row, m_pageAt, m_y, 0, lines});
        m_y += height;
        return;
    }
    // A row that fits a page of its own starts one; only a row taller than a page (a note of
    // many lines) is split, between two lines, so no line is cut.
    if (headerHeight(b) + height <= m_bodyHeight)
        newPage(block);
    int first = 0;
    while (first < lines) {
        int fit = int(std::floor((m_bodyHeight - m_y - 2 * m_pad) / m_body.step));
        if (fit < 1) {
            newPage(block);
            fit = std::max(1, int(std::floor((m_bodyHeight - m_y - 2 * m_pad) / m_body.step)));
        }
        const int count = std::min(fit, lines - first);
        m_placements.append({block, row, m_pageAt, m_y, first, count});
        m_y += rowHeight(count, m_body);
        first += count;
    }
}

bool Pages::tick()
{
    ++m_done;
    if (m_done % kProgressEvery != 0 || !m_progress)
        return true;
    return m_progress(m_done, m_total);
}

bool Pages::layOut()
{
    for (int block = 0; block < m_blocks.size(); ++block) {
        const ReviewPdfBlock &b = m_blocks.at(block);
        if (b.kind != ReviewPdfBlock::Kind::Table) {
            placeText(block);
            continue;
        }
        if (!b.titles.isEmpty()) {
            const int lines = rowLines(b, kHeaderRow);
            if (m_y > 0 && m_y + rowHeight(lines, m_bold) + rowHeight(1, m_body) > m_bodyHeight)
                newPage(-1);
            m_placements.append({block, kHeaderRow, m_pageAt, m_y, 0, lines});
            m_y += rowHeight(lines, m_bold);
        }
        for (int row = 0; row < b.rows.size(); ++row) {
            placeRow(block, row);
            if (!tick())
                return false;
        }
        m_y += m_body.step * 0.5;
    }
    return true;
}

void Pages::paintDecorations(QPainter &painter, int page, const QString &header, const QString &headerRight,
    const std::function<QString(int, int)> &footer) const
{
    // The header and the page number on every page, so a page read alone says what it is.
    const qreal line = m_body.metrics.height();
    painter.setFont(m_body.font);
    painter.drawText(QRectF(0, 0, m_page.width(), line), Qt::AlignLeft | Qt::AlignTop, header);
    painter.drawText(QRectF(0, 0, m_page.width(), line), Qt::AlignRight | Qt::AlignTop, headerRight);
    painter.drawLine(QPointF(0, line * 1.4), QPointF(m_page.width(), line * 1.4));
    painter.drawText(QRectF(0, m_page.height() - line, m_page.width(), line), Qt::AlignHCenter | Qt::AlignBottom,
        footer(page + 1, pageCount()));
}

void Pages::paintText(QPainter &painter, const Placement &at) const
{
    const ReviewPdfBlock &b = m_blocks.at(at.block);
    const Face &face = textFace(b);
    paintCell(painter, b.text, face, QRectF(-m_pad, m_top + at.top - m_pad, m_page.width() + 2 * m_pad, 0), false, at);
}

void Pages::paintRow(QPainter &painter, const Placement &at) const
{
    const ReviewPdfBlock &b = m_blocks.at(at.block);
    const QStringList &cells = cellsOf(b, at.row);
    const qreal height = rowHeight(at.lines, at.row == kHeaderRow ? m_bold : m_body);
    for (int column = 0; column < b.widths.size(); ++column) {
        const QRectF cell(columnLeft(b, column), m_top + at.top, columnWidth(b, column), height);
        if (at.row == kHeaderRow)
            painter.fillRect(cell, QColor(232, 232, 232));
        if (b.borders)
            painter.drawRect(cell);
        paintCell(painter, cells.value(column), faceOf(b, at.row, column), cell, b.numeric.value(column), at);
    }
}

void Pages::paintCell(
    QPainter &painter, const QString &text, const Face &face, const QRectF &cell, bool right, const Placement &at) const
{
    if (text.isEmpty())
        return;
    const qreal width = cell.width() - 2 * m_pad;
    painter.setFont(face.font);
    // One line: drawn at its baseline, with no layout made (most cells of a large review).
    if (at.firstLine == 0 && !text.contains(QLatin1Char('\n'))) {
        const qreal advance = face.metrics.horizontalAdvance(text);
        if (advance <= width) {
            const qreal x = right ? cell.right() - m_pad - advance : cell.left() + m_pad;
            painter.drawText(QPointF(x, cell.top() + m_pad + face.metrics.ascent()), text);
            return;
        }
    }
    QTextLayout layout(layoutText(text), face.font, &m_writer);
    layOutLines(layout, width, face.step, right ? Qt::AlignRight : Qt::AlignLeft);
    const QPointF origin(cell.left() + m_pad, cell.top() + m_pad - at.firstLine * face.step);
    for (int i = at.firstLine; i < at.firstLine + at.lines && i < layout.lineCount(); ++i)
        layout.lineAt(i).draw(&painter, origin);
}

bool Pages::paint(QPainter &painter, const QString &header, const QString &headerRight,
    const std::function<QString(int, int)> &footer)
{
    painter.setPen(QPen(Qt::black, 0));
    int page = -1;
    const auto startPage = [&](int next) {
        while (page < next) {
            if (page >= 0)
                m_writer.newPage();
            ++page;
            paintDecorations(painter, page, header, headerRight, footer);
        }
    };
    startPage(0);
    for (const Placement &at : std::as_const(m_placements)) {
        startPage(at.page);
        if (at.row == kBlockText) {
            paintText(painter, at);
            continue;
        }
        paintRow(painter, at);
        if (at.row >= 0 && at.firstLine == 0 && !tick())
            return false;
    }
    return true;
}

} // namespace

ReviewPdf::ReviewPdf(QString header, QString headerRight, std::function<QString(int, int)> footer)
    : m_header(std::move(header))
    , m_headerRight(std::move(headerRight))
    , m_footer(std::move(footer))
{
}

int ReviewPdf::write(
    QIODevice *device, const QString &title, const QList<ReviewPdfBlock> &blocks, const Progress &progress) const
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape); // nine columns of decisions
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QCoreApplication::applicationName());
    Pages pages(writer, blocks, progress);
    if (!pages.layOut())
        return 0;
    QPainter painter;
    if (!painter.begin(&writer))
        return 0;
    const bool painted = pages.paint(painter, m_header, m_headerRight, m_footer);
    if (!painter.end() || !painted)
        return 0;
    return pages.pageCount();
}

} // namespace Models
