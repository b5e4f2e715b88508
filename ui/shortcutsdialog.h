#pragma once

#include <QtWidgets/QDialog>

class QMainWindow;

namespace Gui {

/// Help > Keyboard Shortcuts: every shortcut of the window's actions (menus, tool bar, docks,
/// the panels of the session shown), read from the actions themselves so the list is never
/// out of date, and the keys the lists and fields answer to.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);
};

} // namespace Gui
