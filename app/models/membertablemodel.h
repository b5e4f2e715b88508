#pragma once

#include "models/loadstatus.h"
#include "models/userdrag.h"
#include "models/userresolver.h"

#include "api/records.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>
#include <QtCore/QSortFilterProxyModel>

namespace Models {

class ChangeOperation;
class Workspace;

/// The members of one group, from the workspace's GroupStore: when the group's members change
/// anywhere in the app, rows are inserted and removed (not reset), so a view keeps its
/// selection.
///
/// Users dropped on the table are added to the group; a move (from another group's member
/// table) also removes them there, once the add held. Pasted or dropped text (ids, usernames,
/// e-mails) is resolved against the directory; what names nobody is reported. Every drop or
/// paste is one bulk operation and one undo step. A drag out of the table carries this group as
/// its source, so the receiver can make it a move.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UsernameColumn,
        EmailColumn,
        ActiveColumn,
        OnlineColumn,
        PrimaryGroupColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit MemberTableModel(Workspace *workspace, qint64 groupId = 0, QObject *parent = nullptr);
    ~MemberTableModel() override;

    qint64 groupId() const { return m_groupId; }
    /// Shows group \a groupId's members: those the store holds at once, then the server's.
    void setGroup(qint64 groupId);
    /// Fetches the members anew.
    void reload();

    /// Whether the members are being fetched, and why the last fetch failed; its retry() reloads.
    LoadStatus *loadStatus() const { return m_loadStatus; }

    const Api::Member &member(int row) const { return m_members.at(row); }
    UserRef userRef(int row) const;
    /// The row of user \a userId, or -1.
    int rowOf(qint64 userId) const;

    /// Removes the members in \a rows from the group (one undoable operation).
    ChangeOperation *removeMembers(const QList<int> &rows);
    /// Resolves \a text (ids, usernames, e-mails) and adds the users it names; pasteResolved()
    /// says what was found and what was not.
    void pasteText(const QString &text);

    /// The export's columns: "group_id", "group", "user_id", "name", "username", "email",
    /// "status" (active or deactivated), "online", "primary_group_id", "primary_group" (names a
    /// script reads: not translated).
    static QStringList csvHeader();
    /// The CSV of the rows of \a shown (this model, or a proxy over it such as the Members
    /// tab's: its rows as filtered and sorted there; every row when null), each member with the
    /// user id, username and e-mail that tell two people of one name apart.
    QByteArray csv(const QAbstractItemModel *shown = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Never touches the server: a view calls it after a move drag, and the move's removal is
    /// part of the drop's own operation. Use removeMembers().
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    /// A drop, paste or removal started a change; a view shows its progress and outcome.
    void changeStarted(Models::ChangeOperation *operation);
    /// Pasted or dropped text was resolved: \a resolution.notFound and .ambiguous name what
    /// was not added.
    void pasteResolved(const Models::UserResolution &resolution);

private:
    void membersChanged(qint64 groupId);
    /// Brings the rows to \a members with row-level inserts, removes and changes.
    void mergeMembers(const QList<Api::Member> &members);

    QPointer<Workspace> m_workspace;
    qint64 m_groupId = 0;
    QList<Api::Member> m_members;
    LoadStatus *m_loadStatus = nullptr;
    UserResolver *m_resolver = nullptr;
};

/// Sorts members on their raw values and filters them by a text found in name, username or
/// e-mail (ignoring case), and, when asked, to the active ones.
class MemberFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MemberFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    /// Shows only members whose name, username or e-mail holds \a text.
    void setFilterText(const QString &text);

    bool activeOnly() const { return m_activeOnly; }
    /// Shows only the active members (the Active column's raw value), or everyone.
    void setActiveOnly(bool activeOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    bool m_activeOnly = false;
};

} // namespace Models
