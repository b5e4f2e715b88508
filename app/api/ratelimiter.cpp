#include "api/ratelimiter.h"

#include "api/apicall.h"
#include "api/apilogging.h"

#include <algorithm>

namespace Api {

namespace {

/// Slack on every wait: the server's clock and ours tick apart by a few milliseconds.
constexpr int kMarginMs = 10;
/// A try at the bracket's middle is worth a likely 429 only while it can save this much a window.
constexpr qint64 kProbeGainMs = 100;
/// Retry-After counts whole seconds, rounded up: the window ends up to this much before it says.
constexpr int kRetryAfterResolutionMs = 1000;
/// How many of the latest answers serverLooksHealthy() weighs, and how many server errors among
/// them it takes at least to call the server in trouble: with a fifth of the requests failing at
/// random, more than half of 20 fail about once in 1,600 answers.
constexpr std::size_t kHealthAnswers = 20;
constexpr int kHealthMinErrors = 3;

/// The first whole second longer than \a ms: where a window longer than \a ms most likely ends.
qint64 wholeSecondAbove(qint64 ms)
{
    return (std::max<qint64>(ms, 0) / 1000 + 1) * 1000;
}

} // namespace

RateLimiter::RateLimiter(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    // A coarse timer may fire early, and early is a 429.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::pump);
}

RateLimiter::~RateLimiter() = default;

int RateLimiter::waitingCount() const
{
    return int(std::count_if(m_waiting.cbegin(), m_waiting.cend(),
        [](const QPointer<ApiCall> &call) { return call && !call->isFinished(); }));
}

void RateLimiter::reset()
{
    m_limit = -1;
    m_lastRemaining = -1;
    m_budget = 0;
    m_windowSeen = false;
    m_windowMin = -1;
    m_windowStartEarlyMs = m_windowStartLateMs = m_windowOnAtMs = -1;
    m_windowLoMs = m_windowHiMs = -1;
    m_retryAtMs = -1;
    m_probedEarly = false;
    m_probe = -1;
    m_sent = 0;
    m_rateLimited = 0;
    m_recentAnswers.clear();
    m_recentServerErrors = 0;
    pump();
}

bool RateLimiter::serverLooksHealthy() const
{
    return m_recentServerErrors < kHealthMinErrors || m_recentServerErrors * 2 <= int(m_recentAnswers.size());
}

void RateLimiter::noteHealth(int httpStatus)
{
    if (httpStatus == 429)
        return; // the limit, not the server's health
    const bool serverError = httpStatus >= 500;
    m_recentAnswers.push_back(serverError);
    m_recentServerErrors += serverError ? 1 : 0;
    if (m_recentAnswers.size() > kHealthAnswers) {
        m_recentServerErrors -= m_recentAnswers.front() ? 1 : 0;
        m_recentAnswers.pop_front();
    }
}

RateLimiter::Ticket RateLimiter::admit(ApiCall *call)
{
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                        [](const QPointer<ApiCall> &waiting) { return !waiting || waiting->isFinished(); }),
        m_waiting.end());
    // Those already waiting go first.
    if (m_waiting.empty()) {
        const Decision decision = decide(m_clock.elapsed());
        if (decision.gate == Gate::Open || decision.gate == Gate::Probe)
            return grant(decision.gate == Gate::Probe);
    }
    m_waiting.emplace_back(call);
    pump();
    return -1;
}

void RateLimiter::withdraw(ApiCall *call)
{
    m_waiting.erase(std::remove(m_waiting.begin(), m_waiting.end(), call), m_waiting.end());
    pump();
}

RateLimiter::Decision RateLimiter::decide(qint64 nowMs) const
{
    if (m_limit < 0) {
        // No limit heard of; only a 429 without the headers holds requests, for its Retry-After.
        if (m_retryAtMs > nowMs)
            return {Gate::Wait, m_retryAtMs};
        return {Gate::Open, 0};
    }
    if (m_budget > 0)
        return {Gate::Open, 0};
    if (m_probe >= 0)
        return {Gate::Hold, 0}; // its answer says whether the window refilled
    const qint64 tryAt = refillTryAt();
    if (tryAt >= 0)
        return tryAt > nowMs ? Decision{Gate::Wait, tryAt} : Decision{Gate::Probe, 0};
    // When the window refills is not known yet: the answers on their way may say; without
    // any, one request asks, and its 429's Retry-After says.
    return m_inFlight.isEmpty() ? Decision{Gate::Probe, 0} : Decision{Gate::Hold, 0};
}

bool RateLimiter::probeWorthwhile() const
{
    // A 429 makes the request that heard it wait its Retry-After: worth it only when others
    // wait behind it, who go at the bracket's end all the same.
    if (waitingCount() < 2)
        return false;
    if (m_probedEarly || m_windowLoMs < 0 || m_windowHiMs < 0 || m_windowStartEarlyMs < 0 || m_windowStartLateMs < 0)
        return false;
    // A try at the middle can lower the bound only by more than what the window's start is unsure by.
    const qint64 startUncertainty = m_windowStartLateMs - m_windowStartEarlyMs;
    return m_windowHiMs - m_windowLoMs > kProbeGainMs + 2 * startUncertainty;
}

qint64 RateLimiter::refillTryAt() const
{
    qint64 endsBy = m_retryAtMs;
    if (m_windowHiMs >= 0 && m_windowStartLateMs >= 0) {
        const qint64 byLength = m_windowStartLateMs + m_windowHiMs;
        endsBy = endsBy < 0 ? byLength : std::min(endsBy, byLength);
    }
    if (endsBy < 0) {
        // Nothing says when it ends: try the next whole second after it began. Wrong, that
        // costs the one 429 that asking at once would, and its Retry-After says when.
        if (m_windowStartLateMs < 0)
            return -1;
        return m_windowStartLateMs + wholeSecondAbove(m_windowLoMs);
    }
    if (probeWorthwhile()) {
        const qint64 wholeSecond = wholeSecondAbove(m_windowLoMs);
        const qint64 tryLength = wholeSecond < m_windowHiMs ? wholeSecond : (m_windowLoMs + m_windowHiMs) / 2;
        return std::min(endsBy, m_windowStartLateMs + tryLength);
    }
    return endsBy;
}

RateLimiter::Ticket RateLimiter::grant(bool probe)
{
    const Ticket ticket = m_nextTicket++;
    m_inFlight.insert(ticket, {m_clock.elapsed(), probe, m_windowSerial, m_windowMin});
    if (probe) {
        m_probe = ticket;
        m_probedEarly = true;
    } else if (m_limit >= 0) {
        --m_budget;
    }
    ++m_sent;
    return ticket;
}

void RateLimiter::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    m_timer.stop();
    qint64 waitUntilMs = -1;
    while (!m_waiting.empty()) {
        const QPointer<ApiCall> call = m_waiting.front();
        if (!call || call->isFinished()) {
            m_waiting.pop_front();
            continue;
        }
        const qint64 nowMs = m_clock.elapsed();
        const Decision decision = decide(nowMs);
        if (decision.gate == Gate::Wait) {
            waitUntilMs = decision.untilMs;
            m_timer.start(int(std::min<qint64>(decision.untilMs - nowMs, 3'600'000)) + kMarginMs);
            break;
        }
        if (decision.gate == Gate::Hold)
            break;
        m_waiting.pop_front();
        call->startAttempt(grant(decision.gate == Gate::Probe));
    }
    m_pumping = false;
    setWaitUntil(waitUntilMs);
}

void RateLimiter::setWaitUntil(qint64 untilMs)
{
    if (untilMs == m_waitUntilMs)
        return;
    const bool began = m_waitUntilMs < 0;
    m_waitUntilMs = untilMs;
    const qint64 inMs = untilMs - m_clock.elapsed();
    m_waitUntil = untilMs < 0 ? QDateTime() : QDateTime::currentDateTimeUtc().addMSecs(inMs);
    if (untilMs >= 0) {
        qCInfo(lcApiRateLimit).noquote() << (began ? "waiting" : "still waiting") << inMs
                                         << "ms for the rate limit:" << waitingCount() << "requests held;" << m_limit
                                         << "per window, at most" << m_windowHiMs << "ms long";
    }
    Q_EMIT waitChanged();
}

void RateLimiter::windowAtMost(qint64 ms)
{
    if (ms <= 0)
        return;
    m_windowHiMs = m_windowHiMs < 0 ? ms : std::min(m_windowHiMs, ms);
    checkBracket();
}

void RateLimiter::windowAtLeast(qint64 ms)
{
    if (ms <= 0)
        return;
    m_windowLoMs = std::max(m_windowLoMs, ms);
    checkBracket();
}

void RateLimiter::checkBracket()
{
    if (m_windowLoMs < 0 || m_windowHiMs < 0 || m_windowLoMs < m_windowHiMs)
        return;
    // The answers contradict one another: the windows are not what the inference takes them
    // for (a window that does not begin with its first request, another client on the key).
    // Learn anew; meanwhile Retry-After says when to come back.
    qCInfo(lcApiRateLimit) << "the window's length is not consistent (" << m_windowLoMs << ">=" << m_windowHiMs
                           << "ms): learning it anew";
    m_windowLoMs = m_windowHiMs = -1;
}

void RateLimiter::newWindow(qint64 nowMs, int remaining, qint64 firstSentMs)
{
    // The old window had ended by now (the answer was counted in a new one).
    if (m_windowSeen && m_windowStartEarlyMs >= 0)
        windowAtMost(nowMs - m_windowStartEarlyMs);
    // The new window began after the old one was last seen going on, and with one of the
    // requests still unanswered (or this one).
    m_windowStartEarlyMs = std::min(nowMs, std::max(m_windowOnAtMs, firstSentMs));
    m_windowStartLateMs = nowMs;
    m_windowOnAtMs = -1;
    m_retryAtMs = -1;
    m_probedEarly = false;
    m_windowSeen = true;
    ++m_windowSerial;
    m_windowMin = remaining;
    m_minFrontier = m_nextTicket;
    m_budget = remaining - int(m_inFlight.size());
}

void RateLimiter::answered(Ticket ticket, const RateLimitHeaders &headers)
{
    const auto found = m_inFlight.constFind(ticket);
    if (found == m_inFlight.cend()) {
        pump(); // not one of ours: nothing to learn from it
        return;
    }
    const Sent sent = *found;
    m_inFlight.erase(found);
    if (ticket == m_probe)
        m_probe = -1;
    const qint64 nowMs = m_clock.elapsed();
    const bool refused = headers.httpStatus == 429;
    if (refused)
        ++m_rateLimited;
    noteHealth(headers.httpStatus);

    if (headers.limit && headers.remaining) {
        m_limit = std::max(0, *headers.limit);
        m_lastRemaining = *headers.remaining;
        const int remaining = *headers.remaining;
        const int inFlight = int(m_inFlight.size());
        const bool sameWindow = sent.windowSerial == m_windowSerial;
        qCDebug(lcApiRateLimit) << "answer" << ticket << headers.httpStatus << "sent" << sent.atMs << "now" << nowMs
                                << "remaining" << remaining << "in flight" << inFlight << "min" << m_windowMin
                                << "budget" << m_budget << (sent.probe ? "probe" : "") << (sameWindow ? "" : "stale");
        // In one window a request counted after another leaves fewer calls: as many or more
        // than an answer that came before this request went means the window refilled. A 429
        // says only that it is spent.
        if (!m_windowSeen || (sameWindow && !refused && sent.minBefore >= 0 && remaining >= sent.minBefore)) {
            qint64 firstSentMs = sent.atMs;
            for (const Sent &other : std::as_const(m_inFlight))
                firstSentMs = std::min(firstSentMs, other.atMs);
            newWindow(nowMs, remaining, firstSentMs);
        } else if (sameWindow) {
            // Counted in this window: it had not ended when this was sent.
            if (m_windowStartLateMs >= 0)
                windowAtLeast(sent.atMs - m_windowStartLateMs);
            m_windowOnAtMs = std::max(m_windowOnAtMs, sent.atMs);
            if (remaining < m_windowMin) {
                // Those in flight may not have been counted yet: they count against what is left.
                m_windowMin = remaining;
                m_minFrontier = m_nextTicket;
                m_budget = remaining - inFlight;
            } else if (!refused && ticket < m_minFrontier && remaining > m_windowMin) {
                m_budget += 1; // it was counted before the fewest-left answer: taken off twice
            }
        }
        // An answer to a request sent before the window turned may be of either window: it
        // says nothing sure, and what it took is counted in the new window already.
    } else if (refused) {
        m_budget = std::min(m_budget, 0);
    }

    if (refused && headers.retryAfterMs && sent.windowSerial == m_windowSerial) {
        const qint64 endsBy = nowMs + *headers.retryAfterMs;
        const qint64 endsAfter = sent.atMs + std::max(0, *headers.retryAfterMs - kRetryAfterResolutionMs);
        // A Retry-After already past was wrong (or of a window gone): this one says more.
        m_retryAtMs = m_retryAtMs <= nowMs ? endsBy : std::min(m_retryAtMs, endsBy);
        m_windowOnAtMs = std::max(m_windowOnAtMs, endsAfter);
        if (m_windowStartEarlyMs >= 0)
            windowAtMost(endsBy - m_windowStartEarlyMs);
        if (m_windowStartLateMs >= 0)
            windowAtLeast(endsAfter - m_windowStartLateMs);
        qCInfo(lcApiRateLimit) << "429 with Retry-After" << *headers.retryAfterMs << "ms; the window is" << m_windowLoMs
                               << "to" << m_windowHiMs << "ms long";
    }
    pump();
}

void RateLimiter::abandoned(Ticket ticket)
{
    m_inFlight.remove(ticket);
    if (ticket == m_probe)
        m_probe = -1;
    pump();
}

} // namespace Api
