// civis-groups-sandbox: a local Civis API server for groups and users.

#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxserver.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
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

/// A whole number from \a min to \a max for \a option, or false with \a error.
bool readNumber(const QCommandLineParser &parser, const QString &option, qint64 min, qint64 max, qint64 *value,
    QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 number = parser.value(option).toLongLong(&ok);
    if (!ok || number < min || number > max) {
        *error = u"--%1 takes a whole number from %2 to %3; got \"%4\"."_s.arg(option)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(option));
        return false;
    }
    *value = number;
    return true;
}

bool readLimits(const QCommandLineParser &parser, HttpLimits *limits, QString *error)
{
    qint64 body = limits->maxBodyBytes;
    qint64 connections = limits->maxConnections;
    qint64 idleSeconds = limits->idleTimeoutMs / 1000;
    if (!readNumber(parser, u"max-body"_s, 1, qint64(1) << 30, &body, error)
        || !readNumber(parser, u"max-connections"_s, 1, 100000, &connections, error)
        || !readNumber(parser, u"idle-timeout"_s, 1, 24 * 3600, &idleSeconds, error))
        return false;
    limits->maxBodyBytes = body;
    limits->maxConnections = int(connections);
    limits->idleTimeoutMs = int(idleSeconds * 1000);
    return true;
}

/// The admin key from --api-key, --api-key-file or CIVIS_SANDBOX_API_KEY, in that order; empty
/// to generate one. Only the first shows in the process list.
bool readAdminKey(const QCommandLineParser &parser, QString *key, QString *source, QString *error)
{
    if (parser.isSet(u"api-key"_s)) {
        *key = parser.value(u"api-key"_s);
        *source = u"--api-key"_s;
    } else if (parser.isSet(u"api-key-file"_s)) {
        QFile file(parser.value(u"api-key-file"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"--api-key-file: cannot read %1: %2."_s.arg(file.fileName(), file.errorString());
            return false;
        }
        // The first line, so a file written with echo (and its newline) works.
        *key = QString::fromUtf8(file.readLine(4096)).trimmed();
        *source = u"the file %1"_s.arg(file.fileName());
        if (key->isEmpty()) {
            *error = u"--api-key-file: %1 holds no key on its first line."_s.arg(file.fileName());
            return false;
        }
    } else if (const QString fromEnvironment = qEnvironmentVariable("CIVIS_SANDBOX_API_KEY").trimmed();
               !fromEnvironment.isEmpty()) {
        *key = fromEnvironment;
        *source = u"CIVIS_SANDBOX_API_KEY"_s;
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
        {u"api-key"_s,
            u"The admin's API key for this run (it shows in the process list: prefer --api-key-file or "
            "CIVIS_SANDBOX_API_KEY); otherwise a new one is generated and printed."_s,
            u"key"_s},
        {u"api-key-file"_s,
            u"Read the admin's API key from the first line of this file. The environment variable "
            "CIVIS_SANDBOX_API_KEY is read when neither this nor --api-key is given."_s,
            u"path"_s},
        {u"user-key"_s, u"Give another user a key, as USERNAME=KEY; may be repeated."_s, u"username=key"_s},
        {u"latency"_s, u"Add latency to every response, in ms: 250, or a range 100-400."_s, u"ms"_s},
        {u"fail-rate"_s, u"Answer this share of requests (0-1) with 503, without acting on them."_s, u"rate"_s},
        {u"rate-limit"_s,
            u"Allow N requests per second per key, or N/SECONDS; beyond that answer 429 with Retry-After."_s,
            u"n[/seconds]"_s},
        {u"garble-rate"_s, u"Cut short or replace with HTML this share (0-1) of response bodies."_s, u"rate"_s},
        {u"fault-seed"_s, u"Seed for the fault injection, to repeat a run exactly."_s, u"n"_s},
        {u"max-body"_s, u"Largest request body accepted, in bytes (default 1048576); larger ones get 413."_s,
            u"bytes"_s},
        {u"max-connections"_s,
            u"Connections served at once (default 512), at most half of them to one client address; past that, 503 and close."_s,
            u"n"_s},
        {u"idle-timeout"_s, u"Close a connection after this many seconds without traffic (default 60)."_s,
            u"seconds"_s},
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
    QString error;
    QString keySource;
    if (!readAdminKey(parser, &options.adminKey, &keySource, &error))
        return fail(error);
    if (!readFaults(parser, &options.faults, &error) || !readLimits(parser, &options.limits, &error))
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
        << "  export CIVIS_API_KEY=" << (keySource.isEmpty() || keySource == "--api-key"_L1
                                               ? server.adminKey()
                                               : u"<the key from %1>"_s.arg(keySource))
        << Qt::endl;
    if (parser.isSet(u"seed"_s) && server.databaseSeed() != options.seed)
        err << "note: --seed " << options.seed << " was not applied: the database already holds the "
            << server.databaseSeed() << " seed, and a seed goes only into an empty database." << Qt::endl;
    if (keySource == "--api-key"_L1)
        err << "note: --api-key shows the key to anyone who lists processes; --api-key-file PATH or "
               "CIVIS_SANDBOX_API_KEY keep it private."
            << Qt::endl;
    if (!options.bindAddress.isLoopback())
        err << "warning: listening beyond loopback over plain HTTP; API keys cross the network unencrypted."
            << Qt::endl;
    return app.exec();
}
