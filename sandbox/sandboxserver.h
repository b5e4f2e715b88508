#pragma once

#include "sandbox/apimessages.h"
#include "sandbox/faultinjector.h"
#include "sandbox/groupsresource.h"
#include "sandbox/httpguard.h"
#include "sandbox/sandboxdatabase.h"
#include "sandbox/usersresource.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtHttpServer/QHttpServer>
#include <QtNetwork/QHostAddress>

#include <functional>
#include <memory>

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

    /// The sandbox database in the person's data folder, shared by the app and the server.
    static QString defaultDatabasePath();
};

/// The Civis API sandbox: QHttpServer transport (routing, auth, faults) over the resources.
/// Lives in one thread; see SandboxServerThread to run it beside a GUI or a benchmark.
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
    SandboxDatabase &database() { return m_db; }

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
    using Handler = std::function<ApiResponse(const Caller &, const QHttpServerRequest &)>;
    struct MethodHandler
    {
        QHttpServerRequest::Method method;
        Handler handler;
    };

    void addRoutes();
    void serve(
        const QHttpServerRequest &request, QHttpServerResponder &&responder, const QList<MethodHandler> &handlers);
    void respond(QHttpServerResponder &&responder, const ApiResponse &response, int latencyMs);
    std::optional<Caller> authenticate(const QHttpServerRequest &request, QString *key);
    void noteSeen(qint64 userId);

    QHttpServer m_http;
    QPointer<HttpGuard> m_guard; ///< The listening socket; owned by m_http.
    SandboxDatabase m_db;
    GroupsResource m_groups{m_db};
    UsersResource m_users{m_db};
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
};
