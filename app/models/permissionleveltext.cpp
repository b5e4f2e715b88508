#include "models/permissionleveltext.h"

namespace Models {

QString PermissionLevelText::of(Api::PermissionLevel level)
{
    switch (level) {
    case Api::PermissionLevel::Read:
        return tr("Read");
    case Api::PermissionLevel::Write:
        return tr("Write");
    case Api::PermissionLevel::Manage:
        return tr("Manage");
    }
    return {};
}

} // namespace Models
