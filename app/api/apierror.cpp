#include "api/apierror.h"

#include "api/retrypolicy.h"

using namespace Qt::StringLiterals;

namespace Api {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::BadBody:
        return u"bad body"_s;
    case Kind::Refusal:
        return u"refusal"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Configuration:
        return u"configuration"_s;
    }
    return {};
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Refusal:
        if (!errorDescription.isEmpty())
            return errorDescription;
        if (error.isEmpty())
            return tr("The server answered with error %1.", "an HTTP status").arg(httpStatus);
        return tr("The server answered with error %1 (%2).", "an HTTP status, the API's error code")
            .arg(QString::number(httpStatus), error);
    case Kind::Network:
        return tr("The server could not be reached: %1").arg(detail);
    case Kind::Timeout:
        if (detail.isEmpty())
            return tr("The server did not answer in time.");
        return tr("The server did not answer in time. %1").arg(detail);
    case Kind::BadBody:
        // The server answered a change with success, or something posing as it: not sent again,
        // so the person must know it may have happened.
        if (!method.isEmpty() && !RetryPolicy::isSafe(method.toLatin1()))
            return tr("The server's answer could not be read: %1. The change may have been made; reload to check.")
                .arg(detail);
        return tr("The server's answer could not be read: %1").arg(detail);
    case Kind::Cancelled:
        // Who or what stopped it, when that is known ("The connection was closed.").
        return detail.isEmpty() ? tr("Cancelled.") : detail;
    case Kind::Configuration:
        return detail;
    }
    return {};
}

QString ApiError::toString() const
{
    QString text = method + u' ' + path + u": "_s + kindName(kind);
    if (httpStatus)
        text += u' ' + QString::number(httpStatus);
    if (!error.isEmpty())
        text += u' ' + error;
    if (!errorDescription.isEmpty())
        text += u": "_s + errorDescription;
    if (!detail.isEmpty())
        text += u" ("_s + detail + u')';
    return text;
}

} // namespace Api
