#include "models/loadstatus.h"

namespace Models {

LoadStatus::LoadStatus(std::function<void()> retry, QObject *parent)
    : QObject(parent)
    , m_retry(std::move(retry))
{
}

QString LoadStatus::errorMessage() const
{
    if (m_lastError.isNull())
        return {};
    if (m_stale)
        return tr("Showing what was loaded before; loading it again failed. %1").arg(m_lastError.message());
    return m_lastError.message();
}

void LoadStatus::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_lastError.isNull())
        Q_EMIT errorChanged();
}

void LoadStatus::retry()
{
    if (m_retry)
        m_retry();
}

void LoadStatus::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void LoadStatus::setError(const Api::ApiError &error)
{
    if (m_lastError.isNull() && error.isNull())
        return;
    m_lastError = error;
    Q_EMIT errorChanged();
}

} // namespace Models
