// The app in German, as on a desktop with LANGUAGE=de: the translators main() installs
// (Gui::installTranslators), the menus, the group dialog and a plural message in German, and
// no visible string of the main window or the group dialog left in English: each window is
// opened in English and in German, their texts walked (menus, actions, dock and tab titles,
// buttons, labels, header sections, placeholders, tooltips), and a German text that is also
// one of the English texts is a string without a translation, unless it is one of the few
// words German shares ("Name", "Status"). A string added to the window without a translation
// fails here until `update_translations` is run and it is translated.
//
// With CIVIS_SCREENSHOT_DIR set, the German window and group dialog are saved there.

#include "uitestfixture.h"

#include "models/grouplistmodel.h"
#include "models/loadstatus.h"
#include "models/workspace.h"
#include "ui/groups/groupdialog.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/members/memberstab.h"
#include "ui/translators.h"
#include "ui/workspacewidget.h"

#include <QtCore/QDir>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kBoston = 23; // "Boston Office" in the demo seed

/// The texts German writes as English does: the whole text, without its mnemonic and colon.
const QSet<QString> kSameInGerman{u"Name"_s, u"Slug"_s, u"Status"_s, u"Online"_s, u"Sandbox"_s, u"ID"_s, u"E-Mail"_s,
    u"Details"_s, u"Person"_s, u"Civis Groups Admin"_s, u"Esc"_s, u"Problem"_s, u"Server"_s};

/// What the server says, in any language: the demo seed's organization, and a text naming who
/// is signed in where ("admin @ 127.0.0.1", the window's title and status).
bool isData(const QString &text)
{
    return text == u"Northwind Civic Data"_s || text.contains(u" @ "_s);
}

/// \a text without its mnemonic ("&File" -> "File"; "&&" stays one "&").
QString withoutMnemonic(QString text)
{
    static const QRegularExpression mnemonic(u"&(?!&)"_s);
    return text.remove(mnemonic).replace(u"&&"_s, u"&"_s);
}

/// Every text of \a root a person can see or hear: its and its children's titles, labels,
/// buttons, actions (and their menus), tabs, header sections, placeholders and tooltips.
QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        // Numbers, symbols and empty labels say nothing in any language.
        if (text.contains(QRegularExpression(u"[A-Za-z]{2}"_s)))
            texts.append(text);
    };
    const auto addAction = [&add](const QAction *action) {
        add(action->text());
        if (action->toolTip() != withoutMnemonic(action->text()))
            add(action->toolTip());
    };
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : widgets) {
        if (widget == root || qobject_cast<const QDockWidget *>(widget))
            add(widget->windowTitle());
        add(widget->toolTip());
        add(widget->accessibleName());
        for (const QAction *action : widget->actions())
            addAction(action);
        if (const auto *menu = qobject_cast<const QMenu *>(widget))
            add(menu->title());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            add(button->text());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            add(label->text());
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            add(box->title());
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            add(edit->placeholderText());
        if (const auto *combo = qobject_cast<const QComboBox *>(widget); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i));
                add(tabs->tabToolTip(i));
            }
        }
        if (const auto *header = qobject_cast<const QHeaderView *>(widget); header && header->model()) {
            for (int section = 0; section < header->count(); ++section)
                add(header->model()->headerData(section, header->orientation()).toString());
        }
    }
    for (const QAction *action : root->findChildren<QAction *>())
        addAction(action);
    return texts;
}

/// The texts of \a german that are also among \a english, but for the words German shares.
QStringList untranslated(const QStringList &german, const QStringList &english)
{
    const QSet<QString> englishTexts(english.cbegin(), english.cend());
    QStringList left;
    for (const QString &text : german) {
        QString word = withoutMnemonic(text);
        if (word.endsWith(u':'))
            word.chop(1);
        if (englishTexts.contains(text) && !kSameInGerman.contains(word) && !isData(text) && !left.contains(text))
            left.append(text);
    }
    return left;
}

/// The mnemonics used more than once among \a texts ("&Datei" and "&Drucken": "d").
QStringList repeatedMnemonics(const QStringList &texts)
{
    static const QRegularExpression mnemonic(u"&([^&])"_s);
    QStringList seen;
    QStringList repeated;
    QStringList unique = texts; // a button's text is also its action's, and so on
    unique.removeDuplicates();
    for (const QString &text : std::as_const(unique)) {
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (!match.hasMatch())
            continue;
        const QString key = match.captured(1).toLower();
        if (seen.contains(key))
            repeated.append(text);
        seen.append(key);
    }
    return repeated;
}

/// The texts with a mnemonic Alt reaches in \a window as it shows now: the menu bar's, the
/// visible buttons', labels' and group boxes' (not a menu's entries: they act only in their menu).
QStringList altMnemonics(const QMainWindow *window)
{
    QStringList texts;
    for (const QAction *action : window->menuBar()->actions())
        texts.append(action->text());
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || qobject_cast<const QMenu *>(widget->window()))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts.append(button->text());
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            texts.append(label->text());
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            texts.append(box->title());
        if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        }
    }
    return texts;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theDesktopLanguageIsChosenAndCanBeOverridden();
    void pluralsTakeTheGermanForms();
    void theMainWindowIsGermanThroughout();
    void theGroupDialogIsGermanThroughout();

private:
    /// The main window in \a language, loaded, with its texts; the window stays open.
    QStringList openWindowIn(const QString &language);
    /// The group dialog editing Boston Office in \a language, shown, with its texts.
    QStringList openGroupDialogIn(const QString &language);

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
    std::unique_ptr<Gui::GroupDialog> m_dialog;
};

void TestTranslation::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestTranslation::cleanup()
{
    m_dialog.reset();
    m_window.reset();
    m_fixture.reset();
    Gui::installTranslators(u"en"_s);
}

QStringList TestTranslation::openWindowIn(const QString &language)
{
    m_window.reset();
    if (Gui::installTranslators(language) != language)
        qWarning("no translators for %s", qPrintable(language));
    m_window = m_fixture->openMainWindow(QSize(1400, 900));
    if (!m_window)
        return {};
    Gui::GroupListPanel *panel = m_window->workspaceWidget()->groupListPanel();
    // The list loaded: its count and status say what they say once it rests.
    if (!QTest::qWaitFor(
            [panel] { return panel->model()->rowCount() > 0 && !panel->model()->loadStatus()->isLoading(); }, 30'000))
        qWarning("the group list did not load");
    return visibleTexts(m_window.get());
}

QStringList TestTranslation::openGroupDialogIn(const QString &language)
{
    m_dialog.reset();
    if (Gui::installTranslators(language) != language)
        qWarning("no translators for %s", qPrintable(language));
    m_dialog = std::make_unique<Gui::GroupDialog>(
        m_fixture->workspace.get(), Gui::GroupDialog::Mode::Edit, m_fixture->fetchGroup(kBoston));
    m_dialog->open();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("the group dialog did not show");
    return visibleTexts(m_dialog.get());
}

void TestTranslation::theDesktopLanguageIsChosenAndCanBeOverridden()
{
    // main() sets LANGUAGE=de before the application reads the locale: the first translated
    // language of the desktop's wins.
    QCOMPARE(Gui::installTranslators(), u"de"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Datei"_s);
    // Qt's own words too (qtbase_de.qm).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    // Dates and lists in German too: the system's formats (LANG=C.UTF-8) speak no language.
    QCOMPARE(QLocale().createSeparatedList({u"Ada"_s, u"Jamal"_s}), u"Ada und Jamal"_s);
    QCOMPARE(QLocale().dayName(2), u"Dienstag"_s);

    // --language en: English on a German desktop, with English plurals.
    QCOMPARE(Gui::installTranslators(u"en"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    QCOMPARE(QLocale().dayName(2), u"Tuesday"_s);
    QCOMPARE(Gui::MembersTab::tr("Copied %n member(s)", nullptr, 1), u"Copied 1 member"_s);
    QCOMPARE(Gui::MembersTab::tr("Copied %n member(s)", nullptr, 3), u"Copied 3 members"_s);

    QVERIFY(Gui::isTranslated(u"de_AT"_s));
    QVERIFY(Gui::isTranslated(u"en"_s));
    QVERIFY(!Gui::isTranslated(u"fr"_s));
    QVERIFY(!Gui::isTranslated(u"xx"_s));
    QCOMPARE(Gui::translatedLanguages(), QStringList({u"de"_s, u"en"_s}));
    QCOMPARE(Gui::installTranslators(u"de-AT"_s), u"de"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&Datei"_s);
}

void TestTranslation::pluralsTakeTheGermanForms()
{
    QCOMPARE(Gui::installTranslators(u"de"_s), u"de"_s);
    QCOMPARE(Gui::MembersTab::tr("Copied %n member(s)", nullptr, 1), u"1 Mitglied kopiert"_s);
    QCOMPARE(Gui::MembersTab::tr("Copied %n member(s)", nullptr, 3), u"3 Mitglieder kopiert"_s);
    QCOMPARE(Models::Workspace::tr("%n groups", nullptr, 1), u"1 Gruppe"_s);
    QCOMPARE(Models::Workspace::tr("%n groups", nullptr, 3), u"3 Gruppen"_s);
}

void TestTranslation::theMainWindowIsGermanThroughout()
{
    const QStringList english = openWindowIn(u"en"_s);
    QVERIFY(!english.isEmpty());
    QVERIFY2(english.contains(u"&File"_s), qPrintable(english.join(u" | "_s)));
    const QStringList german = openWindowIn(u"de"_s);
    QVERIFY(m_window);
    screenshot(m_window.get(), u"de-main-window.png"_s);

    // The menus, in German, each with mnemonics of its own.
    QStringList menus;
    for (const QAction *action : m_window->menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, QStringList({u"&Datei"_s, u"&Bearbeiten"_s, u"&Gruppe"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
    for (const QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        QStringList entries;
        for (const QAction *action : menu->actions())
            entries.append(action->text());
        QVERIFY2(repeatedMnemonics(entries).isEmpty(),
            qPrintable(menu->title() + u": "_s + repeatedMnemonics(entries).join(u", "_s)));
    }
    // Alt and a letter reaches one thing only, whichever tab of the group shows.
    QTabWidget *tabs = m_window->workspaceWidget()->groupTabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const QStringList repeated = repeatedMnemonics(altMnemonics(m_window.get()));
        QVERIFY2(repeated.isEmpty(), qPrintable(tabs->tabText(tab) + u": "_s + repeated.join(u", "_s)));
    }
    // The tabs of a group and a dock.
    QVERIFY2(german.contains(u"&Mitglieder"_s), qPrintable(german.join(u" | "_s)));
    QVERIFY2(german.contains(u"&Freigaben"_s), qPrintable(german.join(u" | "_s)));
    QVERIFY2(german.contains(u"Benutzer"_s), qPrintable(german.join(u" | "_s)));

    QVERIFY2(german.size() > 100, qPrintable(QString::number(german.size())));
    const QStringList left = untranslated(german, english);
    QVERIFY2(left.isEmpty(), qPrintable(u"still in English: "_s + left.join(u" | "_s)));
}

void TestTranslation::theGroupDialogIsGermanThroughout()
{
    const QStringList english = openGroupDialogIn(u"en"_s);
    QVERIFY(!english.isEmpty());
    const QStringList german = openGroupDialogIn(u"de"_s);
    screenshot(m_dialog.get(), u"de-group-dialog-edit.png"_s);

    QCOMPARE(m_dialog->windowTitle(), u"Boston Office bearbeiten"_s);
    QVERIFY2(german.contains(u"&Beschreibung:"_s), qPrintable(german.join(u" | "_s)));
    // The buttons: the dialog's own and Qt's (qtbase_de.qm).
    auto *buttons = childNamed<QDialogButtonBox>(m_dialog.get(), u"buttonBox"_s);
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), u"Speichern"_s);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
    QVERIFY2(repeatedMnemonics(german).isEmpty(), qPrintable(repeatedMnemonics(german).join(u", "_s)));

    const QStringList left = untranslated(german, english);
    QVERIFY2(left.isEmpty(), qPrintable(u"still in English: "_s + left.join(u" | "_s)));
}

int main(int argc, char *argv[])
{
    // A German desktop: set before the application reads the system's locale, as the
    // desktop session would; its formats those of a system with no locale set up.
    qputenv("LANGUAGE", "de");
    qputenv("LANG", "C.UTF-8");
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LC_TIME"})
        qunsetenv(variable);
    QApplication app(argc, argv);
    TestTranslation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translation.moc"
