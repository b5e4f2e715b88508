#pragma once

#include "models/userdrag.h"

#include <QtCore/QCoreApplication>
#include <QtCore/Qt>

namespace Models {

class GroupStore;

/// What dropping users on a group will do, said before the button is released: the member
/// table and the group list show it in the status bar while a drag hovers, and refuse a drop
/// that would change nothing, saying why, instead of doing nothing silently.
struct UserDropDescription
{
    Q_DECLARE_TR_FUNCTIONS(Models::UserDropDescription)

public:
    /// False when the drop would change nothing: the users were dragged out of this very
    /// group, or the store knows every one of them is a member already.
    bool changesAnything = false;
    /// True when the person may not make this drop (GroupPermissions): too little on the group,
    /// or, for a move, on the group they were dragged from. changesAnything is false then.
    bool refused = false;
    /// Whether it will be a move (the users leave the group they were dragged from).
    bool isMove = false;
    /// The users it would add (those the store does not know to be members already).
    QList<UserRef> usersToAdd;
    /// "Add 120 people to Boston Office", "Move Ada Lovelace from Data Quality to Boston
    /// Office", "Everyone dragged is already a member of Boston Office", "Will be refused: Add
    /// Aisha Banerjee to Book Club. You can only read Book Club."
    QString text;

    /// What dropping \a drag with \a action on group \a groupId does, from what \a store knows of
    /// the group's members (a group whose members are not loaded yet counts nobody as a member).
    static UserDropDescription of(
        const UserDrag &drag, qint64 groupId, Qt::DropAction action, const GroupStore *store);
};

} // namespace Models
