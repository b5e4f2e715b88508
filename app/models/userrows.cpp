#include "models/userrows.h"

#include "models/groupstore.h"
#include "models/roles.h"

#include <QtCore/QCoreApplication>

namespace Models {

namespace {
/// The translation context of the user columns' words.
class UserRows
{
    Q_DECLARE_TR_FUNCTIONS(Models::UserRows)
};
} // namespace

QString userFieldTitle(UserField field)
{
    switch (field) {
    case UserField::Name:
        return UserRows::tr("Name");
    case UserField::Username:
        return UserRows::tr("Username");
    case UserField::Email:
        return UserRows::tr("E-mail");
    case UserField::Active:
        return UserRows::tr("Status");
    case UserField::Online:
        return UserRows::tr("Online");
    case UserField::PrimaryGroup:
        return UserRows::tr("Primary group");
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
    case NameRole:
        return row.user.name;
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
        return row.active ? UserRows::tr("Active") : UserRows::tr("Inactive");
    case UserField::Online:
        if (raw)
            return row.online.value_or(false);
        return row.online.value_or(false) ? UserRows::tr("Online") : QString();
    case UserField::PrimaryGroup:
        if (!row.primaryGroupId)
            return QString();
        if (raw)
            return *row.primaryGroupId;
        if (store && store->contains(*row.primaryGroupId))
            return store->name(*row.primaryGroupId);
        return !row.primaryGroupName.isEmpty() ? row.primaryGroupName
                                               : UserRows::tr("Group %1").arg(*row.primaryGroupId);
    }
    return {};
}

UserRef userRefOf(const QModelIndex &index)
{
    return {index.data(IdRole).toLongLong(), index.data(NameRole).toString(), index.data(UsernameRole).toString(),
        index.data(EmailRole).toString()};
}

} // namespace Models
