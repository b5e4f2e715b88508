#pragma once

#include "api/apierror.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

#include <optional>

class QRandomGenerator;

namespace Api {

/// When and how long to wait before trying a request again: data, not scattered ifs. The
/// defaults follow the official client (../shared/api/WIRE.md): GET, PUT and DELETE are
/// retried on 429, 502, 503 and 504; POST and PATCH only on 429 and 503, where the server
/// did not act. A GET whose answer is not the JSON asked for is tried again too: it changes
/// nothing. Waits grow exponentially with jitter and honour Retry-After.
struct RetryPolicy
{
    int maxAttempts = 10; ///< Tries in all, the first included.
    int maxTotalMs = 600'000; ///< No new try starts after this long since the first.
    int timeoutMs = 60'000; ///< Per try: no answer in this time is a Timeout.
    int baseDelayMs = 1'000; ///< The wait before try n+1 is drawn from [cap/2, cap], cap = base * 2^(n-1).
    int maxDelayMs = 60'000;
    QList<int> idempotentStatuses{429, 502, 503, 504};
    QList<int> unsafeStatuses{429, 503};
    /// GET, PUT and DELETE may be tried again after a reset connection or a timeout: doing
    /// them twice does no harm. POST and PATCH are not: the server may have acted.
    bool retryIdempotentOnNetworkError = true;
    /// Methods tried again when a 2xx answer is not the JSON asked for (not JSON, cut off, a
    /// proxy's HTML page, the wrong shape): those that change nothing. A change whose answer is
    /// garbled is not sent again: the server has probably made it.
    QList<QByteArray> badBodyMethods{"GET", "HEAD"};

    /// GET and HEAD: asking them changes nothing on the server.
    static bool isSafe(const QByteArray &method);

    static bool isIdempotent(const QByteArray &method);
    /// Whether a try of \a method that failed with \a error may be tried again (limits aside).
    bool shouldRetry(const QByteArray &method, const ApiError &error) const;
    /// Milliseconds to wait before try \a nextAttempt (2 for the first retry), at least \a retryAfterMs.
    int delayMs(int nextAttempt, std::optional<int> retryAfterMs, QRandomGenerator &random) const;

    /// One try only: for calls whose caller handles failure itself.
    static RetryPolicy none();
    /// For a question a person waits on, such as signing in: a refused or unknown host, a TLS
    /// failure or a silent server is said within about 15 s (one quick retry at most), where
    /// bulk work keeps the patient defaults.
    static RetryPolicy signIn();
};

} // namespace Api
