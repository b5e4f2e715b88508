#pragma once

#include "sandbox/apimessages.h"
#include "sandbox/sandboxdatabase.h"

/// GET /users/, /users/me and /users/{id} over the sandbox database. Transport-free.
class UsersResource
{
public:
    explicit UsersResource(SandboxDatabase &db);

    ApiResponse list(const Caller &caller, QueryParams query);
    ApiResponse me(const Caller &caller);
    ApiResponse get(const Caller &caller, qint64 id);

private:
    SandboxDatabase &m_db;
};
