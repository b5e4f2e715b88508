#pragma once

#include <functional>

#include <QtCore/QList>
#include <QtGui/QKeySequence>
#include <QtWidgets/QStyle>

class QAbstractItemView;
class QAction;
class QIcon;
class QLineEdit;
class QToolBar;
class QWidget;

class QPainter;

namespace Gui {

/// A theme icon where the desktop has one, else the style's own, so no button is ever blank.
QIcon themeIcon(const QWidget *widget, const char *themeName, QStyle::StandardPixmap fallback);

/// An icon drawn by \a paint at 16, 24, 32 and 48 px (given the painter, antialiased, on a
/// transparent square, and the square's size): for what neither the theme nor the style draws
/// in the palette's colours.
QIcon paintedIcon(const std::function<void(QPainter &painter, int size)> &paint);

/// An action of a tab or a dock's panel \a owner, named \a objectName: its theme icon (the
/// style's \a fallbackIcon where the desktop has none), its \a shortcut, which works only while
/// the focus is inside \a owner (the other tabs and docks have their own Delete, Copy and
/// Paste), said in the tooltip; added to \a owner, so that the keyboard reaches it.
QAction *makePanelAction(QWidget *owner, const QString &objectName, const QString &text, const QString &toolTip,
    const char *iconName, QStyle::StandardPixmap fallbackIcon, const QKeySequence &shortcut = {});

/// Enables \a action when \a enabled and the person may do it (\a refusal empty); a refusal
/// disables it and becomes its tooltip and status tip ("You can only read Book Club"), so the
/// button says why it is grey; once allowed again the action's own tooltip comes back.
void setActionAllowed(QAction *action, bool enabled, const QString &refusal);

/// Marks all of \a viewport as where a drop lands (a table whose drops go to its group, wherever
/// they are let go): a highlight-coloured frame over a faint wash, drawn from its paintEvent.
void paintDropFrame(QWidget *viewport, const QPalette &palette);

/// A tab's tool bar, named \a objectName: small icons with their (short) text beside them.
QToolBar *makeTabToolBar(QWidget *tab, const QString &objectName);

/// Adds \a actions to \a widget (a tool bar or a menu) in their order; a nullptr is a separator.
void addActionsAndSeparators(QWidget *widget, const QList<QAction *> &actions);

/// A right-click in \a view opens a menu named \a menuName of \a actions (nullptr: a separator)
/// where it was clicked; the menu is deleted once it closes.
void setContextMenu(QAbstractItemView *view, const QString &menuName, const QList<QAction *> &actions);

/// A filter field of a tab: Esc clears it (only while it has the focus), a magnifier leads it.
void setUpFilterLineEdit(QLineEdit *lineEdit);

} // namespace Gui
