#include "sandbox/records.h"

#include "sandbox/jsonwriter.h"
#include "sandbox/sandboxdatabase.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QStringList>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace records {

QJsonValue nullable(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(value);
}

QJsonValue nullableInteger(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    return QJsonValue(value.toLongLong());
}

QString initialsOf(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString initials = words.first().left(1).toUpper();
    if (words.size() > 1)
        initials += words.last().left(1).toUpper();
    return initials;
}

QByteArray nocaseKey(const QString &text)
{
    return nocaseKey(QByteArrayView(text.toUtf8()));
}

QByteArray nocaseKey(QByteArrayView utf8)
{
    QByteArray key = utf8.toByteArray();
    for (char &c : key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return key;
}

QString onlineCutoff()
{
    return QDateTime::currentDateTimeUtc().addSecs(-5 * 60).toString(Qt::ISODateWithMs);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

void addPagingHeaders(ApiResponse &response, qint64 page, qint64 perPage, qint64 totalEntries)
{
    const qint64 totalPages = perPage > 0 ? (totalEntries + perPage - 1) / perPage : 0;
    response.addHeader("X-Pagination-Current-Page"_ba, QByteArray::number(page));
    response.addHeader("X-Pagination-Per-Page"_ba, QByteArray::number(perPage));
    response.addHeader("X-Pagination-Total-Pages"_ba, QByteArray::number(totalPages));
    response.addHeader("X-Pagination-Total-Entries"_ba, QByteArray::number(totalEntries));
}

QHash<qint64, QByteArray> groupsOfUsersJson(SandboxDatabase &db, const QList<qint64> &userIds)
{
    QHash<qint64, QByteArray> result;
    if (userIds.isEmpty())
        return result;
    // Two plain look-ups and the ordering done here: joining and sorting thousands of rows by
    // name in SQLite cost more than the rest of a page of 1,000 users. Both read through the C
    // API (SqliteRows): through QSqlQuery, reading these rows was 40 % of such a page.
    struct Membership
    {
        qint64 userId;
        qint64 groupId; ///< Then the group's place in `groups` below.
    };
    std::vector<Membership> memberships;
    memberships.reserve(size_t(userIds.size()) * 4);
    QList<qint64> groupIds;
    {
        QSet<qint64> seen;
        // The ids as one bound JSON array: the same statement, prepared once, for every page.
        SqliteRows m = db.rows(
            u"SELECT user_id, group_id FROM memberships WHERE user_id IN (SELECT value FROM json_each(?))"_s,
            {QVariant(u'[' + idList(userIds) + u']')});
        while (m.next()) {
            const qint64 groupId = m.integer(1);
            memberships.push_back({m.integer(0), groupId});
            if (!seen.contains(groupId)) {
                seen.insert(groupId);
                groupIds.append(groupId);
            }
        }
    }
    struct GroupJson
    {
        qint64 id;
        QByteArray sortKey;
        QByteArray json;
    };
    std::vector<GroupJson> groups;
    groups.reserve(size_t(groupIds.size()));
    SqliteRows g = db.rows(u"SELECT g.id, g.name, g.slug, g.organization_id, o.name FROM groups g "
                           "JOIN organizations o ON o.id = g.organization_id "
                           "WHERE g.id IN (SELECT value FROM json_each(?))"_s,
        {QVariant(u'[' + idList(groupIds) + u']')});
    while (g.next()) {
        const qint64 id = g.integer(0);
        JsonWriter json;
        json.beginObject();
        json.key("id").value(id);
        const QByteArrayView name = g.text(1);
        QByteArray sortKey = nocaseKey(name);
        json.key("name").utf8Value(name);
        json.key("organizationId").value(g.integer(3));
        json.key("organizationName").utf8Value(g.text(4));
        json.key("slug");
        if (g.isNull(2))
            json.null();
        else
            json.utf8Value(g.text(2));
        json.endObject();
        groups.push_back({id, std::move(sortKey), json.take()});
    }
    // The API's order: group name (NOCASE), then id. Sorted once for all the page's people,
    // each membership then ordered by its group's place.
    std::sort(groups.begin(), groups.end(), [](const GroupJson &a, const GroupJson &b) {
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
    });
    QHash<qint64, qint64> placeOf;
    placeOf.reserve(qsizetype(groups.size()));
    for (size_t i = 0; i < groups.size(); ++i)
        placeOf.insert(groups[i].id, qint64(i));
    // A membership whose group is not found (there is none while foreign keys hold) is left out.
    std::vector<Membership> placed;
    placed.reserve(memberships.size());
    for (const Membership &membership : memberships) {
        if (const auto place = placeOf.constFind(membership.groupId); place != placeOf.cend())
            placed.push_back({membership.userId, *place});
    }
    std::sort(placed.begin(), placed.end(), [](const Membership &a, const Membership &b) {
        return a.userId != b.userId ? a.userId < b.userId : a.groupId < b.groupId;
    });
    result.reserve(userIds.size());
    for (size_t i = 0; i < placed.size();) {
        const qint64 userId = placed[i].userId;
        QByteArray &list = result[userId];
        for (; i < placed.size() && placed[i].userId == userId; ++i) {
            if (!list.isEmpty())
                list.append(',');
            list.append(groups[size_t(placed[i].groupId)].json);
        }
    }
    return result;
}

QJsonArray groupsOfUser(SandboxDatabase &db, qint64 userId)
{
    return QJsonDocument::fromJson('[' + groupsOfUsersJson(db, {userId}).value(userId) + ']').array();
}

namespace {

QString personalGrantsSql(qint64 userId)
{
    return u"SELECT group_id, level FROM user_shares WHERE user_id = %1 "
           "UNION ALL SELECT gs.group_id, gs.level FROM memberships m "
           "JOIN group_shares gs ON gs.grantee_group_id = m.group_id WHERE m.user_id = %1 "
           "UNION ALL SELECT id, 3 FROM groups WHERE created_by_id = %1"_s.arg(userId);
}

} // namespace

QString grantsSql(const Caller &caller)
{
    QString sql = personalGrantsSql(caller.userId);
    if (caller.organizationAdmin)
        sql += u" UNION ALL SELECT id, 3 FROM groups WHERE organization_id = %1"_s.arg(caller.organizationId);
    return sql;
}

QString holdsAtLeastSql(const Caller &caller, int minimum)
{
    // The caller's grants are few next to the groups; gather them once rather than working
    // out a level for every group row. An admin's own organization needs no look-up at all.
    QString held = u"g.id IN (SELECT group_id FROM (%1) GROUP BY group_id HAVING MAX(level) >= %2)"_s
                       .arg(personalGrantsSql(caller.userId))
                       .arg(minimum);
    if (!caller.organizationAdmin)
        return held;
    // The unary + keeps SQLite from answering the OR through two indexes and then sorting every
    // group of the organization: walking the ordering index and testing each row is far cheaper.
    return u"(+g.organization_id = %1 OR %2)"_s.arg(caller.organizationId).arg(held);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'%', "\\%"_L1).replace(u'_', "\\_"_L1);
    return u'%' + escaped + u'%';
}

} // namespace records
