#include "sandbox/usersresource.h"

#include "sandbox/jsonwriter.h"
#include "sandbox/records.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;
using records::nullable;
using records::nullableInteger;

namespace {

constexpr qint64 kDefaultUserPageSize = 20;
constexpr qint64 kMaxUserPageSize = 10000;

// The SELECT every user record starts from; the readers below expect its columns in this order.
const QString kSelectUsers
    = u"SELECT u.id, u.username, u.name, u.email, u.active, u.primary_group_id, u.created_at, "
      "u.current_sign_in_at, u.updated_at, u.last_seen_at, u.suspended, u.created_by_id, "
      "u.last_updated_by_id, u.organization_id, u.org_admin, o.name, o.slug, o.login_type, "
      "u.city, u.state, u.time_zone, u.department, u.title, u.github_username, u.phone, "
      "u.robot, u.sign_in_count FROM users u JOIN organizations o ON o.id = u.organization_id "_s;

// A page's people, by place in the bound JSON array of their ids (SandboxDatabase::rowsOfIds):
// j.key is the place, then what a list entry shows of each person.
const QString kSelectPageUsers
    = u"SELECT j.key, u.id, u.username, u.name, u.email, u.active, u.primary_group_id, u.created_at, "
      "u.current_sign_in_at, u.updated_at, u.last_seen_at, u.suspended, u.created_by_id, u.last_updated_by_id "
      "FROM json_each(?) j JOIN users u ON u.id = j.value"_s;

QString accountStatus(const QSqlQuery &q)
{
    if (q.value(10).toBool())
        return u"Suspended"_s;
    return q.value(4).toBool() ? u"Active"_s : u"Deactivated"_s;
}

QJsonObject userSummary(const QSqlQuery &q, const QJsonArray &groups)
{
    return QJsonObject{
        {u"id"_s, q.value(0).toLongLong()},
        {u"user"_s, q.value(1).toString()},
        {u"name"_s, q.value(2).toString()},
        {u"email"_s, q.value(3).toString()},
        {u"active"_s, q.value(4).toBool()},
        {u"primaryGroupId"_s, nullableInteger(q.value(5))},
        {u"groups"_s, groups},
        {u"createdAt"_s, q.value(6).toString()},
        {u"currentSignInAt"_s, nullable(q.value(7))},
        {u"updatedAt"_s, q.value(8).toString()},
        {u"lastSeenAt"_s, nullable(q.value(9))},
        {u"suspended"_s, q.value(10).toBool()},
        {u"createdById"_s, nullableInteger(q.value(11))},
        {u"lastUpdatedById"_s, nullableInteger(q.value(12))},
    };
}

} // namespace

UsersResource::UsersResource(SandboxDatabase &db)
    : m_db(db)
    , m_userGroups(db)
{
}

ApiResponse UsersResource::list(const Caller &, QueryParams query)
{
    const qint64 limit = query.integer(u"limit"_s, 1, kMaxUserPageSize).value_or(kDefaultUserPageSize);
    const qint64 page = query.integer(u"page_num"_s, 1, std::numeric_limits<int>::max()).value_or(1);
    const QString order = query.choice(u"order"_s, {u"name"_s, u"user"_s}).value_or(u"name"_s);
    const QString direction = query.choice(u"order_dir"_s, {u"asc"_s, u"desc"_s}).value_or(u"asc"_s);
    const QString status
        = query.choice(u"account_status"_s, {u"active"_s, u"inactive"_s, u"all"_s}).value_or(u"active"_s);
    const bool excludeGroups = query.boolean(u"exclude_groups"_s).value_or(false);
    const std::optional<qint64> groupId = query.integer(u"group_id"_s, 0, std::numeric_limits<qint64>::max());
    const QList<qint64> groupIds = query.integers(u"group_ids"_s);
    const std::optional<qint64> organizationId
        = query.integer(u"organization_id"_s, 0, std::numeric_limits<qint64>::max());
    const std::optional<QString> featureFlag = query.text(u"feature_flag"_s);
    const std::optional<QString> text = query.text(u"query"_s);
    if (!query.ok())
        return ApiResponse::error(400, query.error());
    if (groupId && !groupIds.isEmpty())
        return ApiResponse::error(400, u"group_id and group_ids cannot be given together."_s);

    QStringList where;
    QVariantList binds;
    if (status == "active"_L1)
        where.append(u"u.active = 1"_s);
    else if (status == "inactive"_L1)
        where.append(u"u.active = 0"_s);
    if (organizationId) {
        where.append(u"u.organization_id = ?"_s);
        binds.append(*organizationId);
    }
    QList<qint64> inGroups = groupIds;
    if (groupId)
        inGroups.append(*groupId);
    if (!inGroups.isEmpty()) {
        where.append(u"EXISTS (SELECT 1 FROM memberships fm WHERE fm.user_id = u.id AND fm.group_id IN (%1))"_s.arg(
            records::idList(inGroups)));
    }
    if (featureFlag) {
        where.append(u"EXISTS (SELECT 1 FROM user_feature_flags f WHERE f.user_id = u.id AND f.flag = ?)"_s);
        binds.append(*featureFlag);
    }
    if (text && !text->trimmed().isEmpty()) {
        const QString needle = text->trimmed();
        const QString pattern = records::likePattern(needle);
        bool isId = false;
        const qint64 id = needle.toLongLong(&isId);
        where.append(u"(u.name LIKE ? ESCAPE '\\' OR u.username LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\'"_s
            + (isId ? u" OR u.id = ?)"_s : u")"_s));
        binds << pattern << pattern << pattern;
        if (isId)
            binds << id;
    }
    const QString whereSql = where.isEmpty() ? u"1"_s : where.join(" AND "_L1);
    const QString dir = direction.toUpper();
    const QString orderSql
        = order == "name"_L1 ? u"u.name COLLATE NOCASE %1, u.id %1"_s.arg(dir) : u"u.username %1, u.id %1"_s.arg(dir);

    const QByteArray stamp = m_db.changeStamp();
    const qint64 total = this->total(whereSql, binds, stamp);
    // The page's ids first, through the ordering indexes alone, which answer that without
    // reading the rows skipped by OFFSET (on a deep page of 100,000 people most of the cost);
    // then those people's rows by id, in no order of SQLite's: each is put in its place here,
    // where sorting them again in SQL cost a sixth of the page.
    QVariantList pageBinds = binds;
    pageBinds << limit << (page - 1) * limit;
    QList<qint64> ids;
    ids.reserve(qMin(limit, total));
    {
        SqliteRows pageIds
            = m_db.rows(u"SELECT u.id FROM users u WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(whereSql, orderSql),
                pageBinds);
        while (pageIds.next())
            ids.append(pageIds.integer(0));
    }
    if (!excludeGroups)
        m_userGroups.load(ids, stamp);
    SqliteRows q = m_db.rowsOfIds(kSelectPageUsers, ids);
    struct Range
    {
        qsizetype begin = -1; ///< Where the person's object starts in `rowsJson`, -1 until read.
        qsizetype end = 0;
    };
    std::vector<Range> ranges(size_t(ids.size()));
    bool inOrder = true; // Then rowsJson is the answer as it stands.
    JsonWriter rowsJson;
    rowsJson.reserve(ids.size() * 800);
    rowsJson.beginArray();
    qsizetype read = 0;
    while (q.next()) {
        const qint64 place = q.integer(0);
        if (place < 0 || place >= ids.size() || ranges[size_t(place)].begin >= 0)
            continue;
        inOrder = inOrder && place == read;
        ++read;
        rowsJson.beginObject();
        ranges[size_t(place)].begin = rowsJson.size() - 1;
        rowsJson.key("active").value(q.boolean(5));
        rowsJson.key("createdAt").utf8Value(q.text(7));
        rowsJson.key("createdById").nullableInteger(q, 12);
        rowsJson.key("currentSignInAt").nullableText(q, 8);
        rowsJson.key("email").utf8Value(q.text(4));
        rowsJson.key("groups");
        if (excludeGroups)
            rowsJson.beginArray().endArray();
        else
            m_userGroups.write(place, rowsJson);
        rowsJson.key("id").value(q.integer(1));
        rowsJson.key("lastSeenAt").nullableText(q, 10);
        rowsJson.key("lastUpdatedById").nullableInteger(q, 13);
        rowsJson.key("name").utf8Value(q.text(3));
        rowsJson.key("primaryGroupId").nullableInteger(q, 6);
        rowsJson.key("suspended").value(q.boolean(11));
        rowsJson.key("updatedAt").utf8Value(q.text(9));
        rowsJson.key("user").utf8Value(q.text(2));
        rowsJson.endObject();
        ranges[size_t(place)].end = rowsJson.size();
    }
    rowsJson.endArray();
    QByteArray body;
    if (inOrder && read == ids.size()) {
        body = rowsJson.take();
    } else {
        // Never seen (SQLite reads json_each in order), but nothing promises it.
        const QByteArrayView written = rowsJson.output();
        body.reserve(written.size());
        body.append('[');
        for (const Range &range : ranges) {
            if (range.begin < 0)
                continue;
            if (body.size() > 1)
                body.append(',');
            body.append(written.sliced(range.begin, range.end - range.begin));
        }
        body.append(']');
    }
    ApiResponse response = ApiResponse::rawJson(std::move(body));
    records::addPagingHeaders(response, page, limit, total);
    return response;
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
    const bool admin = q.value(14).toBool();
    const QString name = q.value(2).toString();
    return ApiResponse::json(QJsonObject{
        {u"id"_s, q.value(0).toLongLong()},
        {u"name"_s, name},
        {u"email"_s, q.value(3).toString()},
        {u"username"_s, q.value(1).toString()},
        {u"initials"_s, records::initialsOf(name)},
        {u"lastCheckedAnnouncements"_s, QJsonValue::Null},
        {u"featureFlags"_s, flags},
        {u"roles"_s, admin ? QJsonArray{u"organization_admin"_s} : QJsonArray()},
        {u"preferences"_s, QJsonObject()},
        {u"customBranding"_s, QJsonValue::Null},
        {u"primaryGroupId"_s, nullableInteger(q.value(5))},
        {u"groups"_s, groupsOfUser(caller.userId)},
        {u"organizationName"_s, q.value(15).toString()},
        {u"organizationSlug"_s, q.value(16).toString()},
        {u"organizationDefaultThemeId"_s, QJsonValue::Null},
        {u"createdAt"_s, q.value(6).toString()},
        {u"signInCount"_s, q.value(26).toLongLong()},
        {u"assumingRole"_s, false},
        {u"roleAssumer"_s, QJsonValue::Null},
        {u"assumingAdmin"_s, false},
        {u"assumingAdminExpiration"_s, QJsonValue::Null},
        {u"superadminModeExpiration"_s, QJsonValue::Null},
        {u"disableNonCompliantFedrampFeatures"_s, false},
        {u"personaRole"_s, admin ? u"admin"_s : u"member"_s},
        {u"createdById"_s, nullableInteger(q.value(11))},
        {u"lastUpdatedById"_s, nullableInteger(q.value(12))},
    });
}

ApiResponse UsersResource::get(const Caller &caller, qint64 id)
{
    QSqlQuery q = m_db.query(kSelectUsers + u"WHERE u.id = ?"_s, {id});
    if (!q.next())
        return ApiResponse::error(404, u"The requested resource could not be found: there is no user %1."_s.arg(id));
    QJsonObject user = userSummary(q, groupsOfUser(id));
    user.remove(u"currentSignInAt"_s);
    const bool manages
        = id == caller.userId || (caller.organizationAdmin && q.value(13).toLongLong() == caller.organizationId);
    const QString name = q.value(2).toString();
    user.insert(u"city"_s, nullable(q.value(18)));
    user.insert(u"state"_s, nullable(q.value(19)));
    user.insert(u"timeZone"_s, nullable(q.value(20)));
    user.insert(u"initials"_s, records::initialsOf(name));
    user.insert(u"department"_s, nullable(q.value(21)));
    user.insert(u"title"_s, nullable(q.value(22)));
    user.insert(u"githubUsername"_s, nullable(q.value(23)));
    user.insert(u"prefersSmsOtp"_s, false);
    user.insert(u"vpnEnabled"_s, false);
    user.insert(u"ssoDisabled"_s, false);
    user.insert(u"otpRequiredForLogin"_s, false);
    user.insert(u"exemptFromOrgSmsOtpDisabled"_s, false);
    user.insert(u"smsOtpAllowed"_s, true);
    user.insert(u"robot"_s, q.value(25).toBool());
    user.insert(u"phone"_s, nullable(q.value(24)));
    user.insert(u"organizationSlug"_s, q.value(16).toString());
    user.insert(u"organizationSSODisableCapable"_s, false);
    user.insert(u"organizationLoginType"_s, q.value(17).toString());
    user.insert(u"organizationSmsOtpDisabled"_s, false);
    user.insert(u"myPermissionLevel"_s, manages ? u"manage"_s : u"read"_s);
    user.insert(u"unconfirmedEmail"_s, QJsonValue::Null);
    user.insert(u"accountStatus"_s, accountStatus(q));
    return ApiResponse::json(user);
}
