// The app's API client (app/api: parallel page loading over kept-alive connections, the bulk
// queue) next to the way the official Python client talks to the API: one request after the
// other, each on a fresh TCP connection, every answer parsed as JSON. Same sandbox, same work,
// every result checked against the paging headers and the database, so a fast wrong answer fails.
// A second table adds a fixed server latency per request, as a remote API has. The last rows add
// members under the sandbox's --rate-limit, one also with --fail-rate: how close the client's
// pacing comes to what the limit allows, and how many 429s it still heard.

#include "api/apiclient.h"
#include "api/bulkqueue.h"
#include "benchsupport.h"
#include "sandbox/sandboxserverthread.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSet>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtSql/QSqlQuery>

#include <cmath>
#include <cstdio>
#include <functional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kAdminKey = "bench-client-admin-key"_L1;

QString pad(const QString &text, int width, bool right = true)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

QString thousands(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

/// The TCP sockets to and from the sandbox's port, by peer (ephemeral) port: whether one of
/// them is open, and when the latest of them in TIME_WAIT leaves the table.
struct PortState
{
    bool open = false;
    qint64 timeWaitExpiryMs = -1;
};
using Sockets = QHash<quint16, PortState>;

/// The sockets (but listeners) to or from \a serverPort, from /proc/net/tcp{,6}, with expiries
/// on \a clock. Empty where /proc is not there.
Sockets sockets(quint16 serverPort, const QElapsedTimer &clock)
{
    static const qint64 ticksPerSecond = std::max<long>(1, sysconf(_SC_CLK_TCK));
    Sockets result;
    for (const QString &path : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const qint64 nowMs = clock.elapsed();
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            // sl local_address rem_address st tx_queue:rx_queue tr:tm->when ...
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() < 6 || fields.at(3) == "0A") // 0A: LISTEN
                continue;
            const auto portOf = [](const QByteArray &address) {
                return quint16(address.mid(address.lastIndexOf(':') + 1).toUInt(nullptr, 16));
            };
            const quint16 local = portOf(fields.at(1));
            const quint16 remote = portOf(fields.at(2));
            if (local != serverPort && remote != serverPort)
                continue;
            PortState &state = result[local == serverPort ? remote : local];
            if (fields.at(3) == "06") { // TIME_WAIT
                const qint64 ticksLeft = fields.at(5).mid(fields.at(5).indexOf(':') + 1).toLongLong(nullptr, 16);
                state.timeWaitExpiryMs = std::max(state.timeWaitExpiryMs, nowMs + ticksLeft * 1000 / ticksPerSecond);
            } else {
                state.open = true;
            }
        }
    }
    return result;
}

/// The connections opened between two snapshots. A connection stays in the table until 60 s
/// after it closed (TIME_WAIT on the side that closed first), so a peer port that is new, or
/// that the kernel took again (it reuses TIME_WAIT ports on loopback) and so is open again or
/// in a later TIME_WAIT, is a connection opened since. Exact for runs shorter than 60 s.
qint64 connectionsOpened(const Sockets &before, const Sockets &after)
{
    qint64 opened = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend())
            ++opened;
        else if (!old->open && (it->open || it->timeWaitExpiryMs > old->timeWaitExpiryMs + 200))
            ++opened;
    }
    return opened;
}

/// CPU seconds used so far by the sandbox's thread, from /proc/self/task/*/stat; 0 without /proc.
double serverCpuSeconds()
{
    static const double secondsPerTick = 1.0 / double(std::max<long>(1, sysconf(_SC_CLK_TCK)));
    double seconds = 0;
    const QStringList tasks = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile file(u"/proc/self/task/%1/stat"_s.arg(task));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ... utime stime: the 14th and 15th fields; comm may hold spaces.
        const QByteArray stat = file.readAll();
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open < 0 || close < open || !stat.mid(open + 1, close - open - 1).startsWith("SandboxServer"))
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        seconds += double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) * secondsPerTick;
    }
    return seconds;
}

/// What one run of a workload did.
struct Run
{
    double seconds = 0;
    qint64 items = 0; ///< Items loaded, or members added.
    qint64 requests = 0;
    qint64 connections = -1; ///< TCP connections opened; -1 when unknown.
    double serverCpu = 0; ///< CPU seconds of the sandbox's thread meanwhile.
    double longestStallMs = 0; ///< The longest the client's thread went without running its event loop.
    QString error; ///< Empty when the result was verified.
};

/// One plain HTTP exchange, as the baseline and the set-up make it.
struct Answer
{
    int status = 0;
    QByteArray body;
    int totalPages = -1;
    qint64 totalEntries = -1;
    QString error;

    QString describe() const
    {
        return u"HTTP %1 %2 %3"_s.arg(QString::number(status), error, QString::fromUtf8(body.left(300)));
    }
};

/// How the baseline gets a fresh connection for every request.
/// On Qt 6.4 neither QNetworkAccessManager nor QHttpServer closes a connection for a request's
/// Connection: close, so the header alone keeps reusing one connection (the req/conn column
/// shows it); only a manager of its own per request gives a new connection every time.
enum class FreshConnection {
    NewManager, ///< A QNetworkAccessManager of its own per request, Connection: close sent too.
    CloseHeaderOnly, ///< One QNetworkAccessManager; every request says Connection: close.
};

class Bench
{
public:
    struct Config
    {
        int groupPageLarge = 1000;
        int groupPageSmall = 50;
        int userPage = 1000;
        int addCount = 1000;
        int rateLimitAddCount = 1000; ///< Members added under the rate limit.
        int rateLimitRequests = 100; ///< ... of this many requests per window,
        int rateLimitWindowSeconds = 10; ///< ... of this many seconds.
        /// The second paced row, issue 24's: this many adds under failingRequests per
        /// failingWindowSeconds with a share failingRate of the requests answered 503.
        int failingAddCount = 760;
        int failingRequests = 50;
        int failingWindowSeconds = 1;
        double failingRate = 0.2;
        int parallel = 6;
        qint64 timeoutMs = 600'000;
        FreshConnection fresh = FreshConnection::NewManager;
    };

    Bench(SandboxServerThread &sandbox, const Config &config)
        : m_sandbox(sandbox)
        , m_config(config)
    {
        m_keepAlive.setProxy(QNetworkProxy::NoProxy);
        m_closing.setProxy(QNetworkProxy::NoProxy);
        m_clock.start();
    }

    /// Reads who the admin is and which users the bulk adds may take; false when the seed lacks them.
    bool prepare(QString *error)
    {
        m_sandbox.runOnServer([&](SandboxServer &server) {
            QSqlQuery admin = server.database().query(
                u"SELECT id, organization_id, org_admin FROM users WHERE username = ?"_s, {server.adminUsername()});
            if (admin.next()) {
                m_adminId = admin.value(0).toLongLong();
                m_organizationId = admin.value(1).toLongLong();
                m_organizationAdmin = admin.value(2).toBool();
            }
            QSqlQuery users = server.database().query(
                u"SELECT id FROM users WHERE id <> ? AND active = 1 ORDER BY id"_s, {m_adminId});
            while (users.next())
                m_candidates.append(users.value(0).toLongLong());
        });
        if (m_adminId == 0) {
            *error = u"the sandbox has no admin user"_s;
            return false;
        }
        if (m_candidates.size() < m_config.addCount) {
            *error = u"the seed has %1 users besides the admin; %2 are needed"_s.arg(m_candidates.size())
                         .arg(m_config.addCount);
            return false;
        }
        return true;
    }

    /// The sandbox's faults from now on (none: {}).
    void setFaults(const FaultSettings &faults)
    {
        m_sandbox.runOnServer([faults](SandboxServer &server) { server.setFaults(faults); });
    }

    void setLatency(int ms)
    {
        FaultSettings faults;
        faults.latencyMinMs = faults.latencyMaxMs = ms;
        setFaults(faults);
    }

    /// The groups the admin can see, counted in the database the way GET /groups/ decides.
    qint64 expectedGroups()
    {
        qint64 count = -1;
        const QString grants = u"SELECT group_id FROM user_shares WHERE user_id = :u "
                               "UNION SELECT gs.group_id FROM memberships m JOIN group_shares gs "
                               "ON gs.grantee_group_id = m.group_id WHERE m.user_id = :u "
                               "UNION SELECT id FROM groups WHERE created_by_id = :u"_s;
        QString sql = u"SELECT COUNT(*) FROM groups g WHERE g.id IN (%1)"_s.arg(grants);
        if (m_organizationAdmin)
            sql += u" OR g.organization_id = %1"_s.arg(m_organizationId);
        sql.replace(u":u"_s, QString::number(m_adminId));
        m_sandbox.runOnServer([&](SandboxServer &server) { count = server.database().scalar(sql).toLongLong(); });
        return count;
    }

    /// Every user, as GET /users/?account_status=all lists them.
    qint64 expectedUsers()
    {
        qint64 count = -1;
        m_sandbox.runOnServer([&](SandboxServer &server) {
            count = server.database().scalar(u"SELECT COUNT(*) FROM users"_s).toLongLong();
        });
        return count;
    }

    /// The next \a count users (addCount when -1) for a bulk add; each run takes other users
    /// (wrapping around), never one twice.
    QList<qint64> nextUsers(int count = -1)
    {
        count = std::min<int>(count < 0 ? m_config.addCount : count, int(m_candidates.size()));
        QList<qint64> users;
        for (int i = 0; i < count; ++i)
            users.append(m_candidates.at((m_nextCandidate + i) % m_candidates.size()));
        m_nextCandidate = (m_nextCandidate + count) % m_candidates.size();
        return users;
    }

    /// Reads every page of users and groups once, untimed, so that the first timed run does not
    /// pay alone for SQLite's and the kernel's cold caches. False with \a error on a failure.
    bool warmUp(QString *error)
    {
        for (const QString &path : {u"users/?account_status=all&limit=1000"_s, u"groups/?limit=1000"_s}) {
            int totalPages = 1;
            for (int page = 1; page <= totalPages; ++page) {
                const Answer answer
                    = exchange(m_keepAlive, "GET"_ba, u"%1&page_num=%2"_s.arg(path, QString::number(page)), {}, false);
                if (answer.status != 200) {
                    *error = u"GET /%1 page %2: %3"_s.arg(path, QString::number(page), answer.describe());
                    return false;
                }
                if (page == 1)
                    totalPages = answer.totalPages;
            }
        }
        return true;
    }

    /// POST /groups/: a fresh, empty group for one bulk add run; 0 and \a error on failure.
    qint64 createGroup(const QString &label, QString *error)
    {
        const QString name = u"bench %1 %2 %3"_s.arg(
            label, QString::number(QDateTime::currentMSecsSinceEpoch()), QString::number(++m_groupSerial));
        const QByteArray body = QJsonDocument(QJsonObject{{u"name"_s, name}}).toJson(QJsonDocument::Compact);
        const Answer answer = exchange(m_keepAlive, "POST"_ba, u"groups/"_s, body, false);
        const qint64 id = QJsonDocument::fromJson(answer.body).object().value(u"id"_s).toInteger();
        if (answer.status != 201 || id == 0) {
            *error = u"POST /groups/ failed: "_s + answer.describe();
            return 0;
        }
        return id;
    }

    /// Empty when group \a groupId holds exactly \a users, as GET /groups/{id} and the database say.
    QString checkMembers(qint64 groupId, const QList<qint64> &users)
    {
        const QSet<qint64> expected(users.cbegin(), users.cend());
        const Answer answer = exchange(m_keepAlive, "GET"_ba, u"groups/%1"_s.arg(groupId), {}, false);
        if (answer.status != 200)
            return u"GET /groups/%1 failed: %2"_s.arg(QString::number(groupId), answer.describe());
        QSet<qint64> members;
        const QJsonArray array = QJsonDocument::fromJson(answer.body).object().value(u"members"_s).toArray();
        for (const QJsonValue &member : array)
            members.insert(member.toObject().value(u"id"_s).toInteger());
        if (members != expected || array.size() != expected.size()) {
            return u"group %1 has %2 members per GET /groups/{id}, %3 of them among the %4 added"_s.arg(
                QString::number(groupId), QString::number(array.size()),
                QString::number(QSet<qint64>(members).intersect(expected).size()), QString::number(expected.size()));
        }
        qint64 stored = -1;
        m_sandbox.runOnServer([&](SandboxServer &server) {
            stored = server.database()
                         .scalar(u"SELECT COUNT(*) FROM memberships WHERE group_id = ?"_s, {groupId})
                         .toLongLong();
        });
        if (stored != expected.size())
            return u"the database holds %1 memberships of group %2, not %3"_s.arg(
                QString::number(stored), QString::number(groupId), QString::number(expected.size()));
        return {};
    }

    /// Runs \a work and counts the TCP connections it opened; waits a little afterwards so
    /// that connections closed at the end are in the table.
    Run counted(const std::function<Run()> &work)
    {
        const Sockets before = sockets(m_sandbox.url().port(), m_clock);
        const double serverCpuBefore = serverCpuSeconds();
        const StallMeter stalls;
        Run run = work();
        run.longestStallMs = stalls.longestMs();
        run.serverCpu = serverCpuSeconds() - serverCpuBefore;
        QEventLoop settle;
        QTimer::singleShot(100, &settle, &QEventLoop::quit);
        settle.exec();
        const Sockets after = sockets(m_sandbox.url().port(), m_clock);
        if (!after.isEmpty())
            run.connections = connectionsOpened(before, after);
        return run;
    }

    // --- the app's client -------------------------------------------------------------------

    Run clientGroups(int pageSize, qint64 expected)
    {
        return counted([&] {
            Api::ApiClient client(settings());
            QElapsedTimer clock;
            clock.start();
            Api::GroupListQuery query;
            query.limit = pageSize;
            return awaitPages(client.groups().listAll(query, m_config.parallel), clock, expected);
        });
    }

    Run clientUsers(int pageSize, qint64 expected)
    {
        return counted([&] {
            Api::ApiClient client(settings());
            QElapsedTimer clock;
            clock.start();
            Api::UserListQuery query;
            query.accountStatus = u"all"_s;
            query.limit = pageSize;
            return awaitPages(client.users().listAll(query, m_config.parallel), clock, expected);
        });
    }

    /// Adds \a users to group \a groupId through a bulk queue on \a client, m_config.parallel
    /// changes at a time, timed from the queue's start to its end; `error` says what it did not
    /// do. `requests` counts the read of the group's members and one PUT a finished change: a
    /// caller whose client counts its requests (the rate limiter does) sets what it counted.
    Run bulkAdd(Api::ApiClient &client, qint64 groupId, const QList<qint64> &users)
    {
        Run run;
        Api::BulkQueue queue(&client);
        queue.setConcurrency(m_config.parallel);
        QList<Api::BulkChange> changes;
        for (qint64 user : users)
            changes.append(Api::BulkChange::addMember(groupId, user));
        QEventLoop loop;
        QObject::connect(&queue, &Api::BulkQueue::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(m_config.timeoutMs, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        queue.add(changes);
        queue.start();
        if (queue.isBusy())
            loop.exec();
        run.seconds = double(clock.nsecsElapsed()) / 1e9;
        const int done = queue.count(Api::BulkOutcome::Done);
        run.items = done;
        run.requests = done + queue.count(Api::BulkOutcome::Failed) + 1;
        if (queue.isBusy()) {
            run.error = u"the bulk queue did not finish within %1 s (%2 of %3 finished)"_s.arg(
                QString::number(m_config.timeoutMs / 1000), QString::number(queue.finishedCount()),
                QString::number(queue.size()));
            queue.cancel();
        } else if (done != users.size()) {
            const QList<int> failed = queue.indexesWith(Api::BulkOutcome::Failed);
            run.error = u"the bulk queue did %1 of %2 (already so %3, failed %4, cancelled %5)%6"_s.arg(
                QString::number(done), QString::number(users.size()),
                QString::number(queue.count(Api::BulkOutcome::AlreadySo)), QString::number(failed.size()),
                QString::number(queue.count(Api::BulkOutcome::Cancelled)),
                failed.isEmpty() ? QString() : u"; first failure: "_s + queue.error(failed.first()).toString());
        }
        return run;
    }

    Run clientBulkAdd()
    {
        Run run;
        const qint64 groupId = createGroup(u"client"_s, &run.error);
        if (groupId == 0)
            return run;
        const QList<qint64> users = nextUsers();
        run = counted([&] {
            Api::ApiClient client(settings());
            return bulkAdd(client, groupId, users);
        });
        if (run.error.isEmpty())
            run.error = checkMembers(groupId, users);
        return run;
    }

    /// The sandbox's limit and faults for one paced run.
    struct PacedSpec
    {
        int adds = 0; ///< Members added.
        int requests = 0; ///< Requests per window ...
        int windowSeconds = 1; ///< ... of this many seconds.
        double failureRate = 0; ///< Share of the requests answered 503 (they count against the limit).
    };

    /// What a bulk add under the rate limit did, besides the run's figures.
    struct PacedRun
    {
        PacedSpec spec;
        Run run;
        int needed = 0; ///< Requests the work takes: the members read and one PUT per member.
        int sent = 0; ///< Requests sent, retries included.
        int refused = 0; ///< Of those, answered 429.
        /// The fewest requests the work takes on average, failures retried: needed / (1 - failure
        /// rate), each failure costing one more request. 503s count against the limit.
        double expectedRequests = 0;
        double shortestSeconds = 0; ///< expectedRequests / (requests per window) * window.
    };

    PacedSpec rateLimitSpec() const
    {
        return {m_config.rateLimitAddCount, m_config.rateLimitRequests, m_config.rateLimitWindowSeconds, 0.0};
    }
    PacedSpec failingSpec() const
    {
        return {
            m_config.failingAddCount, m_config.failingRequests, m_config.failingWindowSeconds, m_config.failingRate};
    }

    /// Adds spec.adds members to a new group under the sandbox's rate limit (and failure rate),
    /// with the app's default retry policy: the pacing alone keeps the 429s few.
    PacedRun clientBulkAddUnderRateLimit(const PacedSpec &spec)
    {
        PacedRun paced;
        paced.spec = spec;
        const qint64 groupId = createGroup(u"rate limit"_s, &paced.run.error);
        if (groupId == 0)
            return paced;
        const QList<qint64> users = nextUsers(spec.adds);
        FaultSettings limit;
        limit.rateLimitRequests = spec.requests;
        limit.rateLimitWindowSeconds = spec.windowSeconds;
        limit.failureRate = spec.failureRate;
        limit.seed = 24; // which requests fail, the same from run to run (issue 24)
        setFaults(limit); // a fresh window
        paced.run = counted([&] {
            Api::ApiClient client(settings());
            Run run = bulkAdd(client, groupId, users);
            paced.sent = client.rateLimiter()->sentCount();
            paced.refused = client.rateLimiter()->rateLimitedCount();
            run.requests = paced.sent;
            return run;
        });
        setFaults({});
        paced.needed = int(users.size()) + 1;
        paced.expectedRequests = paced.needed / (1.0 - spec.failureRate);
        paced.shortestSeconds = paced.expectedRequests / spec.requests * spec.windowSeconds;
        if (paced.run.error.isEmpty())
            paced.run.error = checkMembers(groupId, users);
        return paced;
    }

    // --- the baseline: one request after the other, a fresh connection each ------------------

    /// GET \a pathAndQuery (e.g. "users/?account_status=all") page after page.
    Run baselineList(const QString &pathAndQuery, int pageSize, qint64 expected)
    {
        return counted([&] {
            Run run;
            QSet<qint64> ids;
            qint64 totalEntries = -1;
            int totalPages = 1;
            QElapsedTimer clock;
            clock.start();
            for (int page = 1; page <= totalPages; ++page) {
                const Answer answer = fresh("GET"_ba,
                    u"%1%2limit=%3&page_num=%4"_s.arg(pathAndQuery, pathAndQuery.contains(u'?') ? u"&"_s : u"?"_s,
                        QString::number(pageSize), QString::number(page)));
                ++run.requests;
                QJsonParseError parseError{};
                const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
                if (answer.status != 200 || !document.isArray()) {
                    run.error = u"GET /%1 page %2: %3"_s.arg(pathAndQuery, QString::number(page), answer.describe());
                    return run;
                }
                const QJsonArray items = document.array();
                for (const QJsonValue &item : items)
                    ids.insert(item.toObject().value(u"id"_s).toInteger());
                run.items += items.size();
                if (page == 1) {
                    totalPages = answer.totalPages;
                    totalEntries = answer.totalEntries;
                }
            }
            run.seconds = double(clock.nsecsElapsed()) / 1e9;
            run.error = checkItems(run.items, ids.size(), totalEntries, expected);
            return run;
        });
    }

    Run baselineBulkAdd()
    {
        Run run;
        const qint64 groupId = createGroup(u"baseline"_s, &run.error);
        if (groupId == 0)
            return run;
        const QList<qint64> users = nextUsers();
        run = counted([&] {
            Run r;
            QElapsedTimer clock;
            clock.start();
            for (qint64 user : users) {
                const Answer answer = fresh("PUT"_ba, u"groups/%1/members/%2"_s.arg(groupId).arg(user));
                ++r.requests;
                const QJsonDocument document = QJsonDocument::fromJson(answer.body);
                if (answer.status != 200 || document.object().value(u"id"_s).toInteger() != groupId) {
                    r.error = u"PUT /groups/%1/members/%2: %3"_s.arg(
                        QString::number(groupId), QString::number(user), answer.describe());
                    return r;
                }
                ++r.items;
            }
            r.seconds = double(clock.nsecsElapsed()) / 1e9;
            return r;
        });
        if (run.error.isEmpty())
            run.error = checkMembers(groupId, users);
        return run;
    }

private:
    Api::ConnectionSettings settings() const
    {
        Api::ConnectionSettings settings;
        settings.baseUrl = m_sandbox.url();
        settings.apiKey = kAdminKey;
        return settings;
    }

    /// Empty when \a items (\a unique of them distinct) is what the paging headers and the database say.
    static QString checkItems(qint64 items, qint64 unique, qint64 totalEntries, qint64 expected)
    {
        if (items == totalEntries && items == expected && unique == items)
            return {};
        return u"loaded %1 items (%2 distinct); X-Pagination-Total-Entries said %3, the database %4"_s.arg(
            QString::number(items), QString::number(unique), QString::number(totalEntries), QString::number(expected));
    }

    template <typename T>
    Run awaitPages(const Api::AllPages<T> &pages, const QElapsedTimer &clock, qint64 expected)
    {
        Run run;
        QSet<qint64> ids;
        qint64 totalEntries = -1;
        bool finished = false;
        Api::ApiError error;
        QEventLoop loop;
        pages.onPage(&loop, [&](const QList<T> &items, int) {
            for (const T &item : items)
                ids.insert(item.id);
            run.items += items.size();
            ++run.requests;
        });
        pages.onProgress(&loop, [&](int, int, qint64, qint64 entries) { totalEntries = entries; });
        pages.onFinished(&loop, [&](const Api::ApiError &e) {
            run.seconds = double(clock.nsecsElapsed()) / 1e9;
            error = e;
            finished = true;
            loop.quit();
        });
        QTimer::singleShot(m_config.timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        if (!finished) {
            pages.cancel();
            run.error = u"listAll did not finish within %1 s (%2 pages, %3 items delivered)"_s.arg(
                QString::number(m_config.timeoutMs / 1000), QString::number(run.requests), QString::number(run.items));
        } else if (!error.isNull()) {
            run.error = u"listAll failed: "_s + error.toString();
        } else {
            run.error = checkItems(run.items, ids.size(), totalEntries, expected);
        }
        return run;
    }

    /// A request of the baseline, on a fresh connection.
    Answer fresh(const QByteArray &method, const QString &pathAndQuery)
    {
        if (m_config.fresh == FreshConnection::CloseHeaderOnly)
            return exchange(m_closing, method, pathAndQuery, {}, true);
        QNetworkAccessManager own;
        own.setProxy(QNetworkProxy::NoProxy);
        return exchange(own, method, pathAndQuery, {}, true);
    }

    /// Sends one request on \a network and waits for its answer.
    Answer exchange(QNetworkAccessManager &network, const QByteArray &method, const QString &pathAndQuery,
        const QByteArray &body, bool closeConnection)
    {
        QNetworkRequest request(m_sandbox.url().resolved(QUrl(pathAndQuery)));
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + QByteArray(kAdminKey.data(), kAdminKey.size()));
        request.setRawHeader("Accept"_ba, "application/json"_ba);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        if (closeConnection)
            request.setRawHeader("Connection"_ba, "close"_ba);
        request.setTransferTimeout(60'000);
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError)
            answer.error = reply->errorString();
        bool ok = false;
        const int pages = reply->rawHeader("X-Pagination-Total-Pages"_ba).toInt(&ok);
        answer.totalPages = ok ? pages : -1;
        const qint64 entries = reply->rawHeader("X-Pagination-Total-Entries"_ba).toLongLong(&ok);
        answer.totalEntries = ok ? entries : -1;
        answer.body = reply->readAll();
        delete reply;
        return answer;
    }

    SandboxServerThread &m_sandbox;
    Config m_config;
    QElapsedTimer m_clock; ///< For the expiries of TIME_WAIT sockets.
    QNetworkAccessManager m_keepAlive; ///< Set-up and checks, not timed.
    QNetworkAccessManager m_closing; ///< The baseline with FreshConnection::CloseHeaderOnly.
    qint64 m_adminId = 0;
    qint64 m_organizationId = 0;
    bool m_organizationAdmin = false;
    QList<qint64> m_candidates;
    qsizetype m_nextCandidate = 0;
    int m_groupSerial = 0;
};

struct Row
{
    QString workload;
    Run client;
    Run baseline;
    bool hasGoal = false;
};

constexpr double kGoal = 5.0;

QString requestsAndConnections(const Run &run)
{
    return u"%1/%2"_s.arg(
        QString::number(run.requests), run.connections < 0 ? u"?"_s : QString::number(run.connections));
}

/// How busy the sandbox's one thread was during \a run: near 100 % it is the bottleneck.
QString serverBusy(const Run &run)
{
    return run.seconds > 0 ? QString::number(std::min(100.0, 100 * run.serverCpu / run.seconds), 'f', 0) + u" %"_s
                           : u"-"_s;
}

constexpr double kRateLimitRefusedGoal = 0.05; ///< 429s, of the requests sent
constexpr double kRateLimitTimeGoal = 1.15; ///< time taken, of the shortest the limit allows
constexpr double kRateLimitCeilingGoal = 0.85; ///< changes made a second, of the limit's ceiling (issue 24)

/// Prints a rate-limited run beside its goals; returns 1 when it failed its checks (the
/// goals are figures, not checks).
int printPacedRun(const Bench::PacedRun &paced, int parallel, bool judge)
{
    const Bench::PacedSpec &spec = paced.spec;
    out(QString());
    out(u"under the sandbox's --rate-limit %1/%2 (per key)%3: add %4 members to a new group, BulkQueue "
        "concurrency %5, the app's default retry policy"_s.arg(QString::number(spec.requests),
            QString::number(spec.windowSeconds),
            spec.failureRate > 0 ? u" --fail-rate %1"_s.arg(spec.failureRate) : QString(), thousands(spec.adds),
            QString::number(parallel)));
    const Run &run = paced.run;
    if (!run.error.isEmpty()) {
        out(u"  FAILED: "_s + run.error);
        return 1;
    }
    const auto verdict = [judge](bool met) {
        return !judge ? u"(not judged in --quick)"_s : met ? u"met"_s : u"not met"_s;
    };
    const double refusedShare = paced.sent > 0 ? double(paced.refused) / paced.sent : 0;
    const double ratio = paced.shortestSeconds > 0 ? run.seconds / paced.shortestSeconds : 0;
    // The ceiling: every request the limit allows, less the share the server fails, is a change made.
    const double ceiling = double(spec.requests) / spec.windowSeconds * (1.0 - spec.failureRate);
    const double achieved = run.seconds > 0 ? double(run.items) / run.seconds : 0;
    const double ofCeiling = ceiling > 0 ? achieved / ceiling : 0;
    const auto line = [](const QString &what, const QString &figure, const QString &goal) {
        out(u"  "_s + pad(what, 26, false) + pad(figure, 12) + u"   "_s + goal);
    };
    line(u"requests sent"_s, thousands(paced.sent),
        u"(%1 needed: the members read and one PUT each)"_s.arg(thousands(paced.needed)));
    if (spec.failureRate > 0) {
        line(u"answered 503 (injected)"_s, thousands(paced.sent - paced.refused - paced.needed),
            u"(%1 expected: %2 % of those not 429)"_s.arg(
                QString::number(paced.expectedRequests - paced.needed, 'f', 0),
                QString::number(100 * spec.failureRate)));
    }
    line(u"failed"_s, QString::number(paced.needed - 1 - run.items), u"goal 0: "_s + verdict(true));
    line(u"answered 429"_s,
        u"%1 (%2 %)"_s.arg(QString::number(paced.refused), QString::number(100 * refusedShare, 'f', 1)),
        u"goal under %1 % of requests: "_s.arg(100 * kRateLimitRefusedGoal, 0, 'f', 0)
            + verdict(refusedShare < kRateLimitRefusedGoal));
    line(u"seconds taken"_s, QString::number(run.seconds, 'f', 1), QString());
    line(u"shortest possible"_s, QString::number(paced.shortestSeconds, 'f', 1),
        u"(%1 requests / %2 per %3 s)"_s.arg(thousands(std::llround(paced.expectedRequests)),
            QString::number(spec.requests), QString::number(spec.windowSeconds)));
    line(u"taken / shortest"_s, QString::number(ratio, 'f', 2),
        u"goal at most %1: "_s.arg(kRateLimitTimeGoal, 0, 'f', 2) + verdict(ratio <= kRateLimitTimeGoal));
    line(u"changes made a second"_s, QString::number(achieved, 'f', 1), QString());
    line(u"the limit's ceiling"_s, QString::number(ceiling, 'f', 1),
        u"(%1 per %2 s, less the %3 % failed)"_s.arg(QString::number(spec.requests),
            QString::number(spec.windowSeconds), QString::number(100 * spec.failureRate)));
    line(u"of the ceiling"_s, QString::number(100 * ofCeiling, 'f', 0) + u" %"_s,
        u"goal at least %1 %: "_s.arg(100 * kRateLimitCeilingGoal, 0, 'f', 0)
            + verdict(ofCeiling >= kRateLimitCeilingGoal));
    line(u"longest stall"_s, QString::number(run.longestStallMs, 'f', 0) + u" ms"_s, QString());
    return 0;
}

/// Prints the table; returns the number of rows that failed their checks.
int printTable(const QString &title, const QList<Row> &rows, bool judge)
{
    out(QString());
    out(title);
    const QString header = pad(u"workload"_s, 34, false) + pad(u"app client"_s, 12) + pad(u"req/conn"_s, 10)
        + pad(u"srv busy"_s, 10) + pad(u"stall"_s, 9) + pad(u"baseline"_s, 12) + pad(u"req/conn"_s, 11)
        + pad(u"srv busy"_s, 10) + pad(u"speed-up"_s, 10) + u"  goal"_s;
    out(header);
    out(QString(header.size(), u'-'));
    int failures = 0;
    QStringList notes;
    for (const Row &row : rows) {
        const bool ok = row.client.error.isEmpty() && row.baseline.error.isEmpty();
        const double speedUp = ok && row.client.seconds > 0 ? row.baseline.seconds / row.client.seconds : 0;
        QString goal;
        if (row.hasGoal) {
            goal = u">= %1x: "_s.arg(kGoal, 0, 'f', 0)
                + (!ok                     ? u"n/a"_s
                        : !judge           ? u"(not judged in --quick)"_s
                        : speedUp >= kGoal ? u"met"_s
                                           : u"not met"_s);
        }
        const auto seconds = [](const Run &run) {
            return run.error.isEmpty() ? QString::number(run.seconds, 'f', 2) + u" s"_s : u"FAILED"_s;
        };
        out(pad(row.workload, 34, false) + pad(seconds(row.client), 12) + pad(requestsAndConnections(row.client), 10)
            + pad(serverBusy(row.client), 10) + pad(QString::number(row.client.longestStallMs, 'f', 0) + u" ms"_s, 9)
            + pad(seconds(row.baseline), 12) + pad(requestsAndConnections(row.baseline), 11)
            + pad(serverBusy(row.baseline), 10) + pad(ok ? QString::number(speedUp, 'f', 1) + u"x"_s : u"-"_s, 10)
            + u"  "_s + goal);
        for (const auto &[who, run] : {std::pair{u"app client"_s, &row.client}, {u"baseline"_s, &row.baseline}}) {
            if (!run->error.isEmpty()) {
                ++failures;
                notes.append(u"  FAILED %1, %2: %3"_s.arg(row.workload, who, run->error));
            }
        }
    }
    for (const QString &note : std::as_const(notes))
        out(note);
    return failures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_client"_s);
    // The client's retries and failures stay visible: a retry would hide a problem in the figures.
    QLoggingCategory::setFilterRules(
        u"civis.sandbox.*.info=false\ncivis.api.bulk.info=false\ncivis.api.ratelimit.info=false"_s);
    QElapsedTimer total;
    total.start();

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The app's API client next to one request at a time on fresh connections, "
                                     "as the official Python client works, against the Civis API sandbox."_s);
    parser.addHelpOption();
    const QCommandLineOption parallelOption(u"parallel"_s,
        u"Requests the app's client keeps in flight (listAll and BulkQueue; default 6)."_s, u"N"_s, u"6"_s);
    const QCommandLineOption latencyOption(
        u"latency"_s, u"Server latency per request for the second table, in ms (default 20)."_s, u"MS"_s, u"20"_s);
    const QCommandLineOption quickOption(u"quick"_s, u"Smoke run: demo seed, small pages, few adds."_s);
    const QCommandLineOption pacedOnlyOption(
        u"paced-only"_s, u"Only the rows under the sandbox's rate limit (no tables, no warm-up)."_s);
    const QCommandLineOption closeOnlyOption(u"baseline-close-header-only"_s,
        u"Baseline: Connection: close on one QNetworkAccessManager instead of a new manager per request "
        "(on Qt 6.4 that reuses one connection)."_s);
    parser.addOption(parallelOption);
    parser.addOption(latencyOption);
    parser.addOption(quickOption);
    parser.addOption(closeOnlyOption);
    parser.addOption(pacedOnlyOption);
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    const bool pacedOnly = parser.isSet(pacedOnlyOption);
    bool parallelOk = false, latencyOk = false;
    const int parallel = parser.value(parallelOption).toInt(&parallelOk);
    const int latencyMs = parser.value(latencyOption).toInt(&latencyOk);
    if (!parallelOk || parallel < 1 || parallel > 100) {
        out(u"--parallel must be a whole number from 1 to 100."_s);
        return 2;
    }
    if (!latencyOk || latencyMs < 0 || latencyMs > 10'000) {
        out(u"--latency must be a whole number of milliseconds from 0 to 10000."_s);
        return 2;
    }

    Bench::Config config;
    config.parallel = parallel;
    config.fresh = parser.isSet(closeOnlyOption) ? FreshConnection::CloseHeaderOnly : FreshConnection::NewManager;
    if (quick) {
        config.groupPageLarge = 10;
        config.groupPageSmall = 3;
        config.userPage = 10;
        config.addCount = 30;
        config.rateLimitAddCount = 200;
        config.rateLimitRequests = 50;
        config.rateLimitWindowSeconds = 2;
        config.failingAddCount = 200;
        config.timeoutMs = 60'000;
    }
    const QString seed = quick ? u"demo"_s : u"large"_s;

    out(machineLine());

    QTemporaryDir dir;
    SandboxServerThread sandbox;
    if (!startBenchSandbox(sandbox, dir, seed, kAdminKey))
        return 1;
    QString error;

    Bench bench(sandbox, config);
    if (!bench.prepare(&error)) {
        out(u"Cannot run: %1."_s.arg(error));
        return 1;
    }
    QElapsedTimer warmUpTimer;
    warmUpTimer.start();
    if (!pacedOnly && !bench.warmUp(&error)) {
        out(u"The warm-up failed: %1"_s.arg(error));
        return 1;
    }
    if (!pacedOnly) {
        out(u"warm-up (every page of users and groups, untimed): %1 s"_s.arg(
            warmUpTimer.elapsed() / 1000.0, 0, 'f', 1));
    }
    out(u"app client: one Api::ApiClient per workload (cold connections), listAll(parallel %1), "
        "BulkQueue concurrency %1"_s.arg(parallel));
    out(config.fresh == FreshConnection::CloseHeaderOnly
            ? u"baseline: one request after the other, each with Connection: close on one QNetworkAccessManager, "
              "every answer parsed with QJsonDocument"_s
            : u"baseline: one request after the other, each on a new QNetworkAccessManager (so a new TCP "
              "connection) with Connection: close, every answer parsed with QJsonDocument"_s);
    out(u"req/conn: HTTP requests / TCP connections opened (new peer ports in /proc/net/tcp; approximate, "
        "the kernel reuses loopback ports); srv busy: CPU time of the sandbox's one thread / wall time; "
        "stall: the longest the app client's thread went without running its event loop (a window's freeze); "
        "speed-up = baseline time / app client time"_s);

    int failures = 0;
    const auto runTable = [&](const QString &title) {
        QList<Row> rows;
        for (const int pageSize : {config.groupPageLarge, config.groupPageSmall}) {
            const qint64 expected = bench.expectedGroups();
            Row row{u"all %1 groups, page %2"_s.arg(thousands(expected), QString::number(pageSize)), {}, {},
                pageSize == config.groupPageSmall};
            row.client = bench.clientGroups(pageSize, expected);
            row.baseline = bench.baselineList(u"groups/"_s, pageSize, expected);
            rows.append(row);
        }
        {
            const qint64 expected = bench.expectedUsers();
            Row row{
                u"all %1 users, page %2"_s.arg(thousands(expected), QString::number(config.userPage)), {}, {}, false};
            row.client = bench.clientUsers(config.userPage, expected);
            row.baseline = bench.baselineList(u"users/?account_status=all"_s, config.userPage, expected);
            rows.append(row);
        }
        {
            Row row{u"add %1 members to a new group"_s.arg(thousands(config.addCount)), {}, {}, true};
            row.client = bench.clientBulkAdd();
            row.baseline = bench.baselineBulkAdd();
            rows.append(row);
        }
        failures += printTable(title, rows, !quick);
    };

    if (!pacedOnly) {
        runTable(u"no added latency (loopback; client and server share %1 cores)"_s.arg(QThread::idealThreadCount()));
        bench.setLatency(latencyMs);
        runTable(u"with %1 ms server latency per request"_s.arg(latencyMs));
        bench.setLatency(0);
    }
    failures += printPacedRun(bench.clientBulkAddUnderRateLimit(bench.rateLimitSpec()), parallel, !quick);
    failures += printPacedRun(bench.clientBulkAddUnderRateLimit(bench.failingSpec()), parallel, !quick);

    sandbox.stopServer();
    out(QString());
    out(u"total run time %1 s"_s.arg(total.elapsed() / 1000.0, 0, 'f', 1));
    if (failures > 0) {
        out(u"FAILED: %1 runs gave a wrong or no answer."_s.arg(failures));
        return 1;
    }
    return 0;
}
