#include "ui/widgets/pagedtreeview.h"

#include "models/pagedtablemodel.h"

namespace Gui {

void PagedTreeView::doItemsLayout()
{
    auto *paged = qobject_cast<Models::PagedTableModel *>(model());
    // An empty list is laid out to ask for its first page; after that, only the scroll to the
    // last row (QAbstractItemView's own check, after the layout) asks for more.
    const bool hold = paged && paged->rowCount() > 0;
    if (hold)
        paged->holdFetches(true);
    QTreeView::doItemsLayout();
    if (hold)
        paged->holdFetches(false);
}

} // namespace Gui
