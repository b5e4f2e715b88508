#pragma once

#include "api/connectionsettings.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <memory>

class QSettings;

namespace Api {

/// Saved connections ("profiles"): each a name, a base URL and an API key. Names and URLs live in
/// QSettings (group "connections"); the key lives only in the system keychain (QtKeychain, service
/// keychainService(), key = profile name, never the insecure fallback), never in a file or a log.
///
/// save(), load() and remove() are asynchronous: each answers with its signal, always later, never
/// from within the call, and the error argument is empty on success or a sentence for a person.
class ConnectionProfiles : public QObject
{
    Q_OBJECT

public:
    /// What the keychain made of an operation, so a caller can act on it without reading the
    /// sentence (which is translated): it worked or was not involved; it has no key for the
    /// name; it refused (locked); or there is no keychain to talk to (no Secret Service).
    enum class KeychainStatus { Ok, NoKey, Refused, Unavailable };
    Q_ENUM(KeychainStatus)

    /// Profiles kept in \a settings (not owned, must outlive this); nullptr: the application's QSettings.
    explicit ConnectionProfiles(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ConnectionProfiles() override;

    /// The keychain service the keys are stored under: "Civis Groups Admin".
    static QString keychainService();
    /// Empty when \a name can name a profile; otherwise why not (empty, or contains '/' or '\').
    static QString nameProblem(const QString &name);

    /// The saved profiles' names, sorted.
    QStringList names() const;
    /// True if a profile named \a name is saved.
    bool contains(const QString &name) const;
    /// The saved base URL of \a name; empty for an unknown profile.
    QUrl baseUrl(const QString &name) const;

    /// The profile to connect with at start; empty when none is chosen or it no longer exists.
    QString defaultProfile() const;
    /// Chooses \a name as the default (empty: none); false, and nothing changed, for an unknown profile.
    bool setDefaultProfile(const QString &name);

    /// Saves \a settings as \a name, replacing a profile of that name: the key goes to the keychain
    /// first, the name and URL to the settings only once the keychain has it (or, when there is no
    /// keychain at all, the name and URL alone, with the keychain's error). Settings with a
    /// problem() (or a bad name, or a URL with user info) are refused, storing nothing. Emits saved().
    void save(const QString &name, const ConnectionSettings &settings);
    /// Saves only the name and address of a connection whose key cannot be kept (no system
    /// keychain): at once; empty, or why it failed. A key saved before under \a name stays.
    QString saveAddress(const QString &name, const QUrl &baseUrl);
    /// Reads \a name back, its key from the keychain. Emits loaded() with profileName set; when only
    /// the keychain failed, the settings still carry the name and URL, without a key.
    void load(const QString &name);
    /// Deletes the key of \a name from the keychain, then its settings; a name not saved is no error.
    /// When the keychain fails the profile is kept, so no key is left behind unseen. Emits removed().
    void remove(const QString &name);

Q_SIGNALS:
    /// save() of \a name ended; \a error is empty on success; \a keychain says what the keychain did.
    void saved(const QString &name, const QString &error, Api::ConnectionProfiles::KeychainStatus keychain);
    /// load() of \a name ended; \a settings are usable only when \a error is empty.
    void loaded(const QString &name, const Api::ConnectionSettings &settings, const QString &error,
        Api::ConnectionProfiles::KeychainStatus keychain);
    /// remove() of \a name ended; \a error is empty on success.
    void removed(const QString &name, const QString &error, Api::ConnectionProfiles::KeychainStatus keychain);
    /// A profile was added or removed (not emitted when only a URL or key changed).
    void namesChanged();

private:
    QSettings &settings() const;
    QString storeUrl(const QString &name, const QUrl &url);
    QString dropSettings(const QString &name);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings = nullptr;
};

} // namespace Api
