#pragma once

#include "api/apiclient.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace Models {

/// The one copy of each group the app has seen: every model reads a group's attributes and
/// members from here, and every change the app makes to a group (create, patch, put, delete,
/// membership) lands here, so no view shows a stale copy.
///
/// It keeps a group's summary (what a list shows) for every group it was given, and the full
/// group (all attributes and members) for those fetched with get().
class GroupStore : public QObject
{
    Q_OBJECT

public:
    explicit GroupStore(Api::ApiClient *client, QObject *parent = nullptr);

    Api::ApiClient *client() const { return m_client; }

    bool contains(qint64 id) const { return m_summaries.contains(id); }
    /// The group as a list shows it; nullopt when the store has not seen it.
    std::optional<Api::GroupSummary> summary(qint64 id) const;
    /// The same without a copy, for a model's data(): valid until the store next changes.
    const Api::GroupSummary *find(qint64 id) const;
    /// The group with all its attributes and members; nullopt until fetched with refresh().
    std::optional<Api::Group> group(qint64 id) const;
    /// The group's name, or "Group <id>" when the store has not seen it.
    QString name(qint64 id) const;

    /// Takes what a list answered: each group's summary replaces the stored one.
    void absorb(const QList<Api::GroupSummary> &groups);
    void absorb(const Api::GroupSummary &group);
    /// Takes a full group (from a get, post, patch, put or member change).
    void absorb(const Api::Group &group);
    /// Forgets a group that no longer exists.
    void forget(qint64 id);

    /// GET /groups/{id}: fetches the group with its members. Every call asks the server anew:
    /// a caller that just changed the group (a bulk run's last refresh, an edit's conflict check)
    /// must not be handed an answer to a request sent before its change. When answers land out
    /// of order, an older one never replaces what a newer one brought.
    Api::Call<Api::Group> refresh(qint64 id);
    /// True while refresh(id) is in flight.
    bool isRefreshing(qint64 id) const { return m_refreshes.value(id).inFlight > 0; }
    bool isRefreshingAny() const { return !m_refreshes.isEmpty(); }

    /// The group edits; on success the store holds the answer and says so.
    Api::Call<Api::Group> post(const Api::GroupAttributes &attributes);
    Api::Call<Api::Group> patch(qint64 id, const Api::GroupPatch &patch);
    Api::Call<Api::Group> put(qint64 id, const Api::GroupAttributes &attributes);
    Api::Call<Api::NoContent> deleteGroup(qint64 id);

    /// The signed-in person's level on group \a id, as GroupPermissions last read it from the
    /// server; nullopt while it is not known (then nothing is refused ahead of the server).
    std::optional<Api::PermissionLevel> myLevel(qint64 id) const;
    /// Whether myLevel() knows anything yet.
    bool knowsMyLevels() const { return m_myLevelsKnown; }
    /// Sets every level myLevel() answers: \a levels for those groups, \a otherwise for the rest.
    void setMyLevels(const QHash<qint64, Api::PermissionLevel> &levels, Api::PermissionLevel otherwise);
    /// Sets one group's level (a group this person just created: they manage it).
    void setMyLevel(qint64 id, Api::PermissionLevel level);

    /// Says that the shares of group \a id changed (the share model of that group reloads).
    void noteSharesChanged(qint64 id);
    /// Says that which groups group \a id holds permissions on may have changed.
    void noteChildGroupsChanged(qint64 id);

Q_SIGNALS:
    /// A group the store had not seen was created by this app.
    void groupCreated(qint64 id);
    /// The attributes (or counts) of a group changed.
    void groupChanged(qint64 id);
    /// The full group's member list changed.
    void membersChanged(qint64 id);
    void groupRemoved(qint64 id);
    void sharesChanged(qint64 id);
    void childGroupsChanged(qint64 id);
    /// What myLevel() answers changed (for one group or many).
    void myLevelsChanged();

private:
    /// \a call, a change to group \a id, with the store taking its group when it succeeds
    /// (and refusing the answers of refreshes sent before then).
    Api::Call<Api::Group> absorbing(qint64 id, const Api::Call<Api::Group> &call);

    QPointer<Api::ApiClient> m_client;
    QHash<qint64, Api::GroupSummary> m_summaries;
    QHash<qint64, Api::Group> m_groups;
    /// Per group being refreshed: how many GETs are out, and the newest serial whose answer counts
    /// (an answered GET's, or every GET's sent before a change to the group was answered).
    struct Refreshes
    {
        int inFlight = 0;
        quint64 sent = 0;
        quint64 absorbed = 0;
    };
    QHash<qint64, Refreshes> m_refreshes;
    QHash<qint64, Api::PermissionLevel> m_myLevels;
    Api::PermissionLevel m_myLevelOtherwise = Api::PermissionLevel::Read;
    bool m_myLevelsKnown = false;
};

} // namespace Models
