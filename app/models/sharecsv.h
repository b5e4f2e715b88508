#pragma once

#include "models/sharemodel.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace Models {

class AccessFetcher;
class Workspace;

/// The Sharing tab's export: one row per user or group a group is shared with, each user with
/// the id, username, e-mail and account status that tell two people of one name apart, each
/// group with its id. A share names a user by id and name only, so the users are read first
/// (GET /users/{id}, each once, through an AccessFetcher as the Access tab reads them), a few at
/// a time as the client paces them; a user who cannot be read keeps the share's id and name,
/// status "unknown", and is named in unreadable().
class ShareCsv : public QObject
{
    Q_OBJECT

public:
    /// The rows of group \a groupId (named \a groupName), in \a principals' order.
    ShareCsv(Workspace *workspace, qint64 groupId, const QString &groupName,
        const QList<ShareModel::Principal> &principals, QObject *parent = nullptr);
    ~ShareCsv() override;

    /// Reads the users; finished() follows, always later, from the event loop.
    void start();
    bool isRunning() const { return m_pending > 0; }

    /// "group_id", "group", "kind" (user or group), "principal_id", "principal", "username",
    /// "email", "status" (active, deactivated, unknown; empty for a group), "level" (read,
    /// write, manage), "members" (a group's members, active or not, as the tab counts them,
    /// when known): not translated.
    static QStringList header();
    /// The rows the file has, one per principal.
    int rowCount() const { return int(m_principals.size()); }
    /// The file, once finished.
    QByteArray csv() const;
    /// The users who could not be read ("Ada Lopez (12): the server's words").
    const QStringList &unreadable() const { return m_unreadable; }

Q_SIGNALS:
    void finished();

private:
    void userDone();

    QPointer<Workspace> m_workspace;
    qint64 m_groupId = 0;
    QString m_groupName;
    QList<ShareModel::Principal> m_principals;
    AccessFetcher *m_fetcher = nullptr;
    QHash<qint64, Api::UserDetail> m_users;
    QStringList m_unreadable;
    int m_pending = 0;
    QHash<qint64, int> m_memberCounts;
};

} // namespace Models
