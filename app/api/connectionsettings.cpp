#include "api/connectionsettings.h"

#include <QtNetwork/QHostAddress>

using namespace Qt::StringLiterals;

namespace Api {

QUrl ConnectionSettings::defaultBaseUrl()
{
    return QUrl(u"https://api.civisanalytics.com/"_s);
}

ConnectionSettings ConnectionSettings::fromEnvironment()
{
    ConnectionSettings settings;
    const QString endpoint = qEnvironmentVariable("CIVIS_API_ENDPOINT").trimmed();
    settings.baseUrl = normalizedBaseUrl(endpoint.isEmpty() ? defaultBaseUrl() : QUrl(endpoint));
    settings.apiKey = qEnvironmentVariable("CIVIS_API_KEY").trimmed();
    return settings;
}

QUrl ConnectionSettings::normalizedBaseUrl(const QUrl &url)
{
    QUrl normalized = url;
    if (!normalized.path().endsWith(u'/'))
        normalized.setPath(normalized.path() + u'/');
    return normalized;
}

bool ConnectionSettings::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ConnectionSettings::problem() const
{
    if (baseUrl.isEmpty())
        return tr("No API address is set.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The API address \"%1\" is not a valid URL.").arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return tr("The API address \"%1\" must start with https://.")
            .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (!baseUrl.userInfo().isEmpty())
        return tr("The API address must not contain a user name or password; the API key is the only credential.");
    if (scheme == u"http"_s && !isLoopback(baseUrl))
        return tr("Refusing to send the API key over plain http:// to %1; use https://. "
                  "Plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1).")
            .arg(baseUrl.host());
    if (apiKey.isEmpty())
        return tr("No API key is set.");
    return {};
}

QUrl ConnectionSettings::endpoint(const QString &path) const
{
    QUrl url = normalizedBaseUrl(baseUrl);
    url.setPath(url.path() + path);
    return url;
}

} // namespace Api
