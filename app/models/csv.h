#pragma once

// Comma-separated values as spreadsheets read and write them (RFC 4180): a header row, fields
// quoted when they hold a comma, a quote or a line break (quotes doubled), CRLF between rows,
// UTF-8 after a byte order mark (without it Excel and LibreOffice may read the file in the
// system's 8-bit code page, and "Zoë" comes out garbled), times ISO 8601 with their UTC offset.
// Every export of the app (members, shares, effective access, the activity log) writes
// through here, and the add-members dialog's CSV import reads through here, so a name with a
// comma or a quote survives a round trip through a spreadsheet. Qt has no CSV reader or writer,
// and the Debian ones (libcsv) are C APIs for the reading half only; this is the small part we need.

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QStringList>

class QAbstractItemModel;

namespace Models::Csv {

/// One field as it goes in a file: quoted (quotes doubled) when it must be.
QString field(const QString &text);
/// The UTF-8 byte order mark every file written here starts with.
inline constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";
/// \a time as an export writes it: ISO 8601 to the second with its UTC offset
/// ("2026-12-06T17:04:00+00:00", never "Z" or no zone), in the time zone \a time carries; empty
/// for an invalid time.
QString dateTime(const QDateTime &time);
/// \a header, then each of \a rows, as UTF-8 CSV after a byte order mark.
QByteArray write(const QStringList &header, const QList<QStringList> &rows);
/// Every row of \a model (a flat table), columns \a columns (all when empty) in that order,
/// with the header titles; cells are \a role's data as text (booleans as "yes" / "no", times as
/// dateTime() writes them).
QByteArray fromModel(const QAbstractItemModel *model, const QList<int> &columns = {}, int role = Qt::DisplayRole);
/// The rows of \a csv (UTF-8, a byte order mark skipped; CRLF or LF; quoted fields with commas,
/// quotes and line breaks). \a separator is ',' unless the file uses ';' or tabs. A blank line
/// is no row.
QList<QStringList> parse(const QByteArray &csv, QChar separator = u',');
/// The separator \a csv's first line uses most of: ',', ';' or '\t'.
QChar guessSeparator(const QByteArray &csv);

} // namespace Models::Csv
