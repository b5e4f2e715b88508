#pragma once

#include "api/apicall.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <map>

namespace Api {

class ApiClient;

/// Loads every page of a list: the first page, then, from its X-Pagination-Total-Pages, the
/// rest with at most `parallel` requests in flight over the client's kept-alive connections.
/// Pages are delivered in order, each exactly once, whatever order their answers arrive in.
/// Without paging headers it reads page after page until an empty one, as the official
/// client's iterator does. It deletes itself after finished(). Use the typed AllPages<T>.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    /// The number of items in one parsed page.
    using ItemCounter = std::function<qsizetype(const std::any &page)>;

    PageLoader(ApiClient *client, ApiRequest request, ApiCall::Parser parser, ItemCounter counter, int parallel);
    ~PageLoader() override;

    /// Stops loading: requests in flight are cancelled and finished() follows with a Cancelled error.
    void cancel();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int totalPages() const { return m_totalPages; }
    int deliveredPages() const { return m_nextToDeliver - 1; }
    qint64 totalEntries() const { return m_totalEntries; }
    qint64 deliveredItems() const { return m_deliveredItems; }

Q_SIGNALS:
    /// Page \a pageNumber (1-based), parsed; pages come in order. Connect directly (same thread).
    void pageReady(int pageNumber, const std::any &page);
    /// Pages and items delivered so far, of the totals the first page announced (0 when unknown).
    void progress(int deliveredPages, int totalPages, qint64 deliveredItems, qint64 totalEntries);
    /// All pages delivered, or a failure (error() says which page and why), or cancelled.
    void finished();

private:
    void requestPage(int pageNumber);
    void pageAnswered(int pageNumber, ApiCall *call);
    void fillPipeline();
    void deliverReadyPages();
    void finishWith(const ApiError &error);

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    ApiCall::Parser m_parser;
    ItemCounter m_counter;
    int m_parallel;
    bool m_headersKnown = false; ///< The first page carried X-Pagination-Total-Pages.
    bool m_sawEmptyPage = false;
    int m_totalPages = 0;
    qint64 m_totalEntries = 0;
    int m_nextToRequest = 1;
    int m_nextToDeliver = 1;
    qint64 m_deliveredItems = 0;
    std::map<int, QPointer<ApiCall>> m_inFlight;
    std::map<int, std::any> m_arrived; ///< Pages answered but not yet delivered.
    bool m_finished = false;
    ApiError m_error;
};

/// Every page of a list of T, loading. A light handle over a PageLoader.
template <typename T>
class AllPages
{
public:
    explicit AllPages(PageLoader *loader)
        : m_loader(loader)
    {
    }

    PageLoader *loader() const { return m_loader; }
    void cancel() const
    {
        if (m_loader)
            m_loader->cancel();
    }
    /// \a handler(const QList<T> &items, int pageNumber) for each page, in order.
    template <typename Handler>
    const AllPages &onPage(const QObject *context, Handler handler) const
    {
        QObject::connect(m_loader, &PageLoader::pageReady, context,
            [handler = std::move(handler)](int pageNumber, const std::any &page) mutable {
                handler(std::any_cast<const Page<T> &>(page).items, pageNumber);
            });
        return *this;
    }
    /// \a handler(int deliveredPages, int totalPages, qint64 deliveredItems, qint64 totalEntries).
    template <typename Handler>
    const AllPages &onProgress(const QObject *context, Handler handler) const
    {
        QObject::connect(m_loader, &PageLoader::progress, context, std::move(handler));
        return *this;
    }
    /// \a handler(const ApiError &error) once at the end; the error is null when every page came.
    template <typename Handler>
    const AllPages &onFinished(const QObject *context, Handler handler) const
    {
        PageLoader *loader = m_loader;
        QObject::connect(loader, &PageLoader::finished, context,
            [loader, handler = std::move(handler)]() mutable { handler(loader->error()); });
        return *this;
    }

    static PageLoader::ItemCounter counter()
    {
        return [](const std::any &page) { return std::any_cast<const Page<T> &>(page).items.size(); };
    }

private:
    QPointer<PageLoader> m_loader;
};

} // namespace Api
