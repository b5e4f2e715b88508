#include "models/effectiveaccessloader.h"

#include "models/groupstore.h"

#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <algorithm>

namespace Models {

using Api::PermissionLevel;

QString AccessRoute::text() const
{
    switch (kind) {
    case Kind::Direct:
        return tr("Shared directly");
    case Kind::Creator:
        return tr("Creator of the group");
    case Kind::Membership:
        return tr("Member of %1").arg(viaGroup.name);
    }
    return {};
}

void AccessRoute::sort(QList<AccessRoute> &routes)
{
    std::sort(routes.begin(), routes.end(), [](const AccessRoute &a, const AccessRoute &b) {
        if (a.level != b.level)
            return a.level > b.level;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return QString::compare(a.viaGroup.name, b.viaGroup.name, Qt::CaseInsensitive) < 0;
    });
}

QString PersonAccess::viaText() const
{
    QStringList texts;
    texts.reserve(routes.size());
    for (const AccessRoute &route : routes)
        texts.append(route.text());
    return texts.join(QStringLiteral("; "));
}

QString PersonAccess::statusText() const
{
    if (!active)
        return tr("Unknown");
    return *active ? tr("Active") : tr("Deactivated");
}

int EffectiveAccess::count(PermissionLevel level) const
{
    return int(std::count_if(people.cbegin(), people.cend(),
        [level](const PersonAccess &person) { return person.level == level && !person.isDeactivated(); }));
}

int EffectiveAccess::activeCount() const
{
    return int(people.size()) - deactivatedCount();
}

int EffectiveAccess::deactivatedCount() const
{
    return int(std::count_if(
        people.cbegin(), people.cend(), [](const PersonAccess &person) { return person.isDeactivated(); }));
}

QString EffectiveAccess::organizationAdminsText() const
{
    if (organizationName && !organizationName->isEmpty()) {
        return tr("Organization admins of %1 also manage this group; the API does not say who they are, so they are "
                  "not listed.")
            .arg(*organizationName);
    }
    return tr("The admins of the group's organization also manage this group; the API does not say who they are, "
              "so they are not listed.");
}

// AccessFetcher ---------------------------------------------------------------------------------

AccessFetcher::AccessFetcher(GroupStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

AccessFetcher::~AccessFetcher()
{
    cancel();
}

template <typename T>
void AccessFetcher::ask(QHash<qint64, Entry<T>> &entries, qint64 id, const QObject *context,
    std::function<void(const Api::Result<T> &)> handler, const std::function<Api::Call<T>()> &send)
{
    Entry<T> &entry = entries[id];
    if (entry.result && entry.result->ok()) {
        // Answered before: the handler still runs later, as for a request, so a caller's
        // bookkeeping never sees its handler run inside its own call.
        QTimer::singleShot(0, context, [handler = std::move(handler), result = *entry.result] { handler(result); });
        return;
    }
    entry.waiting.append({QPointer<const QObject>(context), std::move(handler)});
    if (entry.call.call())
        return; // on its way: the answer goes to everyone waiting
    entry.result.reset();
    entry.call = send();
    if (!entry.call.call()) {
        // No client (the connection is gone): everyone waiting hears so, later.
        Api::Result<T> gone;
        gone.error.kind = Api::ApiError::Kind::Cancelled;
        gone.error.detail = tr("The connection was closed.");
        const auto waiting = std::exchange(entry.waiting, {});
        for (const auto &waiter : waiting) {
            if (waiter.first)
                QTimer::singleShot(0, waiter.first, [handler = waiter.second, gone] { handler(gone); });
        }
        return;
    }
    entry.call.onFinished(this, [&entries, id](const Api::Result<T> &result) {
        const auto it = entries.find(id);
        if (it == entries.end())
            return;
        it->call = {};
        it->result = result;
        const auto waiting = std::exchange(it->waiting, {});
        for (const auto &[receiver, waiter] : waiting) {
            if (receiver)
                waiter(result);
        }
    });
}

void AccessFetcher::group(qint64 id, const QObject *context, GroupHandler handler)
{
    ask<Api::Group>(m_groups, id, context, std::move(handler),
        [this, id] { return m_store ? m_store->refresh(id) : Api::Call<Api::Group>(); });
}

void AccessFetcher::user(qint64 id, const QObject *context, UserHandler handler)
{
    ask<Api::UserDetail>(m_users, id, context, std::move(handler), [this, id] {
        return m_store && m_store->client() ? m_store->client()->users().get(id) : Api::Call<Api::UserDetail>();
    });
}

void AccessFetcher::updateGroup(const Api::Group &group)
{
    Entry<Api::Group> &entry = m_groups[group.id];
    if (entry.call.call())
        return; // an answer is on its way and will be newer
    Api::Result<Api::Group> result;
    result.value = group;
    entry.result = result;
}

void AccessFetcher::cancel()
{
    // Cancelling answers at once (finished() with Cancelled), which edits the entries: collect first.
    QList<QPointer<Api::ApiCall>> calls;
    for (const Entry<Api::Group> &entry : std::as_const(m_groups)) {
        if (entry.call.call())
            calls.append(entry.call.call());
    }
    for (const Entry<Api::UserDetail> &entry : std::as_const(m_users)) {
        if (entry.call.call())
            calls.append(entry.call.call());
    }
    for (const QPointer<Api::ApiCall> &call : std::as_const(calls)) {
        if (call)
            call->cancel();
    }
}

// EffectiveAccessLoader --------------------------------------------------------------------------

EffectiveAccessLoader::EffectiveAccessLoader(AccessFetcher *fetcher, qint64 groupId, Options options, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_groupId(groupId)
    , m_options(options)
{
    m_result.groupId = groupId;
}

EffectiveAccessLoader::~EffectiveAccessLoader() = default;

void EffectiveAccessLoader::start()
{
    ++m_generation;
    m_started = true;
    m_loading = true;
    m_usersAsked = false;
    m_done = m_total = m_outstanding = m_shareGroupsLoading = 0;
    m_group.reset();
    m_shares.reset();
    m_groupError = m_sharesError = m_error = {};
    m_shareGroups.clear();
    m_shareGroupErrors.clear();
    m_users.clear();
    m_result = EffectiveAccess();
    m_result.groupId = m_groupId;
    fetchGroupAndShares();
}

void EffectiveAccessLoader::retry()
{
    if (m_loading)
        return;
    if (!m_started || !m_error.isNull()) {
        start();
        return;
    }
    const QList<UnreadableShareGroup> failed = m_result.unreadable;
    if (failed.isEmpty())
        return;
    m_loading = true;
    m_done = m_total = 0;
    for (const UnreadableShareGroup &group : failed) {
        m_shareGroupErrors.remove(group.group.id);
        fetchShareGroup(group.group);
    }
}

void EffectiveAccessLoader::cancel()
{
    if (!m_loading)
        return;
    ++m_generation; // answers still on their way are for a load that ended
    m_sharesCall.cancel();
    Api::ApiError cancelled;
    cancelled.kind = Api::ApiError::Kind::Cancelled;
    finish(cancelled);
}

bool EffectiveAccessLoader::dependsOnGroup(qint64 groupId) const
{
    return groupId == m_groupId || m_shareGroups.contains(groupId) || m_shareGroupErrors.contains(groupId);
}

void EffectiveAccessLoader::updateGroup(const Api::Group &group)
{
    if (group.id == m_groupId) {
        m_group = group;
    } else if (dependsOnGroup(group.id)) {
        m_shareGroups.insert(group.id, group);
        m_shareGroupErrors.remove(group.id);
    } else {
        return;
    }
    if (m_fetcher)
        m_fetcher->updateGroup(group);
    if (isFinished() && m_error.isNull()) {
        compute();
        Q_EMIT resultChanged();
    }
}

void EffectiveAccessLoader::fetchGroupAndShares()
{
    GroupStore *store = m_fetcher ? m_fetcher->store() : nullptr;
    if (!store || !store->client()) {
        Api::ApiError gone;
        gone.kind = Api::ApiError::Kind::Cancelled;
        finish(gone);
        return;
    }
    const quint64 generation = m_generation;
    m_total += 2;
    m_outstanding += 2;
    Q_EMIT progress(m_done, m_total);
    m_fetcher->group(m_groupId, this, [this, generation](const Api::Result<Api::Group> &result) {
        if (generation != m_generation)
            return;
        if (result)
            m_group = *result;
        else
            m_groupError = result.error;
        requestDone();
    });
    m_sharesCall = store->client()->groups().listShares(m_groupId);
    m_sharesCall.onFinished(this, [this, generation](const Api::Result<Api::ShareIndex> &result) {
        if (generation != m_generation)
            return;
        if (result) {
            m_shares = *result;
            // Every group the group is shared with, at whatever level: their members reach it.
            for (const Api::ShareSet *set : {&result->owners, &result->writers, &result->readers}) {
                for (const Api::NamedRef &group : set->groups)
                    fetchShareGroup(group);
            }
        } else {
            m_sharesError = result.error;
        }
        requestDone();
    });
}

void EffectiveAccessLoader::fetchShareGroup(const Api::NamedRef &group)
{
    const quint64 generation = m_generation;
    ++m_total;
    ++m_outstanding;
    ++m_shareGroupsLoading;
    Q_EMIT progress(m_done, m_total);
    const qint64 id = group.id;
    m_fetcher->group(id, this, [this, generation, id](const Api::Result<Api::Group> &result) {
        if (generation != m_generation)
            return;
        --m_shareGroupsLoading;
        if (result)
            m_shareGroups.insert(id, *result);
        else
            m_shareGroupErrors.insert(id, result.error);
        requestDone();
    });
}

void EffectiveAccessLoader::fetchUsers()
{
    m_usersAsked = true;
    if (!m_shares || !m_group)
        return;
    QSet<qint64> members;
    for (const Api::Group &group : std::as_const(m_shareGroups)) {
        for (const Api::Member &member : group.members)
            members.insert(member.id);
    }
    QList<qint64> wanted;
    if (m_options.contactDetails) {
        for (const Api::ShareSet *set : {&m_shares->owners, &m_shares->writers, &m_shares->readers}) {
            for (const Api::NamedRef &user : set->users) {
                if (!members.contains(user.id))
                    wanted.append(user.id);
            }
        }
    }
    // The creator is named by id only: unless a share or a membership names them, ask who it is.
    if (m_group->createdById && !members.contains(*m_group->createdById) && !wanted.contains(*m_group->createdById)) {
        bool named = false;
        for (const Api::ShareSet *set : {&m_shares->owners, &m_shares->writers, &m_shares->readers}) {
            for (const Api::NamedRef &user : set->users)
                named = named || user.id == *m_group->createdById;
        }
        if (!named)
            wanted.append(*m_group->createdById);
    }
    const quint64 generation = m_generation;
    for (qint64 id : std::as_const(wanted)) {
        ++m_total;
        ++m_outstanding;
        m_fetcher->user(id, this, [this, generation, id](const Api::Result<Api::UserDetail> &result) {
            if (generation != m_generation)
                return;
            // Without the details the person is still listed, by the name the share gives.
            if (result)
                m_users.insert(id, *result);
            requestDone();
        });
    }
    if (!wanted.isEmpty())
        Q_EMIT progress(m_done, m_total);
}

void EffectiveAccessLoader::requestDone()
{
    ++m_done;
    --m_outstanding;
    Q_EMIT progress(m_done, m_total);
    if (m_outstanding > 0)
        return;
    if (!m_groupError.isNull() || !m_sharesError.isNull()) {
        finish(!m_sharesError.isNull() ? m_sharesError : m_groupError);
        return;
    }
    if (!m_usersAsked) {
        fetchUsers();
        if (m_outstanding > 0)
            return;
    }
    compute();
    finish();
}

void EffectiveAccessLoader::compute()
{
    EffectiveAccess access;
    access.groupId = m_groupId;
    if (m_group) {
        access.groupName = m_group->name;
        access.organizationName = m_group->organizationName;
        access.createdById = m_group->createdById;
    }
    if (m_shares)
        access.shares = *m_shares;

    QHash<qint64, PersonAccess> people;
    const auto person = [&people](qint64 id, const QString &name) -> PersonAccess & {
        PersonAccess &entry = people[id];
        if (!entry.userId) {
            entry.userId = id;
            entry.name = name;
        }
        return entry;
    };
    const auto addDetails
        = [](PersonAccess &entry, const QString &username, const std::optional<QString> &email, bool active) {
              if (entry.username.isEmpty())
                  entry.username = username;
              if (entry.email.isEmpty() && email)
                  entry.email = *email;
              entry.active = active;
          };

    for (const auto &[set, level] : shareSetsByLevel(access.shares)) {
        for (const Api::NamedRef &user : set->users)
            person(user.id, user.name).routes.append({AccessRoute::Kind::Direct, level, {}});
        for (const Api::NamedRef &group : set->groups) {
            const auto members = m_shareGroups.constFind(group.id);
            if (members == m_shareGroups.constEnd()) {
                const Api::ApiError error = m_shareGroupErrors.value(group.id);
                if (!error.isNull())
                    access.unreadable.append({group, level, error});
                continue;
            }
            for (const Api::Member &member : members->members) {
                PersonAccess &entry = person(member.id, member.name);
                entry.routes.append({AccessRoute::Kind::Membership, level, group});
                addDetails(entry, member.username, member.email, member.active);
            }
        }
    }
    // The creator of a group holds manage on it: neither the spec nor WIRE.md says what a
    // creator may do, so this follows the sandbox's permission rules (records::grantsSql gives
    // created_by_id level 3, manage), which model the platform's: a group's creator can always
    // edit and share it. An organization admin may manage every group of the organization too,
    // but the API does not say who is one, so no route is listed for that: the view and the
    // exports say so instead (EffectiveAccess::organizationAdminsText()).
    if (access.createdById) {
        const qint64 id = *access.createdById;
        const auto it = m_users.constFind(id);
        PersonAccess &entry = person(id, it != m_users.constEnd() ? it->name : tr("User %1").arg(id));
        entry.routes.append({AccessRoute::Kind::Creator, PermissionLevel::Manage, {}});
    }
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        const auto entry = people.find(it.key());
        if (entry != people.end())
            addDetails(*entry, it->user, it->email, it->active);
    }

    access.people.reserve(people.size());
    for (PersonAccess &entry : people) {
        AccessRoute::sort(entry.routes);
        entry.level = entry.routes.constFirst().level;
        access.people.append(std::move(entry));
    }
    std::sort(access.people.begin(), access.people.end(), [](const PersonAccess &a, const PersonAccess &b) {
        if (a.level != b.level)
            return a.level > b.level;
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.userId < b.userId;
    });
    access.readAt = QDateTime::currentDateTime();
    m_result = std::move(access);
}

void EffectiveAccessLoader::finish(const Api::ApiError &error)
{
    m_error = error;
    m_loading = false;
    m_shareGroupsLoading = 0;
    Q_EMIT finished();
}

} // namespace Models
