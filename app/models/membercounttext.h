#pragma once

// How many members a group has and how many of them are active, in words: one place, so the
// Details tab, the group list's and the Sharing tab's tooltips never count them differently.

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace Models {

class MemberCountText
{
    Q_DECLARE_TR_FUNCTIONS(Models::MemberCountText)

public:
    /// "13 members, all active", "13 members: 11 active, 2 deactivated", "No members".
    static QString of(qint64 activeMembers, qint64 allMembers);
};

} // namespace Models
