#include "models/grouppermissions.h"

#include "api/apiclient.h"
#include "models/groupstore.h"
#include "models/namelist.h"

#include <QtCore/QRegularExpression>

namespace Models {

using Api::PermissionLevel;

namespace {

/// How long shares must rest before the levels are read again: a bulk share changes many.
constexpr int kReloadDelayMs = 500;

} // namespace

PermissionLevel GroupPermissions::needed(GroupAction action)
{
    switch (action) {
    case GroupAction::Edit:
    case GroupAction::ChangeMembers:
        return PermissionLevel::Write;
    case GroupAction::Share:
        return PermissionLevel::Manage;
    }
    return PermissionLevel::Manage;
}

bool GroupPermissions::allows(const GroupStore *store, qint64 groupId, GroupAction action)
{
    if (!store || groupId == 0)
        return true;
    const std::optional<PermissionLevel> held = store->myLevel(groupId);
    return !held || int(*held) >= int(needed(action));
}

QString GroupPermissions::refusal(const GroupStore *store, const QList<qint64> &groupIds, GroupAction action)
{
    QStringList names;
    QList<std::optional<PermissionLevel>> held;
    if (!store)
        return {};
    for (qint64 id : groupIds) {
        if (allows(store, id, action))
            continue;
        names.append(store->name(id));
        held.append(store->myLevel(id));
    }
    return refusal(names, held, action);
}

QString GroupPermissions::refusal(
    const QStringList &names, const QList<std::optional<PermissionLevel>> &held, GroupAction action)
{
    // One sentence per level held, so each group is said with what the person can do there.
    QStringList readOnly;
    QStringList writeOnly;
    for (qsizetype i = 0; i < names.size() && i < held.size(); ++i) {
        const std::optional<PermissionLevel> level = held.at(i);
        if (level && int(*level) >= int(needed(action)))
            continue;
        (level == PermissionLevel::Write ? writeOnly : readOnly).append(names.at(i));
    }
    QStringList sentences;
    if (!readOnly.isEmpty())
        sentences.append(tr("You can only read %1").arg(NameList::text(readOnly)));
    if (!writeOnly.isEmpty())
        sentences.append(tr("You can edit %1 but not share it: sharing needs Manage").arg(NameList::text(writeOnly)));
    return sentences.join(QStringLiteral("; "));
}

QString GroupPermissions::refusedDropText(const QString &what, const QString &reason)
{
    return tr("Will be refused: %1. %2.", "what a drop would do, why the person may not").arg(what, reason);
}

QString GroupPermissions::namingGroup(const QString &message, qint64 groupId, const QString &groupName)
{
    if (groupName.isEmpty() || message.isEmpty())
        return message;
    // "on group 36" as a whole word: never "group 361", never a name that merely ends in it.
    static const QString pattern = QStringLiteral("\\b[Gg]roup %1\\b");
    QString named = message;
    named.replace(QRegularExpression(pattern.arg(groupId)), groupName);
    return named;
}

GroupPermissionLoader::GroupPermissionLoader(Api::ApiClient *client, GroupStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &GroupPermissionLoader::load);
    if (!store)
        return;
    // A share or a revoke may change the person's own level (on that group, or through a group
    // they are a member of): read the levels again once the changes rest.
    connect(store, &GroupStore::sharesChanged, this, [this] {
        if (m_readable >= 0)
            m_reloadTimer.start();
    });
    // Whoever creates a group manages it.
    connect(store, &GroupStore::groupCreated, this,
        [this](qint64 id) { m_store->setMyLevel(id, PermissionLevel::Manage); });
}

GroupPermissionLoader::~GroupPermissionLoader() = default;

void GroupPermissionLoader::load()
{
    if (!m_client || !m_store)
        return;
    const quint64 serial = ++m_serial;
    m_pending = 3;
    m_failed = false;
    m_writableIds.clear();
    m_manageableIds.clear();
    const auto count = [this, serial](std::optional<PermissionLevel> level, qint64 *into) {
        Api::GroupListQuery query;
        query.permission = level;
        query.limit = 1;
        m_client->groups().list(query).onFinished(
            this, [this, serial, into](const Api::Result<Api::Page<Api::GroupSummary>> &page) {
                if (serial != m_serial)
                    return;
                if (!page.ok()) {
                    fail();
                    return;
                }
                *into = page.page.present ? page.page.totalEntries : qint64(page->items.size());
                if (--m_pending == 0)
                    countsArrived();
            });
    };
    count(std::nullopt, &m_readable);
    count(PermissionLevel::Write, &m_writable);
    count(PermissionLevel::Manage, &m_manageable);
}

void GroupPermissionLoader::fail()
{
    m_failed = true;
    m_pending = 0;
    ++m_serial; // the other answers of this load are dropped
    Q_EMIT loaded();
}

void GroupPermissionLoader::countsArrived()
{
    // Only the ids of levels that are not everyone's need listing.
    const quint64 serial = m_serial;
    const auto list = [this, serial](PermissionLevel level, QSet<qint64> *into) {
        ++m_pending;
        Api::GroupListQuery query;
        query.permission = level;
        query.limit = 1000;
        m_client->groups()
            .listAll(query)
            .onPage(this,
                [this, serial, into](const QList<Api::GroupSummary> &groups, int) {
                    if (serial != m_serial)
                        return;
                    for (const Api::GroupSummary &group : groups)
                        into->insert(group.id);
                })
            .onFinished(this, [this, serial](const Api::ApiError &error) {
                if (serial != m_serial)
                    return;
                if (!error.isNull()) {
                    fail();
                    return;
                }
                if (--m_pending == 0)
                    listArrived();
            });
    };
    if (m_writable > 0 && m_writable < m_readable)
        list(PermissionLevel::Write, &m_writableIds);
    if (m_manageable > 0 && m_manageable < m_readable)
        list(PermissionLevel::Manage, &m_manageableIds);
    if (m_pending == 0)
        listArrived();
}

void GroupPermissionLoader::listArrived()
{
    PermissionLevel otherwise = PermissionLevel::Read;
    if (m_readable > 0 && m_manageable >= m_readable)
        otherwise = PermissionLevel::Manage;
    else if (m_readable > 0 && m_writable >= m_readable)
        otherwise = PermissionLevel::Write;
    QHash<qint64, PermissionLevel> levels;
    if (otherwise != PermissionLevel::Manage) {
        for (qint64 id : std::as_const(m_writableIds))
            levels.insert(id, PermissionLevel::Write);
        for (qint64 id : std::as_const(m_manageableIds))
            levels.insert(id, PermissionLevel::Manage);
    }
    if (m_store)
        m_store->setMyLevels(levels, otherwise);
    Q_EMIT loaded();
}

} // namespace Models
