#pragma once

#include <QtCore/QHash>
#include <QtCore/QRandomGenerator>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

struct ApiResponse;

/// The failures the sandbox adds on purpose, so clients can be tested against a bad day.
struct FaultSettings
{
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    double failureRate = 0.0; ///< Share of requests answered 503 without acting.
    int rateLimitRequests = 0; ///< Requests per window and API key; 0 for no limit.
    int rateLimitWindowSeconds = 1;
    double garbleRate = 0.0; ///< Share of responses whose body is cut short or replaced by HTML.
    quint32 seed = 0; ///< 0 picks a random seed.

    /// "--latency 250" or "100-400"; false with \a error on a bad value. Same for the others.
    bool parseLatency(const QString &text, QString *error);
    bool parseRateLimit(const QString &text, QString *error);
    static bool parseRate(const QString &text, double *rate, const QString &option, QString *error);
    QString describe() const;
};

/// Decides, request by request, which faults to inject. Reproducible for a fixed seed.
class FaultInjector
{
public:
    void configure(const FaultSettings &settings);
    const FaultSettings &settings() const { return m_settings; }

    int latencyMs();
    bool shouldFail();
    /// Seconds the client must wait when \a client (a user or an address) is over its rate; nothing when not.
    std::optional<int> rateLimited(const QString &client, qint64 nowMs);
    /// Clients with a window held now: never more than kMaxWindows.
    qsizetype windowCount() const { return m_windows.size(); }
    static constexpr qsizetype kMaxWindows = 4096;
    /// Requests \a client has left in its current window.
    int remainingRequests(const QString &client) const;
    /// Cuts the body short or swaps it for a proxy's HTML page, at the configured rate.
    void maybeGarble(ApiResponse &response);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };

    /// Makes room for one more window: expired ones go first (forgetting them loses nothing).
    Window &windowFor(const QString &client, qint64 nowMs);

    FaultSettings m_settings;
    QRandomGenerator m_random;
    QHash<QString, Window> m_windows;
    Window m_overflow; ///< Shared by every client that finds the table full of live windows.
    quint64 m_garbled = 0;
};
