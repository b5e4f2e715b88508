#include "models/lazypager.h"

namespace Models {

LazyPager::LazyPager(Api::ApiClient *client, Api::ApiCall::Parser parser, ItemCounter counter, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_parser(std::move(parser))
    , m_counter(std::move(counter))
{
}

LazyPager::~LazyPager()
{
    if (m_call)
        m_call->disconnect(this);
}

void LazyPager::reset(RequestMaker makeRequest)
{
    const bool wasLoading = isLoading();
    if (m_call) {
        m_call->disconnect(this); // its late answer belongs to the old query
        m_call->cancel();
        m_call = nullptr;
    }
    m_makeRequest = std::move(makeRequest);
    m_pagesLoaded = 0;
    m_pagesRequested = 0;
    m_perPage = 0;
    m_rewindItems = 0;
    m_atEnd = !m_makeRequest;
    if (!m_lastError.isNull()) {
        m_lastError = {};
        Q_EMIT lastErrorChanged(m_lastError);
    }
    setTotalCount(-1);
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

bool LazyPager::canFetchMore() const
{
    // Not after an error: a view asks again on every layout, which would hammer a failing
    // server. retry() asks again when the person says so.
    return !m_atEnd && !isLoading() && m_lastError.isNull() && m_client;
}

void LazyPager::retry()
{
    if (m_lastError.isNull() || isLoading())
        return;
    m_lastError = {};
    Q_EMIT lastErrorChanged(m_lastError);
    fetchMore();
}

void LazyPager::fetchMore()
{
    if (!canFetchMore())
        return;
    int pageNumber = m_pagesLoaded + 1;
    if (m_rewindItems > 0 && m_perPage > 0)
        pageNumber = std::max(1, pageNumber - (m_rewindItems + m_perPage - 1) / m_perPage);
    m_rewindItems = 0;
    ++m_pagesRequested;
    m_call = m_client->send(m_makeRequest(pageNumber), m_parser);
    Api::ApiCall *call = m_call;
    connect(call, &Api::ApiCall::finished, this, [this, call, pageNumber] { answered(call, pageNumber); });
    Q_EMIT loadingChanged(true);
}

void LazyPager::answered(Api::ApiCall *call, int pageNumber)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    if (!call->isOk()) {
        // The same page is asked for again on retry().
        m_lastError = call->error();
        Q_EMIT lastErrorChanged(m_lastError);
        Q_EMIT loadingChanged(false);
        return;
    }
    const Api::PageInfo info = call->pageInfo();
    const qsizetype items = m_counter(call->value());
    m_pagesLoaded = pageNumber;
    if (info.present && info.perPage > 0)
        m_perPage = info.perPage;
    else if (pageNumber == 1)
        m_perPage = int(items);
    // Without paging headers the list ends at an empty page, as the official client reads it.
    m_atEnd = info.present ? pageNumber >= info.totalPages : items == 0;
    if (!m_lastError.isNull()) {
        m_lastError = {};
        Q_EMIT lastErrorChanged(m_lastError);
    }
    if (info.present)
        setTotalCount(info.totalEntries);
    Q_EMIT pageArrived(call->value(), pageNumber);
    Q_EMIT loadingChanged(false);
}

void LazyPager::rewind(int items)
{
    if (items > 0 && m_pagesLoaded > 0)
        m_rewindItems += items;
}

void LazyPager::setTotalCount(qint64 count)
{
    if (m_totalCount == count)
        return;
    m_totalCount = count;
    Q_EMIT totalCountChanged(count);
}

} // namespace Models
