#include "sandbox/sandboxserver.h"

#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxseeder.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
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
    // Reader threads keep their connection, caches and prepared statements for the server's life.
    m_readers.setExpiryTimeout(-1);
    addRoutes();
}

SandboxServer::~SandboxServer()
{
    // Reads under way use the members; their answers, queued to this object, die with it.
    m_readers.waitForDone();
    // The pool's threads are joined by now, but a thread's thread_local objects are destroyed
    // after what QThread::wait() waits for: a reader's connection may still be closing. Gone
    // unawaited, the process could reach its exit meanwhile and the close would use QtSql's
    // connection table after it was destroyed (a crash on quit, seen under load).
    // Bounded all the same: a server that cannot go would hang the app's quit, which is worse
    // than the crash this wait prevents; the log says when it gave up.
    QMutexLocker locker(&m_openReadersMutex);
    const QDeadlineTimer deadline(10'000);
    while (m_openReaders > 0 && !deadline.hasExpired())
        m_readersClosed.wait(&m_openReadersMutex, deadline);
    if (m_openReaders > 0)
        qCWarning(lcSandboxDb) << m_openReaders << "reader connection(s) still open after 10 s; the server goes anyway";
    // The connections close while the table of their work still exists.
    delete m_guard;
}

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    QString path = options.databasePath.isEmpty() ? SandboxOptions::defaultDatabasePath() : options.databasePath;
    bool durable = true;
    if (path == ":memory:"_L1) {
        // Reader threads need a file to open beside the server's connection: a private one,
        // removed with the server, that nothing needs to survive a crash.
        m_privateFolder = std::make_unique<QTemporaryDir>();
        if (!m_privateFolder->isValid()) {
            *error = u"Cannot create a private folder for the database: %1"_s.arg(m_privateFolder->errorString());
            return false;
        }
        path = m_privateFolder->filePath(u"sandbox.sqlite"_s);
        durable = false;
    }
    SandboxDatabase &db = m_main->db;
    if (!db.open(path, error, durable ? SandboxDatabase::Durability::Durable : SandboxDatabase::Durability::Scratch))
        return false;
    m_databaseFile = path;
    SandboxSeeder seeder(db);
    seeder.setProgress(options.seedProgress);
    if (!seeder.seed(options.seed, error))
        return false;
    m_adminId = seeder.adminUserId();
    m_databaseSeed = seeder.seededKind();
    m_adminUsername = db.scalar(u"SELECT username FROM users WHERE id = ?"_s, {m_adminId}).toString();
    m_adminKey = options.adminKey.isEmpty() ? SandboxDatabase::generateApiKey() : options.adminKey;
    if (!db.setApiKey(m_adminId, u"startup"_s, m_adminKey)) {
        *error = u"Cannot store the admin's API key."_s;
        return false;
    }
    m_faults.configure(options.faults);
    m_readers.setMaxThreadCount(options.readerThreads > 0 ? options.readerThreads : QThread::idealThreadCount());
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
    const QVariant id = m_main->db.scalar(u"SELECT id FROM users WHERE username = ?"_s, {username});
    if (!id.isValid())
        return false;
    m_callersByKey.clear();
    return m_main->db.setApiKey(id.toLongLong(), label, key);
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
    using R = SandboxResources &;
    using C = const Caller &;
    using D = const RequestData &;
    const auto query = [](D data) { return QueryParams(data.query); };

    // Handlers run on the resources they are given: a reader thread's for GET, the server
    // thread's for every other method. They capture ids only, never the server.
    route(u"/groups"_s, [=](Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Get, [=](R r, C c, D d) { return r.groups.list(c, query(d)); }},
                {Method::Post, [](R r, C c, D d) { return r.groups.post(c, d.body); }}});
    });
    route(u"/groups/<arg>"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Get, [=](R r, C c, D) { return r.groups.get(c, id); }},
                {Method::Patch, [=](R r, C c, D d) { return r.groups.update(c, id, d.body, false); }},
                {Method::Put, [=](R r, C c, D d) { return r.groups.update(c, id, d.body, true); }},
                {Method::Delete, [=](R r, C c, D) { return r.groups.remove(c, id); }}});
    });
    route(u"/groups/<arg>/members/<arg>"_s, [=](qint64 id, qint64 userId, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Put, [=](R r, C c, D) { return r.groups.putMember(c, id, userId); }},
                {Method::Delete, [=](R r, C c, D) { return r.groups.deleteMember(c, id, userId); }}});
    });
    route(u"/groups/<arg>/child_groups"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Get, [=](R r, C c, D) { return r.groups.listChildGroups(c, id); }}});
    });
    route(u"/groups/<arg>/shares"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder), {{Method::Get, [=](R r, C c, D) { return r.groups.listShares(c, id); }}});
    });
    route(u"/groups/<arg>/shares/users"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Put, [=](R r, C c, D d) { return r.groups.putSharesUsers(c, id, d.body); }}});
    });
    route(u"/groups/<arg>/shares/groups"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Put, [=](R r, C c, D d) { return r.groups.putSharesGroups(c, id, d.body); }}});
    });
    route(u"/groups/<arg>/shares/users/<arg>"_s, [=](qint64 id, qint64 userId, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Delete, [=](R r, C c, D) { return r.groups.deleteSharesUsers(c, id, userId); }}});
    });
    route(u"/groups/<arg>/shares/groups/<arg>"_s, [=](qint64 id, qint64 groupId, Request request, Responder responder) {
        serve(request, std::move(responder),
            {{Method::Delete, [=](R r, C c, D) { return r.groups.deleteSharesGroups(c, id, groupId); }}});
    });
    route(u"/users"_s, [=](Request request, Responder responder) {
        serve(request, std::move(responder), {{Method::Get, [=](R r, C c, D d) { return r.users.list(c, query(d)); }}});
    });
    route(u"/users/me"_s, [=](Request request, Responder responder) {
        serve(request, std::move(responder), {{Method::Get, [](R r, C c, D) { return r.users.me(c); }}});
    });
    route(u"/users/<arg>"_s, [=](qint64 id, Request request, Responder responder) {
        serve(request, std::move(responder), {{Method::Get, [=](R r, C c, D) { return r.users.get(c, id); }}});
    });
    route(u"/endpoints"_s, [=](Request request, Responder responder) {
        serve(request, std::move(responder), {{Method::Get, [](R, C, D) { return apiSpec(); }}});
    });
    m_http.setMissingHandler([this](Request request, Responder responder) {
        Answer answer;
        answer.socket = responder.socket();
        answer.ticket = m_guard ? m_guard->reserveAnswer(responder.socket()) : 0;
        answer.latencyMs = m_faults.latencyMs();
        answer.logLine = methodName(request.method()) + ' ' + request.url().path().toUtf8();
        finish(answer,
            ApiResponse::error(404,
                u"The requested resource could not be found: no route for %1."_s.arg(request.url().path().left(200))));
    });
}

void SandboxServer::serve(
    const QHttpServerRequest &request, QHttpServerResponder &&responder, const QList<MethodHandler> &handlers)
{
    // The answer's place is taken now, in the order requests arrive; it is written in that order
    // whenever it is ready. The responder is not kept: the guard writes to the socket.
    Answer answer;
    QTcpSocket *socket = responder.socket();
    answer.socket = socket;
    answer.ticket = m_guard ? m_guard->reserveAnswer(socket) : 0;
    answer.latencyMs = m_faults.latencyMs();
    answer.logLine = methodName(request.method()) + ' ' + request.url().path().toUtf8();
    QString key;
    const std::optional<Caller> caller = authenticate(request, &key);

    // Limits hold per person; a key that is not one counts against its address, so made-up keys
    // cannot each open a window of their own.
    const QString client
        = caller ? u"user:%1"_s.arg(caller->userId) : u"address:%1"_s.arg(request.remoteAddress().toString());
    const std::optional<int> retryAfter = m_faults.rateLimited(client, m_clock.elapsed());
    if (m_faults.settings().rateLimitRequests > 0) {
        // What the real API reports and the official client exposes as rate_limit and calls_remaining.
        answer.extraHeaders.append({"X-RateLimit-Limit"_ba, QByteArray::number(m_faults.settings().rateLimitRequests)});
        answer.extraHeaders.append(
            {"X-RateLimit-Remaining"_ba, QByteArray::number(m_faults.remainingRequests(client))});
    }
    if (retryAfter) {
        ApiResponse response = ApiResponse::error(429,
            u"Rate limit exceeded: at most %1 requests per %2 s. Retry after %3 s."_s
                .arg(m_faults.settings().rateLimitRequests)
                .arg(m_faults.settings().rateLimitWindowSeconds)
                .arg(*retryAfter));
        response.addHeader("Retry-After"_ba, QByteArray::number(*retryAfter));
        finish(answer, std::move(response));
        return;
    }
    if (m_faults.shouldFail()) {
        finish(answer, ApiResponse::error(503, u"The service is temporarily unavailable (injected by the sandbox)."_s));
        return;
    }
    if (!caller) {
        ApiResponse response = ApiResponse::error(401,
            key.isEmpty() ? u"Authentication is required: send Authorization: Bearer <API key>."_s
                          : u"The API key is not valid."_s);
        response.addHeader("WWW-Authenticate"_ba, kChallenge);
        finish(answer, std::move(response));
        return;
    }
    const auto match = std::find_if(
        handlers.cbegin(), handlers.cend(), [&](const MethodHandler &h) { return h.method == request.method(); });
    if (match == handlers.cend()) {
        QByteArrayList allowed;
        for (const MethodHandler &h : handlers)
            allowed.append(methodName(h.method));
        ApiResponse response = ApiResponse::error(405,
            u"%1 is not allowed on %2; use %3."_s.arg(QString::fromLatin1(methodName(request.method())),
                request.url().path(), QString::fromLatin1(allowed.join(", "))));
        response.addHeader("Allow"_ba, allowed.join(", "));
        finish(answer, std::move(response));
        return;
    }
    noteSeen(caller->userId);
    answer.mayGarble = true;
    RequestData data{request.url().query(QUrl::FullyEncoded), request.body()};
    const Handler handler = match->handler;
    if (match->method == Method::Get) {
        schedule(socket,
            {true, [this, handler, caller = *caller, data, answer] { startRead(handler, caller, data, answer); }});
        return;
    }
    schedule(socket,
        {false, [this, handler, caller = *caller, data, answer] { finish(answer, handler(*m_main, caller, data)); }});
}

void SandboxServer::schedule(QTcpSocket *socket, Job job)
{
    auto work = m_work.find(socket);
    if (work == m_work.end()) {
        work = m_work.insert(socket, {});
        connect(socket, &QObject::destroyed, this, [this, socket] { m_work.remove(socket); });
    }
    if (work->waiting.isEmpty() && (job.reads || work->readsInFlight == 0)) {
        if (job.reads)
            ++work->readsInFlight;
        job.run();
        return;
    }
    work->waiting.append(std::move(job));
}

void SandboxServer::readFinished(QTcpSocket *socket)
{
    const auto work = m_work.find(socket);
    if (work == m_work.end())
        return;
    --work->readsInFlight;
    runWaiting(socket);
}

void SandboxServer::runWaiting(QTcpSocket *socket)
{
    for (;;) {
        // Looked up again each time: a job may change the table.
        const auto work = m_work.find(socket);
        if (work == m_work.end() || work->waiting.isEmpty())
            return;
        if (!work->waiting.head().reads && work->readsInFlight > 0)
            return;
        Job job = work->waiting.dequeue();
        if (job.reads)
            ++work->readsInFlight;
        job.run();
    }
}

void SandboxServer::startRead(const Handler &handler, const Caller &caller, const RequestData &data, Answer answer)
{
    m_readers.start([this, handler, caller, data, answer = std::move(answer)]() mutable {
        ApiResponse response;
        if (SandboxResources *resources = readerResources()) {
            // One snapshot for the whole answer: its count, rows and members agree with each
            // other whatever the server thread commits meanwhile.
            SandboxTransaction snapshot(resources->db);
            response = handler(*resources, caller, data);
            resources->db.releaseStatements();
            snapshot.commit();
        } else {
            response = ApiResponse::error(500, u"The sandbox could not open its database for reading."_s);
        }
        QMetaObject::invokeMethod(
            this,
            [this, answer = std::move(answer), response = std::move(response)]() mutable {
                finish(answer, std::move(response));
                if (answer.socket)
                    readFinished(answer.socket);
            },
            Qt::QueuedConnection);
    });
}

SandboxResources *SandboxServer::readerResources()
{
    // Each reader thread belongs to this server's pool alone and keeps its resources until the
    // pool ends, when they are closed in the thread that opened them; the server waits for that.
    struct ReaderSlot
    {
        SandboxServer *owner = nullptr;
        std::unique_ptr<SandboxResources> resources;

        ~ReaderSlot()
        {
            if (!resources)
                return;
            resources.reset();
            const QMutexLocker locker(&owner->m_openReadersMutex);
            --owner->m_openReaders;
            owner->m_readersClosed.wakeAll();
        }
    };
    thread_local ReaderSlot slot;
    if (slot.owner == this && slot.resources)
        return slot.resources.get();
    Q_ASSERT(!slot.resources); // a pool thread serves one server only
    auto resources = std::make_unique<SandboxResources>();
    QString error;
    if (!resources->db.open(m_databaseFile, &error, SandboxDatabase::Durability::Reader)) {
        qCWarning(lcSandboxDb) << "a reader thread cannot open the database:" << error;
        return nullptr;
    }
    {
        const QMutexLocker locker(&m_openReadersMutex);
        ++m_openReaders;
    }
    slot.owner = this;
    slot.resources = std::move(resources);
    return slot.resources.get();
}

void SandboxServer::finish(const Answer &answer, ApiResponse response)
{
    // Whatever this thread's request ran is done: no kept statement holds a snapshot open.
    m_main->db.releaseStatements();
    if (answer.mayGarble)
        m_faults.maybeGarble(response);
    for (const auto &[name, value] : answer.extraHeaders)
        response.addHeader(name, value);
    qCInfo(lcSandboxHttp).noquote() << answer.logLine << response.status;
    if (answer.latencyMs <= 0) {
        if (m_guard && answer.socket)
            m_guard->answer(answer.socket, answer.ticket, response);
        return;
    }
    // Answer later without blocking other connections; a client that hung up meanwhile gets nothing.
    QTimer::singleShot(answer.latencyMs, this, [this, answer, response] {
        if (m_guard && answer.socket)
            m_guard->answer(answer.socket, answer.ticket, response);
    });
}

std::optional<Caller> SandboxServer::authenticate(const QHttpServerRequest &request, QString *key)
{
    *key = keyFromAuthorization(request.value("Authorization"_ba));
    if (key->isEmpty())
        return std::nullopt;
    if (const auto cached = m_callersByKey.constFind(*key); cached != m_callersByKey.cend())
        return *cached;
    SandboxDatabase &db = m_main->db;
    const std::optional<qint64> userId = db.userForApiKey(*key);
    if (!userId)
        return std::nullopt;
    // A deactivated account's keys stop working with it.
    QSqlQuery q = db.query(u"SELECT organization_id, org_admin FROM users WHERE id = ? AND active = 1"_s, {*userId});
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
    m_main->db.exec(u"UPDATE users SET last_seen_at = ? WHERE id = ?"_s, {SandboxDatabase::now(), userId});
}
