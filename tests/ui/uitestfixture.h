#pragma once

// The GUI's suites: the real widgets, offscreen, over a real sandbox on a free loopback port
// (in-process), through the app's own client and workspace. Nothing touches the person's files:
// QStandardPaths' test mode is on before anything reads a setting.

#include "modeltestfixture.h"

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
