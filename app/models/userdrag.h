#pragma once

// Users in a drag, a copy or a paste: the app's own MIME type carrying ids and names (and the
// group they were dragged out of, for a move), plus text/plain "Name <email>" lines so a drop
// into any text editor makes sense.

#include <QtCore/QList>
#include <QtCore/QModelIndexList>
#include <QtCore/QString>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QMimeData;

namespace Models {

/// Who a user is, as far as drag and drop and reports need to know.
struct UserRef
{
    qint64 id = 0;
    QString name;
    QString username;
    QString email;

    /// "Ada Lopez <ada@example.com>"; without an e-mail, "Ada Lopez (ada.lopez)".
    QString displayLine() const;
    friend bool operator==(const UserRef &a, const UserRef &b)
    {
        return a.id == b.id && a.name == b.name && a.username == b.username && a.email == b.email;
    }
};

/// What a drag of users carries.
struct UserDrag
{
    QList<UserRef> users;
    /// The group whose member table the users were dragged from (a move removes them there).
    std::optional<qint64> sourceGroupId;

    /// "application/x-civis-groups-users".
    static QString mimeType();
    /// A new QMimeData with the app's MIME type and text/plain; the caller owns it.
    QMimeData *toMimeData() const;
    /// The users in \a data, or nullopt when it does not carry the app's MIME type (or it is damaged).
    static std::optional<UserDrag> fromMimeData(const QMimeData *data);
    /// A drag of the users \a userAt gives for the distinct rows of \a model among \a indexes
    /// (a selection holds one index per column), in the order first seen; nullptr for none.
    static QMimeData *ofRows(const QModelIndexList &indexes, const QAbstractItemModel *model,
        const std::function<UserRef(int row)> &userAt, std::optional<qint64> sourceGroupId = {});
};

} // namespace Models
