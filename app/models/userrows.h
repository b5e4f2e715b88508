#pragma once

// What a table row showing one user holds, whichever record it came from (a group's member, a
// directory user), so the member table and the user directory show a user the same way.

#include "models/userdrag.h"

#include <QtCore/QModelIndex>
#include <QtCore/QVariant>

namespace Models {

class GroupStore;

/// The parts of a user a row shows.
struct UserRow
{
    UserRef user;
    bool active = true;
    std::optional<bool> online; ///< Only a member record says.
    std::optional<qint64> primaryGroupId;
    /// The primary group's name when the record itself gives it; else the store's is used.
    QString primaryGroupName;
};

enum class UserField { Name, Username, Email, Active, Online, PrimaryGroup };

/// The column title of \a field.
QString userFieldTitle(UserField field);

/// The data of \a field of \a row for \a role: Qt::DisplayRole, RawValueRole (what a proxy sorts
/// on), IdRole, EmailRole, UsernameRole, NameRole, Qt::ToolTipRole; primary groups are named from
/// \a store.
QVariant userData(const UserRow &row, UserField field, int role, const GroupStore *store);

/// The user of the row of \a index, read through its roles (IdRole, NameRole, UsernameRole,
/// EmailRole): the same through any proxy.
UserRef userRefOf(const QModelIndex &index);

} // namespace Models
