#pragma once

// The words the app shows for a permission level: one place, so the Sharing tab, the Access
// tab, the child-group tree and the level pickers never name a level differently.

#include "api/records.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace Models {

class PermissionLevelText
{
    Q_DECLARE_TR_FUNCTIONS(Models::PermissionLevelText)

public:
    /// "Read", "Write" or "Manage".
    static QString of(Api::PermissionLevel level);
};

/// The words for a permission level, as the app shows it ("Read", "Write", "Manage").
inline QString permissionLevelText(Api::PermissionLevel level)
{
    return PermissionLevelText::of(level);
}

} // namespace Models
