// The icons compiled into civis-groups (resources/, the civis_icons library): on a system with no
// icon theme at all (a bare window manager), every icon name the app asks QIcon::fromTheme for is
// found in the bundled fallback theme "civis-breeze", and so is the application icon. The names
// are read from the sources of ui/ and app/, so an icon added there without one bundled fails here.

#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtGui/QIcon>
#include <QtGui/QImage>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

class TestBundledIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyNameTheAppAsksForIsBundled_data();
    void everyNameTheAppAsksForIsBundled();
    void applicationIcon();

private:
    /// The icon names passed to themeIcon(), QIcon::fromTheme(), makePanelAction() and the
    /// changes panel's makeAction() in the .cpp files under ui/ and app/: the first lowercase
    /// dashed literal of each call (the actions' object names and texts have capitals).
    static QStringList iconNamesInSources();
    /// The first string literal shaped like an icon name ("edit-copy", "folder") among the
    /// arguments of the call whose '(' ends before \a from; empty if none (a definition).
    static QString firstIconLiteral(const QString &text, qsizetype from);
    static bool hasVisiblePixels(const QIcon &icon, int size);
};

void TestBundledIcons::initTestCase()
{
    // No system theme is reachable: only the resource's themes, the desktop's theme a name
    // that does not exist there, as on a window manager without any icon theme installed.
    QIcon::setThemeSearchPaths({u":/icons"_s});
    QIcon::setFallbackSearchPaths({});
    QIcon::setThemeName(u"hicolor"_s);
    QIcon::setFallbackThemeName(u"civis-breeze"_s);
    QVERIFY(QFile::exists(u":/icons/civis-breeze/index.theme"_s));
}

QStringList TestBundledIcons::iconNamesInSources()
{
    static const QRegularExpression call(uR"(\b(themeIcon|fromTheme|makePanelAction|makeAction)\()"_s);
    QStringList names;
    for (const char *folder : {"ui", "app"}) {
        QDirIterator files(QStringLiteral(SOURCE_DIR "/") + QString::fromLatin1(folder), {u"*.cpp"_s}, QDir::Files,
            QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto calls = call.globalMatch(text); calls.hasNext();) {
                const QString literal = firstIconLiteral(text, calls.next().capturedEnd());
                if (!literal.isEmpty() && !names.contains(literal))
                    names.append(literal);
            }
        }
    }
    names.sort();
    return names;
}

QString TestBundledIcons::firstIconLiteral(const QString &text, qsizetype from)
{
    static const QRegularExpression iconName(uR"(^[a-z][a-z0-9]*(-[a-z0-9]+)*$)"_s);
    int depth = 1;
    for (qsizetype i = from; i < text.size() && depth > 0; ++i) {
        const QChar c = text.at(i);
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u'"') {
            // A literal, to its closing quote (past escaped ones): its text never counts as brackets.
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            QString literal = text.mid(i + 1, end - i - 1);
            if (iconName.match(literal).hasMatch())
                return literal;
            i = end;
        }
    }
    return {};
}

bool TestBundledIcons::hasVisiblePixels(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage();
    if (image.isNull())
        return false;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

void TestBundledIcons::everyNameTheAppAsksForIsBundled_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = iconNamesInSources();
    // The sources ask for about forty; far fewer means the scan above no longer finds them.
    QVERIFY2(names.size() >= 30, qPrintable(names.join(u' ')));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestBundledIcons::everyNameTheAppAsksForIsBundled()
{
    QFETCH(QString, name);
    const QIcon icon = QIcon::fromTheme(name);
    QVERIFY2(!icon.isNull(), qPrintable(u"not in the bundled theme: "_s + name));
    QVERIFY(hasVisiblePixels(icon, 16));
    QVERIFY(hasVisiblePixels(icon, 22));
}

void TestBundledIcons::applicationIcon()
{
    // The window icon: found by the desktop file's Icon= name, at every size a task bar asks for.
    const QIcon icon = QIcon::fromTheme(u"org.civisgroupsadmin.CivisGroupsAdmin"_s);
    QVERIFY(!icon.isNull());
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
        QVERIFY(hasVisiblePixels(icon, size));
    }
    // The scalable original, for where Qt SVG is installed.
    QVERIFY(QFile::exists(u":/icons/app/org.civisgroupsadmin.CivisGroupsAdmin.svg"_s));
}

QTEST_MAIN(TestBundledIcons)
#include "tst_bundledicons.moc"
