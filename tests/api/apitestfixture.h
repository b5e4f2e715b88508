#pragma once

// The API layer's tests: the app's client against a real sandbox on a free loopback port.
// The sandbox suites' plain QNetworkAccessManager client (SandboxTestClient) is at hand too,
// to check what the app's client did without trusting it.

#include "api/apiclient.h"
#include "api/bulkqueue.h"
#include "sandboxtestclient.h"

#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

/// A retry policy with short waits, so retries can be tested in seconds.
inline Api::RetryPolicy quickRetries(int maxAttempts = 6)
{
    Api::RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    policy.maxAttempts = maxAttempts;
    policy.timeoutMs = 15'000;
    return policy;
}

class ApiFixture : public SandboxFixture
{
public:
    /// Starts the sandbox and makes `client`, the admin's.
    bool startApi(const QString &seed = QStringLiteral("demo"), const FaultSettings &faults = {})
    {
        if (!start(seed, QStringLiteral(":memory:"), faults))
            return false;
        client = std::make_unique<Api::ApiClient>(settings(QString::fromLatin1(kAdminKey)));
        client->setRetryPolicy(quickRetries());
        return true;
    }

    Api::ConnectionSettings settings(const QString &key) const
    {
        Api::ConnectionSettings settings;
        settings.baseUrl = server.url();
        settings.apiKey = key;
        return settings;
    }

    /// A client for \a username with a fresh key, retrying by \a retries. Each client has a
    /// rate-limit window of its own, so one made for a test starts with nothing sent.
    std::unique_ptr<Api::ApiClient> clientAs(const QString &username, const Api::RetryPolicy &retries = quickRetries())
    {
        const QString key = QStringLiteral("api-key-for-") + username;
        bool ok = false;
        server.runOnServer([&](SandboxServer &s) { ok = s.setUserKey(username, key, QStringLiteral("api-tests")); });
        if (!ok)
            return nullptr;
        auto user = std::make_unique<Api::ApiClient>(settings(key));
        user->setRetryPolicy(retries);
        return user;
    }

    /// Sets the sandbox's rate limit to \a requests per \a seconds and no other fault.
    void setRateLimit(int requests, int seconds)
    {
        FaultSettings faults;
        faults.rateLimitRequests = requests;
        faults.rateLimitWindowSeconds = seconds;
        setFaults(faults);
    }

    /// A bad day: a fifth of the requests answered 503 and a share \a garbleRate of the answers
    /// garbled, 5 to 50 ms of latency each and a rate limit of 50 requests a window; which
    /// requests, as \a seed decides.
    void setBadDay(double garbleRate, quint32 seed)
    {
        FaultSettings faults;
        faults.failureRate = 0.2;
        faults.garbleRate = garbleRate;
        faults.latencyMinMs = 5;
        faults.latencyMaxMs = 50;
        faults.rateLimitRequests = 50;
        faults.seed = seed;
        setFaults(faults);
    }

    /// A new empty group of the admin's organization, made by `client` (0 if that failed).
    qint64 newGroup(const QString &name);

    /// The ids of group \a group's members, sorted.
    QList<qint64> memberIds(qint64 group)
    {
        return ids(QStringLiteral("SELECT user_id FROM memberships WHERE group_id = %1").arg(group));
    }

    /// \a count users of organization 1 who are not in \a group, by id.
    QList<qint64> nonMemberIds(qint64 group, int count)
    {
        return ids(QStringLiteral("SELECT id FROM users WHERE organization_id = 1 AND id NOT IN "
                                  "(SELECT user_id FROM memberships WHERE group_id = %1) ORDER BY id LIMIT %2")
                       .arg(group)
                       .arg(count));
    }

    /// The ids the database answers to \a sql, as a sorted list.
    QList<qint64> ids(const QString &sql)
    {
        QList<qint64> result;
        for (const QVariant &value : column(sql))
            result.append(value.toLongLong());
        std::sort(result.begin(), result.end());
        return result;
    }

    /// Another admin of the organization, with their own key and a plain HTTP client (none of
    /// the app's code), PATCHing group \a id: a change made behind the app's back.
    bool changeBehindTheAppsBack(qint64 id, const QJsonObject &body)
    {
        const QString other
            = column(QStringLiteral("SELECT username FROM users WHERE org_admin = 1 AND id <> 1 AND organization_id = 1"))
                  .value(0)
                  .toString();
        std::unique_ptr<SandboxTestClient> otherClient = clientFor(other);
        if (!otherClient)
            return false;
        const HttpResult result = otherClient->patch(QStringLiteral("/groups/%1").arg(id), body);
        if (result.status != 200)
            qWarning() << "PATCH behind the app's back:" << result.status << result.body;
        return result.status == 200;
    }

    std::unique_ptr<Api::ApiClient> client;
};

/// The ids of \a items (records, refs, users: anything with an `id`), in their order.
template <typename Item>
QList<qint64> idsOf(const QList<Item> &items)
{
    QList<qint64> ids;
    for (const Item &item : items)
        ids.append(item.id);
    return ids;
}

/// One change a user: each of \a users added to \a group.
inline QList<Api::BulkChange> additions(qint64 group, const QList<qint64> &users)
{
    QList<Api::BulkChange> changes;
    for (qint64 user : users)
        changes.append(Api::BulkChange::addMember(group, user));
    return changes;
}

/// Waits for \a call and returns its result; a call still running after \a timeoutMs is cancelled.
template <typename T>
Api::Result<T> await(const Api::Call<T> &call, int timeoutMs = 30'000)
{
    std::optional<Api::Result<T>> result;
    QEventLoop loop;
    call.onFinished(&loop, [&](const Api::Result<T> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!result) {
        call.cancel();
        Api::Result<T> late;
        late.error.kind = Api::ApiError::Kind::Timeout;
        late.error.detail = QStringLiteral("the test stopped waiting");
        return late;
    }
    return *result;
}

inline qint64 ApiFixture::newGroup(const QString &name)
{
    Api::GroupAttributes attributes;
    attributes.name = name;
    const auto group = await(client->groups().post(attributes));
    return group.ok() ? group->id : 0;
}

/// What loading every page of a list delivered.
template <typename T>
struct Loaded
{
    QList<T> items;
    QList<int> pageOrder;
    QList<std::tuple<int, int, qint64, qint64>> progress;
    Api::ApiError error;
    bool finished = false;
};

template <typename T>
Loaded<T> awaitAll(const Api::AllPages<T> &pages, int timeoutMs = 120'000)
{
    Loaded<T> loaded;
    QEventLoop loop;
    pages.onPage(&loop, [&](const QList<T> &items, int page) {
        loaded.items += items;
        loaded.pageOrder.append(page);
    });
    pages.onProgress(&loop, [&](int pages, int total, qint64 items, qint64 entries) {
        loaded.progress.append({pages, total, items, entries});
    });
    pages.onFinished(&loop, [&](const Api::ApiError &error) {
        loaded.error = error;
        loaded.finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!loaded.finished)
        pages.cancel();
    return loaded;
}

/// Runs the event loop until \a queue has finished (true) or \a timeoutMs passed (false).
inline bool awaitQueue(Api::BulkQueue &queue, int timeoutMs = 120'000)
{
    if (!queue.isBusy())
        return true;
    QEventLoop loop;
    QObject::connect(&queue, &Api::BulkQueue::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !queue.isBusy();
}
