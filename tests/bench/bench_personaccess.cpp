// What one person can reach, over every group of the large seed (10,000 groups, 100,000 people):
// the Access look-up reads the shares of every group (the API has no reverse look-up), so its
// time is printed beside the sharing report's for the same groups, each with its rate and the
// longest freeze of the thread a window would run on; then the same look-up again, from the
// cache, after one share change made through the app.
//
//   bench_personaccess [--groups N] [--report-groups N] [--rate-limit R/S] [--quick]

#include "modelbenchsupport.h"
#include "models/personaccessloader.h"
#include "models/sharingreport.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QEventLoop>
#include <QtCore/QMetaEnum>
#include <QtGui/QGuiApplication>
#include <QtSql/QSqlQuery>

#include <functional>
#include <memory>

namespace {

constexpr auto kAdminKey = "bench-personaccess-admin-key";

/// The longest this thread's event loop went without running a 1 ms timer, on the wall clock,
/// and what that gap was made of, from the kernel's schedstat for this thread: its own CPU
/// work, the time it was ready but waited for a core (on 2 cores shared with an in-process
/// sandbox and other work), and the rest, when it was blocked (a lock, a synchronous read).
/// Only the CPU part is the loop's own doing; the breakdown says which one a freeze was.
class LoopWatch
{
public:
    struct Gap
    {
        double wallMs = 0;
        double cpuMs = 0;
        double waitingMs = 0; ///< Ready to run, waiting for a core.
        double blockedMs() const { return std::max(0.0, wallMs - cpuMs - waitingMs); }
        QString where;
    };

    LoopWatch()
    {
        m_clock.start();
        m_last = sample();
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const Sample now = sample();
            Gap gap;
            gap.wallMs = double(now.wallNs - m_last.wallNs) / 1e6;
            gap.cpuMs = double(now.cpuNs - m_last.cpuNs) / 1e6;
            gap.waitingMs = double(now.waitingNs - m_last.waitingNs) / 1e6;
            m_last = now;
            if (gap.wallMs > m_longestWall.wallMs) {
                gap.where = label ? label() : QString();
                m_longestWall = gap;
            }
            if (gap.cpuMs > m_longestCpu.cpuMs) {
                gap.where = label ? label() : QString();
                m_longestCpu = gap;
            }
        });
        m_timer.start();
    }
    /// The longest gap on the wall clock, and the one with the most CPU work of the loop's own.
    const Gap &longestWall() const { return m_longestWall; }
    const Gap &longestCpu() const { return m_longestCpu; }
    std::function<QString()> label;

    static QString describe(const Gap &gap)
    {
        return QStringLiteral("%1 ms = %2 ms CPU + %3 ms waiting for a core + %4 ms blocked, ended in %5")
            .arg(QString::number(gap.wallMs, 'f', 1), QString::number(gap.cpuMs, 'f', 1),
                QString::number(gap.waitingMs, 'f', 1), QString::number(gap.blockedMs(), 'f', 1), gap.where);
    }

private:
    struct Sample
    {
        qint64 wallNs = 0;
        qint64 cpuNs = 0;
        qint64 waitingNs = 0;
    };
    /// /proc/thread-self/schedstat: nanoseconds on a CPU, nanoseconds waiting on a run queue.
    Sample sample() const
    {
        Sample now;
        now.wallNs = m_clock.nsecsElapsed();
        QFile file(QStringLiteral("/proc/thread-self/schedstat"));
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> fields = file.readAll().simplified().split(' ');
            now.cpuNs = fields.value(0).toLongLong();
            now.waitingNs = fields.value(1).toLongLong();
        }
        return now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    Sample m_last;
    Gap m_longestWall;
    Gap m_longestCpu;
};

/// A person with every way in: a share of their own, a group of theirs shared with others,
/// and a group they created (the large seed has a few of each).
qint64 pickPerson(SandboxServerThread &sandbox)
{
    qint64 person = 0;
    sandbox.runOnServer([&](SandboxServer &server) {
        QSqlQuery query(server.database().connection());
        query.exec(QStringLiteral(
            "SELECT g.created_by_id FROM groups g WHERE g.created_by_id <> 1 "
            "AND EXISTS (SELECT 1 FROM user_shares s WHERE s.user_id = g.created_by_id) "
            "AND EXISTS (SELECT 1 FROM memberships m JOIN group_shares gs ON gs.grantee_group_id = m.group_id "
            "WHERE m.user_id = g.created_by_id) ORDER BY g.created_by_id LIMIT 1"));
        if (query.next())
            person = query.value(0).toLongLong();
        if (!person) {
            query.exec(QStringLiteral("SELECT user_id FROM user_shares ORDER BY user_id LIMIT 1"));
            if (query.next())
                person = query.value(0).toLongLong();
        }
    });
    return person;
}

struct Run
{
    double seconds = 0;
    double stallWallMs = 0;
    double stallCpuMs = 0;
    int requests = 0;
    int rateLimited = 0;
};

QString rateOf(int groups, double seconds)
{
    return QString::number(groups / std::max(seconds, 1e-9), 'f', 0);
}

bool lookUp(Models::PersonAccessLoader &loader, Api::ApiClient &client, qint64 person,
    const Models::PersonAccessScope &scope, Run *run)
{
    const int sent = client.rateLimiter()->sentCount();
    const int limited = client.rateLimiter()->rateLimitedCount();
    LoopWatch watch;
    QElapsedTimer timer;
    timer.start();
    // Where the loop's longest gap in CPU time ended: which phase, how far, how long in.
    watch.label = [&] {
        return QStringLiteral("%1, %2 groups done, %3 ms in")
            .arg(QString::fromLatin1(
                QMetaEnum::fromType<Models::PersonAccessLoader::Phase>().valueToKey(int(loader.phase()))))
            .arg(loader.done())
            .arg(timer.elapsed());
    };
    loader.start(person, scope);
    if (!runUntil([&] { return !loader.isLoading(); }))
        return false;
    run->seconds = timer.elapsed() / 1000.0;
    run->stallWallMs = watch.longestWall().wallMs;
    run->stallCpuMs = watch.longestCpu().cpuMs;
    out(QStringLiteral("  longest stall: %1").arg(LoopWatch::describe(watch.longestWall())));
    out(QStringLiteral("  most CPU between two turns: %1").arg(LoopWatch::describe(watch.longestCpu())));
    run->requests = client.rateLimiter()->sentCount() - sent;
    run->rateLimited = client.rateLimiter()->rateLimitedCount() - limited;
    if (!loader.error().isNull()) {
        out(QStringLiteral("the look-up failed: %1").arg(loader.error().toString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("One person's access over every group of the large seed, beside the sharing report's time."));
    parser.addHelpOption();
    const QCommandLineOption groupsOption(QStringLiteral("groups"),
        QStringLiteral("Look through the first N groups only (all: every readable group, 10,000)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption reportOption(QStringLiteral("report-groups"),
        QStringLiteral("The sharing report over the first N of those groups (0: the same groups)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        QStringLiteral("The sandbox's rate limit, requests/seconds (none)."), QStringLiteral("r/s"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("A smoke run: 300 groups."));
    parser.addOptions({groupsOption, reportOption, rateOption, quickOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int groupLimit = quick ? 300 : parser.value(groupsOption).toInt();

    out(machineLine());
    QTemporaryDir dir;
    SandboxServerThread sandbox;
    if (!startBenchSandbox(sandbox, dir, QStringLiteral("large"), QString::fromLatin1(kAdminKey)))
        return 1;
    if (parser.isSet(rateOption)) {
        FaultSettings faults;
        QString error;
        if (!faults.parseRateLimit(parser.value(rateOption), &error)) {
            out(error);
            return 1;
        }
        sandbox.runOnServer([&](SandboxServer &server) { server.setFaults(faults); });
        out(QStringLiteral("rate limit: %1").arg(faults.describe()));
    }
    const qint64 person = pickPerson(sandbox);
    if (!person) {
        out(QStringLiteral("no person with a share in the seed"));
        return 1;
    }

    Api::ApiClient client(benchSettings(sandbox, kAdminKey));
    Models::Workspace workspace(&client);
    auto loader = std::make_unique<Models::PersonAccessLoader>(&workspace);

    // The scope: every readable group, or the first N of them by id (--groups, --quick).
    Models::PersonAccessScope scope = Models::PersonAccessScope::allReadable();
    if (groupLimit > 0) {
        // As the group list would show them: listed (so the store knows each one's creator).
        Api::GroupListQuery query;
        query.limit = groupLimit;
        query.order = QStringLiteral("created_at");
        const Api::Result<Api::Page<Api::GroupSummary>> page = [&] {
            Api::Result<Api::Page<Api::GroupSummary>> answer;
            bool done = false;
            client.groups().list(query).onFinished(&app, [&](const Api::Result<Api::Page<Api::GroupSummary>> &result) {
                answer = result;
                done = true;
            });
            runUntil([&] { return done; });
            return answer;
        }();
        if (!page) {
            out(QStringLiteral("the groups could not be listed: %1").arg(page.error.toString()));
            return 1;
        }
        workspace.groupStore()->absorb(page->items);
        QList<qint64> ids;
        for (const Api::GroupSummary &group : page->items)
            ids.append(group.id);
        scope = Models::PersonAccessScope::groups(ids);
    }

    Run first;
    if (!lookUp(*loader, client, person, scope, &first))
        return 1;
    const Models::PersonAccessResult result = loader->result();
    const int groups = loader->total();
    // Gone before the change: a loader that stays follows it at once (reads the changed group
    // itself), and the second look-up would find it read already.
    loader.reset();
    out(QStringLiteral("Access of %1 over %2 groups: %3 reached (%4 shared directly), %5 unreadable; "
                       "%6 s, %7 groups/s, %8 requests, %9 answered 429, longest stall %10 ms (%11 ms of CPU)")
            .arg(result.displayName(), QString::number(groups), QString::number(result.groups.size()),
                QString::number(result.directShares().size()), QString::number(result.failures.size()),
                QString::number(first.seconds, 'f', 2), rateOf(groups, first.seconds), QString::number(first.requests),
                QString::number(first.rateLimited), QString::number(first.stallWallMs, 'f', 1),
                QString::number(first.stallCpuMs, 'f', 1)));

    // One share change through the app, then the same look-up: only that group is read again.
    if (!result.groups.isEmpty()) {
        const Models::SharePrincipal principal{Models::SharePrincipal::Kind::User, person, result.name};
        const qint64 changed = result.groups.constFirst().groupId;
        workspace.share({changed}, {principal}, Api::PermissionLevel::Read);
        if (!settle(workspace))
            return 1;
    }
    Run cached;
    loader = std::make_unique<Models::PersonAccessLoader>(&workspace);
    if (!lookUp(*loader, client, person, scope, &cached))
        return 1;
    out(QStringLiteral("Access again after one share change (the cache): %1 of %2 groups read, %3 s, %4 requests, "
                       "longest stall %5 ms (%6 ms of CPU)")
            .arg(QString::number(loader->sharesRead()), QString::number(loader->total()),
                QString::number(cached.seconds, 'f', 2), QString::number(cached.requests),
                QString::number(cached.stallWallMs, 'f', 1), QString::number(cached.stallCpuMs, 'f', 1)));

    // The sharing report of the same groups (or the first --report-groups of them): who can reach
    // each group, every member of every share group, every directly shared user read.
    QList<qint64> reportIds;
    reportIds.reserve(groups);
    {
        QList<qint64> all = groupLimit > 0 ? scope.groupIds : QList<qint64>();
        if (all.isEmpty()) {
            sandbox.runOnServer([&](SandboxServer &server) {
                QSqlQuery query(server.database().connection());
                query.exec(QStringLiteral("SELECT id FROM groups WHERE organization_id = 1 ORDER BY id"));
                while (query.next())
                    all.append(query.value(0).toLongLong());
            });
        }
        const int reportLimit = parser.value(reportOption).toInt();
        reportIds = reportLimit > 0 ? all.mid(0, reportLimit) : all;
    }
    Api::ApiClient reportClient(benchSettings(sandbox, kAdminKey));
    Models::Workspace reportWorkspace(&reportClient);
    Models::SharingReport report(&reportWorkspace, reportIds);
    LoopWatch watch;
    QElapsedTimer timer;
    timer.start();
    report.start();
    if (!runUntil([&] { return !report.isRunning(); }))
        return 1;
    const double reportSeconds = timer.elapsed() / 1000.0;
    out(QStringLiteral("sharing report of %1 groups: %2 s, %3 groups/s, %4 requests, %5 failures, longest stall %6 ms "
                       "(%7 ms of CPU)")
            .arg(QString::number(reportIds.size()), QString::number(reportSeconds, 'f', 2),
                rateOf(int(reportIds.size()), reportSeconds), QString::number(reportClient.rateLimiter()->sentCount()),
                QString::number(report.failures().size()), QString::number(watch.longestWall().wallMs, 'f', 1),
                QString::number(watch.longestCpu().cpuMs, 'f', 1)));
    out(QStringLiteral("  longest stall: %1").arg(LoopWatch::describe(watch.longestWall())));
    const double reportPerGroup = reportSeconds / std::max<qsizetype>(reportIds.size(), 1);
    out(QStringLiteral("side by side, per 1,000 groups: Access %1 s, sharing report %2 s")
            .arg(QString::number(first.seconds / std::max(groups, 1) * 1000, 'f', 2),
                QString::number(reportPerGroup * 1000, 'f', 2)));
    out(QStringLiteral("stall: the longest the models' thread went without running its event loop "
                       "(a window's freeze); CPU: the most work of the loop's own between two turns"));
    return 0;
}
