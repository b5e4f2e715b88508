#include "ui/widgets/longtext.h"

#include <QtCore/QEvent>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtGui/QFontMetrics>
#include <QtGui/QScreen>
#include <QtWidgets/QWidget>

namespace Gui {

namespace {

/// Watches one window's Show events for keepWithinScreenWhenShown().
class ScreenKeeper : public QObject
{
public:
    explicit ScreenKeeper(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Show) {
            keepWithinScreen(m_window);
            QTimer::singleShot(0, this, [this] {
                if (m_window)
                    keepWithinScreen(m_window);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
};

} // namespace

QString elidedName(const QString &name, const QWidget *widget, int averageCharacters)
{
    const QFontMetrics metrics = widget->fontMetrics();
    return metrics.elidedText(name.simplified(), Qt::ElideRight, metrics.averageCharWidth() * averageCharacters);
}

QString breakable(const QString &text, int run)
{
    constexpr QChar kZeroWidthSpace(0x200B);
    QString result;
    result.reserve(text.size() + text.size() / run);
    int length = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == kZeroWidthSpace) {
            length = 0;
        } else if (length >= run && !c.isLowSurrogate() && !c.isMark()) {
            // Never between the halves of a surrogate pair, nor before a combining mark.
            result.append(kZeroWidthSpace);
            length = 0;
        }
        result.append(c);
        if (!c.isSpace() && c != kZeroWidthSpace)
            ++length;
    }
    return result;
}

void keepWithinScreen(QWidget *window)
{
    window = window->window();
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The window manager's frame, once it has one (none before the first show).
    const QRect frame = window->frameGeometry();
    const QRect inside = window->geometry();
    const QMargins margins(inside.left() - frame.left(), inside.top() - frame.top(), frame.right() - inside.right(),
        frame.bottom() - inside.bottom());
    const QSize room = available.size().shrunkBy(margins);
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room).expandedTo(window->minimumSize()));
    if (!window->isVisible())
        return; // a move before the first show would keep a dialog from being centred on its parent
    const QSize outer = window->size().grownBy(margins);
    QPoint topLeft = window->frameGeometry().topLeft();
    topLeft.setX(qMax(available.left(), qMin(topLeft.x(), available.right() + 1 - outer.width())));
    topLeft.setY(qMax(available.top(), qMin(topLeft.y(), available.bottom() + 1 - outer.height())));
    if (topLeft != window->frameGeometry().topLeft())
        window->move(topLeft); // move() places the frame's corner
}

void keepWithinScreenWhenShown(QWidget *window)
{
    new ScreenKeeper(window);
}

} // namespace Gui
