#pragma once

#include "models/loadstatus.h"
#include "models/userdrag.h"

#include "api/records.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace Models {

class Workspace;

/// One person as a person's tab shows them at the top: id, name, username, e-mail, whether
/// the account is active, the primary group, and every group the person record names (the
/// API lists them all there, also those the signed-in user cannot read).
struct PersonProfile
{
    Q_DECLARE_TR_FUNCTIONS(Models::PersonProfile)

public:
    qint64 id = 0;
    QString name;
    QString username;
    QString email;
    bool active = true;
    bool suspended = false;
    std::optional<qint64> primaryGroupId;
    QString primaryGroupName; ///< As the person record names it; empty without one.
    QList<Api::UserGroup> groups; ///< Every group the record names, readable or not.

    static PersonProfile fromDetail(const Api::UserDetail &user);
    /// The person as drags, plans and exports name them.
    UserRef ref() const { return {id, name, username, email}; }
    /// "Ada Lovelace (ada.lovelace)": a person tab's title.
    QString title() const;
    /// "Active", "Deactivated" or "Suspended".
    QString statusText() const;
};

/// Reads one person (GET /users/{id}) for a person's tab, saying in words what a view shows
/// instead of an empty table: a person the signed-in user cannot see (404) and a deactivated
/// account are states of their own, not errors to retry. Read again when a change the app
/// made to this person's memberships or shares ends (their record lists their groups).
class PersonLoader : public QObject
{
    Q_OBJECT

public:
    enum class State {
        None, ///< No person set.
        Loading, ///< The first read is on its way (a reload keeps the profile it had).
        Loaded, ///< profile() holds the person.
        NotFound, ///< 404: no such person, or one the signed-in user may not see.
        Failed, ///< Anything else: loadStatus() has the error, and its retry() reads again.
    };
    Q_ENUM(State)

    explicit PersonLoader(Workspace *workspace, qint64 userId = 0, QObject *parent = nullptr);
    ~PersonLoader() override;

    qint64 personId() const { return m_userId; }
    /// Reads person \a userId (0: none).
    void setPerson(qint64 userId);
    void reload();

    State state() const { return m_state; }
    /// The person as last read; id only (and empty fields) until a read succeeded.
    const PersonProfile &profile() const { return m_profile; }
    /// Loaded and the account deactivated.
    bool isDeactivated() const { return m_state == State::Loaded && !m_profile.active; }
    /// What a view says instead of (or above) the person's groups: "You cannot see user 42, or
    /// there is no such person.", "Ada Lovelace's account is deactivated: ...", the error of a
    /// failed read; empty while loading and for an active person.
    QString stateText() const;
    LoadStatus *loadStatus() const { return m_loadStatus; }

Q_SIGNALS:
    /// state() or profile() changed.
    void changed();

private:
    void setState(State state);

    QPointer<Workspace> m_workspace;
    qint64 m_userId = 0;
    quint64 m_serial = 0;
    State m_state = State::None;
    PersonProfile m_profile;
    LoadStatus *m_loadStatus = nullptr;
};

} // namespace Models
