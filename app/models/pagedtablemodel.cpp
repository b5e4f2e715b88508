#include "models/pagedtablemodel.h"

namespace Models {

PagedTableModel::PagedTableModel(
    Api::ApiClient *client, Api::ApiCall::Parser parser, LazyPager::ItemCounter counter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pager(new LazyPager(client, std::move(parser), std::move(counter), this))
    , m_loadStatus(new LoadStatus([this] { retry(); }, this))
{
    connect(m_pager, &LazyPager::pageArrived, this, [this](const std::any &page) { appendPage(page); });
    connect(m_pager, &LazyPager::loadingChanged, m_loadStatus, &LoadStatus::setLoading);
    connect(m_pager, &LazyPager::lastErrorChanged, m_loadStatus, &LoadStatus::setError);
    connect(m_pager, &LazyPager::totalCountChanged, this, &PagedTableModel::setTotalCount);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetchesHeld && m_pager->canFetchMore();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && !m_fetchesHeld)
        m_pager->fetchMore();
}

void PagedTableModel::resetPager(LazyPager::RequestMaker makeRequest)
{
    m_pager->reset(std::move(makeRequest));
}

void PagedTableModel::setTotalCount(qint64 count)
{
    if (m_totalCount == count)
        return;
    m_totalCount = count;
    Q_EMIT totalCountChanged(count);
}

} // namespace Models
