#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrlQuery>

#include <optional>

/// What a handler answers, before the transport writes it: status, headers and JSON body.
struct ApiResponse
{
    int status = 200;
    QByteArray body; ///< Empty for 204.
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(const QJsonValue &value, int status = 200);
    /// A body already written as JSON (see JsonWriter).
    static ApiResponse rawJson(QByteArray body, int status = 200);
    static ApiResponse noContent();
    /// The API's error body: {"error": word, "errorDescription": description, "code": status}.
    static ApiResponse error(int status, const QString &description);

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    QByteArray header(const QByteArray &name) const;
};

/// The `error` word the API uses for a status code.
QString errorWordForStatus(int status);

/// The caller's identity, resolved from the API key by the transport.
struct Caller
{
    qint64 userId = 0;
    qint64 organizationId = 0;
    bool organizationAdmin = false;
};

/// Reads typed query parameters the way the Civis API and its Python client spell them.
/// The first bad parameter is remembered; handlers answer 400 with error().
class QueryParams
{
public:
    /// \a rawQuery is the URL's query, still percent-encoded ('+' means a space).
    explicit QueryParams(const QString &rawQuery);

    bool has(const QString &name) const;
    std::optional<QString> text(const QString &name) const;
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max);
    /// true/false, True/False (Python), 1/0.
    std::optional<bool> boolean(const QString &name);
    /// One of \a allowed.
    std::optional<QString> choice(const QString &name, const QStringList &allowed);
    /// `name[]=1&name[]=2`, `name=1&name=2` or `name=1,2`.
    QList<qint64> integers(const QString &name);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(const QString &message);
    QStringList values(const QString &name) const;

    QList<QPair<QString, QString>> m_items;
    QString m_error;
};

/// A JSON request body whose keys may be camelCase or snake_case, read with type checks.
/// Field names in error messages are spelled as the client sent them.
class JsonBody
{
public:
    /// An empty body reads as {}. A body that is not a JSON object gives nothing and sets \a error.
    static std::optional<JsonBody> parse(const QByteArray &bytes, QString *error);

    bool has(const QString &camelName) const { return m_values.contains(camelName); }
    /// The name the client used for \a camelName; for a field not sent, spelled in the client's style.
    QString spelling(const QString &camelName) const;

    /// A string, or null when \a nullable. Absent gives nothing without an error.
    std::optional<QJsonValue> string(const QString &camelName, bool nullable);
    std::optional<QJsonValue> integer(const QString &camelName, bool nullable);
    std::optional<QJsonValue> boolean(const QString &camelName, bool nullable);
    /// An array of integers; an empty array is allowed unless \a nonEmpty.
    std::optional<QList<qint64>> integerArray(const QString &camelName, bool nonEmpty);

    /// Records that \a camelName is required and absent.
    void requireField(const QString &camelName);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &camelName, const QString &problem);

private:
    QHash<QString, QJsonValue> m_values;
    QHash<QString, QString> m_spelling;
    bool m_snakeCase = false; ///< The client writes snake_case keys, as the official Python client does.
    QString m_error;
};

/// `organization_id` -> `organizationId`; a camelCase name is returned as it is.
QString snakeToCamel(const QString &name);
/// `organizationId` -> `organization_id`.
QString camelToSnake(const QString &name);
