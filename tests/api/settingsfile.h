#pragma once

// Settings for the suites of saved connections (the keychain suite and the connection dialog's):
// a QSettings INI file in a temporary directory, never the person's own, and its raw bytes, so a
// test can check what was written to disk and that no key ever was.

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>

#include <memory>

class SettingsFile
{
public:
    SettingsFile()
        : m_settings(std::make_unique<QSettings>(path(), QSettings::IniFormat))
    {
    }
    bool isValid() const { return m_dir.isValid(); }
    QSettings &settings() { return *m_settings; }
    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    /// What is on disk now (empty when nothing was ever written).
    QByteArray bytes()
    {
        m_settings->sync();
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    /// A saved connection as the app stores one, written without any keychain.
    void addProfile(const QString &name, const QString &url)
    {
        m_settings->setValue(QStringLiteral("connections/") + name + QStringLiteral("/baseUrl"), url);
        m_settings->sync();
    }

private:
    QTemporaryDir m_dir; // before m_settings: its file lives in here
    std::unique_ptr<QSettings> m_settings;
};
