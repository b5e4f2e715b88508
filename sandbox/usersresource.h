#pragma once

#include "sandbox/apimessages.h"
#include "sandbox/sandboxdatabase.h"
#include "sandbox/usergroups.h"

#include <QtCore/QHash>

/// GET /users/, /users/me and /users/{id} over the sandbox database. Transport-free.
class UsersResource
{
public:
    explicit UsersResource(SandboxDatabase &db);

    ApiResponse list(const Caller &caller, QueryParams query);
    ApiResponse me(const Caller &caller);
    ApiResponse get(const Caller &caller, qint64 id);

private:
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
