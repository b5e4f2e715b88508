#pragma once

#include "sandbox/apimessages.h"
#include "sandbox/sandboxdatabase.h"
#include "sandbox/usergroups.h"

#include <QtCore/QHash>

#include <variant>

/// GET /users/, /users/me and /users/{id} over the sandbox database. Transport-free.
class UsersResource
{
public:
    explicit UsersResource(SandboxDatabase &db);

    ApiResponse list(const Caller &caller, QueryParams query);
    ApiResponse me(const Caller &caller);
    ApiResponse get(const Caller &caller, qint64 id);

private:
    // GET /users/, step by step: list() reads as these.
    struct ListQuery;
    /// The query read and checked into the page it asks for and the SQL of its people, or the 400.
    static std::variant<ListQuery, ApiResponse> parseListQuery(QueryParams &query);
    /// The WHERE clause of \a list's filters and its binds.
    static void writeWhere(ListQuery &list);
    /// The ids of the people of \a list's page, in its order; \a total is the filter's.
    QList<qint64> pageIds(const ListQuery &list, qint64 total);
    /// The answer: the list entries of the people \a ids, in that order.
    QByteArray writePage(const QList<qint64> &ids, bool excludeGroups);

    /// The total of one filter, counted once while the data stays as it was: counting 100,000
    /// people took longer than writing a page of 1,000 of them.
    qint64 total(const QString &whereSql, const QVariantList &binds, const QByteArray &stamp);
    /// The UserGroup objects of \a userId, for /users/me and /users/{id}.
    QJsonArray groupsOfUser(qint64 userId);

    struct Total
    {
        QByteArray stamp; ///< SandboxDatabase::changeStamp() when counted.
        qint64 count = 0;
    };
    SandboxDatabase &m_db;
    QHash<QString, Total> m_totals;
    UserGroups m_userGroups;
};
