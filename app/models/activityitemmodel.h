#pragma once

#include "models/activitylog.h"

#include <QtCore/QAbstractTableModel>

namespace Models {

/// The items of one activity entry as a table: whom the change touched (a person or a group,
/// by name, username or slug, and id), the group, what was done to them (with the level before
/// and after for a share), how it ended and the server's reason. RawValueRole gives each
/// cell's sortable value (ids as numbers, the outcome as ActivityItem::Outcome's int); IdRole
/// the item's id; KindRole its ActivityItem::Kind as int.
class ActivityItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        HandleColumn,
        IdColumn,
        GroupColumn,
        ChangeColumn,
        OutcomeColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ActivityItemModel(QObject *parent = nullptr);
    ~ActivityItemModel() override;

    /// Shows \a items.
    void setItems(const QList<ActivityItem> &items);
    const QList<ActivityItem> &items() const { return m_items; }
    const ActivityItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActivityItem> m_items;
};

} // namespace Models
