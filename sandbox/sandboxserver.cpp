#include "sandbox/sandboxserver.h"

#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxseeder.h"

#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtNetwork/QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

using Method = QHttpServerRequest::Method;

const QByteArray kChallenge = R"(Bearer realm="Civis API", Basic realm="Civis API")"_ba;

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET"_ba;
    case Method::Put:
        return "PUT"_ba;
    case Method::Delete:
        return "DELETE"_ba;
    case Method::Post:
        return "POST"_ba;
    case Method::Head:
        return "HEAD"_ba;
    case Method::Options:
        return "OPTIONS"_ba;
    case Method::Patch:
        return "PATCH"_ba;
    default:
        return "OTHER"_ba;
    }
}

/// The key from "Authorization: Bearer KEY" or HTTP Basic with the key as user name.
QString keyFromAuthorization(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0)
        return {};
    const QByteArray scheme = value.left(space).toLower();
    const QByteArray credentials = value.mid(space + 1).trimmed();
    if (scheme == "bearer")
        return QString::fromUtf8(credentials);
    if (scheme == "basic") {
        const auto decoded = QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return {};
        const QByteArray &userAndPassword = *decoded;
        const qsizetype colon = userAndPassword.indexOf(':');
        return QString::fromUtf8(colon < 0 ? userAndPassword : userAndPassword.left(colon));
    }
    return {};
}

/// The Swagger document this server implements, as the official client downloads it.
ApiResponse apiSpec()
{
    static const QByteArray spec = [] {
        QFile file(u":/api/civis-groups-users.swagger.json"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    if (spec.isEmpty())
        return ApiResponse::error(500, u"The sandbox was built without its API specification."_s);
    ApiResponse response;
    response.body = spec;
    response.addHeader("Content-Type"_ba, "application/json; charset=utf-8"_ba);
    return response;
}

} // namespace

QString SandboxOptions::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + "/civis-groups-admin/sandbox.sqlite"_L1;
}

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    const QString path = options.databasePath.isEmpty() ? SandboxOptions::defaultDatabasePath() : options.databasePath;
    if (!m_db.open(path, error))
        return false;
    SandboxSeeder seeder(m_db);
    if (!seeder.seed(options.seed, error))
        return false;
    m_adminId = seeder.adminUserId();
    m_databaseSeed = seeder.seededKind();
    m_adminUsername = m_db.scalar(u"SELECT username FROM users WHERE id = ?"_s, {m_adminId}).toString();
    m_adminKey = options.adminKey.isEmpty() ? SandboxDatabase::generateApiKey() : options.adminKey;
    if (!m_db.setApiKey(m_adminId, u"startup"_s, m_adminKey)) {
        *error = u"Cannot store the admin's API key."_s;
        return false;
    }
    m_faults.configure(options.faults);
    // The guard listens and QHttpServer reads what it lets through.
    auto *guard = new HttpGuard(options.limits);
    if (!guard->listen(options.bindAddress, options.port)) {
        delete guard;
        *error = u"Cannot listen on %1 port %2: the address is in use or not this machine's."_s
                     .arg(options.bindAddress.toString())
                     .arg(options.port);
        return false;
    }
    m_http.bind(guard);
    m_guard = guard;
    m_port = guard->serverPort();
    m_address = options.bindAddress;
    return true;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4) // NOLINT(misc-redundant-expression): two addresses
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(u"/"_s);
    return url;
}

bool SandboxServer::setUserKey(const QString &username, const QString &key, const QString &label)
{
    const QVariant id = m_db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {username});
    if (!id.isValid())
        return false;
    m_callersByKey.clear();
    return m_db.setApiKey(id.toLongLong(), label, key);
}

void SandboxServer::setFaults(const FaultSettings &faults)
{
    m_faults.configure(faults);
}

void SandboxServer::addRoutes()
{
    // Each path answers its methods; paths are served with and without a trailing slash,
    // as the official client and hand-written scripts spell them both ways.
    const auto route = [this](const QString &pattern, auto viewHandler) {
        m_http.route(pattern, viewHandler);
        m_http.route(pattern + u'/', viewHandler);
    };
    using Request = const QHttpServerRequest &;
    using Responder = QHttpServerResponder &&;
    const auto query = [](Request request) { return QueryParams(request.url().query(QUrl::FullyEncoded)); };

    route(u"/groups"_s, [=](Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Get, [=](const Caller &c, Request r) { return m_groups.list(c, query(r)); }},
                {Method::Post, [=](const Caller &c, Request r) { return m_groups.post(c, r.body()); }}});
    });
    route(u"/groups/<arg>"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Get, [=](const Caller &c, Request) { return m_groups.get(c, id); }},
                {Method::Patch, [=](const Caller &c, Request r) { return m_groups.update(c, id, r.body(), false); }},
                {Method::Put, [=](const Caller &c, Request r) { return m_groups.update(c, id, r.body(), true); }},
                {Method::Delete, [=](const Caller &c, Request) { return m_groups.remove(c, id); }}});
    });
    route(u"/groups/<arg>/members/<arg>"_s, [=](qint64 id, qint64 userId, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Put, [=](const Caller &c, Request) { return m_groups.putMember(c, id, userId); }},
                {Method::Delete, [=](const Caller &c, Request) { return m_groups.deleteMember(c, id, userId); }}});
    });
    route(u"/groups/<arg>/child_groups"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Get, [=](const Caller &c, Request) { return m_groups.listChildGroups(c, id); }}});
    });
    route(u"/groups/<arg>/shares"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Get, [=](const Caller &c, Request) { return m_groups.listShares(c, id); }}});
    });
    route(u"/groups/<arg>/shares/users"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Put, [=](const Caller &c, Request r) { return m_groups.putSharesUsers(c, id, r.body()); }}});
    });
    route(u"/groups/<arg>/shares/groups"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Put, [=](const Caller &c, Request r) { return m_groups.putSharesGroups(c, id, r.body()); }}});
    });
    route(u"/groups/<arg>/shares/users/<arg>"_s, [=](qint64 id, qint64 userId, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Delete, [=](const Caller &c, Request) { return m_groups.deleteSharesUsers(c, id, userId); }}});
    });
    route(u"/groups/<arg>/shares/groups/<arg>"_s, [=](qint64 id, qint64 groupId, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Delete, [=](const Caller &c, Request) { return m_groups.deleteSharesGroups(c, id, groupId); }}});
    });
    route(u"/users"_s, [=](Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Get, [=](const Caller &c, Request r) { return m_users.list(c, query(r)); }}});
    });
    route(u"/users/me"_s, [=](Request request, Responder responder) {
        serve(request, std::move(responder), {{Method::Get, [=](const Caller &c, Request) { return m_users.me(c); }}});
    });
    route(u"/users/<arg>"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Get, [=](const Caller &c, Request) { return m_users.get(c, id); }}});
    });
    route(u"/endpoints"_s, [=](Request request, Responder responder) {
        serve(request, std::move(responder), {{Method::Get, [](const Caller &, Request) { return apiSpec(); }}});
    });
    m_http.setMissingHandler([this](Request request, Responder responder) {
        qCInfo(lcSandboxHttp).noquote() << methodName(request.method()) << request.url().path() << 404;
        respond(std::move(responder),
            ApiResponse::error(404,
                u"The requested resource could not be found: no route for %1."_s.arg(request.url().path().left(200))),
            m_faults.latencyMs());
    });
}

void SandboxServer::serve(
    const QHttpServerRequest &request, QHttpServerResponder &&responder, const QList<MethodHandler> &handlers)
{
    const int latency = m_faults.latencyMs();
    QString key;
    const std::optional<Caller> caller = authenticate(request, &key);

    ApiResponse response;
    // Limits hold per person; a key that is not one counts against its address, so made-up keys
    // cannot each open a window of their own.
    const QString client
        = caller ? u"user:%1"_s.arg(caller->userId) : u"address:%1"_s.arg(request.remoteAddress().toString());
    if (const std::optional<int> retryAfter = m_faults.rateLimited(client, m_clock.elapsed())) {
        response = ApiResponse::error(429,
            u"Rate limit exceeded: at most %1 requests per %2 s. Retry after %3 s."_s
                .arg(m_faults.settings().rateLimitRequests)
                .arg(m_faults.settings().rateLimitWindowSeconds)
                .arg(*retryAfter));
        response.addHeader("Retry-After"_ba, QByteArray::number(*retryAfter));
    } else if (m_faults.shouldFail()) {
        response = ApiResponse::error(503, u"The service is temporarily unavailable (injected by the sandbox)."_s);
    } else if (!caller) {
        response = ApiResponse::error(401,
            key.isEmpty() ? u"Authentication is required: send Authorization: Bearer <API key>."_s
                          : u"The API key is not valid."_s);
        response.addHeader("WWW-Authenticate"_ba, kChallenge);
    } else {
        const auto match = std::find_if(
            handlers.cbegin(), handlers.cend(), [&](const MethodHandler &h) { return h.method == request.method(); });
        if (match != handlers.cend()) {
            noteSeen(caller->userId);
            response = match->handler(*caller, request);
            m_faults.maybeGarble(response);
        } else {
            QByteArrayList allowed;
            for (const MethodHandler &h : handlers)
                allowed.append(methodName(h.method));
            response = ApiResponse::error(405,
                u"%1 is not allowed on %2; use %3."_s.arg(QString::fromLatin1(methodName(request.method())),
                    request.url().path(), QString::fromLatin1(allowed.join(", "))));
            response.addHeader("Allow"_ba, allowed.join(", "));
        }
    }
    if (m_faults.settings().rateLimitRequests > 0) {
        // What the real API reports and the official client exposes as rate_limit and calls_remaining.
        response.addHeader("X-RateLimit-Limit"_ba, QByteArray::number(m_faults.settings().rateLimitRequests));
        response.addHeader("X-RateLimit-Remaining"_ba, QByteArray::number(m_faults.remainingRequests(client)));
    }
    qCInfo(lcSandboxHttp).noquote() << methodName(request.method()) << request.url().path() << response.status;
    respond(std::move(responder), response, latency);
}

void SandboxServer::respond(QHttpServerResponder &&responder, const ApiResponse &response, int latencyMs)
{
    // Headers and body may leave in separate writes; without TCP_NODELAY the body of an answer
    // on a kept-alive connection waits for the client's delayed acknowledgement (~40 ms).
    if (QTcpSocket *socket = responder.socket())
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QPointer<HttpGuard> guard = m_guard;
    const auto write = [response, guard](QHttpServerResponder &out) {
        QTcpSocket *socket = out.socket();
        out.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        for (const auto &[name, value] : response.headers)
            out.writeHeader(name, value);
        if (response.status != 204)
            out.writeHeader("Content-Length"_ba, QByteArray::number(response.body.size()));
        if (guard && guard->closesAfterResponse(socket))
            out.writeHeader("Connection"_ba, "close"_ba);
        out.writeBody(response.body);
        if (guard)
            guard->responseWritten(socket);
    };
    if (latencyMs <= 0) {
        write(responder);
        return;
    }
    // Answer later without blocking other connections; a client that hung up meanwhile gets nothing.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(latencyMs, this, [held, socket, write] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*held);
    });
}

std::optional<Caller> SandboxServer::authenticate(const QHttpServerRequest &request, QString *key)
{
    *key = keyFromAuthorization(request.value("Authorization"_ba));
    if (key->isEmpty())
        return std::nullopt;
    if (const auto cached = m_callersByKey.constFind(*key); cached != m_callersByKey.cend())
        return *cached;
    const std::optional<qint64> userId = m_db.userForApiKey(*key);
    if (!userId)
        return std::nullopt;
    // A deactivated account's keys stop working with it.
    QSqlQuery q = m_db.query(u"SELECT organization_id, org_admin FROM users WHERE id = ? AND active = 1"_s, {*userId});
    if (!q.next())
        return std::nullopt;
    const Caller caller{*userId, q.value(0).toLongLong(), q.value(1).toBool()};
    m_callersByKey.insert(*key, caller);
    return caller;
}

void SandboxServer::noteSeen(qint64 userId)
{
    // "online" means seen in the last five minutes; writing that at most once a minute is plenty.
    const qint64 nowMs = m_clock.elapsed();
    const auto last = m_lastSeenWrittenMs.constFind(userId);
    if (last != m_lastSeenWrittenMs.cend() && nowMs - *last < 60 * 1000)
        return;
    m_lastSeenWrittenMs.insert(userId, nowMs);
    m_db.exec(u"UPDATE users SET last_seen_at = ? WHERE id = ?"_s, {SandboxDatabase::now(), userId});
}
