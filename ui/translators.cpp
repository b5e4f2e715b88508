#include "ui/translators.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
const QString kCatalogFolder = u":/translations"_s;
const QString kCatalogPrefix = u"civis-groups_"_s;
/// The object name of the translators installed here, to find them again.
const QString kTranslatorName = u"civisTranslator"_s;

/// "de" for "de", "de_AT" or "de-DE"; empty for what names no language.
QString languageCode(const QString &name)
{
    const QLocale locale(name);
    return locale.language() == QLocale::C ? QString() : QLocale::languageToCode(locale.language());
}

/// The language the system writes dates, numbers and lists in. On Linux that of LC_ALL, LC_TIME or
/// LANG: QLocale::system().language() follows LANGUAGE when LANG is C.UTF-8, whose formats stay C's.
QLocale::Language formatLanguage()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    for (const char *variable : {"LC_ALL", "LC_TIME", "LANG"}) {
        if (const QString value = qEnvironmentVariable(variable); !value.isEmpty())
            return QLocale(value.section(u'.', 0, 0)).language();
    }
    return QLocale::C;
#else
    return QLocale::system().language();
#endif
}

QTranslator *newTranslator()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(kTranslatorName);
    return translator;
}
} // namespace

QStringList translatedLanguages()
{
    QStringList languages;
    const QStringList catalogs = QDir(kCatalogFolder).entryList({kCatalogPrefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &catalog : catalogs)
        languages.append(catalog.mid(kCatalogPrefix.size()).chopped(3));
    return languages;
}

bool isTranslated(const QString &language)
{
    const QString code = languageCode(language);
    return !code.isEmpty() && translatedLanguages().contains(code);
}

QString installTranslators(const QString &language)
{
    const QList<QTranslator *> installed
        = QCoreApplication::instance()->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    // The person's languages in their order of preference: the first translated one wins, so
    // "en" first means English even on a system that also lists German.
    const QStringList wanted = language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    const QStringList translated = translatedLanguages();
    QString chosen = u"en"_s;
    QLocale locale(QLocale::English);
    for (const QString &name : wanted) {
        if (const QString code = languageCode(name); translated.contains(code)) {
            chosen = code;
            locale = QLocale(name);
            break;
        }
    }

    // Dates, numbers and lists ("A, B und C") in the language of the words around them, unless
    // the system's locale speaks it already (de_AT keeps its own formats; C speaks none).
    QLocale::setDefault(formatLanguage() == locale.language() ? QLocale::system() : locale);

    // English too has a catalog: the English forms of the %n plurals ("1 group", "3 groups").
    QTranslator *app = newTranslator();
    if (app->load(kCatalogPrefix + chosen, kCatalogFolder))
        QCoreApplication::installTranslator(app);
    else
        delete app;
    // Qt's own words: qtbase_de.qm and the like, loaded for the most specific name there is
    // (qtbase_de_AT, then qtbase_de). None for English, whose words are the source.
    if (chosen != u"en"_s) {
        QTranslator *qt = newTranslator();
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return chosen;
}

} // namespace Gui
