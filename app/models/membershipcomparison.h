#pragma once

#include "models/loadstatus.h"
#include "models/userdrag.h"

#include "api/records.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

namespace Models {

class MemberOfModel;
class PersonLoader;
class Workspace;

/// Two people's Member Of side by side: the groups only the first is in, those both are in,
/// and those only the second is in; one row a group. It reads both lists (two MemberOfModels,
/// which follow the app's changes, and so does it), and is the basis of the copy plan
/// (MembershipPlan::copy()); exported as CSV with both people's ids, usernames and e-mails.
class MembershipComparison : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Side { OnlyA, Both, OnlyB };
    Q_ENUM(Side)
    /// SideColumn: "Only Ada Lovelace", "Both", "Only Grace Hopper" (RawValueRole: Side as int).
    enum Column { GroupColumn, SlugColumn, SideColumn, ColumnCount };
    Q_ENUM(Column)

    explicit MembershipComparison(Workspace *workspace, QObject *parent = nullptr);
    ~MembershipComparison() override;

    /// Compares \a a's groups with \a b's, loading both.
    void setPeople(const UserRef &a, const UserRef &b);
    const UserRef &personA() const;
    const UserRef &personB() const;
    /// The two lists compared (each a full Member Of model).
    MemberOfModel *memberOfA() const { return m_a; }
    MemberOfModel *memberOfB() const { return m_b; }
    void reload();

    /// Loading while either list loads; the error of either; retry() reloads what failed.
    LoadStatus *loadStatus() const { return m_loadStatus; }
    /// Whether both lists are whole (every page arrived) and both people's records were read
    /// (or could not be): only then is "only" true.
    bool isComplete() const;
    /// The groups on \a side that the signed-in user cannot see: each person's record names every
    /// group they are in, Member Of lists only the readable ones. Not rows of the table (nothing
    /// is known of them but their names); the copy plan says them apart.
    QList<Api::NamedRef> unseenGroups(Side side) const;

    Side side(int row) const { return m_rows.at(row).side; }
    const Api::NamedRef &group(int row) const { return m_rows.at(row).group; }
    /// The groups on \a side, in row order (by name).
    QList<Api::NamedRef> groups(Side side) const;
    int count(Side side) const;
    /// "Only Ada Lovelace: 3 groups; both: 12; only Grace Hopper: 2".
    QString summaryText() const;

    /// The export's columns: "group_id", "group", "slug", "side" (only_a, both, only_b),
    /// "in_a", "in_b", "a_user_id", "a_name", "a_username", "a_email", "b_user_id", "b_name",
    /// "b_username", "b_email" (names a script reads: not translated).
    static QStringList csvHeader();
    /// The rows of \a shown (this model or a proxy over it; every row when null).
    QByteArray csv(const QAbstractItemModel *shown = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Display text, RawValueRole, IdRole (the group's id), KindRole (Side as int).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The rows were worked out anew (a list loaded, or changed).
    void compared();

private:
    struct Row
    {
        Api::NamedRef group;
        QString slug;
        Side side = Side::Both;
    };

    /// Works the rows out again, on the next turn of the event loop (many row changes of the
    /// lists make one).
    void scheduleCompare();
    void compare();
    void updateStatus();
    QString sideText(Side side) const;

    QPointer<Workspace> m_workspace;
    MemberOfModel *m_a = nullptr;
    MemberOfModel *m_b = nullptr;
    PersonLoader *m_recordA = nullptr;
    PersonLoader *m_recordB = nullptr;
    QList<Row> m_rows;
    LoadStatus *m_loadStatus = nullptr;
    QTimer m_compareTimer;
};

} // namespace Models
