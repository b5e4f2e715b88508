#include "ui/widgets/visiblefocusstyle.h"

#include <QtGui/QPainter>
#include <QtWidgets/QStyleOption>

namespace Gui {

VisibleFocusStyle::VisibleFocusStyle(const QString &baseStyle)
    : QProxyStyle(baseStyle)
{
}

void VisibleFocusStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element != PE_FrameFocusRect || !option || option->rect.width() < 4 || option->rect.height() < 4) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    QColor color = option->palette.color(QPalette::Highlight);
    // Over a selected row the view asks for the frame on the highlight itself.
    const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
    if ((focus && focus->backgroundColor == color) || (option->state & State_Selected))
        color = option->palette.color(QPalette::HighlightedText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(color, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

} // namespace Gui
