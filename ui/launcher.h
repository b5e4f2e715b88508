#pragma once

#include "api/connectionprofiles.h"
#include "sandbox/faultinjector.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace Gui {

class MainWindow;
class Session;

/// What the command line asked for (see app/main.cpp).
struct StartOptions
{
    bool sandbox = false;
    QString sandboxSeed; ///< demo (default), large or none.
    QString sandboxDatabase; ///< Empty: the one in the person's data folder for the seed.
    QString endpoint; ///< Overrides CIVIS_API_ENDPOINT.
    QString profile; ///< A saved connection to use instead of the last one.
    /// What the in-process sandbox does wrong on purpose (latency, failures, a rate limit): for
    /// demos and training; every sandbox this run starts has them.
    FaultSettings sandboxFaults;
};

/// Where the app connects at start and when File > Connect... is chosen: the sandbox, the
/// environment (CIVIS_API_KEY / CIVIS_API_ENDPOINT), a saved connection, or the connection
/// dialog. A connection counts once /users/me answered; then the main window shows it.
class Launcher : public QObject
{
    Q_OBJECT

public:
    Launcher(MainWindow *window, Api::ConnectionProfiles *profiles, QObject *parent = nullptr);
    ~Launcher() override;

    /// Connects as \a options say, falling back to the connection dialog.
    void start(const StartOptions &options);
    /// Shows the connection dialog (with \a problem on top, when there is one).
    void chooseConnection(const QString &problem = {});
    /// Starts the in-process sandbox (in the background, the window showing how far seeding
    /// has come) and connects to it as its admin.
    void startSandbox(const QString &seed, const QString &database);

    /// The database file the sandbox uses for \a seed when none is given.
    static QString defaultSandboxDatabase(const QString &seed);

Q_SIGNALS:
    /// Nothing to show: the start failed or was abandoned; the app exits with \a exitCode.
    void gaveUp(int exitCode);

private:
    /// Asks /users/me with \a settings; on success shows the session, else the dialog.
    void connectTo(const Api::ConnectionSettings &settings);
    void connected(std::unique_ptr<Session> session);
    /// Asks the started sandbox of \a session who its admin is, then shows the session.
    void signInToSandbox(std::unique_ptr<Session> session, quint64 attempt);
    /// "Preparing the offline sandbox: 40,000 of 100,000 people".
    static QString seedingText(const QString &what, qint64 done, qint64 total);
    void failed(const QString &message);

    QPointer<MainWindow> m_window;
    Api::ConnectionProfiles *m_profiles;
    FaultSettings m_sandboxFaults;
    /// The last connection tried, so a failed one is shown again in the dialog to be corrected
    /// (its key stays in memory only, as the session's would).
    Api::ConnectionSettings m_lastTried;
    bool m_dialogOpen = false;
    quint64 m_attempt = 0;
};

} // namespace Gui
