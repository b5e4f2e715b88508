#pragma once

// The GUI's suites: the real widgets, offscreen, over a real sandbox on a free loopback port
// (in-process), through the app's own client and workspace. Nothing touches the person's files:
// QStandardPaths' test mode is on before anything reads a setting.

#include "modeltestfixture.h"
#include "uitesthelpers.h"

#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QtCore/QStandardPaths>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QWidget>

/// The models' fixture (sandbox, client, workspace and their helpers), with the settings in
/// QStandardPaths' test mode.
class UiFixture : public ModelFixture
{
public:
    /// Starts the sandbox (seeded \a seed), the admin's client and a workspace over it.
    bool startUi(const QString &seed = QStringLiteral("demo"), const FaultSettings &faults = {})
    {
        QStandardPaths::setTestModeEnabled(true);
        return startModels(seed, faults);
    }

    /// A main window over a new session as whoever holds \a key (the sandbox's admin unless
    /// told), resized to \a size (nullopt: the geometry it restores from the settings), shown
    /// and exposed; nullptr (and a warning) when the key cannot sign in or the window never shows.
    std::unique_ptr<Gui::MainWindow> openMainWindow(const std::optional<QSize> &size = QSize(1400, 900),
        const QString &key = QString::fromLatin1(SandboxFixture::kAdminKey)) const
    {
        Api::ApiClient asWhom(settings(key));
        const auto me = await(asWhom.users().me());
        if (!me.ok()) {
            qWarning("the key could not sign in: %s", qPrintable(me.error.message()));
            return nullptr;
        }
        auto window = std::make_unique<Gui::MainWindow>();
        window->setSession(std::make_unique<Gui::Session>(settings(key), *me));
        if (size)
            window->resize(*size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            qWarning("the main window was never exposed");
            return nullptr;
        }
        return window;
    }
};

/// The child of \a parent named \a name, failing the test (returning nullptr) when there is none.
template <typename T>
T *childNamed(const QObject *parent, const QString &name)
{
    T *child = parent->findChild<T *>(name);
    if (!child)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return child;
}
