#pragma once

#include "models/effectiveaccessloader.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace Models {

class Workspace;

/// Who can reach each of many groups, and how, as one CSV file an auditor reads (header()); per
/// group every direct share (a user or a group, "Shared directly"), then every person reaching
/// it through a group share ("Member of X") or as its creator ("Creator"), each person with the
/// user id, username, e-mail and account status that tell two "Kai Baker"s apart, each group
/// with its id, and when it was read (ISO 8601 with the UTC offset); a last row per group says
/// that the organization's admins manage it too (kind "organization_admins": the API does not
/// say who they are). What could not be read is in the file too, as rows of kind "error" (a
/// group whose shares could not be read; a share group whose members could not), and in
/// failures(), so an incomplete file never passes for a complete one.
///
/// The groups load a few at a time, each through an EffectiveAccessLoader (the one place that
/// works out effective access), sharing one AccessFetcher so a group shared with many of them
/// is read once. Nothing blocks: progress() as groups finish, cancel() at any time.
class SharingReport : public QObject
{
    Q_OBJECT

public:
    /// Groups loading at once; each has a few requests of its own in flight.
    static constexpr int kGroupsAtOnce = 4;

    /// Something the report could not read.
    struct Failure
    {
        qint64 groupId = 0;
        QString groupName;
        QString message; ///< For the person: what was not read and the server's words.
    };

    SharingReport(Workspace *workspace, const QList<qint64> &groupIds, QObject *parent = nullptr);
    ~SharingReport() override;

    const QList<qint64> &groupIds() const { return m_groupIds; }
    void start();
    /// Stops; finished() follows, with wasCancelled().
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int groupsDone() const { return m_groupsDone; }
    int groupCount() const { return int(m_groupIds.size()); }
    const QList<Failure> &failures() const { return m_failures; }

    /// The file, once finished (the groups in the order given).
    QByteArray csv() const;

    /// "group_id", "group", "kind" (user, group, organization_admins or error), "principal_id"
    /// (the user's or group's id), "principal" (the name), "username", "email", "status"
    /// (active, deactivated; unknown when the user could not be read), "level" (read, write,
    /// manage), "via", "via_group_id" (the share group a member reaches it through), "read_at":
    /// names a script reads, not translated.
    static QStringList header();
    /// The rows of one group's effective access.
    static QList<QStringList> rowsOf(const EffectiveAccess &access);
    /// The row saying that group \a groupId's shares could not be read.
    static QStringList failureRow(qint64 groupId, const QString &groupName, const Api::ApiError &error);

Q_SIGNALS:
    /// Groups done of all.
    void progress(int done, int total);
    void finished();

private:
    void startNext();
    void groupFinished(int index, EffectiveAccessLoader *loader);

    QPointer<Workspace> m_workspace;
    QList<qint64> m_groupIds;
    AccessFetcher *m_fetcher = nullptr;
    QList<QList<QStringList>> m_rows; ///< Per group, in m_groupIds' order.
    QList<Failure> m_failures;
    QList<QPointer<EffectiveAccessLoader>> m_loaders;
    int m_next = 0;
    int m_groupsDone = 0;
    bool m_running = false;
    bool m_cancelled = false;

    Q_DISABLE_COPY_MOVE(SharingReport)
};

} // namespace Models
