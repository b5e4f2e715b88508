#pragma once

#include <QtGui/QColor>
#include <QtWidgets/QFrame>

#include <initializer_list>

class QLabel;
class QPalette;
class QPushButton;
class QToolButton;

namespace Gui {

/// WCAG 2 relative luminance of \a color: 0 for black, 1 for white.
double relativeLuminance(const QColor &color);

/// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white); text must
/// reach 4.5 against what is behind it.
double contrastRatio(const QColor &a, const QColor &b);

/// \a color, made darker (on light backgrounds) or lighter (on dark ones) with its hue kept, until
/// it reaches \a ratio against every one of \a backgrounds; \a color itself when it already does.
QColor readableOn(const QColor &color, std::initializer_list<QColor> backgrounds, double minimumRatio = 4.5);

/// The message bar on top of a list, a tab or a dialog: an icon and a text for its level, the
/// caller's action buttons (Retry...) and an optional close button, in colours taken from the
/// palette, so it reads on light and dark themes alike (after KDE's KMessageWidget: the level's
/// hue tinted into the window, its border in that hue, the text the palette's own).
class MessageBar : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText)
    Q_PROPERTY(Level level READ level WRITE setLevel)
    Q_PROPERTY(bool closeButtonVisible READ isCloseButtonVisible WRITE setCloseButtonVisible)

public:
    enum Level { Information, Positive, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBar(QWidget *parent = nullptr);
    MessageBar(Level level, const QString &text, QWidget *parent = nullptr);
    ~MessageBar() override;

    QString text() const;
    /// The text is plain (a server's words are never markup) and selectable, to be copied.
    void setText(const QString &text);

    /// Qt::RichText for a caller's own markup (a table of what changed), every part escaped.
    void setTextFormat(Qt::TextFormat format);

    Level level() const { return m_level; }
    void setLevel(Level level);

    /// Sets the level and the text, and shows the bar.
    void showMessage(Level level, const QString &text);

    /// A push button at the end of the bar, before the close button, for the caller to name and
    /// connect (Retry, Overwrite...); the bar does nothing on its click.
    QPushButton *addButton(const QString &text);

    bool isCloseButtonVisible() const;
    /// A close button (off by default) hides the bar and emits closed().
    void setCloseButtonVisible(bool visible);

    /// The label of the text and the close button: for callers to name, so a form's tests find them.
    QLabel *textLabel() const { return m_textLabel; }
    QToolButton *closeButton() const { return m_closeButton; }

    /// What the bar paints behind its text, and its text's colour, on its current palette.
    QColor backgroundColor() const { return m_background; }
    QColor textColor() const { return m_foreground; }

    /// The hue of \a level on \a palette: its border, and tinted into the window, its background.
    static QColor levelHue(Level level, const QPalette &palette);

Q_SIGNALS:
    /// The close button hid the bar.
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateColors();
    void updateIcons();

    Level m_level = Information;
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QToolButton *m_closeButton;
    QColor m_background;
    QColor m_border;
    QColor m_foreground;
    bool m_updating = false;
};

/// The colour of a text beside a field that says \a level (Error: what is wrong with it;
/// Positive: a check that passed; Warning), readable (4.5:1) on \a palette's Window and Base;
/// Information is the palette's own WindowText.
QColor levelTextColor(const QPalette &palette, MessageBar::Level level);

/// levelTextColor(palette, MessageBar::Error): the colour of a field's error text.
QColor errorTextColor(const QPalette &palette);

/// Shows \a label's text in levelTextColor() of its palette, and keeps it so when the palette or
/// the style changes (a dark theme chosen while the form is open); Information restores the
/// palette's own text colour. Replaces a style sheet "color: #b3261e", which reads on light only.
void setLabelLevel(QLabel *label, MessageBar::Level level);

} // namespace Gui
