#pragma once

#include "models/levelfilterproxymodel.h"
#include "models/loadstatus.h"
#include "models/personaccessloader.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>
#include <QtCore/QSortFilterProxyModel>

namespace Models {

class Workspace;

/// What one person can reach, one row per group: the group, its id, the person's highest level
/// there and every way in ("Shared directly (Write); through Finance Team (Read); creator
/// (Manage)"), and the person's account status (a deactivated account's rows dimmed: it holds
/// the access, it cannot sign in). Loaded by a PersonAccessLoader over a scope the person picks,
/// with progress and cancel; loadStatus() carries a person who cannot be read, and names the
/// groups whose shares could not be read (retry() reads just those). Follows the changes the
/// app makes (the loader re-reads what changed). PersonAccessFilterProxyModel filters and sorts.
class PersonAccessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// StatusColumn: "Active" or "Deactivated" (RawValueRole: 1, 0, or -1 when not known).
    enum Column { GroupColumn, GroupIdColumn, LevelColumn, WaysColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)

    explicit PersonAccessModel(Workspace *workspace, QObject *parent = nullptr);
    ~PersonAccessModel() override;

    qint64 userId() const { return m_userId; }
    const PersonAccessScope &scope() const { return m_scope; }
    /// Looks up what person \a userId can reach in \a scope (0: nobody; no rows); with \a fresh,
    /// everything is read from the server.
    void setPerson(
        qint64 userId, const PersonAccessScope &scope = PersonAccessScope::allReadable(), bool fresh = false);
    void setScope(const PersonAccessScope &scope);
    /// Looks it up again; with \a fresh, everything is read from the server (the cache emptied).
    void reload(bool fresh = false);
    /// Stops the look-up; the rows worked out so far stay, and loadStatus() says they are
    /// partial (isStale()).
    void cancel();

    LoadStatus *loadStatus() const { return m_loadStatus; }
    /// Progress (done() of total()), phase, what was read and what came from the cache.
    const PersonAccessLoader *loader() const { return m_loader; }
    /// What the rows show: the person, the groups reached, the groups that could not be read.
    const PersonAccessResult &result() const { return m_result; }
    const GroupAccess &group(int row) const { return m_result.groups.at(row); }
    /// The row of group \a groupId, or -1.
    int rowOf(qint64 groupId) const { return m_result.indexOf(groupId); }
    /// The shares the person holds in their own name (what offboarding offers to revoke).
    QList<DirectShare> directShares() const { return m_result.directShares(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Display text; RawValueRole (name, id, level as int, ways text, status), IdRole (the group's
    /// id), PermissionLevelRole; the ways column's tooltip lists each way on a line; a
    /// deactivated account's rows are dimmed (Qt::ForegroundRole).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "shared directly (Write)", "through Finance Team (Read)", "creator (Manage)".
    static QString routeText(const AccessRoute &route);
    /// Every way in, highest first: "Shared directly (Write); through Finance Team (Read)".
    static QString waysText(const GroupAccess &group);
    /// "The shares of Harbor Analysts could not be read, so whether Ada Lovelace reaches it is
    /// not known: ..." (empty when every group was read).
    static QString failuresText(const PersonAccessResult &result);

    /// The export's columns: "user_id", "name", "username", "email", "status" (who the person
    /// is, on every row), "group_id", "group", "kind" (access; error for a group whose shares
    /// could not be read; scope for the last row, saying what was looked through), "level",
    /// "via", "via_group_ids", "read_at": names a script reads, not translated.
    static QStringList csvHeader();
    /// The CSV of the rows of \a shown (this model, or a proxy over it: its rows as filtered and
    /// sorted there; every row when null), then a row per group that could not be read and a
    /// row naming the scope, so an incomplete or partial file never passes for a complete one.
    QByteArray csv(const QAbstractItemModel *shown = nullptr) const;

Q_SIGNALS:
    /// Groups settled of the scope, while loading.
    void progress(int done, int total);
    /// The rows were replaced (a look-up finished, or a change made in the app changed them).
    void accessChanged();

private:
    void loaderFinished();
    void showResult();

    QPointer<Workspace> m_workspace;
    qint64 m_userId = 0;
    PersonAccessScope m_scope;
    PersonAccessLoader *m_loader = nullptr;
    PersonAccessResult m_result;
    LoadStatus *m_loadStatus = nullptr;
};

/// Sorts a PersonAccessModel on RawValueRole (a level as a level) and shows the groups whose
/// name, id, level or ways in hold a text (a group named in the ways in too), and if set only
/// those where the person's highest level is one level.
class PersonAccessFilterProxyModel : public LevelFilterProxyModel
{
    Q_OBJECT

public:
    explicit PersonAccessFilterProxyModel(QObject *parent = nullptr);
};

} // namespace Models
