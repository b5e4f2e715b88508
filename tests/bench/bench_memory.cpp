// Memory over a long session: many membership operations, one after another, each one step of
// the undo stack, against the in-process sandbox's large seed. The same 100 users are added to
// a group and removed again, turn about, so every operation makes 100 changes and the server's
// data stays the same size; what grows is what the app keeps of the operations it ran.
//
// Heap in use (mallinfo2) is the figure to read: it goes down when memory is freed, where the
// resident size (VmRSS) mostly does not (the allocator keeps freed pages for later). It runs
// twice: with the workspace's default undo limit, and with a limit of a quarter of the
// operations, where the heap must stay flat once the limit is reached.
//
//   bench_memory [--operations N] [--changes N] [--quick]
//
// On 7b2bafd (every finished operation kept its bulk queue, the group's member set and its
// timer, and nothing ever freed an operation), 200 operations of 100 changes on a group of 385
// members: heap 34.2 -> 45.9 MiB (60.1 KiB kept per operation), resident 64.8 -> 76.8 MiB, and
// clearing the undo stack freed nothing (Debian 12, 2 threads, x86_64, Qt 6.4.2).
//
// Now an operation keeps only its plan, outcomes and errors once it ends (its queue, member
// sets and timer go), and a step dropped from the undo stack takes its operations with it. The
// same run: heap 34.1 -> 38.3 MiB (21.5 KiB kept per operation, the plan itself), resident
// 64.8 -> 69.1 MiB, and clearing the undo stack gives it back (34.8 MiB). With an undo limit of
// 50 the heap stays at 35.7 MiB from the 50th operation to the 200th.

#include "modelbenchsupport.h"
#include "models/changeoperation.h"
#include "models/groupstore.h"
#include "models/workspace.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QEventLoop>
#include <QtGui/QGuiApplication>
#include <QtGui/QUndoStack>
#include <QtSql/QSqlQuery>

#include <malloc.h>

namespace {

constexpr auto kAdminKey = "bench-memory-admin-key";

/// The heap in use, in KiB.
qint64 heapKiB()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
}

QString mib(qint64 kib)
{
    return QString::number(kib / 1024.0, 'f', 1);
}

/// What 7b2bafd kept per operation (see the top of this file).
constexpr double kBeforeKeptKiB = 60.1;

/// Runs \a operations adds and removals of \a users in group \a groupId, in turn, on a workspace
/// whose undo stack keeps \a undoLimit steps, printing the heap as it goes; then clears the
/// stack. False when an operation did not do all its changes. With \a comparable, the figure
/// before is printed beside this one.
bool run(Api::ApiClient &client, qint64 groupId, const QList<Models::UserRef> &users, int operations, int undoLimit,
    bool comparable)
{
    Models::Workspace workspace(&client, undoLimit);
    // One add and its removal first, so connections, caches and the store's copy of the group
    // are in place before the first figure.
    workspace.addMembers(groupId, users);
    workspace.removeMembers(groupId, users);
    if (!settle(workspace))
        return false;
    workspace.undoStack()->clear();
    settle(workspace);
    const qint64 heapStart = heapKiB();
    out(QStringLiteral("  %1 operations: heap %2 MiB, resident %3 MiB")
            .arg(0, 3)
            .arg(mib(heapStart), mib(residentKiB())));

    QElapsedTimer timer;
    timer.start();
    const int step = std::max(1, operations / 4);
    for (int i = 1; i <= operations; ++i) {
        QPointer<Models::ChangeOperation> operation
            = i % 2 ? workspace.addMembers(groupId, users) : workspace.removeMembers(groupId, users);
        if (!settle(workspace))
            return false;
        if (operation && operation->count(Api::BulkOutcome::Done) != users.size()) {
            out(QStringLiteral("  operation %1: only %2").arg(i).arg(operation->summary()));
            return false;
        }
        if (i % step == 0 || i == operations)
            out(QStringLiteral("  %1 operations: heap %2 MiB, resident %3 MiB, %4 undo steps")
                    .arg(i, 3)
                    .arg(mib(heapKiB()), mib(residentKiB()))
                    .arg(workspace.undoStack()->count()));
    }
    const qint64 heapEnd = heapKiB();
    out(QStringLiteral("  %1 operations in %2 s; kept per operation: %3 KiB of heap%4")
            .arg(operations)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(double(heapEnd - heapStart) / operations, 0, 'f', 1)
            .arg(comparable ? QStringLiteral(" (before: %1)").arg(kBeforeKeptKiB, 0, 'f', 1) : QString()));
    // Nothing left to undo: what the operations kept can go.
    workspace.undoStack()->clear();
    settle(workspace);
    out(QStringLiteral("  undo stack cleared: heap %1 MiB, resident %2 MiB").arg(mib(heapKiB()), mib(residentKiB())));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Memory after many undoable membership operations."));
    parser.addHelpOption();
    const QCommandLineOption operationsOption(QStringLiteral("operations"),
        QStringLiteral("Operations, adds and removes in turn (200)."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Changes per operation (100)."),
        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("A smoke run: 20 operations of 20."));
    parser.addOptions({operationsOption, changesOption, quickOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int operations = quick ? 20 : parser.value(operationsOption).toInt();
    const int changes = quick ? 20 : parser.value(changesOption).toInt();

    out(machineLine());
    QTemporaryDir dir;
    SandboxServerThread sandbox;
    if (!startBenchSandbox(sandbox, dir, QStringLiteral("large"), QString::fromLatin1(kAdminKey)))
        return 1;

    // A group of a few hundred members (its member set is what the bulk queue reads before the
    // first change), and users who are not in it.
    qint64 groupId = 0;
    int groupSize = 0;
    QList<Models::UserRef> users;
    sandbox.runOnServer([&](SandboxServer &server) {
        QSqlQuery query(server.database().connection());
        query.exec(QStringLiteral("SELECT id, total_member_count FROM groups WHERE organization_id = 1 "
                                  "AND total_member_count BETWEEN 200 AND 400 ORDER BY id LIMIT 1"));
        if (query.next()) {
            groupId = query.value(0).toLongLong();
            groupSize = query.value(1).toInt();
        }
        query.exec(QStringLiteral("SELECT id, name FROM users WHERE organization_id = 1 AND id NOT IN "
                                  "(SELECT user_id FROM memberships WHERE group_id = %1) ORDER BY id LIMIT %2")
                       .arg(groupId)
                       .arg(changes));
        while (query.next())
            users.append({query.value(0).toLongLong(), query.value(1).toString(), {}, {}});
    });
    if (!groupId || users.size() != changes) {
        out(QStringLiteral("no group of 200 to 400 members, or too few users to add"));
        return 1;
    }
    out(QStringLiteral("group %1 (%2 members); %3 operations of %4 changes each")
            .arg(groupId)
            .arg(groupSize)
            .arg(operations)
            .arg(changes));

    Api::ApiClient client(benchSettings(sandbox, kAdminKey));

    // The figure before is for the full run only.
    const bool comparable = operations == 200 && changes == 100;
    if (comparable)
        out(QStringLiteral("before (7b2bafd): %1 KiB of heap kept per operation, nothing freed by clearing the "
                           "undo stack")
                .arg(kBeforeKeptKiB, 0, 'f', 1));
    out(QStringLiteral("undo limit %1 (the default):").arg(Models::Workspace::kDefaultUndoLimit));
    if (!run(client, groupId, users, operations, Models::Workspace::kDefaultUndoLimit, comparable))
        return 1;
    // With fewer steps kept than operations run, the oldest go as new ones come: flat.
    const int limit = std::max(1, operations / 4);
    out(QStringLiteral("undo limit %1:").arg(limit));
    if (!run(client, groupId, users, operations, limit, comparable))
        return 1;
    return 0;
}
