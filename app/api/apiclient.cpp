#include "api/apiclient.h"

#include "api/apilogging.h"

#include <QtNetwork/QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

void addIfSet(QUrlQuery &query, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
}

template <typename T>
void addIfSet(QUrlQuery &query, const QString &name, const std::optional<T> &value)
{
    if (!value)
        return;
    if constexpr (std::is_same_v<T, bool>)
        query.addQueryItem(name, boolText(*value));
    else
        query.addQueryItem(name, QString::number(*value));
}

/// Arrays go as repeated name[]=value, as the official client sends them.
void addEach(QUrlQuery &query, const QString &name, const QList<qint64> &values)
{
    for (qint64 value : values)
        query.addQueryItem(name + u"%5B%5D"_s, QString::number(value));
}

QString idPath(qint64 id, const QString &rest = {})
{
    return u"groups/%1"_s.arg(id) + rest;
}

QJsonObject shareBody(const QString &idsKey, const QList<qint64> &ids, PermissionLevel level, const ShareNotice &notice)
{
    QJsonObject body{
        {idsKey, Json::write(ids)},
        {u"permission_level"_s, permissionLevelName(level)},
    };
    if (notice.sendSharedEmail)
        body.insert(u"send_shared_email"_s, *notice.sendSharedEmail);
    if (!notice.shareEmailBody.isEmpty())
        body.insert(u"share_email_body"_s, notice.shareEmailBody);
    return body;
}

ApiRequest request(const char *method, const QString &path, std::optional<QJsonValue> body = std::nullopt)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = std::move(body);
    return request;
}

} // namespace

QUrlQuery GroupListQuery::toUrlQuery() const
{
    QUrlQuery url;
    addIfSet(url, u"query"_s, query);
    if (permission)
        url.addQueryItem(u"permission"_s, permissionLevelName(*permission));
    addIfSet(url, u"include_members"_s, includeMembers);
    addIfSet(url, u"organization_id"_s, organizationId);
    addEach(url, u"user_ids"_s, userIds);
    addIfSet(url, u"limit"_s, limit);
    addIfSet(url, u"page_num"_s, pageNum);
    addIfSet(url, u"order"_s, order);
    addIfSet(url, u"order_dir"_s, orderDir);
    return url;
}

QUrlQuery UserListQuery::toUrlQuery() const
{
    QUrlQuery url;
    addIfSet(url, u"feature_flag"_s, featureFlag);
    addIfSet(url, u"account_status"_s, accountStatus);
    addIfSet(url, u"query"_s, query);
    addIfSet(url, u"group_id"_s, groupId);
    addEach(url, u"group_ids"_s, groupIds);
    addIfSet(url, u"organization_id"_s, organizationId);
    addIfSet(url, u"exclude_groups"_s, excludeGroups);
    addIfSet(url, u"limit"_s, limit);
    addIfSet(url, u"page_num"_s, pageNum);
    addIfSet(url, u"order"_s, order);
    addIfSet(url, u"order_dir"_s, orderDir);
    return url;
}

namespace Parse {

std::any noContent(const QJsonDocument &, const PageInfo &, ShapeError *)
{
    return NoContent{};
}

std::any shareIndexInArray(const QJsonDocument &body, const PageInfo &, ShapeError *error)
{
    if (!body.isArray() || body.array().size() != 1) {
        // translate(), not ShapeError::tr: lupdate takes the std:: of the return type for this
        // function's class and would file the words under a context nobody looks in.
        *error = {
            QString(), QCoreApplication::translate("Api::ShapeError", "must be a JSON array holding one share index")};
        return {};
    }
    ShapeError inner;
    std::optional<ShareIndex> index = ShareIndex::fromJson(body.array().first(), &inner);
    if (!index) {
        *error = {u"[0]"_s + (inner.field.isEmpty() ? QString() : u'.' + inner.field), inner.problem};
        return {};
    }
    return std::move(*index);
}

} // namespace Parse

ApiRequest GroupsApi::listRequest(const GroupListQuery &query)
{
    ApiRequest list = request("GET", u"groups/"_s);
    list.query = query.toUrlQuery();
    return list;
}

Call<Page<GroupSummary>> GroupsApi::list(const GroupListQuery &query) const
{
    return m_client->call<Page<GroupSummary>>(listRequest(query), Parse::page<GroupSummary>);
}

AllPages<GroupSummary> GroupsApi::listAll(const GroupListQuery &query, int parallel) const
{
    return AllPages<GroupSummary>(new PageLoader(
        m_client, listRequest(query), Parse::page<GroupSummary>, AllPages<GroupSummary>::counter(), parallel));
}

Call<Group> GroupsApi::get(qint64 id) const
{
    return m_client->call<Group>(request("GET", idPath(id)), Parse::record<Group>);
}

Call<Group> GroupsApi::post(const GroupAttributes &attributes) const
{
    return m_client->call<Group>(request("POST", u"groups/"_s, attributes.toJson()), Parse::record<Group>);
}

Call<Group> GroupsApi::patch(qint64 id, const GroupPatch &patch) const
{
    return m_client->call<Group>(request("PATCH", idPath(id), patch.toJson()), Parse::record<Group>);
}

Call<Group> GroupsApi::put(qint64 id, const GroupAttributes &attributes) const
{
    return m_client->call<Group>(request("PUT", idPath(id), attributes.toJson()), Parse::record<Group>);
}

Call<NoContent> GroupsApi::deleteGroup(qint64 id) const
{
    return m_client->call<NoContent>(request("DELETE", idPath(id)), Parse::noContent);
}

ApiRequest GroupsApi::putMembersRequest(qint64 id, qint64 userId)
{
    return request("PUT", idPath(id, u"/members/%1"_s.arg(userId)));
}

ApiRequest GroupsApi::deleteMembersRequest(qint64 id, qint64 userId)
{
    return request("DELETE", idPath(id, u"/members/%1"_s.arg(userId)));
}

ApiRequest GroupsApi::putSharesRequest(
    qint64 id, Principal principal, const QList<qint64> &ids, PermissionLevel level, const ShareNotice &notice)
{
    return principal == Principal::Users
        ? request("PUT", idPath(id, u"/shares/users"_s), shareBody(u"user_ids"_s, ids, level, notice))
        : request("PUT", idPath(id, u"/shares/groups"_s), shareBody(u"group_ids"_s, ids, level, notice));
}

ApiRequest GroupsApi::deleteSharesRequest(qint64 id, Principal principal, qint64 principalId)
{
    return request("DELETE",
        idPath(id, (principal == Principal::Users ? u"/shares/users/%1"_s : u"/shares/groups/%1"_s).arg(principalId)));
}

Call<Group> GroupsApi::putMembers(qint64 id, qint64 userId) const
{
    return m_client->call<Group>(putMembersRequest(id, userId), Parse::record<Group>);
}

Call<NoContent> GroupsApi::deleteMembers(qint64 id, qint64 userId) const
{
    return m_client->call<NoContent>(deleteMembersRequest(id, userId), Parse::noContent);
}

Call<ChildGroups> GroupsApi::listChildGroups(qint64 id) const
{
    return m_client->call<ChildGroups>(request("GET", idPath(id, u"/child_groups"_s)), Parse::record<ChildGroups>);
}

Call<ShareIndex> GroupsApi::listShares(qint64 id) const
{
    return m_client->call<ShareIndex>(request("GET", idPath(id, u"/shares"_s)), Parse::shareIndexInArray);
}

Call<ShareIndex> GroupsApi::putSharesUsers(
    qint64 id, const QList<qint64> &userIds, PermissionLevel level, const ShareNotice &notice) const
{
    return m_client->call<ShareIndex>(
        putSharesRequest(id, Principal::Users, userIds, level, notice), Parse::record<ShareIndex>);
}

Call<NoContent> GroupsApi::deleteSharesUsers(qint64 id, qint64 userId) const
{
    return m_client->call<NoContent>(deleteSharesRequest(id, Principal::Users, userId), Parse::noContent);
}

Call<ShareIndex> GroupsApi::putSharesGroups(
    qint64 id, const QList<qint64> &groupIds, PermissionLevel level, const ShareNotice &notice) const
{
    return m_client->call<ShareIndex>(
        putSharesRequest(id, Principal::Groups, groupIds, level, notice), Parse::record<ShareIndex>);
}

Call<NoContent> GroupsApi::deleteSharesGroups(qint64 id, qint64 groupId) const
{
    return m_client->call<NoContent>(deleteSharesRequest(id, Principal::Groups, groupId), Parse::noContent);
}

ApiRequest UsersApi::listRequest(const UserListQuery &query)
{
    ApiRequest list = request("GET", u"users/"_s);
    list.query = query.toUrlQuery();
    return list;
}

Call<Page<User>> UsersApi::list(const UserListQuery &query) const
{
    return m_client->call<Page<User>>(listRequest(query), Parse::page<User>);
}

AllPages<User> UsersApi::listAll(const UserListQuery &query, int parallel) const
{
    return AllPages<User>(
        new PageLoader(m_client, listRequest(query), Parse::page<User>, AllPages<User>::counter(), parallel));
}

Call<UserMe> UsersApi::me() const
{
    return m_client->call<UserMe>(request("GET", u"users/me"_s), Parse::record<UserMe>);
}

Call<UserDetail> UsersApi::get(qint64 id) const
{
    return m_client->call<UserDetail>(request("GET", u"users/%1"_s.arg(id)), Parse::record<UserDetail>);
}

ApiClient::ApiClient(const ConnectionSettings &settings, QObject *parent)
    : ApiClient(settings, nullptr, parent)
{
}

ApiClient::ApiClient(const ConnectionSettings &settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_rateLimiter(std::make_unique<RateLimiter>())
{
    m_settings.baseUrl = ConnectionSettings::normalizedBaseUrl(m_settings.baseUrl);
}

ApiClient::~ApiClient() = default;

void ApiClient::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_settings.baseUrl = ConnectionSettings::normalizedBaseUrl(m_settings.baseUrl);
    // Connections kept alive for the old address or key must not be reused.
    m_network->clearConnectionCache();
    // Another key or server has its own limit.
    m_rateLimiter->reset();
    qCInfo(lcApiSettings).noquote() << "talking to" << m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

ApiCall *ApiClient::send(ApiRequest request, ApiCall::Parser parser)
{
    return new ApiCall(this, std::move(request), std::move(parser));
}

QNetworkRequest ApiClient::networkRequest(const ApiRequest &request) const
{
    QUrl url = m_settings.endpoint(request.path);
    url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (request.body)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A redirect to another host must not take the key with it.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return networkRequest;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("CivisGroupsAdmin/" CIVIS_GROUPS_VERSION " Qt/") + qVersion();
}

} // namespace Api
