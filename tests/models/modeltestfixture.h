#pragma once

// The models' tests: the app's models over a real sandbox on a free loopback port, through the
// API layer's client. Helpers wait for what a model does asynchronously.

#include "apitestfixture.h"
#include "models/changeoperation.h"
#include "models/groupstore.h"
#include "models/pagedtablemodel.h"
#include "models/roles.h"
#include "models/workspace.h"

#include <QtCore/QAbstractItemModel>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>

#include <QtCore/QElapsedTimer>
#include <QtCore/QThread>

class ModelFixture : public ApiFixture
{
public:
    /// Starts the sandbox, the admin's client and a workspace over it.
    bool startModels(const QString &seed = QStringLiteral("demo"), const FaultSettings &faults = {})
    {
        if (!startApi(seed, faults))
            return false;
        workspace = std::make_unique<Models::Workspace>(client.get());
        return true;
    }

    /// The sorted ids of the members of group \a groupId, as the database holds them.
    QList<qint64> memberIds(qint64 groupId)
    {
        return ids(QStringLiteral("SELECT user_id FROM memberships WHERE group_id = %1").arg(groupId));
    }

    std::unique_ptr<Models::Workspace> workspace;
};

/// Runs the event loop until \a done() is true or \a timeoutMs passed; returns done().
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 60'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::yieldCurrentThread();
    }
    return true;
}

/// Waits until \a operation has run and every operation queued in \a workspace has finished,
/// and the group store's refreshes it caused have landed.
inline bool awaitChanges(Models::Workspace &workspace, int timeoutMs = 120'000)
{
    return waitUntil(
        [&] {
            if (workspace.isBusy())
                return false;
            // The refreshes a finished operation starts.
            return !workspace.groupStore()->isRefreshingAny();
        },
        timeoutMs);
}

/// Fetches page after page until \a model has them all (as a view scrolled to the end would),
/// after the page its tester may have asked for; false on an error or a hang.
inline bool loadAll(Models::PagedTableModel &model)
{
    if (!waitUntil([&] { return !model.loadStatus()->isLoading(); }))
        return false;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!waitUntil([&] { return !model.loadStatus()->isLoading(); }))
            return false;
    }
    return model.loadStatus()->lastError().isNull();
}

/// The IdRole of each row of \a model, in row order.
inline QList<qint64> rowIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(Models::IdRole).toLongLong());
    return ids;
}
