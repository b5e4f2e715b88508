#pragma once

#include <QtCore/QLoggingCategory>

// One category per area of the API layer. None of them ever sees an API key: requests are
// logged by method and path only, and anything that could carry a key goes through redacted().
Q_DECLARE_LOGGING_CATEGORY(lcApiHttp) ///< civis.api.http: one line per request and response.
Q_DECLARE_LOGGING_CATEGORY(lcApiRetry) ///< civis.api.retry: why and when a request is tried again.
Q_DECLARE_LOGGING_CATEGORY(lcApiPaging) ///< civis.api.paging: all-pages loads.
Q_DECLARE_LOGGING_CATEGORY(lcApiRateLimit) ///< civis.api.ratelimit: waits for the API's rate limit.
Q_DECLARE_LOGGING_CATEGORY(lcApiBulk) ///< civis.api.bulk: the bulk queue.
Q_DECLARE_LOGGING_CATEGORY(lcApiSettings) ///< civis.api.settings: connection settings and saved profiles.

namespace Api {

/// \a text with every occurrence of \a secret replaced by "[redacted]"; for messages that may quote a key.
QString redacted(QString text, const QString &secret);

} // namespace Api
