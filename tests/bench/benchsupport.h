#pragma once

// What the benchmarks share: printing figures as they come, naming the machine they came from,
// and a sandbox of their own on a throw-away database.

#include "sandbox/sandboxserverthread.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QString>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <cstdio>

/// Prints \a line at once, so a long run shows its figures as they come.
inline void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

/// "machine: Debian GNU/Linux 12 (bookworm), 2 threads, x86_64; Qt 6.4.2": where figures came from.
inline QString machineLine()
{
    return QStringLiteral("machine: %1, %2 threads, %3; Qt %4")
        .arg(QSysInfo::prettyProductName(), QString::number(QThread::idealThreadCount()),
            QSysInfo::currentCpuArchitecture(), QString::fromLatin1(qVersion()));
}

/// Starts \a sandbox on a database in \a dir, seeded \a seed, with \a adminKey, and prints how
/// long that took; false (with the reason printed) when it did not start.
inline bool startBenchSandbox(
    SandboxServerThread &sandbox, const QTemporaryDir &dir, const QString &seed, const QString &adminKey)
{
    if (!dir.isValid()) {
        out(QStringLiteral("Cannot create a temporary directory: %1").arg(dir.errorString()));
        return false;
    }
    SandboxOptions options;
    options.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    options.seed = seed;
    options.adminKey = adminKey;
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!sandbox.startServer(options, &error)) {
        out(QStringLiteral("The sandbox did not start: %1").arg(error));
        return false;
    }
    out(QStringLiteral("seed %1: generated and started in %2 s")
            .arg(seed, QString::number(timer.elapsed() / 1000.0, 'f', 1)));
    return true;
}

/// The longest time this thread's event loop went without running a 1 ms timer: how long a
/// window on this thread would have frozen while the work ran.
/// Runs the event loop until \a done() holds; false after \a timeoutMs.
template <typename Done>
bool runUntil(Done done, qint64 timeoutMs = 3'600'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    double longestMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// VmRSS from /proc/self/status, in KiB (-1 where there is none).
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
