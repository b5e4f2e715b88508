#include "models/csv.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QDateTime>

#include <cstdlib>

namespace Models::Csv {

QString field(const QString &text)
{
    static const QString kMustQuote = QStringLiteral(",\"\r\n;\t");
    bool quote = text.startsWith(u' ') || text.endsWith(u' ');
    for (const QChar c : text) {
        if (kMustQuote.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

namespace {

void appendRow(QString &out, const QStringList &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            out += u',';
        out += field(row.at(i));
    }
    out += QStringLiteral("\r\n");
}

QString cellText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.typeId() == QMetaType::QDateTime)
        return dateTime(value.toDateTime());
    return value.toString();
}

} // namespace

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // Qt::ISODate writes "Z" for UTC and nothing for a local time: spell the offset out always,
    // so a script reading the column meets one form.
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? u'-' : u'+')
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QByteArray write(const QStringList &header, const QList<QStringList> &rows)
{
    QString out;
    appendRow(out, header);
    for (const QStringList &row : rows)
        appendRow(out, row);
    return QByteArray(kByteOrderMark) + out.toUtf8();
}

QByteArray fromModel(const QAbstractItemModel *model, const QList<int> &columns, int role)
{
    QList<int> shown = columns;
    if (shown.isEmpty()) {
        for (int column = 0; column < model->columnCount(); ++column)
            shown.append(column);
    }
    QStringList header;
    for (int column : shown)
        header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QList<QStringList> rows;
    rows.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : shown)
            cells.append(cellText(model->index(row, column).data(role)));
        rows.append(cells);
    }
    return write(header, rows);
}

QChar guessSeparator(const QByteArray &csv)
{
    const qsizetype end = csv.indexOf('\n');
    const QByteArray firstLine = end < 0 ? csv : csv.left(end);
    QChar best = u',';
    qsizetype most = firstLine.count(',');
    for (const char c : {';', '\t'}) {
        if (firstLine.count(c) > most) {
            most = firstLine.count(c);
            best = QChar::fromLatin1(c);
        }
    }
    return best;
}

QList<QStringList> parse(const QByteArray &csv, QChar separator)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    const auto endField = [&] {
        row.append(current);
        current.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        // A blank line is no row.
        if (!(row.size() == 1 && row.first().isEmpty()))
            rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            // CRLF: the LF ends the row.
        } else if (c == u'\n' || c == u'\r') {
            endRow();
        } else {
            current += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !current.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

} // namespace Models::Csv
