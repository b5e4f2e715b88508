#include "sandbox/sandboxdatabase.h"

#include "sandbox/sandboxlogging.h"

#include <QtCore/QAtomicInteger>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>

#include <sqlite3.h>

#include <charconv>
#include <cstring>
#include <string>

using namespace Qt::StringLiterals;

namespace {

// Bumped whenever the schema changes; a database of another version is refused, not guessed at.
constexpr int kSchemaVersion = 1;

const char *const kSchema[] = {
    R"(CREATE TABLE IF NOT EXISTS meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE IF NOT EXISTS organizations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        slug TEXT NOT NULL UNIQUE,
        login_type TEXT NOT NULL DEFAULT 'password'))",
    R"(CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id),
        username TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        org_admin INTEGER NOT NULL DEFAULT 0,
        robot INTEGER NOT NULL DEFAULT 0,
        suspended INTEGER NOT NULL DEFAULT 0,
        primary_group_id INTEGER REFERENCES groups(id) ON DELETE SET NULL,
        city TEXT, state TEXT, time_zone TEXT, department TEXT, title TEXT,
        github_username TEXT, phone TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_seen_at TEXT,
        current_sign_in_at TEXT,
        sign_in_count INTEGER NOT NULL DEFAULT 0,
        created_by_id INTEGER,
        last_updated_by_id INTEGER))",
    "CREATE INDEX IF NOT EXISTS users_by_name ON users(name COLLATE NOCASE, id)",
    // The users list filters on account status by default and orders by name or user name.
    "CREATE INDEX IF NOT EXISTS users_by_status_name ON users(active, name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS users_by_status_username ON users(active, username, id)",
    "CREATE INDEX IF NOT EXISTS users_by_organization ON users(organization_id)",
    R"(CREATE TABLE IF NOT EXISTS user_feature_flags (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        flag TEXT NOT NULL,
        PRIMARY KEY (user_id, flag)))",
    "CREATE INDEX IF NOT EXISTS feature_flags_by_flag ON user_feature_flags(flag, user_id)",
    R"(CREATE TABLE IF NOT EXISTS api_keys (
        key_hash BLOB PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (user_id, label)))",
    R"(CREATE TABLE IF NOT EXISTS groups (
        id INTEGER PRIMARY KEY,
        organization_id INTEGER NOT NULL REFERENCES organizations(id),
        name TEXT NOT NULL,
        slug TEXT UNIQUE,
        description TEXT,
        default_otp_required_for_login INTEGER NOT NULL DEFAULT 0,
        default_time_zone TEXT,
        default_jobs_label TEXT,
        default_notebooks_label TEXT,
        default_services_label TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        last_updated_by_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        member_count INTEGER NOT NULL DEFAULT 0,
        total_member_count INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX IF NOT EXISTS groups_by_name ON groups(name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS groups_by_created ON groups(created_at, id)",
    "CREATE INDEX IF NOT EXISTS groups_by_organization ON groups(organization_id)",
    "CREATE INDEX IF NOT EXISTS groups_by_creator ON groups(created_by_id)",
    R"(CREATE TABLE IF NOT EXISTS group_roles (
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        role_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (group_id, role_id)))",
    R"(CREATE TABLE IF NOT EXISTS memberships (
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (group_id, user_id)) WITHOUT ROWID)",
    "CREATE INDEX IF NOT EXISTS memberships_by_user ON memberships(user_id, group_id)",
    // memberCount (active members) and totalMemberCount are kept by the database itself, in the
    // same transaction as the change, so every list page reads them instead of counting.
    R"(CREATE TRIGGER IF NOT EXISTS membership_added AFTER INSERT ON memberships BEGIN
        UPDATE groups SET total_member_count = total_member_count + 1,
            member_count = member_count + (SELECT active FROM users WHERE id = NEW.user_id)
        WHERE id = NEW.group_id;
    END)",
    R"(CREATE TRIGGER IF NOT EXISTS membership_removed AFTER DELETE ON memberships BEGIN
        UPDATE groups SET total_member_count = total_member_count - 1,
            member_count = member_count - (SELECT active FROM users WHERE id = OLD.user_id)
        WHERE id = OLD.group_id;
    END)",
    R"(CREATE TRIGGER IF NOT EXISTS user_activity_changed AFTER UPDATE OF active ON users
        WHEN OLD.active <> NEW.active BEGIN
        UPDATE groups SET member_count = member_count + (CASE WHEN NEW.active THEN 1 ELSE -1 END)
        WHERE id IN (SELECT group_id FROM memberships WHERE user_id = NEW.id);
    END)",
    R"(CREATE TABLE IF NOT EXISTS user_shares (
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
        PRIMARY KEY (group_id, user_id)) WITHOUT ROWID)",
    "CREATE INDEX IF NOT EXISTS user_shares_by_user ON user_shares(user_id, group_id)",
    R"(CREATE TABLE IF NOT EXISTS group_shares (
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        grantee_group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
        PRIMARY KEY (group_id, grantee_group_id)) WITHOUT ROWID)",
    "CREATE INDEX IF NOT EXISTS group_shares_by_grantee ON group_shares(grantee_group_id, group_id)",
    // The shared e-mails a share PUT asked for (sendSharedEmail), which the sandbox never sends:
    // what the real API would mail, for tests (in process) to read. The API has no endpoint for
    // it. Only ever added to, so a database made before it gets it without a schema version.
    R"(CREATE TABLE IF NOT EXISTS share_email_outbox (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL,
        grantee_kind TEXT NOT NULL CHECK (grantee_kind IN ('user', 'group')),
        grantee_ids TEXT NOT NULL,
        body TEXT,
        sent_by_id INTEGER,
        created_at TEXT NOT NULL))",
};

QAtomicInteger<int> s_connectionCounter;

QByteArray keyHash(const QString &key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

QString permissionLevelName(PermissionLevel level)
{
    switch (level) {
    case PermissionLevel::Read:
        return u"read"_s;
    case PermissionLevel::Write:
        return u"write"_s;
    case PermissionLevel::Manage:
        return u"manage"_s;
    case PermissionLevel::None:
        break;
    }
    return {};
}

std::optional<PermissionLevel> permissionLevelFromName(const QString &name)
{
    if (name == "read"_L1)
        return PermissionLevel::Read;
    if (name == "write"_L1)
        return PermissionLevel::Write;
    if (name == "manage"_L1)
        return PermissionLevel::Manage;
    return std::nullopt;
}

SandboxDatabase::SandboxDatabase()
    : m_connectionName(u"civis-sandbox-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

SandboxDatabase::~SandboxDatabase()
{
    m_stampQuery.reset();
    m_prepared.clear();
    // Before the close: SQLite refuses to close a connection with statements left open.
    finalizeRawStatements();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SandboxDatabase::open(const QString &path, QString *error, Durability durability)
{
    m_path = path;
    if (path != ":memory:"_L1 && durability != Durability::Reader) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            *error = u"Cannot create the folder %1"_s.arg(info.absolutePath());
            return false;
        }
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = u"Cannot open the database %1: %2"_s.arg(path, m_db.lastError().text());
        return false;
    }
    // WAL keeps readers and the writer apart (a reader's transaction is one snapshot, never
    // blocked by the writer) and makes each commit one append; NORMAL sync is durable against a
    // killed process (only an OS crash can lose the last commit). WAL is kept in the file, so a
    // reader needs only its own settings; query_only makes a write by a reader fail loudly.
    QList<const char *> pragmas{
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 5000",
        "PRAGMA cache_size = -32000",
        "PRAGMA temp_store = MEMORY",
    };
    switch (durability) {
    case Durability::Durable:
        pragmas << "PRAGMA journal_mode = WAL"
                << "PRAGMA synchronous = NORMAL";
        break;
    case Durability::Scratch:
        pragmas << "PRAGMA journal_mode = WAL"
                << "PRAGMA synchronous = OFF";
        break;
    case Durability::Reader:
        pragmas << "PRAGMA query_only = ON";
        break;
    }
    for (const char *pragma : std::as_const(pragmas)) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = u"Cannot configure the database (%1): %2"_s.arg(QString::fromLatin1(pragma), q.lastError().text());
            return false;
        }
    }
    // The same libsqlite3 the QSQLITE plugin links (Debian builds Qt with the system SQLite).
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle) {
        *error = u"The QSQLITE driver gave no SQLite handle."_s;
        return false;
    }
    return durability == Durability::Reader || createSchema(error);
}

bool SandboxDatabase::createSchema(QString *error)
{
    const bool hasMeta = scalar(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s).isValid();
    const QVariant version = hasMeta ? scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) : QVariant();
    if (version.isValid() && version.toInt() != kSchemaVersion) {
        *error = u"The database %1 has schema version %2; this sandbox knows version %3. "
                 "Start with another --database."_s.arg(m_path, version.toString())
                     .arg(kSchemaVersion);
        return false;
    }
    SandboxTransaction transaction(*this);
    for (const char *statement : kSchema) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = u"Cannot create the schema: %1"_s.arg(q.lastError().text());
            return false;
        }
    }
    exec(u"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)"_s, {QString::number(kSchemaVersion)});
    if (!transaction.commit()) {
        *error = u"Cannot create the schema: %1"_s.arg(m_db.lastError().text());
        return false;
    }
    return true;
}

QSqlQuery SandboxDatabase::query(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcSandboxDb) << "prepare failed:" << q.lastError().text() << sql;
        return q;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        qCWarning(lcSandboxDb) << "query failed:" << q.lastError().text() << sql;
    return q;
}

QSqlQuery &SandboxDatabase::prepared(const QString &sql, const QVariantList &binds)
{
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            qCWarning(lcSandboxDb) << "prepare failed:" << q->lastError().text() << sql;
        found = m_prepared.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &q = *found->second;
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec())
        qCWarning(lcSandboxDb) << "query failed:" << q.lastError().text() << sql;
    return q;
}

sqlite3_stmt *SandboxDatabase::rawStatement(const QString &sql)
{
    auto found = m_raw.find(sql);
    if (found == m_raw.end()) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                nullptr)
            != SQLITE_OK) {
            qCWarning(lcSandboxDb) << "prepare failed:" << sqlite3_errmsg(m_handle) << sql;
            sqlite3_finalize(statement);
            return nullptr;
        }
        found = m_raw.emplace(sql, statement).first;
    }
    sqlite3_stmt *statement = found->second;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return statement;
}

SqliteRows SandboxDatabase::rowsOfIds(const QString &sql, const QList<qint64> &ids)
{
    sqlite3_stmt *statement = rawStatement(sql);
    if (!statement)
        return SqliteRows();
    std::string array;
    array.reserve(size_t(ids.size()) * 8 + 2);
    array.push_back('[');
    for (qint64 id : ids) {
        if (array.size() > 1)
            array.push_back(',');
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, id);
        array.append(digits, size_t(written.ptr - digits));
    }
    array.push_back(']');
    if (sqlite3_bind_text(statement, 1, array.data(), int(array.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
        qCWarning(lcSandboxDb) << "bind failed:" << sqlite3_errmsg(m_handle) << sql;
        return SqliteRows();
    }
    return SqliteRows(statement);
}

SqliteRows SandboxDatabase::rows(const QString &sql, const QVariantList &binds)
{
    sqlite3_stmt *statement = rawStatement(sql);
    if (!statement)
        return SqliteRows();
    // Bound as the QSQLITE driver binds them: integers as integers, text as UTF-16.
    for (int i = 0; i < int(binds.size()); ++i) {
        const QVariant &value = binds.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob(statement, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = value.toString();
                rc = sqlite3_bind_text16(statement, i + 1, text.utf16(), int(text.size() * sizeof(QChar)),
                    SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK) {
            qCWarning(lcSandboxDb) << "bind failed:" << sqlite3_errmsg(m_handle) << sql;
            return SqliteRows();
        }
    }
    return SqliteRows(statement);
}

void SandboxDatabase::finalizeRawStatements()
{
    for (auto &[sql, statement] : m_raw)
        sqlite3_finalize(statement);
    m_raw.clear();
}

bool SqliteRows::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        qCWarning(lcSandboxDb) << "query failed:" << sqlite3_errmsg(sqlite3_db_handle(m_statement))
                               << sqlite3_sql(m_statement);
    sqlite3_reset(m_statement);
    m_statement = nullptr;
    return false;
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteRows::string(int column) const
{
    const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(m_statement, column));
    if (!utf16)
        return {};
    return QString(utf16, sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
}

QByteArrayView SqliteRows::text(int column)
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return {};
    const int size = sqlite3_column_bytes(m_statement, column);
    // Eight bytes at a time: this runs on every text of every row of a page.
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    quint64 high = 0;
    int i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word = 0;
        std::memcpy(&word, utf8 + i, sizeof word);
        high |= word;
    }
    for (; i < size; ++i)
        high |= static_cast<unsigned char>(utf8[i]);
    if (high & kHighBits) {
        // What QSqlQuery does: SQLite's UTF-16, then Qt's UTF-8 of that.
        const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(m_statement, column));
        m_converted = QString(utf16, sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar))).toUtf8();
        return m_converted;
    }
    return QByteArrayView(utf8, size);
}

void SandboxDatabase::releaseStatements()
{
    // Statements whose SQL holds ids (a page's IN lists) are kept only until there are too many.
    constexpr size_t kMaxStatements = 64;
    if (m_raw.size() > kMaxStatements)
        finalizeRawStatements();
    for (auto &[sql, statement] : m_raw)
        sqlite3_reset(statement);
    if (m_prepared.size() > kMaxStatements) {
        m_prepared.clear();
        return;
    }
    for (auto &[sql, q] : m_prepared)
        q->finish();
}

bool SandboxDatabase::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = prepared(sql, binds);
    const bool ok = q.lastError().type() == QSqlError::NoError;
    q.finish();
    return ok;
}

QVariant SandboxDatabase::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = prepared(sql, binds);
    QVariant value = q.next() ? q.value(0) : QVariant();
    q.finish();
    return value;
}

bool SandboxDatabase::isSeeded()
{
    return scalar(u"SELECT value FROM meta WHERE key = 'seed'"_s).isValid();
}

QByteArray SandboxDatabase::changeStamp()
{
    if (!m_stampQuery) {
        m_stampQuery.emplace(m_db);
        m_stampQuery->setForwardOnly(true);
        m_stampQuery->prepare(u"SELECT total_changes(), (SELECT data_version FROM pragma_data_version)"_s);
    }
    if (!m_stampQuery->exec() || !m_stampQuery->next())
        return QByteArray::number(
            QRandomGenerator::global()->generate64()); // Never matches (no '/'): nothing is reused.
    QByteArray stamp = QByteArray::number(m_stampQuery->value(0).toLongLong()) + '/'
        + QByteArray::number(m_stampQuery->value(1).toLongLong());
    m_stampQuery->finish();
    return stamp;
}

bool SandboxDatabase::setApiKey(qint64 userId, const QString &label, const QString &key)
{
    SandboxTransaction transaction(*this);
    if (!exec(u"DELETE FROM api_keys WHERE user_id = ? AND label = ?"_s, {userId, label}))
        return false;
    if (!exec(u"INSERT OR REPLACE INTO api_keys(key_hash, user_id, label, created_at) VALUES (?, ?, ?, ?)"_s,
            {keyHash(key), userId, label, now()}))
        return false;
    return transaction.commit();
}

std::optional<qint64> SandboxDatabase::userForApiKey(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    const QVariant id = scalar(u"SELECT k.user_id FROM api_keys k JOIN users u ON u.id = k.user_id "
                               "WHERE k.key_hash = ?"_s,
        {keyHash(key)});
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

QString SandboxDatabase::generateApiKey()
{
    quint32 words[5];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QString SandboxDatabase::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

SandboxTransaction::SandboxTransaction(SandboxDatabase &db)
    : m_db(db)
{
    m_open = m_db.connection().transaction();
    if (!m_open)
        qCWarning(lcSandboxDb) << "cannot begin a transaction:" << m_db.connection().lastError().text();
}

SandboxTransaction::~SandboxTransaction()
{
    if (m_open)
        m_db.connection().rollback();
}

bool SandboxTransaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    if (m_db.connection().commit())
        return true;
    qCWarning(lcSandboxDb) << "commit failed:" << m_db.connection().lastError().text();
    m_db.connection().rollback();
    return false;
}
