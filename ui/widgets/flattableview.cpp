#include "ui/widgets/flattableview.h"

namespace Gui {

FlatTableView::FlatTableView(Drops drops, QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(true);
    // A long name or e-mail is cut at its end; its tooltip says it whole.
    setTextElideMode(Qt::ElideRight);
    if (drops == Drops::None)
        return;
    setDragEnabled(drops == Drops::TakenAndDragged);
    setAcceptDrops(true);
    setDragDropMode(drops == Drops::TakenAndDragged ? QAbstractItemView::DragDrop : QAbstractItemView::DropOnly);
    // Without a modifier a drop copies (adds); a view that moves says so with the platform's
    // move modifier (Shift on Linux).
    setDefaultDropAction(Qt::CopyAction);
    // A drop lands in the group or person, wherever it is let go: the view marks the whole
    // table, not a line between two rows that would suggest a place in the list.
    setDropIndicatorShown(false);
}

} // namespace Gui
