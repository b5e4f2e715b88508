// civis-groups-sandbox: a local Civis API server for groups and users.

#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxserver.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTextStream>

using namespace Qt::StringLiterals;

namespace {

bool readFaults(const QCommandLineParser &parser, FaultSettings *faults, QString *error)
{
    if (parser.isSet(u"latency"_s) && !faults->parseLatency(parser.value(u"latency"_s), error))
        return false;
    if (parser.isSet(u"fail-rate"_s)
        && !FaultSettings::parseRate(parser.value(u"fail-rate"_s), &faults->failureRate, u"--fail-rate"_s, error))
        return false;
    if (parser.isSet(u"garble-rate"_s)
        && !FaultSettings::parseRate(parser.value(u"garble-rate"_s), &faults->garbleRate, u"--garble-rate"_s, error))
        return false;
    if (parser.isSet(u"rate-limit"_s) && !faults->parseRateLimit(parser.value(u"rate-limit"_s), error))
        return false;
    if (parser.isSet(u"fault-seed"_s)) {
        bool ok = false;
        faults->seed = parser.value(u"fault-seed"_s).toUInt(&ok);
        if (!ok) {
            *error = u"--fault-seed takes a positive integer."_s;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"civis-groups-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVIS_GROUPS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Civis API server for groups and users, backed by SQLite. Point the Civis Groups Admin "
        "app, the official Python client (CIVIS_API_ENDPOINT, CIVIS_API_KEY) or curl at the URL it prints."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, u"Port to listen on; 0 picks a free one (default)."_s, u"port"_s, u"0"_s},
        {u"bind"_s, u"Address to listen on (default 127.0.0.1). Anything but loopback sends keys in the clear."_s,
            u"address"_s, u"127.0.0.1"_s},
        {u"database"_s,
            u"SQLite file (default %1); :memory: keeps nothing."_s.arg(SandboxOptions::defaultDatabasePath()),
            u"path"_s},
        {u"seed"_s,
            u"What an empty database starts with: none, demo (default) or large (100,000 users, 10,000 groups)."_s,
            u"kind"_s, u"demo"_s},
        {u"api-key"_s, u"The admin's API key for this run; otherwise a new one is generated and printed."_s, u"key"_s},
        {u"user-key"_s, u"Give another user a key, as USERNAME=KEY; may be repeated."_s, u"username=key"_s},
        {u"latency"_s, u"Add latency to every response, in ms: 250, or a range 100-400."_s, u"ms"_s},
        {u"fail-rate"_s, u"Answer this share of requests (0-1) with 503, without acting on them."_s, u"rate"_s},
        {u"rate-limit"_s,
            u"Allow N requests per second per key, or N/SECONDS; beyond that answer 429 with Retry-After."_s,
            u"n[/seconds]"_s},
        {u"garble-rate"_s, u"Cut short or replace with HTML this share (0-1) of response bodies."_s, u"rate"_s},
        {u"fault-seed"_s, u"Seed for the fault injection, to repeat a run exactly."_s, u"n"_s},
        {u"quiet"_s, u"Do not log each request."_s},
    });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << "civis-groups-sandbox: " << message << Qt::endl;
        return 1;
    };

    SandboxOptions options;
    bool portOk = false;
    const uint port = parser.value(u"port"_s).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(u"--port takes a number from 0 to 65535."_s);
    options.port = quint16(port);
    if (!options.bindAddress.setAddress(parser.value(u"bind"_s)))
        return fail(u"--bind takes an IP address, such as 127.0.0.1 or ::1."_s);
    options.databasePath = parser.value(u"database"_s);
    options.seed = parser.value(u"seed"_s);
    if (!SandboxSeeder::kinds().contains(options.seed))
        return fail(u"--seed takes one of: %1."_s.arg(SandboxSeeder::kinds().join(", "_L1)));
    options.adminKey = parser.value(u"api-key"_s);
    QString error;
    if (!readFaults(parser, &options.faults, &error))
        return fail(error);
    if (parser.isSet(u"quiet"_s))
        QLoggingCategory::setFilterRules(u"civis.sandbox.http.info=false"_s);

    SandboxServer server;
    if (!server.start(options, &error))
        return fail(error);
    for (const QString &assignment : parser.values(u"user-key"_s)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0 || equals == assignment.size() - 1)
            return fail(u"--user-key takes USERNAME=KEY."_s);
        if (!server.setUserKey(assignment.left(equals), assignment.mid(equals + 1)))
            return fail(u"--user-key: there is no user \"%1\"."_s.arg(assignment.left(equals)));
    }

    const QString url = server.url().toString();
    out << "Civis API sandbox listening on " << url << Qt::endl
        << "  database: " << server.database().path() << " (seed: " << server.databaseSeed() << ")" << Qt::endl
        << "  the key below belongs to: " << server.adminUsername()
        << " (organization admin); --user-key USERNAME=KEY gives others one" << Qt::endl
        << "  faults: " << options.faults.describe() << Qt::endl
        << "Use it from a shell or the official Python client with:" << Qt::endl
        << "  export CIVIS_API_ENDPOINT=" << url << Qt::endl
        << "  export CIVIS_API_KEY=" << server.adminKey() << Qt::endl;
    if (parser.isSet(u"seed"_s) && server.databaseSeed() != options.seed)
        err << "note: --seed " << options.seed << " was not applied: the database already holds the "
            << server.databaseSeed() << " seed, and a seed goes only into an empty database." << Qt::endl;
    if (!options.bindAddress.isLoopback())
        err << "warning: listening beyond loopback over plain HTTP; API keys cross the network unencrypted."
            << Qt::endl;
    return app.exec();
}
