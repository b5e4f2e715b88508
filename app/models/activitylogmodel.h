#pragma once

#include "models/activitylog.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>

namespace Models {

/// The entries of an ActivityLog matching a filter, newest first, as the Activity dock shows
/// them: paged in from the file as the view scrolls (canFetchMore / fetchMore), and a row
/// inserted at the top as each new entry arrives (a retry's entry changes in place). The
/// filter runs in the file's query, so it finds entries not yet paged in.
///
/// RawValueRole gives each cell's sortable value (the time as a QDateTime, counts as ints, the
/// outcome as ActivityEntry::Outcome's int); IdRole the entry's id; the tooltip says it all.
class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ChangeColumn,
        GroupColumn,
        ItemsColumn,
        OutcomeColumn,
        ActorColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Entries read from the file per fetchMore().
    static constexpr int kPageSize = 200;

    explicit ActivityLogModel(ActivityLog *log, QObject *parent = nullptr);
    ~ActivityLogModel() override;

    ActivityLog *log() const { return m_log; }

    ActivityFilter filter() const { return m_filter; }
    /// Shows the entries matching \a filter (from the newest, paged in anew).
    void setFilter(const ActivityFilter &filter);

    /// The entry of row \a row.
    const ActivityEntry &entry(int row) const { return m_rows.at(row); }
    /// How many entries match the filter, loaded or not.
    int totalCount() const { return m_total; }

    /// The time as the view shows it: local, the locale's short date and time, and the offset
    /// from UTC ("12/6/26 6:22 PM UTC+01:00").
    static QString timeText(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// totalCount() changed (an entry arrived, or the filter changed).
    void totalCountChanged(int total);

private:
    void entryAdded(const ActivityEntry &entry);
    void entryChanged(const ActivityEntry &entry);
    int rowOf(qint64 id) const;
    void setTotal(int total);

    QPointer<ActivityLog> m_log;
    ActivityFilter m_filter;
    QList<ActivityEntry> m_rows; ///< Newest first.
    bool m_atEnd = false; ///< Every matching entry older than the last row is loaded.
    int m_total = 0;
    bool m_fetching = false; ///< Inside fetchMore(): no second page until this one is in.
};

} // namespace Models
