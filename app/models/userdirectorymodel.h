#pragma once

#include "models/pagedtablemodel.h"
#include "models/userdrag.h"

#include <QtCore/QPointer>

#include <deque>

namespace Models {

class Workspace;

/// Everyone the caller can see, paged in lazily, filtered on the server (query, group, active
/// status): the panel users are dragged from onto a member table or a group.
class UserDirectoryModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsernameColumn, EmailColumn, ActiveColumn, PrimaryGroupColumn, ColumnCount };
    Q_ENUM(Column)

    explicit UserDirectoryModel(Workspace *workspace, QObject *parent = nullptr);
    ~UserDirectoryModel() override;

    /// The server-side filters and order; page size is its limit (default 100). Changing it reloads.
    const Api::UserListQuery &query() const { return m_query; }
    void setQuery(const Api::UserListQuery &query);
    /// Matches name, username or e-mail.
    void setSearchText(const QString &text);
    /// Only members of group \a groupId; nullopt for everyone.
    void setGroupId(std::optional<qint64> groupId);
    /// "active" (the server's default), "inactive" or "all".
    void setAccountStatus(const QString &status);
    void setPageSize(int pageSize);
    void reload();

    const Api::User &user(int row) const { return m_users.at(row); }
    UserRef userRef(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    /// The distinct users of \a indexes as a UserDrag (no source group: a drag from here only adds).
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void appendPage(const std::any &page) override;

    QPointer<Workspace> m_workspace;
    Api::UserListQuery m_query;
    // A deque, not a QList: a page arriving appends without moving the rows already loaded. A
    // QList moved every row to a new block each time it outgrew its capacity, which at 70,000
    // rows (16 MB of users) stalled the window some 70 ms while the Users dock paged on.
    std::deque<Api::User> m_users;
    QSet<qint64> m_ids;
};

} // namespace Models
