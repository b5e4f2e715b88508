#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <deque>
#include <optional>

namespace Api {

class ApiCall;

/// What one answer said about the API's rate limit.
struct RateLimitHeaders
{
    std::optional<int> limit; ///< X-RateLimit-Limit: calls per window.
    std::optional<int> remaining; ///< X-RateLimit-Remaining: calls left in this window.
    std::optional<int> retryAfterMs; ///< Retry-After, read on a 429 only.
    int httpStatus = 0;
};

/// Paces one client's requests by the API's rate limit, which is per key, so that bulk work
/// mostly never hears a 429. The headers say how many calls a window allows and how many are
/// left, never when the window refills; that is inferred, erring late:
///  - calls left: the lowest count an answer of this window reported, less the requests in
///    flight then (sent, perhaps not yet counted; given back one by one as their answers show
///    they were counted: they report more left), less those started since;
///  - a new window: an answer reporting as many calls left as, or more than, an answer that
///    came before its request was sent (in one window, a later request leaves fewer);
///  - the window's length: bracketed by the answers, which say it had not ended when they were
///    sent, by each Retry-After (whole seconds, so a second's uncertainty), and by the first
///    answer of a new window, which says it had. Windows are taken to begin with the first
///    request counted in them, as fixed windows usually do.
/// When no calls are left, requests wait (a timer, never a blocking wait) until the window
/// should have refilled; then one request goes first and its answer says whether it did. While
/// the bracket is wide that first request goes at the next whole second above its lower end
/// when that is inside it (windows are whole seconds in practice: Retry-After counts them),
/// else at its middle: an answer saying "refilled" narrows it from above, a 429 from below (and
/// is retried as any 429). While nothing bounds the window from above, the first request goes
/// at the next whole second after the window began: a 1 s window then costs no 429, and a
/// longer one the one 429 whose Retry-After says when it ends. Until the server sends
/// rate-limit headers nothing waits; a 429 without them holds new requests for its Retry-After.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    explicit RateLimiter(QObject *parent = nullptr);
    ~RateLimiter() override;

    /// Whether an answer has carried the rate-limit headers since the last reset().
    bool isLimited() const { return m_limit >= 0; }
    /// Calls per window, as X-RateLimit-Limit said; -1 before any answer said.
    int limit() const { return m_limit; }
    /// X-RateLimit-Remaining of the latest answer; -1 before any.
    int lastRemaining() const { return m_lastRemaining; }
    /// The longest the window may be, as learned so far, in ms; -1 while unknown.
    qint64 windowAtMostMs() const { return m_windowHiMs; }
    /// The shortest it may be; -1 while unknown.
    qint64 windowAtLeastMs() const { return m_windowLoMs; }

    /// True while requests wait for the window to refill.
    bool isWaiting() const { return m_waitUntil.isValid(); }
    /// Until when (UTC) requests wait for the rate limit; invalid when they do not.
    QDateTime waitUntil() const { return m_waitUntil; }
    /// Requests waiting to be sent.
    int waitingCount() const;

    /// Requests sent since the last reset(), retries included.
    int sentCount() const { return m_sent; }
    /// Answers that were 429 (over the rate limit) since the last reset().
    int rateLimitedCount() const { return m_rateLimited; }
    /// Whether the server answers most requests well: fewer than 3 of the latest 20 answers
    /// (429s aside) were server errors (5xx), or no more than half of them. A 5xx then is a
    /// hiccup of one request, not a server in trouble.
    bool serverLooksHealthy() const;

    /// Forgets what was learned (another key or server has another limit). Waiting requests
    /// go again as an unlimited client would send them.
    void reset();

Q_SIGNALS:
    /// waitUntil() changed: requests began to wait, their wait moved, or they go again.
    void waitChanged();

private:
    friend class ApiCall;
    /// A ticket names one request in flight, from its start to its answer.
    using Ticket = int;

    /// \a call wants to send a request: a ticket when it may now (its start is counted), or -1
    /// when it must wait; then the limiter calls its startAttempt() when it may.
    Ticket admit(ApiCall *call);
    /// \a call no longer waits (cancelled, or deleted).
    void withdraw(ApiCall *call);
    /// The request \a ticket was answered with \a headers.
    void answered(Ticket ticket, const RateLimitHeaders &headers);
    /// The request \a ticket ended without an answer (cancelled, reset, timed out).
    void abandoned(Ticket ticket);

    enum class Gate { Open, Probe, Hold, Wait };
    struct Decision
    {
        Gate gate = Gate::Open;
        qint64 untilMs = 0; ///< For Wait.
    };
    Decision decide(qint64 nowMs) const;
    /// When the window may have refilled (ms on m_clock), so one request may try; -1 when unknown.
    qint64 refillTryAt() const;
    bool probeWorthwhile() const;
    Ticket grant(bool probe);
    /// Sends what may be sent; arms the timer for the rest.
    void pump();
    void setWaitUntil(qint64 untilMs);
    void newWindow(qint64 nowMs, int remaining, qint64 firstSentMs);
    void windowAtMost(qint64 ms);
    void windowAtLeast(qint64 ms);
    void checkBracket();
    /// Notes whether an answer was a server error, for serverLooksHealthy().
    void noteHealth(int httpStatus);

    struct Sent
    {
        qint64 atMs = 0;
        bool probe = false;
        int windowSerial = 0; ///< The window it was sent in, as far as the answers had told.
        int minBefore = -1; ///< That window's fewest calls left when it was sent; -1 none yet.
    };

    QElapsedTimer m_clock;
    QTimer m_timer;
    std::deque<QPointer<ApiCall>> m_waiting;
    QHash<Ticket, Sent> m_inFlight;
    Ticket m_nextTicket = 1;
    Ticket m_probe = -1; ///< The request sent to learn whether the window refilled.
    bool m_pumping = false;

    // What the answers said.
    int m_limit = -1;
    int m_lastRemaining = -1;
    int m_budget = 0; ///< Requests that may still start in this window.
    bool m_windowSeen = false;
    int m_windowSerial = 0; ///< Counts the windows seen; a request sent in one is judged by it.
    int m_windowMin = -1; ///< The fewest calls left an answer of this window reported.
    /// Requests with a ticket below this were in flight (so taken as not yet counted) when
    /// m_windowMin was reported.
    Ticket m_minFrontier = 0;
    qint64 m_windowStartEarlyMs = -1; ///< The window began at or after this; -1 unknown.
    qint64 m_windowStartLateMs = -1; ///< ... and at or before this.
    qint64 m_windowOnAtMs = -1; ///< The window had not ended at this time (latest evidence).
    qint64 m_windowLoMs = -1; ///< The window is longer than this; -1 unknown.
    qint64 m_windowHiMs = -1; ///< ... and at most this long.
    qint64 m_retryAtMs = -1; ///< A 429's Retry-After: the window ends by then; -1 none.
    bool m_probedEarly = false; ///< A try at the bracket's middle was made in this window.

    std::deque<bool> m_recentAnswers; ///< The latest answers, 429s aside: true for a 5xx.
    int m_recentServerErrors = 0; ///< Of m_recentAnswers, the 5xx ones.

    qint64 m_waitUntilMs = -1;
    QDateTime m_waitUntil;
    int m_sent = 0;
    int m_rateLimited = 0;
};

} // namespace Api
