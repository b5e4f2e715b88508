#pragma once

#include "models/lazypager.h"
#include "models/loadstatus.h"

#include <QtCore/QAbstractTableModel>

namespace Models {

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

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(qint64 totalCount);

protected:
    PagedTableModel(
        Api::ApiClient *client, Api::ApiCall::Parser parser, LazyPager::ItemCounter counter, QObject *parent = nullptr);

    /// Starts over (inside the subclass's begin/endResetModel) with \a makeRequest.
    void resetPager(LazyPager::RequestMaker makeRequest);
    /// Page \a page (the parser's value) arrived: the subclass appends its rows.
    virtual void appendPage(const std::any &page) = 0;
    LazyPager *pager() const { return m_pager; }
    /// For rows that come or go here before the server's next page says so.
    void setTotalCount(qint64 count);

private:
    LazyPager *m_pager;
    LoadStatus *m_loadStatus;
    qint64 m_totalCount = -1;
};

} // namespace Models
