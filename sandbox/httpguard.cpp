#include "sandbox/httpguard.h"

#include "sandbox/apimessages.h"
#include "sandbox/sandboxlogging.h"

#include <QtCore/QQueue>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <cstring>

#include <sys/resource.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

// How long a refused connection may keep sending before it is cut: long enough for the client
// to read the answer instead of a reset, short enough that refused uploads cost nothing.
constexpr int kLingerMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 411:
        return "Length Required"_ba;
    case 409:
        return "Conflict"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Error"_ba;
    }
}

/// The status line and headers of \a response as HTTP/1.1 writes them, up to the body.
QByteArray answerHead(const ApiResponse &response, bool close)
{
    QByteArray bytes;
    bytes.reserve(256);
    bytes.append("HTTP/1.1 ").append(QByteArray::number(response.status)).append(' ');
    bytes.append(reasonPhrase(response.status)).append("\r\n");
    for (const auto &[name, value] : response.headers)
        bytes.append(name).append(": ").append(value).append("\r\n");
    if (response.status != 204)
        bytes.append("Content-Length: ").append(QByteArray::number(response.body.size())).append("\r\n");
    if (close)
        bytes.append("Connection: close\r\n");
    bytes.append("\r\n");
    return bytes;
}

/// A whole HTTP answer carrying the API's JSON error body, for the connection to close after.
QByteArray errorAnswer(int status, const QString &description, const QByteArray &retryAfter = {})
{
    ApiResponse response = ApiResponse::error(status, description);
    if (!retryAfter.isEmpty())
        response.addHeader("Retry-After"_ba, retryAfter);
    return answerHead(response, true) + response.body;
}

bool isTokenChar(char c)
{
    // RFC 9110 tchar.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool hasControlCharacters(QByteArrayView text, bool allowTab)
{
    return std::any_of(text.begin(), text.end(), [allowTab](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && !(allowTab && u == '\t')) || u == 0x7f;
    });
}

/// What the head of one request says about its framing, or why it is refused.
struct RequestHead
{
    int refusal = 0; ///< 0 when the request may go on to the HTTP server.
    QString reason;
    qint64 contentLength = 0;
    bool closeAfter = false;
};

RequestHead readHead(QByteArrayView head, const HttpLimits &limits)
{
    RequestHead result;
    const auto refuse = [&result](int status, const QString &reason) {
        result.refusal = status;
        result.reason = reason;
        return result;
    };
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < head.size();) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    const QList<QByteArray> requestLine = lines.first().toByteArray().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()
        || hasControlCharacters(requestLine.at(1), false))
        return refuse(400, u"The request line is not \"METHOD /path HTTP/1.1\"."_s);
    static const QList<QByteArrayView> methods{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    if (!methods.contains(requestLine.at(0))) {
        return refuse(405,
            u"The method %1 is not supported; use GET, POST, PUT, PATCH or DELETE."_s.arg(
                QString::fromLatin1(requestLine.at(0).left(20))));
    }
    const QByteArrayView version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(400, u"Only HTTP/1.1 and HTTP/1.0 are spoken here."_s);
    // HTTP/1.0 closes after each answer; the sandbox does not offer it keep-alive.
    result.closeAfter = version == "HTTP/1.0";

    const qsizetype fields = lines.size() - 1;
    if (fields > limits.maxHeaderFields) {
        return refuse(431,
            u"The request has %1 header fields; at most %2 are accepted."_s.arg(fields).arg(limits.maxHeaderFields));
    }
    std::optional<qint64> contentLength;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return refuse(400, u"Header field %1 is not \"Name: value\"."_s.arg(i));
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (hasControlCharacters(value, true))
            return refuse(400, u"The %1 header holds control characters."_s.arg(QString::fromLatin1(name)));
        if (name == "content-length") {
            bool ok = std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            const qint64 length = ok && !value.isEmpty() && value.size() < 19 ? value.toLongLong(&ok) : -1;
            if (length < 0 || (contentLength && *contentLength != length))
                return refuse(400, u"Content-Length must be one non-negative number."_s);
            contentLength = length;
        } else if (name == "transfer-encoding") {
            chunked = true;
        } else if (name == "connection") {
            // QHttpServer takes any Connection naming "upgrade" as an upgrade; none reaches it.
            if (value.toLower().contains("upgrade"))
                return refuse(400, u"Protocol upgrades are not offered; speak HTTP/1.1."_s);
            for (const QByteArray &token : value.toLower().split(',')) {
                if (token.trimmed() == "close")
                    result.closeAfter = true;
            }
        }
    }
    // Both at once is how requests are smuggled past proxies; chunked bodies alone are not read
    // (every client of the API sends Content-Length), so neither can bypass the body cap.
    if (chunked && contentLength)
        return refuse(400, u"A request may not carry both Content-Length and Transfer-Encoding."_s);
    if (chunked)
        return refuse(411, u"Send the body with Content-Length; Transfer-Encoding is not accepted."_s);
    result.contentLength = contentLength.value_or(0);
    if (result.contentLength > limits.maxBodyBytes) {
        return refuse(413,
            u"The request body is %1 bytes; at most %2 are accepted."_s.arg(result.contentLength)
                .arg(limits.maxBodyBytes));
    }
    return result;
}

} // namespace

/// One connection's framing, read from the bytes before QHttpServer takes them: where each
/// request ends, what it asked for, and the timers that keep a connection from idling forever.
///
/// QHttpServer (6.4) reads one request per readyRead and, when bytes are left, queues another
/// readyRead for the next; this object sees each of those first. So the socket's buffer holds,
/// at each look, bytes framed on an earlier look that the HTTP server has not read yet, then the
/// bytes new since. Each byte is framed once: the connection keeps stream offsets of what has
/// arrived and of where the HTTP server stands (the end of the request it took last, or all it
/// was shown when it took none), and frames only the bytes past what arrived before.
class GuardedConnection : public QObject
{
public:
    GuardedConnection(HttpGuard *guard, QTcpSocket *socket, const QHostAddress &client)
        : QObject(socket)
        , m_guard(guard)
        , m_socket(socket)
        , m_client(client)
        , m_limits(guard->limits())
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { timedOut(); });
        // Connected before the HTTP server's own slot, so this one sees each byte first.
        connect(socket, &QTcpSocket::readyRead, this, [this] { inspect(); });
        // Answers still leaving (to a client that reads them slower than they were worked
        // out) keep the connection from idling; one that stops reading stops them.
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_mode == TimerMode::Idle && m_state != State::Closing)
                m_timer.start(m_limits.idleTimeoutMs);
        });
        rearm();
    }
    ~GuardedConnection() override
    {
        if (m_guard)
            m_guard->forget(m_socket, m_client);
    }
    GuardedConnection(const GuardedConnection &) = delete;
    GuardedConnection &operator=(const GuardedConnection &) = delete;

    void detach() { m_guard = nullptr; }

    /// The HTTP server has read the next framed request, exactly to its end, and hands it over.
    quint64 reserveAnswer()
    {
        bool closeAfter = true;
        if (!m_framed.isEmpty()) {
            const FramedRequest request = m_framed.dequeue();
            m_serverAt = request.end;
            closeAfter = request.closeAfter;
        } else {
            // The two parsers disagree on where requests end: answer this one and close.
            qCWarning(lcSandboxHttp) << "a request reached the HTTP server that the guard did not frame";
            m_stopPending = true;
        }
        m_tookRequest = true;
        m_owed.enqueue(closeAfter);
        stopWhenReached();
        return m_reserved++;
    }

    /// Writes the answers owed, oldest first, as far as they are known; see HttpGuard::answer().
    void answer(quint64 ticket, const ApiResponse &response)
    {
        if (ticket < m_written || ticket >= m_reserved)
            return;
        m_ready.insert(ticket, response);
        while (m_state != State::Closing) {
            const auto next = m_ready.find(m_written);
            if (next == m_ready.end())
                break;
            const bool close = !m_owed.isEmpty() && m_owed.dequeue();
            m_socket->write(answerHead(*next, close));
            // Not copied into the head: the socket's buffer shares the body's bytes.
            m_socket->write(next->body);
            m_ready.erase(next);
            ++m_written;
            responseWritten(close);
        }
        if (m_state == State::Closing)
            m_ready.clear(); // Owed to a connection that is closing: nobody will read them.
    }

private:
    /// Head and Body frame requests; Stopped: the HTTP server has had its last request, and
    /// what follows is dropped; Closing: the last answer or the refusal is written.
    enum class State { Head, Body, Stopped, Closing };
    enum class TimerMode { Idle, Request, Linger };

    struct FramedRequest
    {
        qint64 end; ///< Stream offset just past the request's last byte.
        bool closeAfter; ///< The connection closes after its answer.
    };

    /// After an answer is written: closes the connection if it was to close, sends a refusal
    /// that waited for it, or rearms the idle timer.
    void responseWritten(bool close)
    {
        if (close) {
            m_state = State::Closing;
            m_socket->disconnectFromHost();
            // A client that never reads its answer cannot hold the connection open either.
            m_mode = TimerMode::Linger;
            m_timer.start(m_limits.idleTimeoutMs);
            return;
        }
        if (m_state == State::Stopped)
            sendRefusalWhenDue();
        rearm();
    }

    void inspect()
    {
        if (m_state == State::Stopped || m_state == State::Closing) {
            drain();
            return;
        }
        // Where the HTTP server stands: at the end of the request it took since the last look,
        // or, having taken none, past all it was shown (it reads a partial request whole).
        if (!m_tookRequest)
            m_serverAt = m_arrived;
        m_tookRequest = false;
        const qint64 unread = m_socket->bytesAvailable();
        const qint64 seen = m_arrived - m_serverAt; // framed already, not read by the HTTP server yet
        if (seen > unread) {
            qCWarning(lcSandboxHttp) << "the HTTP server read bytes the guard did not frame; closing";
            closeNow();
            return;
        }
        const qint64 base = m_arrived;
        m_arrived = m_serverAt + unread;
        // Bytes past a refusal or a closing request are never framed: they are dropped unread.
        if (unread > seen && !m_stopPending) {
            // peek() copies from the start of the buffer; what was framed before is skipped.
            const QByteArray buffered = m_socket->peek(unread);
            frame(QByteArrayView(buffered).sliced(seen), base);
        }
        stopWhenReached();
        rearm();
    }

    /// Frames \a bytes, which start at stream offset \a base, until they end or a refusal or a
    /// closing request stops the connection's input.
    void frame(QByteArrayView bytes, qint64 base)
    {
        qsizetype pos = 0;
        while (pos < bytes.size() && !m_stopPending) {
            if (m_state == State::Body) {
                const qint64 take = qMin<qint64>(m_bodyLeft, bytes.size() - pos);
                pos += take;
                m_bodyLeft -= take;
                if (m_bodyLeft == 0) {
                    m_state = State::Head;
                    framed(base + pos);
                }
                continue;
            }
            if (m_head.isEmpty()) {
                // Blank lines between requests are allowed, and not the start of one.
                while (pos < bytes.size() && (bytes.at(pos) == '\r' || bytes.at(pos) == '\n'))
                    ++pos;
                if (pos == bytes.size())
                    break;
                m_requestStarted = false;
            }
            // The head so far, one line at a time; never more than one byte past the cap.
            const qsizetype window = qMin<qsizetype>(m_limits.maxHeaderBytes + 1 - m_head.size(), bytes.size() - pos);
            const auto *newline = static_cast<const char *>(std::memchr(bytes.data() + pos, '\n', size_t(window)));
            const qsizetype taken = newline ? newline - (bytes.data() + pos) + 1 : window;
            m_head.append(bytes.data() + pos, taken);
            pos += taken;
            // Where QHttpServer ends a head too: a line feed, then an empty line (CRLF or LF).
            const bool whole = newline && (m_head.endsWith("\n\n") || m_head.endsWith("\n\r\n"));
            if (!whole) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    refuse(431, u"The request's headers exceed %1 bytes."_s.arg(m_limits.maxHeaderBytes));
                continue;
            }
            const qsizetype terminator = m_head.endsWith("\n\r\n") ? 3 : 2;
            const RequestHead head = readHead(QByteArrayView(m_head).first(m_head.size() - terminator), m_limits);
            m_head.clear();
            if (head.refusal != 0) {
                refuse(head.refusal, head.reason);
                break;
            }
            m_closeAfter = head.closeAfter;
            m_bodyLeft = head.contentLength;
            if (m_bodyLeft > 0)
                m_state = State::Body;
            else
                framed(base + pos);
        }
    }

    /// A request framed whole, ending at \a end: the HTTP server may read it.
    void framed(qint64 end)
    {
        m_framed.enqueue({end, m_closeAfter});
        // Nothing after a request that closes the connection reaches the HTTP server.
        if (m_closeAfter)
            m_stopPending = true;
    }

    /// The request being framed is refused with \a status: it and all after it are dropped,
    /// and the refusal goes out after the answers to the requests before it.
    void refuse(int status, const QString &reason)
    {
        m_stopPending = true;
        m_refusal = errorAnswer(status, reason);
        m_head.clear();
        m_bodyLeft = 0;
        m_state = State::Head;
    }

    /// Once the HTTP server has taken every request before a refusal or a closing request,
    /// what is left is dropped, and the refusal is sent when the answers owed are.
    void stopWhenReached()
    {
        if (!m_stopPending || !m_framed.isEmpty() || m_state == State::Stopped || m_state == State::Closing)
            return;
        m_state = State::Stopped;
        drain();
        sendRefusalWhenDue();
    }

    /// Takes every unread byte away from the HTTP server and drops it.
    void drain()
    {
        // The HTTP server reads inside a transaction that keeps every byte for a rollback;
        // committing it first keeps a refused upload from piling up there.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        while (m_socket->bytesAvailable() > 0)
            m_socket->skip(m_socket->bytesAvailable());
    }

    /// The refusal goes out after the answers still owed on this connection, then the
    /// connection lingers half-closed so the client reads it rather than a reset.
    void sendRefusalWhenDue()
    {
        if (!m_owed.isEmpty() || m_refusal.isEmpty())
            return;
        m_socket->write(m_refusal);
        m_refusal.clear();
        m_state = State::Closing;
        m_socket->flush();
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { shutdownWritingWhenFlushed(); });
        shutdownWritingWhenFlushed();
        m_mode = TimerMode::Linger;
        m_timer.start(kLingerMs);
    }

    void shutdownWritingWhenFlushed()
    {
        if (m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState
            && m_socket->socketDescriptor() >= 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }

    /// A request under way must finish in time; otherwise the connection may idle for a while.
    /// A stopped connection waits for its owed answers no longer than it would idle.
    void rearm()
    {
        if (m_state == State::Closing)
            return; // The linger timer runs.
        const bool partial = m_state == State::Body || !m_head.isEmpty();
        if (partial) {
            if (!m_requestStarted) {
                m_requestStarted = true;
                m_mode = TimerMode::Request;
                m_timer.start(m_limits.requestTimeoutMs);
            }
            return;
        }
        m_requestStarted = false;
        m_mode = TimerMode::Idle;
        m_timer.start(m_limits.idleTimeoutMs);
    }

    void closeNow()
    {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        // A client that never reads cannot hold the connection open either.
        m_mode = TimerMode::Linger;
        m_timer.start(kLingerMs);
    }

    void timedOut()
    {
        switch (m_mode) {
        case TimerMode::Request:
            refuse(408, u"The request did not arrive whole within %1 s."_s.arg(m_limits.requestTimeoutMs / 1000.0));
            stopWhenReached();
            rearm();
            return;
        case TimerMode::Idle:
            closeNow();
            return;
        case TimerMode::Linger:
            m_socket->abort();
            m_socket->deleteLater();
            return;
        }
    }

    HttpGuard *m_guard;
    QTcpSocket *m_socket;
    const QHostAddress m_client;
    const HttpLimits m_limits;
    QTimer m_timer;
    TimerMode m_mode = TimerMode::Idle;
    State m_state = State::Head;
    bool m_requestStarted = false;
    QByteArray m_head; ///< The head being framed, up to the line feed read last.
    bool m_closeAfter = false; ///< Whether the request being framed closes the connection.
    qint64 m_bodyLeft = 0;
    qint64 m_arrived = 0; ///< Stream offset past the last byte that has arrived (and been framed).
    qint64 m_serverAt = 0; ///< Stream offset up to which the HTTP server has read.
    bool m_tookRequest = false; ///< The HTTP server took a request since the last look.
    QQueue<FramedRequest> m_framed; ///< Framed whole, not yet taken by the HTTP server.
    bool m_stopPending = false; ///< A refusal or a closing request ends the HTTP server's input.
    QQueue<bool> m_owed; ///< Per request taken and not answered yet: whether to close after it.
    quint64 m_reserved = 0; ///< Answers reserved so far, one per request handed over; the next ticket.
    quint64 m_written = 0; ///< Answers written so far; the ticket written next.
    QHash<quint64, ApiResponse> m_ready; ///< Answers worked out before one reserved earlier was.
    QByteArray m_refusal; ///< Sent once the answers owed are written.
};

HttpGuard::HttpGuard(const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Never more connections than descriptors: past the process's limit, accept() fails and
    // every client waits, where a refusal tells them to come back.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        m_limits.maxConnections = int(qMin<rlim_t>(m_limits.maxConnections, qMax<rlim_t>(files.rlim_cur / 2, 8)));
    if (m_limits.maxConnectionsPerAddress <= 0 || m_limits.maxConnectionsPerAddress > m_limits.maxConnections)
        m_limits.maxConnectionsPerAddress = qMax(1, m_limits.maxConnections / 2);
}

HttpGuard::~HttpGuard()
{
    for (GuardedConnection *connection : std::as_const(m_connections))
        connection->detach();
}

quint64 HttpGuard::reserveAnswer(QTcpSocket *socket)
{
    GuardedConnection *connection = m_connections.value(socket);
    return connection ? connection->reserveAnswer() : 0;
}

void HttpGuard::answer(QTcpSocket *socket, quint64 ticket, const ApiResponse &response)
{
    if (GuardedConnection *connection = m_connections.value(socket))
        connection->answer(ticket, response);
}

void HttpGuard::forget(QTcpSocket *socket, const QHostAddress &address)
{
    m_connections.remove(socket);
    const auto held = m_connectionsByAddress.find(address);
    if (held != m_connectionsByAddress.end() && --*held <= 0)
        m_connectionsByAddress.erase(held);
}

void HttpGuard::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (connectionCount() >= m_limits.maxConnections) {
        refuseConnection(socket,
            u"The sandbox has %1 connections open, its limit; close one or retry shortly."_s.arg(
                m_limits.maxConnections));
        return;
    }
    // An IPv4 client seen through an IPv6 socket is the same client.
    bool isIPv4 = false;
    const quint32 ipv4 = socket->peerAddress().toIPv4Address(&isIPv4);
    const QHostAddress client = isIPv4 ? QHostAddress(ipv4) : socket->peerAddress();
    int &held = m_connectionsByAddress[client];
    if (held >= m_limits.maxConnectionsPerAddress) {
        if (held == 0)
            m_connectionsByAddress.remove(client);
        refuseConnection(socket,
            u"%1 has %2 connections open, its share of the sandbox's %3; close one or retry shortly."_s
                .arg(client.toString())
                .arg(m_limits.maxConnectionsPerAddress)
                .arg(m_limits.maxConnections));
        return;
    }
    ++held;
    // Answers leave in one write each; without this, one that fills more than a segment would
    // wait on the client's delayed acknowledgement (~40 ms) for its last bytes.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_connections.insert(socket, new GuardedConnection(this, socket, client));
    addPendingConnection(socket);
}

void HttpGuard::refuseConnection(QTcpSocket *socket, const QString &reason)
{
    socket->write(errorAnswer(503, reason, "1"_ba));
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->skip(socket->bytesAvailable()); });
    QTimer::singleShot(kLingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}
