#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Gui {

/// The languages the app's own words are translated into ("de", "en"): the catalogs compiled
/// into the binary (translations/, ":/translations/civis-groups_<language>.qm").
QStringList translatedLanguages();

/// Whether \a language ("de", "de_AT", "de-DE") is one of translatedLanguages().
bool isTranslated(const QString &language);

/// Installs on the application the translators of \a language (see isTranslated), or when it is
/// empty of the first of the system's UI languages that is translated (QLocale::system()'s
/// uiLanguages(): LANGUAGE, then LC_ALL, LC_MESSAGES, LANG): one for the app's words and one for
/// Qt's own (the buttons of standard dialogs, the file dialog: qtbase_<language>.qm from the
/// system, Debian's qt6-translations-l10n). English when none is translated. Replaces the
/// translators this installed before, so it may be called again. The default QLocale (dates,
/// numbers, lists) becomes the language's too, unless the system's locale speaks it already.
/// Returns the language chosen.
/// Called before the first window exists: what is already shown is not translated again.
QString installTranslators(const QString &language = QString());

} // namespace Gui
