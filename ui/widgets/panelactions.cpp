#include "ui/widgets/panelactions.h"

#include <QtGui/QPainter>
#include <QtGui/QPixmap>

#include <QtCore/QCoreApplication>
#include <QtGui/QAction>
#include <QtGui/QIcon>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QToolBar>

namespace Gui {

QIcon themeIcon(const QWidget *widget, const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), widget->style()->standardIcon(fallback));
}

QAction *makePanelAction(QWidget *owner, const QString &objectName, const QString &text, const QString &toolTip,
    const char *iconName, QStyle::StandardPixmap fallbackIcon, const QKeySequence &shortcut)
{
    auto *action = new QAction(themeIcon(owner, iconName, fallbackIcon), text, owner);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty()
            ? toolTip
            //: A tooltip and its action's shortcut: "Copy the selected rows (Ctrl+C)".
            : QCoreApplication::translate("Gui::PanelActions", "%1 (%2)")
                  .arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

QToolBar *makeTabToolBar(QWidget *tab, const QString &objectName)
{
    auto *toolBar = new QToolBar(tab);
    toolBar->setObjectName(objectName);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return toolBar;
}

void addActionsAndSeparators(QWidget *widget, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action) {
            widget->addAction(action);
        } else {
            // What QToolBar::addSeparator() and QMenu::addSeparator() make.
            auto *separator = new QAction(widget);
            separator->setSeparator(true);
            widget->addAction(separator);
        }
    }
}

void setContextMenu(QAbstractItemView *view, const QString &menuName, const QList<QAction *> &actions)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, menuName, actions](const QPoint &position) {
        auto *menu = new QMenu(view);
        menu->setObjectName(menuName);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        addActionsAndSeparators(menu, actions);
        menu->popup(view->viewport()->mapToGlobal(position));
    });
}

void setUpFilterLineEdit(QLineEdit *lineEdit)
{
    auto *clearFilter = new QAction(QCoreApplication::translate("Gui::PanelActions", "Clear filter"), lineEdit);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(clearFilter, &QAction::triggered, lineEdit, &QLineEdit::clear);
    lineEdit->addAction(clearFilter);
    lineEdit->addAction(themeIcon(lineEdit, "edit-find", QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
}

QIcon paintedIcon(const std::function<void(QPainter &painter, int size)> &paint)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void setActionAllowed(QAction *action, bool enabled, const QString &refusal)
{
    if (!action)
        return;
    // The action's own tips, kept the first time a refusal replaces them.
    static const char *const kToolTip = "civisOwnToolTip";
    static const char *const kStatusTip = "civisOwnStatusTip";
    if (!action->property(kToolTip).isValid()) {
        action->setProperty(kToolTip, action->toolTip());
        action->setProperty(kStatusTip, action->statusTip());
    }
    const bool refused = !refusal.isEmpty();
    action->setEnabled(enabled && !refused);
    action->setToolTip(refused ? refusal : action->property(kToolTip).toString());
    action->setStatusTip(refused ? refusal : action->property(kStatusTip).toString());
}

void paintDropFrame(QWidget *viewport, const QPalette &palette)
{
    QPainter painter(viewport);
    QColor wash = palette.color(QPalette::Highlight);
    wash.setAlpha(32);
    const QRect area = viewport->rect();
    painter.fillRect(area, wash);
    painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
    painter.drawRect(area.adjusted(1, 1, -1, -1));
}

} // namespace Gui
