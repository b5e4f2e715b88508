#include "models/membercounttext.h"

#include <QtCore/QLocale>

#include <algorithm>
#include <limits>

namespace Models {

QString MemberCountText::of(qint64 activeMembers, qint64 allMembers)
{
    const int all = int(std::min<qint64>(allMembers, std::numeric_limits<int>::max()));
    if (all <= 0)
        return tr("No members");
    if (activeMembers >= allMembers)
        return all == 1 ? tr("1 member, active") : tr("%Ln members, all active", nullptr, all);
    if (activeMembers <= 0)
        return all == 1 ? tr("1 member, deactivated") : tr("%Ln members, none active", nullptr, all);
    const QLocale locale;
    //: %1 active of them, %2 deactivated.
    return tr("%Ln members: %1 active, %2 deactivated", nullptr, all)
        .arg(locale.toString(activeMembers), locale.toString(allMembers - activeMembers));
}

} // namespace Models
