#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace Api {

/// Where the client talks and with which key. The key is a secret: never logged, never
/// written to a plain file, never sent over plain HTTP to anything but loopback.
struct ConnectionSettings
{
    QUrl baseUrl; ///< e.g. https://api.civisanalytics.com/ ; always ends with '/'.
    QString apiKey;
    QString profileName; ///< The saved profile these came from; empty for the environment or the sandbox.

    /// The production API, as the official client defaults to it.
    static QUrl defaultBaseUrl();
    /// CIVIS_API_ENDPOINT (default: defaultBaseUrl()) and CIVIS_API_KEY, as the official client reads them.
    static ConnectionSettings fromEnvironment();
    /// \a url made into a base URL: a trailing '/' added to its path.
    static QUrl normalizedBaseUrl(const QUrl &url);
    /// True for localhost, 127.0.0.0/8 and ::1.
    static bool isLoopback(const QUrl &url);

    /// Empty when these can be used; otherwise a sentence for a person saying what is wrong
    /// (no key, no or invalid URL, a user name or password in the URL, plain http:// to a host
    /// that is not loopback), translated.
    QString problem() const;
    bool isUsable() const { return problem().isEmpty(); }

    /// The URL of \a path (e.g. "groups/12/members/3") under the base URL.
    QUrl endpoint(const QString &path) const;

    Q_DECLARE_TR_FUNCTIONS(Api::ConnectionSettings)
};

} // namespace Api
