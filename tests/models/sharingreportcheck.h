#pragma once

// What the sharing report must hold for a group, worked out from the server's answers to the
// admin alone (no code of the app): for the model suite and the GUI suite alike.

#include "sandboxtestclient.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

#include <ctime>

#include <algorithm>

/// \a rows in one order (rows compared as wholes), so lists of rows compare as sets of rows.
inline QList<QStringList> sortedRows(QList<QStringList> rows)
{
    std::sort(rows.begin(), rows.end(),
        [](const QStringList &a, const QStringList &b) { return a.join(u'\x1f') < b.join(u'\x1f'); });
    return rows;
}

/// The report's rows for group \a id, sorted: every share of GET /groups/{id}/shares ("Shared
/// directly"), every member of each share group at that share's level ("Member of X"; a share
/// group the admin cannot read, a row of kind "error" with the server's words), and the creator.
inline QList<QStringList> expectedSharingRows(SandboxTestClient &admin, qint64 id)
{
    using namespace Qt::StringLiterals;
    const QJsonObject group = admin.get(u"/groups/%1"_s.arg(id)).object();
    const QString name = group.value(u"name"_s).toString();
    const QJsonObject shares = admin.get(u"/groups/%1/shares"_s.arg(id)).array().first().toObject();
    QList<QStringList> rows;
    const std::pair<QString, QString> sets[]
        = {{u"owners"_s, u"manage"_s}, {u"writers"_s, u"write"_s}, {u"readers"_s, u"read"_s}};
    for (const auto &[set, level] : sets) {
        const QJsonObject holders = shares.value(set).toObject();
        for (const QJsonValue &user : holders.value(u"users"_s).toArray())
            rows.append({name, user.toObject().value(u"name"_s).toString(), u"user"_s, level, u"Shared directly"_s});
        for (const QJsonValue &value : holders.value(u"groups"_s).toArray()) {
            const QJsonObject shareGroup = value.toObject();
            const QString via = shareGroup.value(u"name"_s).toString();
            rows.append({name, via, u"group"_s, level, u"Shared directly"_s});
            const HttpResult full = admin.get(u"/groups/%1"_s.arg(shareGroup.value(u"id"_s).toInteger()));
            if (full.status != 200) {
                rows.append({name, via, u"error"_s, level,
                    u"The members of %1 could not be read: %2"_s.arg(
                        via, full.object().value(u"errorDescription"_s).toString())});
                continue;
            }
            for (const QJsonValue &member : full.object().value(u"members"_s).toArray())
                rows.append(
                    {name, member.toObject().value(u"name"_s).toString(), u"user"_s, level, u"Member of "_s + via});
        }
    }
    if (!group.value(u"createdById"_s).isNull()) {
        const qint64 creator = group.value(u"createdById"_s).toInteger();
        rows.append({name, admin.get(u"/users/%1"_s.arg(creator)).object().value(u"name"_s).toString(), u"user"_s,
            u"manage"_s, u"Creator"_s});
    }
    return sortedRows(rows);
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
    }

    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_lastWall = 0;
    qint64 m_longestWall = 0;
    double m_lastCpu = 0;
    double m_longestCpu = 0;
};
