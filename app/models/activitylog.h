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
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include "api/records.h"

#include <functional>
#include <optional>

namespace Api {
class ApiClient;
}

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

/// One person or group an entry's change touched, and how it ended for them: a member added or
/// removed, a share given, changed or revoked (with the level before and after), a group
/// created or edited. Kept in the log's items table, one row each, so months later the log
/// still says who was added to Legal and who was removed.
struct ActivityItem
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Models::ActivityItem)

public:
    enum class Kind { User, Group };
    Q_ENUM(Kind)
    /// What was done to the item.
    enum class Action { AddMember, RemoveMember, Share, Revoke, Create, Edit, Replace };
    Q_ENUM(Action)
    /// How it ended for this item.
    enum class Outcome { Done, AlreadySo, Failed, Cancelled };
    Q_ENUM(Outcome)

    Kind kind = Kind::User;
    Action action = Action::AddMember;
    qint64 groupId = 0; ///< The group the change was made on.
    QString groupName;
    qint64 id = 0; ///< The user's or group's id (for a group edit, the group's own).
    QString name;
    QString handle; ///< A user's username, a group's slug; empty when not known.
    std::optional<Api::PermissionLevel> before; ///< For Share and Revoke: the level held before (none: nullopt).
    std::optional<Api::PermissionLevel> after; ///< For Share: the level given; Revoke: nullopt.
    Outcome outcome = Outcome::Done;
    QString reason; ///< The server's words when it failed (or why it was cancelled).

    /// "Add to Legal", "Remove from Legal", "Manage → Read on Finance", "Revoke Write on
    /// Finance", "Edit Legal".
    QString changeText() const;
    /// "Done", "Already so", "Failed", "Cancelled".
    static QString outcomeText(Outcome outcome);
    /// The words the file and the CSV keep: "add", "remove", "share", "revoke", "create", "edit", "replace".
    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(const QString &key);
    /// "done", "already", "failed", "cancelled".
    static QString outcomeKey(Outcome outcome);
    static std::optional<Outcome> outcomeFromKey(const QString &key);
    /// "read", "write", "manage"; empty for none.
    static QString levelKey(const std::optional<Api::PermissionLevel> &level);
    /// "user" or "group".
    static QString kindKey(Kind kind);
    /// What a text filter matches: the name, the username or slug and the id, case-folded.
    QString searchText() const;

    friend bool operator==(const ActivityItem &a, const ActivityItem &b);
};

/// Who made the changes: the signed-in user. An entry written before the log kept it has
/// id 0 and no username: unknown.
struct ActivityActor
{
    qint64 id = 0;
    QString username;

    bool isKnown() const { return id != 0 || !username.isEmpty(); }
    friend bool operator==(const ActivityActor &a, const ActivityActor &b)
    {
        return a.id == b.id && a.username == b.username;
    }
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
    /// Who made it (unknown for entries older than the log's version 2).
    ActivityActor actor;
    /// The people and groups it touched, one per change of its plan. Filled by fromOperation()
    /// and fromGroupEdit(), and in the entries entryAdded() and entryChanged() give; entries()
    /// leaves it empty (a page of entries reads no items): ActivityLog::items() reads them.
    /// Empty for entries older than version 2.
    QList<ActivityItem> itemList;

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
    /// \a time in local time with its offset from UTC, as the dock shows it: the locale's short
    /// date and time, then "UTC+01:00" ("UTC" itself when the offset is zero).
    static QString localTimeText(const QDateTime &time);
    /// \a time in ISO 8601, local, with its offset: "2024-03-14T14:05:32+01:00".
    static QString isoTimeText(const QDateTime &time);
    /// "ada.admin (id 1)"; "unknown" for an entry older than the log's actors.
    QString actorText() const;
    /// "Boston Office (12)"; "Boston Office (12), Data Quality (14)"; past three, "... and 4 more".
    QString groupsText() const;
    /// "117 of 120 done, 2 already so, 1 failed"; "120 done".
    QString itemsText() const;
    /// The message on one line: its reasons run on as sentences ("No user 7. No user 8.").
    QString messageLine() const;
    /// Everything the tooltip says, one fact a line.
    QString toolTip() const;
    /// What a text filter matches against: the change, the groups (names and ids), the
    /// message and the actor's username, case-folded. The items' names, usernames and ids are
    /// matched too, in their own rows (ActivityItem::searchText()).
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
    /// Matched, case-insensitively, in the change, the group names and ids, the message, the
    /// actor, and the names, usernames (or slugs) and ids of the entry's items.
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
    /// The schema this build writes (PRAGMA user_version). Version 1 (entries only) is
    /// migrated in place on open: its entries keep everything, with no items and no actor.
    static constexpr int kSchemaVersion = 2;

    ActivityLog(const QString &folder, const QString &connectionKey, QObject *parent = nullptr);
    ~ActivityLog() override;

    /// Where logs are kept: the "activity" folder of the data folder (Models::dataFolder()).
    static QString defaultFolder();
    /// The file name (without .sqlite) of a connection's log: the endpoint's host (with its
    /// port when it names one) and the signed-in user's id, "api.civisanalytics.com-4711";
    /// for the sandbox, "sandbox-" with a digest of its \a sandboxDatabase path, so two sandbox
    /// databases keep two logs. Only letters, digits, dots and dashes.
    static QString connectionKey(const QUrl &baseUrl, qint64 userId, const QString &sandboxDatabase = {});

    /// At most this many people and groups of one entry are looked up for their username or
    /// slug (lookUpHandles()); the planners name the people of a bulk run themselves.
    static constexpr int kMaxLookUps = 100;

    /// Records the runs and group edits of \a workspace from now on; items recorded without a
    /// username or slug (a share of the Sharing tab names people by name only) have them looked
    /// up with its client.
    void watch(Workspace *workspace);
    /// Who entries recorded from now on were made by (the session's signed-in user).
    void setActor(const ActivityActor &actor) { m_actor = actor; }
    ActivityActor actor() const { return m_actor; }

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
    /// The items of entry \a entryId, in the order of its plan.
    QList<ActivityItem> items(qint64 entryId) const;

    /// The columns of csv(): "Entry", "Time", "Actor id", "Actor", "Change", "Action",
    /// "Group id", "Group", "Item kind", "Item id", "Name", "Username or slug", "Before",
    /// "After", "Outcome", "Reason".
    static QStringList csvHeader();
    /// \a entry's rows of csv(), one per item (\a entry's itemList): the time in ISO 8601 with
    /// the local offset ("2024-03-14T14:05:32+01:00"); an entry without items (older than
    /// version 2) is one row with its first group, its outcome and its message.
    static QList<QStringList> csvRows(const ActivityEntry &entry);
    /// Every entry matching \a filter, newest first, one row per item, as CSV (Models::Csv).
    QByteArray csv(const ActivityFilter &filter = {}) const;
    /// The same, made in a worker thread over a connection of its own (thousands of entries
    /// take longer than the GUI may stall), given to \a done in \a context's thread; not
    /// called when \a context is gone by then.
    void csvLater(const ActivityFilter &filter, QObject *context, std::function<void(const QByteArray &)> done) const;

Q_SIGNALS:
    void entryAdded(const Models::ActivityEntry &entry);
    /// A retry ended: \a entry has its new counts, outcome, message and items; or the
    /// usernames and slugs of its items came in.
    void entryChanged(const Models::ActivityEntry &entry);
    /// The file could not be written; errorString() says why.
    void errorOccurred(const QString &error);

private:
    bool open(const QString &folder);
    bool createSchema();
    /// Brings a file of \a version up to kSchemaVersion, in one transaction.
    bool migrate(int version);
    /// Replaces the item rows of entry \a entryId with \a items; inside the caller's transaction.
    bool writeItems(qint64 entryId, const QList<ActivityItem> &items);
    /// Asks the server for the usernames and slugs \a entry's items lack, and writes them in.
    void lookUpHandles(const ActivityEntry &entry);
    /// Writes \a handles (by kind and id) into entry \a entryId's items that lack one.
    void fillHandles(qint64 entryId, const QHash<QPair<int, qint64>, QString> &handles);
    void operationFinished(ChangeOperation *operation);
    void groupEditFinished(GroupEdit *edit);
    bool update(const ActivityEntry &entry);
    void fail(const QString &error);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    ActivityActor m_actor;
    QPointer<Api::ApiClient> m_client;
    /// The entry each run of this session was recorded as, so a retry updates it.
    QHash<const ChangeOperation *, qint64> m_operationEntries;
};

} // namespace Models

Q_DECLARE_METATYPE(Models::ActivityEntry)
Q_DECLARE_METATYPE(Models::ActivityItem)
