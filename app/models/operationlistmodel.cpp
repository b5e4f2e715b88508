#include "models/operationlistmodel.h"

#include "models/roles.h"
#include "models/workspace.h"

#include <QtCore/QLocale>

#include <array>
#include <cmath>

namespace Models {

using Api::BulkChange;
using Api::BulkOutcome;
using State = ChangeOperation::State;

namespace {
/// A rate needs this much of a run behind it before it means anything.
constexpr qint64 kRateMinimumMs = 1000;
} // namespace

OperationListModel::OperationListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_clock.start();
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &OperationListModel::tick);
    if (workspace)
        connect(workspace, &Workspace::operationQueued, this, &OperationListModel::addOperation);
}

OperationListModel::~OperationListModel() = default;

void OperationListModel::addOperation(ChangeOperation *operation)
{
    if (!operation || rowOf(operation) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row added;
    added.operation = operation;
    added.key = operation;
    added.text = operation->text();
    m_rows.append(added);
    endInsertRows();
    update(row, false);

    connect(operation, &ChangeOperation::started, this, [this, operation] {
        const int at = findRow(operation);
        if (at < 0)
            return;
        Row &started = m_rows[at];
        started.started = QDateTime::currentDateTime();
        started.startedMs = m_clock.elapsed();
        update(at, true);
        m_ticker.start();
        Q_EMIT rowStarted(at);
    });
    connect(operation, &ChangeOperation::progress, this, [this, operation] {
        const int at = findRow(operation);
        if (at < 0)
            return;
        Row &row = m_rows[at];
        // A retry makes the failed changes pending again: it runs anew from here.
        if (row.state == State::Finished && operation->state() == State::Running) {
            row.startedMs = m_clock.elapsed();
            row.samples.clear();
            row.ended = {};
            update(at, true);
            m_ticker.start();
            Q_EMIT rowStarted(at);
            return;
        }
        update(at, true);
    });
    connect(operation, &ChangeOperation::pausedChanged, this, [this, operation] {
        const int at = findRow(operation);
        if (at < 0)
            return;
        // The rate of a paused run starts over when it resumes.
        m_rows[at].samples.clear();
        update(at, true);
    });
    connect(operation, &ChangeOperation::rateLimitWaitChanged, this, [this, operation] {
        const int at = findRow(operation);
        if (at >= 0)
            update(at, false);
    });
    connect(operation, &ChangeOperation::finished, this, [this, operation] {
        const int at = findRow(operation);
        if (at < 0)
            return;
        Row &row = m_rows[at];
        row.ended = QDateTime::currentDateTime();
        row.endedMs = m_clock.elapsed();
        update(at, false);
    });
    connect(operation, &QObject::destroyed, this, [this, operation] {
        const int at = findRow(operation);
        if (at < 0)
            return;
        // Its address may be taken by a new operation: this row is no one's any more.
        m_rows[at].key = nullptr;
        m_rows[at].gone = true;
        m_rows[at].samples.clear();
        rowChanged(at);
    });
}

int OperationListModel::findRow(const QObject *operation) const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).key == operation)
            return row;
    }
    return -1;
}

void OperationListModel::update(int row, bool sample)
{
    Row &r = m_rows[row];
    const ChangeOperation *operation = r.operation;
    if (!operation)
        return;
    const bool wasFinished = r.state == State::Finished;
    r.state = operation->state();
    r.paused = operation->isPaused();
    r.finished = operation->finishedCount();
    r.total = operation->size();
    if (r.state == State::Finished) {
        // Counting outcomes walks the plan: once per run's end, not per change.
        if (!wasFinished || r.summary.isEmpty()) {
            r.failed = operation->count(BulkOutcome::Failed);
            r.cancelled = operation->count(BulkOutcome::Cancelled);
            r.summary = outcomeSummary(*operation);
        }
        r.samples.clear();
    } else if (sample && r.state == State::Running && !r.paused) {
        const qint64 now = m_clock.elapsed();
        r.samples.emplace_back(now, r.finished);
        // Keep one sample older than the window, so the rate spans all of it.
        while (r.samples.size() > 2 && now - r.samples[1].first > kRateWindowMs)
            r.samples.pop_front();
    }
    rowChanged(row);
}

void OperationListModel::rowChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void OperationListModel::tick()
{
    bool running = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == State::Running && !m_rows.at(row).gone) {
            running = true;
            rowChanged(row, RateColumn, TimeLeftColumn);
        }
    }
    if (!running)
        m_ticker.stop();
}

ChangeOperation *OperationListModel::operation(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).operation.data() : nullptr;
}

int OperationListModel::rowOf(const ChangeOperation *operation) const
{
    return operation ? findRow(operation) : -1;
}

int OperationListModel::defaultRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == State::Running && !m_rows.at(row).gone)
            return row;
    }
    return int(m_rows.size()) - 1;
}

QString OperationListModel::stateText(int row) const
{
    const Row &r = m_rows.at(row);
    switch (r.state) {
    case State::Queued:
        return r.paused ? tr("Paused") : tr("Queued");
    case State::Running:
        return r.paused ? tr("Paused") : tr("Running");
    case State::Finished:
        break;
    }
    const int succeeded = r.finished - r.failed - r.cancelled;
    if (r.failed == 0 && r.cancelled == 0)
        return tr("Done");
    if (r.failed == 0)
        return tr("Cancelled");
    if (succeeded <= 0 && r.cancelled == 0)
        return tr("Failed");
    return r.cancelled == 0 ? tr("Partly done: %Ln failed", nullptr, r.failed)
                            : tr("Partly done: %1 failed, %2 cancelled")
                                  .arg(QLocale().toString(r.failed), QLocale().toString(r.cancelled));
}

int OperationListModel::doneCount(int row) const
{
    const Row &r = m_rows.at(row);
    return r.state == State::Finished ? r.finished - r.failed - r.cancelled : r.finished;
}

std::optional<double> OperationListModel::rate(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.state != State::Running || r.paused || r.gone || r.samples.empty())
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    // From the oldest sample in (or just before) the window to now: a stall brings it down.
    const auto &[since, finishedThen] = r.samples.front();
    const qint64 span = now - since;
    if (span < kRateMinimumMs)
        return std::nullopt;
    return double(r.finished - finishedThen) * 1000.0 / double(span);
}

std::optional<qint64> OperationListModel::secondsLeft(int row) const
{
    const std::optional<double> perSecond = rate(row);
    if (!perSecond || *perSecond <= 0.0)
        return std::nullopt;
    const Row &r = m_rows.at(row);
    return qint64(std::ceil(double(r.total - r.finished) / *perSecond));
}

QString OperationListModel::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("about %Ln s", nullptr, int(std::max<qint64>(1, seconds)));
    if (seconds < 3600)
        return tr("about %Ln min", nullptr, int((seconds + 30) / 60));
    return tr("about %1 h %2 min").arg(QLocale().toString(seconds / 3600), QLocale().toString((seconds % 3600) / 60));
}

QString OperationListModel::progressText(int row) const
{
    const Row &r = m_rows.at(row);
    const QLocale locale;
    if (r.state == State::Queued && !r.gone)
        return r.paused ? tr("Paused before it started") : tr("Waits for the changes before it");
    QString text = tr("%1 of %2").arg(locale.toString(doneCount(row)), locale.toString(r.total));
    const QString separator = tr(" \u00b7 ");
    if (r.state == State::Running && r.paused)
        return text + separator + tr("paused");
    // The API's rate limit holds the requests back: say so, or a stopped count looks like a hang.
    if (r.state == State::Running && r.operation) {
        const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(r.operation->rateLimitWaitUntil());
        if (r.operation->rateLimitWaitUntil().isValid() && waitMs > 0)
            return text + separator + tr("Waiting for the API's rate limit, %n s", nullptr, int((waitMs + 999) / 1000));
    }
    if (const std::optional<double> perSecond = rate(row)) {
        text += separator + tr("%1 per second").arg(locale.toString(*perSecond, 'f', *perSecond < 10 ? 1 : 0));
        if (const std::optional<qint64> left = secondsLeft(row))
            text += separator + tr("%1 left").arg(durationText(*left));
    } else if (r.state == State::Finished && r.startedMs > 0 && r.endedMs >= r.startedMs) {
        text += separator + tr("took %1").arg(durationText((r.endedMs - r.startedMs + 500) / 1000));
    }
    return text;
}

QString OperationListModel::outcomeSummary(const ChangeOperation &operation)
{
    if (operation.state() == State::Queued)
        return tr("Not started yet");
    if (operation.size() == 0)
        return tr("Nothing to do");
    // A move is a pair: the add, and the remove that waited for it. The remove says how the pair went.
    QList<bool> isPrerequisite(operation.size(), false);
    for (int i = 0; i < operation.size(); ++i) {
        if (operation.change(i).after >= 0)
            isPrerequisite[operation.change(i).after] = true;
    }
    using Effect = BulkChange::Effect;
    // Counted by what each change does: Join, Leave, Grant, Revoke.
    std::array<int, 4> done{};
    std::array<int, 4> alreadySo{};
    int &added = done.at(size_t(Effect::Join));
    int &removed = done.at(size_t(Effect::Leave));
    int &shared = done.at(size_t(Effect::Grant));
    int &revoked = done.at(size_t(Effect::Revoke));
    int &members = alreadySo.at(size_t(Effect::Join));
    int &nonMembers = alreadySo.at(size_t(Effect::Leave));
    int &access = alreadySo.at(size_t(Effect::Grant));
    int &noAccess = alreadySo.at(size_t(Effect::Revoke));
    int moved = 0;
    int failed = 0, cancelled = 0, pending = 0;
    for (int i = 0; i < operation.size(); ++i) {
        if (isPrerequisite.at(i))
            continue;
        const PlannedChange &change = operation.change(i);
        const BulkOutcome outcome = operation.outcome(i);
        const bool movePart = change.after >= 0;
        switch (outcome) {
        case BulkOutcome::Pending:
        case BulkOutcome::Running:
            ++pending;
            break;
        case BulkOutcome::Failed:
            ++failed;
            break;
        case BulkOutcome::Cancelled:
            ++cancelled;
            break;
        case BulkOutcome::Done:
            if (movePart) {
                ++moved;
                break;
            }
            ++done.at(size_t(change.forward.effect()));
            break;
        case BulkOutcome::AlreadySo:
            if (movePart) {
                // Not in the group they were to leave: the add alone says what happened.
                (operation.outcome(change.after) == BulkOutcome::Done ? added : members) += 1;
                break;
            }
            ++alreadySo.at(size_t(change.forward.effect()));
            break;
        }
    }
    QStringList parts;
    const auto part = [&parts](int n, const QString &text) {
        if (n > 0)
            parts.append(text);
    };
    part(moved, tr("%Ln moved", nullptr, moved));
    part(added, tr("%Ln added", nullptr, added));
    part(removed, tr("%Ln removed", nullptr, removed));
    part(shared, tr("%Ln shared", nullptr, shared));
    part(revoked, tr("%Ln revoked", nullptr, revoked));
    part(members, members == 1 ? tr("1 already a member") : tr("%Ln already members", nullptr, members));
    part(nonMembers, nonMembers == 1 ? tr("1 not a member") : tr("%Ln not members", nullptr, nonMembers));
    part(access, tr("%Ln already had that access", nullptr, access));
    part(noAccess, tr("%Ln had no access", nullptr, noAccess));
    part(failed, tr("%Ln failed", nullptr, failed));
    part(cancelled, tr("%Ln cancelled", nullptr, cancelled));
    part(pending, tr("%Ln to go", nullptr, pending));
    QString summary = parts.join(tr(", "));
    // What the person was warned of and said yes to, said again once it is so.
    const QStringList managerless = operation.groupsLeftWithoutManager();
    if (!managerless.isEmpty()) {
        summary += managerless.size() == 1 ? tr("; %1 was left with no manager").arg(managerless.first())
                                           : tr("; left with no manager: %1").arg(managerless.join(tr(", ")));
    }
    return summary;
}

QString OperationListModel::failureReasons(const ChangeOperation &operation, int most)
{
    QHash<QString, int> counts;
    QStringList order; // first seen first, among equal counts
    for (int index : operation.indexesWith(BulkOutcome::Failed)) {
        const QString reason = operation.error(index).message();
        if (!counts.contains(reason))
            order.append(reason);
        ++counts[reason];
    }
    std::stable_sort(order.begin(), order.end(), [&counts](const QString &a, const QString &b) { return counts.value(a) > counts.value(b); });
    QStringList parts;
    for (int i = 0; i < order.size() && i < most; ++i) {
        QString reason = order.at(i).trimmed();
        // The reasons are sentences; in a list they lose their stops, and the list gets one.
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        parts.append(tr("%Ln \u00d7 %1", "how many failed for a reason, the reason", counts.value(order.at(i)))
                         .arg(reason.isEmpty() ? tr("no reason given") : reason));
    }
    if (order.size() > most)
        parts.append(order.size() - most == 1 ? tr("and 1 more reason")
                                              : tr("and %Ln more reasons", nullptr, int(order.size()) - most));
    return parts.isEmpty() ? QString() : parts.join(tr("; ")) + tr(".");
}

int OperationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row &r = m_rows.at(row);
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TextColumn:
            return r.text;
        case StateColumn:
            return stateText(row);
        case ProgressColumn:
            if (r.state == State::Queued)
                return QString();
            return tr("%1 of %2").arg(locale.toString(doneCount(row)), locale.toString(r.total));
        case RateColumn:
            if (const std::optional<double> perSecond = rate(row))
                return tr("%1/s").arg(locale.toString(*perSecond, 'f', *perSecond < 10 ? 1 : 0));
            return QString();
        case TimeLeftColumn:
            if (const std::optional<qint64> left = secondsLeft(row))
                return durationText(*left);
            return QString();
        case StartedColumn:
            return r.started.isValid() ? locale.toString(r.started.time(), QLocale::ShortFormat) : QString();
        case FinishedColumn:
            return r.ended.isValid() ? locale.toString(r.ended.time(), QLocale::ShortFormat) : QString();
        }
        return {};
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case TextColumn:
            return r.text;
        case StateColumn:
            return int(r.state);
        case ProgressColumn:
            return doneCount(row);
        case RateColumn:
            return rate(row) ? QVariant(*rate(row)) : QVariant();
        case TimeLeftColumn:
            return secondsLeft(row) ? QVariant(*secondsLeft(row)) : QVariant();
        case StartedColumn:
            return r.started;
        case FinishedColumn:
            return r.ended;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TextColumn:
            return r.gone ? tr("%1 (no longer in the undo history)").arg(r.text) : r.text;
        case StateColumn:
            return r.summary.isEmpty() ? QVariant() : QVariant(r.summary);
        case StartedColumn:
            return r.started.isValid() ? QVariant(locale.toString(r.started, QLocale::LongFormat)) : QVariant();
        case FinishedColumn:
            return r.ended.isValid() ? QVariant(locale.toString(r.ended, QLocale::LongFormat)) : QVariant();
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ProgressColumn && index.column() <= TimeLeftColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OperationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Change");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Done");
    case RateColumn:
        return tr("Rate");
    case TimeLeftColumn:
        return tr("Time left");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    }
    return {};
}

} // namespace Models
