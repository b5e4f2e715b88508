#pragma once

#include "sandbox/sandboxserver.h"

#include <QtCore/QMutex>
#include <QtCore/QThread>
#include <QtCore/QUrl>
#include <QtCore/QWaitCondition>

/// Runs a SandboxServer in a thread of its own, so a GUI or a benchmark in the calling
/// thread never waits on the server's SQLite work.
class SandboxServerThread : public QThread
{
    Q_OBJECT

public:
    explicit SandboxServerThread(QObject *parent = nullptr);
    ~SandboxServerThread() override;

    /// Starts the thread and waits until the server listens (true) or failed to start (false, \a error).
    bool startServer(const SandboxOptions &options, QString *error);
    /// Starts the thread and returns at once: a GUI stays responsive while a large seed is
    /// written. seedProgress() tells how it goes, serverStarted() how it ended.
    void startServerInBackground(const SandboxOptions &options);
    /// Stops the server and joins the thread.
    void stopServer();

    QUrl url() const { return m_url; }
    QString adminKey() const { return m_adminKey; }

    /// Runs \a work on the server in its thread and waits for it: for keys, faults and test set-up.
    void runOnServer(const std::function<void(SandboxServer &)> &work);

Q_SIGNALS:
    /// From the server's thread (queued to a receiver in another): how far seeding has come.
    void seedProgress(const QString &what, qint64 done, qint64 total);
    /// startServerInBackground() ended: listening (\a ok), or why not (\a error).
    void serverStarted(bool ok, const QString &error);

protected:
    void run() override;

private:
    SandboxOptions m_options;
    QMutex m_mutex;
    QWaitCondition m_started;
    bool m_ready = false;
    bool m_failed = false;
    bool m_announce = false; ///< Started in the background: serverStarted() says how it went.
    QString m_error;
    QUrl m_url;
    QString m_adminKey;
    SandboxServer *m_server = nullptr;
};
