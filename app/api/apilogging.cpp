#include "api/apilogging.h"

Q_LOGGING_CATEGORY(lcApiHttp, "civis.api.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiRetry, "civis.api.retry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiPaging, "civis.api.paging", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiRateLimit, "civis.api.ratelimit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiBulk, "civis.api.bulk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiSettings, "civis.api.settings", QtInfoMsg)

QString Api::redacted(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}
