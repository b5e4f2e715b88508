// The message bar and the texts beside fields take their colours from the palette: every level
// reads (WCAG 2: 4.5:1) on the light Fusion palette and on a dark one, and no bar is a light patch
// on a dark window. The widgets that show them (the load status bar, the connection dialog) are
// found by their names only, so these checks run on their old style-sheet colours too.

#include "api/apierror.h"
#include "api/connectionprofiles.h"
#include "models/loadstatus.h"
#include "ui/connection/connectiondialog.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/messagebar.h"
#include "uitesthelpers.h"

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using Gui::MessageBar;

namespace {

constexpr double kReadable = 4.5; ///< WCAG 2's minimum for normal text
/// Most a bar's background may stand out of its window: a tint, not a patch (the old bars' fixed
/// pink is 12:1 on a dark window).
constexpr double kTint = 1.6;

/// A dark palette as a dark desktop theme gives one, the roles a widget paints with.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe0, 0xe0, 0xe0);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

/// The colour \a widget paints at \a point (in its own coordinates).
QColor paintedAt(QWidget *widget, const QPoint &point)
{
    const QImage image = widget->grab().toImage();
    return image.pixelColor(point * image.devicePixelRatio());
}

/// Where a bar paints its background only: left of its icon, half-way down.
QPoint besideTheIcon(const QWidget *bar)
{
    return {4, bar->height() / 2};
}

/// The colour \a label draws its text in, style sheets included.
QColor inkOf(QLabel *label)
{
    label->ensurePolished();
    return label->palette().color(label->foregroundRole());
}

QString levelName(MessageBar::Level level)
{
    return QString::fromLatin1(QMetaEnum::fromType<MessageBar::Level>().valueToKey(level));
}

} // namespace

class TestMessageBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void contrastOfKnownColours();
    void readableOnKeepsWhatReads();
    void barReadsOnThePalette_data();
    void barReadsOnThePalette();
    void fieldTextReads_data();
    void fieldTextReads();
    void barAndLabelFollowAPaletteChange();
    void buttonsAndClose();

    // The app's widgets, by name.
    void loadErrorReads_data() { palettes(); }
    void loadErrorReads();
    void connectionDialogReads_data() { palettes(); }
    void connectionDialogReads();

    void screenshots();

private:
    void palettes();
    void usePalette(const QString &name);
    std::unique_ptr<Gui::ConnectionDialog> openConnectionDialog(QSettings *settings);

    QPalette m_light;
    std::unique_ptr<Api::ConnectionProfiles> m_profiles;
};

void TestMessageBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(u"Fusion"_s);
    m_light = QApplication::style()->standardPalette();
}

void TestMessageBar::cleanup()
{
    m_profiles.reset();
    QApplication::setPalette(m_light);
}

void TestMessageBar::palettes()
{
    QTest::addColumn<QString>("palette");
    QTest::newRow("light") << u"light"_s;
    QTest::newRow("dark") << u"dark"_s;
}

void TestMessageBar::usePalette(const QString &name)
{
    QApplication::setPalette(name == u"dark"_s ? darkPalette() : m_light);
}

void TestMessageBar::contrastOfKnownColours()
{
    QCOMPARE(Gui::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Gui::contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(Gui::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    QVERIFY(qAbs(Gui::relativeLuminance(QColor(0x80, 0x80, 0x80)) - 0.2159) < 1e-3);
    // The field red of before: readable on the light window, not on a dark one.
    const QColor oldRed(0xb3, 0x26, 0x1e);
    const double onLight = Gui::contrastRatio(oldRed, m_light.color(QPalette::Window));
    const double onDark = Gui::contrastRatio(oldRed, darkPalette().color(QPalette::Window));
    qInfo("#b3261e: %.2f:1 on the light window, %.2f:1 on the dark one", onLight, onDark);
    QVERIFY(onLight >= kReadable);
    QVERIFY(onDark < 2.5);
}

void TestMessageBar::readableOnKeepsWhatReads()
{
    const QColor red(0xb3, 0x26, 0x1e);
    QCOMPARE(Gui::readableOn(red, {QColor(0xef, 0xef, 0xef), Qt::white}), red);
    const QColor dark1(0x2b, 0x2b, 0x2b);
    const QColor dark2(0x1e, 0x1e, 0x1e);
    const QColor lighter = Gui::readableOn(red, {dark1, dark2});
    QVERIFY(Gui::contrastRatio(lighter, dark1) >= kReadable);
    QVERIFY(Gui::contrastRatio(lighter, dark2) >= kReadable);
    QVERIFY(qAbs(lighter.hslHue() - red.hslHue()) <= 3); // still red
    QVERIFY(lighter.lightness() > red.lightness());
    // A middle grey neither lighter nor darker red can reach: the best there is.
    QCOMPARE(Gui::readableOn(red, {QColor(0x76, 0x76, 0x76)}, 7.0), QColor(Qt::black));
}

void TestMessageBar::barReadsOnThePalette_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<MessageBar::Level>("level");
    for (const QString &palette : {u"light"_s, u"dark"_s}) {
        for (const MessageBar::Level level :
            {MessageBar::Information, MessageBar::Positive, MessageBar::Warning, MessageBar::Error})
            QTest::addRow("%s %s", qPrintable(palette), qPrintable(levelName(level))) << palette << level;
    }
}

void TestMessageBar::barReadsOnThePalette()
{
    QFETCH(QString, palette);
    QFETCH(MessageBar::Level, level);
    usePalette(palette);
    QWidget window;
    auto *bar = new MessageBar(level, u"The server could not be reached: Connection refused"_s, &window);
    bar->addButton(u"&Retry"_s);
    (new QVBoxLayout(&window))->addWidget(bar);
    window.resize(520, 80);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QColor background = paintedAt(bar, besideTheIcon(bar));
    const QColor ink = inkOf(bar->textLabel());
    QCOMPARE(ink, bar->textColor());
    QVERIFY2(qAbs(background.red() - bar->backgroundColor().red()) <= 2
            && qAbs(background.green() - bar->backgroundColor().green()) <= 2
            && qAbs(background.blue() - bar->backgroundColor().blue()) <= 2,
        qPrintable(background.name() + u" painted, "_s + bar->backgroundColor().name() + u" meant"_s));
    const double contrast = Gui::contrastRatio(ink, background);
    const double standsOut = Gui::contrastRatio(background, window.palette().color(QPalette::Window));
    qInfo("%s on %s: %.2f:1; the bar against the window %.2f:1", qPrintable(ink.name()), qPrintable(background.name()),
        contrast, standsOut);
    QVERIFY2(contrast >= kReadable, qPrintable(QString::number(contrast)));
    QVERIFY2(standsOut < kTint, qPrintable(QString::number(standsOut)));
    QVERIFY(bar->textLabel()->textFormat() == Qt::PlainText);
}

void TestMessageBar::fieldTextReads_data()
{
    barReadsOnThePalette_data();
}

void TestMessageBar::fieldTextReads()
{
    QFETCH(QString, palette);
    QFETCH(MessageBar::Level, level);
    const QPalette colours = palette == u"dark"_s ? darkPalette() : m_light;
    const QColor text = Gui::levelTextColor(colours, level);
    const double onWindow = Gui::contrastRatio(text, colours.color(QPalette::Window));
    const double onBase = Gui::contrastRatio(text, colours.color(QPalette::Base));
    qInfo("%s: %.2f:1 on Window, %.2f:1 on Base", qPrintable(text.name()), onWindow, onBase);
    QVERIFY(onWindow >= kReadable);
    QVERIFY(onBase >= kReadable);
    if (level == MessageBar::Error) {
        QCOMPARE(Gui::errorTextColor(colours), text);
        if (palette == u"light"_s)
            QCOMPARE(text, QColor(0xb3, 0x26, 0x1e)); // as it always was where it read
    }
}

void TestMessageBar::barAndLabelFollowAPaletteChange()
{
    QWidget window;
    auto *bar = new MessageBar(MessageBar::Error, u"Could not read the group list"_s, &window);
    auto *field = new QLabel(u"The endpoint must start with https://"_s, &window);
    Gui::setLabelLevel(field, MessageBar::Error);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(bar);
    layout->addWidget(field);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(inkOf(field), Gui::errorTextColor(m_light));
    const QColor lightBackground = bar->backgroundColor();

    // The desktop turns dark while the window is open.
    QApplication::setPalette(darkPalette()); // said to each widget by a posted event
    const QPalette dark = darkPalette();
    QTRY_COMPARE(inkOf(field), Gui::errorTextColor(dark));
    QVERIFY(Gui::contrastRatio(inkOf(field), dark.color(QPalette::Window)) >= kReadable);
    QVERIFY(bar->backgroundColor() != lightBackground);
    QVERIFY(Gui::contrastRatio(bar->backgroundColor(), dark.color(QPalette::Window)) < kTint);
    QCOMPARE(inkOf(bar->textLabel()), bar->textColor());
    QVERIFY(Gui::contrastRatio(bar->textColor(), paintedAt(bar, besideTheIcon(bar))) >= kReadable);

    // No longer an error: the window's own text colour, and it follows the palette as before.
    Gui::setLabelLevel(field, MessageBar::Information);
    QCOMPARE(inkOf(field), dark.color(QPalette::WindowText));
    QApplication::setPalette(m_light);
    QTRY_COMPARE(inkOf(field), m_light.color(QPalette::WindowText));
}

void TestMessageBar::buttonsAndClose()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    (new QVBoxLayout(&window))->addWidget(bar);
    QVERIFY(!bar->isCloseButtonVisible());
    bar->showMessage(MessageBar::Warning, u"<b>not bold</b>"_s);
    QPushButton *retry = bar->addButton(u"&Retry"_s);
    QCOMPARE(retry->parentWidget(), bar);
    bar->setCloseButtonVisible(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(bar->text(), u"<b>not bold</b>"_s);
    QCOMPARE(bar->textLabel()->textFormat(), Qt::PlainText); // a server's words are never markup
    bar->setTextFormat(Qt::RichText); // the caller's own markup, when it asks
    QCOMPARE(bar->textLabel()->textFormat(), Qt::RichText);
    // The caller's buttons sit after the text and before the close button.
    QVERIFY(bar->textLabel()->geometry().right() < retry->geometry().left());
    QVERIFY(retry->geometry().right() < bar->closeButton()->geometry().left());

    QSignalSpy closed(bar, &MessageBar::closed);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(bar->isVisible()); // the caller's to act on
    QCOMPARE(closed.count(), 0);
    QTest::mouseClick(bar->closeButton(), Qt::LeftButton);
    QVERIFY(bar->isHidden());
    QCOMPARE(closed.count(), 1);
}

void TestMessageBar::loadErrorReads()
{
    QFETCH(QString, palette);
    usePalette(palette);
    QWidget window;
    auto *bar = new Gui::LoadStatusBar(&window);
    (new QVBoxLayout(&window))->addWidget(bar);
    Models::LoadStatus status([] {});
    Api::ApiError error;
    error.kind = Api::ApiError::Kind::Network;
    error.detail = u"Connection refused"_s;
    status.setError(error);
    bar->setStatus(&status);
    window.resize(560, 120);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *frame = window.findChild<QFrame *>(u"errorFrame"_s);
    auto *label = window.findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(frame && label && window.findChild<QPushButton *>(u"retryButton"_s));
    QVERIFY(frame->isVisible());
    const QColor background = paintedAt(frame, besideTheIcon(frame));
    const double contrast = Gui::contrastRatio(inkOf(label), background);
    const double standsOut = Gui::contrastRatio(background, window.palette().color(QPalette::Window));
    qInfo("error bar: %s on %s: %.2f:1; against the window %.2f:1", qPrintable(inkOf(label).name()),
        qPrintable(background.name()), contrast, standsOut);
    QVERIFY2(contrast >= kReadable, qPrintable(QString::number(contrast)));
    QVERIFY2(standsOut < kTint, qPrintable(QString::number(standsOut)));
}

std::unique_ptr<Gui::ConnectionDialog> TestMessageBar::openConnectionDialog(QSettings *settings)
{
    m_profiles = std::make_unique<Api::ConnectionProfiles>(settings);
    auto dialog = std::make_unique<Gui::ConnectionDialog>(m_profiles.get());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestMessageBar::connectionDialogReads()
{
    QFETCH(QString, palette);
    usePalette(palette);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"connections.conf"_s), QSettings::IniFormat);
    const auto dialog = openConnectionDialog(&settings);
    QVERIFY(dialog);
    auto *endpoint = dialog->findChild<QLineEdit *>(u"endpointLineEdit"_s);
    auto *problem = dialog->findChild<QLabel *>(u"endpointProblemLabel"_s);
    QVERIFY(endpoint && problem);
    retype(endpoint, u"ftp://api.civisanalytics.com/"_s);
    QVERIFY(problem->isVisible());

    // The field's error, on the dialog and on the field's own background.
    const QPalette colours = dialog->palette();
    const QColor ink = inkOf(problem);
    const double onWindow = Gui::contrastRatio(ink, colours.color(QPalette::Window));
    const double onBase = Gui::contrastRatio(ink, colours.color(QPalette::Base));
    qInfo("field error %s: %.2f:1 on Window, %.2f:1 on Base", qPrintable(ink.name()), onWindow, onBase);
    QVERIFY2(onWindow >= kReadable, qPrintable(QString::number(onWindow)));
    QVERIFY2(onBase >= kReadable, qPrintable(QString::number(onBase)));

    // The problem on top.
    dialog->setProblem(u"The server could not be reached: Connection refused"_s);
    auto *frame = dialog->findChild<QFrame *>(u"problemFrame"_s);
    auto *label = dialog->findChild<QLabel *>(u"problemLabel"_s);
    QVERIFY(frame && label && frame->isVisible());
    const QColor background = paintedAt(frame, besideTheIcon(frame));
    const double contrast = Gui::contrastRatio(inkOf(label), background);
    const double standsOut = Gui::contrastRatio(background, colours.color(QPalette::Window));
    qInfo("problem bar: %s on %s: %.2f:1; against the window %.2f:1", qPrintable(inkOf(label).name()),
        qPrintable(background.name()), contrast, standsOut);
    QVERIFY2(contrast >= kReadable, qPrintable(QString::number(contrast)));
    QVERIFY2(standsOut < kTint, qPrintable(QString::number(standsOut)));
}

void TestMessageBar::screenshots()
{
    if (!screenshotsWanted())
        QSKIP("set CIVIS_SCREENSHOT_DIR to write message-bars.png and dark-palette-error.png there");
    for (const QString &palette : {u"light"_s, u"dark"_s}) {
        usePalette(palette);
        QWidget window;
        window.setWindowTitle(u"Message bars"_s);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new MessageBar(MessageBar::Information, u"Saving the key in the system keychain…"_s));
        layout->addWidget(new MessageBar(MessageBar::Positive, u"Signed in as Ada Admin (ada), Demo Org"_s));
        auto *warning = new MessageBar(
            MessageBar::Warning, u"Adding the 3 people found; these were not added:\nNot found (1): ghost.user"_s);
        warning->setCloseButtonVisible(true);
        layout->addWidget(warning);
        auto *error
            = new MessageBar(MessageBar::Error, u"The server could not be reached: Connection refused (GET /groups)"_s);
        error->addButton(u"&Retry"_s)->setIcon(window.style()->standardIcon(QStyle::SP_BrowserReload));
        layout->addWidget(error);
        auto *form = new QFormLayout;
        auto *field = new QLineEdit(u"ftp://api.civisanalytics.com/"_s);
        auto *fieldError = new QLabel(u"The endpoint must start with https://"_s);
        Gui::setLabelLevel(fieldError, MessageBar::Error);
        form->addRow(u"&Endpoint:"_s, field);
        form->addRow(QString(), fieldError);
        layout->addLayout(form);
        layout->addStretch(1);
        window.resize(620, window.sizeHint().height());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        screenshot(&window, palette == u"dark"_s ? u"message-bars-dark.png"_s : u"message-bars.png"_s);
    }

    // The connection dialog failing, on a dark desktop.
    usePalette(u"dark"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"connections.conf"_s), QSettings::IniFormat);
    const auto dialog = openConnectionDialog(&settings);
    QVERIFY(dialog);
    auto *endpoint = dialog->findChild<QLineEdit *>(u"endpointLineEdit"_s);
    QVERIFY(endpoint);
    retype(endpoint, u"http://api.example.com/"_s);
    dialog->setProblem(u"Could not sign in at 127.0.0.1: the server refused the connection "
                       "(Connection refused). Check the endpoint, or try the offline sandbox."_s);
    QTest::qWait(50);
    screenshot(dialog.get(), u"dark-palette-error.png"_s);
}

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
