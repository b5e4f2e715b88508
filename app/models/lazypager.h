#pragma once

#include "api/apiclient.h"

#include <QtCore/QObject>

#include <functional>

namespace Models {

/// Pages through one list of the API on demand, one page in flight at a time: what a lazy
/// model's canFetchMore()/fetchMore() need. A reset (a new query) cancels the page in flight, so
/// an answer to an old query never lands in the new list.
class LazyPager : public QObject
{
    Q_OBJECT

public:
    /// The request for page \a pageNumber (1-based).
    using RequestMaker = std::function<Api::ApiRequest(int pageNumber)>;

    /// How many items a parsed page holds.
    using ItemCounter = std::function<qsizetype(const std::any &page)>;

    LazyPager(Api::ApiClient *client, Api::ApiCall::Parser parser, ItemCounter counter, QObject *parent = nullptr);
    ~LazyPager() override;

    /// Starts over with \a makeRequest: nothing loaded, nothing in flight, no error.
    void reset(RequestMaker makeRequest);

    /// True when a page may follow, none is being fetched, and the last one did not fail.
    bool canFetchMore() const;
    /// Asks for the next page.
    void fetchMore();
    /// After an error: asks for the page that failed again.
    void retry();
    /// Says that \a items rows already loaded left the list on the server (deleted, or no
    /// longer matching): the pages after them moved up, so the next fetch starts far enough
    /// back that nothing is skipped (the caller drops the rows it already has).
    void rewind(int items);

    bool isLoading() const { return m_call != nullptr; }
    /// The error of the last page asked for; null after a page arrived.
    const Api::ApiError &lastError() const { return m_lastError; }
    /// All matches, from X-Pagination-Total-Entries; -1 until a page said.
    qint64 totalCount() const { return m_totalCount; }
    int pagesLoaded() const { return m_pagesLoaded; }
    /// Pages asked for since the last reset (for tests and benchmarks).
    int pagesRequested() const { return m_pagesRequested; }

Q_SIGNALS:
    /// A page arrived: \a page is the parser's value (e.g. Api::Page<T>).
    void pageArrived(const std::any &page, int pageNumber);
    void loadingChanged(bool loading);
    void lastErrorChanged(const Api::ApiError &error);
    void totalCountChanged(qint64 totalCount);

private:
    void answered(Api::ApiCall *call, int pageNumber);
    void setTotalCount(qint64 count);

    QPointer<Api::ApiClient> m_client;
    Api::ApiCall::Parser m_parser;
    ItemCounter m_counter;
    RequestMaker m_makeRequest;
    QPointer<Api::ApiCall> m_call;
    Api::ApiError m_lastError;
    qint64 m_totalCount = -1;
    int m_pagesLoaded = 0;
    int m_pagesRequested = 0;
    int m_perPage = 0;
    int m_rewindItems = 0;
    bool m_atEnd = true;
};

} // namespace Models
