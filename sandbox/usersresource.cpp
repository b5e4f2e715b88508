#include "sandbox/usersresource.h"

#include "sandbox/jsonwriter.h"
#include "sandbox/records.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

#include <limits>

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

    const qint64 total = this->total(whereSql, binds);
    // Page through ids alone first: the ordering indexes answer that without reading the rows
    // skipped by OFFSET, which on a deep page of 100,000 people is most of the cost.
    QVariantList pageBinds = binds;
    pageBinds << limit << (page - 1) * limit;
    SqliteRows q = m_db.rows(kSelectUsers
            + u"WHERE u.id IN (SELECT u.id FROM users u WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?) ORDER BY %2"_s.arg(
                whereSql, orderSql),
        pageBinds);
    // Each user is written as its row comes, all into one buffer; the groups of the page's
    // users, asked for in one query after, are spliced in after each `"groups":`.
    struct Row
    {
        qint64 id;
        qsizetype begin; ///< Where the user's object starts in `rowsJson`.
        qsizetype groups; ///< Just after `"groups":`.
        qsizetype end; ///< Just after its closing brace.
    };
    QList<Row> rows;
    QList<qint64> ids;
    JsonWriter rowsJson;
    rowsJson.reserve(qMin(limit, total) * 400);
    const auto nullableText = [&q, &rowsJson](int column) {
        if (q.isNull(column))
            rowsJson.null();
        else
            rowsJson.utf8Value(q.text(column));
    };
    const auto nullableInteger = [&q, &rowsJson](int column) {
        if (q.isNull(column))
            rowsJson.null();
        else
            rowsJson.value(q.integer(column));
    };
    while (q.next()) {
        const qint64 id = q.integer(0);
        Row row{id, rowsJson.size(), 0, 0};
        rowsJson.beginObject();
        rowsJson.key("active").value(q.boolean(4));
        rowsJson.key("createdAt").utf8Value(q.text(6));
        rowsJson.key("createdById");
        nullableInteger(11);
        rowsJson.key("currentSignInAt");
        nullableText(7);
        rowsJson.key("email").utf8Value(q.text(3));
        rowsJson.key("groups");
        row.groups = rowsJson.size();
        rowsJson.raw({}); // The groups go here.
        rowsJson.key("id").value(id);
        rowsJson.key("lastSeenAt");
        nullableText(9);
        rowsJson.key("lastUpdatedById");
        nullableInteger(12);
        rowsJson.key("name").utf8Value(q.text(2));
        rowsJson.key("primaryGroupId");
        nullableInteger(5);
        rowsJson.key("suspended").value(q.boolean(10));
        rowsJson.key("updatedAt").utf8Value(q.text(8));
        rowsJson.key("user").utf8Value(q.text(1));
        rowsJson.endObject();
        row.end = rowsJson.size();
        rows.append(row);
        ids.append(id);
    }
    const QHash<qint64, QByteArray> groups
        = excludeGroups ? QHash<qint64, QByteArray>() : records::groupsOfUsersJson(m_db, ids);
    const QByteArrayView written = rowsJson.output();
    qsizetype groupBytes = 0;
    for (const QByteArray &list : groups)
        groupBytes += list.size() + 2;
    QByteArray body;
    body.reserve(written.size() + groupBytes + 2 * rows.size() + 2);
    body.append('[');
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        if (i > 0)
            body.append(',');
        body.append(written.sliced(row.begin, row.groups - row.begin));
        body.append('[').append(groups.value(row.id)).append(']');
        body.append(written.sliced(row.groups, row.end - row.groups));
    }
    body.append(']');
    ApiResponse response = ApiResponse::rawJson(std::move(body));
    records::addPagingHeaders(response, page, limit, total);
    return response;
}

qint64 UsersResource::total(const QString &whereSql, const QVariantList &binds)
{
    QStringList keyParts{whereSql};
    for (const QVariant &bind : binds)
        keyParts.append(bind.toString());
    const QString key = keyParts.join(u'\x1f');
    const QByteArray stamp = m_db.changeStamp();
    if (const auto known = m_totals.constFind(key); known != m_totals.cend() && known->stamp == stamp)
        return known->count;
    if (m_totals.size() >= 256)
        m_totals.clear();
    const qint64 count = m_db.scalar(u"SELECT COUNT(*) FROM users u WHERE %1"_s.arg(whereSql), binds).toLongLong();
    m_totals.insert(key, {stamp, count});
    return count;
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
        {u"groups"_s, records::groupsOfUser(m_db, caller.userId)},
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
    QJsonObject user = userSummary(q, records::groupsOfUser(m_db, id));
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
