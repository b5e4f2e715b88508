#pragma once

#include "models/effectiveaccessloader.h"
#include "models/levelfilterproxymodel.h"
#include "models/loadstatus.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>
#include <QtCore/QSortFilterProxyModel>

namespace Models {

class Workspace;

/// Everyone who can read, write or manage one group, one row per person: their highest level
/// and every way they get it (shared directly, member of a group the group is shared with, the
/// group's creator), highest first. Loaded by an EffectiveAccessLoader (the shares, then the
/// members of the share groups in parallel), with progress; loadStatus() carries a failure to
/// read the group or its shares, and names the share groups whose members could not be read,
/// with a retry of just those. Reloads when the group's shares change, and follows the store's
/// copy when a share group's members change. EffectiveAccessFilterProxyModel filters and sorts it.
class EffectiveAccessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// StatusColumn: "Active" or "Deactivated" (RawValueRole: 1, 0, or -1 when not known).
    enum Column { PersonColumn, ContactColumn, LevelColumn, ViaColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)

    explicit EffectiveAccessModel(Workspace *workspace, qint64 groupId = 0, QObject *parent = nullptr);
    ~EffectiveAccessModel() override;

    qint64 groupId() const { return m_groupId; }
    /// Shows who can reach group \a groupId (0: nobody), loading it.
    void setGroup(qint64 groupId);
    /// Loads it all anew from the server.
    void reload();

    /// Loading, and why the last load failed (the group, its shares, or share groups' members);
    /// its retry() fetches again what failed.
    LoadStatus *loadStatus() const { return m_loadStatus; }
    /// The loading in progress or done last (nullptr without a group): progress and what was found.
    const EffectiveAccessLoader *loader() const { return m_loader; }
    /// What the rows show.
    const EffectiveAccess &access() const { return m_access; }
    const PersonAccess &person(int row) const { return m_access.people.at(row); }
    /// The row of user \a userId, or -1.
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Display text; RawValueRole (name, contact, level as int, via text, status), IdRole (user
    /// id), PermissionLevelRole, EmailRole, UsernameRole; the via column's tooltip lists every way,
    /// one a line, with its level; a deactivated account's row is dimmed (Qt::ForegroundRole).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The export's columns: "group_id", "group", "user_id", "name", "username", "email",
    /// "status", "level", "via", "via_group_ids", "read_at" (names a script reads: not translated).
    static QStringList csvHeader();
    /// The CSV of the rows of \a shown (this model, or a proxy over it such as the Access tab's:
    /// its rows as filtered and sorted there; every row when null): a row per person with the
    /// ids, username, e-mail and status that tell two people of one name apart, the level as
    /// the API spells it (read, write, manage), the time it was read with its UTC offset, and a
    /// last row saying the organization's admins also manage the group (the API does not say
    /// who they are).
    QByteArray csv(const QAbstractItemModel *shown = nullptr) const;

    /// "The members of Harbor Analysts could not be read: ..." for result().unreadable.
    static QString unreadableText(const QList<UnreadableShareGroup> &unreadable);

Q_SIGNALS:
    /// Requests answered of those known so far, while loading.
    void progress(int done, int total);
    /// The rows were replaced (a load finished, or a share group's members changed).
    void accessChanged();

private:
    void loaderFinished();
    void showResult();
    void shareGroupMembersChanged(qint64 groupId);

    QPointer<Workspace> m_workspace;
    qint64 m_groupId = 0;
    AccessFetcher *m_fetcher = nullptr;
    EffectiveAccessLoader *m_loader = nullptr;
    EffectiveAccess m_access;
    LoadStatus *m_loadStatus = nullptr;
};

/// Sorts an EffectiveAccessModel on RawValueRole (a level as a level, not as a word) and shows
/// the people whose any column holds a text (a name, an e-mail, a group in "via"), if set only
/// those whose highest level is one level, and deactivated accounts unless told not to.
class EffectiveAccessFilterProxyModel : public LevelFilterProxyModel
{
    Q_OBJECT

public:
    explicit EffectiveAccessFilterProxyModel(QObject *parent = nullptr);

    /// Whether deactivated accounts are shown (the default: they hold access, and an audit
    /// wants to see them; the view dims them). Hiding them is not counted in isFiltering():
    /// the summary counts them apart.
    bool showsDeactivated() const { return m_showDeactivated; }
    void setShowDeactivated(bool show);

protected:
    bool acceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// The username, when the contact column shows the e-mail.
    bool textElsewhere(int sourceRow, const QModelIndex &sourceParent, const QString &text) const override;

private:
    bool m_showDeactivated = true;
};

} // namespace Models
