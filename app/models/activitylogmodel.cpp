#include "models/activitylogmodel.h"

#include "models/roles.h"

#include <QtCore/QLocale>
#include <QtCore/QScopedValueRollback>

namespace Models {

ActivityLogModel::ActivityLogModel(ActivityLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    if (m_log) {
        connect(m_log, &ActivityLog::entryAdded, this, &ActivityLogModel::entryAdded);
        connect(m_log, &ActivityLog::entryChanged, this, &ActivityLogModel::entryChanged);
        m_total = m_log->count(m_filter);
    }
    m_atEnd = !m_log || m_total == 0;
}

ActivityLogModel::~ActivityLogModel() = default;

void ActivityLogModel::setFilter(const ActivityFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    const int total = m_log ? m_log->count(m_filter) : 0;
    m_atEnd = total == 0;
    endResetModel();
    setTotal(total);
}

QString ActivityLogModel::timeText(const QDateTime &time)
{
    return ActivityEntry::localTimeText(time);
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(entry.time);
        case ChangeColumn:
            return entry.text;
        case GroupColumn:
            return entry.groupsText();
        case ItemsColumn:
            return entry.itemsText();
        case OutcomeColumn:
            return ActivityEntry::outcomeText(entry.outcome);
        case ActorColumn:
            return entry.actor.isKnown()
                ? (entry.actor.username.isEmpty() ? QString::number(entry.actor.id) : entry.actor.username)
                : tr("unknown");
        case MessageColumn:
            // One line in the table; every reason in the tooltip.
            return entry.messageLine();
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time;
        case ChangeColumn:
            return entry.text;
        case GroupColumn:
            return entry.groups.isEmpty() ? QString() : entry.groups.constFirst().name;
        case ItemsColumn:
            return entry.items;
        case OutcomeColumn:
            return int(entry.outcome);
        case ActorColumn:
            return entry.actor.username;
        case MessageColumn:
            return entry.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return entry.toolTip();
    case IdRole:
        return entry.id;
    case Qt::TextAlignmentRole:
        if (index.column() == ItemsColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChangeColumn:
        return tr("Change");
    case GroupColumn:
        return tr("Group");
    case ItemsColumn:
        return tr("Items");
    case OutcomeColumn:
        return tr("Outcome");
    case ActorColumn:
        return tr("By");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

bool ActivityLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && m_log;
}

void ActivityLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const QList<ActivityEntry> page = m_log->entries(m_filter, before, kPageSize);
    if (page.size() < kPageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    // Whoever hears of the insert may ask for more (a view, a tester) before the rows are in:
    // that must not read the same page again.
    const QScopedValueRollback fetching(m_fetching, true);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void ActivityLogModel::entryAdded(const ActivityEntry &entry)
{
    if (!m_filter.matches(entry))
        return;
    // Newer than every entry in the file: it goes on top, and paging on from the last row
    // still finds every older one.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(entry);
    endInsertRows();
    setTotal(m_total + 1);
}

void ActivityLogModel::entryChanged(const ActivityEntry &entry)
{
    const int row = rowOf(entry.id);
    const bool matches = m_filter.matches(entry);
    if (row >= 0 && matches) {
        m_rows[row] = entry;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        // A retry that made a failed change done leaves a "Failed or partly" view.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (matches) {
        // Rows are by id, newest first; one older than the last loaded row comes with its page.
        const auto at = std::find_if(
            m_rows.cbegin(), m_rows.cend(), [&](const ActivityEntry &shown) { return shown.id < entry.id; });
        const int position = int(at - m_rows.cbegin());
        if (position < m_rows.size() || m_atEnd) {
            beginInsertRows({}, position, position);
            m_rows.insert(position, entry);
            endInsertRows();
        }
    }
    if (m_log)
        setTotal(m_log->count(m_filter));
}

int ActivityLogModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void ActivityLogModel::setTotal(int total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
}

} // namespace Models
