#pragma once

#include <QtCore/QAbstractItemModel>
#include <QtCore/QItemSelection>
#include <QtCore/QList>

#include <functional>

namespace Models {

/// The rows of \a model that \a shown (a proxy over it, or \a model itself) shows, in \a shown's
/// order, matched by IdRole (\a rowOf: \a model's row of an id, -1 when it has none); every row
/// of \a model in order when \a shown is null or \a model. What an export writes is what the
/// person sees: filtered and sorted as the view is.
QList<int> shownRows(
    const QAbstractItemModel *model, const QAbstractItemModel *shown, const std::function<int(qint64)> &rowOf);

/// The row numbers \a selection covers, ascending, each once, read from its ranges: for a view
/// that selects whole rows. (QItemSelectionModel::selectedRows() makes an index of every row and
/// asks of each whether all its columns are selected: 28 ms for 30,000 rows selected at once.)
QList<int> selectedRowNumbers(const QItemSelection &selection);

/// Calls \a removeRun(first, last) for each run of rows in [0, \a count) that \a keep(row)
/// refuses, from the bottom up, so that the rows above a run keep their numbers while it goes
/// (one beginRemoveRows() a run, not one a row).
template <typename Keep, typename RemoveRun>
void removeRunsFromTheBottom(int count, Keep keep, RemoveRun removeRun)
{
    int row = count - 1;
    while (row >= 0) {
        if (keep(row)) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && !keep(row - 1))
            --row;
        removeRun(row, last);
        --row;
    }
}

} // namespace Models
