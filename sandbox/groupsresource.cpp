#include "sandbox/groupsresource.h"

#include "sandbox/jsonwriter.h"
#include "sandbox/records.h"

#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTimeZone>
#include <QtCore/QUuid>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <limits>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDefaultGroupPageSize = 50;
constexpr qint64 kMaxGroupPageSize = 1000;

// The SELECT behind a Group or GroupSummary; GroupColumn (below) names its columns in this order.
const QString kSelectGroups = u"SELECT g.id, g.name, g.created_at, g.updated_at, g.description, g.slug, "
                              "g.organization_id, o.name, g.last_updated_by_id, g.created_by_id, "
                              "g.default_otp_required_for_login, g.default_time_zone, g.default_jobs_label, "
                              "g.default_notebooks_label, g.default_services_label, g.member_count, "
                              "g.total_member_count FROM groups g JOIN organizations o ON o.id = g.organization_id "_s;

// The columns of kSelectGroups, for its readers (a page of the list, groupObject()). A namespace
// rather than an enum class: the values are the column numbers SqliteRows and QSqlQuery take.
namespace GroupColumn {
enum : int {
    Id,
    Name,
    CreatedAt,
    UpdatedAt,
    Description,
    Slug,
    OrganizationId,
    OrganizationName,
    LastUpdatedById,
    CreatedById,
    DefaultOtpRequiredForLogin,
    DefaultTimeZone,
    DefaultJobsLabel,
    DefaultNotebooksLabel,
    DefaultServicesLabel,
    MemberCount,
    TotalMemberCount,
};
} // namespace GroupColumn

// The longest text each attribute may hold, in characters. The real API's limits are not
// published; these keep one request from storing megabytes that every page would then carry.
constexpr qsizetype kMaxNameLength = 255;
constexpr qsizetype kMaxDescriptionLength = 10000;
constexpr qsizetype kMaxShortTextLength = 255;

struct StringField
{
    const char *camel;
    const char *column;
    qsizetype maxLength;
    bool resetByPut; ///< PUT sets it to null when it is not sent.
};

// Optional, nullable string attributes. The slug is not reset by a PUT that leaves it out: it
// is the group's identifier, given at creation, and a replace of the other attributes keeps it.
const StringField kNullableStrings[] = {
    {"description", "description", kMaxDescriptionLength, true},
    {"slug", "slug", kMaxShortTextLength, false},
    {"defaultTimeZone", "default_time_zone", kMaxShortTextLength, true},
    {"defaultJobsLabel", "default_jobs_label", kMaxShortTextLength, true},
    {"defaultNotebooksLabel", "default_notebooks_label", kMaxShortTextLength, true},
    {"defaultServicesLabel", "default_services_label", kMaxShortTextLength, true},
};

/// Whether \a zone is one of the system's time zone ids. Only such an id is ever turned into a
/// QTimeZone: Qt 6.4 opens /usr/share/zoneinfo/<id> as a path, so "../../../../dev/stdin"
/// would block the server's thread and "../../../../etc/localtime" would be taken as a zone.
bool isKnownTimeZone(const QString &zone)
{
    static const QSet<QByteArray> known = [] {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        return QSet<QByteArray>(ids.cbegin(), ids.cend());
    }();
    return known.contains(zone.toUtf8());
}

bool isValidSlug(const QString &slug)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"_s);
    return pattern.match(slug).hasMatch();
}

std::optional<qint64> existingId(SandboxDatabase &db, const QString &table, qint64 id)
{
    const QVariant found = db.scalar(u"SELECT id FROM %1 WHERE id = ?"_s.arg(table), {id});
    if (!found.isValid())
        return std::nullopt;
    return found.toLongLong();
}

ApiResponse groupNotFound(qint64 id)
{
    return ApiResponse::error(404, u"The requested resource could not be found: there is no group %1."_s.arg(id));
}

ApiResponse storageFailure(SandboxDatabase &db)
{
    return ApiResponse::error(
        500, u"The sandbox could not store the change: %1"_s.arg(db.connection().lastError().text()));
}

} // namespace

GroupsResource::GroupsResource(SandboxDatabase &db)
    : m_db(db)
{
}

QString GroupsResource::generatedSlug()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<ApiResponse> GroupsResource::refuseUnless(const Caller &caller, qint64 id, PermissionLevel needed)
{
    if (!existingId(m_db, u"groups"_s, id))
        return groupNotFound(id);
    const QVariant level = m_db.scalar(
        u"SELECT COALESCE(MAX(level), 0) FROM (%1) WHERE group_id = ?"_s.arg(records::grantsSql(caller)), {id});
    if (level.toInt() < int(needed)) {
        return ApiResponse::error(403,
            u"You need %1 permission on group %2 for this; you have %3."_s.arg(permissionLevelName(needed),
                QString::number(id),
                level.toInt() == 0 ? u"none"_s : permissionLevelName(PermissionLevel(level.toInt()))));
    }
    return std::nullopt;
}

/// A GET /groups/ query, read and checked: which page, and the SQL that selects and orders its rows.
struct GroupsResource::ListQuery
{
    qint64 limit = kDefaultGroupPageSize;
    qint64 page = 1;
    QString order; ///< "name" or "created_at".
    QString direction; ///< "asc" or "desc".
    bool includeMembers = false;
    QString whereSql; ///< Over groups g: what the caller may see of the filters asked for.
    QVariantList binds; ///< whereSql's.
    QString orderSql;
};

/// One group of a page, written as it comes from its row: the members of the page's groups,
/// asked for in one query after, are spliced in where each group's "members" goes.
struct GroupsResource::PageRow
{
    qint64 id;
    QByteArray head; ///< Up to and including `"members":`.
    QByteArray tail; ///< From the member after "members" to the closing brace.
};

ApiResponse GroupsResource::list(const Caller &caller, QueryParams query)
{
    std::variant<ListQuery, ApiResponse> parsed = parseListQuery(caller, query);
    if (auto *refusal = std::get_if<ApiResponse>(&parsed))
        return std::move(*refusal);
    const ListQuery &list = std::get<ListQuery>(parsed);
    PagingMemo &memo = pagingMemo(list);
    SqliteRows rows = pageRows(list, memo);
    const QList<PageRow> page = writePageRows(list, rows, memo);
    const QHash<qint64, QByteArray> members = list.includeMembers ? membersOfPage(page) : QHash<qint64, QByteArray>();
    ApiResponse response = ApiResponse::rawJson(pageBody(page, members));
    records::addPagingHeaders(response, list.page, list.limit, memo.total);
    return response;
}

std::variant<GroupsResource::ListQuery, ApiResponse> GroupsResource::parseListQuery(
    const Caller &caller, QueryParams &query)
{
    ListQuery list;
    list.limit = query.integer(u"limit"_s, 1, kMaxGroupPageSize).value_or(kDefaultGroupPageSize);
    list.page = query.integer(u"page_num"_s, 1, std::numeric_limits<int>::max()).value_or(1);
    list.order = query.choice(u"order"_s, {u"name"_s, u"created_at"_s}).value_or(u"name"_s);
    list.direction = query.choice(u"order_dir"_s, {u"asc"_s, u"desc"_s}).value_or(u"asc"_s);
    list.includeMembers = query.boolean(u"include_members"_s).value_or(false);
    const std::optional<qint64> organizationId
        = query.integer(u"organization_id"_s, 0, std::numeric_limits<qint64>::max());
    const QList<qint64> userIds = query.integers(u"user_ids"_s);
    const std::optional<QString> text = query.text(u"query"_s);
    PermissionLevel minimum = PermissionLevel::Read;
    if (const auto permission = query.text(u"permission"_s)) {
        const auto level = permissionLevelFromName(*permission);
        if (!level) {
            return ApiResponse::error(
                400, u"permission must be one of: read, write, manage; got \"%1\"."_s.arg(*permission));
        }
        minimum = *level;
    }
    if (!query.ok())
        return ApiResponse::error(400, query.error());

    QStringList where{records::holdsAtLeastSql(caller, int(minimum))};
    if (organizationId) {
        where.append(u"g.organization_id = ?"_s);
        list.binds.append(*organizationId);
    }
    if (text && !text->trimmed().isEmpty()) {
        where.append(u"(g.name LIKE ? ESCAPE '\\' OR g.slug LIKE ? ESCAPE '\\')"_s);
        const QString pattern = records::likePattern(text->trimmed());
        list.binds << pattern << pattern;
    }
    if (!userIds.isEmpty()) {
        where.append(u"EXISTS (SELECT 1 FROM memberships fm WHERE fm.group_id = g.id AND fm.user_id IN (%1))"_s.arg(
            records::idList(userIds)));
    }
    list.whereSql = where.join(" AND "_L1);
    const QString dir = list.direction.toUpper();
    list.orderSql = list.order == "name"_L1 ? u"g.name COLLATE NOCASE %1, g.id %1"_s.arg(dir)
                                            : u"g.created_at %1, g.id %1"_s.arg(dir);
    return list;
}

GroupsResource::PagingMemo &GroupsResource::pagingMemo(const ListQuery &list)
{
    QStringList keyParts{list.whereSql, list.orderSql, QString::number(list.limit)};
    for (const QVariant &bind : std::as_const(list.binds))
        keyParts.append(bind.toString());
    PagingMemo &memo = pagingMemo(keyParts.join(u'\x1f'));
    // The total is counted once for the same data.
    if (memo.total < 0) {
        memo.total
            = m_db.scalar(u"SELECT COUNT(*) FROM groups g WHERE %1"_s.arg(list.whereSql), list.binds).toLongLong();
    }
    return memo;
}

SqliteRows GroupsResource::pageRows(const ListQuery &list, const PagingMemo &memo)
{
    // The wire pages by number; inside, a page starts after the last row of the page before it
    // (keyset), when that is known for the same data, so page 200 costs what page 1 does, where
    // OFFSET walked past every row before it.
    qint64 startPage = 0; // The nearest page before this one whose last row is known.
    for (auto it = memo.pageEnds.cbegin(); it != memo.pageEnds.cend(); ++it) {
        if (it.key() < list.page && it.key() > startPage)
            startPage = it.key();
    }
    QString pageWhere = list.whereSql;
    QVariantList pageBinds = list.binds;
    if (startPage > 0) {
        const auto &[sortValue, lastId] = memo.pageEnds.value(startPage);
        const QString sortColumn = list.order == "name"_L1 ? u"g.name COLLATE NOCASE"_s : u"g.created_at"_s;
        // Spelt out rather than as a row value, which SQLite 3.40 does not answer through the
        // ordering index: the first term is the index range, the second breaks ties by id.
        const QString after = list.direction == "asc"_L1 ? u">"_s : u"<"_s;
        pageWhere += u" AND %1 %2= ? AND (%1 %2 ? OR g.id %2 ?)"_s.arg(sortColumn, after);
        pageBinds << sortValue << sortValue << lastId;
    }
    const qint64 offset = (list.page - 1 - startPage) * list.limit;
    pageBinds << list.limit << offset;
    // Read through SQLite's C API (SqliteRows): through QSqlQuery, reading these rows (its
    // cached result and the UTF-16 of every text) was half of a page of groups.
    return m_db.rows(
        kSelectGroups + u"WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(pageWhere, list.orderSql), pageBinds);
}

QList<GroupsResource::PageRow> GroupsResource::writePageRows(const ListQuery &list, SqliteRows &rows, PagingMemo &memo)
{
    QList<PageRow> page;
    while (rows.next()) {
        page.append(writePageRow(rows));
        // The sort value exactly as SQLite holds it (its UTF-16, as QSqlQuery read it), since the
        // next page is asked for after it.
        if (page.size() == list.limit) {
            memo.pageEnds.insert(list.page,
                {rows.string(list.order == "name"_L1 ? GroupColumn::Name : GroupColumn::CreatedAt),
                    page.constLast().id});
        }
    }
    return page;
}

GroupsResource::PageRow GroupsResource::writePageRow(SqliteRows &row)
{
    JsonWriter head;
    head.beginObject();
    head.key("createdAt").utf8Value(row.text(GroupColumn::CreatedAt));
    head.key("createdById").nullableInteger(row, GroupColumn::CreatedById);
    head.key("description").nullableText(row, GroupColumn::Description);
    const qint64 id = row.integer(GroupColumn::Id);
    head.key("id").value(id);
    head.key("lastUpdatedById").nullableInteger(row, GroupColumn::LastUpdatedById);
    head.key("memberCount").value(row.integer(GroupColumn::MemberCount));
    head.key("members");
    JsonWriter tail;
    tail.resumeObject();
    tail.key("name").utf8Value(row.text(GroupColumn::Name));
    tail.key("organizationId").value(row.integer(GroupColumn::OrganizationId));
    tail.key("organizationName").utf8Value(row.text(GroupColumn::OrganizationName));
    tail.key("slug").nullableText(row, GroupColumn::Slug);
    tail.key("totalMemberCount").value(row.integer(GroupColumn::TotalMemberCount));
    tail.key("updatedAt").utf8Value(row.text(GroupColumn::UpdatedAt));
    tail.endObject();
    return {id, head.take(), tail.take()};
}

QHash<qint64, QByteArray> GroupsResource::membersOfPage(const QList<PageRow> &page)
{
    QHash<qint64, QByteArray> members;
    if (page.isEmpty())
        return members;
    QList<qint64> ids;
    for (const PageRow &row : page)
        ids.append(row.id);
    QSqlQuery mq = m_db.query(
        u"SELECT m.group_id, u.id, u.name, u.username, u.last_seen_at >= ? FROM memberships m "
        "JOIN users u ON u.id = m.user_id WHERE m.group_id IN (%1) ORDER BY u.name COLLATE NOCASE, u.id"_s.arg(
            records::idList(ids)),
        {records::onlineCutoff()});
    while (mq.next()) {
        QByteArray &list = members[mq.value(0).toLongLong()];
        const QString name = mq.value(2).toString();
        JsonWriter member;
        member.beginObject();
        member.key("id").value(mq.value(1).toLongLong());
        member.key("initials").value(records::initialsOf(name));
        member.key("name").value(name);
        member.key("online").value(mq.value(4).toBool());
        member.key("username").value(mq.value(3).toString());
        member.endObject();
        if (!list.isEmpty())
            list.append(',');
        list.append(member.take());
    }
    return members;
}

QByteArray GroupsResource::pageBody(const QList<PageRow> &page, const QHash<qint64, QByteArray> &members)
{
    QByteArray body;
    body.reserve(page.size() * 400);
    body.append('[');
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(page.at(i).head).append('[').append(members.value(page.at(i).id)).append(']');
        body.append(page.at(i).tail);
    }
    body.append(']');
    return body;
}

QList<GroupsResource::MemberJson> GroupsResource::readMembers(const QString &where, const QVariantList &binds)
{
    QList<MemberJson> members;
    QSqlQuery &mq = m_db.prepared(u"SELECT u.id, u.name, u.username, u.last_seen_at, u.email, u.primary_group_id, "
                                  "u.active FROM memberships m JOIN users u ON u.id = m.user_id "
                                  "WHERE %1 ORDER BY u.name COLLATE NOCASE, u.id"_s.arg(where),
        binds);
    while (mq.next()) {
        const QString name = mq.value(1).toString();
        MemberJson member;
        member.id = mq.value(0).toLongLong();
        member.sortKey = records::nocaseKey(name);
        member.lastSeen = mq.value(3).toString().toUtf8();
        JsonWriter head;
        head.beginObject();
        head.key("active").value(mq.value(6).toBool());
        head.key("email").value(mq.value(4).toString());
        head.key("id").value(member.id);
        head.key("initials").value(records::initialsOf(name));
        head.key("name").value(name);
        head.key("online");
        member.head = head.take();
        JsonWriter tail;
        tail.resumeObject();
        tail.key("primaryGroupId").nullableInteger(mq.value(5));
        tail.key("username").value(mq.value(2).toString());
        tail.endObject();
        member.tail = tail.take();
        members.append(std::move(member));
    }
    return members;
}

const QList<GroupsResource::MemberJson> &GroupsResource::membersOf(qint64 id)
{
    const QByteArray stamp = m_db.changeStamp();
    auto it = m_members.find(id);
    if (it != m_members.end() && it->stamp == stamp)
        return it->members;
    // Bounded: the groups worked on lately; any other is read again when asked for.
    if (it == m_members.end() && m_members.size() >= 32)
        m_members.clear();
    MembersMemo &memo = m_members[id];
    memo.stamp = stamp;
    memo.members = readMembers(u"m.group_id = ?"_s, {id});
    return memo.members;
}

GroupsResource::PagingMemo &GroupsResource::pagingMemo(const QString &key)
{
    const QByteArray stamp = m_db.changeStamp();
    auto it = m_paging.find(key);
    if (it != m_paging.end() && it->stamp == stamp)
        return *it;
    // Bounded: a memo is cheap to rebuild, and one learnt for other data is worthless anyway.
    if (m_paging.size() >= 256) {
        for (auto stale = m_paging.begin(); stale != m_paging.end();)
            stale = stale->stamp == stamp ? std::next(stale) : m_paging.erase(stale);
        if (m_paging.size() >= 256)
            m_paging.clear();
    }
    PagingMemo &memo = m_paging[key];
    memo = PagingMemo();
    memo.stamp = stamp;
    return memo;
}

QByteArray GroupsResource::groupObject(qint64 id)
{
    QSqlQuery &q = m_db.prepared(kSelectGroups + u"WHERE g.id = ?"_s, {id});
    if (!q.next())
        return "{}"_ba;
    // Written straight from the rows, members in the order QJsonObject would sort them: for a
    // group of thousands this answer is most of what a member PUT costs.
    JsonWriter json;
    json.beginObject();
    json.key("createdAt").value(q.value(GroupColumn::CreatedAt).toString());
    json.key("createdById").nullableInteger(q.value(GroupColumn::CreatedById));
    json.key("defaultJobsLabel").nullableText(q.value(GroupColumn::DefaultJobsLabel));
    json.key("defaultNotebooksLabel").nullableText(q.value(GroupColumn::DefaultNotebooksLabel));
    json.key("defaultOtpRequiredForLogin").value(q.value(GroupColumn::DefaultOtpRequiredForLogin).toBool());
    json.key("defaultServicesLabel").nullableText(q.value(GroupColumn::DefaultServicesLabel));
    json.key("defaultTimeZone").nullableText(q.value(GroupColumn::DefaultTimeZone));
    json.key("description").nullableText(q.value(GroupColumn::Description));
    json.key("id").value(q.value(GroupColumn::Id).toLongLong());
    json.key("lastUpdatedById").nullableInteger(q.value(GroupColumn::LastUpdatedById));
    json.key("memberCount").value(q.value(GroupColumn::MemberCount).toLongLong());
    json.reserve(200 * q.value(GroupColumn::TotalMemberCount).toLongLong() + 1000);

    json.key("members").beginArray();
    const QByteArray cutoff = records::onlineCutoff().toUtf8();
    for (const MemberJson &member : membersOf(id)) {
        // NULL >= cutoff is not true in SQL either: never seen is offline.
        const bool online = !member.lastSeen.isEmpty() && member.lastSeen >= cutoff;
        json.raw(member.head + (online ? "true" : "false") + member.tail);
    }
    json.endArray();

    json.key("name").value(q.value(GroupColumn::Name).toString());
    json.key("organizationId").value(q.value(GroupColumn::OrganizationId).toLongLong());
    json.key("organizationName").value(q.value(GroupColumn::OrganizationName).toString());
    json.key("roleIds").beginArray();
    QSqlQuery &rq = m_db.prepared(u"SELECT role_id FROM group_roles WHERE group_id = ? ORDER BY position"_s, {id});
    while (rq.next())
        json.value(rq.value(0).toLongLong());
    json.endArray();
    json.key("slug").nullableText(q.value(GroupColumn::Slug));
    json.key("totalMemberCount").value(q.value(GroupColumn::TotalMemberCount).toLongLong());
    json.key("updatedAt").value(q.value(GroupColumn::UpdatedAt).toString());
    json.endObject();
    return json.take();
}

ApiResponse GroupsResource::get(const Caller &caller, qint64 id)
{
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Read))
        return *refusal;
    return ApiResponse::rawJson(groupObject(id));
}

bool GroupsResource::readAttributes(const Caller &caller, qint64 groupId, JsonBody &body, QVariantHash *columns,
    QList<qint64> *roleIds, bool *rolesGiven, std::optional<ApiResponse> *refusal)
{
    // Stored text is bounded and free of NUL, which SQLite and its readers would cut short.
    const auto checkText = [&body](const QString &camel, const QString &text, qsizetype maxLength) {
        if (text.size() > maxLength)
            body.fail(camel, u"may hold at most %1 characters; got %2."_s.arg(maxLength).arg(text.size()));
        else if (text.contains(QChar(u'\0')))
            body.fail(camel, u"must not hold NUL characters."_s);
    };
    if (const auto name = body.string(u"name"_s, false)) {
        if (name->toString().trimmed().isEmpty())
            body.fail(u"name"_s, u"must not be empty."_s);
        checkText(u"name"_s, name->toString().trimmed(), kMaxNameLength);
        columns->insert(u"name"_s, name->toString().trimmed());
    }
    for (const StringField &field : kNullableStrings) {
        const QString camel = QString::fromLatin1(field.camel);
        if (const auto value = body.string(camel, true)) {
            checkText(camel, value->toString(), field.maxLength);
            columns->insert(QString::fromLatin1(field.column), value->isNull() ? QVariant() : value->toString());
        }
    }
    if (const auto otp = body.boolean(u"defaultOtpRequiredForLogin"_s, false))
        columns->insert(u"default_otp_required_for_login"_s, otp->toBool());
    if (const auto organization = body.integer(u"organizationId"_s, false))
        columns->insert(u"organization_id"_s, organization->toInteger());
    if (const auto roles = body.integerArray(u"roleIds"_s, false)) {
        *roleIds = *roles;
        *rolesGiven = true;
    }
    if (!body.ok())
        return false;

    if (columns->contains(u"slug"_s) && !columns->value(u"slug"_s).isNull()) {
        const QString slug = columns->value(u"slug"_s).toString();
        if (!isValidSlug(slug)) {
            body.fail(u"slug"_s,
                u"may hold only lowercase letters, digits, and single - or _ between them; "
                "got \"%1\"."_s.arg(slug));
            return false;
        }
    }
    if (columns->contains(u"default_time_zone"_s) && !columns->value(u"default_time_zone"_s).isNull()) {
        const QString zone = columns->value(u"default_time_zone"_s).toString();
        if (!isKnownTimeZone(zone)) {
            body.fail(
                u"defaultTimeZone"_s, u"must be a time zone such as \"America/Chicago\"; got \"%1\"."_s.arg(zone));
            return false;
        }
    }
    for (qint64 role : std::as_const(*roleIds)) {
        if (role <= 0) {
            body.fail(u"roleIds"_s, u"must hold positive ids; got %1."_s.arg(role));
            return false;
        }
    }
    if (columns->contains(u"organization_id"_s)) {
        const qint64 organization = columns->value(u"organization_id"_s).toLongLong();
        if (!existingId(m_db, u"organizations"_s, organization)) {
            *refusal = ApiResponse::error(
                404, u"%1: there is no organization %2."_s.arg(body.spelling(u"organizationId"_s)).arg(organization));
            return false;
        }
        if (groupId != 0) {
            // Moving a group between organizations would hand it to the other organization's
            // admins: it takes an admin of both, and a key belongs to one organization, so the
            // API refuses every move. Sending the group's own organization back is no move.
            const qint64 current
                = m_db.scalar(u"SELECT organization_id FROM groups WHERE id = ?"_s, {groupId}).toLongLong();
            if (organization != current) {
                *refusal = ApiResponse::error(403,
                    u"%1: a group cannot be moved to another organization (it belongs to organization %2); "
                    "create a group there instead."_s.arg(body.spelling(u"organizationId"_s))
                        .arg(current));
                return false;
            }
            columns->remove(u"organization_id"_s);
        } else if (organization != caller.organizationId) {
            *refusal = ApiResponse::error(403,
                u"%1: you can place groups only in your own organization (%2)."_s
                    .arg(body.spelling(u"organizationId"_s))
                    .arg(caller.organizationId));
            return false;
        }
    }
    return true;
}

std::optional<ApiResponse> GroupsResource::refuseTakenSlug(const QString &slug, qint64 exceptGroupId)
{
    if (slug.isEmpty()
        || !m_db.scalar(u"SELECT 1 FROM groups WHERE slug = ? AND id <> ?"_s, {slug, exceptGroupId}).isValid())
        return std::nullopt;
    return ApiResponse::error(409, u"The slug \"%1\" is already taken by another group; choose another."_s.arg(slug));
}

bool GroupsResource::writeRoles(qint64 id, const QList<qint64> &roleIds)
{
    if (!m_db.exec(u"DELETE FROM group_roles WHERE group_id = ?"_s, {id}))
        return false;
    for (qsizetype i = 0; i < roleIds.size(); ++i) {
        if (!m_db.exec(u"INSERT OR IGNORE INTO group_roles(group_id, role_id, position) VALUES (?, ?, ?)"_s,
                {id, roleIds.at(i), i}))
            return false;
    }
    return true;
}

ApiResponse GroupsResource::post(const Caller &caller, const QByteArray &bytes)
{
    QString parseError;
    std::optional<JsonBody> body = JsonBody::parse(bytes, &parseError);
    if (!body)
        return ApiResponse::error(400, parseError);
    body->requireField(u"name"_s);
    QVariantHash columns;
    QList<qint64> roleIds;
    bool rolesGiven = false;
    std::optional<ApiResponse> refusal;
    if (!readAttributes(caller, 0, *body, &columns, &roleIds, &rolesGiven, &refusal))
        return refusal ? *refusal : ApiResponse::error(400, body->error());
    // As the real API does, a group created without a slug (or with a null one) gets one.
    if (columns.value(u"slug"_s).isNull())
        columns.insert(u"slug"_s, generatedSlug());

    SandboxTransaction transaction(m_db);
    if (auto taken = refuseTakenSlug(columns.value(u"slug"_s).toString(), 0))
        return *taken;

    const QString now = SandboxDatabase::now();
    columns.insert(u"organization_id"_s, columns.value(u"organization_id"_s, caller.organizationId));
    columns.insert(u"created_at"_s, now);
    columns.insert(u"updated_at"_s, now);
    columns.insert(u"created_by_id"_s, caller.userId);
    columns.insert(u"last_updated_by_id"_s, caller.userId);
    QStringList names;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        names.append(it.key());
        values.append(it.value());
    }
    QSqlQuery insert = m_db.query(
        u"INSERT INTO groups(%1) VALUES (%2)"_s.arg(names.join(u','), QStringList(names.size(), u"?"_s).join(u',')),
        values);
    if (insert.lastError().type() != QSqlError::NoError)
        return storageFailure(m_db);
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!writeRoles(id, roleIds) || !transaction.commit())
        return storageFailure(m_db);
    return ApiResponse::rawJson(groupObject(id), 201);
}

ApiResponse GroupsResource::update(const Caller &caller, qint64 id, const QByteArray &bytes, bool replaceAll)
{
    QString parseError;
    std::optional<JsonBody> body = JsonBody::parse(bytes, &parseError);
    if (!body)
        return ApiResponse::error(400, parseError);
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Write))
        return *refusal;
    if (replaceAll)
        body->requireField(u"name"_s);
    QVariantHash columns;
    QList<qint64> roleIds;
    bool rolesGiven = false;
    std::optional<ApiResponse> refusal;
    if (!readAttributes(caller, id, *body, &columns, &roleIds, &rolesGiven, &refusal))
        return refusal ? *refusal : ApiResponse::error(400, body->error());

    if (replaceAll) {
        // PUT replaces every attribute: what was not sent goes back to its default. The group
        // stays in its organization unless one is given: a group always belongs to one.
        for (const StringField &field : kNullableStrings) {
            const QString column = QString::fromLatin1(field.column);
            if (field.resetByPut && !columns.contains(column))
                columns.insert(column, QVariant());
        }
        if (!columns.contains(u"default_otp_required_for_login"_s))
            columns.insert(u"default_otp_required_for_login"_s, false);
        rolesGiven = true;
    }

    SandboxTransaction transaction(m_db);
    if (auto taken = refuseTakenSlug(columns.value(u"slug"_s).toString(), id))
        return *taken;

    columns.insert(u"updated_at"_s, SandboxDatabase::now());
    columns.insert(u"last_updated_by_id"_s, caller.userId);
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        assignments.append(it.key() + " = ?"_L1);
        values.append(it.value());
    }
    values.append(id);
    if (!m_db.exec(u"UPDATE groups SET %1 WHERE id = ?"_s.arg(assignments.join(u',')), values))
        return storageFailure(m_db);
    if ((rolesGiven && !writeRoles(id, roleIds)) || !transaction.commit())
        return storageFailure(m_db);
    return ApiResponse::rawJson(groupObject(id));
}

ApiResponse GroupsResource::remove(const Caller &caller, qint64 id)
{
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Manage))
        return *refusal;
    if (!m_db.exec(u"DELETE FROM groups WHERE id = ?"_s, {id}))
        return storageFailure(m_db);
    return ApiResponse::noContent();
}

ApiResponse GroupsResource::putMember(const Caller &caller, qint64 id, qint64 userId)
{
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Write))
        return *refusal;
    if (!existingId(m_db, u"users"_s, userId))
        return ApiResponse::error(404, u"There is no user %1 to add to group %2."_s.arg(userId).arg(id));
    // A memo of the members still valid before this change is edited, not read again whole.
    const QByteArray before = m_db.changeStamp();
    const auto memo = m_members.find(id);
    const bool keepMemo = memo != m_members.end() && memo->stamp == before;
    QSqlQuery insert
        = m_db.query(u"INSERT OR IGNORE INTO memberships(group_id, user_id, created_at) VALUES (?, ?, ?)"_s,
            {id, userId, SandboxDatabase::now()});
    if (insert.lastError().type() != QSqlError::NoError)
        return storageFailure(m_db);
    if (keepMemo && insert.numRowsAffected() > 0) {
        const QList<MemberJson> added = readMembers(u"m.group_id = ? AND m.user_id = ?"_s, {id, userId});
        if (added.size() == 1) {
            const MemberJson &member = added.first();
            const auto at = std::lower_bound(
                memo->members.begin(), memo->members.end(), member, [](const MemberJson &a, const MemberJson &b) {
                    return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
                });
            memo->members.insert(at, member);
            memo->stamp = m_db.changeStamp();
        }
    }
    return ApiResponse::rawJson(groupObject(id));
}

ApiResponse GroupsResource::deleteMember(const Caller &caller, qint64 id, qint64 userId)
{
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Write))
        return *refusal;
    const QByteArray before = m_db.changeStamp();
    QSqlQuery q = m_db.query(u"DELETE FROM memberships WHERE group_id = ? AND user_id = ?"_s, {id, userId});
    if (q.lastError().type() != QSqlError::NoError)
        return storageFailure(m_db);
    if (q.numRowsAffected() == 0)
        return ApiResponse::error(404, u"User %1 is not a member of group %2."_s.arg(userId).arg(id));
    if (const auto memo = m_members.find(id); memo != m_members.end() && memo->stamp == before) {
        memo->members.removeIf([userId](const MemberJson &member) { return member.id == userId; });
        memo->stamp = m_db.changeStamp();
    }
    return ApiResponse::noContent();
}

ApiResponse GroupsResource::listChildGroups(const Caller &caller, qint64 id)
{
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Read))
        return *refusal;
    QJsonArray byLevel[4];
    QSqlQuery q = m_db.query(u"SELECT gs.level, g.id, g.name FROM group_shares gs JOIN groups g ON g.id = gs.group_id "
                             "WHERE gs.grantee_group_id = ? ORDER BY g.name COLLATE NOCASE, g.id"_s,
        {id});
    while (q.next()) {
        const int level = qBound(1, q.value(0).toInt(), 3);
        byLevel[level].append(QJsonObject{{u"id"_s, q.value(1).toLongLong()}, {u"name"_s, q.value(2).toString()}});
    }
    return ApiResponse::json(QJsonObject{
        {u"manageable"_s, byLevel[int(PermissionLevel::Manage)]},
        {u"writeable"_s, byLevel[int(PermissionLevel::Write)]},
        {u"readable"_s, byLevel[int(PermissionLevel::Read)]},
    });
}

QJsonObject GroupsResource::shareIndex(qint64 id)
{
    QJsonArray users[4];
    QJsonArray groups[4];
    QSqlQuery uq = m_db.query(u"SELECT s.level, u.id, u.name FROM user_shares s JOIN users u ON u.id = s.user_id "
                              "WHERE s.group_id = ? ORDER BY u.name COLLATE NOCASE, u.id"_s,
        {id});
    qint64 userShares = 0;
    while (uq.next()) {
        users[qBound(1, uq.value(0).toInt(), 3)].append(
            QJsonObject{{u"id"_s, uq.value(1).toLongLong()}, {u"name"_s, uq.value(2).toString()}});
        ++userShares;
    }
    QSqlQuery gq
        = m_db.query(u"SELECT s.level, g.id, g.name FROM group_shares s JOIN groups g "
                     "ON g.id = s.grantee_group_id WHERE s.group_id = ? ORDER BY g.name COLLATE NOCASE, g.id"_s,
            {id});
    qint64 groupShares = 0;
    while (gq.next()) {
        groups[qBound(1, gq.value(0).toInt(), 3)].append(
            QJsonObject{{u"id"_s, gq.value(1).toLongLong()}, {u"name"_s, gq.value(2).toString()}});
        ++groupShares;
    }
    const auto set = [&](PermissionLevel level) {
        return QJsonObject{{u"users"_s, users[int(level)]}, {u"groups"_s, groups[int(level)]}};
    };
    return QJsonObject{
        {u"readers"_s, set(PermissionLevel::Read)},
        {u"writers"_s, set(PermissionLevel::Write)},
        {u"owners"_s, set(PermissionLevel::Manage)},
        {u"totalUserShares"_s, userShares},
        {u"totalGroupShares"_s, groupShares},
    };
}

ApiResponse GroupsResource::listShares(const Caller &caller, qint64 id)
{
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Read))
        return *refusal;
    return ApiResponse::json(QJsonArray{shareIndex(id)});
}

ApiResponse GroupsResource::putShares(const Caller &caller, qint64 id, const QByteArray &bytes, bool forGroups)
{
    QString parseError;
    std::optional<JsonBody> body = JsonBody::parse(bytes, &parseError);
    if (!body)
        return ApiResponse::error(400, parseError);
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Manage))
        return *refusal;
    const QString idsField = forGroups ? u"groupIds"_s : u"userIds"_s;
    body->requireField(idsField);
    body->requireField(u"permissionLevel"_s);
    const std::optional<QList<qint64>> ids = body->integerArray(idsField, true);
    const std::optional<QJsonValue> levelName = body->string(u"permissionLevel"_s, false);
    const std::optional<QJsonValue> emailBody = body->string(u"shareEmailBody"_s, true);
    const std::optional<QJsonValue> sendEmail = body->boolean(u"sendSharedEmail"_s, true);
    if (!body->ok())
        return ApiResponse::error(400, body->error());
    const std::optional<PermissionLevel> level = permissionLevelFromName(levelName->toString());
    if (!level) {
        return ApiResponse::error(400,
            u"%1 must be one of: read, write, manage; got \"%2\"."_s.arg(
                body->spelling(u"permissionLevel"_s), levelName->toString()));
    }
    const QString table = forGroups ? u"groups"_s : u"users"_s;
    for (qint64 granteeId : *ids) {
        if (!existingId(m_db, table, granteeId)) {
            return ApiResponse::error(404,
                u"%1: there is no %2 %3."_s.arg(body->spelling(idsField), forGroups ? u"group"_s : u"user"_s)
                    .arg(granteeId));
        }
    }
    SandboxTransaction transaction(m_db);
    const QString upsert = forGroups ? u"INSERT INTO group_shares(group_id, grantee_group_id, level) VALUES (?, ?, ?) "
                                       "ON CONFLICT(group_id, grantee_group_id) DO UPDATE SET level = excluded.level"_s
                                     : u"INSERT INTO user_shares(group_id, user_id, level) VALUES (?, ?, ?) "
                                       "ON CONFLICT(group_id, user_id) DO UPDATE SET level = excluded.level"_s;
    for (qint64 granteeId : *ids) {
        if (!m_db.exec(upsert, {id, granteeId, int(*level)}))
            return storageFailure(m_db);
    }
    if (sendEmail && sendEmail->toBool() && !ids->isEmpty()) {
        QStringList granteeIds;
        for (qint64 granteeId : *ids)
            granteeIds.append(QString::number(granteeId));
        const QVariant text = emailBody && emailBody->isString() ? QVariant(emailBody->toString()) : QVariant();
        if (!m_db.exec(u"INSERT INTO share_email_outbox(group_id, grantee_kind, grantee_ids, body, sent_by_id, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {id, forGroups ? u"group"_s : u"user"_s, granteeIds.join(u','), text, caller.userId,
                    SandboxDatabase::now()}))
            return storageFailure(m_db);
    }
    if (!transaction.commit())
        return storageFailure(m_db);
    return ApiResponse::json(shareIndex(id));
}

ApiResponse GroupsResource::putSharesUsers(const Caller &caller, qint64 id, const QByteArray &body)
{
    return putShares(caller, id, body, false);
}

ApiResponse GroupsResource::putSharesGroups(const Caller &caller, qint64 id, const QByteArray &body)
{
    return putShares(caller, id, body, true);
}

ApiResponse GroupsResource::deleteSharesUsers(const Caller &caller, qint64 id, qint64 userId)
{
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Manage))
        return *refusal;
    QSqlQuery q = m_db.query(u"DELETE FROM user_shares WHERE group_id = ? AND user_id = ?"_s, {id, userId});
    if (q.lastError().type() != QSqlError::NoError)
        return storageFailure(m_db);
    if (q.numRowsAffected() == 0)
        return ApiResponse::error(404, u"User %1 holds no share on group %2."_s.arg(userId).arg(id));
    return ApiResponse::noContent();
}

ApiResponse GroupsResource::deleteSharesGroups(const Caller &caller, qint64 id, qint64 granteeGroupId)
{
    if (auto refusal = refuseUnless(caller, id, PermissionLevel::Manage))
        return *refusal;
    QSqlQuery q
        = m_db.query(u"DELETE FROM group_shares WHERE group_id = ? AND grantee_group_id = ?"_s, {id, granteeGroupId});
    if (q.lastError().type() != QSqlError::NoError)
        return storageFailure(m_db);
    if (q.numRowsAffected() == 0)
        return ApiResponse::error(404, u"Group %1 holds no share on group %2."_s.arg(granteeGroupId).arg(id));
    return ApiResponse::noContent();
}
