// civis-groups: the application a person starts. Parses the command line, says plainly when
// there is no display to show a window on, and hands over to the launcher, which connects.

#include "api/connectionprofiles.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxseeder.h"
#include "ui/launcher.h"
#include "ui/mainwindow.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QProcessEnvironment>
#include <QtWidgets/QApplication>

#include <cstdio>

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Administer the groups of a Civis Platform organization: find and edit groups, move people in and\n"
        "out of them in bulk, and review who may read, write and manage each one.\n\n"
        "Connects with CIVIS_API_KEY (and CIVIS_API_ENDPOINT) when set, else with the last saved\n"
        "connection, else asks. --sandbox runs an offline sandbox of the API inside the app."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("sandbox"), QStringLiteral("Start the offline sandbox in this process and connect to it as its admin.")},
        {QStringLiteral("sandbox-seed"),
            QStringLiteral("What a new sandbox database starts with: demo (default), large (100,000 users, 10,000 "
                           "groups) or none. Implies --sandbox."),
            QStringLiteral("seed")},
        {QStringLiteral("sandbox-database"),
            QStringLiteral("The sandbox's SQLite file (default: one per seed in the app's data folder). Implies --sandbox."),
            QStringLiteral("path")},
        {QStringLiteral("sandbox-latency"),
            QStringLiteral("Make the sandbox answer slowly, in ms: 250, or a range 100-400 (to see what a slow server "
                           "does). Implies --sandbox."),
            QStringLiteral("ms")},
        {QStringLiteral("sandbox-failure-rate"),
            QStringLiteral("Make the sandbox answer this share (0-1) of requests with 503, without acting on them. "
                           "Implies --sandbox."),
            QStringLiteral("rate")},
        {QStringLiteral("sandbox-rate-limit"),
            QStringLiteral("Allow N requests per second, or N/SECONDS; beyond that the sandbox answers 429 with "
                           "Retry-After. Implies --sandbox."),
            QStringLiteral("n[/seconds]")},
        {QStringLiteral("endpoint"), QStringLiteral("The API's base URL (default: CIVIS_API_ENDPOINT, else https://api.civisanalytics.com/)."),
            QStringLiteral("url")},
        {QStringLiteral("profile"), QStringLiteral("Connect with the saved connection NAME."), QStringLiteral("name")},
    });
}

/// True when Qt has somewhere to show a window. Checked before QApplication exists, which
/// would otherwise stop with a bare platform-plugin error.
bool hasDisplay()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return environment.contains(QStringLiteral("QT_QPA_PLATFORM")) || environment.contains(QStringLiteral("DISPLAY"))
        || environment.contains(QStringLiteral("WAYLAND_DISPLAY"));
#else
    Q_UNUSED(environment);
    return true;
#endif
}

/// The sandbox's faults the options ask for, read by the sandbox's own parsers; false with
/// \a error (the parser's words, naming this program's option) on a bad value.
bool readSandboxFaults(const QCommandLineParser &parser, FaultSettings *faults, QString *error)
{
    // The parsers name the sandbox program's options; this program's carry a prefix.
    const auto named = [error](const QString &sandboxOption, const QString &option) {
        if (error->startsWith(sandboxOption))
            error->replace(0, sandboxOption.size(), option);
        return false;
    };
    const QString latency = QStringLiteral("sandbox-latency");
    if (parser.isSet(latency) && !faults->parseLatency(parser.value(latency), error))
        return named(QStringLiteral("--latency"), QStringLiteral("--sandbox-latency"));
    const QString failureRate = QStringLiteral("sandbox-failure-rate");
    if (parser.isSet(failureRate)
        && !FaultSettings::parseRate(parser.value(failureRate), &faults->failureRate, QStringLiteral("--sandbox-failure-rate"), error))
        return false;
    const QString rateLimit = QStringLiteral("sandbox-rate-limit");
    if (parser.isSet(rateLimit) && !faults->parseRateLimit(parser.value(rateLimit), error))
        return named(QStringLiteral("--rate-limit"), QStringLiteral("--sandbox-rate-limit"));
    return true;
}

int fail(const QString &message, int code = 2)
{
    std::fprintf(stderr, "civis-groups: %s\nTry 'civis-groups --help'.\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("civis-groups-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVIS_GROUPS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Civis Groups Admin"));

    // The command line is read before any window system is asked for, so --help, --version and a
    // bad option answer in the terminal even with no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // Without an application object yet, Qt cannot name the program itself.
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("civis-groups"))), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("civis-groups %s (Qt %s)\n", CIVIS_GROUPS_VERSION, qVersion());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    Gui::StartOptions options;
    options.sandboxSeed = parser.value(QStringLiteral("sandbox-seed"));
    options.sandboxDatabase = parser.value(QStringLiteral("sandbox-database"));
    options.sandbox = parser.isSet(QStringLiteral("sandbox")) || parser.isSet(QStringLiteral("sandbox-seed"))
        || parser.isSet(QStringLiteral("sandbox-database")) || parser.isSet(QStringLiteral("sandbox-latency"))
        || parser.isSet(QStringLiteral("sandbox-failure-rate")) || parser.isSet(QStringLiteral("sandbox-rate-limit"));
    if (QString error; !readSandboxFaults(parser, &options.sandboxFaults, &error))
        return fail(error);
    options.endpoint = parser.value(QStringLiteral("endpoint"));
    options.profile = parser.value(QStringLiteral("profile"));
    if (!options.sandboxSeed.isEmpty() && !SandboxSeeder::kinds().contains(options.sandboxSeed))
        return fail(QStringLiteral("--sandbox-seed takes one of: %1.").arg(SandboxSeeder::kinds().join(QStringLiteral(", "))));
    if (options.sandbox && (!options.endpoint.isEmpty() || !options.profile.isEmpty()))
        return fail(QStringLiteral("--sandbox cannot be combined with --endpoint or --profile."));
    if (!options.endpoint.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(options.endpoint);
        if (!url.isValid() || url.host().isEmpty())
            return fail(QStringLiteral("--endpoint takes a URL such as https://api.civisanalytics.com/, not '%1'.").arg(options.endpoint));
    }

    if (!hasDisplay()) {
        std::fputs("civis-groups: there is no display to show a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "  - Start it from a desktop session, or over ssh with X forwarding (ssh -X).\n"
                   "  - Or run it on a virtual display: xvfb-run -a build/app/civis-groups --sandbox\n"
                   "  - Or run only the sandbox server, which needs no display: build/sandbox/civis-groups-sandbox\n",
            stderr);
        return 1;
    }

    QApplication app(argc, argv);
    app.setWindowIcon(QIcon::fromTheme(QStringLiteral("system-users")));

    Api::ConnectionProfiles profiles;
    Gui::MainWindow window;
    Gui::Launcher launcher(&window, &profiles);
    QObject::connect(&launcher, &Gui::Launcher::gaveUp, &app, [](int code) { QCoreApplication::exit(code); });
    window.show();
    launcher.start(options);
    return app.exec();
}
