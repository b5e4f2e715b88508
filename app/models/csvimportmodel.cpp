#include "models/csvimportmodel.h"

#include "models/csv.h"

#include <QtCore/QRegularExpression>

#include <algorithm>

namespace Models {

namespace {
/// Whether \a field is what a row of people holds, not a column's title.
bool looksLikeValue(const QString &field)
{
    const QString text = field.trimmed();
    bool isNumber = false;
    return text.contains(u'@') || (text.toLongLong(&isNumber) > 0 && isNumber);
}

/// "E-mail address" and "e_mail" as "emailaddress" and "email".
QString titleKey(const QString &title)
{
    static const QRegularExpression notLetters(QStringLiteral("[^a-z]"));
    return title.toCaseFolded().remove(notLetters);
}
} // namespace

CsvImportModel::CsvImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool CsvImportModel::load(const QByteArray &csv)
{
    beginResetModel();
    m_separator = Csv::guessSeparator(csv);
    m_rows = Csv::parse(csv, m_separator);
    m_fieldCount = 0;
    for (const QStringList &row : std::as_const(m_rows))
        m_fieldCount = std::max(m_fieldCount, int(row.size()));
    m_hasHeader = !m_rows.isEmpty() && std::none_of(m_rows.first().cbegin(), m_rows.first().cend(), looksLikeValue);
    endResetModel();
    return !m_rows.isEmpty();
}

void CsvImportModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_fieldCount = 0;
    m_hasHeader = false;
    endResetModel();
}

int CsvImportModel::dataRowCount() const
{
    return int(m_rows.size()) - (m_hasHeader ? 1 : 0);
}

void CsvImportModel::setHasHeader(bool hasHeader)
{
    if (hasHeader == m_hasHeader || m_rows.isEmpty())
        return;
    beginResetModel();
    m_hasHeader = hasHeader;
    endResetModel();
}

QString CsvImportModel::columnTitle(int column) const
{
    const QString title = m_hasHeader ? m_rows.first().value(column).trimmed() : QString();
    return title.isEmpty() ? tr("Column %1").arg(column + 1) : title;
}

int CsvImportModel::guessedColumn() const
{
    if (m_fieldCount == 0)
        return -1;
    if (m_hasHeader) {
        // What the resolver matches best first: an e-mail names one person in any directory.
        const QList<QStringList> wanted{
            {QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail")},
            {QStringLiteral("username"), QStringLiteral("user"), QStringLiteral("login")},
            {QStringLiteral("id"), QStringLiteral("userid")},
        };
        for (const QStringList &keys : wanted) {
            for (int column = 0; column < m_fieldCount; ++column) {
                if (keys.contains(titleKey(m_rows.first().value(column))))
                    return column;
            }
        }
    }
    const int first = m_hasHeader ? 1 : 0;
    if (first < m_rows.size()) {
        const QStringList &row = m_rows.at(first);
        for (int column = 0; column < row.size(); ++column) {
            if (row.at(column).contains(u'@'))
                return column;
        }
    }
    return 0;
}

QStringList CsvImportModel::values(int column) const
{
    QStringList values;
    if (column < 0)
        return values;
    for (qsizetype row = m_hasHeader ? 1 : 0; row < m_rows.size(); ++row) {
        const QString value = m_rows.at(row).value(column).trimmed();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

int CsvImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : std::min(dataRowCount(), kPreviewRows);
}

int CsvImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fieldCount;
}

QVariant CsvImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_rows.at(index.row() + (m_hasHeader ? 1 : 0)).value(index.column());
}

QVariant CsvImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return columnTitle(section);
    return section + 1;
}

} // namespace Models
