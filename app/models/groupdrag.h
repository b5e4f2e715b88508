#pragma once

// Groups in a drag or a copy: the app's own MIME type carrying ids and names (a drop of groups
// on the Sharing tab shares with them), plus text/plain names, one per line, for any text editor.

#include "api/records.h"

#include <QtCore/QList>
#include <QtCore/QModelIndexList>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QMimeData;

namespace Models {

/// What a drag of groups carries.
struct GroupDrag
{
    QList<Api::NamedRef> groups;

    /// "application/x-civis-groups-groups".
    static QString mimeType();
    /// A new QMimeData with the app's MIME type and text/plain; the caller owns it.
    QMimeData *toMimeData() const;
    /// The groups in \a data, or nullopt when it does not carry the app's MIME type (or it is damaged).
    static std::optional<GroupDrag> fromMimeData(const QMimeData *data);
    /// A drag of the groups \a groupAt gives for the distinct rows of \a model among \a indexes
    /// (a selection holds one index per column), in the order first seen; nullptr for none.
    static QMimeData *ofRows(const QModelIndexList &indexes, const QAbstractItemModel *model,
        const std::function<Api::NamedRef(int row)> &groupAt);
};

} // namespace Models
