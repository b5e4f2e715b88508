#pragma once

// The models' tests: the app's models over a real sandbox on a free loopback port, through the
// API layer's client. A suite holds one ModelFixture as m_fixture, as the api and sandbox
// suites hold theirs; the helpers below wait, with QTest::qWaitFor, for what a model does
// asynchronously.

#include "apitestfixture.h"
#include "models/changeoperation.h"
#include "models/groupstore.h"
#include "models/pagedtablemodel.h"
#include "models/roles.h"
#include "models/workspace.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtTest/QTestEventLoop>

/// How long a helper waits for the sandbox by default: far longer than anything should take.
inline constexpr int kModelWaitMs = 60'000;

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

    /// Group \a id as the store fetches it (an empty group when it could not be fetched).
    Api::Group fetchGroup(qint64 id)
    {
        const Api::Result<Api::Group> group = await(workspace->groupStore()->refresh(id));
        if (!group)
            qWarning() << "fetch failed:" << group.error.toString();
        return group ? *group : Api::Group();
    }

    /// One column of group \a id as the sandbox's database holds it.
    QVariant storedGroupValue(qint64 id, const QString &column)
    {
        return this->column(QStringLiteral("SELECT %1 FROM groups WHERE id = %2").arg(column).arg(id)).value(0);
    }

    /// Starts over from \a seed: a new sandbox with the seed's data, a new client, a new
    /// workspace (an empty undo stack, an empty store), so a test sees nothing another one did.
    bool restartModels(const QString &seed = QStringLiteral("demo"), const FaultSettings &faults = {})
    {
        stopModels();
        return startModels(seed, faults);
    }

    /// The same from a copy of a database seeded once (see seedOnce()): for a seed that takes
    /// seconds to generate, such as "large".
    bool restartModelsFromSeeded()
    {
        stopModels();
        if (m_seeded.isEmpty())
            return false;
        const QString copy = m_copies.filePath(QStringLiteral("test.sqlite"));
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
        if (!QFile::copy(m_seeded, copy))
            return false;
        if (!start(QStringLiteral("none"), copy))
            return false;
        client = std::make_unique<Api::ApiClient>(settings(QString::fromLatin1(kAdminKey)));
        client->setRetryPolicy(quickRetries());
        workspace = std::make_unique<Models::Workspace>(client.get());
        return true;
    }

    /// Generates \a seed once into a database file that restartModelsFromSeeded() copies.
    bool seedOnce(const QString &seed)
    {
        if (!m_copies.isValid())
            return false;
        const QString path = m_copies.filePath(QStringLiteral("seeded.sqlite"));
        if (!start(seed, path))
            return false;
        stopModels(); // closing the database folds its write-ahead log into the file
        m_seeded = path;
        return QFile::exists(path) && !QFile::exists(path + QStringLiteral("-wal"));
    }

    /// Stops the workspace, the client and the sandbox.
    void stopModels()
    {
        workspace.reset();
        client.reset();
        server.stopServer();
    }

    /// From now on the sandbox answers a share \a rate of the requests with 503 (which ones: as
    /// \a seed decides, 0 for at random), and the client tries none again; setFaults({}) and
    /// the client's quickRetries() end it.
    void failRequests(double rate = 1.0, quint32 seed = 0)
    {
        client->setRetryPolicy(Api::RetryPolicy::none());
        FaultSettings faults;
        faults.failureRate = rate;
        faults.seed = seed;
        setFaults(faults);
    }

    /// \a count users of organization 1 who are not in group \a groupId, by id, each named
    /// "User <id>": a change and its report need no more of them.
    QList<Models::UserRef> nonMemberRefs(qint64 groupId, int count)
    {
        return namedById(nonMemberIds(groupId, count));
    }

    /// The first \a count members of group \a groupId by id, named as nonMemberRefs names them.
    QList<Models::UserRef> memberRefs(qint64 groupId, int count)
    {
        return namedById(
            ids(QStringLiteral("SELECT user_id FROM memberships WHERE group_id = %1 ORDER BY user_id LIMIT %2")
                    .arg(groupId)
                    .arg(count)));
    }

    /// A user of the demo organization who can read no group at all (no share of their own, a
    /// member of no group that holds one, creator of none, not an admin), as {id, username};
    /// {0, ""} when the seed has none.
    std::pair<qint64, QString> userWhoReadsNothing()
    {
        const QString sql = QStringLiteral(
            "SELECT id, username FROM users u WHERE organization_id = 1 AND org_admin = 0 AND active = 1 "
            "AND NOT EXISTS (SELECT 1 FROM user_shares s WHERE s.user_id = u.id) "
            "AND NOT EXISTS (SELECT 1 FROM memberships m JOIN group_shares gs ON gs.grantee_group_id = m.group_id "
            "WHERE m.user_id = u.id) AND NOT EXISTS (SELECT 1 FROM groups g WHERE g.created_by_id = u.id) "
            "ORDER BY id LIMIT 1");
        const QVariantList ids = column(sql);
        if (ids.isEmpty())
            return {0, QString()};
        const QString idSql = QStringLiteral("SELECT username FROM users WHERE id = %1").arg(ids.first().toLongLong());
        return {ids.first().toLongLong(), column(idSql).value(0).toString()};
    }

    /// Gives \a username the key "key-for-<username>" (as the sandbox's --user-key does) and returns it.
    QString keyFor(const QString &username)
    {
        const QString key = QStringLiteral("key-for-") + username;
        bool ok = false;
        server.runOnServer([&](SandboxServer &s) { ok = s.setUserKey(username, key); });
        return ok ? key : QString();
    }

    /// A user who can read group \a groupId and nothing else (userWhoReadsNothing() given a
    /// read share on it by the admin), as {id, key}; {0, ""} when that failed.
    std::pair<qint64, QString> readOnlyUser(qint64 groupId)
    {
        const auto [id, username] = userWhoReadsNothing();
        if (!id)
            return {0, QString()};
        const auto shared = admin.put(QStringLiteral("/groups/%1/shares/users").arg(groupId),
            QJsonObject{{QStringLiteral("userIds"), QJsonArray{id}},
                {QStringLiteral("permissionLevel"), QStringLiteral("read")}});
        if (shared.status != 200)
            return {0, QString()};
        return {id, keyFor(username)};
    }

    std::unique_ptr<Models::Workspace> workspace;

private:
    static QList<Models::UserRef> namedById(const QList<qint64> &userIds)
    {
        QList<Models::UserRef> users;
        for (qint64 id : userIds)
            users.append({id, QStringLiteral("User %1").arg(id), {}, {}});
        return users;
    }

    QTemporaryDir m_copies{QDir(QStringLiteral("/dev/shm")).exists()
            ? QStringLiteral("/dev/shm/civis-model-tests-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/civis-model-tests-XXXXXX")};
    QString m_seeded;
};

// A wait for work of many round trips to the sandbox (a bulk change of thousands, page after
// page) is QTest::qWaitFor with a predicate that, before it checks again, lets the event loop
// run until a signal says something ended (a QTestEventLoop waits for events, it does not
// sleep), or 50 ms passed. qWaitFor alone sleeps 10 ms between checks, whatever happens, which
// makes a thousand requests six at a time crawl.

/// Waits until \a workspace has no operation running or waiting, and the group store's
/// refreshes they caused have landed.
inline bool awaitChanges(Models::Workspace &workspace, int timeoutMs = 2 * kModelWaitMs)
{
    const auto idle = [&] { return !workspace.isBusy() && !workspace.groupStore()->isRefreshingAny(); };
    return QTest::qWaitFor(
        [&] {
            if (idle())
                return true;
            QTestEventLoop loop;
            Models::GroupStore *store = workspace.groupStore();
            QObject::connect(&workspace, &Models::Workspace::operationFinished, &loop, &QTestEventLoop::exitLoop);
            QObject::connect(store, &Models::GroupStore::groupChanged, &loop, &QTestEventLoop::exitLoop);
            QObject::connect(store, &Models::GroupStore::membersChanged, &loop, &QTestEventLoop::exitLoop);
            QObject::connect(store, &Models::GroupStore::groupRemoved, &loop, &QTestEventLoop::exitLoop);
            loop.enterLoopMSecs(50);
            return idle();
        },
        timeoutMs);
}

/// Waits until \a status says nothing is loading.
inline bool awaitLoaded(const Models::LoadStatus &status, int timeoutMs = kModelWaitMs)
{
    return QTest::qWaitFor(
        [&] {
            if (!status.isLoading())
                return true;
            QTestEventLoop loop;
            QObject::connect(&status, &Models::LoadStatus::loadingChanged, &loop, &QTestEventLoop::exitLoop);
            loop.enterLoopMSecs(50);
            return !status.isLoading();
        },
        timeoutMs);
}

/// Fetches page after page until \a model has them all (as a view scrolled to the end would),
/// after the page its tester may have asked for; false on an error or a hang.
inline bool loadAll(Models::PagedTableModel &model)
{
    if (!awaitLoaded(*model.loadStatus()))
        return false;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!awaitLoaded(*model.loadStatus()))
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
