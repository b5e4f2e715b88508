#pragma once

#include <QtWidgets/QTreeView>

namespace Gui {

/// A QTreeView shown as a table: flat rows of one height, alternating colours, whole rows
/// selected (several at once, Shift and Ctrl), sorted by clicking a header. Drops, where the
/// table takes them, land on the table as a whole (the view marks all of it while a drop would
/// be taken), never between two rows, and copy by default: adding people or groups takes them
/// from nowhere. The members, Member Of and sharing tables are such views.
class FlatTableView : public QTreeView
{
    Q_OBJECT

public:
    enum class Drops {
        None,
        Taken, ///< Drops are taken; rows are not dragged from here.
        TakenAndDragged, ///< Rows are dragged from here, and drops taken.
    };

    explicit FlatTableView(Drops drops, QWidget *parent = nullptr);
};

} // namespace Gui
