#include "sandbox/usersresource.h"

#include "sandbox/jsonwriter.h"
#include "sandbox/records.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

#include <limits>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;
using records::nullable;
using records::nullableInteger;

namespace {

constexpr qint64 kDefaultUserPageSize = 20;
constexpr qint64 kMaxUserPageSize = 10000;

// The SELECT every user record starts from; UserColumn (below) names its columns in this order.
const QString kSelectUsers
    = u"SELECT u.id, u.username, u.name, u.email, u.active, u.primary_group_id, u.created_at, "
      "u.current_sign_in_at, u.updated_at, u.last_seen_at, u.suspended, u.created_by_id, "
      "u.last_updated_by_id, u.organization_id, u.org_admin, o.name, o.slug, o.login_type, "
      "u.city, u.state, u.time_zone, u.department, u.title, u.github_username, u.phone, "
      "u.robot, u.sign_in_count FROM users u JOIN organizations o ON o.id = u.organization_id "_s;

// The columns of kSelectUsers. Namespaces rather than enum classes, here and below: the values
// are the column numbers QSqlQuery and SqliteRows take.
namespace UserColumn {
enum : int {
    Id,
    Username,
    Name,
    Email,
    Active,
    PrimaryGroupId,
    CreatedAt,
    CurrentSignInAt,
    UpdatedAt,
    LastSeenAt,
    Suspended,
    CreatedById,
    LastUpdatedById,
    OrganizationId,
    OrgAdmin,
    OrganizationName,
    OrganizationSlug,
    OrganizationLoginType,
    City,
    State,
    TimeZone,
    Department,
    Title,
    GithubUsername,
    Phone,
    Robot,
    SignInCount,
};
} // namespace UserColumn

// A page's people, by place in the bound JSON array of their ids (SandboxDatabase::rowsOfIds):
// j.key is the place, then what a list entry shows of each person (PageUserColumn).
const QString kSelectPageUsers
    = u"SELECT j.key, u.id, u.username, u.name, u.email, u.active, u.primary_group_id, u.created_at, "
      "u.current_sign_in_at, u.updated_at, u.last_seen_at, u.suspended, u.created_by_id, u.last_updated_by_id "
      "FROM json_each(?) j JOIN users u ON u.id = j.value"_s;

// The columns of kSelectPageUsers.
namespace PageUserColumn {
enum : int {
    Place,
    Id,
    Username,
    Name,
    Email,
    Active,
    PrimaryGroupId,
    CreatedAt,
    CurrentSignInAt,
    UpdatedAt,
    LastSeenAt,
    Suspended,
    CreatedById,
    LastUpdatedById,
};
} // namespace PageUserColumn

QString accountStatus(const QSqlQuery &q)
{
    if (q.value(UserColumn::Suspended).toBool())
        return u"Suspended"_s;
    return q.value(UserColumn::Active).toBool() ? u"Active"_s : u"Deactivated"_s;
}

QJsonObject userSummary(const QSqlQuery &q, const QJsonArray &groups)
{
    return QJsonObject{
        {u"id"_s, q.value(UserColumn::Id).toLongLong()},
        {u"user"_s, q.value(UserColumn::Username).toString()},
        {u"name"_s, q.value(UserColumn::Name).toString()},
        {u"email"_s, q.value(UserColumn::Email).toString()},
        {u"active"_s, q.value(UserColumn::Active).toBool()},
        {u"primaryGroupId"_s, nullableInteger(q.value(UserColumn::PrimaryGroupId))},
        {u"groups"_s, groups},
        {u"createdAt"_s, q.value(UserColumn::CreatedAt).toString()},
        {u"currentSignInAt"_s, nullable(q.value(UserColumn::CurrentSignInAt))},
        {u"updatedAt"_s, q.value(UserColumn::UpdatedAt).toString()},
        {u"lastSeenAt"_s, nullable(q.value(UserColumn::LastSeenAt))},
        {u"suspended"_s, q.value(UserColumn::Suspended).toBool()},
        {u"createdById"_s, nullableInteger(q.value(UserColumn::CreatedById))},
        {u"lastUpdatedById"_s, nullableInteger(q.value(UserColumn::LastUpdatedById))},
    };
}

/// The members of one person's list entry, from their row of kSelectPageUsers; \a place is their
/// place in the page, for their groups (loaded beforehand unless \a excludeGroups). A function of
/// this file, not a member, so that the compiler writes it into its one caller: as a member it
/// stayed a call a person (callgrind: 3,500 instructions more a page of 1,000, of 18.7 million).
void writeListEntry(SqliteRows &q, qsizetype place, const UserGroups &groups, bool excludeGroups, JsonWriter &json)
{
    json.key("active").value(q.boolean(PageUserColumn::Active));
    json.key("createdAt").utf8Value(q.text(PageUserColumn::CreatedAt));
    json.key("createdById").nullableInteger(q, PageUserColumn::CreatedById);
    json.key("currentSignInAt").nullableText(q, PageUserColumn::CurrentSignInAt);
    json.key("email").utf8Value(q.text(PageUserColumn::Email));
    json.key("groups");
    if (excludeGroups)
        json.beginArray().endArray();
    else
        groups.write(place, json);
    json.key("id").value(q.integer(PageUserColumn::Id));
    json.key("lastSeenAt").nullableText(q, PageUserColumn::LastSeenAt);
    json.key("lastUpdatedById").nullableInteger(q, PageUserColumn::LastUpdatedById);
    json.key("name").utf8Value(q.text(PageUserColumn::Name));
    json.key("primaryGroupId").nullableInteger(q, PageUserColumn::PrimaryGroupId);
    json.key("suspended").value(q.boolean(PageUserColumn::Suspended));
    json.key("updatedAt").utf8Value(q.text(PageUserColumn::UpdatedAt));
    json.key("user").utf8Value(q.text(PageUserColumn::Username));
}

/// Where each person's entry is in the page as written, in the order the rows came.
struct EntryRange
{
    qsizetype begin = -1; ///< Where the person's object starts in the written rows, -1 until read.
    qsizetype end = 0;
};

/// The entries of \a written put in the page's order, those never read left out.
QByteArray inPageOrder(QByteArrayView written, const std::vector<EntryRange> &ranges)
{
    QByteArray body;
    body.reserve(written.size());
    body.append('[');
    for (const EntryRange &range : ranges) {
        if (range.begin < 0)
            continue;
        if (body.size() > 1)
            body.append(',');
        body.append(written.sliced(range.begin, range.end - range.begin));
    }
    body.append(']');
    return body;
}

} // namespace

UsersResource::UsersResource(SandboxDatabase &db)
    : m_db(db)
    , m_userGroups(db)
{
}

/// A GET /users/ query, read and checked: which page, and the SQL that selects and orders its people.
struct UsersResource::ListQuery
{
    qint64 limit = kDefaultUserPageSize;
    qint64 page = 1;
    QString order; ///< "name" or "user".
    QString direction; ///< "asc" or "desc".
    QString status; ///< account_status: "active", "inactive" or "all".
    bool excludeGroups = false;
    std::optional<qint64> groupId;
    QList<qint64> groupIds;
    std::optional<qint64> organizationId;
    std::optional<QString> featureFlag;
    std::optional<QString> text;
    QString whereSql; ///< Over users u: the filters above.
    QVariantList binds; ///< whereSql's.
    QString orderSql;
};

ApiResponse UsersResource::list(const Caller &, QueryParams query)
{
    std::variant<ListQuery, ApiResponse> parsed = parseListQuery(query);
    if (auto *refusal = std::get_if<ApiResponse>(&parsed))
        return std::move(*refusal);
    const ListQuery &list = std::get<ListQuery>(parsed);
    const QByteArray stamp = m_db.changeStamp();
    const qint64 total = this->total(list.whereSql, list.binds, stamp);
    const QList<qint64> ids = pageIds(list, total);
    if (!list.excludeGroups)
        m_userGroups.load(ids, stamp);
    ApiResponse response = ApiResponse::rawJson(writePage(ids, list.excludeGroups));
    records::addPagingHeaders(response, list.page, list.limit, total);
    return response;
}

std::variant<UsersResource::ListQuery, ApiResponse> UsersResource::parseListQuery(QueryParams &query)
{
    ListQuery list;
    list.limit = query.integer(u"limit"_s, 1, kMaxUserPageSize).value_or(kDefaultUserPageSize);
    list.page = query.integer(u"page_num"_s, 1, std::numeric_limits<int>::max()).value_or(1);
    list.order = query.choice(u"order"_s, {u"name"_s, u"user"_s}).value_or(u"name"_s);
    list.direction = query.choice(u"order_dir"_s, {u"asc"_s, u"desc"_s}).value_or(u"asc"_s);
    list.status = query.choice(u"account_status"_s, {u"active"_s, u"inactive"_s, u"all"_s}).value_or(u"active"_s);
    list.excludeGroups = query.boolean(u"exclude_groups"_s).value_or(false);
    list.groupId = query.integer(u"group_id"_s, 0, std::numeric_limits<qint64>::max());
    list.groupIds = query.integers(u"group_ids"_s);
    list.organizationId = query.integer(u"organization_id"_s, 0, std::numeric_limits<qint64>::max());
    list.featureFlag = query.text(u"feature_flag"_s);
    list.text = query.text(u"query"_s);
    if (!query.ok())
        return ApiResponse::error(400, query.error());
    if (list.groupId && !list.groupIds.isEmpty())
        return ApiResponse::error(400, u"group_id and group_ids cannot be given together."_s);
    writeWhere(list);
    const QString dir = list.direction.toUpper();
    list.orderSql = list.order == "name"_L1 ? u"u.name COLLATE NOCASE %1, u.id %1"_s.arg(dir)
                                            : u"u.username %1, u.id %1"_s.arg(dir);
    return list;
}

void UsersResource::writeWhere(ListQuery &list)
{
    QStringList where;
    if (list.status == "active"_L1)
        where.append(u"u.active = 1"_s);
    else if (list.status == "inactive"_L1)
        where.append(u"u.active = 0"_s);
    if (list.organizationId) {
        where.append(u"u.organization_id = ?"_s);
        list.binds.append(*list.organizationId);
    }
    QList<qint64> inGroups = list.groupIds;
    if (list.groupId)
        inGroups.append(*list.groupId);
    if (!inGroups.isEmpty()) {
        where.append(u"EXISTS (SELECT 1 FROM memberships fm WHERE fm.user_id = u.id AND fm.group_id IN (%1))"_s.arg(
            records::idList(inGroups)));
    }
    if (list.featureFlag) {
        where.append(u"EXISTS (SELECT 1 FROM user_feature_flags f WHERE f.user_id = u.id AND f.flag = ?)"_s);
        list.binds.append(*list.featureFlag);
    }
    if (list.text && !list.text->trimmed().isEmpty()) {
        const QString needle = list.text->trimmed();
        const QString pattern = records::likePattern(needle);
        bool isId = false;
        const qint64 id = needle.toLongLong(&isId);
        where.append(u"(u.name LIKE ? ESCAPE '\\' OR u.username LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\'"_s
            + (isId ? u" OR u.id = ?)"_s : u")"_s));
        list.binds << pattern << pattern << pattern;
        if (isId)
            list.binds << id;
    }
    list.whereSql = where.isEmpty() ? u"1"_s : where.join(" AND "_L1);
}

QList<qint64> UsersResource::pageIds(const ListQuery &list, qint64 total)
{
    // The page's ids first, through the ordering indexes alone, which answer that without
    // reading the rows skipped by OFFSET (on a deep page of 100,000 people most of the cost);
    // then those people's rows by id (writePage()), in no order of SQLite's: each is put in its
    // place there, where sorting them again in SQL cost a sixth of the page.
    QVariantList pageBinds = list.binds;
    pageBinds << list.limit << (list.page - 1) * list.limit;
    QList<qint64> ids;
    ids.reserve(qMin(list.limit, total));
    SqliteRows pageIds = m_db.rows(
        u"SELECT u.id FROM users u WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(list.whereSql, list.orderSql),
        pageBinds);
    while (pageIds.next())
        ids.append(pageIds.integer(0));
    return ids;
}

QByteArray UsersResource::writePage(const QList<qint64> &ids, bool excludeGroups)
{
    SqliteRows q = m_db.rowsOfIds(kSelectPageUsers, ids);
    std::vector<EntryRange> ranges(size_t(ids.size()));
    bool inOrder = true; // Then rowsJson is the answer as it stands.
    JsonWriter rowsJson;
    rowsJson.reserve(ids.size() * 800);
    rowsJson.beginArray();
    qsizetype read = 0;
    while (q.next()) {
        const qint64 place = q.integer(PageUserColumn::Place);
        if (place < 0 || place >= ids.size() || ranges[size_t(place)].begin >= 0)
            continue;
        inOrder = inOrder && place == read;
        ++read;
        rowsJson.beginObject();
        ranges[size_t(place)].begin = rowsJson.size() - 1;
        writeListEntry(q, place, m_userGroups, excludeGroups, rowsJson);
        rowsJson.endObject();
        ranges[size_t(place)].end = rowsJson.size();
    }
    rowsJson.endArray();
    if (inOrder && read == ids.size())
        return rowsJson.take();
    // Never seen (SQLite reads json_each in order), but nothing promises it.
    return inPageOrder(rowsJson.output(), ranges);
}

qint64 UsersResource::total(const QString &whereSql, const QVariantList &binds, const QByteArray &stamp)
{
    QStringList keyParts{whereSql};
    for (const QVariant &bind : binds)
        keyParts.append(bind.toString());
    const QString key = keyParts.join(u'\x1f');
    if (const auto known = m_totals.constFind(key); known != m_totals.cend() && known->stamp == stamp)
        return known->count;
    if (m_totals.size() >= 256)
        m_totals.clear();
    const qint64 count = m_db.scalar(u"SELECT COUNT(*) FROM users u WHERE %1"_s.arg(whereSql), binds).toLongLong();
    m_totals.insert(key, {stamp, count});
    return count;
}

QJsonArray UsersResource::groupsOfUser(qint64 userId)
{
    m_userGroups.load({userId}, m_db.changeStamp());
    JsonWriter json;
    m_userGroups.write(0, json);
    return QJsonDocument::fromJson(json.take()).array();
}

ApiResponse UsersResource::me(const Caller &caller)
{
    QSqlQuery q = m_db.query(kSelectUsers + u"WHERE u.id = ?"_s, {caller.userId});
    if (!q.next())
        return ApiResponse::error(404, u"The user of this API key no longer exists."_s);
    QJsonObject flags;
    QSqlQuery fq
        = m_db.query(u"SELECT flag FROM user_feature_flags WHERE user_id = ? ORDER BY flag"_s, {caller.userId});
    while (fq.next())
        flags.insert(fq.value(0).toString(), true);
    const bool admin = q.value(UserColumn::OrgAdmin).toBool();
    const QString name = q.value(UserColumn::Name).toString();
    return ApiResponse::json(QJsonObject{
        {u"id"_s, q.value(UserColumn::Id).toLongLong()},
        {u"name"_s, name},
        {u"email"_s, q.value(UserColumn::Email).toString()},
        {u"username"_s, q.value(UserColumn::Username).toString()},
        {u"initials"_s, records::initialsOf(name)},
        {u"lastCheckedAnnouncements"_s, QJsonValue::Null},
        {u"featureFlags"_s, flags},
        {u"roles"_s, admin ? QJsonArray{u"organization_admin"_s} : QJsonArray()},
        {u"preferences"_s, QJsonObject()},
        {u"customBranding"_s, QJsonValue::Null},
        {u"primaryGroupId"_s, nullableInteger(q.value(UserColumn::PrimaryGroupId))},
        {u"groups"_s, groupsOfUser(caller.userId)},
        {u"organizationName"_s, q.value(UserColumn::OrganizationName).toString()},
        {u"organizationSlug"_s, q.value(UserColumn::OrganizationSlug).toString()},
        {u"organizationDefaultThemeId"_s, QJsonValue::Null},
        {u"createdAt"_s, q.value(UserColumn::CreatedAt).toString()},
        {u"signInCount"_s, q.value(UserColumn::SignInCount).toLongLong()},
        {u"assumingRole"_s, false},
        {u"roleAssumer"_s, QJsonValue::Null},
        {u"assumingAdmin"_s, false},
        {u"assumingAdminExpiration"_s, QJsonValue::Null},
        {u"superadminModeExpiration"_s, QJsonValue::Null},
        {u"disableNonCompliantFedrampFeatures"_s, false},
        {u"personaRole"_s, admin ? u"admin"_s : u"member"_s},
        {u"createdById"_s, nullableInteger(q.value(UserColumn::CreatedById))},
        {u"lastUpdatedById"_s, nullableInteger(q.value(UserColumn::LastUpdatedById))},
    });
}

ApiResponse UsersResource::get(const Caller &caller, qint64 id)
{
    QSqlQuery q = m_db.query(kSelectUsers + u"WHERE u.id = ?"_s, {id});
    if (!q.next())
        return ApiResponse::error(404, u"The requested resource could not be found: there is no user %1."_s.arg(id));
    QJsonObject user = userSummary(q, groupsOfUser(id));
    user.remove(u"currentSignInAt"_s);
    const bool manages = id == caller.userId
        || (caller.organizationAdmin && q.value(UserColumn::OrganizationId).toLongLong() == caller.organizationId);
    const QString name = q.value(UserColumn::Name).toString();
    user.insert(u"city"_s, nullable(q.value(UserColumn::City)));
    user.insert(u"state"_s, nullable(q.value(UserColumn::State)));
    user.insert(u"timeZone"_s, nullable(q.value(UserColumn::TimeZone)));
    user.insert(u"initials"_s, records::initialsOf(name));
    user.insert(u"department"_s, nullable(q.value(UserColumn::Department)));
    user.insert(u"title"_s, nullable(q.value(UserColumn::Title)));
    user.insert(u"githubUsername"_s, nullable(q.value(UserColumn::GithubUsername)));
    user.insert(u"prefersSmsOtp"_s, false);
    user.insert(u"vpnEnabled"_s, false);
    user.insert(u"ssoDisabled"_s, false);
    user.insert(u"otpRequiredForLogin"_s, false);
    user.insert(u"exemptFromOrgSmsOtpDisabled"_s, false);
    user.insert(u"smsOtpAllowed"_s, true);
    user.insert(u"robot"_s, q.value(UserColumn::Robot).toBool());
    user.insert(u"phone"_s, nullable(q.value(UserColumn::Phone)));
    user.insert(u"organizationSlug"_s, q.value(UserColumn::OrganizationSlug).toString());
    user.insert(u"organizationSSODisableCapable"_s, false);
    user.insert(u"organizationLoginType"_s, q.value(UserColumn::OrganizationLoginType).toString());
    user.insert(u"organizationSmsOtpDisabled"_s, false);
    user.insert(u"myPermissionLevel"_s, manages ? u"manage"_s : u"read"_s);
    user.insert(u"unconfirmedEmail"_s, QJsonValue::Null);
    user.insert(u"accountStatus"_s, accountStatus(q));
    return ApiResponse::json(user);
}
