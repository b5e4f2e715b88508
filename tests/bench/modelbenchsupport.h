#pragma once

// What the benchmarks of the models share, beside benchsupport.h: the admin's client settings
// for the bench's sandbox, and a wait for a workspace's operations to end.

#include "benchsupport.h"
#include "models/groupstore.h"
#include "models/workspace.h"

#include "api/connectionsettings.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>

/// The settings of a client of \a sandbox holding \a adminKey.
inline Api::ConnectionSettings benchSettings(const SandboxServerThread &sandbox, const char *adminKey)
{
    Api::ConnectionSettings settings;
    settings.baseUrl = sandbox.url();
    settings.apiKey = QString::fromLatin1(adminKey);
    return settings;
}

/// Runs the event loop until \a workspace has no operation left and the store's refreshes
/// landed, then lets what was deleted later go; false after \a timeoutMs.
inline bool settle(Models::Workspace &workspace, int timeoutMs = 600'000)
{
    QElapsedTimer timer;
    timer.start();
    while (workspace.isBusy() || workspace.groupStore()->isRefreshingAny()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    return true;
}
