#pragma once

#include "sandbox/apimessages.h"
#include "sandbox/sandboxdatabase.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>

#include <variant>

/// Every /groups operation of the Civis API over the sandbox database.
/// Transport-free: takes the caller, ids, query and body; answers an ApiResponse.
class GroupsResource
{
public:
    explicit GroupsResource(SandboxDatabase &db);

    /// The slug the real API gives a group created without one: a random UUID.
    static QString generatedSlug();

    ApiResponse list(const Caller &caller, QueryParams query);
    ApiResponse post(const Caller &caller, const QByteArray &body);
    ApiResponse get(const Caller &caller, qint64 id);
    /// PATCH when \a replaceAll is false (only the fields sent); PUT when true (the rest reset).
    ApiResponse update(const Caller &caller, qint64 id, const QByteArray &body, bool replaceAll);
    ApiResponse remove(const Caller &caller, qint64 id);

    ApiResponse putMember(const Caller &caller, qint64 id, qint64 userId);
    ApiResponse deleteMember(const Caller &caller, qint64 id, qint64 userId);

    ApiResponse listChildGroups(const Caller &caller, qint64 id);

    ApiResponse listShares(const Caller &caller, qint64 id);
    ApiResponse putSharesUsers(const Caller &caller, qint64 id, const QByteArray &body);
    ApiResponse putSharesGroups(const Caller &caller, qint64 id, const QByteArray &body);
    ApiResponse deleteSharesUsers(const Caller &caller, qint64 id, qint64 userId);
    ApiResponse deleteSharesGroups(const Caller &caller, qint64 id, qint64 granteeGroupId);

private:
    /// Answers nothing when the caller holds \a needed on group \a id; otherwise the 404 or 403.
    std::optional<ApiResponse> refuseUnless(const Caller &caller, qint64 id, PermissionLevel needed);
    /// The whole Group, members included, as JSON.
    QByteArray groupObject(qint64 id);
    QJsonObject shareIndex(qint64 id);
    /// Reads the group attributes of a create/patch/put body into column values; false on a bad body.
    /// \a groupId is the group changed, 0 for one being created.
    bool readAttributes(const Caller &caller, qint64 groupId, JsonBody &body, QVariantHash *columns,
        QList<qint64> *roleIds, bool *rolesGiven, std::optional<ApiResponse> *refusal);
    /// The 409 when another group than \a exceptGroupId holds \a slug.
    std::optional<ApiResponse> refuseTakenSlug(const QString &slug, qint64 exceptGroupId);
    /// Replaces the group's role ids, keeping their order.
    bool writeRoles(qint64 id, const QList<qint64> &roleIds);
    ApiResponse putShares(const Caller &caller, qint64 id, const QByteArray &body, bool forGroups);

    /// What one list query (filters, order, page size) has learnt about its pages while the
    /// data stays as it was: the total, and where each page read so far ended.
    struct PagingMemo
    {
        QByteArray stamp; ///< SandboxDatabase::changeStamp() when this was learnt.
        qint64 total = -1;
        QHash<qint64, QPair<QVariant, qint64>> pageEnds; ///< Page -> (sort value, id) of its last row.
    };
    PagingMemo &pagingMemo(const QString &key);

    // GET /groups/, step by step: list() reads as these.
    struct ListQuery;
    struct PageRow;
    /// The query read and checked into the page it asks for and the SQL of its rows, or the 400.
    static std::variant<ListQuery, ApiResponse> parseListQuery(const Caller &caller, QueryParams &query);
    /// The memo of \a list's filters, order and page size, its total counted if it was not yet.
    PagingMemo &pagingMemo(const ListQuery &list);
    /// The rows of \a list's page: after the last row of the nearest page before it that \a memo
    /// knows the end of (keyset), else from the first row.
    SqliteRows pageRows(const ListQuery &list, const PagingMemo &memo);
    /// Writes each of \a rows (the page of \a list) as its group's entry, and keeps in \a memo where
    /// a full page ends.
    QList<PageRow> writePageRows(const ListQuery &list, SqliteRows &rows, PagingMemo &memo);
    /// One group of the page, from its row of kSelectGroups.
    static PageRow writePageRow(SqliteRows &row);
    /// include_members: the members of the page's groups, in one query, written; by group id.
    QHash<qint64, QByteArray> membersOfPage(const QList<PageRow> &page);
    /// The answer: each group of \a page with its \a members (none when not asked for) spliced in.
    static QByteArray pageBody(const QList<PageRow> &page, const QHash<qint64, QByteArray> &members);

    /// One member of a group as its answer writes it, split around "online", which depends on
    /// the time of the answer: head + (seen since the cutoff ? true : false) + tail.
    struct MemberJson
    {
        QByteArray sortKey; ///< The name as SQLite's NOCASE orders it: UTF-8, ASCII letters folded.
        qint64 id = 0;
        QByteArray head;
        QByteArray lastSeen; ///< last_seen_at; empty when never seen.
        QByteArray tail;
    };
    /// The members of one group, written once and kept while the data stays as it was; a member
    /// PUT or DELETE edits it in place, so its answer re-reads one member, not thousands.
    struct MembersMemo
    {
        QByteArray stamp; ///< SandboxDatabase::changeStamp() the list is valid for.
        QList<MemberJson> members; ///< In the API's order: name (NOCASE), then id.
    };
    /// Group \a id's members for the data as it is now, read only when the memo is stale.
    const QList<MemberJson> &membersOf(qint64 id);
    /// The member entries of the users \a where selects (SQL over memberships m, users u).
    QList<MemberJson> readMembers(const QString &where, const QVariantList &binds);

    SandboxDatabase &m_db;
    QHash<QString, PagingMemo> m_paging;
    QHash<qint64, MembersMemo> m_members;
};
