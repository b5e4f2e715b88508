#include "models/userrows.h"

#include "models/groupstore.h"
#include "models/roles.h"

#include <QtCore/QCoreApplication>

namespace Models {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Models::UserRows", text);
}
} // namespace

QString userFieldTitle(UserField field)
{
    switch (field) {
    case UserField::Name:
        return tr("Name");
    case UserField::Username:
        return tr("Username");
    case UserField::Email:
        return tr("E-mail");
    case UserField::Active:
        return tr("Status");
    case UserField::Online:
        return tr("Online");
    case UserField::PrimaryGroup:
        return tr("Primary group");
    }
    return {};
}

QVariant userData(const UserRow &row, UserField field, int role, const GroupStore *store)
{
    switch (role) {
    case IdRole:
        return row.user.id;
    case EmailRole:
        return row.user.email;
    case UsernameRole:
        return row.user.username;
    case Qt::ToolTipRole:
        return row.user.displayLine();
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (field) {
    case UserField::Name:
        return row.user.name;
    case UserField::Username:
        return row.user.username;
    case UserField::Email:
        return row.user.email;
    case UserField::Active:
        if (raw)
            return row.active;
        return row.active ? tr("Active") : tr("Inactive");
    case UserField::Online:
        if (raw)
            return row.online.value_or(false);
        return row.online.value_or(false) ? tr("Online") : QString();
    case UserField::PrimaryGroup:
        if (!row.primaryGroupId)
            return QString();
        if (raw)
            return *row.primaryGroupId;
        if (store && store->contains(*row.primaryGroupId))
            return store->name(*row.primaryGroupId);
        return !row.primaryGroupName.isEmpty() ? row.primaryGroupName : tr("Group %1").arg(*row.primaryGroupId);
    }
    return {};
}

} // namespace Models
