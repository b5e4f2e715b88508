#pragma once

#include <QtCore/QAbstractTableModel>
#include <QtCore/QStringList>

namespace Models {

/// A CSV file of people, as the add-members dialog imports it (read with Csv::parse, its
/// separator guessed): whether its first row is a header, which column holds ids, usernames or
/// e-mails, and the values of a column. As a table it is the file's preview: its first
/// kPreviewRows rows under the header's titles ("Column 1" ... without one).
class CsvImportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 8;

    explicit CsvImportModel(QObject *parent = nullptr);

    /// Reads \a csv; false when it holds no row. The header and the column are guessed anew.
    bool load(const QByteArray &csv);
    void clear();

    QChar separator() const { return m_separator; }
    /// The fields of the widest row.
    int fieldCount() const { return m_fieldCount; }
    /// The rows that hold people (all but the header).
    int dataRowCount() const;

    /// Whether the first row names the columns. Guessed by load(): it does unless one of its
    /// fields looks like a value (an e-mail or an id).
    bool hasHeader() const { return m_hasHeader; }
    void setHasHeader(bool hasHeader);

    /// The header's title of \a column, or "Column 2".
    QString columnTitle(int column) const;
    /// The column whose title says e-mail, else username, else id; without such a title, the
    /// first holding e-mails; else the first.
    int guessedColumn() const;
    /// The non-empty fields of \a column in every row that holds people, trimmed, in order.
    QStringList values(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QStringList> m_rows;
    QChar m_separator = u',';
    int m_fieldCount = 0;
    bool m_hasHeader = false;
};

} // namespace Models
