#pragma once

// Every custom item-data role of the app's models, in one place, so a view, a proxy or a test
// asks any model for the same thing the same way.

#include <QtCore/Qt>

namespace Models {

enum Role {
    /// The cell's raw value (a number, a bool, a QDateTime, a name without decoration):
    /// what a QSortFilterProxyModel sorts and filters on.
    RawValueRole = Qt::UserRole + 1,
    /// The id of the row's record (a group's, a user's), as qint64.
    IdRole,
    /// PrincipalKind of a share row, NodeKind of a child-group tree node, or
    /// MemberResolutionModel::Kind of a resolution row, as int.
    KindRole,
    /// An Api::PermissionLevel as int; on a share model's level column also settable.
    PermissionLevelRole,
    /// True while a change to this row is on its way to the server.
    PendingRole,
    /// True for a child-group tree node whose group is one of its own ancestors.
    CycleRole,
    /// The message of the last error loading this row's children (tree) or applying a change to it.
    ErrorRole,
    /// The user's e-mail (user rows), for drag and drop and copy.
    EmailRole,
    /// The user's username (user rows).
    UsernameRole,
    /// The name of the row's person (user rows) or principal (share rows), whichever column is
    /// asked: with IdRole, UsernameRole and EmailRole, what Models::userRefOf() reads.
    NameRole,
    /// The store's id of an access review's row (ReviewRow::id), as qint64.
    ReviewRowIdRole,
    /// An access review row's ReviewRow::Decision as int; settable.
    ReviewDecisionRole,
};

} // namespace Models
