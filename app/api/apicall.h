#pragma once

#include "api/apierror.h"
#include "api/records.h"
#include "api/retrypolicy.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>

#include <any>
#include <functional>
#include <optional>

class QNetworkReply;

namespace Api {

class ApiClient;

/// One request of the API as a value: method, path under the base URL, query and JSON body.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; ///< e.g. "groups/12/members/40", relative to the base URL.
    QUrlQuery query;
    std::optional<QJsonValue> body; ///< Sent as JSON when set.

    /// "/groups/12/members/40", as errors and logs show it.
    QString displayPath() const { return QLatin1Char('/') + path; }
};

/// What the X-Pagination-* headers of a list answer say.
struct PageInfo
{
    bool present = false; ///< False when the answer carried no paging headers.
    int currentPage = 0;
    int perPage = 0;
    int totalPages = 0;
    qint64 totalEntries = 0;
};

/// The result of a call that answers no body (204).
struct NoContent
{
};

/// One page of a list: its items and the paging headers.
template <typename T>
struct Page
{
    QList<T> items;
    PageInfo info;
};

/// One call of the API in flight: sends the request, tries again as its RetryPolicy says,
/// and ends exactly once with finished(): either a parsed value or an ApiError. It deletes
/// itself after finished() has been delivered, like a fire-and-forget job; hold it in a
/// QPointer if you keep it. Use the typed Call<T> (apiclient.h) rather than this directly.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    /// Turns a 2xx answer's JSON into the typed result (in a std::any), or fails with a ShapeError.
    /// An empty Parser means the body is not wanted: it is not even read as JSON, and the value is NoContent.
    using Parser = std::function<std::any(const QJsonDocument &body, const PageInfo &page, ShapeError *error)>;

    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_error.isNull(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    /// The parsed result when isOk(): a T for a Call<T>.
    const std::any &value() const { return m_value; }
    PageInfo pageInfo() const { return m_pageInfo; }
    /// Tries made so far (1 when the first one succeeded).
    int attempts() const { return m_attempts; }
    /// True while a failed try's back-off runs: nothing of this call is on the wire or waits
    /// for the rate limiter until the next try (retrying() said when that is).
    bool isBackingOff() const { return m_retryTimer.isActive(); }

    /// Stops the call: an answer still on the way is dropped and it is not tried again.
    /// finished() follows with an ApiError of kind Cancelled, unless it had already finished.
    void cancel();

Q_SIGNALS:
    void finished();
    /// A try failed with \a error; the next one, \a nextAttempt, starts in \a delayMs.
    void retrying(int nextAttempt, int delayMs, const Api::ApiError &error);

private:
    friend class ApiClient;
    friend class RateLimiter;
    ApiCall(ApiClient *client, ApiRequest request, Parser parser);

    /// A 2xx body read: the value, or why it is not what the contract promises.
    struct ParsedBody
    {
        std::any value;
        QString problem; ///< Empty when the value is good.
    };
    /// Reads \a bytes as JSON and then as the call's record; pure, so it may run on a worker thread.
    static ParsedBody parseBody(
        const QByteArray &bytes, const Parser &parser, const PageInfo &page, const QString &contentType);
    ParsedBody parseEmptyBody() const;

    void sendAttempt();
    /// Sends the try the client's rate limiter let go, as its request \a rateTicket.
    void startAttempt(int rateTicket);
    /// Tells the rate limiter how the try ended: what the answer's headers say, or that none came.
    void reportToRateLimiter(const QNetworkReply *reply, int status);
    void handleReply();
    void settleBody(ParsedBody parsed);
    void failOrRetry(const ApiError &error, std::optional<int> retryAfter);
    void finishWith(const ApiError &error, std::any value = {});
    ApiError errorTemplate(ApiError::Kind kind) const;

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    Parser m_parser;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer; ///< The per-try time limit.
    QTimer m_retryTimer; ///< The wait before the next try.
    QElapsedTimer m_sinceFirstAttempt;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_waitingForLimiter = false; ///< The try waits for the rate limiter's go.
    int m_rateTicket = -1; ///< The rate limiter's name for the try in flight.
    int m_attempts = 0;
    int m_httpStatus = 0;
    ApiError m_error;
    std::any m_value;
    PageInfo m_pageInfo;
};

} // namespace Api
