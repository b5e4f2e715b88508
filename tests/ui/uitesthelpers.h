#pragma once

// What every GUI suite does to its widgets as a person would, and how it saves screenshots:
// once here, for the suites over a sandbox (uitestfixture.h includes it) and those without.

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtGui/QKeySequence>
#include <QtTest/QTest>
#include <QtWidgets/QWidget>

/// Replaces the text of \a edit (a line or a text edit) as a person would: focus, select all,
/// then type (or Delete, for no text).
template <typename Edit>
void retype(Edit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::SelectAll);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

/// Whether screenshots are wanted: run by hand (under Xvfb, not offscreen, for real fonts) with
/// CIVIS_SCREENSHOT_DIR set to the folder they go to (resources/screenshots to redo those).
inline bool screenshotsWanted()
{
    return !qEnvironmentVariableIsEmpty("CIVIS_SCREENSHOT_DIR");
}

/// Saves \a widget as it looks now as \a name (a .png file name) in $CIVIS_SCREENSHOT_DIR, once
/// the layouts the last changes asked for are done; nothing when it is not set. A failed save
/// fails the test.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CIVIS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY2(widget->grab().save(QDir(folder).filePath(name)), qPrintable(QDir(folder).filePath(name)));
}
