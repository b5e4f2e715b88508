#pragma once

#include "models/changeoperation.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>

namespace Models {

/// The changes of one ChangeOperation as a table a progress or summary view shows: each change,
/// where it stands (pending, sending, done, already so, failed, cancelled) and, for a failure,
/// the reason: the server's words. Rows update as the operation goes, and again when its failures are retried.
class ChangeReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, OutcomeColumn, ErrorColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ChangeReportModel(QObject *parent = nullptr);
    ~ChangeReportModel() override;

    ChangeOperation *operation() const { return m_operation; }
    void setOperation(ChangeOperation *operation);

    /// Where \a change stands, in words: "Pending", "Done", "Failed", ...; a change that was
    /// already so says how, by its kind: "Already a member", "Not a member", "Already has
    /// access", "Had no access".
    static QString outcomeText(Api::BulkOutcome outcome, const Api::BulkChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void resetRows();

    QPointer<ChangeOperation> m_operation;
    int m_rows = 0; ///< The operation's size when last reset (0 until it made its plan).
};

} // namespace Models
