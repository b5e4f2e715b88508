#pragma once

#include "models/pagedtablemodel.h"

#include <QtCore/QPointer>

namespace Models {

class ChangeOperation;
class Workspace;

/// The groups matching a server-side query, paged in lazily as a view scrolls
/// (canFetchMore()/fetchMore(): never all pages just to show the first screen).
///
/// Rows hold group ids; what a row shows comes from the workspace's GroupStore, so a group
/// patched, put or given members anywhere in the app shows the change here at once. Users
/// dropped on a row are added to that group (a move also removes them from the group they were
/// dragged out of), as one undoable operation.
class GroupListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SlugColumn, OrganizationColumn, MembersColumn, CreatedColumn, UpdatedColumn, ColumnCount };
    Q_ENUM(Column)

    /// The server's `order` for sorting by \a column ("name", "created_at"); empty for a column
    /// the server cannot sort by, so a view does not pretend to.
    static QString serverOrder(int column);

    explicit GroupListModel(Workspace *workspace, QObject *parent = nullptr);
    ~GroupListModel() override;

    /// The server-side filters and order; page size is its limit (default 50). Changing it
    /// reloads; its pageNum is ignored.
    const Api::GroupListQuery &query() const { return m_query; }
    void setQuery(const Api::GroupListQuery &query);
    /// What an empty list says once loaded: with no search or filter, that the person can read
    /// no group at all, and why ("You are not a member of any group and none is shared with
    /// you"), not only "0 groups"; otherwise that nothing matches. Empty while rows show.
    QString emptyText() const;
    void setSearchText(const QString &text);
    void setPermission(std::optional<Api::PermissionLevel> permission);
    void setOrganizationId(std::optional<qint64> organizationId);
    void setUserIds(const QList<qint64> &userIds);
    /// \a order "name" or "created_at"; \a direction "asc" or "desc".
    void setOrdering(const QString &order, const QString &direction);
    void setPageSize(int pageSize);
    /// A group the list never shows (a picker's source group, which is no choice), or 0 for
    /// none. Taken out of the rows loaded and of every page after; totalCount() stays the
    /// server's.
    void setExcludedGroupId(qint64 id);
    /// Drops every row and starts again from the first page.
    void reload();
    /// Loads the list anew but keeps the rows shown until the first page arrives: a failure
    /// leaves them, with loadStatus() stale and its error (the person's Refresh).
    void refresh();

    qint64 groupId(int row) const { return m_ids.value(row); }
    /// The row of group \a id, or -1.
    int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Rows drag out as a GroupDrag (to share a group with the dragged groups); users drop in.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    /// A drop started a change; a view shows its progress and outcome.
    void changeStarted(Models::ChangeOperation *operation);

private:
    void appendPage(const std::any &page) override;
    void groupChanged(qint64 id);
    void groupRemoved(qint64 id);
    void groupCreated(qint64 id);
    /// Whether a group created in this app belongs in this list, as far as can be told here.
    bool plausiblyMatches(const Api::GroupSummary &group) const;
    /// Where \a group goes among the loaded rows by the list's order; -1 when after them while
    /// more pages remain (a later page brings it).
    int insertionRow(const Api::GroupSummary &group) const;
    void rebuildRowIndex(int fromRow);
    /// The group the drop is on (a row, not between rows), or 0.
    qint64 dropTarget(int row, const QModelIndex &parent) const;

    QPointer<Workspace> m_workspace;
    Api::GroupListQuery m_query;
    QList<qint64> m_ids;
    /// A refresh is on its way: its first page replaces the rows kept meanwhile.
    bool m_replaceOnNextPage = false;
    QHash<qint64, int> m_rowOf;
    qint64 m_excludedGroupId = 0;
};

} // namespace Models
