// civis-groups: the application a person starts. Parses the command line, says plainly when
// there is no display to show a window on, and hands over to the launcher, which connects.

#include "api/connectionprofiles.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxseeder.h"
#include "ui/launcher.h"
#include "ui/mainwindow.h"
#include "ui/translators.h"
#include "ui/widgets/visiblefocusstyle.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QSettings>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

#include <algorithm>
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
        {QStringLiteral("sandbox"),
            QStringLiteral("Start the offline sandbox in this process and connect to it as its admin.")},
        {QStringLiteral("sandbox-seed"),
            QStringLiteral("What a new sandbox database starts with: demo (default), large (100,000 users, 10,000 "
                           "groups) or none. Implies --sandbox."),
            QStringLiteral("seed")},
        {QStringLiteral("sandbox-database"),
            QStringLiteral(
                "The sandbox's SQLite file (default: one per seed in the app's data folder). Implies --sandbox."),
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
        {QStringLiteral("endpoint"),
            QStringLiteral("The API's base URL (default: CIVIS_API_ENDPOINT, else https://api.civisanalytics.com/)."),
            QStringLiteral("url")},
        {QStringLiteral("profile"), QStringLiteral("Connect with the saved connection NAME."), QStringLiteral("name")},
        {QStringLiteral("language"),
            QStringLiteral("Show the window in this language: de or en (default: the desktop's, from LANGUAGE, "
                           "LC_ALL, LC_MESSAGES or LANG; English when it is not translated)."),
            QStringLiteral("code")},
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
        && !FaultSettings::parseRate(
            parser.value(failureRate), &faults->failureRate, QStringLiteral("--sandbox-failure-rate"), error))
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

/// Settings were written under "Unknown Organization" before the application named its
/// organization: the first start of a version that does moves that file to its place.
void moveSettingsOfEarlierVersions()
{
    const QString now = QSettings().fileName();
    const QString before = QSettings(QSettings::NativeFormat, QSettings::UserScope,
        QStringLiteral("Unknown Organization"), QCoreApplication::applicationName())
                               .fileName();
    if (before == now || QFileInfo::exists(now) || !QFileInfo::exists(before))
        return;
    QDir().mkpath(QFileInfo(now).absolutePath());
    if (QFile::rename(before, now))
        qInfo("Moved the settings of an earlier version from %s to %s", qPrintable(before), qPrintable(now));
    else
        qWarning(
            "Could not move the settings of an earlier version from %s to %s", qPrintable(before), qPrintable(now));
}

/// Whether \a arguments ask only for an answer in the terminal (help or version).
bool asksOnlyForText(const QStringList &arguments)
{
    static const QStringList textOptions{QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?"),
        QStringLiteral("--help-all"), QStringLiteral("-v"), QStringLiteral("--version")};
    return std::any_of(arguments.cbegin() + 1, arguments.cend(),
        [](const QString &argument) { return textOptions.contains(argument); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("civis-groups-admin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("civisgroupsadmin.org"));
    QCoreApplication::setApplicationName(QStringLiteral("civis-groups-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVIS_GROUPS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Civis Groups Admin"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.civisgroupsadmin.CivisGroupsAdmin"));

    // The application object takes Qt's own options (-style, -platform, -reverse...) off the
    // command line before it is parsed, as in any Qt application. --help, --version and a bad
    // option still answer in the terminal with no display: on the offscreen platform, which
    // needs none, and a start that wants a window then says there is nowhere to show it.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const bool noDisplay = !hasDisplay();
    const bool textOnly = asksOnlyForText(rawArguments);
    if (noDisplay || textOnly)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The help names the program as a person types it, whatever path started it.
    static char programName[] = "civis-groups";
    if (argc > 0 && textOnly)
        argv[0] = programName;
    QApplication app(argc, argv);
    // Behind the desktop's icon theme, the Breeze icons the app asks for (resources/icons): the
    // same look on a bare window manager as on KDE or GNOME, and the window's own icon.
    QIcon::setFallbackThemeName(QStringLiteral("civis-breeze"));

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        parser.process(QCoreApplication::arguments()); // prints the help (with Qt's options for --help-all) and exits
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
        return fail(
            QStringLiteral("--sandbox-seed takes one of: %1.").arg(SandboxSeeder::kinds().join(QStringLiteral(", "))));
    if (options.sandbox && (!options.endpoint.isEmpty() || !options.profile.isEmpty()))
        return fail(QStringLiteral("--sandbox cannot be combined with --endpoint or --profile."));
    if (!options.endpoint.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(options.endpoint);
        if (!url.isValid() || url.host().isEmpty())
            return fail(QStringLiteral("--endpoint takes a URL such as https://api.civisanalytics.com/, not '%1'.")
                            .arg(options.endpoint));
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (!language.isEmpty() && !Gui::isTranslated(language))
        return fail(
            QStringLiteral("--language takes one of: %1.").arg(Gui::translatedLanguages().join(QStringLiteral(", "))));

    moveSettingsOfEarlierVersions();
    if (noDisplay) {
        std::fputs(
            "civis-groups: there is no display to show a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "  - Start it from a desktop session, or over ssh with X forwarding (ssh -X).\n"
            "  - Or run it on a virtual display: xvfb-run -a build/ui/civis-groups --sandbox\n"
            "  - Or run only the sandbox server, which needs no display: build/sandbox/civis-groups-sandbox\n",
            stderr);
        return 1;
    }

    // The app's words and Qt's in the desktop's language, or --language's: before the first window.
    Gui::installTranslators(language);
    // The style chosen (-style, the desktop's or Qt's default), with a focus frame one can see.
    app.setStyle(new Gui::VisibleFocusStyle(app.style()->name()));
    app.setWindowIcon(QIcon::fromTheme(
        QStringLiteral("org.civisgroupsadmin.CivisGroupsAdmin"), QIcon::fromTheme(QStringLiteral("system-users"))));

    Api::ConnectionProfiles profiles;
    Gui::MainWindow window;
    Gui::Launcher launcher(&window, &profiles);
    QObject::connect(&launcher, &Gui::Launcher::gaveUp, &app, [](int code) { QCoreApplication::exit(code); });
    window.show();
    launcher.start(options);
    return app.exec();
}
