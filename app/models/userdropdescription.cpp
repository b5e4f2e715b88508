#include "models/userdropdescription.h"

#include "models/grouppermissions.h"
#include "models/groupstore.h"

#include <QtCore/QSet>

namespace Models {

namespace {

QString peopleText(const QList<UserRef> &users)
{
    return users.size() == 1 ? users.first().name
                             : UserDropDescription::tr("%n people", nullptr, int(users.size()));
}

} // namespace

UserDropDescription UserDropDescription::of(
    const UserDrag &drag, qint64 groupId, Qt::DropAction action, const GroupStore *store)
{
    UserDropDescription description;
    const QString groupName = store ? store->name(groupId) : QString::number(groupId);
    if (drag.users.isEmpty()) {
        description.text = tr("Nobody to add");
        return description;
    }
    if (drag.sourceGroupId == groupId) {
        description.text = tr("Already in %1: drop on another group to add or move them").arg(groupName);
        return description;
    }
    QSet<qint64> members;
    if (store) {
        if (const std::optional<Api::Group> group = store->group(groupId))
            members = Api::idSet(group->members);
    }
    for (const UserRef &user : drag.users) {
        if (!members.contains(user.id))
            description.usersToAdd.append(user);
    }
    description.isMove = action == Qt::MoveAction && drag.sourceGroupId.has_value();
    const int already = int(drag.users.size() - description.usersToAdd.size());
    if (description.usersToAdd.isEmpty() && !description.isMove) {
        description.text = drag.users.size() == 1
            ? tr("%1 is already a member of %2").arg(drag.users.first().name, groupName)
            : tr("Everyone dragged is already a member of %1").arg(groupName);
        return description;
    }
    description.changesAnything = true;
    QList<qint64> changed{groupId};
    if (description.isMove) {
        const QString from = store ? store->name(*drag.sourceGroupId) : QString::number(*drag.sourceGroupId);
        description.text = tr("Move %1 from %2 to %3").arg(peopleText(drag.users), from, groupName);
        changed.append(*drag.sourceGroupId);
    } else {
        description.text = tr("Add %1 to %2").arg(peopleText(description.usersToAdd), groupName);
        if (already > 0)
            description.text += tr(" (%n already a member)", nullptr, already);
    }
    // Said before the release, in the words the actions' tooltips use: not sent to be refused.
    const QString refusal = GroupPermissions::refusal(store, changed, GroupAction::ChangeMembers);
    if (!refusal.isEmpty()) {
        description.refused = true;
        description.changesAnything = false;
        description.text = GroupPermissions::refusedDropText(description.text, refusal);
    }
    return description;
}

} // namespace Models
