// Requests per second of the sandbox for its two hottest calls (a page of 50 groups, adding a
// member), next to a bare QHttpServer that answers the same bytes from memory: the gap between
// the two is what routing, auth, SQLite and JSON cost; the bare figure is the ceiling of
// QHttpServer + QNetworkAccessManager over loopback on this machine.

#include "benchsupport.h"
#include "sandbox/sandboxserverthread.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSemaphore>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kAdminKey = "bench-admin-key"_L1;

/// One sandbox response, kept so the bare server can answer with exactly its bytes.
struct Captured
{
    int status = 0;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QByteArray body;
};

QHttpServerResponse replay(const Captured &captured)
{
    QHttpServerResponse response(captured.contentType, captured.body, QHttpServerResponse::StatusCode(captured.status));
    for (const auto &[name, value] : captured.extraHeaders)
        response.addHeader(QByteArray(name), QByteArray(value));
    return response;
}

/// The ceiling: the same QHttpServer stack, in a thread of its own like the sandbox, with no
/// auth, no database and no JSON, only the captured bytes.
class BareServerThread : public QThread
{
public:
    BareServerThread(Captured page, Captured member)
        : m_page(std::move(page))
        , m_member(std::move(member))
    {
    }
    ~BareServerThread() override
    {
        quit();
        wait();
    }

    bool startServer()
    {
        start();
        m_ready.acquire();
        return m_port != 0;
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port)); }

protected:
    void run() override
    {
        QHttpServer server;
        server.route(u"/groups"_s, QHttpServerRequest::Method::Get,
            [page = m_page](const QHttpServerRequest &) { return replay(page); });
        server.route(u"/groups/<arg>/members/<arg>"_s, QHttpServerRequest::Method::Put,
            [member = m_member](qint64, qint64, const QHttpServerRequest &) { return replay(member); });
        m_port = server.listen(QHostAddress::LocalHost, 0);
        m_ready.release();
        if (m_port != 0)
            exec();
    }

private:
    Captured m_page;
    Captured m_member;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

struct Stats
{
    qint64 ok = 0;
    qint64 errors = 0;
    QString firstError;
    double seconds = 0;
    std::vector<qint64> latenciesNs;

    double perSecond() const { return seconds > 0 ? double(ok) / seconds : 0; }
    double percentileMs(double p) const
    {
        if (latenciesNs.empty())
            return 0;
        std::vector<qint64> sorted = latenciesNs;
        const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size())));
        std::nth_element(sorted.begin(), sorted.begin() + qsizetype(index), sorted.end());
        return double(sorted[index]) / 1e6;
    }
};

/// Builds the next request of a workload against \a base and sends it on \a nam.
using RequestMaker = std::function<QNetworkReply *(QNetworkAccessManager &nam, const QUrl &base)>;

QNetworkRequest authorized(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization"_ba, "Bearer "_ba + QByteArray(kAdminKey.data(), kAdminKey.size()));
    request.setTransferTimeout(15000);
    return request;
}

/// Keeps one request in flight on every connection until \a durationMs is up and the last answers.
Stats drive(const std::vector<std::unique_ptr<QNetworkAccessManager>> &connections, const QUrl &base,
    const RequestMaker &make, qint64 durationMs)
{
    Stats stats;
    QEventLoop loop;
    QElapsedTimer clock;
    int inFlight = 0;
    std::function<void(QNetworkAccessManager &)> issue = [&](QNetworkAccessManager &nam) {
        const qint64 sentNs = clock.nsecsElapsed();
        QNetworkReply *reply = make(nam, base);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, sentNs, namPtr = &nam] {
            const qint64 latencyNs = clock.nsecsElapsed() - sentNs;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200 && reply->error() == QNetworkReply::NoError) {
                ++stats.ok;
                stats.latenciesNs.push_back(latencyNs);
            } else {
                ++stats.errors;
                if (stats.firstError.isEmpty()) {
                    stats.firstError = u"%1 %2: HTTP %3 %4 %5"_s.arg(
                        QString::fromLatin1(reply->operation() == QNetworkAccessManager::GetOperation ? "GET" : "PUT"),
                        reply->url().toString(), QString::number(status), reply->errorString(),
                        QString::fromUtf8(reply->readAll().left(300)));
                }
            }
            reply->deleteLater();
            --inFlight;
            if (clock.elapsed() < durationMs)
                issue(*namPtr);
            else if (inFlight == 0)
                loop.quit();
        });
    };
    clock.start();
    for (const auto &nam : connections)
        issue(*nam);
    loop.exec();
    stats.seconds = double(clock.nsecsElapsed()) / 1e9;
    return stats;
}

/// A warm-up and then a measurement, on \a connectionCount fresh keep-alive connections.
Stats measure(const QUrl &base, const RequestMaker &make, int connectionCount, qint64 durationMs)
{
    // One manager per connection: a manager opens at most 6 connections to a host, and this way
    // each "connection" is exactly one socket with one request in flight.
    std::vector<std::unique_ptr<QNetworkAccessManager>> connections;
    for (int i = 0; i < connectionCount; ++i) {
        auto nam = std::make_unique<QNetworkAccessManager>();
        nam->setProxy(QNetworkProxy::NoProxy);
        connections.push_back(std::move(nam));
    }
    // Connects the sockets and warms SQLite's page cache, so the measurement sees steady state.
    drive(connections, base, make, std::clamp<qint64>(durationMs / 5, 100, 500));
    return drive(connections, base, make, durationMs);
}

/// Waits for \a reply and keeps what the sandbox answered, to serve the same bytes from memory.
Captured capture(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Captured captured;
    captured.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    captured.contentType = reply->rawHeader("Content-Type"_ba);
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        if (name.startsWith("X-Pagination-"))
            captured.extraHeaders.append({name, value});
    }
    captured.body = reply->readAll();
    delete reply;
    return captured;
}

QString pad(const QString &text, int width, bool right = false)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_sandbox"_s);
    QLoggingCategory::setFilterRules(u"civis.sandbox.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Requests per second of the Civis API sandbox next to a bare QHttpServer answering the same bytes."_s);
    parser.addHelpOption();
    const QCommandLineOption seedOption(u"seed"_s, u"Data set: demo or large (default)."_s, u"seed"_s, u"large"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds per measurement (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption quickOption(u"quick"_s, u"Smoke run: demo seed, 0.3 s per measurement."_s);
    parser.addOption(seedOption);
    parser.addOption(secondsOption);
    parser.addOption(quickOption);
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    const QString seed = quick ? u"demo"_s : parser.value(seedOption);
    bool secondsOk = false;
    const double seconds = quick ? 0.3 : parser.value(secondsOption).toDouble(&secondsOk);
    if (seed != "demo"_L1 && seed != "large"_L1) {
        out(u"--seed must be demo or large."_s);
        return 2;
    }
    if (!quick && (!secondsOk || seconds <= 0)) {
        out(u"--seconds must be a positive number."_s);
        return 2;
    }
    const qint64 durationMs = qint64(seconds * 1000);

    out(machineLine() + u" (built against %1)"_s.arg(QStringLiteral(QT_VERSION_STR)));

    QTemporaryDir dir;
    SandboxServerThread sandbox;
    if (!startBenchSandbox(sandbox, dir, seed, kAdminKey))
        return 1;

    // Adding members: each request a user who is likely not yet a member, into the groups with
    // fewest members, so the answer (which lists every member) stays the size of a typical group.
    QList<qint64> addGroups;
    qint64 minMembers = 0, maxMembers = 0, firstUser = 0, lastUser = 0;
    sandbox.runOnServer([&](SandboxServer &server) {
        const QString admin = server.adminUsername();
        QSqlQuery users = server.database().query(u"SELECT MIN(id), MAX(id) FROM users WHERE username <> ?"_s, {admin});
        if (users.next()) {
            firstUser = users.value(0).toLongLong();
            lastUser = users.value(1).toLongLong();
        }
        QSqlQuery groups = server.database().query(
            u"SELECT g.id, COUNT(m.user_id) AS n FROM groups g LEFT JOIN memberships m ON m.group_id = g.id "
            "WHERE g.organization_id = (SELECT organization_id FROM users WHERE username = ?) "
            "GROUP BY g.id ORDER BY n, g.id LIMIT 1000"_s,
            {admin});
        while (groups.next()) {
            if (addGroups.isEmpty())
                minMembers = groups.value(1).toLongLong();
            maxMembers = groups.value(1).toLongLong();
            addGroups.append(groups.value(0).toLongLong());
        }
    });
    if (addGroups.isEmpty() || firstUser == 0) {
        out(u"The seed has no groups or users to benchmark."_s);
        return 1;
    }
    const qint64 userCount = lastUser - firstUser + 1;
    // Shared by the sandbox and bare runs, so every request to the sandbox is a new (group, user) pair.
    qint64 nextAdd = 0;
    const RequestMaker addMember = [&](QNetworkAccessManager &nam, const QUrl &base) {
        const qint64 i = nextAdd++;
        const qint64 group = addGroups.at(qsizetype(i % addGroups.size()));
        const qint64 user = firstUser + i % userCount;
        QNetworkRequest request = authorized(base.resolved(QUrl(u"groups/%1/members/%2"_s.arg(group).arg(user))));
        return nam.put(request, QByteArray());
    };

    QNetworkAccessManager captureNam;
    captureNam.setProxy(QNetworkProxy::NoProxy);
    const Captured page
        = capture(captureNam.get(authorized(sandbox.url().resolved(QUrl(u"groups?limit=50&page_num=1"_s)))));
    // Captured through the same request maker, so this pair also counts as used.
    const Captured member = capture(addMember(captureNam, sandbox.url()));
    if (page.status != 200 || member.status != 200) {
        out(u"The sandbox refused the benchmark's requests: page HTTP %1 %2; add member HTTP %3 %4"_s.arg(
            QString::number(page.status), QString::fromUtf8(page.body.left(300)), QString::number(member.status),
            QString::fromUtf8(member.body.left(300))));
        return 1;
    }
    qint64 totalPages = 1;
    for (const auto &[name, value] : page.extraHeaders) {
        if (name == "X-Pagination-Total-Pages")
            totalPages = std::max<qint64>(1, value.toLongLong());
    }
    const qint64 pages = std::min<qint64>(200, totalPages);
    qint64 nextPage = 0;
    const RequestMaker pageOfGroups = [&](QNetworkAccessManager &nam, const QUrl &base) {
        const qint64 pageNum = 1 + nextPage++ % pages;
        return nam.get(authorized(base.resolved(QUrl(u"groups?limit=50&page_num=%1"_s.arg(pageNum)))));
    };

    BareServerThread bare(page, member);
    if (!bare.startServer()) {
        out(u"The bare QHttpServer could not listen on 127.0.0.1."_s);
        return 1;
    }

    out(u"page of 50 groups: pages 1..%1, %2 bytes (page 1)"_s.arg(pages).arg(page.body.size()));
    out(u"add member: %1 groups with %2..%3 members, users %4..%5, %6 bytes (first answer)"_s.arg(
        QString::number(addGroups.size()), QString::number(minMembers), QString::number(maxMembers),
        QString::number(firstUser), QString::number(lastUser), QString::number(member.body.size())));
    out(u"%1 s per measurement after a warm-up; latency p50/p99 in ms"_s.arg(seconds));
    out(QString());

    const QString header = pad(u"workload"_s, 28) + pad(u"conns"_s, 5, true) + pad(u"sandbox req/s"_s, 15, true)
        + pad(u"bare QHttpServer req/s"_s, 24, true) + pad(u"sandbox/bare"_s, 14, true)
        + pad(u"sandbox p50/p99"_s, 18, true) + pad(u"bare p50/p99"_s, 16, true);
    out(header);
    out(QString(header.size(), u'-'));

    struct Workload
    {
        QString name;
        const RequestMaker *make;
    };
    const Workload workloads[] = {{u"GET page of 50 groups"_s, &pageOfGroups}, {u"PUT add member"_s, &addMember}};
    qint64 errors = 0;
    QStringList errorNotes;
    const auto latency = [](const Stats &s) {
        return u"%1/%2"_s.arg(s.percentileMs(0.50), 0, 'f', 2).arg(s.percentileMs(0.99), 0, 'f', 2);
    };
    for (const Workload &workload : workloads) {
        for (const int connections : {1, 8}) {
            const Stats sandboxStats = measure(sandbox.url(), *workload.make, connections, durationMs);
            const Stats bareStats = measure(bare.url(), *workload.make, connections, durationMs);
            for (const Stats *s : {&sandboxStats, &bareStats}) {
                errors += s->errors;
                if (s->errors > 0) {
                    errorNotes.append(
                        u"%1, %2 conns, %3: %4 non-200; first: %5"_s.arg(workload.name, QString::number(connections),
                            s == &sandboxStats ? u"sandbox"_s : u"bare"_s, QString::number(s->errors), s->firstError));
                }
            }
            const double ratio = bareStats.perSecond() > 0 ? sandboxStats.perSecond() / bareStats.perSecond() : 0;
            out(pad(workload.name, 28) + pad(QString::number(connections), 5, true)
                + pad(QString::number(sandboxStats.perSecond(), 'f', 0), 15, true)
                + pad(QString::number(bareStats.perSecond(), 'f', 0), 24, true)
                + pad(QString::number(ratio * 100, 'f', 1) + u" %"_s, 14, true) + pad(latency(sandboxStats), 18, true)
                + pad(latency(bareStats), 16, true));
        }
    }
    for (const QString &note : std::as_const(errorNotes))
        out(note);
    sandbox.stopServer();
    if (errors > 0) {
        out(u"FAILED: %1 responses were not HTTP 200."_s.arg(errors));
        return 1;
    }
    return 0;
}
