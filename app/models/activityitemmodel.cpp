#include "models/activityitemmodel.h"

#include "models/roles.h"

namespace Models {

ActivityItemModel::ActivityItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ActivityItemModel::~ActivityItemModel() = default;

void ActivityItemModel::setItems(const QList<ActivityItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ActivityItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActivityItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityItem &item = m_items.at(index.row());
    const bool group = item.kind == ActivityItem::Kind::Group;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item.name.isEmpty() ? (group ? tr("group %1") : tr("user %1")).arg(item.id) : item.name;
        case HandleColumn:
            return item.handle;
        case IdColumn:
            return QString::number(item.id);
        case GroupColumn:
            return item.groupName.isEmpty() ? tr("group %1").arg(item.groupId) : item.groupName;
        case ChangeColumn:
            return item.changeText();
        case OutcomeColumn:
            return ActivityItem::outcomeText(item.outcome);
        case ReasonColumn:
            return item.reason;
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case IdColumn:
            return item.id;
        case OutcomeColumn:
            return int(item.outcome);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return group ? tr("A group") : tr("A person");
        case HandleColumn:
            return group ? tr("The group's slug") : tr("The person's username");
        case ReasonColumn:
        case ChangeColumn:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    case IdRole:
        return item.id;
    case KindRole:
        return int(item.kind);
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ActivityItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case HandleColumn:
        return tr("Username or slug");
    case IdColumn:
        return tr("Id");
    case GroupColumn:
        return tr("Group");
    case ChangeColumn:
        return tr("Change");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace Models
