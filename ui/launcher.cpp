#include "ui/launcher.h"

#include "models/datafolder.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxserverthread.h"
#include "ui/connection/connectiondialog.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QSettings>

#include <cstdio>

namespace Gui {

namespace {

/// What was used last, so the next start goes there again: "sandbox" or "profile" (the profile
/// itself is ConnectionProfiles' default). Never the key.
const QString kLastConnectionKey = QStringLiteral("connection/last");

void printProblem(const QString &message)
{
    std::fprintf(stderr, "civis-groups: %s\n", qPrintable(message));
}

} // namespace

Launcher::Launcher(MainWindow *window, Api::ConnectionProfiles *profiles, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profiles(profiles)
{
    connect(window, &MainWindow::connectRequested, this, [this] { chooseConnection(); });
}

Launcher::~Launcher() = default;

QString Launcher::defaultSandboxDatabase(const QString &seed)
{
    const QString folder = Models::dataFolder();
    QDir().mkpath(folder);
    // One database per seed: asking for the large seed must not find the demo one already there.
    const QString name = seed.isEmpty() || seed == QStringLiteral("demo")
        ? QStringLiteral("sandbox.sqlite")
        : QStringLiteral("sandbox-%1.sqlite").arg(seed);
    return QDir(folder).filePath(name);
}

void Launcher::start(const StartOptions &options)
{
    m_sandboxFaults = options.sandboxFaults;
    if (options.sandbox) {
        startSandbox(options.sandboxSeed, options.sandboxDatabase);
        return;
    }
    Api::ConnectionSettings environment = Api::ConnectionSettings::fromEnvironment();
    if (!options.endpoint.isEmpty())
        environment.baseUrl = Api::ConnectionSettings::normalizedBaseUrl(QUrl::fromUserInput(options.endpoint));
    if (!environment.apiKey.isEmpty() && options.profile.isEmpty()) {
        connectTo(environment);
        return;
    }
    const QString profile = options.profile.isEmpty() ? m_profiles->defaultProfile() : options.profile;
    if (!options.profile.isEmpty() && !m_profiles->contains(options.profile)) {
        failed(tr("There is no saved connection named \"%1\".").arg(options.profile));
        return;
    }
    if (!profile.isEmpty()) {
        const quint64 attempt = ++m_attempt;
        connect(m_profiles, &Api::ConnectionProfiles::loaded, this,
            [this, attempt, profile](const QString &name, const Api::ConnectionSettings &settings, const QString &error) {
                if (attempt != m_attempt || name != profile)
                    return;
                if (!error.isEmpty()) {
                    failed(tr("The saved connection \"%1\" could not be read: %2").arg(name, error));
                    return;
                }
                connectTo(settings);
            },
            Qt::SingleShotConnection);
        m_profiles->load(profile);
        return;
    }
    if (QSettings().value(kLastConnectionKey).toString() == QStringLiteral("sandbox")) {
        startSandbox({}, {});
        return;
    }
    chooseConnection();
}

void Launcher::startSandbox(const QString &seed, const QString &database)
{
    m_lastTried = {};
    SandboxOptions options;
    options.seed = seed.isEmpty() ? QStringLiteral("demo") : seed;
    options.databasePath = database.isEmpty() ? defaultSandboxDatabase(options.seed) : database;
    options.faults = m_sandboxFaults;
    const quint64 attempt = ++m_attempt;
    // The server starts in a thread of its own: seeding the large organization takes seconds,
    // and meanwhile the window is painted and says how far it has come.
    auto *server = new SandboxServerThread(this);
    connect(server, &SandboxServerThread::seedProgress, this,
        [this, attempt](const QString &what, qint64 done, qint64 total) {
            if (attempt == m_attempt && m_window)
                m_window->setConnectingProgress(seedingText(what, done, total), done, total);
        });
    connect(server, &SandboxServerThread::serverStarted, this, [this, server, attempt](bool ok, const QString &error) {
        if (attempt != m_attempt) {
            server->deleteLater(); // cancelled meanwhile
            return;
        }
        if (m_window)
            m_window->hideConnecting();
        if (!ok) {
            server->deleteLater();
            failed(tr("The offline sandbox did not start: %1").arg(error));
            return;
        }
        server->setParent(nullptr);
        signInToSandbox(Session::onSandbox(std::unique_ptr<SandboxServerThread>(server)), attempt);
    });
    if (m_window) {
        m_window->showConnecting(tr("Starting the offline sandbox..."), [this, attempt] {
            if (attempt != m_attempt)
                return;
            ++m_attempt; // the server is stopped once it has started: seeding is one transaction
            chooseConnection(tr("Starting the offline sandbox was cancelled."));
        });
    }
    server->startServerInBackground(options);
}

QString Launcher::seedingText(const QString &what, qint64 done, qint64 total)
{
    const QLocale locale;
    const QString of = tr("%1 of %2").arg(locale.toString(done), locale.toString(total));
    if (what == QStringLiteral("people"))
        return tr("Preparing the offline sandbox: %1 people").arg(of);
    if (what == QStringLiteral("groups"))
        return tr("Preparing the offline sandbox: %1 groups").arg(of);
    if (what == QStringLiteral("memberships of people"))
        return tr("Preparing the offline sandbox: the groups of %1 people").arg(of);
    return tr("Preparing the offline sandbox: %1 %2").arg(of, what);
}

void Launcher::signInToSandbox(std::unique_ptr<Session> session, quint64 attempt)
{
    Session *pending = session.release();
    pending->setParent(this);
    pending->client()->users().me().onFinished(this, [this, pending, attempt](const Api::Result<Api::UserMe> &me) {
        std::unique_ptr<Session> owned(pending);
        owned->setParent(nullptr);
        if (attempt != m_attempt)
            return;
        if (!me) {
            failed(tr("The offline sandbox did not answer: %1").arg(me.error.message()));
            return;
        }
        owned->setMe(*me);
        QSettings().setValue(kLastConnectionKey, QStringLiteral("sandbox"));
        connected(std::move(owned));
    });
}

void Launcher::connectTo(const Api::ConnectionSettings &settings)
{
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        failed(problem);
        return;
    }
    m_lastTried = settings;
    const quint64 attempt = ++m_attempt;
    auto *probe = new Api::ApiClient(settings, this);
    // Signing in is a question the person waits on: a host that cannot be reached is said in
    // seconds, not after the minutes of patient retries bulk work is given.
    probe->setRetryPolicy(Api::RetryPolicy::signIn());
    const QString host = settings.baseUrl.host();
    qInfo("Connecting to %s", qPrintable(settings.baseUrl.toDisplayString()));
    if (m_window) {
        m_window->showConnecting(tr("Connecting to %1...").arg(host), [this, probe, attempt] {
            if (attempt != m_attempt)
                return;
            ++m_attempt; // the answer, if one still comes, is for no one
            probe->deleteLater();
            if (m_window && m_window->session())
                m_window->showStatusMessage(tr("Connecting was cancelled."));
            else
                chooseConnection(tr("Connecting was cancelled."));
        });
    }
    probe->users().me().onFinished(this, [this, probe, attempt, settings](const Api::Result<Api::UserMe> &me) {
        probe->deleteLater();
        if (attempt != m_attempt)
            return;
        if (m_window)
            m_window->hideConnecting();
        if (!me) {
            failed(tr("Could not connect to %1: %2").arg(settings.baseUrl.toDisplayString(), me.error.message()));
            return;
        }
        if (!settings.profileName.isEmpty()) {
            m_profiles->setDefaultProfile(settings.profileName);
            QSettings().setValue(kLastConnectionKey, QStringLiteral("profile"));
        }
        connected(std::make_unique<Session>(settings, *me));
    });
}

void Launcher::connected(std::unique_ptr<Session> session)
{
    if (!m_window)
        return;
    // Replacing a session whose changes still run asks first; No keeps the one shown, and the
    // new connection (its sandbox, if any) goes with the question.
    auto pending = std::make_shared<std::unique_ptr<Session>>(std::move(session));
    const QString question = tr("Cancel them and connect to %1?").arg((*pending)->displayName());
    QPointer<MainWindow> window = m_window;
    m_window->stopChangesThen(question, [window, pending] {
        if (!window || !*pending)
            return;
        window->setSession(std::move(*pending));
        window->show();
    });
}

void Launcher::failed(const QString &message)
{
    // In the terminal too: a start that fails is said where it was started.
    printProblem(message);
    if (m_window && m_window->session())
        m_window->showStatusMessage(message);
    chooseConnection(message);
}

void Launcher::chooseConnection(const QString &problem)
{
    if (!m_window || m_dialogOpen)
        return;
    m_dialogOpen = true;
    auto *dialog = new ConnectionDialog(m_profiles, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProblem(problem);
    // What failed is shown again to be corrected, not the default typed over it.
    if (!problem.isEmpty() && !m_lastTried.profileName.isEmpty() && m_profiles->contains(m_lastTried.profileName))
        dialog->selectProfile(m_lastTried.profileName);
    else if (!problem.isEmpty() && !m_lastTried.baseUrl.isEmpty())
        dialog->fillForm(m_lastTried);
    else if (!m_profiles->defaultProfile().isEmpty())
        dialog->selectProfile(m_profiles->defaultProfile());
    connect(dialog, &QDialog::finished, this, [this, dialog, problem](int result) {
        m_dialogOpen = false;
        if (result == QDialog::Accepted) {
            if (dialog->sandboxChosen())
                startSandbox({}, {});
            else
                connectTo(dialog->settings());
            return;
        }
        // Cancelled with nothing connected: nothing to show.
        if (m_window && !m_window->session())
            Q_EMIT gaveUp(problem.isEmpty() ? 0 : 1);
    });
    if (m_window->isVisible())
        dialog->open();
    else
        dialog->show();
}

} // namespace Gui
