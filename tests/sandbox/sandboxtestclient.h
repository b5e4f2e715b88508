#pragma once

// A plain QNetworkAccessManager client for the sandbox tests: real loopback HTTP, none of the
// app's client code, so the server is checked against the wire contract and nothing else.

#include "sandbox/sandboxserverthread.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

#include <memory>

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString errorDescription() const { return object().value(QStringLiteral("errorDescription")).toString(); }
    /// The ids of a JSON array of objects, in order.
    QList<qint64> ids() const
    {
        QList<qint64> result;
        for (const QJsonValue &item : array())
            result.append(item.toObject().value(QStringLiteral("id")).toInteger());
        return result;
    }
};

enum class Auth { Bearer, Basic, None };

/// The fields the API contract marks required in \a definition (e.g. "Group"), read from the
/// Swagger document the sandbox is built with.
inline QStringList requiredFields(const QString &definition)
{
    QFile file(QStringLiteral(":/api/civis-groups-users.swagger.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray required = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("definitions"))
                                    .toObject()
                                    .value(definition)
                                    .toObject()
                                    .value(QStringLiteral("required"))
                                    .toArray();
    QStringList fields;
    for (const QJsonValue &field : required)
        fields.append(field.toString());
    return fields;
}

/// Fails the test unless \a object holds every field the contract requires of \a definition.
#define VERIFY_REQUIRED_FIELDS(object, definition)                                                                     \
    do {                                                                                                               \
        const QStringList required_ = requiredFields(QStringLiteral(definition));                                      \
        QVERIFY2(!required_.isEmpty(), "the contract has no definition " definition);                                  \
        const QString missing_ = missingField((object), required_);                                                    \
        QVERIFY2(missing_.isEmpty(), qPrintable(QStringLiteral(definition " lacks ") + missing_));                     \
    } while (false)

/// The first of \a fields that \a object lacks, or an empty string.
inline QString missingField(const QJsonObject &object, const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!object.contains(field))
            return field;
    }
    return {};
}

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &base = {}, const QString &key = {})
        : base(base)
        , key(key)
    {
    }

    HttpResult send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
        Auth auth = Auth::Bearer, const QString &keyOverride = {}, int timeoutMs = 20000)
    {
        QUrl url = base.resolved(QUrl(pathAndQuery.startsWith(u'/') ? pathAndQuery.mid(1) : pathAndQuery));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QString usedKey = keyOverride.isNull() ? key : keyOverride;
        if (auth == Auth::Bearer)
            request.setRawHeader("Authorization", "Bearer " + usedKey.toUtf8());
        else if (auth == Auth::Basic)
            request.setRawHeader("Authorization", "Basic " + QByteArray(usedKey.toUtf8() + ':').toBase64());
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(body.isNull() && method != "PUT" && method != "POST" && method != "PATCH"
                ? nam.sendCustomRequest(request, method)
                : nam.sendCustomRequest(request, method, body));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult result;
        result.elapsedMs = timer.elapsed();
        if (!reply->isFinished()) {
            reply->abort();
            result.networkError = QNetworkReply::TimeoutError;
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.networkError = reply->error();
        result.headers = reply->rawHeaderPairs();
        return result;
    }

    HttpResult get(const QString &path) { return send("GET", path); }
    HttpResult post(const QString &path, const QJsonObject &body) { return send("POST", path, json(body)); }
    HttpResult put(const QString &path, const QJsonObject &body = {}) { return send("PUT", path, json(body)); }
    HttpResult patch(const QString &path, const QJsonObject &body) { return send("PATCH", path, json(body)); }
    HttpResult del(const QString &path) { return send("DELETE", path); }

    static QByteArray json(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

    QUrl base;
    QString key;
    QNetworkAccessManager nam;
};

/// Starts a sandbox in its own thread for one test class, with an admin key the test knows.
class SandboxFixture
{
public:
    static constexpr const char *kAdminKey = "admin-test-key";

    bool start(const QString &seed = QStringLiteral("demo"), const QString &database = QStringLiteral(":memory:"),
        const FaultSettings &faults = {}, const HttpLimits &limits = {})
    {
        SandboxOptions options;
        options.databasePath = database;
        options.seed = seed;
        options.adminKey = QString::fromLatin1(kAdminKey);
        options.faults = faults;
        options.limits = limits;
        QString error;
        if (!server.startServer(options, &error)) {
            qWarning() << "sandbox did not start:" << error;
            return false;
        }
        admin.base = server.url();
        admin.key = QString::fromLatin1(kAdminKey);
        return true;
    }

    /// A client holding a fresh key for \a username.
    std::unique_ptr<SandboxTestClient> clientFor(const QString &username)
    {
        const QString key = QStringLiteral("key-for-") + username;
        bool ok = false;
        server.runOnServer([&](SandboxServer &s) { ok = s.setUserKey(username, key); });
        if (!ok)
            return nullptr;
        return std::make_unique<SandboxTestClient>(server.url(), key);
    }

    /// Runs \a sql on the server's database and returns the first column of each row.
    QVariantList column(const QString &sql)
    {
        QVariantList values;
        server.runOnServer([&](SandboxServer &s) {
            QSqlQuery q = s.database().query(sql);
            while (q.next())
                values.append(q.value(0));
        });
        return values;
    }

    void setFaults(const FaultSettings &faults)
    {
        server.runOnServer([&](SandboxServer &s) { s.setFaults(faults); });
    }

    SandboxServerThread server;
    SandboxTestClient admin;
};
