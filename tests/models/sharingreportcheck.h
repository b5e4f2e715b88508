#pragma once

// What the sharing report must hold for a group, worked out from the server's answers to the
// admin alone (no code of the app): for the model suite and the GUI suite alike.

#include "sandboxtestclient.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

#include <ctime>

#include <algorithm>
#include <functional>

/// \a rows in one order (rows compared as wholes), so lists of rows compare as sets of rows.
inline QList<QStringList> sortedRows(QList<QStringList> rows)
{
    std::sort(rows.begin(), rows.end(),
        [](const QStringList &a, const QStringList &b) { return a.join(u'\x1f') < b.join(u'\x1f'); });
    return rows;
}

/// The report's rows for group \a id, sorted, without their last column (read_at, a time of
/// the run): every share of GET /groups/{id}/shares ("Shared directly"), every member of each
/// share group at that share's level ("Member of X"; a share group the admin cannot read, a row
/// of kind "error" with the server's words), the creator, and the organization's admins said;
/// each person with the id, username, e-mail and status the server gives (GET /users/{id}, or
/// the share group's members), each group with its id.
inline QList<QStringList> expectedSharingRows(SandboxTestClient &admin, qint64 id)
{
    using namespace Qt::StringLiterals;
    const QJsonObject group = admin.get(u"/groups/%1"_s.arg(id)).object();
    const QString groupId = QString::number(id);
    const QString name = group.value(u"name"_s).toString();
    const QJsonObject shares = admin.get(u"/groups/%1/shares"_s.arg(id)).array().first().toObject();
    const auto status = [](bool active) { return active ? u"active"_s : u"deactivated"_s; };
    const auto userRow = [&](qint64 userId, const QString &level, const QString &via, const QString &viaGroupId) {
        const QJsonObject user = admin.get(u"/users/%1"_s.arg(userId)).object();
        return QStringList{groupId, name, u"user"_s, QString::number(userId), user.value(u"name"_s).toString(),
            user.value(u"user"_s).toString(), user.value(u"email"_s).toString(),
            status(user.value(u"active"_s).toBool()), level, via, viaGroupId};
    };
    QList<QStringList> rows;
    const std::pair<QString, QString> sets[]
        = {{u"owners"_s, u"manage"_s}, {u"writers"_s, u"write"_s}, {u"readers"_s, u"read"_s}};
    for (const auto &[set, level] : sets) {
        const QJsonObject holders = shares.value(set).toObject();
        for (const QJsonValue &user : holders.value(u"users"_s).toArray())
            rows.append(userRow(user.toObject().value(u"id"_s).toInteger(), level, u"Shared directly"_s, QString()));
        for (const QJsonValue &value : holders.value(u"groups"_s).toArray()) {
            const QJsonObject shareGroup = value.toObject();
            const QString via = shareGroup.value(u"name"_s).toString();
            const QString viaId = QString::number(shareGroup.value(u"id"_s).toInteger());
            rows.append({groupId, name, u"group"_s, viaId, via, QString(), QString(), QString(), level,
                u"Shared directly"_s, QString()});
            const HttpResult full = admin.get(u"/groups/%1"_s.arg(viaId));
            if (full.status != 200) {
                rows.append({groupId, name, u"error"_s, viaId, via, QString(), QString(), QString(), level,
                    u"The members of %1 could not be read: %2"_s.arg(
                        via, full.object().value(u"errorDescription"_s).toString()),
                    viaId});
                continue;
            }
            for (const QJsonValue &value : full.object().value(u"members"_s).toArray()) {
                const QJsonObject member = value.toObject();
                rows.append({groupId, name, u"user"_s, QString::number(member.value(u"id"_s).toInteger()),
                    member.value(u"name"_s).toString(), member.value(u"username"_s).toString(),
                    member.value(u"email"_s).toString(), status(member.value(u"active"_s).toBool()), level,
                    u"Member of "_s + via, viaId});
            }
        }
    }
    if (!group.value(u"createdById"_s).isNull())
        rows.append(userRow(group.value(u"createdById"_s).toInteger(), u"manage"_s, u"Creator"_s, QString()));
    // The API says nobody's roles but the caller's: the organization's admins are said, not listed.
    const QString organization = group.value(u"organizationName"_s).toString();
    rows.append({groupId, name, u"organization_admins"_s, QString(), u"Organization admins of "_s + organization,
        QString(), QString(), QString(), u"manage"_s,
        u"Organization admins of %1 also manage this group; the API does not say who they are, so they are not "
        "listed."_s.arg(organization),
        QString()});
    return sortedRows(rows);
}

/// \a rows without their last column (the report's read_at), for comparing with
/// expectedSharingRows(); each read_at checked to be ISO 8601 with a UTC offset.
inline QList<QStringList> withoutReadAt(const QList<QStringList> &rows, bool *timesValid = nullptr)
{
    using namespace Qt::StringLiterals;
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s);
    bool valid = true;
    QList<QStringList> cut;
    for (QStringList row : rows) {
        valid = valid && iso.match(row.takeLast()).hasMatch();
        cut.append(row);
    }
    if (timesValid)
        *timesValid = valid;
    return cut;
}

/// Watches the event loop of the thread it lives in: a 5 ms timer ticks, and the longest time
/// between two ticks is kept, both on the wall clock and in CPU time this thread spent. On a
/// machine shared with other work the wall clock also counts the time the thread waited for a
/// core; the CPU time between ticks is what the thread's own work held the loop for.
class EventLoopWatch
{
public:
    EventLoopWatch()
    {
        m_wall.start();
        m_lastCpu = cpuMs();
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longestWallGapMs() const { return m_longestWall; }
    double longestCpuGapMs() const { return m_longestCpu; }
    /// Also counts the ticks at which \a progress() had moved since the tick before: work
    /// spread over the loop's turns moves at many ticks, work done in one turn at one. A count,
    /// unlike the gaps, that a busy machine does not change much: a test may assert it.
    void followProgress(std::function<qint64()> progress)
    {
        m_progress = std::move(progress);
        m_lastProgress = m_progress();
    }
    int ticksWithProgress() const { return m_ticksWithProgress; }

private:
    static double cpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    }
    void tick()
    {
        const qint64 wall = m_wall.elapsed();
        const double cpu = cpuMs();
        m_longestWall = std::max(m_longestWall, wall - m_lastWall);
        m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
        m_lastWall = wall;
        m_lastCpu = cpu;
        if (m_progress) {
            const qint64 progress = m_progress();
            if (progress != m_lastProgress)
                ++m_ticksWithProgress;
            m_lastProgress = progress;
        }
    }

    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_lastWall = 0;
    qint64 m_longestWall = 0;
    double m_lastCpu = 0;
    double m_longestCpu = 0;
    std::function<qint64()> m_progress;
    qint64 m_lastProgress = 0;
    int m_ticksWithProgress = 0;
};
