// An access review (issue 25) on the large seed: reading 500 groups' grants into a review (tens
// of thousands of rows) with the model following, filtering them, deciding a selection of 5,000
// at once, reopening the review from its file, applying 1,000 removals and writing the report
// (CSV and PDF of every decision, on a worker); each with its time and the longest the thread a
// window runs on went without its event loop.
//
//   bench_review [--groups N] [--decide N] [--removals N] [--quick]

#include "modelbenchsupport.h"
#include "models/changeoperation.h"
#include "models/reviewapply.h"
#include "models/reviewloader.h"
#include "models/reviewmodel.h"
#include "models/reviewreportwriter.h"
#include "models/reviewstore.h"
#include "models/workspace.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QEventLoop>
#include <QtCore/QFileInfo>
#include <QtGui/QGuiApplication>

namespace {

constexpr auto kAdminKey = "bench-review-admin-key";

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("An access review on the sandbox's large seed."));
    parser.addHelpOption();
    const QCommandLineOption groupsOption(
        QStringLiteral("groups"), QStringLiteral("Groups in scope (500)."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption decideOption(QStringLiteral("decide"), QStringLiteral("Rows decided at once (5000)."),
        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption removalsOption(QStringLiteral("removals"), QStringLiteral("Removals applied (1000)."),
        QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("A smoke run: a few groups."));
    parser.addOptions({groupsOption, decideOption, removalsOption, quickOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int groups = quick ? 10 : parser.value(groupsOption).toInt();
    const int decideCount = quick ? 500 : parser.value(decideOption).toInt();
    const int removals = quick ? 50 : parser.value(removalsOption).toInt();

    out(machineLine());
    QTemporaryDir dir;
    SandboxServerThread sandbox;
    if (!startBenchSandbox(sandbox, dir, QStringLiteral("large"), QString::fromLatin1(kAdminKey)))
        return 1;
    Api::ApiClient client(benchSettings(sandbox, kAdminKey));
    Models::Workspace workspace(&client);
    Models::ReviewStore store(dir.filePath(QStringLiteral("reviews")), QStringLiteral("bench"));
    if (!store.isOpen()) {
        out(store.errorString());
        return 1;
    }

    // Groups spread over the seed (its group sizes follow a power law: the first hundred hold
    // thousands each, most a few dozen), as a review of "every group I manage" would be.
    Models::ReviewInfo info;
    info.name = QStringLiteral("Bench review");
    const int spacing = std::max(1, 10'000 / std::max(1, groups));
    for (int i = 1; i <= groups; ++i)
        info.groupIds.append(qint64(i) * spacing);
    info.reviewerId = 1;
    info.reviewerUsername = QStringLiteral("admin");
    const qint64 reviewId = store.createReview(info);

    Models::ReviewModel model(&store, reviewId);
    Models::ReviewFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    {
        Models::ReviewLoader loader(&workspace, &store, reviewId);
        model.follow(&loader);
        StallMeter stalls;
        QElapsedTimer timer;
        timer.start();
        loader.start();
        if (!runUntil([&] { return !loader.isRunning(); }))
            return 1;
        out(QStringLiteral("load %1 groups: %2 rows in %3 s, %4 could not be read, longest stall %5 ms")
                .arg(QString::number(groups), QString::number(model.rowCount()),
                    QString::number(timer.elapsed() / 1000.0, 'f', 2), QString::number(loader.problems().size()),
                    ms(stalls.longestMs())));
    }
    {
        StallMeter stalls;
        QElapsedTimer timer;
        timer.start();
        double longest = 0;
        QStringList each;
        const auto step = [&](auto change) {
            QElapsedTimer one;
            one.start();
            change();
            const double took = one.nsecsElapsed() / 1e6;
            longest = std::max(longest, took);
            each.append(ms(took));
            QCoreApplication::processEvents();
        };
        step([&] { proxy.setDeactivatedOnly(true); });
        const int deactivated = proxy.rowCount();
        step([&] { proxy.setDeactivatedOnly(false); });
        step([&] { proxy.setIndirectOnly(true); });
        const int indirect = proxy.rowCount();
        step([&] { proxy.setIndirectOnly(false); });
        step([&] { proxy.setGroupId(7); });
        step([&] { proxy.setGroupId(0); });
        step([&] { proxy.setText(QStringLiteral("ada")); });
        step([&] { proxy.setText({}); });
        step([&] { proxy.sort(Models::ReviewModel::NameColumn); });
        out(QStringLiteral("filters over %1 rows (deactivated %2, indirect %3, a group, text, sort by name): "
                           "slowest %4 ms, longest stall %5 ms (each: %6 ms)")
                .arg(QString::number(model.rowCount()), QString::number(deactivated), QString::number(indirect),
                    ms(longest), ms(stalls.longestMs()), each.join(QStringLiteral(", "))));
    }
    {
        proxy.setUndecidedOnly(true);
        QList<int> rows;
        for (int row = 0; row < std::min(decideCount, proxy.rowCount()); ++row)
            rows.append(row);
        const QList<int> source = proxy.sourceRows(rows);
        StallMeter stalls;
        QElapsedTimer timer;
        timer.start();
        const int decided = model.decide(source, Models::ReviewRow::Decision::Keep);
        const double decideMs = timer.nsecsElapsed() / 1e6;
        // The store writes them a slice a turn of the event loop: until the last is in the file.
        if (!runUntil([&] { return !store.hasQueuedDecisions(); }))
            return 1;
        QCoreApplication::processEvents();
        out(QStringLiteral("decide a selection of %1 (undecided filter on, sorted): %2 decided in %3 ms, "
                           "all in the file in %4 ms, longest stall %5 ms; %6")
                .arg(QString::number(source.size()), QString::number(decided), ms(decideMs),
                    ms(timer.nsecsElapsed() / 1e6), ms(stalls.longestMs()), model.progressText()));
        proxy.setUndecidedOnly(false);
    }
    {
        StallMeter stalls;
        QElapsedTimer timer;
        timer.start();
        Models::ReviewModel reopened(&store, reviewId);
        if (!runUntil([&] { return !reopened.isLoading(); }))
            return 1;
        out(QStringLiteral("reopen the review from its file: %1 rows in %2 ms, longest stall %3 ms")
                .arg(QString::number(reopened.rowCount()), ms(timer.nsecsElapsed() / 1e6), ms(stalls.longestMs())));
    }
    {
        QList<int> members;
        for (int row = 0; row < model.rowCount() && members.size() < removals; ++row) {
            const Models::ReviewRow &r = model.rowAt(row);
            if (!r.isShare() && !r.isRetired())
                members.append(row);
        }
        model.decide(members, Models::ReviewRow::Decision::Remove);
        Models::ReviewApply apply(&workspace, &store, reviewId);
        StallMeter stalls;
        QElapsedTimer timer;
        timer.start();
        apply.prepare();
        if (!runUntil([&] { return !apply.isPreparing(); }))
            return 1;
        const double prepareMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        Models::ChangeOperation *operation = apply.run();
        if (!operation || !settle(workspace))
            return 1;
        const double seconds = timer.elapsed() / 1000.0;
        out(QStringLiteral("apply %1 removals: read in %2 ms, run in %3 s (%4 changes/s; %5), longest stall %6 ms")
                .arg(QString::number(apply.changeCount()), ms(prepareMs), QString::number(seconds, 'f', 2),
                    QString::number(apply.changeCount() / std::max(seconds, 1e-9), 'f', 0), operation->summary(),
                    ms(stalls.longestMs())));
    }
    // The apply's last refreshes of the groups it changed (thousands of members each) are the
    // group store's work on this thread, not the report's: they end before the report starts.
    {
        QElapsedTimer quiet;
        quiet.start();
        runUntil([&] { return quiet.elapsed() > 3000; });
    }
    // The report as the window writes it: on a worker (ReviewReportWriter), the CSV and the PDF
    // of every decision, with the time each took and the longest the event loop waited meanwhile.
    for (const auto format : {Models::ReviewReportWriter::Format::Csv, Models::ReviewReportWriter::Format::Pdf}) {
        const bool pdf = format == Models::ReviewReportWriter::Format::Pdf;
        const QString path = dir.filePath(pdf ? QStringLiteral("review.pdf") : QStringLiteral("review.csv"));
        Models::ReviewReportWriter writer(store, reviewId);
        bool ok = false;
        int pages = 0;
        QString error;
        QObject::connect(
            &writer, &Models::ReviewReportWriter::finished, &writer, [&](bool written, int n, const QString &why) {
                ok = written;
                pages = n;
                error = why;
            });
        StallMeter stalls;
        QElapsedTimer timer;
        timer.start();
        writer.start(format, path);
        if (!runUntil([&] { return !writer.isRunning(); }))
            return 1;
        if (!ok) {
            out(QStringLiteral("report: %1").arg(error));
            return 1;
        }
        out(QStringLiteral("report on a worker: %1 of %2 rows (%3 KiB) in %4 ms, longest stall %5 ms")
                .arg(pdf ? QStringLiteral("PDF of %1 pages").arg(pages) : QStringLiteral("CSV"),
                    QString::number(model.rowCount()), QString::number(QFileInfo(path).size() / 1024),
                    ms(timer.nsecsElapsed() / 1e6), ms(stalls.longestMs())));
    }
    out(QStringLiteral("stall: the longest the models' thread went without running its event loop "
                       "(a window's freeze)"));
    return 0;
}
