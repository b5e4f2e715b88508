#pragma once

// The Civis API client: one method per operation of /groups and the /users reads, named as
// the official client names them, each returning a typed Call<T>.

#include "api/apicall.h"
#include "api/connectionsettings.h"
#include "api/pageloader.h"
#include "api/ratelimiter.h"
#include "api/records.h"
#include "api/retrypolicy.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtNetwork/QNetworkRequest>

#include <memory>

class QNetworkAccessManager;

namespace Api {

class ApiClient;
template <typename T>
class AllPages;

/// How a call ended: the value, or the error; and the paging headers of a list answer.
template <typename T>
struct Result
{
    std::optional<T> value;
    ApiError error;
    PageInfo page;
    int attempts = 0;

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

template <typename T>
Result<T> resultOf(const ApiCall &call)
{
    Result<T> result;
    result.error = call.error();
    result.page = call.pageInfo();
    result.attempts = call.attempts();
    if (call.isOk())
        result.value = std::any_cast<T>(call.value());
    return result;
}

/// A call in flight whose result is a T. A light handle: copy it freely; the ApiCall it
/// refers to lives until its finished() has been delivered.
template <typename T>
class Call
{
public:
    Call() = default;
    explicit Call(ApiCall *call)
        : m_call(call)
    {
    }

    ApiCall *call() const { return m_call; }
    void cancel() const
    {
        if (m_call)
            m_call->cancel();
    }
    /// Calls \a handler with the Result<T> when the call ends, unless \a context is gone by then.
    template <typename Handler>
    const Call &onFinished(const QObject *context, Handler handler) const
    {
        ApiCall *call = m_call;
        if (call) {
            QObject::connect(call, &ApiCall::finished, context,
                [call, handler = std::move(handler)]() mutable { handler(resultOf<T>(*call)); });
        }
        return *this;
    }

private:
    QPointer<ApiCall> m_call;
};

/// The parameters of GET /groups/: an unset one is not sent and the server's default applies.
struct GroupListQuery
{
    QString query; ///< Matches name or slug.
    std::optional<PermissionLevel> permission; ///< Only groups the caller holds at least this on.
    std::optional<bool> includeMembers;
    std::optional<qint64> organizationId;
    QList<qint64> userIds; ///< Only groups holding all of these users.
    std::optional<int> limit; ///< Page size, at most 1000.
    std::optional<int> pageNum; ///< 1-based.
    QString order; ///< "name" or "created_at".
    QString orderDir; ///< "asc" or "desc".

    QUrlQuery toUrlQuery() const;
};

/// The parameters of GET /users/.
struct UserListQuery
{
    QString featureFlag;
    QString accountStatus; ///< "active", "inactive" or "all".
    QString query; ///< Matches name, username or e-mail.
    std::optional<qint64> groupId;
    QList<qint64> groupIds;
    std::optional<qint64> organizationId;
    std::optional<bool> excludeGroups;
    std::optional<int> limit;
    std::optional<int> pageNum;
    QString order;
    QString orderDir;

    QUrlQuery toUrlQuery() const;
};

/// What PUT /groups/{id}/shares/users and .../groups may also carry.
struct ShareNotice
{
    std::optional<bool> sendSharedEmail;
    QString shareEmailBody;
};

/// /groups: every operation of the resource.
class GroupsApi
{
public:
    explicit GroupsApi(ApiClient *client)
        : m_client(client)
    {
    }

    /// GET /groups/: one page.
    Call<Page<GroupSummary>> list(const GroupListQuery &query = {}) const;
    /// GET /groups/, every page: the first, then the rest in parallel (at most \a parallel at once), in order.
    AllPages<GroupSummary> listAll(const GroupListQuery &query = {}, int parallel = 6) const;
    Call<Group> get(qint64 id) const;
    Call<Group> post(const GroupAttributes &attributes) const;
    /// Sends only the attributes \a patch sets.
    Call<Group> patch(qint64 id, const GroupPatch &patch) const;
    /// Sends every attribute: those \a attributes leaves empty are reset.
    Call<Group> put(qint64 id, const GroupAttributes &attributes) const;
    /// DELETE /groups/{id} (the official client's groups.delete; delete is a C++ keyword).
    Call<NoContent> deleteGroup(qint64 id) const;
    Call<Group> putMembers(qint64 id, qint64 userId) const;
    Call<NoContent> deleteMembers(qint64 id, qint64 userId) const;
    Call<ChildGroups> listChildGroups(qint64 id) const;
    Call<ShareIndex> listShares(qint64 id) const;
    Call<ShareIndex> putSharesUsers(
        qint64 id, const QList<qint64> &userIds, PermissionLevel level, const ShareNotice &notice = {}) const;
    Call<NoContent> deleteSharesUsers(qint64 id, qint64 userId) const;
    Call<ShareIndex> putSharesGroups(
        qint64 id, const QList<qint64> &groupIds, PermissionLevel level, const ShareNotice &notice = {}) const;
    Call<NoContent> deleteSharesGroups(qint64 id, qint64 groupId) const;

    /// The request of list(): for PageLoader and for a model that pages by itself.
    static ApiRequest listRequest(const GroupListQuery &query);

    /// Who a share is for.
    enum class Principal { Users, Groups };
    /// The requests of the membership and share changes, for callers that send them
    /// themselves and need only to know they succeeded (the bulk queue).
    static ApiRequest putMembersRequest(qint64 id, qint64 userId);
    static ApiRequest deleteMembersRequest(qint64 id, qint64 userId);
    static ApiRequest putSharesRequest(qint64 id, Principal principal, const QList<qint64> &ids, PermissionLevel level,
        const ShareNotice &notice = {});
    static ApiRequest deleteSharesRequest(qint64 id, Principal principal, qint64 principalId);

private:
    ApiClient *m_client;
};

/// /users: the reads the app needs.
class UsersApi
{
public:
    explicit UsersApi(ApiClient *client)
        : m_client(client)
    {
    }

    Call<Page<User>> list(const UserListQuery &query = {}) const;
    AllPages<User> listAll(const UserListQuery &query = {}, int parallel = 6) const;
    /// GET /users/me (the official client's users.list_me).
    Call<UserMe> me() const;
    Call<UserDetail> get(qint64 id) const;

    static ApiRequest listRequest(const UserListQuery &query);

private:
    ApiClient *m_client;
};

/// The body parsers of the calls: a T from its JSON, with the field that is wrong on failure.
namespace Parse {
template <typename Record>
std::any record(const QJsonDocument &body, const PageInfo &, ShapeError *error)
{
    const QJsonValue json = body.isObject() ? QJsonValue(body.object())
        : body.isArray()                    ? QJsonValue(body.array())
                                            : QJsonValue(QJsonValue::Null);
    std::optional<Record> record = Record::fromJson(json, error);
    return record ? std::any(std::move(*record)) : std::any();
}

template <typename Record>
std::any page(const QJsonDocument &body, const PageInfo &info, ShapeError *error)
{
    Page<Record> page;
    page.info = info;
    if (!body.isArray()) {
        // translate(), not ShapeError::tr: lupdate takes the std:: of the return type for this
        // function's class and would file the words under a context nobody looks in.
        *error = {QString(), QCoreApplication::translate("Api::ShapeError", "must be a JSON array of records")};
        return {};
    }
    if (!Json::readField(QJsonValue(body.array()), page.items, *error))
        return {};
    return page;
}

std::any noContent(const QJsonDocument &body, const PageInfo &info, ShapeError *error);
/// GET /groups/{id}/shares answers an array holding one share index.
std::any shareIndexInArray(const QJsonDocument &body, const PageInfo &info, ShapeError *error);
} // namespace Parse

/// The client: connection settings, a QNetworkAccessManager (one per client, so its
/// connections are kept alive and reused) and the retry policy its calls follow.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    /// A client with a QNetworkAccessManager of its own.
    explicit ApiClient(const ConnectionSettings &settings, QObject *parent = nullptr);
    /// A client over \a network, which must outlive it.
    ApiClient(const ConnectionSettings &settings, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    const ConnectionSettings &settings() const { return m_settings; }
    void setSettings(const ConnectionSettings &settings);
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    /// For calls started from now on.
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    GroupsApi groups() { return GroupsApi(this); }
    UsersApi users() { return UsersApi(this); }

    /// Sends \a request; its answer is parsed by \a parser, or, without one, not even read
    /// as JSON: for calls whose caller needs only to know they succeeded.
    ApiCall *send(ApiRequest request, ApiCall::Parser parser);
    template <typename T>
    Call<T> call(ApiRequest request, ApiCall::Parser parser)
    {
        return Call<T>(send(std::move(request), std::move(parser)));
    }

    QNetworkAccessManager *network() const { return m_network; }
    /// Paces this client's requests by the API's rate limit (which is per key) and says when
    /// they wait for it.
    RateLimiter *rateLimiter() const { return m_rateLimiter.get(); }
    /// The QNetworkRequest for \a request: URL, Bearer key, JSON headers, user agent, redirect policy.
    QNetworkRequest networkRequest(const ApiRequest &request) const;
    /// "CivisGroupsAdmin/<version> Qt/<version>".
    static QByteArray userAgent();

private:
    ConnectionSettings m_settings;
    RetryPolicy m_retryPolicy;
    QNetworkAccessManager *m_network = nullptr;
    // Not a child: the calls (children) are deleted after it, and find it gone through their
    // QPointer to this client, which is null by then.
    std::unique_ptr<RateLimiter> m_rateLimiter;
};

} // namespace Api
