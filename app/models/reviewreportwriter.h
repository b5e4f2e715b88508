#pragma once

#include <QtCore/QFuture>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QThreadPool>

#include <atomic>
#include <memory>

template <typename T>
class QFutureWatcher;

namespace Models {

class ReviewStore;

/// Writes a review's report (ReviewReport) to a file on a worker thread, so the window goes on
/// while tens of thousands of decisions are read and paged: the worker reads the review through
/// a ReviewStore of its own on the same file (a QSqlDatabase connection must not cross threads)
/// and writes beside the path, moving the file into place only when it is whole. A cancelled
/// or failed write leaves no file there (and a report already there as it was).
class ReviewReportWriter : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, Pdf };
    Q_ENUM(Format)

    /// Writes review \a reviewId of \a store (read on the worker through a store of its own on
    /// the same file; \a store may go).
    ReviewReportWriter(const ReviewStore &store, qint64 reviewId, QObject *parent = nullptr);
    /// Cancels a write still running and waits for it (it stops within a few rows).
    ~ReviewReportWriter() override;

    /// Starts writing the report as \a format to \a path; does nothing while a write runs.
    void start(Format format, const QString &path);
    /// Stops the write: finished(false, 0, "Cancelled.") follows, and no file is left at the path
    /// (unless the file was already in place: then finished() says it was written).
    void cancel();
    /// From start() until finished() is emitted.
    bool isRunning() const { return m_running; }

    /// How a write ended: the PDF's pages (0 for a CSV), or why it failed.
    struct Result
    {
        bool ok = false;
        int pages = 0;
        QString error;
    };

Q_SIGNALS:
    /// \a done of \a total steps (rows read, measured and painted) are behind the write.
    void progress(int done, int total);
    /// The write ended: \a ok with the file at its path (\a pages: the PDF's, 0 for a CSV), or
    /// not, with \a error saying why ("Cancelled." after cancel()).
    void finished(bool ok, int pages, const QString &error);

private:
    void finish();

    QPointer<const ReviewStore> m_store; ///< Its queued decisions are written before a start.
    QString m_folder;
    QString m_connectionKey;
    qint64 m_reviewId = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QThreadPool m_pool;
    QFuture<Result> m_future;
    QFutureWatcher<Result> *m_watcher = nullptr;
};

} // namespace Models
