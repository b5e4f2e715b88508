#include "api/pageloader.h"

#include "api/apiclient.h"
#include "api/apilogging.h"

using namespace Qt::StringLiterals;

namespace Api {

PageLoader::PageLoader(ApiClient *client, ApiRequest request, ApiCall::Parser parser, ItemCounter counter, int parallel)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_parser(std::move(parser))
    , m_counter(std::move(counter))
    , m_parallel(std::max(1, parallel))
{
    m_request.query.removeAllQueryItems(u"page_num"_s);
    requestPage(m_nextToRequest++);
}

PageLoader::~PageLoader()
{
    for (auto &[page, call] : m_inFlight) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void PageLoader::cancel()
{
    if (m_finished)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.method = QString::fromLatin1(m_request.method);
    error.path = m_request.displayPath();
    finishWith(error);
}

void PageLoader::requestPage(int pageNumber)
{
    ApiRequest request = m_request;
    request.query.addQueryItem(u"page_num"_s, QString::number(pageNumber));
    ApiCall *call = m_client->send(std::move(request), m_parser);
    m_inFlight[pageNumber] = call;
    connect(call, &ApiCall::finished, this, [this, pageNumber, call] { pageAnswered(pageNumber, call); });
}

void PageLoader::pageAnswered(int pageNumber, ApiCall *call)
{
    m_inFlight.erase(pageNumber);
    if (m_finished)
        return;
    if (!call->isOk()) {
        ApiError error = call->error();
        if (error.kind != ApiError::Kind::Cancelled) {
            // Before the first page has answered, how many there are is not known.
            const QString page = m_totalPages > 0 ? tr("page %1 of %2").arg(pageNumber).arg(m_totalPages)
                                                  : tr("page %1").arg(pageNumber);
            error.detail = error.detail.isEmpty()
                ? page
                : tr("%1; %2", "what went wrong, then which page (\"page 3 of 17\")").arg(error.detail, page);
        }
        finishWith(error);
        return;
    }
    if (pageNumber == 1) {
        const PageInfo info = call->pageInfo();
        m_headersKnown = info.present;
        m_totalPages = info.present ? info.totalPages : 0;
        m_totalEntries = info.present ? info.totalEntries : 0;
        qCDebug(lcApiPaging).noquote() << m_request.displayPath() << "has" << m_totalPages << "pages," << m_totalEntries
                                       << "entries";
    }
    if (m_counter(call->value()) == 0)
        m_sawEmptyPage = true;
    m_arrived.emplace(pageNumber, call->value());
    const QPointer<PageLoader> self(this); // a page's handler may delete the client, and this with it
    deliverReadyPages();
    if (self && !m_finished)
        fillPipeline();
}

void PageLoader::fillPipeline()
{
    if (m_headersKnown) {
        while (int(m_inFlight.size()) < m_parallel && m_nextToRequest <= m_totalPages)
            requestPage(m_nextToRequest++);
    } else if (!m_sawEmptyPage && m_inFlight.empty()) {
        // No headers to plan by: one page after another until an empty one.
        requestPage(m_nextToRequest++);
    }
    if (m_inFlight.empty() && m_arrived.empty())
        finishWith({});
}

void PageLoader::deliverReadyPages()
{
    for (auto it = m_arrived.find(m_nextToDeliver); it != m_arrived.end(); it = m_arrived.find(m_nextToDeliver)) {
        const std::any page = std::move(it->second);
        m_arrived.erase(it);
        const int pageNumber = m_nextToDeliver++;
        m_deliveredItems += m_counter(page);
        const QPointer<PageLoader> self(this);
        Q_EMIT pageReady(pageNumber, page);
        if (!self || m_finished)
            return;
        Q_EMIT progress(deliveredPages(), m_totalPages, m_deliveredItems, m_totalEntries);
        if (!self || m_finished)
            return;
    }
}

void PageLoader::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    for (auto &[page, call] : m_inFlight) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_inFlight.clear();
    m_arrived.clear();
    if (error.isNull())
        qCDebug(lcApiPaging).noquote() << m_request.displayPath() << "loaded" << deliveredPages() << "pages";
    else
        qCInfo(lcApiPaging).noquote() << "stopped:" << error.toString();
    // A handler may delete the client, and with it this: only a survivor schedules its end.
    const QPointer<QObject> self(this);
    Q_EMIT finished();
    if (self)
        deleteLater();
}

} // namespace Api
