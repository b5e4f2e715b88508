#pragma once

#include "lazypager.h"

#include <QtCore/QAbstractTableModel>

namespace Models {

/// A table over one list of the API, paged in lazily as a view scrolls: the loading state, the
/// last error, the total from the paging headers, retry, and canFetchMore()/fetchMore(), for
/// the group list and the user directory alike. A subclass says how a page becomes rows.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY lastErrorChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)

public:
    bool isLoading() const { return m_pager->isLoading(); }
    const Api::ApiError &lastError() const { return m_pager->lastError(); }
    /// The last error in words for the person (the server's errorDescription when it gave one).
    QString errorMessage() const;
    /// All rows matching the query on the server; -1 until the first page said.
    qint64 totalCount() const { return m_totalCount; }
    /// Pages asked for since the last reload.
    int pagesRequested() const { return m_pager->pagesRequested(); }
    /// After an error: asks for the page that failed again.
    void retry() { m_pager->retry(); }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void lastErrorChanged();
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
    qint64 m_totalCount = -1;
};

} // namespace Models
