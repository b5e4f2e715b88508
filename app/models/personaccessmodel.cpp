#include "models/personaccessmodel.h"

#include "models/csv.h"
#include "models/modelrows.h"
#include "models/permissionleveltext.h"
#include "models/roles.h"
#include "models/workspace.h"

#include <QtCore/QLocale>
#include <QtGui/QBrush>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>

namespace Models {

PersonAccessModel::PersonAccessModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_loader(new PersonAccessLoader(workspace, this))
    , m_loadStatus(new LoadStatus(
          [this] {
              if (!m_userId || m_loader->isLoading())
                  return;
              m_loadStatus->setLoading(true);
              m_loader->retry();
              // Nothing was left to read again.
              if (!m_loader->isLoading())
                  m_loadStatus->setLoading(false);
          },
          this))
{
    connect(m_loader, &PersonAccessLoader::progress, this, &PersonAccessModel::progress);
    connect(m_loader, &PersonAccessLoader::finished, this, &PersonAccessModel::loaderFinished);
    connect(m_loader, &PersonAccessLoader::resultChanged, this, &PersonAccessModel::showResult);
}

PersonAccessModel::~PersonAccessModel() = default;

void PersonAccessModel::setPerson(qint64 userId, const PersonAccessScope &scope, bool fresh)
{
    m_userId = userId;
    m_scope = scope;
    reload(fresh);
}

void PersonAccessModel::setScope(const PersonAccessScope &scope)
{
    m_scope = scope;
    reload();
}

void PersonAccessModel::reload(bool fresh)
{
    m_loadStatus->clearError();
    if (!m_userId) {
        m_loader->cancel();
        beginResetModel();
        m_result = PersonAccessResult();
        endResetModel();
        Q_EMIT accessChanged();
        m_loadStatus->setStale(false); // the cancel just above called what it stopped partial
        m_loadStatus->clearError();
        m_loadStatus->setLoading(false);
        return;
    }
    m_loadStatus->setLoading(true);
    m_loader->start(m_userId, m_scope, fresh);
}

void PersonAccessModel::cancel()
{
    m_loader->cancel();
}

void PersonAccessModel::loaderFinished()
{
    const Api::ApiError &error = m_loader->error();
    showResult();
    if (error.kind == Api::ApiError::Kind::Cancelled) {
        // What was worked out before the cancel stays, said to be partial.
        m_loadStatus->setStale(true);
    } else if (!error.isNull()) {
        m_loadStatus->setError(error);
    } else if (m_result.failures.isEmpty()) {
        m_loadStatus->setStale(false);
        m_loadStatus->clearError();
    } else {
        // The first failure, in words that name every group it left out.
        Api::ApiError named = m_result.failures.constFirst().error;
        const QString text = failuresText(m_result);
        if (named.kind == Api::ApiError::Kind::Refusal)
            named.errorDescription = text;
        else
            named.detail = text;
        m_loadStatus->setStale(false);
        m_loadStatus->setError(named);
    }
    m_loadStatus->setLoading(false);
}

void PersonAccessModel::showResult()
{
    beginResetModel();
    m_result = m_loader->result();
    endResetModel();
    Q_EMIT accessChanged();
}

QString PersonAccessModel::failuresText(const PersonAccessResult &result)
{
    const QList<PersonAccessFailure> &failures = result.failures;
    if (failures.isEmpty())
        return {};
    const QString person = result.name.isEmpty() ? tr("the person") : result.name;
    const PersonAccessFailure &first = failures.constFirst();
    if (failures.size() == 1) {
        return tr("The shares of %1 could not be read, so whether %2 can reach it is not known: %3")
            .arg(first.groupName, person, first.error.message());
    }
    QStringList names;
    for (const PersonAccessFailure &failure : failures)
        names.append(failure.groupName);
    return tr("The shares of %n group(s) could not be read, so whether %1 can reach them is not known (%2): %3",
        nullptr, int(failures.size()))
        .arg(person, QLocale().createSeparatedList(names), first.error.message());
}

QString PersonAccessModel::routeText(const AccessRoute &route)
{
    const QString level = permissionLevelText(route.level);
    switch (route.kind) {
    case AccessRoute::Kind::Direct:
        return tr("shared directly (%1)").arg(level);
    case AccessRoute::Kind::Membership:
        return tr("through %1 (%2)").arg(route.viaGroup.name, level);
    case AccessRoute::Kind::Creator:
        return tr("creator (%1)").arg(level);
    }
    return {};
}

QString PersonAccessModel::waysText(const GroupAccess &group)
{
    QStringList texts;
    texts.reserve(group.routes.size());
    for (const AccessRoute &route : group.routes)
        texts.append(routeText(route));
    QString text = texts.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

int PersonAccessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.groups.size());
}

int PersonAccessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonAccessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupAccess &group = m_result.groups.at(index.row());
    switch (role) {
    case IdRole:
        return group.groupId;
    case PermissionLevelRole:
        return int(group.level);
    default:
        break;
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (column) {
        case GroupColumn:
            return group.groupName;
        case GroupIdColumn:
            return role == RawValueRole ? QVariant(group.groupId) : QVariant(QString::number(group.groupId));
        case LevelColumn:
            return role == RawValueRole ? QVariant(int(group.level)) : QVariant(permissionLevelText(group.level));
        case WaysColumn:
            return waysText(group);
        case StatusColumn:
            if (role == RawValueRole)
                return m_result.active ? int(*m_result.active) : -1;
            return m_result.statusText();
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole) {
        // Dimmed as a disabled widget's text: held, but not by someone who can sign in.
        if (m_result.isDeactivated())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::ToolTipRole) {
        if (m_result.isDeactivated() && column == StatusColumn) {
            return tr("%1's account is deactivated: they cannot sign in, but their shares and memberships stay, "
                      "and reach this group again if the account is reactivated.")
                .arg(m_result.name);
        }
        if (column == WaysColumn || column == LevelColumn) {
            QStringList lines;
            lines.append(tr("%1 can reach %2:").arg(m_result.name, group.groupName));
            for (const AccessRoute &route : group.routes)
                lines.append(routeText(route));
            return lines.join(u'\n');
        }
    }
    return {};
}

QVariant PersonAccessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case GroupColumn:
        return tr("Group");
    case GroupIdColumn:
        return tr("ID");
    case LevelColumn:
        return tr("Level");
    case WaysColumn:
        return tr("Ways in");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QStringList PersonAccessModel::csvHeader()
{
    return {QStringLiteral("user_id"), QStringLiteral("name"), QStringLiteral("username"), QStringLiteral("email"),
        QStringLiteral("status"), QStringLiteral("group_id"), QStringLiteral("group"), QStringLiteral("kind"),
        QStringLiteral("level"), QStringLiteral("via"), QStringLiteral("via_group_ids"), QStringLiteral("read_at")};
}

QByteArray PersonAccessModel::csv(const QAbstractItemModel *shown) const
{
    const QList<int> rows = shownRows(this, shown, [this](qint64 id) { return rowOf(id); });
    const QString status = !m_result.active ? QStringLiteral("unknown")
        : *m_result.active                  ? QStringLiteral("active")
                                            : QStringLiteral("deactivated");
    // Who the person is, on every row: a file passed on, or merged with another person's, still
    // says whose access each row is.
    const QStringList person{
        QString::number(m_result.userId), m_result.name, m_result.username, m_result.email, status};
    QList<QStringList> lines;
    lines.reserve(rows.size() + m_result.failures.size() + 1);
    for (const int row : std::as_const(rows)) {
        const GroupAccess &group = m_result.groups.at(row);
        QStringList viaGroups;
        for (const AccessRoute &route : group.routes) {
            if (route.kind == AccessRoute::Kind::Membership)
                viaGroups.append(QString::number(route.viaGroup.id));
        }
        lines.append(person
            + QStringList{QString::number(group.groupId), group.groupName, QStringLiteral("access"),
                Api::permissionLevelName(group.level), waysText(group), viaGroups.join(u' '),
                Csv::dateTime(group.readAt)});
    }
    for (const PersonAccessFailure &failure : m_result.failures) {
        lines.append(person
            + QStringList{QString::number(failure.groupId), failure.groupName, QStringLiteral("error"), QString(),
                tr("The shares could not be read: %1").arg(failure.error.message()), QString(), QString()});
    }
    if (m_result.userId) {
        // What was looked through: the API cannot say which groups are shared with a person, so
        // a group outside the scope is not in the file, whatever it holds.
        lines.append(person
            + QStringList{QString(), QString(), QStringLiteral("scope"), QString(),
                tr("Looked through %n group(s) (%1); groups outside them are not listed.", nullptr, m_result.scopeSize)
                    .arg(m_scope.text()),
                QString(), Csv::dateTime(QDateTime::currentDateTime())});
    }
    return Csv::write(csvHeader(), lines);
}

PersonAccessFilterProxyModel::PersonAccessFilterProxyModel(QObject *parent)
    : LevelFilterProxyModel(PersonAccessModel::LevelColumn,
        {PersonAccessModel::GroupColumn, PersonAccessModel::GroupIdColumn, PersonAccessModel::LevelColumn,
            PersonAccessModel::WaysColumn},
        parent)
{
}

} // namespace Models
