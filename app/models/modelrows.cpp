#include "models/modelrows.h"

#include <algorithm>

#include "models/roles.h"

namespace Models {

QList<int> shownRows(
    const QAbstractItemModel *model, const QAbstractItemModel *shown, const std::function<int(qint64)> &rowOf)
{
    QList<int> rows;
    if (shown && shown != model) {
        rows.reserve(shown->rowCount());
        for (int row = 0; row < shown->rowCount(); ++row) {
            const int source = rowOf(shown->index(row, 0).data(IdRole).toLongLong());
            if (source >= 0)
                rows.append(source);
        }
    } else {
        rows.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(row);
    }
    return rows;
}

QList<int> selectedRowNumbers(const QItemSelection &selection)
{
    QList<int> rows;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace Models
