#pragma once

#include "models/loadstatus.h"
#include "models/userdrag.h"

#include "api/pageloader.h"
#include "api/records.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>
#include <QtCore/QSortFilterProxyModel>

namespace Models {

class ChangeOperation;
class Workspace;

/// Every group one person is a member of ("Member Of"), one row a group: GET /groups with
/// user_ids[] = the person, every page through listAll, so the first rows show with the first
/// page and the rest follow in parallel. Only groups the signed-in user can read are listed
/// (the API lists no others); PersonProfile::groups names them all.
///
/// It follows what the app changes: a membership change of this person made through the
/// workspace (here, on a group's member table, an undo) adds or removes its row as each change
/// settles, with no reload; when such a run ends, the list is read again and merged (rows
/// inserted, updated and removed, never reset, so a view keeps its selection). A group renamed
/// or deleted anywhere in the app shows so at once; whether the signed-in user may change a
/// group follows their levels (GroupPermissions).
///
/// Groups dropped on it (a GroupDrag, from the group list) are joined; removeFromGroups() and
/// addToGroups() are the tab's actions. Each is one undoable step.
class MemberOfModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// MembersColumn: the total member count (RawValueRole), its words as tooltip. MayChangeColumn:
    /// "Yes" / "No" (RawValueRole: bool), the refusal's words as tooltip (GroupPermissions).
    enum Column { NameColumn, SlugColumn, MembersColumn, OrganizationColumn, MayChangeColumn, ColumnCount };
    Q_ENUM(Column)

    /// Rows of a page: small, so the first rows show within one quick answer.
    static constexpr int kDefaultPageSize = 50;

    explicit MemberOfModel(Workspace *workspace, const UserRef &person = {}, QObject *parent = nullptr);
    ~MemberOfModel() override;

    /// Shows the groups of \a person (id 0: nobody), loading them; the name, username and
    /// e-mail are what plans, operation texts and the CSV name the person by.
    void setPerson(const UserRef &person);
    const UserRef &person() const { return m_person; }
    qint64 personId() const { return m_person.id; }
    /// Reads the list anew and merges it into the rows.
    void reload();
    /// The page size of the next load (1-1000).
    void setPageSize(int pageSize) { m_pageSize = std::clamp(pageSize, 1, 1000); }
    int pageSize() const { return m_pageSize; }

    /// Loading, and why the last load failed; its retry() reloads.
    LoadStatus *loadStatus() const { return m_loadStatus; }
    /// Whether every page of a load arrived (the rows are the person's whole list).
    bool isComplete() const { return m_complete; }
    /// How many groups the server counts (the first page's total; -1 before it came).
    qint64 totalCount() const { return m_total; }

    const Api::GroupSummary &group(int row) const { return m_rows.at(row); }
    /// The groups of the rows, in row order.
    QList<Api::NamedRef> groups() const;
    QList<qint64> groupIds() const;
    /// The row of group \a groupId, or -1.
    int rowOf(qint64 groupId) const { return m_rowOf.value(groupId, -1); }
    /// The groups of \a all (PersonProfile::groups, which names every group of the person) that
    /// the list does not show: those the signed-in user cannot read, for "also in 3 groups you
    /// cannot see". Meaningful once isComplete().
    QList<Api::NamedRef> unlistedGroups(const QList<Api::UserGroup> &all) const;
    /// Whether the signed-in user may change the members of the group in \a row (true while unknown).
    bool mayChange(int row) const;

    /// Removes the person from the groups of \a rows: one undoable step ("Remove Ada Lovelace
    /// from 3 groups"); nullptr when there is nothing to remove.
    ChangeOperation *removeFromGroups(const QList<int> &rows);
    /// Adds the person to \a groups (those they are not in already): one undoable step;
    /// nullptr when there is nothing to add.
    ChangeOperation *addToGroups(const QList<Api::NamedRef> &groups);

    /// The export's columns: "user_id", "name", "username", "email", "group_id", "group",
    /// "slug", "organization_id", "member_count", "total_member_count", "you_may_change" (names
    /// a script reads: not translated).
    static QStringList csvHeader();
    /// The CSV of the rows of \a shown (this model, or a proxy over it: its rows as filtered and
    /// sorted there; every row when null), each row with the person's id, username and e-mail.
    QByteArray csv(const QAbstractItemModel *shown = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Display text, RawValueRole, IdRole (the group's id), PermissionLevelRole (the signed-in
    /// user's level on the group, when known), Qt::ToolTipRole.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    /// The groups of the rows, as a GroupDrag.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    /// Groups (a GroupDrag) of which at least one the person is not in yet.
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    /// Joins the dropped groups (addToGroups()).
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    /// Groups delivered so far of those the server counts, while loading.
    void progress(qint64 delivered, qint64 total);
    /// A load ended (every page, or an error: loadStatus() says).
    void loaded();
    /// A drop or an action started a change; a view shows its progress and outcome.
    void changeStarted(Models::ChangeOperation *operation);

private:
    void operationQueued(ChangeOperation *operation);
    void itemFinished(const ChangeOperation *operation, int index);
    void operationFinished(ChangeOperation *operation);
    void storeGroupChanged(qint64 groupId);
    void storeMembersChanged(qint64 groupId);
    /// Inserts the groups not shown, updates those shown.
    void upsert(const QList<Api::GroupSummary> &groups);
    /// Removes the row of group \a groupId, if any.
    void removeGroup(qint64 groupId);
    /// Removes the rows whose group is not in \a keep, in runs from the bottom.
    void removeAllBut(const QSet<qint64> &keep);
    void rebuildIndex();
    /// Whether \a operation changes this person's memberships.
    bool touchesPerson(const ChangeOperation *operation) const;
    /// The plan's and the step's name for this person joining (or leaving) \a groups.
    ChangeOperation *applyMembership(const QList<Api::NamedRef> &groups, bool join);

    QPointer<Workspace> m_workspace;
    UserRef m_person;
    int m_pageSize = kDefaultPageSize;
    QList<Api::GroupSummary> m_rows; ///< Without members (the list is asked for without them).
    QHash<qint64, int> m_rowOf;
    LoadStatus *m_loadStatus = nullptr;
    Api::AllPages<Api::GroupSummary> m_pages{nullptr};
    quint64 m_serial = 0;
    QSet<qint64> m_seen; ///< The groups the load under way has delivered.
    bool m_complete = false;
    qint64 m_total = -1;
};

/// Sorts Member Of rows on their raw values and filters them by a text found in the name or
/// slug (ignoring case), and, when asked, to the groups the signed-in user may change; count()
/// is how many rows it shows.
class MemberOfFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MemberOfFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    bool changeableOnly() const { return m_changeableOnly; }
    void setChangeableOnly(bool changeableOnly);
    /// The rows shown.
    int count() const { return rowCount(); }
    /// Whether a filter hides any group.
    bool isFiltering() const { return !m_filterText.isEmpty() || m_changeableOnly; }

Q_SIGNALS:
    /// count() changed.
    void countChanged(int count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void noteCount();

    QString m_filterText;
    bool m_changeableOnly = false;
    int m_lastCount = 0;
};

} // namespace Models
