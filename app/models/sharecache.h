#pragma once

#include "api/records.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <optional>

namespace Models {

class GroupStore;
class Workspace;

/// The shares of groups (GET /groups/{id}/shares) and the groups of people (GET
/// /groups?user_ids[]=ID) read for one connection, kept as current as the changes the app makes:
/// a share change through the Workspace (the store's sharesChanged()) drops that group's shares,
/// so the next look-up reads them again; a membership change (the store's membersChanged(), with
/// the group's new members) updates the groups of every person known here; a deleted group is
/// forgotten. Changes made elsewhere (the web, another app) are not seen: a reload reads anew.
///
/// The API has no reverse look-up of shares, so what one person can reach is found by reading
/// the shares of every group in a scope (thousands of requests): with this, a second look-up
/// reads only the groups whose shares changed since.
class ShareCache : public QObject
{
    Q_OBJECT

public:
    /// The cache of \a workspace's connection: made on first use as the workspace's child, so
    /// it lives and goes with the connection.
    static ShareCache *of(Workspace *workspace);

    explicit ShareCache(GroupStore *store, QObject *parent = nullptr);
    ~ShareCache() override;

    struct Entry
    {
        Api::ShareIndex shares;
        QDateTime readAt; ///< When the server answered (local time).
    };

    /// Group \a groupId's shares as last read, or nullptr when not read or dropped since.
    /// Valid until the cache next changes.
    const Entry *find(qint64 groupId) const;
    int size() const { return int(m_shares.size()); }
    /// A token to take before asking for group \a groupId's shares, for insert().
    quint64 stamp(qint64 groupId) const { return m_changes.value(groupId); }
    /// Keeps the shares read for group \a groupId, unless they changed after \a stampAtSend was
    /// taken (an answer to a request sent before a change is stale): false then.
    bool insert(qint64 groupId, const Api::ShareIndex &shares, quint64 stampAtSend);
    /// Drops group \a groupId's shares: they changed.
    void invalidate(qint64 groupId);

    /// The ids of the groups person \a userId is a member of, as last read and kept current
    /// since; nullopt when not read.
    std::optional<QSet<qint64>> memberships(qint64 userId) const;
    void setMemberships(qint64 userId, const QSet<qint64> &groupIds);

    /// Forgets everything (a reload from the server).
    void clear();

Q_SIGNALS:
    /// Group \a groupId's shares were dropped (changed through the app, or the group was deleted).
    void sharesInvalidated(qint64 groupId);
    /// Which groups person \a userId is a member of changed through the app.
    void membershipsChanged(qint64 userId);

private:
    void membersChanged(qint64 groupId);
    void groupRemoved(qint64 groupId);

    QPointer<GroupStore> m_store;
    QHash<qint64, Entry> m_shares;
    /// Per group: how often its shares were dropped (what stamp() hands out).
    QHash<qint64, quint64> m_changes;
    QHash<qint64, QSet<qint64>> m_memberships;
};

} // namespace Models
