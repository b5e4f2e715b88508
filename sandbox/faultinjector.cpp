#include "sandbox/faultinjector.h"

#include "sandbox/apimessages.h"

using namespace Qt::StringLiterals;

bool FaultSettings::parseLatency(const QString &text, QString *error)
{
    const QStringList parts = text.split(u'-');
    bool okMin = false;
    bool okMax = false;
    const int min = parts.value(0).toInt(&okMin);
    const int max = parts.size() == 2 ? parts.value(1).toInt(&okMax) : min;
    if (parts.size() > 2 || !okMin || (parts.size() == 2 && !okMax) || min < 0 || max < min) {
        *error = u"--latency takes milliseconds, as 250 or as a range 100-400; got \"%1\"."_s.arg(text);
        return false;
    }
    latencyMinMs = min;
    latencyMaxMs = max;
    return true;
}

bool FaultSettings::parseRateLimit(const QString &text, QString *error)
{
    const QStringList parts = text.split(u'/');
    bool okCount = false;
    bool okWindow = true;
    const int count = parts.value(0).toInt(&okCount);
    const int window = parts.size() == 2 ? parts.value(1).toInt(&okWindow) : 1;
    if (parts.size() > 2 || !okCount || !okWindow || count < 0 || window < 1) {
        *error = u"--rate-limit takes requests per second, or requests per window as 100/60; got \"%1\"."_s.arg(text);
        return false;
    }
    rateLimitRequests = count;
    rateLimitWindowSeconds = window;
    return true;
}

bool FaultSettings::parseRate(const QString &text, double *rate, const QString &option, QString *error)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0) {
        *error = u"%1 takes a share between 0 and 1, such as 0.05; got \"%2\"."_s.arg(option, text);
        return false;
    }
    *rate = value;
    return true;
}

QString FaultSettings::describe() const
{
    QStringList parts;
    if (latencyMaxMs > 0)
        parts.append(latencyMinMs == latencyMaxMs ? u"latency %1 ms"_s.arg(latencyMinMs)
                                                  : u"latency %1-%2 ms"_s.arg(latencyMinMs).arg(latencyMaxMs));
    if (failureRate > 0)
        parts.append(u"%1% answered 503"_s.arg(failureRate * 100));
    if (rateLimitRequests > 0)
        parts.append(
            u"at most %1 requests per %2 s per key (then 429)"_s.arg(rateLimitRequests).arg(rateLimitWindowSeconds));
    if (garbleRate > 0)
        parts.append(u"%1% of bodies garbled"_s.arg(garbleRate * 100));
    return parts.isEmpty() ? u"none"_s : parts.join(", "_L1);
}

void FaultInjector::configure(const FaultSettings &settings)
{
    m_settings = settings;
    m_random.seed(settings.seed != 0 ? settings.seed : QRandomGenerator::system()->generate());
    m_windows.clear();
    m_overflow = {};
}

int FaultInjector::latencyMs()
{
    if (m_settings.latencyMaxMs <= 0)
        return 0;
    if (m_settings.latencyMaxMs == m_settings.latencyMinMs)
        return m_settings.latencyMinMs;
    return m_settings.latencyMinMs + int(m_random.bounded(m_settings.latencyMaxMs - m_settings.latencyMinMs + 1));
}

bool FaultInjector::shouldFail()
{
    return m_settings.failureRate > 0 && m_random.generateDouble() < m_settings.failureRate;
}

std::optional<int> FaultInjector::rateLimited(const QString &client, qint64 nowMs)
{
    if (m_settings.rateLimitRequests <= 0)
        return std::nullopt;
    const qint64 windowMs = qint64(m_settings.rateLimitWindowSeconds) * 1000;
    Window &window = windowFor(client, nowMs);
    if (nowMs - window.startMs >= windowMs) {
        window.startMs = nowMs;
        window.count = 0;
    }
    if (window.count < m_settings.rateLimitRequests) {
        ++window.count;
        return std::nullopt;
    }
    const qint64 remainingMs = window.startMs + windowMs - nowMs;
    return int(qMax<qint64>(1, (remainingMs + 999) / 1000));
}

int FaultInjector::remainingRequests(const QString &client) const
{
    const auto found = m_windows.constFind(client);
    const Window &window = found != m_windows.cend() ? *found : m_overflow;
    return qMax(0, m_settings.rateLimitRequests - window.count);
}

FaultInjector::Window &FaultInjector::windowFor(const QString &client, qint64 nowMs)
{
    if (const auto found = m_windows.find(client); found != m_windows.end())
        return *found;
    if (m_windows.size() >= kMaxWindows) {
        const qint64 windowMs = qint64(m_settings.rateLimitWindowSeconds) * 1000;
        m_windows.removeIf([&](const auto &entry) { return nowMs - entry.value().startMs >= windowMs; });
        // Thousands of clients live in one window: the rest share one, so memory stays bounded
        // and a flood of new names is limited as one client.
        if (m_windows.size() >= kMaxWindows)
            return m_overflow;
        m_windows.squeeze();
    }
    return m_windows[client];
}

void FaultInjector::maybeGarble(ApiResponse &response)
{
    if (m_settings.garbleRate <= 0 || response.body.isEmpty() || m_random.generateDouble() >= m_settings.garbleRate)
        return;
    // Alternate between the two ways a body goes bad in transit: cut off, or a proxy's page.
    if (m_garbled++ % 2 == 0) {
        response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
        return;
    }
    response.body = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                    "<body><h1>Bad Gateway</h1><p>The proxy received an invalid response.</p></body></html>"_ba;
    for (auto &header : response.headers) {
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            header.second = "text/html"_ba;
    }
}
