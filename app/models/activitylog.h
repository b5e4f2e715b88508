#pragma once

// The activity log: the administrator's record of every change the app made on one connection
// (membership and share runs, group creates, edits and replaces, and their undo and redo),
// kept in an SQLite file of the user's data folder, one file per connection, so it survives a
// restart (and a crash mid-write: WAL, each entry one transaction). It holds what a person
// reads in the Activity dock and nothing secret: no key, no header, no request body.

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <functional>
#include <optional>

namespace Models {

class ChangeOperation;
class GroupEdit;
class Workspace;

/// A group an entry is about, as it was named when the change ended.
struct ActivityGroup
{
    qint64 id = 0; ///< 0 for a group a failed create never made.
    QString name;

    friend bool operator==(const ActivityGroup &a, const ActivityGroup &b) { return a.id == b.id && a.name == b.name; }
};

/// One finished change of the log.
struct ActivityEntry
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Models::ActivityEntry)

public:
    /// How it ended, in the order a sort by outcome puts them.
    enum class Outcome {
        Done, ///< Every item done or already so.
        PartlyDone, ///< Some items failed, others held.
        Failed, ///< Every item that was tried failed.
        Cancelled, ///< Stopped: nothing failed, some items were never made.
    };
    Q_ENUM(Outcome)

    /// What made it.
    enum class Source { Change, GroupEdit };
    Q_ENUM(Source)

    /// How many distinct server reasons an entry keeps.
    static constexpr int kMaxReasons = 3;

    qint64 id = 0; ///< The log's row id; 0 until recorded.
    QDateTime time; ///< When it first finished (UTC).
    QDateTime updated; ///< When its last run finished: later than time after a retry.
    int runs = 1; ///< 1, plus one per retry of its failures.
    Source source = Source::Change;
    QString text; ///< "Add 120 users to Boston Office", "Edit Boston Office", "Undo Add ...".
    QList<ActivityGroup> groups;
    int items = 0; ///< The changes of the plan (1 for a group edit).
    int done = 0;
    int alreadySo = 0;
    int failed = 0;
    int cancelled = 0; ///< Cancelled, or never sent because the run stopped.
    Outcome outcome = Outcome::Done;
    /// The server's words for the failures: the first kMaxReasons distinct ones, one a line.
    QString message;
    /// More for the tooltip: the fields a group edit set, how it ended in words.
    QString detail;

    /// The entry for the run \a operation just finished.
    static ActivityEntry fromOperation(const ChangeOperation &operation);
    /// The entry for the group edit \a edit just finished; nullopt for one that conflicted and
    /// waits for the person's choice (overwrite, which finishes it again, or discard).
    static std::optional<ActivityEntry> fromGroupEdit(const GroupEdit &edit);
    /// The outcome of counts: \a failed and \a cancelled against what held.
    static Outcome outcomeOf(int done, int alreadySo, int failed, int cancelled);

    /// "Done", "Partly done", "Failed", "Cancelled".
    static QString outcomeText(Outcome outcome);
    /// The outcome as the log's file stores it ("done", "partly", "failed", "cancelled").
    static QString outcomeKey(Outcome outcome);
    static std::optional<Outcome> outcomeFromKey(const QString &key);
    /// "Boston Office (12)"; "Boston Office (12), Data Quality (14)"; past three, "... and 4 more".
    QString groupsText() const;
    /// "117 of 120 done, 2 already so, 1 failed"; "120 done".
    QString itemsText() const;
    /// The message on one line: its reasons run on as sentences ("No user 7. No user 8.").
    QString messageLine() const;
    /// Everything the tooltip says, one fact a line.
    QString toolTip() const;
    /// What a text filter matches against: the change, the groups (names and ids) and the
    /// message, case-folded.
    QString searchText() const;
};

/// Which entries a view shows.
struct ActivityFilter
{
    enum class Outcomes {
        All,
        NotDone, ///< Failed, partly done or cancelled.
        Done,
    };
    /// Matched, case-insensitively, in the change, the group names and ids, and the message.
    QString text;
    Outcomes outcomes = Outcomes::All;

    bool matches(const ActivityEntry &entry) const;
    bool isEmpty() const { return text.isEmpty() && outcomes == Outcomes::All; }
};

/// The log of one connection, in \a folder/\a connectionKey.sqlite. Watching a workspace, it
/// records each run Workspace::operationFinished gives (undo and redo runs too) and each group
/// edit GroupEditQueue::finished gives. A retry of a run's failures finishing again updates
/// that run's entry (its counts, outcome and message become the run's as it stands now, its
/// updated time and runs move on) rather than adding one: the entry says what the change
/// came to; its time stays when it was first made.
///
/// Reads are paged (entries(), newest first), so a view of years of entries loads as it
/// scrolls. Each log opens its own uniquely named QSqlDatabase connection (the sandbox of the
/// same process uses QtSql too) and removes it when it goes. Lives in the GUI thread.
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    /// The schema this build writes (PRAGMA user_version).
    static constexpr int kSchemaVersion = 1;

    ActivityLog(const QString &folder, const QString &connectionKey, QObject *parent = nullptr);
    ~ActivityLog() override;

    /// Where logs are kept: the "activity" folder of the data folder (Models::dataFolder()).
    static QString defaultFolder();
    /// The file name (without .sqlite) of a connection's log: the endpoint's host (with its
    /// port when it names one) and the signed-in user's id, "api.civisanalytics.com-4711";
    /// for the sandbox, "sandbox-" with a digest of its \a sandboxDatabase path, so two sandbox
    /// databases keep two logs. Only letters, digits, dots and dashes.
    static QString connectionKey(const QUrl &baseUrl, qint64 userId, const QString &sandboxDatabase = {});

    /// Records the runs and group edits of \a workspace from now on.
    void watch(Workspace *workspace);

    bool isOpen() const;
    /// Why the file could not be opened or written, for people; empty when all is well.
    QString errorString() const { return m_error; }
    QString filePath() const { return m_path; }

    /// Adds \a entry (its id and times set here when unset); returns its id, 0 on a failure.
    qint64 record(ActivityEntry entry);
    /// Entries matching \a filter, newest first: those older than \a beforeId (all when 0), at
    /// most \a limit (all when negative).
    QList<ActivityEntry> entries(const ActivityFilter &filter = {}, qint64 beforeId = 0, int limit = -1) const;
    /// How many entries match \a filter.
    int count(const ActivityFilter &filter = {}) const;

    /// The columns of csv(): "Time", "Change", "Groups", "Group ids", "Items", "Done",
    /// "Already so", "Failed", "Cancelled", "Outcome", "Message".
    static QStringList csvHeader();
    /// \a entry as a row of csv(): the time in ISO 8601 with the local offset
    /// ("2024-03-14T14:05:32+01:00"), group names and ids separated by "; ", each count.
    static QStringList csvRow(const ActivityEntry &entry);
    /// Every entry matching \a filter, newest first, as CSV (Models::Csv).
    QByteArray csv(const ActivityFilter &filter = {}) const;
    /// The same, made in a worker thread over a connection of its own (thousands of entries
    /// take longer than the GUI may stall), given to \a done in \a context's thread; not
    /// called when \a context is gone by then.
    void csvLater(const ActivityFilter &filter, QObject *context, std::function<void(const QByteArray &)> done) const;

Q_SIGNALS:
    void entryAdded(const Models::ActivityEntry &entry);
    /// A retry ended: \a entry has its new counts, outcome and message.
    void entryChanged(const Models::ActivityEntry &entry);
    /// The file could not be written; errorString() says why.
    void errorOccurred(const QString &error);

private:
    bool open(const QString &folder);
    bool createSchema();
    void operationFinished(ChangeOperation *operation);
    void groupEditFinished(GroupEdit *edit);
    bool update(const ActivityEntry &entry);
    void fail(const QString &error);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    /// The entry each run of this session was recorded as, so a retry updates it.
    QHash<const ChangeOperation *, qint64> m_operationEntries;
};

} // namespace Models

Q_DECLARE_METATYPE(Models::ActivityEntry)
