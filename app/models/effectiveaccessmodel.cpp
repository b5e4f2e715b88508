#include "models/effectiveaccessmodel.h"

#include "models/groupstore.h"
#include "models/modelrows.h"
#include "models/permissionleveltext.h"
#include "models/roles.h"
#include "models/workspace.h"

#include "models/csv.h"

#include <QtCore/QLocale>
#include <QtGui/QBrush>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

namespace Models {

EffectiveAccessModel::EffectiveAccessModel(Workspace *workspace, qint64 groupId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_loadStatus(new LoadStatus(
          [this] {
              if (m_loader && !m_loader->isLoading()) {
                  m_loadStatus->setLoading(true);
                  m_loader->retry();
                  // Nothing was left to fetch again: retry() finished nothing.
                  if (!m_loader->isLoading())
                      m_loadStatus->setLoading(false);
              }
          },
          this))
{
    GroupStore *store = workspace->groupStore();
    connect(store, &GroupStore::sharesChanged, this, [this](qint64 id) {
        if (id == m_groupId)
            reload();
    });
    connect(store, &GroupStore::membersChanged, this, &EffectiveAccessModel::shareGroupMembersChanged);
    setGroup(groupId);
}

EffectiveAccessModel::~EffectiveAccessModel() = default;

void EffectiveAccessModel::setGroup(qint64 groupId)
{
    if (groupId == m_groupId && m_loader)
        return;
    m_groupId = groupId;
    beginResetModel();
    m_access = EffectiveAccess();
    m_access.groupId = groupId;
    endResetModel();
    Q_EMIT accessChanged();
    reload();
}

void EffectiveAccessModel::reload()
{
    delete m_loader;
    m_loader = nullptr;
    // A fresh fetcher: a reload asks the server again for everything.
    delete m_fetcher;
    m_fetcher = nullptr;
    m_loadStatus->clearError();
    if (!m_groupId || !m_workspace) {
        m_loadStatus->setLoading(false);
        return;
    }
    m_fetcher = new AccessFetcher(m_workspace->groupStore(), this);
    m_loader = new EffectiveAccessLoader(m_fetcher, m_groupId, this);
    connect(m_loader, &EffectiveAccessLoader::progress, this, &EffectiveAccessModel::progress);
    connect(m_loader, &EffectiveAccessLoader::finished, this, &EffectiveAccessModel::loaderFinished);
    connect(m_loader, &EffectiveAccessLoader::resultChanged, this, &EffectiveAccessModel::showResult);
    m_loadStatus->setLoading(true);
    m_loader->start();
}

void EffectiveAccessModel::loaderFinished()
{
    const Api::ApiError &error = m_loader->error();
    if (error.kind == Api::ApiError::Kind::Cancelled) {
        m_loadStatus->setLoading(false);
        return;
    }
    if (!error.isNull()) {
        // Nothing to show for a group whose shares cannot be read; what was shown goes.
        beginResetModel();
        m_access = EffectiveAccess();
        m_access.groupId = m_groupId;
        endResetModel();
        Q_EMIT accessChanged();
        m_loadStatus->setError(error);
    } else {
        showResult();
        const QList<UnreadableShareGroup> &unreadable = m_access.unreadable;
        if (unreadable.isEmpty()) {
            m_loadStatus->clearError();
        } else {
            // The first failure, in words that name every group it left out.
            Api::ApiError named = unreadable.constFirst().error;
            const QString text = unreadableText(unreadable);
            if (named.kind == Api::ApiError::Kind::Refusal)
                named.errorDescription = text;
            else
                named.detail = text;
            m_loadStatus->setError(named);
        }
    }
    m_loadStatus->setLoading(false);
}

QString EffectiveAccessModel::unreadableText(const QList<UnreadableShareGroup> &unreadable)
{
    if (unreadable.isEmpty())
        return {};
    const UnreadableShareGroup &first = unreadable.constFirst();
    if (unreadable.size() == 1) {
        return tr("The members of %1 could not be read, so who they are is not listed: %2")
            .arg(first.group.name, first.error.message());
    }
    QStringList names;
    for (const UnreadableShareGroup &group : unreadable)
        names.append(group.group.name);
    return tr("The members of %n group(s) could not be read, so who they are is not listed (%1): %2", nullptr,
        int(unreadable.size()))
        .arg(QLocale().createSeparatedList(names), first.error.message());
}

void EffectiveAccessModel::showResult()
{
    beginResetModel();
    m_access = m_loader->result();
    endResetModel();
    Q_EMIT accessChanged();
}

void EffectiveAccessModel::shareGroupMembersChanged(qint64 groupId)
{
    // While loading, the loader's own fetches land in the store first; it takes them itself.
    if (!m_loader || !m_loader->isFinished() || groupId == m_groupId || !m_loader->dependsOnGroup(groupId)
        || !m_workspace)
        return;
    if (const std::optional<Api::Group> group = m_workspace->groupStore()->group(groupId))
        m_loader->updateGroup(*group);
}

int EffectiveAccessModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_access.people.size(); ++row) {
        if (m_access.people.at(row).userId == userId)
            return row;
    }
    return -1;
}

int EffectiveAccessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_access.people.size());
}

int EffectiveAccessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EffectiveAccessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonAccess &person = m_access.people.at(index.row());
    switch (role) {
    case IdRole:
        return person.userId;
    case NameRole:
        return person.name;
    case PermissionLevelRole:
        return int(person.level);
    case EmailRole:
        return person.email;
    case UsernameRole:
        return person.username;
    default:
        break;
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (column) {
        case PersonColumn:
            return person.name;
        case ContactColumn:
            return person.contact();
        case LevelColumn:
            return role == RawValueRole ? QVariant(int(person.level)) : QVariant(permissionLevelText(person.level));
        case ViaColumn:
            return person.viaText();
        case StatusColumn:
            if (role == RawValueRole)
                return person.active ? int(*person.active) : -1;
            return person.statusText();
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole) {
        // Dimmed as a disabled widget's text: still readable, plainly not one who can sign in.
        if (person.isDeactivated())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::ToolTipRole) {
        if (person.isDeactivated() && (column == StatusColumn || column == PersonColumn)) {
            return tr("%1's account is deactivated: they cannot sign in, but their shares and memberships stay, "
                      "and reach this group again if the account is reactivated.")
                .arg(person.name);
        }
        if (column == ViaColumn || column == LevelColumn) {
            QStringList lines;
            lines.append(tr("%1 can reach this group:").arg(person.name));
            for (const AccessRoute &route : person.routes)
                lines.append(tr("%1 (%2)").arg(route.text(), permissionLevelText(route.level).toLower()));
            return lines.join(u'\n');
        }
        if (column == ContactColumn && !person.email.isEmpty() && !person.username.isEmpty())
            return tr("%1, username %2").arg(person.email, person.username);
    }
    return {};
}

QStringList EffectiveAccessModel::csvHeader()
{
    return {QStringLiteral("group_id"), QStringLiteral("group"), QStringLiteral("user_id"), QStringLiteral("name"),
        QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("level"),
        QStringLiteral("via"), QStringLiteral("via_group_ids"), QStringLiteral("read_at")};
}

QByteArray EffectiveAccessModel::csv(const QAbstractItemModel *shown) const
{
    const QList<int> rows = shownRows(this, shown, [this](qint64 id) { return rowOf(id); });
    const QString groupId = QString::number(m_access.groupId);
    const QString readAt = Csv::dateTime(m_access.readAt);
    QList<QStringList> lines;
    lines.reserve(rows.size() + 1);
    for (const int row : std::as_const(rows)) {
        const PersonAccess &person = m_access.people.at(row);
        QStringList viaGroups;
        for (const AccessRoute &route : person.routes) {
            if (route.kind == AccessRoute::Kind::Membership)
                viaGroups.append(QString::number(route.viaGroup.id));
        }
        const QString status = !person.active ? QStringLiteral("unknown")
            : *person.active                  ? QStringLiteral("active")
                                              : QStringLiteral("deactivated");
        lines.append(
            {groupId, m_access.groupName, QString::number(person.userId), person.name, person.username, person.email,
                status, Api::permissionLevelName(person.level), person.viaText(), viaGroups.join(u' '), readAt});
    }
    if (m_access.groupId) {
        // Not a person: what the API leaves unsaid, in the file too, so the file does not
        // understate who manages the group.
        lines.append({groupId, m_access.groupName, QString(), tr("Organization admins"), QString(), QString(),
            QString(), Api::permissionLevelName(Api::PermissionLevel::Manage), m_access.organizationAdminsText(),
            QString(), readAt});
    }
    return Csv::write(csvHeader(), lines);
}

QVariant EffectiveAccessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PersonColumn:
        return tr("Person");
    case ContactColumn:
        return tr("E-mail or username");
    case LevelColumn:
        return tr("Level");
    case ViaColumn:
        return tr("Via");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

EffectiveAccessFilterProxyModel::EffectiveAccessFilterProxyModel(QObject *parent)
    : LevelFilterProxyModel(EffectiveAccessModel::LevelColumn, {}, parent)
{
}

void EffectiveAccessFilterProxyModel::setShowDeactivated(bool show)
{
    if (show == m_showDeactivated)
        return;
    m_showDeactivated = show;
    invalidateRowsFilter();
}

bool EffectiveAccessFilterProxyModel::acceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_showDeactivated
        || sourceModel()->index(sourceRow, EffectiveAccessModel::StatusColumn, sourceParent).data(RawValueRole).toInt()
        != 0;
}

bool EffectiveAccessFilterProxyModel::textElsewhere(
    int sourceRow, const QModelIndex &sourceParent, const QString &text) const
{
    return sourceModel()
        ->index(sourceRow, 0, sourceParent)
        .data(UsernameRole)
        .toString()
        .contains(text, Qt::CaseInsensitive);
}

} // namespace Models
