#pragma once

#include <QtWidgets/QTreeView>

namespace Gui {

/// A tree view over a flat Models::PagedTableModel (the group list, the Users dock, the group
/// pickers) that asks for the next page only when its last row shows, as QTableView does.
/// QTreeView alone asks for one more page on every layout, and every page that arrives lays
/// the rows out again, so it would page in a whole list (10,000 groups, 100,000 people) by
/// itself; this view holds the model's fetches while it lays out. The first page still comes
/// from the first layout.
class PagedTreeView : public QTreeView
{
    Q_OBJECT

public:
    using QTreeView::QTreeView;

    void doItemsLayout() override;
};

} // namespace Gui
