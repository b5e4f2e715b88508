#include "models/membershipcomparison.h"

#include "models/csv.h"
#include "models/memberofmodel.h"
#include "models/modelrows.h"
#include "models/personprofile.h"
#include "models/roles.h"
#include "models/workspace.h"

#include <QtCore/QCollator>

namespace Models {

MembershipComparison::MembershipComparison(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_a(new MemberOfModel(workspace, {}, this))
    , m_b(new MemberOfModel(workspace, {}, this))
    , m_recordA(new PersonLoader(workspace, 0, this))
    , m_recordB(new PersonLoader(workspace, 0, this))
    , m_loadStatus(new LoadStatus(
          [this] {
              for (MemberOfModel *list : {m_a, m_b}) {
                  if (list->loadStatus()->hasError())
                      list->reload();
              }
          },
          this))
{
    m_compareTimer.setSingleShot(true);
    m_compareTimer.setInterval(0);
    connect(&m_compareTimer, &QTimer::timeout, this, &MembershipComparison::compare);
    for (MemberOfModel *list : {m_a, m_b}) {
        connect(list, &QAbstractItemModel::rowsInserted, this, &MembershipComparison::scheduleCompare);
        connect(list, &QAbstractItemModel::rowsRemoved, this, &MembershipComparison::scheduleCompare);
        connect(list, &QAbstractItemModel::modelReset, this, &MembershipComparison::scheduleCompare);
        connect(list, &QAbstractItemModel::dataChanged, this, &MembershipComparison::scheduleCompare);
        // At once when a list has loaded: whoever waits for the load finds the rows compared.
        connect(list, &MemberOfModel::loaded, this, &MembershipComparison::compare);
        connect(list->loadStatus(), &LoadStatus::loadingChanged, this, &MembershipComparison::updateStatus);
        connect(list->loadStatus(), &LoadStatus::errorChanged, this, &MembershipComparison::updateStatus);
    }
    // A record read (or refused) may complete the comparison: those waiting on compared() hear it.
    for (PersonLoader *record : {m_recordA, m_recordB}) {
        connect(record, &PersonLoader::changed, this, &MembershipComparison::compare);
        connect(record, &PersonLoader::changed, this, &MembershipComparison::updateStatus);
    }
}

MembershipComparison::~MembershipComparison() = default;

void MembershipComparison::setPeople(const UserRef &a, const UserRef &b)
{
    m_a->setPerson(a);
    m_b->setPerson(b);
    m_recordA->setPerson(a.id);
    m_recordB->setPerson(b.id);
    compare();
    updateStatus();
}

const UserRef &MembershipComparison::personA() const
{
    return m_a->person();
}

const UserRef &MembershipComparison::personB() const
{
    return m_b->person();
}

void MembershipComparison::reload()
{
    m_a->reload();
    m_b->reload();
}

bool MembershipComparison::isComplete() const
{
    const auto settled = [](const PersonLoader *record) {
        return record->state() != PersonLoader::State::Loading && record->state() != PersonLoader::State::None;
    };
    return m_a->isComplete() && m_b->isComplete() && settled(m_recordA) && settled(m_recordB);
}

QList<Api::NamedRef> MembershipComparison::unseenGroups(Side side) const
{
    const auto unseen = [](const MemberOfModel *list, const PersonLoader *record) {
        return record->state() == PersonLoader::State::Loaded ? list->unlistedGroups(record->profile().groups)
                                                              : QList<Api::NamedRef>();
    };
    const QList<Api::NamedRef> ofA = unseen(m_a, m_recordA);
    const QList<Api::NamedRef> ofB = unseen(m_b, m_recordB);
    const QSet<qint64> idsOfB = Api::idSet(ofB);
    const QSet<qint64> idsOfA = Api::idSet(ofA);
    QList<Api::NamedRef> groups;
    for (const Api::NamedRef &group : side == Side::OnlyB ? ofB : ofA) {
        const bool inOther = (side == Side::OnlyB ? idsOfA : idsOfB).contains(group.id);
        if (inOther == (side == Side::Both))
            groups.append(group);
    }
    return groups;
}

void MembershipComparison::updateStatus()
{
    const LoadStatus *a = m_a->loadStatus();
    const LoadStatus *b = m_b->loadStatus();
    m_loadStatus->setError(a->hasError() ? a->lastError() : b->lastError());
    // The records only add the groups nobody here can see: their errors are not the lists'.
    m_loadStatus->setLoading(a->isLoading() || b->isLoading() || m_recordA->state() == PersonLoader::State::Loading
        || m_recordB->state() == PersonLoader::State::Loading);
}

void MembershipComparison::scheduleCompare()
{
    m_compareTimer.start();
}

void MembershipComparison::compare()
{
    m_compareTimer.stop();
    QHash<qint64, int> inA;
    for (int row = 0; row < m_a->rowCount(); ++row)
        inA.insert(m_a->group(row).id, row);
    QSet<qint64> inB;
    for (int row = 0; row < m_b->rowCount(); ++row)
        inB.insert(m_b->group(row).id);

    QList<Row> rows;
    rows.reserve(inA.size() + inB.size());
    for (int row = 0; row < m_a->rowCount(); ++row) {
        const Api::GroupSummary &group = m_a->group(row);
        rows.append({{group.id, group.name}, group.slug.value_or(QString()),
            inB.contains(group.id) ? Side::Both : Side::OnlyA});
    }
    for (int row = 0; row < m_b->rowCount(); ++row) {
        const Api::GroupSummary &group = m_b->group(row);
        if (!inA.contains(group.id))
            rows.append({{group.id, group.name}, group.slug.value_or(QString()), Side::OnlyB});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const Row &x, const Row &y) {
        if (x.side != y.side)
            return int(x.side) < int(y.side);
        const int order = collator.compare(x.group.name, y.group.name);
        return order != 0 ? order < 0 : x.group.id < y.group.id;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT compared();
}

QList<Api::NamedRef> MembershipComparison::groups(Side side) const
{
    QList<Api::NamedRef> groups;
    for (const Row &row : m_rows) {
        if (row.side == side)
            groups.append(row.group);
    }
    return groups;
}

int MembershipComparison::count(Side side) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [side](const Row &row) { return row.side == side; }));
}

QString MembershipComparison::sideText(Side side) const
{
    switch (side) {
    case Side::OnlyA:
        return tr("Only %1").arg(personA().name);
    case Side::Both:
        return tr("Both");
    case Side::OnlyB:
        return tr("Only %1").arg(personB().name);
    }
    return {};
}

QString MembershipComparison::summaryText() const
{
    return tr("Only %1: %2; both: %3; only %4: %5", "the groups of two people compared")
        .arg(personA().name, QLocale().toString(count(Side::OnlyA)), QLocale().toString(count(Side::Both)),
            personB().name, QLocale().toString(count(Side::OnlyB)));
}

QStringList MembershipComparison::csvHeader()
{
    return {QStringLiteral("group_id"), QStringLiteral("group"), QStringLiteral("slug"), QStringLiteral("side"),
        QStringLiteral("in_a"), QStringLiteral("in_b"), QStringLiteral("a_user_id"), QStringLiteral("a_name"),
        QStringLiteral("a_username"), QStringLiteral("a_email"), QStringLiteral("b_user_id"), QStringLiteral("b_name"),
        QStringLiteral("b_username"), QStringLiteral("b_email")};
}

QByteArray MembershipComparison::csv(const QAbstractItemModel *shown) const
{
    QHash<qint64, int> rowOf;
    if (shown && shown != this) {
        for (int row = 0; row < m_rows.size(); ++row)
            rowOf.insert(m_rows.at(row).group.id, row);
    }
    const QList<int> rows = shownRows(this, shown, [&rowOf](qint64 id) { return rowOf.value(id, -1); });
    const UserRef &a = personA();
    const UserRef &b = personB();
    const auto yesNo = [](bool yes) { return yes ? QStringLiteral("yes") : QStringLiteral("no"); };
    QList<QStringList> lines;
    lines.reserve(rows.size());
    for (const int index : std::as_const(rows)) {
        const Row &row = m_rows.at(index);
        const QString side = row.side == Side::OnlyA ? QStringLiteral("only_a")
            : row.side == Side::Both                 ? QStringLiteral("both")
                                                     : QStringLiteral("only_b");
        lines.append({QString::number(row.group.id), row.group.name, row.slug, side, yesNo(row.side != Side::OnlyB),
            yesNo(row.side != Side::OnlyA), QString::number(a.id), a.name, a.username, a.email, QString::number(b.id),
            b.name, b.username, b.email});
    }
    return Csv::write(csvHeader(), lines);
}

int MembershipComparison::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembershipComparison::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipComparison::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.group.id;
    if (role == KindRole)
        return int(row.side);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case GroupColumn:
        return row.group.name;
    case SlugColumn:
        return row.slug;
    case SideColumn:
        return role == RawValueRole ? QVariant(int(row.side)) : QVariant(sideText(row.side));
    default:
        return {};
    }
}

QVariant MembershipComparison::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case SlugColumn:
        return tr("Slug");
    case SideColumn:
        return tr("Member");
    default:
        return {};
    }
}

} // namespace Models
