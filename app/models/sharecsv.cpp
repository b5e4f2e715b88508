#include "models/sharecsv.h"

#include "models/csv.h"
#include "models/effectiveaccessloader.h"
#include "models/groupstore.h"
#include "models/workspace.h"

#include <QtCore/QSet>
#include <QtCore/QTimer>

namespace Models {

ShareCsv::ShareCsv(Workspace *workspace, qint64 groupId, const QString &groupName,
    const QList<ShareModel::Principal> &principals, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_groupId(groupId)
    , m_groupName(groupName)
    , m_principals(principals)
{
}

ShareCsv::~ShareCsv() = default;

QStringList ShareCsv::header()
{
    return {QStringLiteral("group_id"), QStringLiteral("group"), QStringLiteral("kind"), QStringLiteral("principal_id"),
        QStringLiteral("principal"), QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("status"),
        QStringLiteral("level"), QStringLiteral("members")};
}

void ShareCsv::start()
{
    m_users.clear();
    m_unreadable.clear();
    m_pending = 0;
    delete m_fetcher;
    m_fetcher = m_workspace ? new AccessFetcher(m_workspace->groupStore(), this) : nullptr;
    QSet<qint64> asked;
    for (const ShareModel::Principal &principal : std::as_const(m_principals)) {
        if (principal.kind == ShareModel::PrincipalKind::Group) {
            if (m_workspace) {
                if (const std::optional<Api::GroupSummary> group = m_workspace->groupStore()->summary(principal.id))
                    m_memberCounts.insert(principal.id, group->totalMemberCount);
            }
            continue;
        }
        if (!m_fetcher || asked.contains(principal.id))
            continue;
        asked.insert(principal.id);
        ++m_pending;
        const qint64 id = principal.id;
        const QString name = principal.name;
        m_fetcher->user(id, this, [this, id, name](const Api::Result<Api::UserDetail> &result) {
            if (result)
                m_users.insert(id, *result);
            else
                m_unreadable.append(tr("%1 (%2): %3").arg(name, QString::number(id), result.error.message()));
            userDone();
        });
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, &ShareCsv::finished);
}

void ShareCsv::userDone()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

QByteArray ShareCsv::csv() const
{
    QList<QStringList> rows;
    rows.reserve(m_principals.size());
    const QString groupId = QString::number(m_groupId);
    for (const ShareModel::Principal &principal : m_principals) {
        const QString level = Api::permissionLevelName(principal.level);
        if (principal.kind == ShareModel::PrincipalKind::Group) {
            const auto count = m_memberCounts.constFind(principal.id);
            rows.append({groupId, m_groupName, QStringLiteral("group"), QString::number(principal.id), principal.name,
                QString(), QString(), QString(), level,
                count != m_memberCounts.constEnd() ? QString::number(*count) : QString()});
            continue;
        }
        const auto user = m_users.constFind(principal.id);
        if (user == m_users.constEnd()) {
            rows.append({groupId, m_groupName, QStringLiteral("user"), QString::number(principal.id), principal.name,
                QString(), QString(), QStringLiteral("unknown"), level, QString()});
            continue;
        }
        rows.append({groupId, m_groupName, QStringLiteral("user"), QString::number(principal.id), user->name,
            user->user, user->email.value_or(QString()),
            user->active ? QStringLiteral("active") : QStringLiteral("deactivated"), level, QString()});
    }
    return Csv::write(header(), rows);
}

} // namespace Models
