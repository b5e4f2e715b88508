#include "models/changereportmodel.h"

#include "models/roles.h"

namespace Models {

using Api::BulkOutcome;

ChangeReportModel::ChangeReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ChangeReportModel::~ChangeReportModel() = default;

void ChangeReportModel::setOperation(ChangeOperation *operation)
{
    if (m_operation)
        m_operation->disconnect(this);
    m_operation = operation;
    if (operation) {
        // The plan is made when the operation starts.
        connect(operation, &ChangeOperation::started, this, &ChangeReportModel::resetRows);
        connect(operation, &ChangeOperation::itemFinished, this, [this](int row) {
            if (row < m_rows)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
        // A retry makes failed rows pending again, all at once.
        connect(operation, &ChangeOperation::progress, this, [this](int finished, int) {
            if (m_rows > 0 && finished < m_rows && m_operation
                && m_operation->state() == ChangeOperation::State::Running)
                Q_EMIT dataChanged(index(0, OutcomeColumn), index(m_rows - 1, ErrorColumn));
        });
        connect(operation, &QObject::destroyed, this, &ChangeReportModel::resetRows);
    }
    resetRows();
}

void ChangeReportModel::resetRows()
{
    beginResetModel();
    m_rows = m_operation ? m_operation->size() : 0;
    endResetModel();
}

QString ChangeReportModel::outcomeText(BulkOutcome outcome, const Api::BulkChange &change)
{
    using Effect = Api::BulkChange::Effect;
    switch (outcome) {
    case BulkOutcome::Pending:
        return tr("Pending");
    case BulkOutcome::Running:
        return tr("Sending");
    case BulkOutcome::Done:
        return tr("Done");
    case BulkOutcome::AlreadySo:
        switch (change.effect()) {
        case Effect::Join:
            return tr("Already a member");
        case Effect::Leave:
            return tr("Not a member");
        case Effect::Grant:
            return tr("Already has access");
        case Effect::Revoke:
            return tr("Had no access");
        }
        break;
    case BulkOutcome::Failed:
        return tr("Failed");
    case BulkOutcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int ChangeReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ChangeReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_operation
        || index.row() >= m_operation->size())
        return {};
    const int row = index.row();
    const BulkOutcome outcome = m_operation->outcome(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return m_operation->change(row).forward.describe();
        case OutcomeColumn:
            return outcomeText(outcome, m_operation->change(row).forward);
        case ErrorColumn:
            return m_operation->error(row).message();
        }
        break;
    case RawValueRole:
        if (index.column() == OutcomeColumn)
            return int(outcome);
        return data(index, Qt::DisplayRole);
    case ErrorRole:
        return outcome == BulkOutcome::Failed || outcome == BulkOutcome::Cancelled
            ? QVariant(data(index.siblingAtColumn(ErrorColumn), Qt::DisplayRole))
            : QVariant();
    }
    return {};
}

QVariant ChangeReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case OutcomeColumn:
        return tr("Result");
    case ErrorColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace Models
