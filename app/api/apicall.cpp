#include "api/apicall.h"

#include "api/apiclient.h"
#include "api/apilogging.h"
#include "api/ratelimiter.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

/// Retry-After as seconds or as an HTTP date, in milliseconds from now.
std::optional<int> retryAfterMs(const QByteArray &header)
{
    if (header.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int seconds = header.trimmed().toInt(&isNumber);
    if (isNumber)
        return std::max(0, seconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 3'600'000));
}

PageInfo pageInfoOf(const QNetworkReply &reply)
{
    PageInfo info;
    bool ok = false;
    info.totalPages = reply.rawHeader("X-Pagination-Total-Pages").toInt(&ok);
    info.present = ok;
    info.currentPage = reply.rawHeader("X-Pagination-Current-Page").toInt();
    info.perPage = reply.rawHeader("X-Pagination-Per-Page").toInt();
    info.totalEntries = reply.rawHeader("X-Pagination-Total-Entries").toLongLong();
    return info;
}

/// What a body that should be JSON but is not looks like, for the error's detail.
QString describeNonJson(const QString &contentType, const QByteArray &body, const QJsonParseError &parseError)
{
    if (contentType.contains(u"html"_s, Qt::CaseInsensitive) || body.trimmed().startsWith('<'))
        return ApiCall::tr("an HTML page came back instead of JSON");
    if (body.isEmpty())
        return ApiCall::tr("the body is empty");
    // QJsonParseError::offset is where in the input the error is, 0 to size: a body cut off ends
    // at its size. Qt reports one more for a string cut off (it steps over the missing quote).
    const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, body.size());
    return ApiCall::tr("the body is not valid JSON (%1 at byte %2 of %3)", "Qt's JSON error, where, the body's size")
        .arg(parseError.errorString())
        .arg(offset)
        .arg(body.size());
}

/// Bodies this big are read on a worker thread: a page of a thousand users takes long enough
/// to parse that a window would stutter.
constexpr qsizetype kParseOffThreadBytes = 32 * 1024;

} // namespace

ApiCall::ParsedBody ApiCall::parseBody(
    const QByteArray &bytes, const Parser &parser, const PageInfo &page, const QString &contentType)
{
    ParsedBody parsed;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parsed.problem = describeNonJson(contentType, bytes, parseError);
        return parsed;
    }
    ShapeError shapeError;
    parsed.value = parser(document, page, &shapeError);
    if (!parsed.value.has_value())
        parsed.problem = shapeError.toString();
    return parsed;
}

ApiCall::ApiCall(ApiClient *client, ApiRequest request, Parser parser)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_parser(std::move(parser))
    , m_policy(client->retryPolicy())
{
    m_attemptTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    // Never finish inside the call that created us: the caller connects to finished() first.
    QMetaObject::invokeMethod(this, &ApiCall::sendAttempt, Qt::QueuedConnection);
}

ApiCall::~ApiCall()
{
    if (m_client) {
        if (m_waitingForLimiter)
            m_client->rateLimiter()->withdraw(this);
        if (m_rateTicket >= 0)
            m_client->rateLimiter()->abandoned(m_rateTicket);
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiError ApiCall::errorTemplate(ApiError::Kind kind) const
{
    ApiError error;
    error.kind = kind;
    error.method = QString::fromLatin1(m_request.method);
    error.path = m_request.displayPath();
    return error;
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // handleReply() finishes with Cancelled.
        return;
    }
    if (std::exchange(m_waitingForLimiter, false) && m_client)
        m_client->rateLimiter()->withdraw(this);
    finishWith(errorTemplate(ApiError::Kind::Cancelled));
}

void ApiCall::sendAttempt()
{
    if (m_finished)
        return;
    if (m_cancelled) {
        finishWith(errorTemplate(ApiError::Kind::Cancelled));
        return;
    }
    if (!m_client) {
        ApiError error = errorTemplate(ApiError::Kind::Configuration);
        error.detail = tr("The connection was closed.");
        finishWith(error);
        return;
    }
    const QString problem = m_client->settings().problem();
    if (!problem.isEmpty()) {
        ApiError error = errorTemplate(ApiError::Kind::Configuration);
        error.detail = problem;
        finishWith(error);
        return;
    }
    // The client's rate limiter says when the request may go: now, or once the API's window
    // has refilled (it then calls startAttempt(), perhaps from inside admit()).
    m_waitingForLimiter = true;
    const int ticket = m_client->rateLimiter()->admit(this);
    if (ticket >= 0)
        startAttempt(ticket);
}

void ApiCall::startAttempt(int rateTicket)
{
    m_waitingForLimiter = false;
    m_rateTicket = rateTicket;
    if (m_attempts == 0)
        m_sinceFirstAttempt.start();
    ++m_attempts;
    m_timedOut = false;
    QByteArray body;
    if (m_request.body) {
        const QJsonValue &json = *m_request.body;
        body = (json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject()))
                   .toJson(QJsonDocument::Compact);
    }
    qCDebug(lcApiHttp).noquote() << m_request.method << m_request.displayPath() << m_request.query.toString() << "try"
                                 << m_attempts;
    m_reply = m_client->network()->sendCustomRequest(m_client->networkRequest(m_request), m_request.method, body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::handleReply);
    m_attemptTimer.start(m_policy.timeoutMs);
}

void ApiCall::handleReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_attemptTimer.stop();
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    m_httpStatus = status;
    reportToRateLimiter(reply, status);

    if (m_cancelled) {
        finishWith(errorTemplate(ApiError::Kind::Cancelled));
        return;
    }

    const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const bool success = status >= 200 && status < 300;
    // No answer, or one broken off (a reset, or the time limit) after its status line came.
    const bool noWholeAnswer = status == 0 || (networkError != QNetworkReply::NoError && (m_timedOut || success));
    if (success && !noWholeAnswer) {
        m_pageInfo = pageInfoOf(*reply);
        if (!m_parser || status == 204 || bytes.trimmed().isEmpty()) {
            // No body wanted, or none to read: an empty document for the parser.
            settleBody(m_parser ? parseEmptyBody() : ParsedBody{NoContent{}, {}});
        } else if (bytes.size() < kParseOffThreadBytes) {
            settleBody(parseBody(bytes, m_parser, m_pageInfo, contentType));
        } else {
            // The watcher goes with this call: a call cancelled or deleted meanwhile hears nothing.
            auto *watcher = new QFutureWatcher<ParsedBody>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
                watcher->deleteLater();
                if (!m_finished)
                    settleBody(watcher->result());
            });
            watcher->setFuture(QtConcurrent::run(&ApiCall::parseBody, bytes, m_parser, m_pageInfo, contentType));
        }
        return;
    }

    ApiError error;
    if (noWholeAnswer) {
        error = errorTemplate(m_timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network);
        error.detail
            = m_timedOut ? tr("No answer within %1 seconds.").arg(m_policy.timeoutMs / 1000.0) : reply->errorString();
        if (networkError == QNetworkReply::NoError && !m_timedOut)
            error.detail = tr("The answer carried no HTTP status.");
    } else {
        error = errorTemplate(ApiError::Kind::Refusal);
        error.httpStatus = status;
        QJsonParseError parseError{};
        const QJsonObject object = QJsonDocument::fromJson(bytes, &parseError).object();
        error.error = object.value(u"error"_s).toString();
        error.errorDescription = object.value(u"errorDescription"_s).toString();
        if (parseError.error != QJsonParseError::NoError)
            error.detail = describeNonJson(contentType, bytes, parseError);
        if (error.errorDescription.isEmpty() && status >= 300 && status < 400)
            error.detail = tr("The server sent the request on to %1; only addresses on the same server are "
                              "followed, so the API key was not sent there.")
                               .arg(QString::fromLatin1(reply->rawHeader("Location")));
    }
    failOrRetry(error, retryAfterMs(reply->rawHeader("Retry-After")));
}

void ApiCall::reportToRateLimiter(const QNetworkReply *reply, int status)
{
    const int ticket = std::exchange(m_rateTicket, -1);
    if (ticket < 0 || !m_client)
        return;
    RateLimiter *limiter = m_client->rateLimiter();
    if (status == 0) {
        limiter->abandoned(ticket);
        return;
    }
    RateLimitHeaders headers;
    headers.httpStatus = status;
    bool ok = false;
    const int limit = reply->rawHeader("X-RateLimit-Limit").trimmed().toInt(&ok);
    if (ok)
        headers.limit = limit;
    const int remaining = reply->rawHeader("X-RateLimit-Remaining").trimmed().toInt(&ok);
    if (ok)
        headers.remaining = remaining;
    if (status == 429)
        headers.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"));
    limiter->answered(ticket, headers);
}

ApiCall::ParsedBody ApiCall::parseEmptyBody() const
{
    ParsedBody parsed;
    ShapeError shapeError;
    parsed.value = m_parser(QJsonDocument(), m_pageInfo, &shapeError);
    if (!parsed.value.has_value())
        parsed.problem = shapeError.toString();
    return parsed;
}

void ApiCall::settleBody(ParsedBody parsed)
{
    if (parsed.problem.isEmpty()) {
        qCDebug(lcApiHttp).noquote() << m_request.method << m_request.displayPath() << m_httpStatus;
        finishWith({}, std::move(parsed.value));
        return;
    }
    ApiError error = errorTemplate(ApiError::Kind::BadBody);
    error.httpStatus = m_httpStatus;
    error.detail = parsed.problem;
    failOrRetry(error, std::nullopt);
}

void ApiCall::failOrRetry(const ApiError &error, std::optional<int> retryAfter)
{
    if (m_attempts < m_policy.maxAttempts && m_policy.shouldRetry(m_request.method, error)) {
        // Over a rate limit the client tracks, the limiter paces the retry with every other
        // request: the server's Retry-After is the wait, and a growing backoff would only
        // leave this one behind the window it may go in.
        const RateLimiter *limiter = m_client ? m_client->rateLimiter() : nullptr;
        const bool limited = limiter && limiter->isLimited();
        const bool paced = error.httpStatus == 429 && retryAfter && limited;
        // So is a server error while most of the server's answers are good: a hiccup of this
        // request, not a server in trouble. The retry counts in the window like any request, so
        // the server gets no more than the limit it announced; a back-off growing with this
        // request's bad luck would only leave the window's calls unused (issue 24). When errors
        // are most of the answers, the back-off is as ever.
        const bool hiccup = limited && error.kind == ApiError::Kind::Refusal && error.httpStatus >= 500
            && limiter->serverLooksHealthy();
        const int delay = paced ? *retryAfter
            : hiccup            ? retryAfter.value_or(0)
                                : m_policy.delayMs(m_attempts + 1, retryAfter, *QRandomGenerator::global());
        if (m_sinceFirstAttempt.elapsed() + delay <= m_policy.maxTotalMs) {
            qCInfo(lcApiRetry).noquote() << error.toString() << "- try" << m_attempts + 1 << "in" << delay << "ms";
            m_retryTimer.start(delay); // before the signal: a handler may cancel
            Q_EMIT retrying(m_attempts + 1, delay, error);
            return;
        }
    }
    qCDebug(lcApiHttp).noquote() << error.toString();
    finishWith(error);
}

void ApiCall::finishWith(const ApiError &error, std::any value)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_value = std::move(value);
    m_attemptTimer.stop();
    m_retryTimer.stop();
    // A handler may delete the client, and with it this: only a survivor schedules its end.
    const QPointer<QObject> self(this);
    Q_EMIT finished();
    if (self)
        deleteLater();
}

} // namespace Api
