#include "api/retrypolicy.h"

#include <QtCore/QRandomGenerator>

#include <algorithm>

namespace Api {

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD";
}

bool RetryPolicy::isSafe(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

bool RetryPolicy::shouldRetry(const QByteArray &method, const ApiError &error) const
{
    const bool idempotent = isIdempotent(method);
    switch (error.kind) {
    case ApiError::Kind::Refusal:
        return (idempotent ? idempotentStatuses : unsafeStatuses).contains(error.httpStatus);
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return idempotent && retryIdempotentOnNetworkError;
    case ApiError::Kind::BadBody:
        return badBodyMethods.contains(method);
    case ApiError::Kind::None:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Configuration:
        break;
    }
    return false;
}

int RetryPolicy::delayMs(int nextAttempt, std::optional<int> retryAfterMs, QRandomGenerator &random) const
{
    const int doublings = std::clamp(nextAttempt - 2, 0, 30);
    const qint64 cap = std::min<qint64>(qint64(baseDelayMs) << doublings, maxDelayMs);
    const qint64 half = cap / 2;
    const qint64 jittered = half + (cap - half > 0 ? qint64(random.bounded(quint64(cap - half + 1))) : 0);
    return int(std::max<qint64>(jittered, retryAfterMs.value_or(0)));
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

RetryPolicy RetryPolicy::signIn()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.timeoutMs = 6'000;
    policy.baseDelayMs = 500;
    policy.maxDelayMs = 1'000;
    // Two tries of 6 s and a wait of at most 1 s: the answer, or why none came, within 15 s.
    policy.maxTotalMs = 13'000;
    return policy;
}

} // namespace Api
