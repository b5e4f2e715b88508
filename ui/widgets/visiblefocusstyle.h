#pragma once

#include <QtWidgets/QProxyStyle>

namespace Gui {

/// The platform's style, with a focus frame a keyboard user can find: Fusion draws it as a
/// faint line one pixel wide, which in a table or beside a selected row is easy to lose. Here it
/// is two pixels in the palette's highlight colour (its highlighted-text colour over a selected
/// row, where the highlight would not show).
class VisibleFocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    /// Over the style named \a baseStyle (QStyleFactory's keys), or the application's when empty.
    explicit VisibleFocusStyle(const QString &baseStyle = {});

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};

} // namespace Gui
