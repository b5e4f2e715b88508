#include "models/personprofile.h"

#include "models/changeoperation.h"
#include "models/groupstore.h"
#include "models/workspace.h"

#include "api/apiclient.h"

namespace Models {

PersonProfile PersonProfile::fromDetail(const Api::UserDetail &user)
{
    PersonProfile profile;
    profile.id = user.id;
    profile.name = user.name;
    profile.username = user.user;
    profile.email = user.email.value_or(QString());
    profile.active = user.active;
    profile.suspended = user.suspended.value_or(false);
    profile.primaryGroupId = user.primaryGroupId;
    profile.groups = user.groups;
    if (user.primaryGroupId) {
        for (const Api::UserGroup &group : user.groups) {
            if (group.id == *user.primaryGroupId)
                profile.primaryGroupName = group.name;
        }
    }
    return profile;
}

QString PersonProfile::title() const
{
    if (username.isEmpty())
        return name.isEmpty() ? tr("User %1").arg(id) : name;
    return tr("%1 (%2)", "a person's name (their username)").arg(name, username);
}

QString PersonProfile::statusText() const
{
    if (!active)
        return tr("Deactivated");
    return suspended ? tr("Suspended") : tr("Active");
}

PersonLoader::PersonLoader(Workspace *workspace, qint64 userId, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_loadStatus(new LoadStatus([this] { reload(); }, this))
{
    if (workspace) {
        connect(workspace, &Workspace::operationFinished, this, [this](ChangeOperation *operation) {
            if (m_state != State::Loaded || !operation)
                return;
            for (int i = 0; i < operation->size(); ++i) {
                const Api::BulkChange &change = operation->change(i).forward;
                if (!change.targetIsGroup() && change.targetId == m_userId) {
                    reload();
                    return;
                }
            }
        });
    }
    setPerson(userId);
}

PersonLoader::~PersonLoader() = default;

void PersonLoader::setPerson(qint64 userId)
{
    m_userId = userId;
    m_profile = PersonProfile();
    m_profile.id = userId;
    ++m_serial;
    m_loadStatus->clearError();
    m_loadStatus->setLoading(false);
    setState(userId ? State::Loading : State::None);
    if (userId)
        reload();
}

void PersonLoader::reload()
{
    if (!m_userId || !m_workspace || !m_workspace->client())
        return;
    const quint64 serial = ++m_serial;
    m_loadStatus->setLoading(true);
    if (m_state != State::Loaded)
        setState(State::Loading);
    m_workspace->client()->users().get(m_userId).onFinished(
        this, [this, serial](const Api::Result<Api::UserDetail> &result) {
            if (serial != m_serial)
                return; // another person, or a newer read
            m_loadStatus->setLoading(false);
            if (result) {
                m_profile = PersonProfile::fromDetail(*result);
                m_loadStatus->clearError();
                const bool wasLoaded = m_state == State::Loaded;
                setState(State::Loaded);
                if (wasLoaded)
                    Q_EMIT changed(); // a reload's profile: the state stayed, the fields may not have
                return;
            }
            // A 404 is an answer, not a failure to retry: the person is gone, or hidden from the
            // signed-in user, and a view says so (stateText()) in place of the profile, with no
            // error bar offering a Retry that would only say it again.
            const bool notFound = result.error.kind == Api::ApiError::Kind::Refusal && result.error.httpStatus == 404;
            m_loadStatus->setError(notFound ? Api::ApiError() : result.error);
            m_profile = PersonProfile();
            m_profile.id = m_userId;
            setState(notFound ? State::NotFound : State::Failed);
        });
}

QString PersonLoader::stateText() const
{
    switch (m_state) {
    case State::None:
    case State::Loading:
        return {};
    case State::NotFound:
        return tr("You cannot see user %1, or there is no such person.").arg(m_userId);
    case State::Failed:
        return tr("User %1 could not be read: %2").arg(m_userId).arg(m_loadStatus->lastError().message());
    case State::Loaded:
        break;
    }
    if (!m_profile.active) {
        return tr("%1's account is deactivated: they cannot sign in, and their groups and shares stay until "
                  "removed.")
            .arg(m_profile.name);
    }
    if (m_profile.suspended)
        return tr("%1's account is suspended.").arg(m_profile.name);
    return {};
}

void PersonLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT changed();
}

} // namespace Models
