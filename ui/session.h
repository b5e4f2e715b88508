#pragma once

#include "api/apiclient.h"

#include <QtCore/QObject>

#include <memory>

class SandboxServerThread;
struct SandboxOptions;

namespace Models {
class ActivityLog;
class ReviewStore;
class Workspace;
}

namespace Gui {

/// One connection of the app: the client, the workspace its models share, and who it is signed
/// in as; for the offline sandbox, also the sandbox server running in this process. The main
/// window shows one session at a time; connecting elsewhere makes a new one.
class Session : public QObject
{
    Q_OBJECT

public:
    /// A session on \a settings, signed in as \a me (what /users/me answered).
    Session(const Api::ConnectionSettings &settings, const Api::UserMe &me, QObject *parent = nullptr);
    ~Session() override;

    /// Starts the sandbox with \a options in a thread of its own and makes a session as its
    /// admin; nullptr with \a error when the server did not start.
    static std::unique_ptr<Session> startSandbox(const SandboxOptions &options, QString *error);
    /// A session as the admin of \a server, which listens already (started in the background).
    static std::unique_ptr<Session> onSandbox(std::unique_ptr<SandboxServerThread> server);

    Api::ApiClient *client() const { return m_client.get(); }
    Models::Workspace *workspace() const { return m_workspace.get(); }
    const Api::UserMe &me() const { return m_me; }
    /// Who the session is signed in as; opens (or switches to) that user's activity log.
    void setMe(const Api::UserMe &me);
    /// This connection's record of the changes made (in the user's data folder, per endpoint
    /// and user); nullptr until setMe() said who is signed in.
    Models::ActivityLog *activityLog() const { return m_activityLog.get(); }
    /// This connection's access reviews (issue 25), in the user's data folder beside the
    /// activity log, keyed alike; opened on first use, anew when another user signs in.
    Models::ReviewStore *reviewStore();
    bool isSandbox() const { return m_sandbox != nullptr; }
    /// The sandbox's database file, for the About box; empty when not on the sandbox.
    QString sandboxDatabase() const { return m_sandboxDatabase; }

    /// Where this session talks: "sandbox", or the endpoint's host ("api.civisanalytics.com").
    QString placeName() const;
    /// As whom and where: "admin @ sandbox", "jdoe @ api.civisanalytics.com".
    QString displayName() const;

private:
    Session(std::unique_ptr<SandboxServerThread> sandbox, const Api::ConnectionSettings &settings);
    void openActivityLog();

    // Destroyed in reverse: the workspace before the client, the client before the server.
    std::unique_ptr<SandboxServerThread> m_sandbox;
    QString m_sandboxDatabase;
    std::unique_ptr<Api::ApiClient> m_client;
    std::unique_ptr<Models::Workspace> m_workspace;
    Api::UserMe m_me;
    // Goes first: it watches the workspace.
    std::unique_ptr<Models::ActivityLog> m_activityLog;
    std::unique_ptr<Models::ReviewStore> m_reviewStore;
};

} // namespace Gui
