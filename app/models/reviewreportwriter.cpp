#include "models/reviewreportwriter.h"

#include "models/reviewreport.h"
#include "models/reviewstore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QPromise>
#include <QtCore/QSaveFile>

namespace Models {

namespace {

using namespace Qt::StringLiterals;
using Result = ReviewReportWriter::Result;

QString cannotWrite(const QString &path, const QString &why)
{
    return ReviewReportWriter::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

/// Writes \a report as \a format into \a file (open); the PDF's pages (0 for a CSV), -1 when
/// stopped by \a cancel or failed (\a error says why).
int writeInto(QSaveFile &file, const ReviewReport &report, ReviewReportWriter::Format format, QPromise<Result> &promise,
    const std::atomic_bool &cancel, QString *error)
{
    if (format == ReviewReportWriter::Format::Csv) {
        promise.setProgressRange(0, int(report.rows().size()));
        const QByteArray csv = report.csv();
        if (file.write(csv) != csv.size()) {
            *error = file.errorString();
            return -1;
        }
        promise.setProgressValue(int(report.rows().size()));
        return 0;
    }
    const auto progress = [&](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
        return !cancel;
    };
    const int pages = report.writePdf(&file, progress, error);
    return pages > 0 ? pages : -1;
}

/// The worker: reads the review through its own store on \a folder / \a connectionKey (this
/// thread's own SQLite connection) and writes the file beside \a path, moved into place whole.
void writeReport(QPromise<Result> &promise, const QString &folder, const QString &connectionKey, qint64 reviewId,
    ReviewReportWriter::Format format, const QString &path, const std::shared_ptr<std::atomic_bool> &cancel)
{
    const auto cancelled = [&] { promise.addResult(Result{false, 0, ReviewReportWriter::tr("Cancelled.")}); };
    promise.setProgressRange(0, 0);
    const ReviewStore store(folder, connectionKey);
    if (!store.isOpen()) {
        promise.addResult(Result{false, 0, store.errorString()});
        return;
    }
    const ReviewReport report(store, reviewId);
    if (!report.isValid()) {
        promise.addResult(Result{false, 0, ReviewReportWriter::tr("The review is no longer in its file.")});
        return;
    }
    if (*cancel)
        return cancelled();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        promise.addResult(Result{false, 0, cannotWrite(path, file.errorString())});
        return;
    }
    QString error;
    const int pages = writeInto(file, report, format, promise, *cancel, &error);
    // The last look at cancel: after it the file is in place, and the write said to have ended well.
    if (*cancel) {
        file.cancelWriting();
        return cancelled();
    }
    if (pages < 0 || !file.commit()) {
        file.cancelWriting();
        promise.addResult(Result{false, 0, cannotWrite(path, pages < 0 ? error : file.errorString())});
        return;
    }
    promise.addResult(Result{true, pages, QString()});
}

} // namespace

ReviewReportWriter::ReviewReportWriter(const ReviewStore &store, qint64 reviewId, QObject *parent)
    : QObject(parent)
    , m_store(&store)
    , m_reviewId(reviewId)
{
    const QFileInfo file(store.filePath());
    m_folder = file.absolutePath();
    m_connectionKey = file.fileName().chopped(int(u".sqlite"_s.size()));
    // One thread of its own: a report of thousands of pages must not hold the global pool,
    // which parses the server's answers.
    m_pool.setMaxThreadCount(1);
}

ReviewReportWriter::~ReviewReportWriter()
{
    if (m_running) {
        *m_cancel = true;
        m_future.waitForFinished();
    }
}

void ReviewReportWriter::start(Format format, const QString &path)
{
    if (m_running) {
        qWarning("ReviewReportWriter::start: a write is running");
        return;
    }
    // The worker reads the file: a selection just decided (ReviewStore::decideSoon()) is
    // written first, so the report holds every decision made.
    if (m_store)
        m_store->writeQueuedDecisions();
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    delete m_watcher;
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
        [this](int done) { Q_EMIT progress(done, m_watcher->progressMaximum()); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ReviewReportWriter::finish);
    m_future = QtConcurrent::run(&m_pool, &writeReport, m_folder, m_connectionKey, m_reviewId, format, path, m_cancel);
    m_watcher->setFuture(m_future);
}

void ReviewReportWriter::cancel()
{
    if (m_running)
        *m_cancel = true;
}

void ReviewReportWriter::finish()
{
    m_running = false;
    const Result result = m_future.resultCount() > 0 ? m_future.result() : Result{false, 0, tr("Cancelled.")};
    Q_EMIT finished(result.ok, result.pages, result.error);
}

} // namespace Models
