#include "sandbox/sandboxserverthread.h"

#include <QtCore/QMetaObject>

SandboxServerThread::SandboxServerThread(QObject *parent)
    : QThread(parent)
{
}

SandboxServerThread::~SandboxServerThread()
{
    stopServer();
}

bool SandboxServerThread::startServer(const SandboxOptions &options, QString *error)
{
    m_options = options;
    QMutexLocker locker(&m_mutex);
    m_ready = false;
    m_failed = false;
    m_announce = false;
    start();
    while (!m_ready && !m_failed)
        m_started.wait(&m_mutex);
    if (m_failed) {
        *error = m_error;
        locker.unlock();
        wait();
        return false;
    }
    return true;
}

void SandboxServerThread::startServerInBackground(const SandboxOptions &options)
{
    m_options = options;
    if (!m_options.seedProgress) {
        m_options.seedProgress
            = [this](const QString &what, qint64 done, qint64 total) { Q_EMIT seedProgress(what, done, total); };
    }
    {
        const QMutexLocker locker(&m_mutex);
        m_ready = false;
        m_failed = false;
        m_announce = true;
    }
    start();
}

void SandboxServerThread::stopServer()
{
    if (!isRunning())
        return;
    quit();
    wait();
}

void SandboxServerThread::runOnServer(const std::function<void(SandboxServer &)> &work)
{
    Q_ASSERT(m_server);
    QMetaObject::invokeMethod(
        m_server, [this, &work] { work(*m_server); }, Qt::BlockingQueuedConnection);
}

void SandboxServerThread::run()
{
    SandboxServer server;
    QString error;
    const bool started = server.start(m_options, &error);
    {
        QMutexLocker locker(&m_mutex);
        if (started) {
            m_server = &server;
            m_url = server.url();
            m_adminKey = server.adminKey();
            m_ready = true;
        } else {
            m_error = error;
            m_failed = true;
        }
        m_started.wakeAll();
    }
    if (m_announce)
        Q_EMIT serverStarted(started, error);
    if (!started)
        return;
    exec();
    m_server = nullptr;
}
