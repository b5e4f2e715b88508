#include "sandbox/records.h"

#include <QtCore/QDateTime>
#include <QtCore/QStringList>

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
