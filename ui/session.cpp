#include "ui/session.h"

#include "models/activitylog.h"
#include "models/reviewstore.h"
#include "models/workspace.h"
#include "sandbox/sandboxserverthread.h"

#include <QtCore/QSettings>

namespace Gui {

namespace {

/// A workspace keeping as many undo steps as the settings say: each holds its changes' outcomes.
std::unique_ptr<Models::Workspace> makeWorkspace(Api::ApiClient *client)
{
    const int undoLimit = QSettings()
                              .value(QString::fromLatin1(Models::Workspace::kUndoLimitSettingsKey),
                                  Models::Workspace::kDefaultUndoLimit)
                              .toInt();
    return std::make_unique<Models::Workspace>(client, undoLimit);
}

} // namespace

Session::Session(const Api::ConnectionSettings &settings, const Api::UserMe &me, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<Api::ApiClient>(settings))
    , m_workspace(makeWorkspace(m_client.get()))
    , m_me(me)
{
    openActivityLog();
}

Session::Session(std::unique_ptr<SandboxServerThread> sandbox, const Api::ConnectionSettings &settings)
    : m_sandbox(std::move(sandbox))
    , m_client(std::make_unique<Api::ApiClient>(settings))
    , m_workspace(makeWorkspace(m_client.get()))
{
}

Session::~Session()
{
    // The models go first, then the client's calls, and only then the server they talk to.
    m_reviewStore.reset();
    m_activityLog.reset();
    m_workspace.reset();
    m_client.reset();
    if (m_sandbox)
        m_sandbox->stopServer();
}

std::unique_ptr<Session> Session::startSandbox(const SandboxOptions &options, QString *error)
{
    auto server = std::make_unique<SandboxServerThread>();
    if (!server->startServer(options, error))
        return nullptr;
    return onSandbox(std::move(server));
}

std::unique_ptr<Session> Session::onSandbox(std::unique_ptr<SandboxServerThread> server)
{
    Api::ConnectionSettings settings;
    settings.baseUrl = Api::ConnectionSettings::normalizedBaseUrl(server->url());
    settings.apiKey = server->adminKey();
    QString database;
    server->runOnServer([&](SandboxServer &s) { database = s.database().path(); });
    std::unique_ptr<Session> session(new Session(std::move(server), settings));
    session->m_sandboxDatabase = database;
    return session;
}

void Session::setMe(const Api::UserMe &me)
{
    const bool sameUser = m_activityLog && me.id == m_me.id;
    m_me = me;
    if (!sameUser)
        openActivityLog();
    else
        m_activityLog->setActor({m_me.id, m_me.username});
}

void Session::openActivityLog()
{
    // Another user's reviews are in another file: opened again when next asked for.
    m_reviewStore.reset();
    m_activityLog.reset();
    const QString key
        = Models::ActivityLog::connectionKey(m_client->settings().baseUrl, m_me.id, m_sandboxDatabase);
    m_activityLog = std::make_unique<Models::ActivityLog>(Models::ActivityLog::defaultFolder(), key);
    // Every entry says who made it: the user /users/me named.
    m_activityLog->setActor({m_me.id, m_me.username});
    m_activityLog->watch(m_workspace.get());
}

Models::ReviewStore *Session::reviewStore()
{
    if (!m_reviewStore) {
        const QString key
            = Models::ActivityLog::connectionKey(m_client->settings().baseUrl, m_me.id, m_sandboxDatabase);
        m_reviewStore = std::make_unique<Models::ReviewStore>(Models::ReviewStore::defaultFolder(), key);
    }
    return m_reviewStore.get();
}

QString Session::placeName() const
{
    return m_sandbox ? tr("sandbox") : m_client->settings().baseUrl.host();
}

QString Session::displayName() const
{
    //: As whom @ where, e.g. "jdoe @ api.civisanalytics.com".
    return tr("%1 @ %2").arg(m_me.username.isEmpty() ? tr("unknown") : m_me.username, placeName());
}

} // namespace Gui
