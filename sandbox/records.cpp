#include "records.h"

#include "sandboxdatabase.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>
#include <QtSql/QSqlQuery>

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

QHash<qint64, QJsonArray> groupsOfUsers(SandboxDatabase &db, const QList<qint64> &userIds)
{
    QHash<qint64, QJsonArray> result;
    if (userIds.isEmpty())
        return result;
    QSqlQuery q = db.query(
        u"SELECT m.user_id, g.id, g.name, g.slug, g.organization_id, o.name "
        "FROM memberships m JOIN groups g ON g.id = m.group_id "
        "JOIN organizations o ON o.id = g.organization_id "
        "WHERE m.user_id IN (%1) ORDER BY g.name COLLATE NOCASE, g.id"_s.arg(idList(userIds)));
    while (q.next()) {
        result[q.value(0).toLongLong()].append(QJsonObject{
            {u"id"_s, q.value(1).toLongLong()},
            {u"name"_s, q.value(2).toString()},
            {u"slug"_s, nullable(q.value(3))},
            {u"organizationId"_s, q.value(4).toLongLong()},
            {u"organizationName"_s, q.value(5).toString()},
        });
    }
    return result;
}

QString permissionLevelSql(const Caller &caller)
{
    // Organization admins and creators manage outright; otherwise the best of the caller's own
    // share and the shares held by any group the caller is a member of.
    const QString admin = caller.organizationAdmin
        ? u"WHEN g.organization_id = %1 THEN 3 "_s.arg(caller.organizationId)
        : QString();
    return u"(CASE %1WHEN g.created_by_id = %2 THEN 3 ELSE MAX("
           "COALESCE((SELECT us.level FROM user_shares us WHERE us.group_id = g.id AND us.user_id = %2), 0), "
           "COALESCE((SELECT MAX(gs.level) FROM group_shares gs JOIN memberships gm "
           "ON gm.group_id = gs.grantee_group_id AND gm.user_id = %2 WHERE gs.group_id = g.id), 0)) END)"_s
        .arg(admin)
        .arg(caller.userId);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'%', "\\%"_L1).replace(u'_', "\\_"_L1);
    return u'%' + escaped + u'%';
}

} // namespace records
