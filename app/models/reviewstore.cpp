#include "models/reviewstore.h"

#include "models/datafolder.h"
#include "models/permissionleveltext.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace Models {

namespace {

using namespace Qt::StringLiterals;

/// How long a write waits for another window on the same connection: short, in the GUI thread.
constexpr int kBusyTimeoutMs = 250;

const QString kRowColumns = u"id, group_id, group_name, principal, principal_id, name, username, email, held, "
                            u"via_group_id, via_group_name, active, suggestion, suggestion_detail, added_at, "
                            u"retired_at, decision, note, decided_at, outcome, outcome_reason, outcome_at"_s;

QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<qint64> idsFromJson(const QString &json)
{
    QList<qint64> ids;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        ids.append(value.toInteger());
    return ids;
}

ReviewRow rowFromQuery(const QSqlQuery &query)
{
    ReviewRow row;
    row.id = query.value(0).toLongLong();
    row.groupId = query.value(1).toLongLong();
    row.groupName = query.value(2).toString();
    row.principal = query.value(3).toString() == u"group"_s ? ReviewRow::Principal::Group : ReviewRow::Principal::User;
    row.principalId = query.value(4).toLongLong();
    row.name = query.value(5).toString();
    row.username = query.value(6).toString();
    row.email = query.value(7).toString();
    row.held = ReviewRow::heldFromKey(query.value(8).toString()).value_or(ReviewRow::Held::Member);
    row.viaGroupId = query.value(9).toLongLong();
    row.viaGroupName = query.value(10).toString();
    if (!query.value(11).isNull())
        row.active = query.value(11).toInt() != 0;
    const QString suggestion = query.value(12).toString();
    row.suggestion = suggestion == u"deactivated"_s ? ReviewRow::Suggestion::Deactivated
        : suggestion == u"left_group"_s             ? ReviewRow::Suggestion::LeftGroup
                                                    : ReviewRow::Suggestion::None;
    row.suggestionDetail = query.value(13).toString();
    row.added = timeOf(query.value(14));
    row.retired = timeOf(query.value(15));
    row.decision = ReviewRow::decisionFromKey(query.value(16).toString()).value_or(ReviewRow::Decision::Undecided);
    row.note = query.value(17).toString();
    row.decided = timeOf(query.value(18));
    row.outcome = ReviewRow::outcomeFromKey(query.value(19).toString()).value_or(ReviewRow::Outcome::None);
    row.outcomeReason = query.value(20).toString();
    row.outcomeTime = timeOf(query.value(21));
    return row;
}

/// Whether two reads of one grant differ in what the review shows of it.
bool differs(const ReviewRow &a, const ReviewRow &b)
{
    return a.held != b.held || a.groupName != b.groupName || a.name != b.name || a.username != b.username
        || a.email != b.email || a.active != b.active || a.viaGroupName != b.viaGroupName;
}

/// What retiring a group's rows looks at: a row's identity and state, not its texts.
struct GrantState
{
    qint64 id = 0;
    QString key;
    bool retired = false;
    qint64 principalId = 0;
    qint64 viaGroupId = 0;
    QString viaGroupName;
};

/// The rows of group \a groupId stored under the keys of \a fresh; a few hundred keys a query.
QList<ReviewRow> rowsWithKeys(const QSqlDatabase &db, qint64 reviewId, qint64 groupId, const QList<ReviewRow> &fresh)
{
    constexpr int kKeysPerQuery = 500;
    QList<ReviewRow> stored;
    for (qsizetype at = 0; at < fresh.size(); at += kKeysPerQuery) {
        QStringList keys;
        for (qsizetype i = at; i < std::min(fresh.size(), at + kKeysPerQuery); ++i)
            keys.append(u"'"_s + fresh.at(i).key() + u"'"_s); // digits, letters and slashes only
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // By the group's index: the review's other groups are not looked at.
        query.prepare(u"SELECT "_s + kRowColumns
            + u" FROM rows WHERE review_id = ? AND group_id = ? AND grant_key IN ("_s + keys.join(u',') + u")"_s);
        query.addBindValue(reviewId);
        query.addBindValue(groupId);
        if (!query.exec()) {
            qWarning("access review: %s", qPrintable(query.lastError().text()));
            continue;
        }
        while (query.next())
            stored.append(rowFromQuery(query));
    }
    return stored;
}

QList<GrantState> grantStates(const QSqlDatabase &db, qint64 reviewId, qint64 groupId)
{
    QList<GrantState> states;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, grant_key, retired_at IS NOT NULL, principal_id, via_group_id, via_group_name "
                  u"FROM rows WHERE review_id = ? AND group_id = ?"_s);
    query.addBindValue(reviewId);
    query.addBindValue(groupId);
    if (!query.exec()) {
        qWarning("access review: %s", qPrintable(query.lastError().text()));
        return states;
    }
    while (query.next()) {
        states.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool(),
            query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toString()});
    }
    return states;
}

/// One slice of a group's read written in its transaction: rows added, updated, retired, and
/// the suggestions the retired ones make.
class SliceWrite
{
public:
    SliceWrite(const QSqlDatabase &db, qint64 reviewId, qint64 groupId);
    /// Adds the rows of \a fresh new to the review, updates those of \a stored that changed.
    bool writeFresh(const QList<ReviewRow> &fresh, const QList<ReviewRow> &stored);
    /// Retires the rows of \a group whose key is not in \a allKeys (rows through a share group
    /// in \a unknownVia excepted), and suggests the LeftGroup of ReviewStore::reconcileGroup().
    bool retireMissing(const QList<GrantState> &group, const QSet<QString> &allKeys, const QSet<qint64> &shareGroupIds,
        const QSet<qint64> &unknownVia);
    /// The database's words for the statement that failed.
    QString error() const;

    ReviewChanges changes;

private:
    bool insertRow(const QString &key, const ReviewRow &row, ReviewRow::Suggestion suggestion, const QVariant &active);
    bool updateRow(
        const ReviewRow &old, const ReviewRow &row, ReviewRow::Suggestion suggestion, const QVariant &active);
    bool suggestLeftGroup(const QHash<qint64, QString> &leftVia);

    qint64 m_reviewId;
    qint64 m_groupId;
    qint64 m_nowMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_retire;
    QSqlQuery m_suggest;
};

SliceWrite::SliceWrite(const QSqlDatabase &db, qint64 reviewId, qint64 groupId)
    : m_reviewId(reviewId)
    , m_groupId(groupId)
    , m_insert(db)
    , m_update(db)
    , m_retire(db)
    , m_suggest(db)
{
    m_insert.prepare(u"INSERT INTO rows (review_id, grant_key, group_id, group_name, principal, principal_id, name, "
                     u"username, email, held, via_group_id, via_group_name, active, suggestion, suggestion_detail, "
                     u"added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_update.prepare(
        u"UPDATE rows SET group_name = ?, name = ?, username = ?, email = ?, held = ?, via_group_name = ?, "
        u"active = ?, suggestion = CASE WHEN suggestion = 'left_group' THEN suggestion ELSE ? END, "
        u"suggestion_detail = CASE WHEN suggestion = 'left_group' THEN suggestion_detail ELSE ? END, "
        u"retired_at = NULL WHERE id = ?"_s);
    m_retire.prepare(u"UPDATE rows SET retired_at = ? WHERE id = ?"_s);
}

QString SliceWrite::error() const
{
    for (const QSqlQuery *query : {&m_insert, &m_update, &m_retire, &m_suggest}) {
        if (query->lastError().isValid())
            return query->lastError().text();
    }
    return {};
}

bool SliceWrite::writeFresh(const QList<ReviewRow> &fresh, const QList<ReviewRow> &stored)
{
    QHash<QString, const ReviewRow *> byKey;
    for (const ReviewRow &row : stored)
        byKey.insert(row.key(), &row);
    QSet<QString> seen;
    for (const ReviewRow &row : fresh) {
        const QString key = row.key();
        if (seen.contains(key))
            continue; // a principal listed twice (the API repeats no one; a guard all the same)
        seen.insert(key);
        const ReviewRow::Suggestion suggestion
            = row.isDeactivated() ? ReviewRow::Suggestion::Deactivated : ReviewRow::Suggestion::None;
        const QVariant active = row.active ? QVariant(int(*row.active)) : QVariant(QMetaType::fromType<int>());
        const auto it = byKey.constFind(key);
        const bool ok = it == byKey.constEnd() ? insertRow(key, row, suggestion, active)
                                               : updateRow(**it, row, suggestion, active);
        if (!ok)
            return false;
    }
    return true;
}

bool SliceWrite::insertRow(
    const QString &key, const ReviewRow &row, ReviewRow::Suggestion suggestion, const QVariant &active)
{
    m_insert.addBindValue(m_reviewId);
    m_insert.addBindValue(key);
    m_insert.addBindValue(m_groupId);
    m_insert.addBindValue(notNull(row.groupName));
    m_insert.addBindValue(row.principal == ReviewRow::Principal::Group ? u"group"_s : u"user"_s);
    m_insert.addBindValue(row.principalId);
    m_insert.addBindValue(notNull(row.name));
    m_insert.addBindValue(notNull(row.username));
    m_insert.addBindValue(notNull(row.email));
    m_insert.addBindValue(ReviewRow::heldKey(row.held));
    m_insert.addBindValue(row.viaGroupId);
    m_insert.addBindValue(notNull(row.viaGroupName));
    m_insert.addBindValue(active);
    m_insert.addBindValue(notNull(ReviewRow::suggestionKey(suggestion)));
    m_insert.addBindValue(QString::fromLatin1(""));
    m_insert.addBindValue(m_nowMs);
    if (!m_insert.exec())
        return false;
    changes.added.append(m_insert.lastInsertId().toLongLong());
    return true;
}

bool SliceWrite::updateRow(
    const ReviewRow &old, const ReviewRow &row, ReviewRow::Suggestion suggestion, const QVariant &active)
{
    const bool wasRetired = old.isRetired();
    // A LeftGroup suggestion stays until the reviewer has seen it; a deactivation follows the account.
    const bool sameSuggestion = old.suggestion == suggestion || old.suggestion == ReviewRow::Suggestion::LeftGroup;
    if (!wasRetired && !differs(old, row) && sameSuggestion)
        return true;
    m_update.addBindValue(notNull(row.groupName));
    m_update.addBindValue(notNull(row.name));
    m_update.addBindValue(notNull(row.username));
    m_update.addBindValue(notNull(row.email));
    m_update.addBindValue(ReviewRow::heldKey(row.held));
    m_update.addBindValue(notNull(row.viaGroupName));
    m_update.addBindValue(active);
    m_update.addBindValue(notNull(ReviewRow::suggestionKey(suggestion)));
    m_update.addBindValue(QString::fromLatin1(""));
    m_update.addBindValue(old.id);
    if (!m_update.exec())
        return false;
    if (wasRetired)
        changes.returned.append(old.id);
    else if (differs(old, row))
        changes.changed.append(old.id);
    return true;
}

bool SliceWrite::retireMissing(const QList<GrantState> &group, const QSet<QString> &allKeys,
    const QSet<qint64> &shareGroupIds, const QSet<qint64> &unknownVia)
{
    // What the read no longer found is retired; rows through a share group that could not be
    // read are not known either way, and stay as they are.
    QHash<qint64, QString> leftVia; // person -> the group they left, by the indirect rows retired
    for (const GrantState &old : group) {
        if (allKeys.contains(old.key) || old.retired || (old.viaGroupId != 0 && unknownVia.contains(old.viaGroupId)))
            continue;
        m_retire.addBindValue(m_nowMs);
        m_retire.addBindValue(old.id);
        if (!m_retire.exec())
            return false;
        changes.retired.append(old.id);
        if (old.viaGroupId != 0 && shareGroupIds.contains(old.viaGroupId))
            leftVia.insert(old.principalId, old.viaGroupName);
    }
    return leftVia.isEmpty() || suggestLeftGroup(leftVia);
}

bool SliceWrite::suggestLeftGroup(const QHash<qint64, QString> &leftVia)
{
    // A direct share of a person who left a group through which they also reached this one:
    // a share that may have been given alongside the group's access and outlived it.
    m_suggest.prepare(u"UPDATE rows SET suggestion = 'left_group', suggestion_detail = ? WHERE review_id = ? "
                      u"AND group_id = ? AND principal = 'user' AND principal_id = ? AND held <> 'member' "
                      u"AND via_group_id = 0 AND retired_at IS NULL RETURNING id"_s);
    for (auto it = leftVia.cbegin(); it != leftVia.cend(); ++it) {
        m_suggest.addBindValue(it.value());
        m_suggest.addBindValue(m_reviewId);
        m_suggest.addBindValue(m_groupId);
        m_suggest.addBindValue(it.key());
        if (!m_suggest.exec())
            return false;
        while (m_suggest.next())
            changes.suggested.append(m_suggest.value(0).toLongLong());
    }
    return true;
}

/// A review's rows in the order they were read: a review is read in slices from its first row
/// on, whatever other reviews the file holds (walking the table by id from the first row of
/// the file read every earlier review's rows first: 120 ms with 900,000 of them).
QString rowsByReviewIndex()
{
    return u"CREATE INDEX IF NOT EXISTS rows_by_review ON rows (review_id, id)"_s;
}

/// The statements that make a new file's tables (version ReviewStore::kSchemaVersion).
QStringList schemaStatements()
{
    // Times are milliseconds since the epoch, UTC; kinds, levels, decisions and outcomes are
    // words, so the file reads the same to sqlite3 as to the app.
    return {
        u"CREATE TABLE IF NOT EXISTS reviews ("
        u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
        u" name TEXT NOT NULL,"
        u" group_ids TEXT NOT NULL," // a JSON array, in the order picked
        u" parts INTEGER NOT NULL,"
        u" reviewer_id INTEGER NOT NULL,"
        u" reviewer_username TEXT NOT NULL,"
        u" started_at INTEGER NOT NULL,"
        u" completed_at INTEGER,"
        u" loaded_at INTEGER)"_s,
        u"CREATE TABLE IF NOT EXISTS rows ("
        u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
        u" review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,"
        u" grant_key TEXT NOT NULL,"
        u" group_id INTEGER NOT NULL,"
        u" group_name TEXT NOT NULL,"
        u" principal TEXT NOT NULL,"
        u" principal_id INTEGER NOT NULL,"
        u" name TEXT NOT NULL,"
        u" username TEXT NOT NULL,"
        u" email TEXT NOT NULL,"
        u" held TEXT NOT NULL,"
        u" via_group_id INTEGER NOT NULL,"
        u" via_group_name TEXT NOT NULL,"
        u" active INTEGER,"
        u" suggestion TEXT NOT NULL,"
        u" suggestion_detail TEXT NOT NULL,"
        u" added_at INTEGER NOT NULL,"
        u" retired_at INTEGER,"
        u" decision TEXT NOT NULL DEFAULT '',"
        u" note TEXT NOT NULL DEFAULT '',"
        u" decided_at INTEGER,"
        u" outcome TEXT NOT NULL DEFAULT '',"
        u" outcome_reason TEXT NOT NULL DEFAULT '',"
        u" outcome_at INTEGER,"
        u" UNIQUE (review_id, grant_key))"_s,
        u"CREATE INDEX IF NOT EXISTS rows_by_group ON rows (review_id, group_id)"_s,
        rowsByReviewIndex(),
        u"CREATE TABLE IF NOT EXISTS problems ("
        u" review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,"
        u" group_id INTEGER NOT NULL,"
        u" group_name TEXT NOT NULL,"
        u" via_group_id INTEGER NOT NULL,"
        u" via_group_name TEXT NOT NULL,"
        u" message TEXT NOT NULL,"
        u" at INTEGER NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS problems_by_group ON problems (review_id, group_id)"_s,
        u"PRAGMA user_version = %1"_s.arg(ReviewStore::kSchemaVersion),
    };
}

} // namespace

// ---- ReviewInfo, ReviewRow, ReviewProblem, ReviewChanges ----

QString ReviewInfo::partsText() const
{
    QStringList parts;
    if (reviews(ReviewPart::Members))
        parts.append(tr("members"));
    if (reviews(ReviewPart::UserShares))
        parts.append(tr("shares to people"));
    if (reviews(ReviewPart::GroupShares))
        parts.append(tr("shares to groups"));
    if (parts.size() <= 1)
        return parts.value(0);
    const QString last = parts.takeLast();
    //: The parts of a review: "members, shares to people and shares to groups".
    return tr("%1 and %2").arg(parts.join(u", "_s), last);
}

bool ReviewRow::allows(Decision wanted) const
{
    switch (wanted) {
    case Decision::Undecided:
    case Decision::Keep:
    case Decision::Remove:
        return true;
    case Decision::LowerToRead:
        return isShare() && !isIndirect() && held != Held::Read;
    case Decision::LowerToWrite:
        return isShare() && !isIndirect() && held == Held::Manage;
    }
    return false;
}

std::optional<Api::PermissionLevel> ReviewRow::loweredLevel() const
{
    if (decision == Decision::LowerToRead)
        return Api::PermissionLevel::Read;
    if (decision == Decision::LowerToWrite)
        return Api::PermissionLevel::Write;
    return std::nullopt;
}

std::optional<Api::PermissionLevel> ReviewRow::level() const
{
    switch (held) {
    case Held::Member:
        return std::nullopt;
    case Held::Read:
        return Api::PermissionLevel::Read;
    case Held::Write:
        return Api::PermissionLevel::Write;
    case Held::Manage:
        return Api::PermissionLevel::Manage;
    }
    return std::nullopt;
}

ReviewRow::Held ReviewRow::heldOf(Api::PermissionLevel level)
{
    switch (level) {
    case Api::PermissionLevel::Read:
        return Held::Read;
    case Api::PermissionLevel::Write:
        return Held::Write;
    case Api::PermissionLevel::Manage:
        return Held::Manage;
    }
    return Held::Read;
}

QString ReviewRow::key() const
{
    return u"%1/%2/%3/%4/%5"_s.arg(groupId)
        .arg(principal == Principal::Group ? u"g"_s : u"u"_s)
        .arg(principalId)
        .arg(held == Held::Member ? u"m"_s : u"s"_s)
        .arg(viaGroupId);
}

QString ReviewRow::heldText(Held held)
{
    switch (held) {
    case Held::Member:
        return tr("Member");
    case Held::Read:
        return permissionLevelText(Api::PermissionLevel::Read);
    case Held::Write:
        return permissionLevelText(Api::PermissionLevel::Write);
    case Held::Manage:
        return permissionLevelText(Api::PermissionLevel::Manage);
    }
    return {};
}

QString ReviewRow::howText() const
{
    return isIndirect() ? tr("Through %1").arg(viaGroupName) : tr("Direct");
}

QString ReviewRow::accountText() const
{
    if (principal == Principal::Group)
        return {};
    if (!active)
        return tr("Unknown");
    return *active ? tr("Active") : tr("Deactivated");
}

QString ReviewRow::decisionText(Decision decision)
{
    switch (decision) {
    case Decision::Undecided:
        return {};
    case Decision::Keep:
        return tr("Keep");
    case Decision::Remove:
        return tr("Remove");
    case Decision::LowerToRead:
        return tr("Lower to %1").arg(permissionLevelText(Api::PermissionLevel::Read));
    case Decision::LowerToWrite:
        return tr("Lower to %1").arg(permissionLevelText(Api::PermissionLevel::Write));
    }
    return {};
}

QString ReviewRow::suggestionText() const
{
    switch (suggestion) {
    case Suggestion::None:
        return {};
    case Suggestion::Deactivated:
        return tr("Deactivated account");
    case Suggestion::LeftGroup:
        return tr("Left %1").arg(suggestionDetail);
    }
    return {};
}

QString ReviewRow::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return {};
    case Outcome::Pending:
        return tr("Sent, not confirmed");
    case Outcome::Done:
        return tr("Done");
    case Outcome::AlreadySo:
        return tr("Already so");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::Gone:
        return tr("Gone before apply");
    case Outcome::Undone:
        return tr("Undone");
    }
    return {};
}

QString ReviewRow::heldKey(Held held)
{
    switch (held) {
    case Held::Member:
        return u"member"_s;
    case Held::Read:
        return u"read"_s;
    case Held::Write:
        return u"write"_s;
    case Held::Manage:
        return u"manage"_s;
    }
    return {};
}

std::optional<ReviewRow::Held> ReviewRow::heldFromKey(const QString &key)
{
    for (Held held : {Held::Member, Held::Read, Held::Write, Held::Manage}) {
        if (heldKey(held) == key)
            return held;
    }
    return std::nullopt;
}

QString ReviewRow::decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Undecided:
        return {};
    case Decision::Keep:
        return u"keep"_s;
    case Decision::Remove:
        return u"remove"_s;
    case Decision::LowerToRead:
        return u"lower_to_read"_s;
    case Decision::LowerToWrite:
        return u"lower_to_write"_s;
    }
    return {};
}

std::optional<ReviewRow::Decision> ReviewRow::decisionFromKey(const QString &key)
{
    for (Decision decision :
        {Decision::Undecided, Decision::Keep, Decision::Remove, Decision::LowerToRead, Decision::LowerToWrite}) {
        if (decisionKey(decision) == key)
            return decision;
    }
    return std::nullopt;
}

QString ReviewRow::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return {};
    case Outcome::Pending:
        return u"pending"_s;
    case Outcome::Done:
        return u"done"_s;
    case Outcome::AlreadySo:
        return u"already"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    case Outcome::Gone:
        return u"gone"_s;
    case Outcome::Undone:
        return u"undone"_s;
    }
    return {};
}

std::optional<ReviewRow::Outcome> ReviewRow::outcomeFromKey(const QString &key)
{
    for (Outcome outcome : {Outcome::None, Outcome::Pending, Outcome::Done, Outcome::AlreadySo, Outcome::Failed,
             Outcome::Cancelled, Outcome::Gone, Outcome::Undone}) {
        if (outcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

QString ReviewRow::suggestionKey(Suggestion suggestion)
{
    switch (suggestion) {
    case Suggestion::None:
        return {};
    case Suggestion::Deactivated:
        return u"deactivated"_s;
    case Suggestion::LeftGroup:
        return u"left_group"_s;
    }
    return {};
}

QString ReviewProblem::text() const
{
    if (viaGroupId == 0)
        return tr("Could not read %1: %2").arg(groupName, message);
    return tr("Could not read the members of %1, shared with %2: %3").arg(viaGroupName, groupName, message);
}

void ReviewChanges::append(const ReviewChanges &other)
{
    added += other.added;
    retired += other.retired;
    returned += other.returned;
    changed += other.changed;
    suggested += other.suggested;
}

QString ReviewChanges::text() const
{
    if (isEmpty())
        return tr("Nothing changed since the review was last read.");
    QStringList parts;
    if (!added.isEmpty())
        parts.append(tr("%n added", nullptr, int(added.size())));
    if (!retired.isEmpty())
        parts.append(tr("%n retired (the grant is gone)", nullptr, int(retired.size())));
    if (!returned.isEmpty())
        parts.append(tr("%n back", nullptr, int(returned.size())));
    if (!changed.isEmpty())
        parts.append(tr("%n changed", nullptr, int(changed.size())));
    //: What a re-read found: "12 added, 3 retired (the grant is gone) since the review was last read".
    return tr("%1 since the review was last read.").arg(parts.join(u", "_s));
}

// ---- ReviewStore ----

ReviewStore::ReviewStore(const QString &folder, const QString &connectionKey, QObject *parent)
    : QObject(parent)
{
    // Atomic: a ReviewReportWriter opens a store of its own on a worker thread.
    static std::atomic_int serial = 0;
    m_connectionName = u"civis-review-%1"_s.arg(++serial);
    m_path = QDir(folder).filePath(connectionKey + u".sqlite"_s);
    m_sinceCheckpoint.start();
    open(folder);
}

ReviewStore::~ReviewStore()
{
    writeQueuedDecisions();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ReviewStore::defaultFolder()
{
    return QDir(dataFolder()).filePath(u"reviews"_s);
}

bool ReviewStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool ReviewStore::fail(const QString &error)
{
    m_error = error;
    qWarning("access review: %s", qPrintable(error));
    Q_EMIT errorOccurred(error);
    return false;
}

bool ReviewStore::open(const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        m_error = tr("Could not make the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const bool existed = QFile::exists(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open()) {
        m_error
            = tr("Could not open the reviews file %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    if (!existed) // who may reach what, and the reviewer's notes: the administrator's alone
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery query(db);
    // WAL, as the activity log: a kill mid-write keeps every committed decision and a whole file;
    // NORMAL makes each decision's commit cheap enough for the GUI thread.
    // No checkpoint in this (the GUI) thread: SQLite's automatic one runs in the commit that
    // crosses 1,000 pages of log and syncs the file, a few hundred milliseconds once a load has
    // written tens of thousands of rows. checkpointLater() runs them on a worker instead.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.exec(u"PRAGMA synchronous = NORMAL"_s)
        || !query.exec(u"PRAGMA wal_autocheckpoint = 0"_s) || !query.exec(u"PRAGMA foreign_keys = ON"_s)
        || !query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        m_error = tr("Could not read the reviews file %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        db.close();
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        m_error = tr("The reviews file %1 was written by a newer version of the app; it is left as it is.")
                      .arg(QDir::toNativeSeparators(m_path));
        db.close();
        return false;
    }
    // A new file gets the whole schema; a file of version 1 the index version 2 added.
    const QString newVersion = u"PRAGMA user_version = %1"_s.arg(kSchemaVersion);
    if ((version == 0 && !changeSchema(schemaStatements()))
        || (version == 1 && !changeSchema({rowsByReviewIndex(), newVersion}))) {
        db.close();
        return false;
    }
    return true;
}

bool ReviewStore::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        qWarning("access review: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool ReviewStore::changeSchema(const QStringList &statements)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    for (const QString &statement : statements) {
        if (!exec(statement)) {
            db.rollback();
            m_error = tr("Could not set up the reviews file %1.").arg(QDir::toNativeSeparators(m_path));
            return false;
        }
    }
    return db.commit() || fail(db.lastError().text());
}

qint64 ReviewStore::createReview(ReviewInfo info)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return 0;
    if (!info.started.isValid())
        info.started = QDateTime::currentDateTimeUtc();
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO reviews (name, group_ids, parts, reviewer_id, reviewer_username, started_at, "
                  u"completed_at, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(notNull(info.name));
    query.addBindValue(idsJson(info.groupIds));
    query.addBindValue(info.parts);
    query.addBindValue(info.reviewerId);
    query.addBindValue(notNull(info.reviewerUsername));
    query.addBindValue(info.started.toMSecsSinceEpoch());
    query.addBindValue(msOrNull(info.completed));
    query.addBindValue(msOrNull(info.loaded));
    if (!query.exec()) {
        fail(query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<ReviewInfo> ReviewStore::reviews() const
{
    QList<ReviewInfo> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, group_ids, parts, reviewer_id, reviewer_username, started_at, completed_at, "
                    u"loaded_at FROM reviews ORDER BY id DESC"_s))
        return result;
    while (query.next()) {
        ReviewInfo info;
        info.id = query.value(0).toLongLong();
        info.name = query.value(1).toString();
        info.groupIds = idsFromJson(query.value(2).toString());
        info.parts = query.value(3).toInt();
        info.reviewerId = query.value(4).toLongLong();
        info.reviewerUsername = query.value(5).toString();
        info.started = timeOf(query.value(6));
        info.completed = timeOf(query.value(7));
        info.loaded = timeOf(query.value(8));
        result.append(info);
    }
    return result;
}

std::optional<ReviewInfo> ReviewStore::review(qint64 reviewId) const
{
    // A store holds a few reviews: reading them all is simpler than a second query.
    for (const ReviewInfo &info : reviews()) {
        if (info.id == reviewId)
            return info;
    }
    return std::nullopt;
}

bool ReviewStore::deleteReview(qint64 reviewId)
{
    writeQueuedDecisions();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    for (const QString &sql : {u"DELETE FROM rows WHERE review_id = ?"_s, u"DELETE FROM problems WHERE review_id = ?"_s,
             u"DELETE FROM reviews WHERE id = ?"_s}) {
        query.prepare(sql);
        query.addBindValue(reviewId);
        if (!query.exec()) {
            db.rollback();
            return fail(query.lastError().text());
        }
    }
    return db.commit() || fail(db.lastError().text());
}

bool ReviewStore::rename(qint64 reviewId, const QString &name)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE reviews SET name = ? WHERE id = ?"_s);
    query.addBindValue(notNull(name));
    query.addBindValue(reviewId);
    return query.exec() || fail(query.lastError().text());
}

bool ReviewStore::setCompleted(qint64 reviewId, const QDateTime &time)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE reviews SET completed_at = ? WHERE id = ?"_s);
    query.addBindValue(msOrNull(time));
    query.addBindValue(reviewId);
    return query.exec() || fail(query.lastError().text());
}

bool ReviewStore::reopen(qint64 reviewId)
{
    return setCompleted(reviewId, QDateTime());
}

bool ReviewStore::setLoaded(qint64 reviewId, const QDateTime &time)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE reviews SET loaded_at = ? WHERE id = ?"_s);
    query.addBindValue(msOrNull(time));
    query.addBindValue(reviewId);
    return query.exec() || fail(query.lastError().text());
}

QList<ReviewRow> ReviewStore::rows(qint64 reviewId, qint64 afterId, int limit) const
{
    writeQueuedDecisions();
    QList<ReviewRow> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // INDEXED BY: the review's rows by id from afterId on, never sorted. SQLite otherwise picked
    // the index of review and group, read every row of the review and sorted them for each
    // slice (a 30,000-row review reopened in 60 slices read 1.8 million rows, 30 ms a slice).
    QString sql = u"SELECT "_s + kRowColumns
        + u" FROM rows INDEXED BY rows_by_review WHERE review_id = ? AND id > ? ORDER BY id"_s;
    if (limit >= 0)
        sql += u" LIMIT %1"_s.arg(limit);
    query.prepare(sql);
    query.addBindValue(reviewId);
    query.addBindValue(afterId);
    if (!query.exec()) {
        qWarning("access review: %s", qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next())
        result.append(rowFromQuery(query));
    return result;
}

std::optional<ReviewRow> ReviewStore::row(qint64 rowId) const
{
    writeQueuedDecisions();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT "_s + kRowColumns + u" FROM rows WHERE id = ?"_s);
    query.addBindValue(rowId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return rowFromQuery(query);
}

QList<ReviewRow> ReviewStore::groupRows(qint64 reviewId, qint64 groupId) const
{
    writeQueuedDecisions();
    QList<ReviewRow> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kRowColumns + u" FROM rows WHERE review_id = ? AND group_id = ? ORDER BY id"_s);
    query.addBindValue(reviewId);
    query.addBindValue(groupId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(rowFromQuery(query));
    return result;
}

int ReviewStore::rowCount(qint64 reviewId) const
{
    writeQueuedDecisions();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT count(*) FROM rows WHERE review_id = ?"_s);
    query.addBindValue(reviewId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

ReviewStore::Progress ReviewStore::progress(qint64 reviewId) const
{
    writeQueuedDecisions();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // The same rule as ReviewRow::isRetired() and a decision other than Undecided, in SQL.
    query.prepare(u"SELECT count(*), total(decision IN ('keep', 'remove', 'lower_to_read', 'lower_to_write')) "
                  u"FROM rows WHERE review_id = ? AND retired_at IS NULL"_s);
    query.addBindValue(reviewId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toInt(), query.value(1).toInt()};
}

ReviewChanges ReviewStore::reconcileGroup(qint64 reviewId, qint64 groupId, const QList<ReviewRow> &fresh,
    const QSet<qint64> &shareGroupIds, const QSet<qint64> &unknownVia)
{
    QSet<QString> keys;
    keys.reserve(fresh.size());
    for (const ReviewRow &row : fresh)
        keys.insert(row.key());
    return reconcileSlice(reviewId, groupId, fresh, &keys, shareGroupIds, unknownVia);
}

ReviewChanges ReviewStore::reconcileSlice(qint64 reviewId, qint64 groupId, const QList<ReviewRow> &fresh,
    const QSet<QString> *allKeys, const QSet<qint64> &shareGroupIds, const QSet<qint64> &unknownVia)
{
    writeQueuedDecisions();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return {};
    // The slice's rows as stored, by their keys; with the last slice, the state of every row of
    // the group, for what is to be retired (ids and keys only: a group of 10,000 rows read whole
    // held the thread for a few hundred milliseconds).
    const QList<ReviewRow> stored = rowsWithKeys(db, reviewId, groupId, fresh);
    const QList<GrantState> group = allKeys ? grantStates(db, reviewId, groupId) : QList<GrantState>();
    if (!db.transaction()) {
        fail(db.lastError().text());
        return {};
    }
    SliceWrite write(db, reviewId, groupId);
    bool ok = write.writeFresh(fresh, stored);
    if (ok && allKeys)
        ok = write.retireMissing(group, *allKeys, shareGroupIds, unknownVia);
    if (!ok) {
        const QString error = write.error();
        db.rollback();
        fail(error);
        return {};
    }
    if (!db.commit()) {
        fail(db.lastError().text());
        return {};
    }
    checkpointLater();
    return write.changes;
}

bool ReviewStore::setProblems(qint64 reviewId, qint64 groupId, const QList<ReviewProblem> &problems)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM problems WHERE review_id = ? AND group_id = ?"_s);
    query.addBindValue(reviewId);
    query.addBindValue(groupId);
    bool ok = query.exec();
    query.prepare(u"INSERT INTO problems (review_id, group_id, group_name, via_group_id, via_group_name, message, at) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const ReviewProblem &problem : problems) {
        if (!ok)
            break;
        query.addBindValue(reviewId);
        query.addBindValue(groupId);
        query.addBindValue(notNull(problem.groupName));
        query.addBindValue(problem.viaGroupId);
        query.addBindValue(notNull(problem.viaGroupName));
        query.addBindValue(notNull(problem.message));
        query.addBindValue(
            (problem.time.isValid() ? problem.time : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
        ok = query.exec();
    }
    if (!ok) {
        const QString error = query.lastError().text();
        db.rollback();
        return fail(error);
    }
    return db.commit() || fail(db.lastError().text());
}

QList<ReviewProblem> ReviewStore::problems(qint64 reviewId) const
{
    QList<ReviewProblem> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT group_id, group_name, via_group_id, via_group_name, message, at FROM problems "
                  u"WHERE review_id = ? ORDER BY rowid"_s);
    query.addBindValue(reviewId);
    if (!query.exec())
        return result;
    while (query.next()) {
        ReviewProblem problem;
        problem.groupId = query.value(0).toLongLong();
        problem.groupName = query.value(1).toString();
        problem.viaGroupId = query.value(2).toLongLong();
        problem.viaGroupName = query.value(3).toString();
        problem.message = query.value(4).toString();
        problem.time = timeOf(query.value(5));
        result.append(problem);
    }
    return result;
}

void ReviewStore::checkpointLater()
{
    if (*m_checkpointRunning || m_sinceCheckpoint.elapsed() < kCheckpointIntervalMs)
        return;
    m_sinceCheckpoint.start();
    *m_checkpointRunning = true;
    static QAtomicInteger<int> serial = 0;
    const QString connection = m_connectionName + u"-checkpoint-%1"_s.arg(++serial);
    const QString path = m_path;
    // PASSIVE: copies what no reader still needs and never waits on the GUI thread's writes.
    // The flag is shared, so a store gone meanwhile is no matter.
    (void)QtConcurrent::run([connection, path, running = m_checkpointRunning] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        *running = false;
    });
}

qint64 ReviewStore::reviewOf(qint64 rowId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT review_id FROM rows WHERE id = ?"_s);
    query.addBindValue(rowId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool ReviewStore::decide(qint64 rowId, ReviewRow::Decision decision, const QString &note)
{
    writeQueuedDecisions();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // One statement is one transaction (autocommit): written the moment it is made.
    query.prepare(u"UPDATE rows SET decision = ?, note = ?, decided_at = ? WHERE id = ?"_s);
    query.addBindValue(
        ReviewRow::decisionKey(decision).isNull() ? QString::fromLatin1("") : ReviewRow::decisionKey(decision));
    query.addBindValue(notNull(note));
    query.addBindValue(decision == ReviewRow::Decision::Undecided ? QVariant(QMetaType::fromType<qint64>())
                                                                  : QVariant(QDateTime::currentMSecsSinceEpoch()));
    query.addBindValue(rowId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return fail(tr("Could not save the decision: %1").arg(query.lastError().text()));
    Q_EMIT rowsChanged(reviewOf(rowId), {rowId});
    return true;
}

QList<qint64> ReviewStore::decide(const QList<qint64> &rowIds, ReviewRow::Decision decision)
{
    writeQueuedDecisions();
    bool failed = false;
    return decideNow(rowIds, decision, &failed);
}

void ReviewStore::decideSoon(const QList<qint64> &rowIds, ReviewRow::Decision decision)
{
    // By id, so that each slice touches few pages of the file.
    QList<qint64> sorted = rowIds;
    std::sort(sorted.begin(), sorted.end());
    for (qint64 id : std::as_const(sorted))
        m_queued.append({id, decision});
    scheduleQueuedDecisions();
}

void ReviewStore::scheduleQueuedDecisions()
{
    if (m_queueScheduled || m_queued.isEmpty())
        return;
    m_queueScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_queueScheduled = false;
        writeQueued(kDecideSlice);
        scheduleQueuedDecisions();
    });
}

void ReviewStore::writeQueuedDecisions() const
{
    // Logically const: what is queued is as good as written to anyone reading; a read writes it
    // first so that what it reads is what was decided.
    if (!m_queued.isEmpty())
        const_cast<ReviewStore *>(this)->writeQueued(int(m_queued.size()));
}

void ReviewStore::writeQueued(int limit)
{
    // The first \a limit queued, one decideNow() per run of one decision (a transaction each).
    const QList<QueuedDecision> slice = m_queued.mid(0, limit);
    m_queued.remove(0, slice.size());
    QList<qint64> ids;
    for (qsizetype i = 0; i < slice.size(); ++i) {
        ids.append(slice.at(i).rowId);
        if (i + 1 < slice.size() && slice.at(i + 1).decision == slice.at(i).decision)
            continue;
        bool failed = false;
        decideNow(ids, slice.at(i).decision, &failed);
        if (failed) {
            m_queued.clear(); // the file cannot be written: errorOccurred() said so (models reload)
            return;
        }
        ids.clear();
    }
}

QList<qint64> ReviewStore::decideNow(const QList<qint64> &rowIds, ReviewRow::Decision decision, bool *failed)
{
    QList<qint64> written;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (rowIds.isEmpty())
        return written;
    if (!db.transaction()) {
        *failed = !fail(tr("Could not save the decisions: %1").arg(db.lastError().text()));
        return written;
    }
    // What ReviewRow::allows() says, in SQL; the ids inlined (numbers), a few hundred a
    // statement, in order (SQLite then walks the table once: twice as fast as a sorted view's
    // scattered selection). 5,000 rows still take 100 to 200 ms: decideSoon() slices them.
    QList<qint64> sorted = rowIds;
    std::sort(sorted.begin(), sorted.end());
    QString condition;
    if (decision == ReviewRow::Decision::LowerToRead)
        condition = u" AND via_group_id = 0 AND held IN ('write', 'manage')"_s;
    else if (decision == ReviewRow::Decision::LowerToWrite)
        condition = u" AND via_group_id = 0 AND held = 'manage'"_s;
    const QString key
        = ReviewRow::decisionKey(decision).isNull() ? QString::fromLatin1("") : ReviewRow::decisionKey(decision);
    const QVariant time = decision == ReviewRow::Decision::Undecided ? QVariant(QMetaType::fromType<qint64>())
                                                                     : QVariant(QDateTime::currentMSecsSinceEpoch());
    constexpr int kSlice = 500;
    for (qsizetype start = 0; start < sorted.size(); start += kSlice) {
        QStringList ids;
        for (qsizetype i = start; i < std::min(sorted.size(), start + kSlice); ++i)
            ids.append(QString::number(sorted.at(i)));
        QSqlQuery query(db);
        query.prepare(u"UPDATE rows SET decision = ?, decided_at = ? WHERE id IN ("_s + ids.join(u',') + u")"_s
            + condition + u" RETURNING id"_s);
        query.addBindValue(key);
        query.addBindValue(time);
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            *failed = !fail(tr("Could not save the decisions: %1").arg(error));
            return {};
        }
        while (query.next())
            written.append(query.value(0).toLongLong());
    }
    if (!db.commit()) {
        *failed = !fail(tr("Could not save the decisions: %1").arg(db.lastError().text()));
        return {};
    }
    std::sort(written.begin(), written.end()); // RETURNING promises no order
    checkpointLater();
    if (!written.isEmpty())
        Q_EMIT rowsChanged(reviewOf(written.constFirst()), written);
    return written;
}

QList<ReviewRow> ReviewStore::rowsToApply(qint64 reviewId) const
{
    writeQueuedDecisions();
    QList<ReviewRow> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // The same rule as ReviewRow::needsChange() and isApplied(), in SQL: a review of tens of
    // thousands reads only the few hundred it sends.
    query.prepare(u"SELECT "_s + kRowColumns
        + u" FROM rows WHERE review_id = ? AND decision IN ('remove', 'lower_to_read', 'lower_to_write') "
          u"AND retired_at IS NULL AND outcome NOT IN ('done', 'already', 'gone') ORDER BY id"_s);
    query.addBindValue(reviewId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(rowFromQuery(query));
    return result;
}

QList<ReviewRow> ReviewStore::rowsById(const QList<qint64> &rowIds) const
{
    writeQueuedDecisions();
    QList<ReviewRow> result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Ids inlined (they are numbers), a few hundred a statement: one query per slice, not per row.
    constexpr int kSlice = 500;
    for (qsizetype start = 0; start < rowIds.size(); start += kSlice) {
        QStringList ids;
        for (qsizetype i = start; i < std::min(rowIds.size(), start + kSlice); ++i)
            ids.append(QString::number(rowIds.at(i)));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(
                u"SELECT "_s + kRowColumns + u" FROM rows WHERE id IN ("_s + ids.join(u',') + u") ORDER BY id"_s))
            continue;
        while (query.next())
            result.append(rowFromQuery(query));
    }
    return result;
}

bool ReviewStore::setNote(qint64 rowId, const QString &note)
{
    writeQueuedDecisions();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE rows SET note = ? WHERE id = ?"_s);
    query.addBindValue(notNull(note));
    query.addBindValue(rowId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return fail(tr("Could not save the note: %1").arg(query.lastError().text()));
    Q_EMIT rowsChanged(reviewOf(rowId), {rowId});
    return true;
}

bool ReviewStore::setOutcome(qint64 rowId, ReviewRow::Outcome outcome, const QString &reason)
{
    writeQueuedDecisions();
    return setOutcomes({rowId}, outcome, reason);
}

bool ReviewStore::setOutcomes(const QList<qint64> &rowIds, ReviewRow::Outcome outcome, const QString &reason)
{
    writeQueuedDecisions();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (rowIds.isEmpty())
        return true;
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    query.prepare(u"UPDATE rows SET outcome = ?, outcome_reason = ?, outcome_at = ? WHERE id = ?"_s);
    const QString key = notNull(ReviewRow::outcomeKey(outcome));
    const QVariant time = outcome == ReviewRow::Outcome::None ? QVariant(QMetaType::fromType<qint64>())
                                                              : QVariant(QDateTime::currentMSecsSinceEpoch());
    for (qint64 rowId : rowIds) {
        query.addBindValue(key);
        query.addBindValue(notNull(reason));
        query.addBindValue(time);
        query.addBindValue(rowId);
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            return fail(tr("Could not save what applying did: %1").arg(error));
        }
    }
    if (!db.commit())
        return fail(tr("Could not save what applying did: %1").arg(db.lastError().text()));
    checkpointLater();
    Q_EMIT rowsChanged(reviewOf(rowIds.constFirst()), rowIds);
    return true;
}

} // namespace Models
