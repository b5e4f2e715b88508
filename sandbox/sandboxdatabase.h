#pragma once

#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

/// Permission levels as stored: a higher number includes the lower ones.
enum class PermissionLevel : int { None = 0, Read = 1, Write = 2, Manage = 3 };

QString permissionLevelName(PermissionLevel level);
std::optional<PermissionLevel> permissionLevelFromName(const QString &name);

/// The rows of a statement read straight through SQLite's C API, for the loops that write
/// thousands of rows: QSqlQuery copies every row into QVariants and every text into UTF-16 and
/// back, which was 40 % of a page of 1,000 users. Values read as QSqlQuery::value() gives them.
class SqliteRows
{
public:
    explicit SqliteRows(sqlite3_stmt *statement = nullptr)
        : m_statement(statement)
    {
    }

    /// Steps to the next row; false at the end or on an error (logged).
    bool next();
    bool isNull(int column) const;
    /// value().toLongLong(): 0 for NULL.
    qint64 integer(int column) const;
    /// value().toBool() of an integer column.
    bool boolean(int column) const { return integer(column) != 0; }
    /// value().toString().toUtf8(), empty for NULL: SQLite's own UTF-8 when it is plain ASCII,
    /// otherwise through UTF-16 as QSqlQuery reads it, so that even text which is not valid
    /// UTF-8 (a lone surrogate sent as \ud800) comes out byte for byte as before. Valid until
    /// the next text() or next().
    QByteArrayView text(int column);
    /// value().toString(): SQLite's UTF-16 of the column, a null QString for NULL.
    QString string(int column) const;

private:
    sqlite3_stmt *m_statement;
    QByteArray m_converted; ///< text() of a column that is not plain ASCII.
};

/// The sandbox's SQLite database: schema, pragmas, transactions and API keys.
/// One instance per thread; every query of the sandbox goes through it.
class SandboxDatabase
{
public:
    /// How a connection is opened.
    enum class Durability {
        Durable, ///< The writer of a database kept on disk: WAL, synchronous NORMAL, schema created.
        Scratch, ///< The writer of a private database nothing needs after the process: no syncs.
        Reader, ///< Another connection to a database the writer opened: reads only, no schema work.
    };

    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    /// Opens (creating if needed) the database at \a path; ":memory:" for a private one.
    bool open(const QString &path, QString *error, Durability durability = Durability::Durable);
    QString path() const { return m_path; }

    QSqlDatabase &connection() { return m_db; }

    /// A prepared query on this connection; runs it with \a binds when given.
    QSqlQuery query(const QString &sql, const QVariantList &binds = {});
    /// Like query(), on a statement prepared once per connection and kept: for what every request
    /// runs (parsing the SQL again was a fifth of a page of groups). The reference is valid until
    /// releaseStatements(); read its rows before asking for the same SQL again.
    QSqlQuery &prepared(const QString &sql, const QVariantList &binds = {});
    /// Like prepared(), read through the C API (SqliteRows). Read every row wanted before asking
    /// for the same SQL again.
    SqliteRows rows(const QString &sql, const QVariantList &binds = {});
    /// Like rows(), with \a ids bound to the first parameter as one JSON array, for
    /// `FROM json_each(?) j JOIN t ON t.id = j.value`: a look-up per id through the key, where
    /// `IN (SELECT value FROM json_each(?))` first built a temporary index of the ids.
    /// Written as UTF-8 text: bound as UTF-16, SQLite converted it back before json_each read it.
    SqliteRows rowsOfIds(const QString &sql, const QList<qint64> &ids);
    /// After each request: resets the kept statements (so none holds a read snapshot open) and
    /// keeps their number bounded.
    void releaseStatements();
    /// Runs \a sql with positional \a binds; logs and returns false on failure.
    bool exec(const QString &sql, const QVariantList &binds = {});
    /// The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    bool isSeeded();

    /// Changes whenever the data may have: after a write on this connection (total_changes)
    /// or a commit on any other (data_version). What is derived from the data and kept between
    /// requests (page counts, page boundaries) is valid only while this stays the same.
    QByteArray changeStamp();

    /// Stores the SHA-256 of \a key for \a userId under \a label, replacing that label's old key.
    bool setApiKey(qint64 userId, const QString &label, const QString &key);
    /// The user holding \a key, or nothing.
    std::optional<qint64> userForApiKey(const QString &key);
    /// A fresh random key: 40 hex characters.
    static QString generateApiKey();

    /// The current time as the API writes it: ISO 8601 UTC with milliseconds.
    static QString now();

private:
    bool createSchema(QString *error);

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_stampQuery; ///< Prepared once: it runs on every page asked for.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared; ///< By SQL text.
    void finalizeRawStatements();
    /// rows()' statement for \a sql, prepared on first use, reset and its bindings cleared.
    sqlite3_stmt *rawStatement(const QString &sql);
    sqlite3 *m_handle = nullptr; ///< The QSQLITE driver's own connection, for rows().
    std::unordered_map<QString, sqlite3_stmt *> m_raw; ///< rows()' statements, by SQL text.
    QString m_connectionName;
    QString m_path;
};

/// Commits on commit(), rolls back if destroyed before: a change lands whole or not at all.
class SandboxTransaction
{
public:
    explicit SandboxTransaction(SandboxDatabase &db);
    ~SandboxTransaction();
    SandboxTransaction(const SandboxTransaction &) = delete;
    SandboxTransaction &operator=(const SandboxTransaction &) = delete;

    bool commit();

private:
    SandboxDatabase &m_db;
    bool m_open = false;
};
