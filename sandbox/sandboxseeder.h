#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>

class SandboxDatabase;

/// Fills an empty sandbox database: the organization and its admin always, then a seed.
/// A seed runs in one transaction, so a killed process leaves the database as it was.
class SandboxSeeder
{
public:
    explicit SandboxSeeder(SandboxDatabase &db);

    static QStringList kinds() { return {QStringLiteral("none"), QStringLiteral("demo"), QStringLiteral("large")}; }

    /// Told, now and then while a large seed is written, how far it has come: \a done of
    /// \a total of \a what ("people", "groups", "memberships", "shares"). Called on the
    /// seeding thread.
    using Progress = std::function<void(const QString &what, qint64 done, qint64 total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// Seeds \a kind into an empty database; a database that holds data is left as it is,
    /// but for what earlier versions seeded unlike the real API (groups without a slug).
    bool seed(const QString &kind, QString *error);
    /// The organization admin whose key the sandbox prints.
    qint64 adminUserId() const { return m_adminId; }
    /// What the database was seeded with, for the start-up banner.
    QString seededKind() const { return m_seededKind; }

private:
    bool giveEveryGroupASlug(QString *error);
    bool seedDemo(QString *error);
    bool seedLarge(QString *error);

    /// Tells m_progress, if set, every \a step items and at the end.
    void report(const QString &what, qint64 done, qint64 total, qint64 step) const;

    SandboxDatabase &m_db;
    Progress m_progress;
    qint64 m_adminId = 0;
    QString m_seededKind;
};
