// What an outside probe sends: oversized bodies and headers, idle and slow connections, more
// connections than the cap, framing tricks, NULs, floods of made-up keys. Each gets its clear
// 4xx with the API's JSON error body; afterwards the server still answers, its memory has come
// back, and its database passes integrity_check.

#include "sandboxtestclient.h"

#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpSocket>

#include <functional>
#include <vector>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

/// The resident set of this process (the sandbox runs in one of its threads), in MiB.
double residentMiB()
{
    // Freed memory the allocator still holds (each reader thread has its arena) is not growth.
    malloc_trim(0);
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closedByServer = false;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

/// A hand-driven connection, for bytes no HTTP library would send.
class RawConnection
{
public:
    /// Connects to \a base, from \a from when given (another loopback address is another client).
    explicit RawConnection(const QUrl &base, const QHostAddress &from = {})
    {
        if (!from.isNull())
            m_socket.bind(from);
        m_socket.connectToHost(base.host(), quint16(base.port()));
        m_connected = m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_connected; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }

    /// Reads one whole answer (head and Content-Length body), or what came before a close.
    RawAnswer read(int timeoutMs = 10000)
    {
        RawAnswer answer;
        QElapsedTimer timer;
        timer.start();
        qsizetype headEnd = -1;
        qint64 length = 0;
        while (timer.elapsed() < timeoutMs) {
            m_buffer += m_socket.readAll();
            if (headEnd < 0 && (headEnd = m_buffer.indexOf("\r\n\r\n")) >= 0) {
                answer.head = m_buffer.left(headEnd);
                answer.status = answer.head.mid(9, 3).toInt();
                length = answer.header("Content-Length").toLongLong();
            }
            if (headEnd >= 0 && m_buffer.size() >= headEnd + 4 + length) {
                answer.body = m_buffer.mid(headEnd + 4, length);
                m_buffer.remove(0, headEnd + 4 + length);
                return answer;
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState) {
                answer.closedByServer = true;
                return answer;
            }
            if (m_socket.waitForReadyRead(100))
                m_buffer += m_socket.readAll();
        }
        return answer;
    }

    /// True when the server closes the connection within \a timeoutMs.
    bool waitForClose(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
            if (m_socket.waitForReadyRead(100))
                m_buffer += m_socket.readAll();
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return true;
        }
        return false;
    }

    /// Reads up to \a count answers in a row, as fast as they come, handing each to \a check
    /// (which keeps what it needs: 20,000 answers are 14 MB); stops early when nothing arrives
    /// for \a stallMs or the server closes. Returns how many were read.
    int readMany(int count, const std::function<void(int, const RawAnswer &)> &check, int stallMs = 10000)
    {
        int read = 0;
        qsizetype at = 0; // Parsed up to here; the buffer is compacted now and then.
        QElapsedTimer quiet;
        quiet.start();
        while (read < count && quiet.elapsed() < stallMs) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n", at);
            if (headEnd >= 0) {
                RawAnswer answer;
                answer.head = m_buffer.sliced(at, headEnd - at);
                answer.status = answer.head.mid(9, 3).toInt();
                const qint64 length = answer.header("Content-Length").toLongLong();
                if (m_buffer.size() >= headEnd + 4 + length) {
                    answer.body = m_buffer.sliced(headEnd + 4, length);
                    at = headEnd + 4 + length;
                    check(read++, answer);
                    continue;
                }
            }
            if (at > (1 << 20)) {
                m_buffer.remove(0, at);
                at = 0;
            }
            if (m_socket.bytesAvailable() > 0 || m_socket.waitForReadyRead(100)) {
                m_buffer += m_socket.readAll();
                quiet.restart();
            } else if (m_socket.state() != QAbstractSocket::ConnectedState) {
                break;
            }
        }
        m_buffer.remove(0, at);
        return read;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};

/// 127.0.0.\a n: on Linux every loopback address reaches the sandbox, each a client of its own.
QHostAddress loopback(int n)
{
    return QHostAddress((127U << 24) | quint32(n));
}

QByteArray request(
    const QByteArray &method, const QByteArray &path, const QByteArray &extraHeaders = {}, const QByteArray &body = {})
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + SandboxFixture::kAdminKey + "\r\n" + extraHeaders;
    if (!body.isNull())
        bytes += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

} // namespace

class TestSandboxHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; // a file, so integrity_check reads what was written to disk
    SandboxFixture m_sandbox;
    SandboxTestClient &api() { return m_sandbox.admin; }
    double m_startMiB = 0;

    static HttpLimits limits()
    {
        HttpLimits limits;
        limits.maxConnections = 40;
        limits.idleTimeoutMs = 1500;
        limits.requestTimeoutMs = 1500;
        return limits;
    }

    /// An error as every sandbox error is: status, the API's error word and code, a description.
    static void verifyErrorBody(const RawAnswer &answer, int status, const QString &mentions)
    {
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.object().value(u"code"_s).toInt(), status);
        QVERIFY(!answer.object().value(u"error"_s).toString().isEmpty());
        const QString description = answer.object().value(u"errorDescription"_s).toString();
        QVERIFY2(description.contains(mentions, Qt::CaseInsensitive), qPrintable(description));
    }

    /// \a count GETs of groups 1-5, each with a 2 KB header field, as a probe pipelines them.
    static QByteArray twoKilobyteGets(int count)
    {
        const QByteArray padding = "X-Padding: " + QByteArray(2048, 'p') + "\r\n";
        QByteArray bytes;
        for (int i = 0; i < count; ++i)
            bytes += request("GET", "/groups/" + QByteArray::number(i % 5 + 1), padding);
        return bytes;
    }

    /// One connection, one request, one answer; the connection is closed after it.
    RawAnswer exchange(const QByteArray &bytes)
    {
        RawConnection connection(m_sandbox.server.url());
        if (!connection.connected())
            return {};
        connection.send(bytes);
        return connection.read();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(u"demo"_s, m_dir.filePath(u"hostile.sqlite"_s), {}, limits()));
        QCOMPARE(api().get(u"/users/me"_s).status, 200);
        m_startMiB = residentMiB();
        qInfo("RSS at start: %.1f MiB", m_startMiB);
    }

    // 2: a time zone id is never a path, and a path never reaches the file system.
    void timeZonePathsAreRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("stdin") << u"../../../../dev/stdin"_s;
        QTest::newRow("localtime") << u"../../../../etc/localtime"_s;
        QTest::newRow("absolute") << u"/etc/localtime"_s;
        QTest::newRow("zoneinfo-relative") << u"America/../Europe/Paris"_s;
    }
    void timeZonePathsAreRefusedAtOnce()
    {
        QFETCH(QString, zone);
        for (const QByteArray &method : {"POST"_ba, "PATCH"_ba}) {
            const QString path = method == "POST" ? u"/groups"_s : u"/groups/1"_s;
            const HttpResult result = api().send(method, path,
                SandboxTestClient::json({{u"name"_s, u"x"_s}, {u"defaultTimeZone"_s, zone}}), Auth::Bearer, {}, 5000);
            // A server that read the id as a path would block on it: no answer within the 5 s, status 0.
            QCOMPARE(result.status, 400);
            QVERIFY2(result.errorDescription().contains(u"defaultTimeZone"_s), qPrintable(result.errorDescription()));
        }
        QCOMPARE(m_sandbox.column(u"SELECT COUNT(*) FROM groups WHERE default_time_zone LIKE '%/%.%'"_s).value(0), 0);
        // A real zone is still taken.
        QCOMPARE(api().patch(u"/groups/1"_s, {{u"defaultTimeZone"_s, u"Europe/Paris"_s}}).status, 200);
    }

    // 3: a flood of made-up keys under --rate-limit holds a bounded table.
    void madeUpKeysDoNotGrowTheRateLimiter()
    {
        FaultSettings faults;
        faults.rateLimitRequests = 1000;
        faults.rateLimitWindowSeconds = 60;
        m_sandbox.setFaults(faults);
        const double before = residentMiB();
        // Pipelined on a few connections, so 20,000 requests take seconds, not minutes.
        constexpr int kConnections = 4;
        constexpr int kPerConnection = 5000;
        constexpr int kBatch = 250;
        int unauthorized = 0;
        for (int c = 0; c < kConnections; ++c) {
            RawConnection connection(m_sandbox.server.url());
            QVERIFY(connection.connected());
            for (int sent = 0; sent < kPerConnection; sent += kBatch) {
                QByteArray batch;
                for (int i = 0; i < kBatch; ++i) {
                    batch += "GET /users/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer made-up-"
                        + QByteArray::number(c * kPerConnection + sent + i) + "\r\n\r\n";
                }
                connection.send(batch);
                for (int i = 0; i < kBatch; ++i) {
                    const RawAnswer answer = connection.read();
                    QVERIFY2(answer.status == 401 || answer.status == 429, answer.head.constData());
                    unauthorized += answer.status == 401;
                }
            }
        }
        qsizetype windows = 0;
        m_sandbox.server.runOnServer([&](SandboxServer &s) { windows = s.rateLimitWindowCount(); });
        const double after = residentMiB();
        qInfo("20,000 requests with made-up keys: %d answered 401 (the rest 429), %lld rate-limit windows, "
              "RSS %.1f -> %.1f MiB",
            unauthorized, qlonglong(windows), before, after);
        // They all came from one address: one window, whatever the keys said.
        QCOMPARE(windows, qsizetype(1));
        QVERIFY2(after - before < 20, qPrintable(QString::number(after - before)));
        m_sandbox.setFaults({});
    }

    void rateLimiterTableIsBoundedEvenForManyClients()
    {
        FaultInjector injector;
        FaultSettings faults;
        faults.rateLimitRequests = 5;
        faults.rateLimitWindowSeconds = 3600;
        injector.configure(faults);
        for (int i = 0; i < 3 * FaultInjector::kMaxWindows; ++i)
            injector.rateLimited(u"address:%1"_s.arg(i), 1000);
        QCOMPARE(injector.windowCount(), FaultInjector::kMaxWindows);
        // Once their windows are over, old clients make room for new ones.
        QVERIFY(!injector.rateLimited(u"address:new"_s, 1000 + 3600 * 1000));
        QCOMPARE(injector.windowCount(), qsizetype(1));
    }

    // 4: connections close when asked, when idle, and past the cap.
    void connectionCloseIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("Connection: close") << request("GET", "/users/me", "Connection: close\r\n");
        QTest::newRow("HTTP/1.0") << QByteArray(
            "GET /users/me HTTP/1.0\r\nAuthorization: Bearer "_ba + SandboxFixture::kAdminKey + "\r\n\r\n");
    }
    void connectionCloseIsHonoured()
    {
        QFETCH(QByteArray, bytes);
        RawConnection connection(m_sandbox.server.url());
        QVERIFY(connection.connected());
        connection.send(bytes);
        const RawAnswer answer = connection.read();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Connection").toLower(), "close"_ba);
        QCOMPARE(answer.object().value(u"username"_s).toString(), u"admin"_s);
        QVERIFY(connection.waitForClose(1000));
    }

    void idleConnectionsAreClosed()
    {
        RawConnection idle(m_sandbox.server.url());
        QVERIFY(idle.connected());
        RawConnection used(m_sandbox.server.url());
        used.send(request("GET", "/users/me"));
        QCOMPARE(used.read().status, 200);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(idle.waitForClose(5000));
        QVERIFY(used.waitForClose(5000));
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void connectionsPastTheCapAreRefusedCleanly()
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                int open = 0;
                m_sandbox.server.runOnServer([&](SandboxServer &s) { open = s.connectionCount(); });
                return open;
            }() <= 6,
            true, 5000);
        // Opened at once, well within the idle timeout, so none is closed for idling meanwhile;
        // from four client addresses, each well within its share.
        std::vector<std::unique_ptr<RawConnection>> all;
        for (int i = 0; i < limits().maxConnections + 10; ++i) {
            all.push_back(std::make_unique<RawConnection>(m_sandbox.server.url(), loopback(i % 4 + 1)));
            QVERIFY(all.back()->connected());
        }
        // An answer arrives unasked only on a refused connection.
        std::vector<std::unique_ptr<RawConnection>> held;
        int refused = 0;
        RawAnswer refusal;
        // Ends at the tenth refusal; the limit is only for a server that never refuses.
        QElapsedTimer timer;
        timer.start();
        while (refused < 10 && timer.elapsed() < 15'000) {
            for (auto &connection : all) {
                if (connection
                    && (connection->socket().bytesAvailable() > 0 || connection->socket().waitForReadyRead(1))) {
                    ++refused;
                    refusal = connection->read();
                    connection.reset();
                }
            }
        }
        for (auto &connection : all) {
            if (connection)
                held.push_back(std::move(connection));
        }
        int open = 0;
        m_sandbox.server.runOnServer([&](SandboxServer &s) { open = s.connectionCount(); });
        qInfo("held %d, refused %d, server counts %d open", int(held.size()), refused, open);
        QVERIFY2(refused >= 10, qPrintable(QString::number(refused)));
        verifyErrorBody(refusal, 503, u"connections"_s);
        QCOMPARE(refusal.header("Retry-After"), "1"_ba);
        // Those held are still served, and once they go others get in.
        held.front()->send(request("GET", "/users/me"));
        QCOMPARE(held.front()->read().status, 200);
        held.clear();
        QTRY_COMPARE_WITH_TIMEOUT(exchange(request("GET", "/users/me")).status, 200, 5000);
    }

    // One client address holding many connections cannot take them all: past its share
    // (half the cap) it gets 503, while another client still gets in.
    void oneClientGetsOnlyItsShareOfConnections()
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                int open = 0;
                m_sandbox.server.runOnServer([&](SandboxServer &s) { open = s.connectionCount(); });
                return open;
            }() <= 6,
            true, 5000);
        const int share = limits().maxConnections / 2;
        std::vector<std::unique_ptr<RawConnection>> greedy;
        for (int i = 0; i < share + 5; ++i) {
            greedy.push_back(std::make_unique<RawConnection>(m_sandbox.server.url(), loopback(2)));
            QVERIFY(greedy.back()->connected());
        }
        // The refused ones are answered unasked; the others hear nothing.
        int refused = 0;
        RawAnswer refusal;
        QElapsedTimer timer;
        timer.start();
        // A wait for the refusals to arrive (it ends as soon as five have), not a measure of speed:
        // on a busy machine they can take more than a second.
        while (refused < 5 && timer.elapsed() < 15'000) {
            for (auto &connection : greedy) {
                if (connection
                    && (connection->socket().bytesAvailable() > 0 || connection->socket().waitForReadyRead(1))) {
                    ++refused;
                    refusal = connection->read();
                    connection.reset();
                }
            }
        }
        qInfo("one client opened %d connections: %d refused (share %d of %d)", share + 5, refused, share,
            limits().maxConnections);
        QCOMPARE(refused, 5);
        verifyErrorBody(refusal, 503, u"share"_s);
        QCOMPARE(refusal.header("Retry-After"), "1"_ba);
        // Another client is served meanwhile, and so is each of the first client's own.
        RawConnection other(m_sandbox.server.url(), loopback(3));
        other.send(request("GET", "/users/me"));
        QCOMPARE(other.read().status, 200);
        for (auto &connection : greedy) {
            if (connection) {
                connection->send(request("GET", "/users/me"));
                QCOMPARE(connection->read().status, 200);
            }
        }
    }

    // 5: bodies past the cap are refused from their headers, before anything is buffered.
    void hugeBodiesAreRefusedBeforeTheyArrive()
    {
        const double before = residentMiB();
        for (int i = 0; i < 4; ++i) {
            RawConnection connection(m_sandbox.server.url());
            QVERIFY(connection.connected());
            // Unauthenticated, 100 MB announced, a few MB actually sent.
            connection.send("POST /groups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Content-Length: 104857600\r\n\r\n{\"name\":\"");
            const QByteArray chunk(1 << 20, 'a');
            for (int mb = 0; mb < 4 && connection.socket().state() == QAbstractSocket::ConnectedState; ++mb)
                connection.send(chunk);
            const RawAnswer answer = connection.read();
            verifyErrorBody(answer, 413, u"1048576"_s);
            QCOMPARE(answer.header("Connection").toLower(), "close"_ba);
        }
        const double after = residentMiB();
        qInfo("four 100 MB POSTs refused: RSS %.1f -> %.1f MiB", before, after);
        QVERIFY2(after - before < 20, qPrintable(QString::number(after - before)));
    }

    void aBodyJustPastTheCapIsRefusedEvenWhenSentWhole()
    {
        // What a client library does: sends the whole body, then reads the answer.
        const QByteArray description(1024 * 1024, 'd');
        const HttpResult result
            = api().post(u"/groups"_s, {{u"name"_s, u"Big"_s}, {u"description"_s, QString::fromLatin1(description)}});
        QCOMPARE(result.status, 413);
        QCOMPARE(result.object().value(u"error"_s).toString(), u"payload_too_large"_s);
        QCOMPARE(m_sandbox.column(u"SELECT COUNT(*) FROM groups WHERE name = 'Big'"_s).value(0), 0);
    }

    void storedTextIsBounded_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("length");
        QTest::newRow("name") << u"name"_s << 256;
        QTest::newRow("description") << u"description"_s << 10001;
        QTest::newRow("slug") << u"slug"_s << 256;
        QTest::newRow("jobs label") << u"default_jobs_label"_s << 256;
    }
    void storedTextIsBounded()
    {
        QFETCH(QString, field);
        QFETCH(int, length);
        const QJsonObject body{{u"name"_s, u"Long"_s}, {field, QString(length, u'a')}};
        for (const QByteArray &method : {"POST"_ba, "PATCH"_ba}) {
            const HttpResult result
                = api().send(method, method == "POST" ? u"/groups"_s : u"/groups/2"_s, SandboxTestClient::json(body));
            QCOMPARE(result.status, 400);
            QVERIFY2(result.errorDescription().startsWith(field), qPrintable(result.errorDescription()));
            QVERIFY2(
                result.errorDescription().contains(QString::number(length - 1)), qPrintable(result.errorDescription()));
        }
        // One character less is stored.
        QCOMPARE(
            api().patch(u"/groups/2"_s, {{field, QString(field == "slug"_L1 ? 255 : length - 1, u'b')}}).status, 200);
    }

    void nulInStoredTextIsRefused()
    {
        const HttpResult result = api().send("POST", u"/groups"_s, R"({"name":"a\u0000b"})"_ba);
        QCOMPARE(result.status, 400);
        QVERIFY2(result.errorDescription().contains(u"NUL"_s), qPrintable(result.errorDescription()));
    }

    // 6: headers past the caps are 431, never a silent 401.
    void oversizedHeadersAre431_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("mentions");
        QByteArray many;
        for (int i = 0; i < 101; ++i)
            many += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        QTest::newRow("101 fields") << many << u"header fields"_s;
        QTest::newRow("one of 300 KB") << "X-Big: " + QByteArray(300 * 1024, 'b') + "\r\n" << u"bytes"_s;
    }
    void oversizedHeadersAre431()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, mentions);
        verifyErrorBody(exchange(request("GET", "/users/me", extra)), 431, mentions);
        // Just inside the caps is served, with the key read.
        QByteArray fine;
        for (int i = 0; i < 90; ++i)
            fine += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        QCOMPARE(exchange(request("GET", "/users/me", fine)).status, 200);
    }

    // 7: a NUL in a query is an error, not a match-everything.
    void nulInQueryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("groups") << "/groups?query=%00"_ba;
        QTest::newRow("users") << "/users?query=%00"_ba;
        QTest::newRow("inside a word") << "/groups?query=Bos%00ton"_ba;
        QTest::newRow("other control") << "/users?query=%01"_ba;
    }
    void nulInQueryIsRefused()
    {
        QFETCH(QByteArray, path);
        verifyErrorBody(exchange(request("GET", path)), 400, u"query"_s);
    }

    // The classes the probe tried that must keep passing.
    void framingTricksAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("length and chunked")
            << request("POST", "/groups", "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n") << 400;
        QTest::newRow("chunked") << request("POST", "/groups", "Transfer-Encoding: chunked\r\n") << 411;
        QTest::newRow("two lengths") << request("POST", "/groups", "Content-Length: 2\r\nContent-Length: 3\r\n") << 400;
        QTest::newRow("negative length") << request("POST", "/groups", "Content-Length: -1\r\n") << 400;
        QTest::newRow("length not a number") << request("POST", "/groups", "Content-Length: 1e3\r\n") << 400;
        QTest::newRow("garbage request line") << "\x16\x03\x01\x02\x00 hello\r\n\r\n"_ba << 400;
        QTest::newRow("no version") << "GET /users/me\r\n\r\n"_ba << 400;
        QTest::newRow("HTTP/2 preface") << "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba << 405;
        QTest::newRow("unknown method") << request("BREW", "/users/me") << 405;
        QTest::newRow("header without colon") << request("GET", "/users/me", "Broken header\r\n") << 400;
        QTest::newRow("space before colon") << request("GET", "/users/me", "X-Bad : y\r\n") << 400;
        QTest::newRow("folded header") << request("GET", "/users/me", "X-A: b\r\n  folded\r\n") << 400;
        QTest::newRow("NUL in a header") << request("GET", "/users/me", "X-A: b\0c\r\n"_ba) << 400;
        QTest::newRow("upgrade") << request("GET", "/users/me", "Connection: Upgrade\r\nUpgrade: h2c\r\n") << 400;
    }
    void framingTricksAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const RawAnswer answer = exchange(bytes);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.object().value(u"code"_s).toInt(), status);
        QCOMPARE(answer.header("Connection").toLower(), "close"_ba);
    }

    void oddPathsAndIdsAreClear4xx_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("negative id") << "/groups/-1"_ba << 404;
        QTest::newRow("id past 64 bits") << "/groups/99999999999999999999999"_ba << 404;
        QTest::newRow("encoded NUL in path") << "/groups/1%00"_ba << 404;
        QTest::newRow("dot segments") << "/groups/../../etc/passwd"_ba << 404;
        QTest::newRow("double slash") << "//groups"_ba << 404;
        QTest::newRow("very long path") << "/groups/" + QByteArray(20000, '1') << 404;
        QTest::newRow("absolute URL") << "http://elsewhere.example/groups/424242"_ba << 404;
    }
    void oddPathsAndIdsAreClear4xx()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        const RawAnswer answer = exchange(request("GET", path));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.object().value(u"code"_s).toInt(), status);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        RawConnection connection(m_sandbox.server.url());
        QVERIFY(connection.connected());
        const QByteArray patch = R"({"description":"pipelined"})";
        connection.send(request("GET", "/groups/1") + request("PATCH", "/groups/2", {}, patch)
            + request("GET", "/groups/424242") + request("GET", "/users/me"));
        const RawAnswer first = connection.read();
        const RawAnswer second = connection.read();
        const RawAnswer third = connection.read();
        const RawAnswer fourth = connection.read();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.object().value(u"id"_s).toInt(), 1);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.object().value(u"description"_s).toString(), u"pipelined"_s);
        QCOMPARE(third.status, 404);
        QCOMPARE(fourth.status, 200);
        QCOMPARE(fourth.object().value(u"username"_s).toString(), u"admin"_s);
    }

    void pipelinedReadsAndWritesKeepTheirOrder()
    {
        // Reads run on reader threads and writes on the server's; on one connection each still
        // sees exactly the writes sent before it, and the answers come back in request order.
        // The read is a heavy one (every group with its members), so a write that did not wait
        // for it would land while it is still being read.
        RawConnection connection(m_sandbox.server.url());
        QVERIFY(connection.connected());
        const auto descriptionOf4 = [](const RawAnswer &answer) {
            for (const QJsonValue &group : QJsonDocument::fromJson(answer.body).array()) {
                if (group.toObject().value(u"id"_s).toInteger() == 4)
                    return group.toObject().value(u"description"_s).toString();
            }
            return u"(group 4 missing)"_s;
        };
        const QString before = api().get(u"/groups/4"_s).object().value(u"description"_s).toString();
        constexpr int kSteps = 40;
        QByteArray batch;
        for (int i = 0; i < kSteps; ++i) {
            batch += request("GET", "/groups?limit=1000&include_members=true") + request("GET", "/groups/4");
            batch += request("PATCH", "/groups/4", {}, "{\"description\":\"step " + QByteArray::number(i) + "\"}");
        }
        connection.send(batch);
        for (int i = 0; i < kSteps; ++i) {
            const QString expected = i == 0 ? before : u"step %1"_s.arg(i - 1);
            const RawAnswer page = connection.read();
            QCOMPARE(page.status, 200);
            QCOMPARE(descriptionOf4(page), expected);
            const RawAnswer group = connection.read();
            QCOMPARE(group.status, 200);
            QCOMPARE(group.object().value(u"description"_s).toString(), expected);
            const RawAnswer write = connection.read();
            QCOMPARE(write.status, 200);
            QCOMPARE(write.object().value(u"description"_s).toString(), u"step %1"_s.arg(i));
        }
    }

    // Many requests sent at once on one connection: each answered once, in order. QHttpServer
    // reads one request per readyRead; the guard must frame each byte once however many
    // requests the socket's buffer holds, or it frames them again and loses count.
    void manyPipelinedRequestsAreAllAnsweredInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("2,000 (160 KB)") << 2000;
        QTest::newRow("20,000 (1.6 MB)") << 20000;
    }
    void manyPipelinedRequestsAreAllAnsweredInOrder()
    {
        QFETCH(int, count);
        const QList<qint64> ids = api().get(u"/groups?limit=10"_s).ids();
        QCOMPARE(ids.size(), 10);
        RawConnection connection(m_sandbox.server.url());
        QVERIFY(connection.connected());
        QByteArray batch;
        for (int i = 0; i < count; ++i)
            batch += request("GET", "/groups/" + QByteArray::number(ids.at(i % ids.size())));
        connection.send(batch);
        batch.clear();
        int wrong = 0;
        QString firstWrong;
        const int read = connection.readMany(count, [&](int i, const RawAnswer &answer) {
            const qint64 id = answer.object().value(u"id"_s).toInteger();
            if (answer.status != 200 || id != ids.at(i % ids.size())) {
                if (wrong++ == 0)
                    firstWrong = u"answer %1: status %2, group %3"_s.arg(i).arg(answer.status).arg(id);
            }
        });
        qInfo("%d pipelined GETs: %d answers, %d not the one asked for", count, read, wrong);
        QCOMPARE(read, count);
        QVERIFY2(wrong == 0, qPrintable(firstWrong));
        // And the connection still serves what comes next.
        connection.send(request("GET", "/users/me"));
        QCOMPARE(connection.read().object().value(u"username"_s).toString(), u"admin"_s);
    }

    // A refused request behind pipelined ones: those before it are answered, then the refusal,
    // then the connection closes; nothing after it is served.
    void aRefusalAfterPipelinedRequestsIsSentAndCloses_data()
    {
        QTest::addColumn<QByteArray>("refused");
        QTest::addColumn<int>("status");
        QTest::newRow("body too large") << QByteArray(
                                               "POST /groups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                               "Content-Length: 104857600\r\n\r\n{\"name\":\"")
                + QByteArray(64 * 1024, 'a')
                                        << 413;
        QByteArray headers;
        for (int i = 0; i < 150; ++i)
            headers += "X-Field-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many headers") << request("GET", "/users/me", headers) + request("GET", "/users/me") << 431;
    }
    void aRefusalAfterPipelinedRequestsIsSentAndCloses()
    {
        QFETCH(QByteArray, refused);
        QFETCH(int, status);
        constexpr int kBefore = 80;
        RawConnection connection(m_sandbox.server.url());
        QVERIFY(connection.connected());
        connection.send(twoKilobyteGets(kBefore) + refused);
        std::vector<RawAnswer> answers;
        QCOMPARE(connection.readMany(
                     kBefore + 2, [&](int, const RawAnswer &a) { answers.push_back(a); }, 5000),
            kBefore + 1);
        for (int i = 0; i < kBefore; ++i) {
            QCOMPARE(answers.at(size_t(i)).status, 200);
            QCOMPARE(answers.at(size_t(i)).object().value(u"id"_s).toInt(), i % 5 + 1);
        }
        verifyErrorBody(answers.back(), status, QString());
        QCOMPARE(answers.back().header("Connection").toLower(), "close"_ba);
        QVERIFY(connection.waitForClose(1000));
    }

    void connectionCloseAfterPipelinedRequestsIsHonoured()
    {
        constexpr int kBefore = 80;
        RawConnection connection(m_sandbox.server.url());
        QVERIFY(connection.connected());
        connection.send(
            twoKilobyteGets(kBefore) + request("GET", "/users/me", "Connection: close\r\n") + twoKilobyteGets(3));
        std::vector<RawAnswer> answers;
        QCOMPARE(connection.readMany(
                     kBefore + 2, [&](int, const RawAnswer &a) { answers.push_back(a); }, 5000),
            kBefore + 1);
        for (int i = 0; i < kBefore; ++i) {
            QCOMPARE(answers.at(size_t(i)).status, 200);
            QVERIFY(answers.at(size_t(i)).header("Connection").isEmpty());
        }
        QCOMPARE(answers.back().object().value(u"username"_s).toString(), u"admin"_s);
        QCOMPARE(answers.back().header("Connection").toLower(), "close"_ba);
        QVERIFY(connection.waitForClose(1000));
    }

    // A refused connection is closed within the idle timeout (plus the refusal's short linger)
    // whatever the client does, even when it keeps sending, and even when the answers owed
    // before the refusal take longer than the idle timeout: then they are not waited for.
    void theIdleTimeoutHoldsAfterARefusal_data()
    {
        QTest::addColumn<int>("latencyMs");
        QTest::newRow("answers at once") << 0;
        QTest::newRow("answers slower than the idle timeout") << 5000;
    }
    void theIdleTimeoutHoldsAfterARefusal()
    {
        QFETCH(int, latencyMs);
        FaultSettings faults;
        faults.latencyMinMs = latencyMs;
        faults.latencyMaxMs = latencyMs;
        m_sandbox.setFaults(faults);
        const auto noFaults = qScopeGuard([this] { m_sandbox.setFaults({}); });
        RawConnection connection(m_sandbox.server.url());
        QVERIFY(connection.connected());
        QByteArray headers;
        for (int i = 0; i < 150; ++i)
            headers += "X-Field-" + QByteArray::number(i) + ": v\r\n";
        connection.send(twoKilobyteGets(80) + request("GET", "/users/me", headers));
        QElapsedTimer timer;
        timer.start();
        QByteArray received;
        while (connection.socket().state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000) {
            connection.socket().write("GET /users/me HTTP/1.1\r\n");
            connection.socket().waitForBytesWritten(100);
            connection.socket().waitForReadyRead(200);
            received += connection.socket().readAll();
        }
        received += connection.socket().readAll();
        qInfo("closed after %lld ms (idle timeout %d ms, answers after %d ms)", timer.elapsed(), limits().idleTimeoutMs,
            latencyMs);
        QVERIFY2(connection.socket().state() != QAbstractSocket::ConnectedState, "still open after 10 s");
        // The idle timeout closed it, not the slow answers: none of them came before the close
        // (said by what arrived, not by the clock, which a busy machine stretches).
        if (latencyMs > 0)
            QVERIFY2(!received.contains("HTTP/1.1 200"), received.left(400).constData());
    }

    void readsNeverSeeHalfAWrite()
    {
        // A page's total and its rows are read in one snapshot: while groups are created on one
        // connection, pages read on others always hold exactly as many rows as their total says.
        constexpr int kRounds = 6;
        constexpr int kCreates = 15;
        constexpr int kReads = 15;
        const QByteArray page = "/groups?limit=1000&query=snapshot";
        int reads = 0;
        for (int round = 0; round < kRounds; ++round) {
            RawConnection writer(m_sandbox.server.url());
            std::vector<std::unique_ptr<RawConnection>> readers;
            readers.reserve(3);
            for (int r = 0; r < 3; ++r)
                readers.push_back(std::make_unique<RawConnection>(m_sandbox.server.url()));
            QByteArray creates;
            for (int i = 0; i < kCreates; ++i) {
                creates += request(
                    "POST", "/groups", {}, "{\"name\":\"snapshot " + QByteArray::number(round * kCreates + i) + "\"}");
            }
            QByteArray pages;
            for (int i = 0; i < kReads; ++i)
                pages += request("GET", page);
            for (const auto &reader : readers)
                reader->send(pages);
            writer.send(creates);
            for (const auto &reader : readers) {
                for (int i = 0; i < kReads; ++i) {
                    const RawAnswer answer = reader->read();
                    QCOMPARE(answer.status, 200);
                    const qsizetype rows = QJsonDocument::fromJson(answer.body).array().size();
                    QCOMPARE(rows, answer.header("X-Pagination-Total-Entries").toLongLong());
                    ++reads;
                }
            }
            for (int i = 0; i < kCreates; ++i)
                QCOMPARE(writer.read().status, 201);
        }
        const HttpResult all = api().get(QString::fromLatin1(page));
        QCOMPARE(all.array().size(), kRounds * kCreates);
        qInfo("%d pages read while %d groups were created", reads, kRounds * kCreates);
        // Not left for the suites' later checks to trip over.
        for (const qint64 id : all.ids())
            QCOMPARE(api().del(u"/groups/%1"_s.arg(id)).status, 204);
    }

    void aRequestSplitByteByByteIsServed()
    {
        RawConnection connection(m_sandbox.server.url());
        const QByteArray bytes = request("PATCH", "/groups/3", {}, R"({"description":"trickled"})");
        for (const char c : bytes) {
            connection.send(QByteArray(1, c));
            connection.socket().flush();
        }
        const RawAnswer answer = connection.read();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object().value(u"description"_s).toString(), u"trickled"_s);
    }

    void slowHeadersTimeOutWith408()
    {
        RawConnection connection(m_sandbox.server.url());
        QVERIFY(connection.connected());
        connection.send("GET /users/me HTTP/1.1\r\nHost: x\r\n");
        QElapsedTimer timer;
        timer.start();
        // A byte now and then does not keep the request alive.
        RawAnswer answer;
        while (timer.elapsed() < 5000 && answer.status == 0) {
            connection.send("X-Slow: y\r\n");
            answer = connection.read(400);
        }
        verifyErrorBody(answer, 408, u"whole"_s); // within the loop's 5 s: the trickle did not keep it alive
        qInfo("408 after %lld ms", qint64(timer.elapsed()));
    }

    void fiveHundredConcurrentRequests()
    {
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 500; ++i) {
            QNetworkRequest request(api().base.resolved(QUrl(u"groups/%1"_s.arg(i % 30 + 1))));
            request.setRawHeader("Authorization", "Bearer " + QByteArray(SandboxFixture::kAdminKey));
            replies.append(nam.get(request));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 30000);
        int ok = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ok += status == 200 || status == 403;
            reply->deleteLater();
        }
        QCOMPARE(ok, 500);
    }

    // And after all of it.
    void theServerStillAnswersAndItsDataIsWhole()
    {
        const HttpResult me = api().get(u"/users/me"_s);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(u"username"_s).toString(), u"admin"_s);
        QCOMPARE(api().get(u"/groups?limit=5"_s).array().size(), 5);
        QCOMPARE(m_sandbox.column(u"PRAGMA integrity_check"_s).value(0).toString(), u"ok"_s);
        const double now = residentMiB();
        qInfo("RSS at the end: %.1f MiB (%.1f at start)", now, m_startMiB);
        QVERIFY2(now - m_startMiB < 40, qPrintable(QString::number(now - m_startMiB)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHostile)
#include "tst_sandboxhostile.moc"
