#pragma once

#include "api/apierror.h"

#include <QtCore/QObject>

#include <functional>

namespace Models {

/// Whether a model is loading, and why its last load failed: the one piece every model that
/// loads carries (as loadStatus()), so every view shows a busy bar and an error bar with Retry
/// through the same code. The owning model sets it; a view reads it and may ask for retry().
class LoadStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    /// \a retry is what asking again means for the owner (reload, or retry what failed).
    explicit LoadStatus(std::function<void()> retry, QObject *parent = nullptr);

    bool isLoading() const { return m_loading; }
    /// The last error; null when the last load succeeded.
    const Api::ApiError &lastError() const { return m_lastError; }
    bool hasError() const { return !m_lastError.isNull(); }
    /// The last error in words for the person (the server's errorDescription when it gave one),
    /// saying so when what is shown is an earlier load's.
    QString errorMessage() const;

    /// Asks the owner to load again what failed.
    void retry();

    /// Whether the rows shown are those of an earlier load, kept while a fresh one failed or is
    /// on its way (a refresh keeps the list rather than emptying it).
    bool isStale() const { return m_stale; }

    /// For the owner: announces only real changes.
    void setLoading(bool loading);
    /// For the owner: the rows are an earlier load's until setStale(false).
    void setStale(bool stale);
    void setError(const Api::ApiError &error);
    void clearError() { setError({}); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// The error was set, changed or cleared.
    void errorChanged();

private:
    std::function<void()> m_retry;
    bool m_loading = false;
    bool m_stale = false;
    Api::ApiError m_lastError;
};

} // namespace Models
