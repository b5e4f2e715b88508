#pragma once

#include "models/changeoperation.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <deque>
#include <optional>

namespace Models {

class Workspace;

/// This session's membership and share changes, one row per operation the workspace queued, in
/// the order they were queued (newest last): what it does, where it stands (queued, running,
/// paused, done, partly done, failed, cancelled), done of total, its rate over the last few
/// seconds, the time it has left, when it started and finished. Rows change in place as the
/// operations go; an operation deleted (its undo step dropped) keeps its row with what was
/// last known of it.
class OperationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TextColumn,
        StateColumn,
        ProgressColumn,
        RateColumn,
        TimeLeftColumn,
        StartedColumn,
        FinishedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// How far back the rate looks, and how often a running row's rate and time left are redone.
    static constexpr int kRateWindowMs = 5000;
    static constexpr int kTickMs = 1000;

    /// The operations \a workspace queues from now on.
    explicit OperationListModel(Workspace *workspace, QObject *parent = nullptr);
    ~OperationListModel() override;

    /// Appends a row for \a operation (the workspace's operationQueued() does).
    void addOperation(ChangeOperation *operation);

    /// The operation of \a row; nullptr once it was deleted.
    ChangeOperation *operation(int row) const;
    /// The row of \a operation, -1 for none.
    int rowOf(const ChangeOperation *operation) const;
    /// The row a view shows when nothing is picked: the running operation's, else the newest; -1 when empty.
    int defaultRow() const;

    /// "Queued", "Running", "Paused", "Done", "Partly done: 3 failed", "Failed", "Cancelled".
    QString stateText(int row) const;
    /// How far \a row's operation has come: while it runs, the changes that have ended (however
    /// they ended); once it has finished, those that held (done, or already so).
    int doneCount(int row) const;
    /// Changes per second over the last few seconds; nullopt until it has run a moment, or when not running.
    std::optional<double> rate(int row) const;
    /// Seconds the row's operation still needs at its rate; nullopt when unknown.
    std::optional<qint64> secondsLeft(int row) const;
    /// For a progress line: "412 of 1,000 · 85 per second · about 7 s left".
    QString progressText(int row) const;

    /// What \a operation's changes came to, in the words of its kind: "118 added, 2 already
    /// members, 3 failed" (added, removed, moved, shared, revoked).
    static QString outcomeSummary(const ChangeOperation &operation);
    /// The server's reasons for the changes of \a operation that failed, the commonest first, each
    /// with how many gave it: "Service unavailable (3); Not found (1)"; at most \a most of them,
    /// then "and 2 more reasons"; empty when none failed.
    static QString failureReasons(const ChangeOperation &operation, int most = 3);
    /// "about 7 s", "about 3 min".
    static QString durationText(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The operation of \a row started (its plan is made: its size is known), or a retry of it did.
    void rowStarted(int row);

private:
    /// What the model knows of one operation, kept when the operation goes.
    struct Row
    {
        QPointer<ChangeOperation> operation;
        /// The operation's address, to find its row by (also in its destroyed()); null once it went.
        const QObject *key = nullptr;
        QString text;
        ChangeOperation::State state = ChangeOperation::State::Queued;
        bool paused = false;
        bool gone = false; ///< The operation was deleted.
        int finished = 0;
        int total = 0;
        int failed = 0;
        int cancelled = 0;
        QString summary;
        QDateTime started;
        QDateTime ended;
        qint64 startedMs = 0; ///< On m_clock, when the current run started.
        qint64 endedMs = 0;
        /// (time on m_clock, finished) samples of the last kRateWindowMs, oldest first.
        std::deque<std::pair<qint64, int>> samples;
    };

    /// Reads what \a row's operation says now and tells the views.
    void update(int row, bool sample);
    void rowChanged(int row, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    /// Redoes the rate and time left of the running rows; stops when none runs.
    void tick();
    /// The row of \a operation, looked up from the end (the newest are the busy ones); -1 for none.
    int findRow(const QObject *operation) const;

    QPointer<Workspace> m_workspace;
    QList<Row> m_rows;
    QElapsedTimer m_clock;
    QTimer m_ticker;
};

} // namespace Models
