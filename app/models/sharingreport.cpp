#include "models/sharingreport.h"

#include "models/csv.h"
#include "models/effectiveaccessmodel.h"
#include "models/groupstore.h"
#include "models/workspace.h"

namespace Models {

using Api::PermissionLevel;

namespace {

const QString kUser = QStringLiteral("user");
const QString kGroup = QStringLiteral("group");
const QString kError = QStringLiteral("error");
const QString kOrganizationAdmins = QStringLiteral("organization_admins");

} // namespace

SharingReport::SharingReport(Workspace *workspace, const QList<qint64> &groupIds, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_groupIds(groupIds)
{
}

SharingReport::~SharingReport() = default;

QStringList SharingReport::header()
{
    // The names an auditor's script reads: not translated.
    return {QStringLiteral("group_id"), QStringLiteral("group"), QStringLiteral("kind"), QStringLiteral("principal_id"),
        QStringLiteral("principal"), QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("status"),
        QStringLiteral("level"), QStringLiteral("via"), QStringLiteral("via_group_id"), QStringLiteral("read_at")};
}

namespace {

QString statusName(const PersonAccess &person)
{
    if (!person.active)
        return QStringLiteral("unknown");
    return *person.active ? QStringLiteral("active") : QStringLiteral("deactivated");
}

} // namespace

QList<QStringList> SharingReport::rowsOf(const EffectiveAccess &access)
{
    QList<QStringList> rows;
    const QString groupId = QString::number(access.groupId);
    const QString readAt = Csv::dateTime(access.readAt);
    QHash<qint64, const PersonAccess *> people;
    for (const PersonAccess &person : access.people)
        people.insert(person.userId, &person);
    // A person's columns: the loader read their username, e-mail and status (from a share
    // group's members or GET /users/{id}); a user it could not read keeps the share's name.
    const auto personRow
        = [&](qint64 userId, const QString &name, PermissionLevel level, const QString &via, qint64 viaGroupId) {
              const PersonAccess *person = people.value(userId);
              return QStringList{groupId, access.groupName, kUser, QString::number(userId),
                  person ? person->name : name, person ? person->username : QString(),
                  person ? person->email : QString(), person ? statusName(*person) : QStringLiteral("unknown"),
                  Api::permissionLevelName(level), via, viaGroupId ? QString::number(viaGroupId) : QString(), readAt};
          };
    const QString direct = tr("Shared directly");
    // The level as the API spells it (read, write, manage): the same in every language.
    for (const auto &[set, level] : shareSetsByLevel(access.shares)) {
        for (const Api::NamedRef &user : set->users)
            rows.append(personRow(user.id, user.name, level, direct, 0));
        for (const Api::NamedRef &group : set->groups) {
            rows.append({groupId, access.groupName, kGroup, QString::number(group.id), group.name, QString(), QString(),
                QString(), Api::permissionLevelName(level), direct, QString(), readAt});
        }
    }
    for (const PersonAccess &person : access.people) {
        for (const AccessRoute &route : person.routes) {
            if (route.kind == AccessRoute::Kind::Membership) {
                rows.append(personRow(person.userId, person.name, route.level,
                    tr("Member of %1").arg(route.viaGroup.name), route.viaGroup.id));
            } else if (route.kind == AccessRoute::Kind::Creator) {
                rows.append(personRow(person.userId, person.name, route.level, tr("Creator"), 0));
            }
        }
    }
    for (const UnreadableShareGroup &group : access.unreadable) {
        rows.append({groupId, access.groupName, kError, QString::number(group.group.id), group.group.name, QString(),
            QString(), QString(), Api::permissionLevelName(group.level),
            tr("The members of %1 could not be read: %2").arg(group.group.name, group.error.message()),
            QString::number(group.group.id), readAt});
    }
    // What the API leaves unsaid, said: the organization's admins manage the group too.
    rows.append({groupId, access.groupName, kOrganizationAdmins, QString(),
        access.organizationName ? tr("Organization admins of %1").arg(*access.organizationName)
                                : tr("Organization admins"),
        QString(), QString(), QString(), Api::permissionLevelName(PermissionLevel::Manage),
        access.organizationAdminsText(), QString(), readAt});
    return rows;
}

QStringList SharingReport::failureRow(qint64 groupId, const QString &groupName, const Api::ApiError &error)
{
    return {QString::number(groupId), groupName, kError, QString(), QString(), QString(), QString(), QString(),
        QString(), tr("The shares could not be read: %1").arg(error.message()), QString(),
        Csv::dateTime(QDateTime::currentDateTime())};
}

void SharingReport::start()
{
    if (m_running || !m_workspace)
        return;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    m_groupsDone = 0;
    m_failures.clear();
    m_rows = QList<QList<QStringList>>(m_groupIds.size());
    delete m_fetcher;
    m_fetcher = new AccessFetcher(m_workspace->groupStore(), this);
    Q_EMIT progress(0, groupCount());
    if (m_groupIds.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < kGroupsAtOnce; ++i)
        startNext();
}

void SharingReport::startNext()
{
    if (!m_running || m_next >= m_groupIds.size())
        return;
    const int index = m_next++;
    // Every person with their username and e-mail: a directly shared user costs a request,
    // once per report (the fetcher reads each user once for every group).
    auto *loader = new EffectiveAccessLoader(m_fetcher, m_groupIds.at(index), this);
    m_loaders.append(loader);
    connect(loader, &EffectiveAccessLoader::finished, this, [this, index, loader] { groupFinished(index, loader); });
    loader->start();
}

void SharingReport::groupFinished(int index, EffectiveAccessLoader *loader)
{
    m_loaders.removeAll(loader);
    loader->deleteLater();
    if (!m_running)
        return;
    const qint64 groupId = loader->groupId();
    const EffectiveAccess &access = loader->result();
    QString name = access.groupName;
    if (name.isEmpty())
        name = m_workspace ? m_workspace->groupStore()->name(groupId) : tr("Group %1").arg(groupId);
    if (!loader->error().isNull()) {
        m_rows[index] = {failureRow(groupId, name, loader->error())};
        m_failures.append({groupId, name, tr("The shares could not be read: %1").arg(loader->error().message())});
    } else {
        m_rows[index] = rowsOf(access);
        if (!access.unreadable.isEmpty())
            m_failures.append({groupId, name, EffectiveAccessModel::unreadableText(access.unreadable)});
    }
    ++m_groupsDone;
    Q_EMIT progress(m_groupsDone, groupCount());
    if (m_groupsDone == groupCount()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    startNext();
}

void SharingReport::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_cancelled = true;
    const QList<QPointer<EffectiveAccessLoader>> loaders = std::exchange(m_loaders, {});
    for (const QPointer<EffectiveAccessLoader> &loader : loaders) {
        if (loader)
            loader->cancel();
    }
    if (m_fetcher)
        m_fetcher->cancel();
    Q_EMIT finished();
}

QByteArray SharingReport::csv() const
{
    QList<QStringList> rows;
    for (const QList<QStringList> &group : m_rows)
        rows += group;
    return Csv::write(header(), rows);
}

} // namespace Models
