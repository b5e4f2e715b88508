#include "models/reviewstore.h"

#include "models/datafolder.h"
#include "models/permissionleveltext.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
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
    }
    return {};
}

std::optional<ReviewRow::Outcome> ReviewRow::outcomeFromKey(const QString &key)
{
    for (Outcome outcome : {Outcome::None, Outcome::Pending, Outcome::Done, Outcome::AlreadySo, Outcome::Failed,
             Outcome::Cancelled, Outcome::Gone}) {
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
    // Version 1 is the first; a later version migrates from here, as the activity log does.
    if (version == 0 && !createSchema()) {
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

bool ReviewStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Times are milliseconds since the epoch, UTC; kinds, levels, decisions and outcomes are
    // words, so the file reads the same to sqlite3 as to the app.
    const QStringList statements = {
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
        u"CREATE TABLE IF NOT EXISTS problems ("
        u" review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,"
        u" group_id INTEGER NOT NULL,"
        u" group_name TEXT NOT NULL,"
        u" via_group_id INTEGER NOT NULL,"
        u" via_group_name TEXT NOT NULL,"
        u" message TEXT NOT NULL,"
        u" at INTEGER NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS problems_by_group ON problems (review_id, group_id)"_s,
        u"PRAGMA user_version = %1"_s.arg(kSchemaVersion),
    };
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
    QList<ReviewRow> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QString sql = u"SELECT "_s + kRowColumns + u" FROM rows WHERE review_id = ? AND id > ? ORDER BY id"_s;
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT "_s + kRowColumns + u" FROM rows WHERE id = ?"_s);
    query.addBindValue(rowId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return rowFromQuery(query);
}

QList<ReviewRow> ReviewStore::groupRows(qint64 reviewId, qint64 groupId) const
{
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT count(*) FROM rows WHERE review_id = ?"_s);
    query.addBindValue(reviewId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
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
    ReviewChanges changes;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return changes;
    // The slice's rows as stored (by their keys); with the last slice, every row of the group,
    // for what is to be retired.
    QList<ReviewRow> stored;
    if (allKeys) {
        stored = groupRows(reviewId, groupId);
    } else {
        QStringList keys;
        for (const ReviewRow &row : fresh)
            keys.append(u"'"_s + row.key() + u"'"_s); // digits, letters and slashes only
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT "_s + kRowColumns + u" FROM rows WHERE review_id = ? AND grant_key IN ("_s
            + keys.join(u',') + u")"_s);
        query.addBindValue(reviewId);
        if (query.exec()) {
            while (query.next())
                stored.append(rowFromQuery(query));
        }
    }
    QHash<QString, const ReviewRow *> byKey;
    for (const ReviewRow &row : stored)
        byKey.insert(row.key(), &row);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();

    if (!db.transaction()) {
        fail(db.lastError().text());
        return changes;
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO rows (review_id, grant_key, group_id, group_name, principal, principal_id, name, "
                   u"username, email, held, via_group_id, via_group_name, active, suggestion, suggestion_detail, "
                   u"added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery update(db);
    update.prepare(u"UPDATE rows SET group_name = ?, name = ?, username = ?, email = ?, held = ?, via_group_name = ?, "
                   u"active = ?, suggestion = CASE WHEN suggestion = 'left_group' THEN suggestion ELSE ? END, "
                   u"suggestion_detail = CASE WHEN suggestion = 'left_group' THEN suggestion_detail ELSE ? END, "
                   u"retired_at = NULL WHERE id = ?"_s);
    QSqlQuery retire(db);
    retire.prepare(u"UPDATE rows SET retired_at = ? WHERE id = ?"_s);
    bool ok = true;
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
        if (it == byKey.constEnd()) {
            insert.addBindValue(reviewId);
            insert.addBindValue(key);
            insert.addBindValue(groupId);
            insert.addBindValue(notNull(row.groupName));
            insert.addBindValue(row.principal == ReviewRow::Principal::Group ? u"group"_s : u"user"_s);
            insert.addBindValue(row.principalId);
            insert.addBindValue(notNull(row.name));
            insert.addBindValue(notNull(row.username));
            insert.addBindValue(notNull(row.email));
            insert.addBindValue(ReviewRow::heldKey(row.held));
            insert.addBindValue(row.viaGroupId);
            insert.addBindValue(notNull(row.viaGroupName));
            insert.addBindValue(active);
            insert.addBindValue(notNull(ReviewRow::suggestionKey(suggestion)));
            insert.addBindValue(QString::fromLatin1(""));
            insert.addBindValue(nowMs);
            ok = insert.exec();
            if (!ok)
                break;
            changes.added.append(insert.lastInsertId().toLongLong());
            continue;
        }
        const ReviewRow &old = **it;
        const bool wasRetired = old.isRetired();
        // A LeftGroup suggestion stays until the reviewer has seen it; a deactivation follows the account.
        const bool sameSuggestion = old.suggestion == suggestion || old.suggestion == ReviewRow::Suggestion::LeftGroup;
        if (!wasRetired && !differs(old, row) && sameSuggestion)
            continue;
        update.addBindValue(notNull(row.groupName));
        update.addBindValue(notNull(row.name));
        update.addBindValue(notNull(row.username));
        update.addBindValue(notNull(row.email));
        update.addBindValue(ReviewRow::heldKey(row.held));
        update.addBindValue(notNull(row.viaGroupName));
        update.addBindValue(active);
        update.addBindValue(notNull(ReviewRow::suggestionKey(suggestion)));
        update.addBindValue(QString::fromLatin1(""));
        update.addBindValue(old.id);
        ok = update.exec();
        if (!ok)
            break;
        if (wasRetired)
            changes.returned.append(old.id);
        else if (differs(old, row))
            changes.changed.append(old.id);
    }

    // What the read no longer found is retired; rows through a share group that could not be
    // read are not known either way, and stay as they are.
    QHash<qint64, QString> leftVia; // person -> the group they left, by the indirect rows retired
    for (const ReviewRow &old : stored) {
        if (!ok || !allKeys)
            break;
        if (allKeys->contains(old.key()) || old.isRetired()
            || (old.isIndirect() && unknownVia.contains(old.viaGroupId)))
            continue;
        retire.addBindValue(nowMs);
        retire.addBindValue(old.id);
        ok = retire.exec();
        changes.retired.append(old.id);
        if (old.isIndirect() && shareGroupIds.contains(old.viaGroupId))
            leftVia.insert(old.principalId, old.viaGroupName);
    }
    if (ok && !leftVia.isEmpty()) {
        // A direct share of a person who left a group through which they also reached this one:
        // a share that may have been given alongside the group's access and outlived it.
        QSqlQuery suggest(db);
        suggest.prepare(u"UPDATE rows SET suggestion = 'left_group', suggestion_detail = ? WHERE review_id = ? "
                        u"AND group_id = ? AND principal = 'user' AND principal_id = ? AND held <> 'member' "
                        u"AND via_group_id = 0 AND retired_at IS NULL RETURNING id"_s);
        for (auto it = leftVia.cbegin(); ok && it != leftVia.cend(); ++it) {
            suggest.addBindValue(it.value());
            suggest.addBindValue(reviewId);
            suggest.addBindValue(groupId);
            suggest.addBindValue(it.key());
            ok = suggest.exec();
            while (ok && suggest.next())
                changes.suggested.append(suggest.value(0).toLongLong());
        }
    }
    if (!ok) {
        const QString error = insert.lastError().isValid() ? insert.lastError().text() : update.lastError().text();
        db.rollback();
        fail(error.isEmpty() ? retire.lastError().text() : error);
        return {};
    }
    if (!db.commit()) {
        fail(db.lastError().text());
        return {};
    }
    checkpointLater();
    return changes;
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
    QList<qint64> written;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (rowIds.isEmpty() || !db.transaction())
        return written;
    // What ReviewRow::allows() says, in SQL; the ids inlined (numbers), a few hundred a
    // statement: 5,000 rows of a selection are ten statements, a few milliseconds.
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
    for (qsizetype start = 0; start < rowIds.size(); start += kSlice) {
        QStringList ids;
        for (qsizetype i = start; i < std::min(rowIds.size(), start + kSlice); ++i)
            ids.append(QString::number(rowIds.at(i)));
        QSqlQuery query(db);
        query.prepare(u"UPDATE rows SET decision = ?, decided_at = ? WHERE id IN ("_s + ids.join(u',') + u")"_s
            + condition + u" RETURNING id"_s);
        query.addBindValue(key);
        query.addBindValue(time);
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            fail(tr("Could not save the decisions: %1").arg(error));
            return {};
        }
        while (query.next())
            written.append(query.value(0).toLongLong());
    }
    if (!db.commit()) {
        fail(tr("Could not save the decisions: %1").arg(db.lastError().text()));
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
    return setOutcomes({rowId}, outcome, reason);
}

bool ReviewStore::setOutcomes(const QList<qint64> &rowIds, ReviewRow::Outcome outcome, const QString &reason)
{
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
