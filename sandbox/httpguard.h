#pragma once

#include <QtCore/QHash>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>

class QTcpSocket;
class GuardedConnection;
struct ApiResponse;

/// What one connection may send and hold before the HTTP parser reads it whole.
struct HttpLimits
{
    qint64 maxBodyBytes = 1024 * 1024; ///< A larger Content-Length is refused with 413 from the headers alone.
    int maxHeaderFields = 100; ///< More header fields: 431.
    qint64 maxHeaderBytes = 64 * 1024; ///< A request line and header block larger than this: 431.
    int maxConnections = 512; ///< Connections past this many are answered 503 and closed.
    /// Connections one client address may hold at once (503 past them), so that one client
    /// alone cannot take every connection; 0 for half of maxConnections.
    int maxConnectionsPerAddress = 0;
    int idleTimeoutMs = 60 * 1000; ///< A connection with no byte in or out for this long is closed.
    int requestTimeoutMs = 30 * 1000; ///< A request must arrive whole this soon after its first byte (else 408).
};

/// The sandbox's listening socket, handed to QHttpServer with bind(). It sees every connection
/// and every byte before the HTTP parser does: it counts and caps connections, closes idle ones,
/// honours `Connection: close` and HTTP/1.0, and answers oversized or malformed requests
/// (413, 431, 400, 408) itself, with the API's JSON error body, without buffering them.
/// It also writes every answer, in the order of the requests on each connection, whichever
/// order they were worked out in (pipelined reads run in parallel, on other threads).
/// All connection-level policy lives here; the request handlers never see a socket.
class HttpGuard : public QTcpServer
{
    Q_OBJECT

public:
    explicit HttpGuard(const HttpLimits &limits, QObject *parent = nullptr);
    ~HttpGuard() override;

    const HttpLimits &limits() const { return m_limits; }
    /// Open connections handed to the HTTP server (refused ones are not counted).
    int connectionCount() const { return int(m_connections.size()); }
    /// How many connections one client address may hold at once.
    int connectionShare() const { return m_limits.maxConnectionsPerAddress; }

    /// Takes the place of the answer to the next request QHttpServer hands over on \a socket;
    /// called once per request, in the order they arrive.
    quint64 reserveAnswer(QTcpSocket *socket);
    /// Writes the answer for \a ticket once every answer before it on \a socket is written
    /// (with `Connection: close` when the connection closes after it), and those after it
    /// that are waiting. Must be called exactly once per reserved ticket.
    void answer(QTcpSocket *socket, quint64 ticket, const ApiResponse &response);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class GuardedConnection;
    void forget(QTcpSocket *socket, const QHostAddress &address);
    /// Answers 503 with \a reason to \a socket, a connection past a cap, and closes it; it
    /// never reaches the HTTP server.
    static void refuseConnection(QTcpSocket *socket, const QString &reason);

    HttpLimits m_limits;
    QHash<QTcpSocket *, GuardedConnection *> m_connections;
    QHash<QHostAddress, int> m_connectionsByAddress; ///< Open connections per client address.
};
