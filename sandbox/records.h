#pragma once

#include "apimessages.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QVariant>

class SandboxDatabase;

// What the users and groups resources both write: JSON values, paging, shared look-ups.
namespace records {

/// A column value as JSON, null when the column is NULL.
QJsonValue nullable(const QVariant &value);
QJsonValue nullableInteger(const QVariant &value);

/// "Ada Lovelace" -> "AL".
QString initialsOf(const QString &name);

/// Users seen after this timestamp count as online.
QString onlineCutoff();

/// "1,2,3": ids for an SQL IN list. Ids are integers, so no quoting is needed.
QString idList(const QList<qint64> &ids);

/// The four X-Pagination-* headers.
void addPagingHeaders(ApiResponse &response, qint64 page, qint64 perPage, qint64 totalEntries);

/// The UserGroup objects (id, name, slug, organizationId, organizationName) of each user in \a userIds.
QHash<qint64, QJsonArray> groupsOfUsers(SandboxDatabase &db, const QList<qint64> &userIds);

/// An SQL expression for the caller's permission level (0-3) on the group aliased `g`.
QString permissionLevelSql(const Caller &caller);

/// Escapes LIKE wildcards and wraps \a text as a substring pattern for `LIKE ? ESCAPE '\'`.
QString likePattern(const QString &text);

} // namespace records
