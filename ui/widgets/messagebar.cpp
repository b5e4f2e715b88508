#include "ui/widgets/messagebar.h"

#include "ui/widgets/panelactions.h"

#include <QtGui/QAccessible>
#include <QtGui/QPainter>
#include <QtGui/QPalette>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

/// WCAG's minimum for normal text.
constexpr double kReadable = 4.5;
/// Above this luminance black contrasts more than white: (L + 0.05)^2 = 0.0525.
constexpr double kLightBackground = 0.179;
/// How much of the level's hue is tinted into the window behind a bar (KMessageWidget's share).
constexpr double kTint = 0.2;

/// The field texts' hues, as they were on the light palette (readableOn() keeps them there).
const QColor kErrorText(0xb3, 0x26, 0x1e);
const QColor kPositiveText(0x1b, 0x6e, 0x2f);
const QColor kWarningText(0xa8, 0x4f, 0x00);

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &base, const QColor &tint, double share)
{
    const auto blend = [share](double a, double b) { return a * (1.0 - share) + b * share; };
    return QColor::fromRgbF(float(blend(base.redF(), tint.redF())), float(blend(base.greenF(), tint.greenF())),
        float(blend(base.blueF(), tint.blueF())));
}

/// A palette that sets the text colour only: a widget given it takes every other role from its
/// parent still, and follows the parent's changes (a copy of its palette would keep them all).
QPalette onlyText(const QColor &color)
{
    QPalette palette; // nothing resolved
    palette.setColor(QPalette::WindowText, color);
    return palette;
}

/// A cross in \a color: the close button's icon where the desktop's theme has none (the style's
/// title-bar cross is drawn dark, and disappears on a dark palette).
QIcon crossIcon(const QColor &color)
{
    return paintedIcon([color](QPainter &painter, int size) {
        painter.setPen(QPen(color, qMax(1.5, size / 10.0), Qt::SolidLine, Qt::RoundCap));
        const double inset = size * 0.28;
        painter.drawLine(QPointF(inset, inset), QPointF(size - inset, size - inset));
        painter.drawLine(QPointF(size - inset, inset), QPointF(inset, size - inset));
    });
}

/// Keeps a label's text in its level's colour as its palette changes: the label's own palette
/// is set again from the one it inherits each time.
class LabelLevel : public QObject
{
public:
    explicit LabelLevel(QLabel *label)
        : QObject(label)
        , m_label(label)
    {
        setObjectName(u"labelLevel"_s);
        label->installEventFilter(this);
    }

    void setLevel(MessageBar::Level level)
    {
        m_level = level;
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
            apply();
        return false;
    }

private:
    void apply()
    {
        if (m_applying)
            return; // our own setPalette() below, sending its PaletteChange
        m_applying = true;
        if (m_level == MessageBar::Information) {
            m_label->setPalette(QPalette()); // nothing of its own: the window's text again
        } else {
            const QColor color = levelTextColor(m_label->palette(), m_level);
            if (m_label->palette().color(QPalette::WindowText) != color || !m_label->testAttribute(Qt::WA_SetPalette)) {
                m_label->setPalette(onlyText(color));
            }
        }
        m_applying = false;
    }

    QLabel *m_label;
    MessageBar::Level m_level = MessageBar::Information;
    bool m_applying = false;
};

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &color, std::initializer_list<QColor> backgrounds, double minimumRatio)
{
    const auto worst = [backgrounds](const QColor &candidate) {
        double ratio = 21.0;
        for (const QColor &background : backgrounds)
            ratio = std::min(ratio, contrastRatio(candidate, background));
        return ratio;
    };
    if (backgrounds.size() == 0 || worst(color) >= minimumRatio)
        return color;
    double luminance = 0.0;
    for (const QColor &background : backgrounds)
        luminance += relativeLuminance(background);
    const bool darken = luminance / double(backgrounds.size()) > kLightBackground;
    const QColor hsl = color.toHsl();
    const float hue = hsl.hslHueF();
    const float saturation = hsl.hslSaturationF();
    // In steps of 1 % of lightness: the first that reads, as close to the hue asked for as can be.
    // Measured on the 8-bit colour that is painted.
    for (int percent = qRound(hsl.lightnessF() * 100); percent >= 0 && percent <= 100; percent += darken ? -1 : 1) {
        const QColor candidate(QColor::fromHslF(hue, saturation, float(percent) / 100.0F).rgb());
        if (worst(candidate) >= minimumRatio)
            return candidate;
    }
    return darken ? QColor(Qt::black) : QColor(Qt::white);
}

QColor levelTextColor(const QPalette &palette, MessageBar::Level level)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    switch (level) {
    case MessageBar::Information:
        return palette.color(QPalette::WindowText);
    case MessageBar::Positive:
        return readableOn(kPositiveText, {window, base}, kReadable);
    case MessageBar::Warning:
        return readableOn(kWarningText, {window, base}, kReadable);
    case MessageBar::Error:
        break;
    }
    return readableOn(kErrorText, {window, base}, kReadable);
}

QColor errorTextColor(const QPalette &palette)
{
    return levelTextColor(palette, MessageBar::Error);
}

void setLabelLevel(QLabel *label, MessageBar::Level level)
{
    auto *keeper = label->findChild<LabelLevel *>(u"labelLevel"_s, Qt::FindDirectChildrenOnly);
    if (!keeper) {
        if (level == MessageBar::Information)
            return; // never coloured: nothing to undo
        keeper = new LabelLevel(label);
    }
    keeper->setLevel(level);
}

// --- MessageBar ----------------------------------------------------------------------------------

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setFrameShape(QFrame::NoFrame); // paintEvent() draws the bar's own
    m_iconLabel->setObjectName(u"messageIconLabel"_s);
    m_textLabel->setObjectName(u"messageTextLabel"_s);
    m_closeButton->setObjectName(u"messageCloseButton"_s);

    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    // Copied with the mouse, but no Tab stop: the bar's buttons are what the keyboard wants.
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss the message"));
    m_closeButton->hide();
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    updateColors();
    updateIcons();
}

MessageBar::MessageBar(Level level, const QString &text, QWidget *parent)
    : MessageBar(parent)
{
    setLevel(level);
    setText(text);
}

MessageBar::~MessageBar() = default;

QString MessageBar::text() const
{
    return m_textLabel->text();
}

void MessageBar::setText(const QString &text)
{
    m_textLabel->setText(text);
}

void MessageBar::setTextFormat(Qt::TextFormat format)
{
    m_textLabel->setTextFormat(format);
}

void MessageBar::setLevel(Level level)
{
    if (m_level == level)
        return;
    m_level = level;
    updateColors();
    updateIcons();
    update();
}

void MessageBar::showMessage(Level level, const QString &text)
{
    setLevel(level);
    setText(text);
    show();
}

QPushButton *MessageBar::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    auto *box = static_cast<QHBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_closeButton), button, 0, Qt::AlignVCenter);
    return button;
}

bool MessageBar::isCloseButtonVisible() const
{
    return !m_closeButton->isHidden();
}

void MessageBar::setCloseButtonVisible(bool visible)
{
    m_closeButton->setVisible(visible);
}

QColor MessageBar::levelHue(Level level, const QPalette &palette)
{
    // KDE's message colours (KMessageWidget); information is the palette's own selection colour.
    switch (level) {
    case Information:
        return palette.color(QPalette::Highlight);
    case Positive:
        return {0x27, 0xae, 0x60};
    case Warning:
        return {0xf6, 0x74, 0x00};
    case Error:
        break;
    }
    return {0xda, 0x44, 0x53};
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateColors();
    } else if (event->type() == QEvent::StyleChange) {
        updateColors();
        updateIcons();
    }
}

void MessageBar::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_border, 1.0));
    painter.setBrush(m_background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4.0, 4.0);
}

void MessageBar::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    // A screen reader says a problem as it appears, as it does a message box's.
    if (m_level == Warning || m_level == Error) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MessageBar::updateColors()
{
    if (m_updating)
        return;
    m_updating = true;
    const QPalette own = palette();
    const QColor hue = levelHue(m_level, own);
    m_background = mix(own.color(QPalette::Window), hue, kTint);
    m_border = hue;
    m_foreground = readableOn(own.color(QPalette::WindowText), {m_background}, kReadable);
    // Only the label's text changes: the buttons keep the palette's, which reads on their own faces.
    m_textLabel->setPalette(onlyText(m_foreground));
    m_closeButton->setIcon(QIcon::fromTheme(u"window-close"_s, crossIcon(m_foreground)));
    m_updating = false;
}

void MessageBar::updateIcons()
{
    static constexpr struct
    {
        const char *themeName;
        QStyle::StandardPixmap fallback;
    } kIcons[] = {
        {"dialog-information", QStyle::SP_MessageBoxInformation},
        {"dialog-positive", QStyle::SP_DialogApplyButton},
        {"dialog-warning", QStyle::SP_MessageBoxWarning},
        {"dialog-error", QStyle::SP_MessageBoxCritical},
    };
    const auto &icon = kIcons[m_level];
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(themeIcon(this, icon.themeName, icon.fallback).pixmap(size, size));
}

} // namespace Gui
