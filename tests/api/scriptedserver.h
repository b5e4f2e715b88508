#pragma once

// A loopback HTTP/1.1 server that answers from a script, for the few answers the sandbox never
// gives (502, 504, redirects, lists without paging headers, an answer that never comes). It
// counts and keeps every request, so a test can tell exactly what went over the wire.

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <functional>

struct ScriptedAnswer
{
    int status = 200;
    QByteArray body = "{}";
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    QByteArray contentType = "application/json; charset=utf-8";
    int resetAfterBytes = -1; ///< When >= 0: send only this much of the answer, then reset the connection.
};

struct SeenRequest
{
    QByteArray method;
    QByteArray target; ///< Path and query.
    QHash<QByteArray, QByteArray> headers; ///< Lower-case names.
    QByteArray body;
};

class ScriptedServer : public QObject
{
public:
    /// Answers request n (0-based) with answer(n).
    explicit ScriptedServer(std::function<ScriptedAnswer(int, const SeenRequest &)> answer)
        : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_buffers.insert(socket, {});
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    ~ScriptedServer() override
    {
        // The sockets go with the server; they must not call back into a half-destroyed us.
        const auto sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->disconnect(this);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }
    int requestCount() const { return int(requests.size()); }

    QList<SeenRequest> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            SeenRequest request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(
                        lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            const int index = int(requests.size());
            requests.append(request);
            const ScriptedAnswer answer = m_answer(index, request);
            QPointer<QTcpSocket> target(socket);
            auto send = [target, answer] {
                if (!target)
                    return;
                QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
                response += "Content-Type: " + answer.contentType + "\r\n";
                response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
                for (const auto &[name, value] : answer.headers)
                    response += name + ": " + value + "\r\n";
                response += "\r\n" + answer.body;
                if (answer.resetAfterBytes >= 0) {
                    target->write(response.left(answer.resetAfterBytes));
                    target->flush();
                    target->abort();
                    return;
                }
                target->write(response);
            };
            if (answer.delayMs > 0)
                QTimer::singleShot(answer.delayMs, socket, send);
            else
                send();
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::function<ScriptedAnswer(int, const SeenRequest &)> m_answer;
};
