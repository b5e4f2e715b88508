#include "sandbox/apimessages.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kJsonContentType = "application/json; charset=utf-8"_ba;

// Integers in JSON arrive as doubles; accept only those that are whole and exact.
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

ApiResponse ApiResponse::json(const QJsonValue &value, int status)
{
    ApiResponse response;
    response.status = status;
    if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    response.addHeader("Content-Type"_ba, kJsonContentType);
    return response;
}

ApiResponse ApiResponse::rawJson(QByteArray body, int status)
{
    ApiResponse response;
    response.status = status;
    response.body = std::move(body);
    response.addHeader("Content-Type"_ba, kJsonContentType);
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &description)
{
    return json(QJsonObject{{u"error"_s, errorWordForStatus(status)}, {u"errorDescription"_s, description},
                    {u"code"_s, status}},
        status);
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString errorWordForStatus(int status)
{
    switch (status) {
    case 400:
        return u"bad_request"_s;
    case 401:
        return u"unauthorized"_s;
    case 403:
        return u"forbidden"_s;
    case 404:
        return u"not_found"_s;
    case 405:
        return u"method_not_allowed"_s;
    case 408:
        return u"request_timeout"_s;
    case 409:
        return u"conflict"_s;
    case 411:
        return u"length_required"_s;
    case 413:
        return u"payload_too_large"_s;
    case 422:
        return u"unprocessable_entity"_s;
    case 429:
        return u"too_many_requests"_s;
    case 431:
        return u"request_header_fields_too_large"_s;
    case 503:
        return u"service_unavailable"_s;
    default:
        return status >= 500 ? u"internal_server_error"_s : u"bad_request"_s;
    }
}

QueryParams::QueryParams(const QString &rawQuery)
{
    // Python's urlencode writes spaces as '+', which QUrlQuery would keep as a literal '+'.
    QString encoded = rawQuery;
    encoded.replace(u'+', "%20"_L1);
    const QUrlQuery query(encoded);
    m_items = query.queryItems(QUrl::FullyDecoded);
    // A NUL ends the text where SQLite reads it, so "%00" would search for nothing and match
    // everything; no parameter of the API has a use for control characters.
    const auto hasControl = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    };
    for (const auto &[key, value] : std::as_const(m_items)) {
        if (hasControl(key) || hasControl(value)) {
            QString name = key;
            name.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
            fail(u"%1 must not hold control characters such as NUL."_s.arg(name.left(50)));
        }
    }
}

bool QueryParams::has(const QString &name) const
{
    return !values(name).isEmpty();
}

QStringList QueryParams::values(const QString &name) const
{
    const QString arrayName = name + "[]"_L1;
    QStringList result;
    for (const auto &[key, value] : m_items) {
        if (key == name || key == arrayName)
            result.append(value);
    }
    return result;
}

void QueryParams::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<QString> QueryParams::text(const QString &name) const
{
    const QStringList all = values(name);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

std::optional<qint64> QueryParams::integer(const QString &name, qint64 min, qint64 max)
{
    const std::optional<QString> raw = text(name);
    if (!raw)
        return std::nullopt;
    bool ok = false;
    const qint64 value = raw->trimmed().toLongLong(&ok);
    if (!ok) {
        fail(u"%1 must be an integer, not \"%2\"."_s.arg(name, *raw));
        return std::nullopt;
    }
    if (value < min || value > max) {
        if (max == std::numeric_limits<qint64>::max())
            fail(u"%1 must be at least %2; got %3."_s.arg(name).arg(min).arg(value));
        else
            fail(u"%1 must be between %2 and %3; got %4."_s.arg(name).arg(min).arg(max).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> QueryParams::boolean(const QString &name)
{
    const std::optional<QString> raw = text(name);
    if (!raw)
        return std::nullopt;
    const QString v = raw->trimmed().toLower();
    if (v == "true"_L1 || v == "1"_L1)
        return true;
    if (v == "false"_L1 || v == "0"_L1)
        return false;
    fail(u"%1 must be true or false, not \"%2\"."_s.arg(name, *raw));
    return std::nullopt;
}

std::optional<QString> QueryParams::choice(const QString &name, const QStringList &allowed)
{
    std::optional<QString> raw = text(name);
    if (!raw)
        return std::nullopt;
    if (!allowed.contains(*raw)) {
        fail(u"%1 must be one of: %2; got \"%3\"."_s.arg(name, allowed.join(", "_L1), *raw));
        return std::nullopt;
    }
    return raw;
}

QList<qint64> QueryParams::integers(const QString &name)
{
    QList<qint64> result;
    for (const QString &value : values(name)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok) {
                fail(u"%1 must hold integers; \"%2\" is not one."_s.arg(name, part));
                return {};
            }
            result.append(id);
        }
    }
    return result;
}

QString snakeToCamel(const QString &name)
{
    if (!name.contains(u'_'))
        return name;
    QString result;
    result.reserve(name.size());
    bool upper = false;
    for (const QChar c : name) {
        if (c == u'_') {
            upper = !result.isEmpty();
            continue;
        }
        result.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return result;
}

QString camelToSnake(const QString &name)
{
    QString result;
    result.reserve(name.size() + 4);
    for (const QChar c : name) {
        if (c.isUpper()) {
            result.append(u'_');
            result.append(c.toLower());
        } else {
            result.append(c);
        }
    }
    return result;
}

QString JsonBody::spelling(const QString &camelName) const
{
    if (const auto sent = m_spelling.constFind(camelName); sent != m_spelling.cend())
        return *sent;
    return m_snakeCase ? camelToSnake(camelName) : camelName;
}

std::optional<JsonBody> JsonBody::parse(const QByteArray &bytes, QString *error)
{
    JsonBody body;
    if (bytes.trimmed().isEmpty())
        return body;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"The request body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"The request body must be a JSON object."_s;
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString camel = snakeToCamel(it.key());
        body.m_snakeCase |= camel != it.key();
        // When a client sends both spellings, the camelCase one is the API's own and wins.
        if (body.m_values.contains(camel) && camel != it.key() && body.m_spelling.value(camel) == camel)
            continue;
        body.m_values.insert(camel, it.value());
        body.m_spelling.insert(camel, it.key());
    }
    return body;
}

void JsonBody::fail(const QString &camelName, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = u"%1 %2"_s.arg(spelling(camelName), problem);
}

void JsonBody::requireField(const QString &camelName)
{
    if (!has(camelName))
        fail(camelName, u"is required."_s);
}

std::optional<QJsonValue> JsonBody::string(const QString &camelName, bool nullable)
{
    if (!has(camelName))
        return std::nullopt;
    const QJsonValue value = m_values.value(camelName);
    if (value.isString() || (nullable && value.isNull()))
        return value;
    fail(camelName, nullable ? u"must be a string or null."_s : u"must be a string."_s);
    return std::nullopt;
}

std::optional<QJsonValue> JsonBody::integer(const QString &camelName, bool nullable)
{
    if (!has(camelName))
        return std::nullopt;
    const QJsonValue value = m_values.value(camelName);
    if (nullable && value.isNull())
        return value;
    if (const auto exact = exactInteger(value))
        return QJsonValue(*exact);
    fail(camelName, nullable ? u"must be an integer or null."_s : u"must be an integer."_s);
    return std::nullopt;
}

std::optional<QJsonValue> JsonBody::boolean(const QString &camelName, bool nullable)
{
    if (!has(camelName))
        return std::nullopt;
    const QJsonValue value = m_values.value(camelName);
    if (value.isBool() || (nullable && value.isNull()))
        return value;
    fail(camelName, u"must be true or false."_s);
    return std::nullopt;
}

std::optional<QList<qint64>> JsonBody::integerArray(const QString &camelName, bool nonEmpty)
{
    if (!has(camelName))
        return std::nullopt;
    const QJsonValue value = m_values.value(camelName);
    if (!value.isArray()) {
        fail(camelName, u"must be an array of integers."_s);
        return std::nullopt;
    }
    QList<qint64> result;
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        const auto exact = exactInteger(item);
        if (!exact) {
            fail(camelName, u"must be an array of integers."_s);
            return std::nullopt;
        }
        result.append(*exact);
    }
    if (nonEmpty && result.isEmpty()) {
        fail(camelName, u"must hold one or more ids."_s);
        return std::nullopt;
    }
    return result;
}
