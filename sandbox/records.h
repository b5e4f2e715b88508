#pragma once

#include "sandbox/apimessages.h"

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

/// \a text as SQLite's NOCASE collation orders it, for ordering in C++ exactly as the SQL
/// does: UTF-8 with only the ASCII capitals folded, compared bytewise.
QByteArray nocaseKey(const QString &text);
QByteArray nocaseKey(QByteArrayView utf8);

/// Users seen after this timestamp count as online.
QString onlineCutoff();

/// "1,2,3": ids for an SQL IN list. Ids are integers, so no quoting is needed.
QString idList(const QList<qint64> &ids);

/// The four X-Pagination-* headers.
void addPagingHeaders(ApiResponse &response, qint64 page, qint64 perPage, qint64 totalEntries);

/// The one statement of who holds what: a SELECT of (group_id, level) rows, one per grant the
/// caller holds: their own shares, the shares of every group they are a member of, manage on
/// the groups they created and, for an organization admin, manage on their organization's groups.
QString grantsSql(const Caller &caller);

/// An SQL condition: the caller holds at least \a minimum (1-3) on the group aliased `g`.
QString holdsAtLeastSql(const Caller &caller, int minimum);

/// Escapes LIKE wildcards and wraps \a text as a substring pattern for `LIKE ? ESCAPE '\'`.
QString likePattern(const QString &text);

} // namespace records
