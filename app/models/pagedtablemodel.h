#pragma once

#include "models/lazypager.h"
#include "models/loadstatus.h"

#include <QtCore/QAbstractTableModel>

namespace Models {

namespace Detail {
template <typename Query>
bool setFields(Query &)
{
    return false;
}

template <typename Query, typename T, typename V, typename... Rest>
bool setFields(Query &query, T Query::*field, const V &value, const Rest &...rest)
{
    const bool changed = !(query.*field == value);
    if (changed)
        query.*field = value;
    return setFields(query, rest...) || changed;
}
} // namespace Detail

/// What every query setter of a paged model does: \a model's query with each field (a
/// pointer to a member of the query, then its value) set goes to model.setQuery(), which
/// reloads, unless every field already holds its value. E.g.
/// `changeQuery(*this, &Api::GroupListQuery::order, order, &Api::GroupListQuery::orderDir, dir)`.
template <typename Model, typename... FieldsAndValues>
void changeQuery(Model &model, const FieldsAndValues &...fieldsAndValues)
{
    auto query = model.query();
    if (Detail::setFields(query, fieldsAndValues...))
        model.setQuery(query);
}

/// A table over one list of the API, paged in lazily as a view scrolls: the loading state, the
/// last error, the total from the paging headers, retry, and canFetchMore()/fetchMore(), for
/// the group list and the user directory alike. A subclass says how a page becomes rows.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)

public:
    /// Loading and the last page's error; its retry() asks for the page that failed again.
    LoadStatus *loadStatus() const { return m_loadStatus; }
    /// All rows matching the query on the server; -1 until the first page said.
    qint64 totalCount() const { return m_totalCount; }
    /// Pages asked for since the last reload.
    int pagesRequested() const { return m_pager->pagesRequested(); }
    /// After an error: asks for the page that failed again.
    void retry() { m_pager->retry(); }

    /// False while fetches are held (see holdFetches()), else whether a next page remains.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// While \a hold, canFetchMore() says no and fetchMore() asks for nothing. QTreeView asks
    /// for the next page every time it lays out its rows, whether or not the last row shows
    /// (QTreeViewPrivate::layout), and a page arriving lays them out again: a tree view would
    /// page the whole list in by itself. Gui::PagedTreeView holds fetches while it lays out.
    void holdFetches(bool hold) { m_fetchesHeld = hold; }

Q_SIGNALS:
    void totalCountChanged(qint64 totalCount);

protected:
    PagedTableModel(
        Api::ApiClient *client, Api::ApiCall::Parser parser, LazyPager::ItemCounter counter, QObject *parent = nullptr);

    /// Starts over (inside the subclass's begin/endResetModel) with \a makeRequest.
    void resetPager(LazyPager::RequestMaker makeRequest);
    /// Starts over with page after page of \a query, each asked for with \a listRequest (e.g.
    /// Api::GroupsApi::listRequest).
    template <typename Query>
    void resetPager(const Query &query, Api::ApiRequest (*listRequest)(const Query &))
    {
        resetPager([query, listRequest](int pageNumber) {
            Query page = query;
            page.pageNum = pageNumber;
            return listRequest(page);
        });
    }
    /// \a query as a list's query: without a page number of its own (the pager numbers the
    /// pages), and with \a defaultPageSize for a limit when it sets none.
    template <typename Query>
    static Query listQuery(Query query, int defaultPageSize)
    {
        query.pageNum.reset();
        if (!query.limit)
            query.limit = defaultPageSize;
        return query;
    }
    /// Page \a page (the parser's value) arrived: the subclass appends its rows.
    virtual void appendPage(const std::any &page) = 0;
    LazyPager *pager() const { return m_pager; }
    /// For rows that come or go here before the server's next page says so.
    void setTotalCount(qint64 count);

private:
    LazyPager *m_pager;
    LoadStatus *m_loadStatus;
    qint64 m_totalCount = -1;
    bool m_fetchesHeld = false;
};

} // namespace Models
