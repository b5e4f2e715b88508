#pragma once

#include "models/reviewstore.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QSortFilterProxyModel>

namespace Models {

class ReviewLoader;

/// One review as a table: one row a grant (ReviewRow), with an editable Decision and Note
/// written to the ReviewStore the moment they are set. The rows are read from the store in
/// slices, a slice per turn of the event loop, so a review of tens of thousands opens without
/// a freeze; a ReviewLoader followed (follow()) adds and updates rows group by group as it
/// reads them. Retired rows (grant gone) stay, marked, and take no decision.
///
/// Display text per column; RawValueRole for sorting (the proxy sorts on it); IdRole the
/// principal's id; ReviewRowIdRole the store's id of the row; ReviewDecisionRole the decision
/// as int (settable, as is the Decision column's EditRole).
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        GroupColumn,
        NameColumn, ///< The person's or group's name.
        KindColumn, ///< "User" or "Group".
        IdColumn,
        UsernameColumn,
        EmailColumn,
        HeldColumn, ///< Member, Read, Write, Manage.
        HowColumn, ///< Direct, or through which group.
        AccountColumn, ///< Active, Deactivated, Unknown.
        SuggestionColumn,
        DecisionColumn, ///< Editable.
        NoteColumn, ///< Editable.
        OutcomeColumn, ///< How applying it ended.
        ColumnCount
    };
    Q_ENUM(Column)

    /// Rows read from the store per turn of the event loop.
    static constexpr int kSlice = 500;

    ReviewModel(ReviewStore *store, qint64 reviewId, QObject *parent = nullptr);
    ~ReviewModel() override;

    qint64 reviewId() const { return m_reviewId; }
    ReviewStore *store() const { return m_store; }
    /// Reads the rows anew from the store (in slices; loadingChanged() says when done).
    void reload();
    bool isLoading() const { return m_loading; }
    /// Adds and updates the rows \a loader reads, group by group, as it reads them.
    void follow(ReviewLoader *loader);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const ReviewRow &rowAt(int row) const { return m_rows.at(row); }
    /// The model row of store row \a rowId; -1 when not here.
    int rowOf(qint64 rowId) const { return m_index.value(rowId, -1); }

    /// Decides \a row (keeping its note unless \a note is given); false when the row does not
    /// allow it (ReviewRow::allows()), is retired, or the store could not write it.
    bool decide(int row, ReviewRow::Decision decision, const std::optional<QString> &note = std::nullopt);
    /// Decides every row of \a rows that allows \a decision: shown at once, written by the store
    /// a slice a turn of the event loop (ReviewStore::decideSoon()); returns how many were decided.
    int decide(const QList<int> &rows, ReviewRow::Decision decision);
    bool setNote(int row, const QString &note);

    /// The counts the progress line shows. Retired rows are not counted: their grant is gone.
    struct Counts
    {
        int rows = 0; ///< Current rows.
        int decided = 0;
        int keep = 0;
        int remove = 0;
        int lower = 0;
        int retired = 0;
        int applied = 0; ///< Changes done or already so.
        int failed = 0; ///< Changes failed, cancelled or gone.
        int suggested = 0;
    };
    Counts counts() const;
    /// "212 of 480 decided; 31 to remove", "...; 31 to remove, 4 to lower".
    QString progressText() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// Decisions, notes or outcomes changed: counts() and progressText() may say something new.
    void progressChanged();

private:
    /// Column \a column of \a row as DisplayRole, EditRole or RawValueRole (\a role) says.
    static QVariant cellData(const ReviewRow &row, int column, int role);
    void readSlice(quint64 generation);
    void appendRows(const QList<ReviewRow> &rows);
    /// Takes the store's copy of \a rowIds: updated in place, appended when new.
    void refreshRows(const QList<qint64> &rowIds);
    void storeRowsChanged(qint64 reviewId, const QList<qint64> &rowIds);
    void emitRowsChanged(const QList<int> &rows, int firstColumn, int lastColumn);

    QPointer<ReviewStore> m_store;
    qint64 m_reviewId = 0;
    QList<ReviewRow> m_rows;
    QHash<qint64, int> m_index; ///< Store id to model row.
    quint64 m_generation = 0;
    qint64 m_lastReadId = 0;
    bool m_loading = false;
    bool m_writing = false; ///< The model's own write: the store's signal brings nothing new.
    /// Rows of decide(rows) the store may not have written yet (ReviewStore::decideSoon()).
    QSet<qint64> m_queuedIds;
};

/// Filters and sorts a ReviewModel: undecided only, deactivated accounts only, indirect access
/// only, one group only, retired rows shown or not, and text (name, username, e-mail, id, group).
/// Sorts on RawValueRole.
class ReviewFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewFilterProxyModel(QObject *parent = nullptr);

    void setUndecidedOnly(bool on);
    bool undecidedOnly() const { return m_undecidedOnly; }
    void setDeactivatedOnly(bool on);
    bool deactivatedOnly() const { return m_deactivatedOnly; }
    void setIndirectOnly(bool on);
    bool indirectOnly() const { return m_indirectOnly; }
    /// Only the rows of group \a groupId (0: every group).
    void setGroupId(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    /// Whether retired rows (grant gone) show; they do by default, marked.
    void setShowRetired(bool on);
    bool showRetired() const { return m_showRetired; }
    void setText(const QString &text);
    QString text() const { return m_text; }

    /// The source rows of \a proxyRows, for a bulk decision on a selection.
    QList<int> sourceRows(const QList<int> &proxyRows) const;

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares the rows' values directly, not through data()'s QVariants, and texts by keys
    /// case-folded once per row: sorting 30,000 rows by name is then a few tens of milliseconds.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changed();
    /// The text column \a column sorts \a row by; nullptr for a column sorted by number.
    static const QString *sortText(const ReviewRow &row, int column);
    /// The case-folded texts of \a column, by source row; made anew when the rows changed.
    const QList<QString> &sortKeys(const ReviewModel &model, int column) const;
    /// Follows source rows \a first to \a last, changed or (\a inserted) new, in the keys.
    void updateSortKeys(int first, int last, bool inserted);

    mutable QList<QString> m_sortKeys;
    mutable int m_sortKeysColumn = -1;
    QList<QMetaObject::Connection> m_keyConnections;

    bool m_undecidedOnly = false;
    bool m_deactivatedOnly = false;
    bool m_indirectOnly = false;
    bool m_showRetired = true;
    qint64 m_groupId = 0;
    QString m_text; ///< Case-folded.
};

} // namespace Models
