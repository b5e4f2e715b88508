#pragma once

#include "sandbox/apimessages.h"
#include "sandbox/faultinjector.h"
#include "sandbox/groupsresource.h"
#include "sandbox/httpguard.h"
#include "sandbox/sandboxdatabase.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/usersresource.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QQueue>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThreadPool>
#include <QtCore/QUrl>
#include <QtCore/QWaitCondition>
#include <QtHttpServer/QHttpServer>
#include <QtNetwork/QHostAddress>

#include <functional>
#include <memory>

class QTcpSocket;

/// How a sandbox starts: where it listens, what it stores, what it seeds and which faults it injects.
struct SandboxOptions
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0 picks a free port.
    QString databasePath; ///< Empty for defaultDatabasePath(); ":memory:" for a private one.
    QString seed = QStringLiteral("demo"); ///< none, demo or large; applied only to an empty database.
    QString adminKey; ///< Empty generates one at each start.
    FaultSettings faults;
    HttpLimits limits; ///< Body, header and connection caps and timeouts.
    /// Threads that serve GET requests, each on its own SQLite connection; 0 for one per core.
    int readerThreads = 0;
    /// How far seeding an empty database has come (see SandboxSeeder::setProgress).
    SandboxSeeder::Progress seedProgress;

    /// The sandbox database in the person's data folder, shared by the app and the server.
    static QString defaultDatabasePath();
};

/// The resources over one SQLite connection. The server thread has one, for every write;
/// each reader thread has its own, so their caches and prepared statements are never shared.
struct SandboxResources
{
    SandboxDatabase db;
    GroupsResource groups{db};
    UsersResource users{db};
};

/// The Civis API sandbox: QHttpServer transport (routing, auth, faults) over the resources.
/// Lives in one thread (see SandboxServerThread to run it beside a GUI or a benchmark), where
/// it accepts connections, authenticates and runs every write, one at a time. GET requests are
/// served by a pool of reader threads, each in a read transaction of its own (one WAL
/// snapshot: a read never sees half a write); the guard writes the answers in request order.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Opens the database, seeds it if empty, sets the admin key and listens.
    bool start(const SandboxOptions &options, QString *error);

    QUrl url() const;
    quint16 port() const { return m_port; }
    /// The admin's key for this run: the one given, or the one generated at start.
    QString adminKey() const { return m_adminKey; }
    QString adminUsername() const { return m_adminUsername; }
    /// The server thread's connection: for set-up and checks from the server's thread.
    SandboxDatabase &database() { return m_main->db; }

    /// Gives \a username a key under \a label (replacing that label's old key); false if no such user.
    bool setUserKey(const QString &username, const QString &key, const QString &label = QStringLiteral("sandbox"));
    void setFaults(const FaultSettings &faults);
    /// Rate-limit windows held now (bounded).
    qsizetype rateLimitWindowCount() const { return m_faults.windowCount(); }
    /// Connections open now, as the connection guard counts them.
    int connectionCount() const { return m_guard ? m_guard->connectionCount() : 0; }
    /// The seed the database holds: a seed is applied only to an empty database.
    QString databaseSeed() const { return m_databaseSeed; }

private:
    /// What a handler reads of a request: copied, since QHttpServer reuses its request object
    /// for the next request on the connection while a reader thread may still be at work.
    struct RequestData
    {
        QString query; ///< Still percent-encoded.
        QByteArray body;
    };
    using Handler = std::function<ApiResponse(SandboxResources &, const Caller &, const RequestData &)>;
    struct MethodHandler
    {
        QHttpServerRequest::Method method;
        Handler handler;
    };
    /// Everything about one request's answer besides the response itself.
    struct Answer
    {
        QPointer<QTcpSocket> socket;
        quint64 ticket = 0; ///< Its place among the connection's answers (HttpGuard::reserveAnswer).
        int latencyMs = 0;
        bool mayGarble = false;
        QList<QPair<QByteArray, QByteArray>> extraHeaders;
        QByteArray logLine;
    };
    /// One connection's requests waiting for the reads before them: a write runs only once
    /// every earlier read of its connection has finished, as a pipelining client expects.
    struct Job
    {
        bool reads;
        std::function<void()> run;
    };
    struct ConnectionWork
    {
        int readsInFlight = 0;
        QQueue<Job> waiting;
    };

    void addRoutes();
    void serve(
        const QHttpServerRequest &request, QHttpServerResponder &&responder, const QList<MethodHandler> &handlers);
    /// Runs \a job now or after the earlier reads of \a socket's connection that it must follow.
    void schedule(QTcpSocket *socket, Job job);
    void readFinished(QTcpSocket *socket);
    void runWaiting(QTcpSocket *socket);
    /// Runs \a handler in a reader thread, in a read transaction; answers back in this thread.
    void startRead(const Handler &handler, const Caller &caller, const RequestData &data, Answer answer);
    /// The calling reader thread's resources, opened on first use; nullptr if they cannot be.
    SandboxResources *readerResources();
    /// Faults, headers and the log line, then the answer in its turn (after the latency, if any).
    void finish(const Answer &answer, ApiResponse response);
    std::optional<Caller> authenticate(const QHttpServerRequest &request, QString *key);
    void noteSeen(qint64 userId);

    QHttpServer m_http;
    QPointer<HttpGuard> m_guard; ///< The listening socket; owned by m_http.
    std::unique_ptr<SandboxResources> m_main = std::make_unique<SandboxResources>();
    QString m_databaseFile; ///< What the reader threads open.
    std::unique_ptr<QTemporaryDir> m_privateFolder; ///< Holds the file of a ":memory:" database.
    QHash<QTcpSocket *, ConnectionWork> m_work;
    FaultInjector m_faults;
    QHash<QString, Caller> m_callersByKey;
    QHash<qint64, qint64> m_lastSeenWrittenMs;
    QElapsedTimer m_clock;
    QString m_adminKey;
    QString m_adminUsername;
    qint64 m_adminId = 0;
    quint16 m_port = 0;
    QHostAddress m_address;
    QString m_databaseSeed;
    /// Reader threads whose connection is still open (see readerResources()): the server waits
    /// for none to be left before it goes.
    QMutex m_openReadersMutex;
    QWaitCondition m_readersClosed;
    int m_openReaders = 0;
    /// Last, so it is destroyed first: its tasks use the members above.
    QThreadPool m_readers;
};
