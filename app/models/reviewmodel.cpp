#include "models/reviewmodel.h"

#include "models/reviewloader.h"
#include "models/roles.h"

#include <QtCore/QTimer>

#include <algorithm>

namespace Models {

using namespace Qt::StringLiterals;
using Decision = ReviewRow::Decision;

namespace {

/// Whether the table shows \a a and \a b alike (the times of a decision apart).
bool shownAlike(const ReviewRow &a, const ReviewRow &b)
{
    return a.decision == b.decision && a.note == b.note && a.outcome == b.outcome && a.outcomeReason == b.outcomeReason
        && a.isRetired() == b.isRetired() && a.suggestion == b.suggestion && a.suggestionDetail == b.suggestionDetail
        && a.held == b.held && a.name == b.name && a.username == b.username && a.email == b.email
        && a.groupName == b.groupName && a.viaGroupName == b.viaGroupName && a.active == b.active;
}

} // namespace

ReviewModel::ReviewModel(ReviewStore *store, qint64 reviewId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_reviewId(reviewId)
{
    if (m_store) {
        connect(m_store, &ReviewStore::rowsChanged, this, &ReviewModel::storeRowsChanged);
        // Decisions queued in the store that could not be written: the file is the truth.
        connect(m_store, &ReviewStore::errorOccurred, this, [this] {
            if (!m_queuedIds.isEmpty())
                reload();
        });
    }
    reload();
}

ReviewModel::~ReviewModel() = default;

void ReviewModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_lastReadId = 0;
    endResetModel();
    // Room for every row at once: growing a list of tens of thousands of rows slice by slice
    // copies them all each time it grows (a row is a dozen strings), one stall per growth.
    if (m_store) {
        const int expected = m_store->rowCount(m_reviewId);
        m_rows.reserve(expected);
        m_index.reserve(expected);
    }
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    // Even the first slice on a turn of its own: a window made with this model shows before
    // any row is read (reading one took tens of milliseconds on top of making the window).
    QTimer::singleShot(0, this, [this, generation] { readSlice(generation); });
}

void ReviewModel::readSlice(quint64 generation)
{
    if (generation != m_generation || !m_store)
        return;
    const QList<ReviewRow> slice = m_store->rows(m_reviewId, m_lastReadId, kSlice);
    if (!slice.isEmpty())
        m_lastReadId = slice.constLast().id;
    appendRows(slice);
    if (slice.size() == kSlice) {
        QTimer::singleShot(0, this, [this, generation] { readSlice(generation); });
        return;
    }
    m_loading = false;
    Q_EMIT loadingChanged(false);
    Q_EMIT progressChanged();
}

void ReviewModel::appendRows(const QList<ReviewRow> &rows)
{
    QList<ReviewRow> fresh;
    fresh.reserve(rows.size());
    for (const ReviewRow &row : rows) {
        if (!m_index.contains(row.id))
            fresh.append(row);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const ReviewRow &row : std::as_const(fresh)) {
        m_index.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void ReviewModel::follow(ReviewLoader *loader)
{
    connect(loader, &ReviewLoader::rowsWritten, this, [this](qint64, const ReviewChanges &changes) {
        refreshRows(changes.added + changes.retired + changes.returned + changes.changed + changes.suggested);
        Q_EMIT progressChanged();
    });
}

void ReviewModel::refreshRows(const QList<qint64> &rowIds)
{
    if (!m_store || rowIds.isEmpty())
        return;
    const QList<ReviewRow> rows = m_store->rowsById(rowIds);
    QList<ReviewRow> added;
    QList<int> updated;
    for (const ReviewRow &row : rows) {
        const int at = rowOf(row.id);
        if (at < 0) {
            added.append(row);
            continue;
        }
        // Decisions the model wrote in slices come back with the store's time only: no change.
        if (!shownAlike(m_rows.at(at), row))
            updated.append(at);
        m_rows[at] = row;
    }
    emitRowsChanged(updated, 0, ColumnCount - 1);
    appendRows(added);
}

void ReviewModel::storeRowsChanged(qint64 reviewId, const QList<qint64> &rowIds)
{
    if (reviewId != m_reviewId || m_writing)
        return;
    // The slices of the model's own decide(rows), written: it shows them already.
    QList<qint64> others;
    for (qint64 id : rowIds) {
        if (!m_queuedIds.remove(id))
            others.append(id);
    }
    if (!m_store->hasQueuedDecisions())
        m_queuedIds.clear();
    if (others.isEmpty())
        return;
    refreshRows(others);
    Q_EMIT progressChanged();
}

void ReviewModel::emitRowsChanged(const QList<int> &rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    // One signal per run of adjacent rows: a selection of 5,000 is a few signals, not 5,000.
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    int start = sorted.constFirst();
    int previous = start;
    for (qsizetype i = 1; i <= sorted.size(); ++i) {
        if (i < sorted.size() && sorted.at(i) == previous + 1) {
            previous = sorted.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(start, firstColumn), index(previous, lastColumn));
        if (i < sorted.size())
            start = previous = sorted.at(i);
    }
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.principalId;
    case ReviewRowIdRole:
        return row.id;
    case ReviewDecisionRole:
        return int(row.decision);
    case EmailRole:
        return row.email;
    case UsernameRole:
        return row.username;
    case Qt::ToolTipRole:
        if (row.isRetired())
            return tr("The grant is gone: a later read did not find it.");
        if (index.column() == OutcomeColumn && !row.outcomeReason.isEmpty())
            return row.outcomeReason;
        if (index.column() == SuggestionColumn && row.suggestion == ReviewRow::Suggestion::LeftGroup)
            return tr("%1 left %2 since the review was last read, and still holds this share directly.")
                .arg(row.name, row.suggestionDetail);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        return cellData(row, index.column(), role);
    default:
        return {};
    }
}

QVariant ReviewModel::cellData(const ReviewRow &row, int column, int role)
{
    const bool raw = role == RawValueRole;
    switch (Column(column)) {
    case GroupColumn:
        return row.groupName;
    case NameColumn:
        return row.name;
    case KindColumn:
        return row.principal == ReviewRow::Principal::Group ? tr("Group") : tr("User");
    case IdColumn:
        return raw ? QVariant(row.principalId) : QVariant(QString::number(row.principalId));
    case UsernameColumn:
        return row.username;
    case EmailColumn:
        return row.email;
    case HeldColumn:
        return raw ? QVariant(int(row.held)) : QVariant(ReviewRow::heldText(row.held));
    case HowColumn:
        return raw ? QVariant(row.viaGroupName) : QVariant(row.howText());
    case AccountColumn:
        if (row.isRetired() && !raw)
            return tr("%1 (grant gone)").arg(row.accountText());
        return row.accountText();
    case SuggestionColumn:
        return row.suggestionText();
    case DecisionColumn:
        if (role == Qt::EditRole || raw)
            return int(row.decision);
        return ReviewRow::decisionText(row.decision);
    case NoteColumn:
        return row.note;
    case OutcomeColumn:
        return raw ? QVariant(int(row.outcome)) : QVariant(ReviewRow::outcomeText(row.outcome));
    case ColumnCount:
        break;
    }
    return {};
}

bool ReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if ((index.column() == DecisionColumn && role == Qt::EditRole) || role == ReviewDecisionRole) {
        bool ok = false;
        int decision = value.toInt(&ok);
        if (!ok) {
            const std::optional<Decision> fromKey = ReviewRow::decisionFromKey(value.toString());
            if (!fromKey)
                return false;
            decision = int(*fromKey);
        }
        if (decision < int(Decision::Undecided) || decision > int(Decision::LowerToWrite))
            return false;
        return decide(index.row(), Decision(decision));
    }
    if (index.column() == NoteColumn && role == Qt::EditRole)
        return setNote(index.row(), value.toString());
    return false;
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case GroupColumn:
        return tr("Group");
    case NameColumn:
        return tr("Person or group");
    case KindColumn:
        return tr("Kind");
    case IdColumn:
        return tr("Id");
    case UsernameColumn:
        return tr("Username");
    case EmailColumn:
        return tr("E-mail");
    case HeldColumn:
        return tr("Holds");
    case HowColumn:
        return tr("How");
    case AccountColumn:
        return tr("Account");
    case SuggestionColumn:
        return tr("Suggestion");
    case DecisionColumn:
        return tr("Decision");
    case NoteColumn:
        return tr("Note");
    case OutcomeColumn:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const ReviewRow &row = m_rows.at(index.row());
    if (!row.isRetired() && (index.column() == DecisionColumn || index.column() == NoteColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ReviewModel::decide(int row, Decision decision, const std::optional<QString> &note)
{
    if (row < 0 || row >= m_rows.size() || !m_store)
        return false;
    ReviewRow &r = m_rows[row];
    if (r.isRetired() || !r.allows(decision))
        return false;
    const QString newNote = note.value_or(r.note);
    m_writing = true;
    const bool ok = m_store->decide(r.id, decision, newNote);
    m_writing = false;
    if (!ok)
        return false;
    r.decision = decision;
    r.note = newNote;
    r.decided = decision == Decision::Undecided ? QDateTime() : QDateTime::currentDateTimeUtc();
    emitRowsChanged({row}, DecisionColumn, NoteColumn);
    Q_EMIT progressChanged();
    return true;
}

int ReviewModel::decide(const QList<int> &rows, Decision decision)
{
    if (!m_store)
        return 0;
    QList<qint64> ids;
    QHash<qint64, int> modelRows;
    ids.reserve(rows.size());
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const ReviewRow &r = m_rows.at(row);
        if (r.isRetired() || !r.allows(decision))
            continue;
        ids.append(r.id);
        modelRows.insert(r.id, row);
    }
    // Shown at once, written by the store a slice a turn of the event loop: 5,000 rows in one
    // transaction held the thread for 100 to 200 ms.
    m_store->decideSoon(ids, decision);
    for (qint64 id : std::as_const(ids))
        m_queuedIds.insert(id);
    const QDateTime now = decision == Decision::Undecided ? QDateTime() : QDateTime::currentDateTimeUtc();
    QList<int> changed;
    changed.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        const int row = modelRows.value(id);
        m_rows[row].decision = decision;
        m_rows[row].decided = now;
        changed.append(row);
    }
    // One signal over the span of the rows: a sorted or filtered view's selection is scattered
    // over the model, and a proxy takes one range at once far faster than thousands of rows.
    if (!changed.isEmpty()) {
        const auto [low, high] = std::minmax_element(changed.cbegin(), changed.cend());
        Q_EMIT dataChanged(index(*low, DecisionColumn), index(*high, DecisionColumn));
        Q_EMIT progressChanged();
    }
    return int(changed.size());
}

bool ReviewModel::setNote(int row, const QString &note)
{
    if (row < 0 || row >= m_rows.size() || !m_store || m_rows.at(row).isRetired())
        return false;
    m_writing = true;
    const bool ok = m_store->setNote(m_rows.at(row).id, note);
    m_writing = false;
    if (!ok)
        return false;
    m_rows[row].note = note;
    emitRowsChanged({row}, NoteColumn, NoteColumn);
    return true;
}

ReviewModel::Counts ReviewModel::counts() const
{
    Counts counts;
    for (const ReviewRow &row : m_rows) {
        if (row.isRetired()) {
            ++counts.retired;
            continue;
        }
        ++counts.rows;
        if (row.suggestion != ReviewRow::Suggestion::None)
            ++counts.suggested;
        switch (row.decision) {
        case Decision::Undecided:
            continue;
        case Decision::Keep:
            ++counts.keep;
            break;
        case Decision::Remove:
            ++counts.remove;
            break;
        case Decision::LowerToRead:
        case Decision::LowerToWrite:
            ++counts.lower;
            break;
        }
        ++counts.decided;
        if (row.needsChange()) {
            if (row.isApplied())
                ++counts.applied;
            else if (row.outcome != ReviewRow::Outcome::None)
                ++counts.failed;
        }
    }
    return counts;
}

QString ReviewModel::progressText() const
{
    const Counts c = counts();
    //: The review's progress: "212 of 480 decided; 31 to remove".
    QString text = tr("%1 of %n decided", nullptr, c.rows).arg(c.decided);
    QStringList changes;
    if (c.remove > 0 || c.lower == 0)
        changes.append(tr("%n to remove", nullptr, c.remove));
    if (c.lower > 0)
        changes.append(tr("%n to lower", nullptr, c.lower));
    text += u"; "_s + changes.join(u", "_s);
    if (c.applied > 0 || c.failed > 0)
        text += u"; "_s + tr("%n applied", nullptr, c.applied);
    if (c.failed > 0)
        text += u", "_s + tr("%n not applied", nullptr, c.failed);
    return text;
}

// ---- ReviewFilterProxyModel ----

ReviewFilterProxyModel::ReviewFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ReviewFilterProxyModel::changed()
{
    // The mapping made anew, not mended: invalidateFilter() removed and inserted the rows a
    // filter changes a run at a time, and a filter such as "indirect only" cuts 30,000 rows into
    // thousands of runs, each moving the whole mapping (150 ms). A view keeps its selection
    // through the layout change.
    invalidate();
}

void ReviewFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_keyConnections))
        disconnect(connection);
    m_keyConnections.clear();
    // Connected before the base class is: the keys follow the rows before it sorts changed rows.
    // Row by row: an apply changes the rows one outcome at a time, and making the 30,000 keys
    // anew for each took seconds.
    if (model) {
        m_keyConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (m_sortKeysColumn >= topLeft.column() && m_sortKeysColumn <= bottomRight.column())
                        updateSortKeys(topLeft.row(), bottomRight.row(), false);
                }),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { updateSortKeys(first, last, true); }),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    if (m_sortKeys.size() > last)
                        m_sortKeys.remove(first, last - first + 1);
                    else
                        m_sortKeys.clear();
                }),
            connect(model, &QAbstractItemModel::modelReset, this, [this] { m_sortKeys.clear(); }),
            connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_sortKeys.clear(); }),
        };
    }
    m_sortKeys.clear();
    QSortFilterProxyModel::setSourceModel(model);
}

const QString *ReviewFilterProxyModel::sortText(const ReviewRow &row, int column)
{
    switch (column) {
    case ReviewModel::GroupColumn:
        return &row.groupName;
    case ReviewModel::NameColumn:
        return &row.name;
    case ReviewModel::UsernameColumn:
        return &row.username;
    case ReviewModel::EmailColumn:
        return &row.email;
    case ReviewModel::HowColumn:
        return &row.viaGroupName;
    case ReviewModel::NoteColumn:
        return &row.note;
    default:
        return nullptr;
    }
}

void ReviewFilterProxyModel::updateSortKeys(int first, int last, bool inserted)
{
    const auto *model = qobject_cast<const ReviewModel *>(sourceModel());
    if (m_sortKeys.isEmpty() || !model)
        return;
    const int count = last - first + 1;
    if (m_sortKeys.size() + (inserted ? count : 0) != model->rowCount()) {
        m_sortKeys.clear(); // out of step: made anew when next sorted
        return;
    }
    if (inserted)
        m_sortKeys.insert(first, count, QString());
    for (int row = first; row <= last; ++row)
        m_sortKeys[row] = sortText(model->rowAt(row), m_sortKeysColumn)->toCaseFolded();
}

const QList<QString> &ReviewFilterProxyModel::sortKeys(const ReviewModel &model, int column) const
{
    // Case-folded once per row: compared as they are, they order as a case-insensitive compare
    // of the texts does, at a fraction of its cost (sorting 30,000 names: 150 -> 30 ms).
    if (m_sortKeysColumn != column || m_sortKeys.size() != model.rowCount()) {
        m_sortKeysColumn = column;
        m_sortKeys.clear();
        m_sortKeys.reserve(model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            m_sortKeys.append(sortText(model.rowAt(row), column)->toCaseFolded());
    }
    return m_sortKeys;
}

void ReviewFilterProxyModel::setUndecidedOnly(bool on)
{
    if (m_undecidedOnly == on)
        return;
    m_undecidedOnly = on;
    changed();
}

void ReviewFilterProxyModel::setDeactivatedOnly(bool on)
{
    if (m_deactivatedOnly == on)
        return;
    m_deactivatedOnly = on;
    changed();
}

void ReviewFilterProxyModel::setIndirectOnly(bool on)
{
    if (m_indirectOnly == on)
        return;
    m_indirectOnly = on;
    changed();
}

void ReviewFilterProxyModel::setGroupId(qint64 groupId)
{
    if (m_groupId == groupId)
        return;
    m_groupId = groupId;
    changed();
}

void ReviewFilterProxyModel::setShowRetired(bool on)
{
    if (m_showRetired == on)
        return;
    m_showRetired = on;
    changed();
}

void ReviewFilterProxyModel::setText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (m_text == folded)
        return;
    m_text = folded;
    changed();
}

QList<int> ReviewFilterProxyModel::sourceRows(const QList<int> &proxyRows) const
{
    QList<int> rows;
    rows.reserve(proxyRows.size());
    for (int row : proxyRows)
        rows.append(mapToSource(index(row, 0)).row());
    return rows;
}

bool ReviewFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const ReviewModel *>(sourceModel());
    if (!model || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const ReviewRow &a = model->rowAt(left.row());
    const ReviewRow &b = model->rowAt(right.row());
    if (sortText(a, left.column())) {
        const QList<QString> &keys = sortKeys(*model, left.column());
        const int order = keys.at(left.row()).compare(keys.at(right.row()));
        return order != 0 ? order < 0 : a.id < b.id;
    }
    const auto number = [&](qint64 x, qint64 y) { return x != y ? x < y : a.id < b.id; };
    switch (ReviewModel::Column(left.column())) {
    case ReviewModel::KindColumn:
        return number(int(a.principal), int(b.principal));
    case ReviewModel::IdColumn:
        return number(a.principalId, b.principalId);
    case ReviewModel::HeldColumn:
        return number(int(a.held), int(b.held));
    case ReviewModel::AccountColumn:
        return number(a.active ? int(*a.active) : -1, b.active ? int(*b.active) : -1);
    case ReviewModel::SuggestionColumn:
        return number(int(a.suggestion), int(b.suggestion));
    case ReviewModel::DecisionColumn:
        return number(int(a.decision), int(b.decision));
    case ReviewModel::OutcomeColumn:
        return number(int(a.outcome), int(b.outcome));
    default:
        break;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ReviewFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const ReviewModel *>(sourceModel());
    if (!model)
        return true;
    const ReviewRow &row = model->rowAt(sourceRow);
    if (m_undecidedOnly && (row.decision != Decision::Undecided || row.isRetired()))
        return false;
    if (!m_showRetired && row.isRetired())
        return false;
    if (m_deactivatedOnly && !row.isDeactivated())
        return false;
    if (m_indirectOnly && !row.isIndirect())
        return false;
    if (m_groupId != 0 && row.groupId != m_groupId)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &text) { return text.contains(m_text, Qt::CaseInsensitive); };
    return has(row.name) || has(row.username) || has(row.email) || has(row.groupName) || has(row.viaGroupName)
        || QString::number(row.principalId) == m_text;
}

} // namespace Models
