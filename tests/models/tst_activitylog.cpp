// The activity log over the sandbox's demo seed: membership runs, failures with the server's
// words, group edits and undo runs are recorded with the right counts and outcome; each entry
// keeps whom it touched (user or group, id, name, username or slug, the level before and after
// a share, each one's outcome and the server's reason) and who made it; the file reads back
// after a restart, a file of the previous version is migrated in place, it keeps two
// connections apart, holds no key, and is versioned; its model pages in newest first, inserts
// arriving entries without a reset, and its filter finds an entry by a person it touched; the
// CSV has one row per person or group touched.

#include "modeltestfixture.h"
#include "sqlitepeek.h"

#include "models/activityitemmodel.h"
#include "models/activitylog.h"
#include "models/activitylogmodel.h"
#include "models/csv.h"
#include "models/groupedit.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRegularExpression>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTemporaryDir>
#include <QtGui/QUndoStack>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>

#include <ctime>

using namespace Qt::StringLiterals;
using Models::ActivityEntry;
using Models::ActivityFilter;
using Models::ActivityItem;
using Models::ActivityLog;
using Models::ActivityLogModel;
using Models::SharePrincipal;
using Models::UserRef;

namespace {

constexpr qint64 kBoston = 23; // "Boston Office" in the demo seed
constexpr qint64 kNobody = 987'654'321; // no user has this id
const QString kKey = u"127.0.0.1-1"_s;
/// Who the tests' runs are made by (the log takes what the session says).
const Models::ActivityActor kActor{1, u"admin"_s};

/// The schema and the insert of the activity log as version 1 (the app before items and
/// actors) wrote them, word for word: the fixture of the migration test.
const QStringList kVersion1Schema = {
    u"PRAGMA journal_mode = WAL"_s,
    u"CREATE TABLE IF NOT EXISTS entries ("
    u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" finished_at INTEGER NOT NULL,"
    u" updated_at INTEGER NOT NULL,"
    u" runs INTEGER NOT NULL DEFAULT 1,"
    u" source TEXT NOT NULL,"
    u" text TEXT NOT NULL,"
    u" groups TEXT NOT NULL,"
    u" items INTEGER NOT NULL,"
    u" done INTEGER NOT NULL,"
    u" already_so INTEGER NOT NULL,"
    u" failed INTEGER NOT NULL,"
    u" cancelled INTEGER NOT NULL,"
    u" outcome TEXT NOT NULL,"
    u" message TEXT NOT NULL,"
    u" detail TEXT NOT NULL,"
    u" search TEXT NOT NULL)"_s,
    u"CREATE INDEX IF NOT EXISTS entries_outcome ON entries (outcome, id)"_s,
    u"PRAGMA user_version = 1"_s,
};
const QString kVersion1Insert
    = u"INSERT INTO entries (finished_at, updated_at, runs, source, text, groups, items, done, "
      u"already_so, failed, cancelled, outcome, message, detail, search) VALUES (:finished, :updated, "
      u":runs, :source, :text, :groups, :items, :done, :already, :failed, :cancelled, :outcome, "
      u":message, :detail, :search)"_s;

ActivityEntry madeUp(int n, ActivityEntry::Outcome outcome = ActivityEntry::Outcome::Done)
{
    ActivityEntry entry;
    entry.text = u"Add %1 users to Group %1"_s.arg(n);
    entry.groups = {{1000 + n, u"Group %1"_s.arg(n)}};
    entry.items = n;
    entry.done = outcome == ActivityEntry::Outcome::Done ? n : 0;
    entry.failed = n - entry.done;
    entry.outcome = outcome;
    if (entry.failed > 0)
        entry.message = u"User not found"_s;
    return entry;
}

} // namespace

class TestActivityLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void connectionKeysKeepPlacesApart();
    void aMembershipChangeIsLogged();
    void aFailedChangeKeepsTheServersReason();
    void aRetryUpdatesItsEntry();
    void aGroupEditAndItsUndoAreLogged();
    void aRestartReadsTheEntriesBack();
    void twoConnectionsDoNotSeeEachOther();
    void theFileHoldsNoKey();
    void theSchemaIsVersioned();
    void theModelPagesNewestFirstAndInsertsArrivals();
    void theModelFiltersInTheFile();

    void aMembershipRunKeepsWhomItTouchedAndWho();
    void aShareRunKeepsTheLevelsBeforeAndAfter();
    void aPartlyFailedRunKeepsEachReason();
    void itemsAndActorSurviveARestart();
    void anOldFileIsMigratedInPlace();
    void theFilterFindsAnEntryByAPersonItTouched();
    void theCsvHasOneRowPerItem();
    void timesCarryTheirOffset();
    void theItemModelSortsByEachColumn();

private:
    /// \a count users of the organization, members of \a groupId or not, named as the server
    /// names them (name, username, e-mail), as the Users dock hands them to a drop.
    QList<UserRef> namedUsers(qint64 groupId, int count, bool members)
    {
        const QString sql = u"SELECT id || char(9) || name || char(9) || username || char(9) || email FROM users "
                            u"WHERE organization_id = 1 AND active = 1 AND id %1 IN (SELECT user_id FROM memberships "
                            u"WHERE group_id = %2) ORDER BY id LIMIT %3"_s.arg(members ? u""_s : u"NOT"_s)
                                .arg(groupId)
                                .arg(count);
        QList<UserRef> users;
        for (const QVariant &row : m_fixture->column(sql)) {
            const QStringList fields = row.toString().split(u'\t');
            users.append({fields.value(0).toLongLong(), fields.value(1), fields.value(2), fields.value(3)});
        }
        return users;
    }
    /// The first entry's items once every username and slug looked up came in.
    static bool awaitHandles(const ActivityLog &log, qint64 entryId)
    {
        return QTest::qWaitFor(
            [&] {
                const QList<ActivityItem> items = log.items(entryId);
                return !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [](const ActivityItem &i) {
                    return !i.handle.isEmpty();
                });
            },
            kModelWaitMs);
    }
    /// Users that are not members of \a groupId, \a count of them.
    /// A new log on the test's folder, watching the fixture's workspace.
    std::unique_ptr<ActivityLog> openLog(const QString &key = kKey)
    {
        auto log = std::make_unique<ActivityLog>(m_folder->path(), key);
        log->setActor(kActor);
        log->watch(m_fixture->workspace.get());
        return log;
    }
    /// Waits until \a log holds \a count entries.
    static bool awaitEntries(const ActivityLog &log, int count)
    {
        return QTest::qWaitFor([&] { return log.count() >= count; }, kModelWaitMs) && log.count() == count;
    }
    QString groupName(qint64 id) { return m_fixture->column(u"SELECT name FROM groups WHERE id = %1"_s.arg(id)).value(0).toString(); }

    std::unique_ptr<ModelFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestActivityLog::init()
{
    m_fixture = std::make_unique<ModelFixture>();
    QVERIFY(m_fixture->startModels());
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    // The store knows the group's name, as it does once the list showed it.
    QCOMPARE(m_fixture->fetchGroup(kBoston).name, u"Boston Office"_s);
}

void TestActivityLog::cleanup()
{
    m_fixture.reset();
    m_folder.reset();
}

void TestActivityLog::connectionKeysKeepPlacesApart()
{
    const QUrl api(u"https://api.civisanalytics.com/"_s);
    QCOMPARE(ActivityLog::connectionKey(api, 4711), u"api.civisanalytics.com-4711"_s);
    QVERIFY(ActivityLog::connectionKey(api, 4711) != ActivityLog::connectionKey(api, 4712));
    QCOMPARE(ActivityLog::connectionKey(QUrl(u"http://127.0.0.1:8123"_s), 1), u"127.0.0.1_8123-1"_s);
    QVERIFY(ActivityLog::connectionKey(QUrl(u"http://127.0.0.1:8123"_s), 1)
        != ActivityLog::connectionKey(QUrl(u"http://127.0.0.1:8124"_s), 1));
    // The sandbox by its database: a new port each start is the same log, another file is not.
    const QString demo = m_folder->filePath(u"sandbox.sqlite"_s);
    const QString large = m_folder->filePath(u"sandbox-large.sqlite"_s);
    const QString a = ActivityLog::connectionKey(QUrl(u"http://127.0.0.1:8123"_s), 1, demo);
    QVERIFY2(a.startsWith(u"sandbox-"_s) && a.endsWith(u"-1"_s), qPrintable(a));
    QCOMPARE(ActivityLog::connectionKey(QUrl(u"http://127.0.0.1:9999"_s), 1, demo), a);
    QVERIFY(ActivityLog::connectionKey(QUrl(u"http://127.0.0.1:8123"_s), 1, large) != a);
    // Nothing a file name could trip on.
    const QString odd = ActivityLog::connectionKey(QUrl(u"http://[::1]:80/"_s), 3);
    for (const QChar c : odd)
        QVERIFY2(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_', qPrintable(odd));
}

void TestActivityLog::aMembershipChangeIsLogged()
{
    const auto log = openLog();
    ActivityLogModel model(log.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Three new members and two who already are.
    const QList<UserRef> users = m_fixture->nonMemberRefs(kBoston, 3) + m_fixture->memberRefs(kBoston, 2);
    QCOMPARE(users.size(), 5);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    Models::ChangeOperation *add = m_fixture->workspace->addMembers(kBoston, users);
    QVERIFY(add);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 1));

    const ActivityEntry entry = log->entries().constFirst();
    QCOMPARE(entry.text, add->text());
    QCOMPARE(entry.text, u"Add 5 users to Boston Office"_s);
    QCOMPARE(entry.groups, (QList<Models::ActivityGroup>{{kBoston, groupName(kBoston)}}));
    QCOMPARE(entry.items, 5);
    QCOMPARE(entry.done, 3);
    QCOMPARE(entry.alreadySo, 2);
    QCOMPARE(entry.failed, 0);
    QCOMPARE(entry.cancelled, 0);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Done);
    QVERIFY(entry.message.isEmpty());
    QVERIFY(entry.time >= before && entry.time <= QDateTime::currentDateTimeUtc());
    QCOMPARE(entry.itemsText(), u"3 of 5 done, 2 already so"_s);

    // The model had it arrive as a row on top, not by a reset.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(0, ActivityLogModel::ChangeColumn).data().toString(), u"Add 5 users to Boston Office"_s);
    QCOMPARE(model.index(0, ActivityLogModel::GroupColumn).data().toString(), u"Boston Office (23)"_s);
    QCOMPARE(model.index(0, ActivityLogModel::OutcomeColumn).data().toString(), u"Done"_s);
    QCOMPARE(model.index(0, ActivityLogModel::ItemsColumn).data(Models::RawValueRole).toInt(), 5);
    QCOMPARE(model.index(0, ActivityLogModel::TimeColumn).data(Models::RawValueRole).toDateTime(), entry.time);
    QVERIFY(model.index(0, ActivityLogModel::TimeColumn).data(Qt::ToolTipRole).toString().contains(u"Boston Office"_s));
}

void TestActivityLog::aFailedChangeKeepsTheServersReason()
{
    const auto log = openLog();
    // A user id no one has, beside a real one: partly done, and the server's own words.
    constexpr qint64 kNobody = 987'654'321;
    const QList<UserRef> users = m_fixture->nonMemberRefs(kBoston, 1) + QList<UserRef>{{kNobody, u"Nobody"_s, {}, {}}};
    m_fixture->workspace->addMembers(kBoston, users);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 1));
    const HttpResult server = m_fixture->admin.put(u"/groups/%1/members/%2"_s.arg(kBoston).arg(kNobody));
    QVERIFY2(server.status >= 400, server.body.constData());
    const QString said = server.errorDescription();
    QVERIFY(!said.isEmpty());

    ActivityEntry entry = log->entries().constFirst();
    QCOMPARE(entry.items, 2);
    QCOMPARE(entry.done, 1);
    QCOMPARE(entry.failed, 1);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::PartlyDone);
    // The server's words, the group named as the person knows it (they say "group 23").
    QCOMPARE(entry.message, QString(said).replace(u"group %1"_s.arg(kBoston), u"Boston Office"_s));

    // Every request refused: failed, with the reason once however many said it.
    m_fixture->failRequests(1.0);
    m_fixture->workspace->addMembers(kBoston, m_fixture->nonMemberRefs(kBoston, 4));
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 2));
    entry = log->entries().constFirst();
    QCOMPARE(entry.items, 4);
    QCOMPARE(entry.failed, 4);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Failed);
    QVERIFY(!entry.message.isEmpty());
    QVERIFY2(!entry.message.contains(u'\n'), qPrintable(entry.message));

    // The "failed or partly" filter finds both, "done" neither.
    QCOMPARE(log->count({{}, ActivityFilter::Outcomes::NotDone}), 2);
    QCOMPARE(log->count({{}, ActivityFilter::Outcomes::Done}), 0);
}

void TestActivityLog::aRetryUpdatesItsEntry()
{
    const auto log = openLog();
    QSignalSpy changed(log.get(), &ActivityLog::entryChanged);
    m_fixture->failRequests(1.0);
    const QList<UserRef> users = m_fixture->nonMemberRefs(kBoston, 3);
    Models::ChangeOperation *add = m_fixture->workspace->addMembers(kBoston, users);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 1));
    const ActivityEntry first = log->entries().constFirst();
    QCOMPARE(first.outcome, ActivityEntry::Outcome::Failed);
    QCOMPARE(first.runs, 1);

    m_fixture->setFaults({});
    m_fixture->client->setRetryPolicy(quickRetries());
    add->retryFailed();
    // (The usernames looked up after the first run may change it too: the retry is what counts.)
    QTRY_VERIFY_WITH_TIMEOUT(
        !changed.isEmpty() && changed.constLast().at(0).value<ActivityEntry>().runs == 2, kModelWaitMs);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    // Still one entry: what the change came to, since first made; the retry counted.
    QCOMPARE(log->count(), 1);
    const ActivityEntry now = log->entries().constFirst();
    QCOMPARE(now.id, first.id);
    QCOMPARE(now.time, first.time);
    QVERIFY(now.updated >= first.updated);
    QCOMPARE(now.runs, 2);
    QCOMPARE(now.done, 3);
    QCOMPARE(now.failed, 0);
    QCOMPARE(now.outcome, ActivityEntry::Outcome::Done);
    QVERIFY(now.message.isEmpty());
    QCOMPARE(m_fixture->memberIds(kBoston).size() >= 3, true);
}

void TestActivityLog::aGroupEditAndItsUndoAreLogged()
{
    const auto log = openLog();
    const Api::Group before = m_fixture->fetchGroup(kBoston);
    Api::GroupPatch patch;
    patch.description = u"Edited for the activity log"_s;
    Models::GroupEdit *edit = Models::GroupEdit::edit(m_fixture->workspace.get(), before, patch);
    edit->start();
    QVERIFY(awaitEntries(*log, 1));
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"description"_s).toString(), u"Edited for the activity log"_s);
    ActivityEntry entry = log->entries().constFirst();
    QCOMPARE(entry.source, ActivityEntry::Source::GroupEdit);
    QCOMPARE(entry.text, u"Edit Boston Office"_s);
    QCOMPARE(entry.groups, (QList<Models::ActivityGroup>{{kBoston, u"Boston Office"_s}}));
    QCOMPARE(entry.items, 1);
    QCOMPARE(entry.done, 1);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Done);
    QVERIFY2(entry.detail.contains(u"Description"_s), qPrintable(entry.detail));

    // Its undo, and a membership undo, each an entry of its own.
    m_fixture->workspace->undoStack()->undo();
    QVERIFY(awaitEntries(*log, 2));
    QCOMPARE(m_fixture->storedGroupValue(kBoston, u"description"_s).toString(), before.description.value_or(QString()));
    entry = log->entries().constFirst();
    QCOMPARE(entry.text, u"Undo Edit Boston Office"_s);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Done);

    // A refused edit: failed, with the server's reason.
    Api::GroupPatch bad;
    bad.slug = u"not a slug!"_s;
    Models::GroupEdit::edit(m_fixture->workspace.get(), m_fixture->fetchGroup(kBoston), bad)->start();
    QVERIFY(awaitEntries(*log, 3));
    entry = log->entries().constFirst();
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Failed);
    QCOMPARE(entry.failed, 1);
    QVERIFY2(entry.message.contains(u"slug"_s, Qt::CaseInsensitive), qPrintable(entry.message));
}

void TestActivityLog::aRestartReadsTheEntriesBack()
{
    QList<ActivityEntry> written;
    QString path;
    {
        const auto log = openLog();
        path = log->filePath();
        m_fixture->workspace->addMembers(kBoston, m_fixture->nonMemberRefs(kBoston, 2));
        QVERIFY(awaitChanges(*m_fixture->workspace));
        m_fixture->workspace->removeMembers(kBoston, m_fixture->memberRefs(kBoston, 1));
        QVERIFY(awaitChanges(*m_fixture->workspace));
        QVERIFY(awaitEntries(*log, 2));
        written = log->entries();
    }
    // A new log on the same folder and connection, as the next start of the app makes it.
    ActivityLog again(m_folder->path(), kKey);
    QVERIFY(again.isOpen());
    QCOMPARE(again.filePath(), path);
    const QList<ActivityEntry> read = again.entries();
    QCOMPARE(read.size(), 2);
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).id, written.at(i).id);
        QCOMPARE(read.at(i).time, written.at(i).time);
        QCOMPARE(read.at(i).text, written.at(i).text);
        QCOMPARE(read.at(i).groups, written.at(i).groups);
        QCOMPARE(read.at(i).items, written.at(i).items);
        QCOMPARE(read.at(i).done, written.at(i).done);
        QCOMPARE(read.at(i).outcome, written.at(i).outcome);
        QCOMPARE(read.at(i).message, written.at(i).message);
    }
    QVERIFY(read.at(0).text.startsWith(u"Remove"_s));
    QVERIFY(read.at(1).text.startsWith(u"Add"_s));
}

void TestActivityLog::twoConnectionsDoNotSeeEachOther()
{
    const auto mine = openLog();
    ActivityLog theirs(m_folder->path(), u"api.civisanalytics.com-4711"_s);
    QVERIFY(theirs.isOpen());
    QVERIFY(mine->filePath() != theirs.filePath());
    m_fixture->workspace->addMembers(kBoston, m_fixture->nonMemberRefs(kBoston, 1));
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*mine, 1));
    QCOMPARE(theirs.count(), 0);
    theirs.record(madeUp(7));
    QCOMPARE(theirs.count(), 1);
    QCOMPARE(mine->count(), 1);
    QVERIFY(mine->entries().constFirst().text.endsWith(u"to Boston Office"_s));
    QCOMPARE(theirs.entries().constFirst().text, madeUp(7).text);
}

void TestActivityLog::theFileHoldsNoKey()
{
    QString path;
    {
        const auto log = openLog();
        path = log->filePath();
        m_fixture->workspace->addMembers(kBoston, m_fixture->nonMemberRefs(kBoston, 2));
        m_fixture->failRequests(1.0);
        m_fixture->workspace->addMembers(kBoston, m_fixture->nonMemberRefs(kBoston, 3));
        QVERIFY(awaitChanges(*m_fixture->workspace));
        QVERIFY(awaitEntries(*log, 2));
        // Read while open too: the write-ahead log holds the newest pages then.
        for (const QString &file : QStringList{path, path + u"-wal"_s}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(SandboxFixture::kAdminKey), qPrintable(file));
        }
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Boston Office"));
    QVERIFY(!bytes.contains(SandboxFixture::kAdminKey));
    QVERIFY(!bytes.contains("Bearer"));
    // Only its owner may read it.
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestActivityLog::theSchemaIsVersioned()
{
    QString path;
    {
        const auto log = openLog();
        path = log->filePath();
        QVERIFY(log->isOpen());
    }
    QCOMPARE(fileValue(path, u"PRAGMA user_version"_s).toInt(), ActivityLog::kSchemaVersion);
    QCOMPARE(fileValue(path, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    // A file of a newer version is left alone, and says why.
    fileValue(path, u"PRAGMA user_version = 99"_s);
    ActivityLog newer(m_folder->path(), kKey);
    QVERIFY(!newer.isOpen());
    QVERIFY2(newer.errorString().contains(u"newer"_s), qPrintable(newer.errorString()));
    QCOMPARE(newer.record(madeUp(1)), 0);
    QCOMPARE(fileValue(path, u"SELECT count(*) FROM entries"_s).toInt(), 0);
}

void TestActivityLog::theModelPagesNewestFirstAndInsertsArrivals()
{
    ActivityLog log(m_folder->path(), kKey);
    constexpr int kEntries = 5000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= kEntries; ++i)
        QVERIFY(log.record(madeUp(i, i % 10 == 0 ? ActivityEntry::Outcome::Failed : ActivityEntry::Outcome::Done)) > 0);
    qInfo("recorded %d entries in %lld ms", kEntries, qint64(timer.elapsed()));

    {
        // As a view gets it, without the tester's checks of every row after each page.
        ActivityLogModel plain(&log);
        qint64 slowest = 0;
        while (plain.canFetchMore({})) {
            timer.restart();
            plain.fetchMore({});
            slowest = std::max(slowest, qint64(timer.elapsed()));
        }
        QCOMPARE(plain.rowCount(), kEntries);
        qInfo("a view pages in %d entries, %d a page, the slowest page in %lld ms", kEntries,
            ActivityLogModel::kPageSize, slowest);
        timer.restart();
        const QList<ActivityEntry> all = log.entries();
        qInfo("read %d entries in %lld ms", int(all.size()), qint64(timer.elapsed()));
        timer.restart();
        const QByteArray csv = log.csv();
        qInfo("the CSV of %d entries (%lld bytes) in %lld ms", kEntries, qint64(csv.size()), qint64(timer.elapsed()));
    }
    {
        // A run of thousands of people is one entry with an item each, written in the GUI
        // thread; the filter then looks for one of them among every entry's items.
        ActivityLog big(m_folder->path(), u"big"_s);
        constexpr int kItems = 10'000;
        ActivityEntry run = madeUp(kItems);
        for (int i = 0; i < kItems; ++i) {
            ActivityItem item;
            item.id = 100'000 + i;
            item.name = u"Person %1"_s.arg(i);
            item.handle = u"person.%1"_s.arg(i);
            run.itemList.append(item);
        }
        for (int i = 1; i <= 200; ++i)
            big.record(madeUp(i));
        timer.restart();
        const qint64 id = big.record(run);
        qInfo("recorded an entry of %d items in %lld ms", kItems, qint64(timer.elapsed()));
        QVERIFY(id > 0);
        timer.restart();
        const QList<ActivityItem> read = big.items(id);
        qInfo("read its %d items in %lld ms", kItems, qint64(timer.elapsed()));
        // Written many to a statement: every one back, in its place, around the slices' edges too.
        QCOMPARE(read.size(), kItems);
        QCOMPARE(read, run.itemList);
        for (const int items : {1, 127, 128, 129, 300}) {
            ActivityEntry some = madeUp(items);
            some.itemList = run.itemList.mid(items, items);
            const qint64 someId = big.record(some);
            QVERIFY(someId > 0);
            QCOMPARE(big.items(someId), some.itemList);
        }
        timer.restart();
        QCOMPARE(big.count({u"person.9876"_s, ActivityFilter::Outcomes::All}), 1);
        qInfo("counted the entries of one username among %d items in %lld ms", kItems, qint64(timer.elapsed()));
        timer.restart();
        QCOMPARE(Models::Csv::parse(big.csv()).size(), 1 + kItems + 200 + 1 + 127 + 128 + 129 + 300);
        qInfo("the CSV of %d rows in %lld ms", kItems + 200, qint64(timer.elapsed()));
    }

    ActivityLogModel model(&log);
    QCOMPARE(model.totalCount(), kEntries);
    QVERIFY(model.canFetchMore({}));
    // Nothing read before a view asks: a page at a time (the tester asks for one).
    QCOMPARE(model.rowCount(), 0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() < kEntries);
    qint64 slowest = 0;
    while (model.canFetchMore({})) {
        timer.restart();
        model.fetchMore({});
        slowest = std::max(slowest, qint64(timer.elapsed()));
        QVERIFY(model.rowCount() <= kEntries);
    }
    QCOMPARE(model.rowCount(), kEntries);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).items, kEntries - row);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    log.record(madeUp(9999));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.entry(0).items, 9999);
    QCOMPARE(model.totalCount(), kEntries + 1);
}

void TestActivityLog::theModelFiltersInTheFile()
{
    ActivityLog log(m_folder->path(), kKey);
    for (int i = 1; i <= 450; ++i)
        log.record(madeUp(i, i % 3 == 0 ? ActivityEntry::Outcome::Failed : ActivityEntry::Outcome::Done));
    ActivityLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would fetch a page from inside its own modelReset handler, before it marks the
    // reset over, and then take those rows for an insert during the reset; views fetch later.
    tester.setUseFetchMore(false);

    model.setFilter({{}, ActivityFilter::Outcomes::NotDone});
    QCOMPARE(model.totalCount(), 150);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 150);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).outcome, ActivityEntry::Outcome::Failed);

    // Text, case-insensitively, in the change, the group's name or id, and the message.
    model.setFilter({u"group 44"_s, ActivityFilter::Outcomes::All});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1 + 10); // Group 44, Group 440 ... 449
    model.setFilter({u"1400"_s, ActivityFilter::Outcomes::All}); // the group id of entry 400
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).items, 400);
    model.setFilter({u"USER NOT FOUND"_s, ActivityFilter::Outcomes::Done});
    QCOMPARE(model.totalCount(), 0);

    // An arrival that does not match stays out; one that does comes in on top.
    model.setFilter({u"zebra"_s, ActivityFilter::Outcomes::All});
    QCOMPARE(model.rowCount(), 0);
    log.record(madeUp(5));
    QCOMPARE(model.rowCount(), 0);
    ActivityEntry zebra = madeUp(6);
    zebra.text = u"Add 6 users to Zebra"_s;
    log.record(zebra);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalCount(), 1);
}

void TestActivityLog::aMembershipRunKeepsWhomItTouchedAndWho()
{
    const auto log = openLog();
    const QList<UserRef> joining = namedUsers(kBoston, 3, false);
    const QList<UserRef> already = namedUsers(kBoston, 1, true);
    QCOMPARE(joining.size(), 3);
    QCOMPARE(already.size(), 1);
    QSignalSpy added(log.get(), &ActivityLog::entryAdded);
    m_fixture->workspace->addMembers(kBoston, joining + already);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 1));

    const ActivityEntry entry = log->entries().constFirst();
    QCOMPARE(entry.actor, kActor);
    // What the page of entries reads has no items; the entry's own read has them all.
    QVERIFY(entry.itemList.isEmpty());
    const QList<ActivityItem> items = log->items(entry.id);
    QCOMPARE(items.size(), 4);
    for (int i = 0; i < items.size(); ++i) {
        const UserRef &user = (joining + already).at(i);
        const ActivityItem &item = items.at(i);
        QCOMPARE(item.kind, ActivityItem::Kind::User);
        QCOMPARE(item.action, ActivityItem::Action::AddMember);
        QCOMPARE(item.id, user.id);
        QCOMPARE(item.name, user.name);
        QCOMPARE(item.handle, user.username);
        QCOMPARE(item.groupId, kBoston);
        QCOMPARE(item.groupName, u"Boston Office"_s);
        QCOMPARE(item.outcome, i < 3 ? ActivityItem::Outcome::Done : ActivityItem::Outcome::AlreadySo);
        QVERIFY(item.reason.isEmpty());
        QVERIFY(!item.before && !item.after);
        QCOMPARE(item.changeText(), u"Add to Boston Office"_s);
    }
    // The server holds what the items say.
    const QList<qint64> members = m_fixture->memberIds(kBoston);
    for (const UserRef &user : joining)
        QVERIFY(members.contains(user.id));
    // The entry given to the views carries its items too (a filter matches them).
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).value<ActivityEntry>().itemList, items);

    // The undo is an entry of its own: the same people, removed.
    m_fixture->workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 2));
    const ActivityEntry undo = log->entries().constFirst();
    const QList<ActivityItem> undone = log->items(undo.id);
    QCOMPARE(undone.size(), 3); // the one who already was a member stays
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(undone.at(i).action, ActivityItem::Action::RemoveMember);
        QCOMPARE(undone.at(i).handle, joining.at(i).username);
        QCOMPARE(undone.at(i).outcome, ActivityItem::Outcome::Done);
    }
}

void TestActivityLog::aShareRunKeepsTheLevelsBeforeAndAfter()
{
    const auto log = openLog();
    // Two people: one who manages Boston, one who holds nothing there; and a group.
    const QList<UserRef> people = namedUsers(kBoston, 2, false);
    QCOMPARE(people.size(), 2);
    m_fixture->column(u"DELETE FROM user_shares WHERE group_id = %1 AND user_id IN (%2, %3)"_s.arg(kBoston)
                          .arg(people.at(0).id)
                          .arg(people.at(1).id));
    m_fixture->column(
        u"INSERT INTO user_shares (group_id, user_id, level) VALUES (%1, %2, 3)"_s.arg(kBoston).arg(people.at(0).id));
    const qint64 finance = m_fixture->column(u"SELECT id FROM groups WHERE name = 'Finance'"_s).value(0).toLongLong();
    QVERIFY(finance > 0);
    m_fixture->column(
        u"DELETE FROM group_shares WHERE group_id = %1 AND grantee_group_id = %2"_s.arg(kBoston).arg(finance));
    const QString financeSlug
        = m_fixture->column(u"SELECT slug FROM groups WHERE id = %1"_s.arg(finance)).value(0).toString();
    QVERIFY(!financeSlug.isEmpty());

    // As the Sharing tab names them: by name only (a share index has no usernames).
    const QList<SharePrincipal> principals = {{SharePrincipal::Kind::User, people.at(0).id, people.at(0).name},
        {SharePrincipal::Kind::User, people.at(1).id, people.at(1).name},
        {SharePrincipal::Kind::Group, finance, u"Finance"_s}};
    m_fixture->workspace->share({kBoston}, principals, Api::PermissionLevel::Read);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 1));
    const ActivityEntry entry = log->entries().constFirst();
    QCOMPARE(entry.actor, kActor);
    // The usernames and the slug, looked up from the server after the run.
    QVERIFY(awaitHandles(*log, entry.id));
    const QList<ActivityItem> items = log->items(entry.id);
    QCOMPARE(items.size(), 3);
    for (const ActivityItem &item : items) {
        QCOMPARE(item.action, ActivityItem::Action::Share);
        QCOMPARE(item.groupId, kBoston);
        QCOMPARE(item.after, std::optional(Api::PermissionLevel::Read));
        QCOMPARE(item.outcome, ActivityItem::Outcome::Done);
    }
    // Manage before: lowered to Read, and the log says so.
    QCOMPARE(items.at(0).id, people.at(0).id);
    QCOMPARE(items.at(0).handle, people.at(0).username);
    QCOMPARE(items.at(0).before, std::optional(Api::PermissionLevel::Manage));
    QCOMPARE(items.at(0).changeText(), u"Manage \u2192 Read on Boston Office"_s);
    QCOMPARE(items.at(1).handle, people.at(1).username);
    QCOMPARE(items.at(1).before, std::nullopt);
    QCOMPARE(items.at(1).changeText(), u"Give Read on Boston Office"_s);
    QCOMPARE(items.at(2).kind, ActivityItem::Kind::Group);
    QCOMPARE(items.at(2).id, finance);
    QCOMPARE(items.at(2).handle, financeSlug);
    // The server holds what the items say.
    QCOMPARE(m_fixture
                 ->column(u"SELECT level FROM user_shares WHERE group_id = %1 AND user_id = %2"_s.arg(kBoston).arg(
                     people.at(0).id))
                 .value(0)
                 .toInt(),
        1);

    // A revoke keeps what was held.
    m_fixture->workspace->revokeShares({kBoston}, {principals.at(1)}, {});
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 2));
    const ActivityEntry revoke = log->entries().constFirst();
    QVERIFY(awaitHandles(*log, revoke.id));
    const ActivityItem revoked = log->items(revoke.id).value(0);
    QCOMPARE(revoked.action, ActivityItem::Action::Revoke);
    QCOMPARE(revoked.before, std::optional(Api::PermissionLevel::Read));
    QCOMPARE(revoked.after, std::nullopt);
    QCOMPARE(revoked.handle, people.at(1).username);
}

void TestActivityLog::aPartlyFailedRunKeepsEachReason()
{
    const auto log = openLog();
    const QList<UserRef> real = namedUsers(kBoston, 2, false);
    const QList<UserRef> users = real + QList<UserRef>{{kNobody, u"Nobody"_s, u"nobody"_s, {}}};
    m_fixture->workspace->addMembers(kBoston, users);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 1));
    const ActivityEntry entry = log->entries().constFirst();
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::PartlyDone);
    QVERIFY(!entry.message.isEmpty());
    QList<ActivityItem> items = log->items(entry.id);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).outcome, ActivityItem::Outcome::Done);
    QVERIFY(items.at(0).reason.isEmpty());
    QCOMPARE(items.at(1).outcome, ActivityItem::Outcome::Done);
    QCOMPARE(items.at(2).id, kNobody);
    QCOMPARE(items.at(2).outcome, ActivityItem::Outcome::Failed);
    // The server's words, as the entry's message keeps them (aFailedChangeKeepsTheServersReason
    // pins those), for this item alone.
    QCOMPARE(items.at(2).reason, entry.message);
    QVERIFY2(items.at(2).reason.contains(QString::number(kNobody)), qPrintable(items.at(2).reason));

    // Failures the sandbox makes: each failed item has the server's reason.
    m_fixture->failRequests(1.0);
    const QList<UserRef> more = namedUsers(kBoston, 3, false);
    Models::ChangeOperation *add = m_fixture->workspace->addMembers(kBoston, more);
    QVERIFY(add);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 2));
    const ActivityEntry failed = log->entries().constFirst();
    QCOMPARE(failed.outcome, ActivityEntry::Outcome::Failed);
    items = log->items(failed.id);
    QCOMPARE(items.size(), 3);
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i).handle, more.at(i).username);
        QCOMPARE(items.at(i).outcome, ActivityItem::Outcome::Failed);
        QVERIFY2(!items.at(i).reason.isEmpty(), qPrintable(items.at(i).name));
        QVERIFY(failed.message.contains(items.at(i).reason));
    }
    // A retry that holds rewrites the items' outcomes: the entry says what the change came to.
    m_fixture->setFaults({});
    m_fixture->client->setRetryPolicy(quickRetries());
    QSignalSpy changed(log.get(), &ActivityLog::entryChanged);
    add->retryFailed();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kModelWaitMs);
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QCOMPARE(log->count(), 2);
    items = log->items(failed.id);
    QCOMPARE(items.size(), 3);
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i).outcome, ActivityItem::Outcome::Done);
        QVERIFY(items.at(i).reason.isEmpty());
        QCOMPARE(items.at(i).handle, more.at(i).username);
    }
    QCOMPARE(changed.at(0).at(0).value<ActivityEntry>().itemList, items);
}

void TestActivityLog::itemsAndActorSurviveARestart()
{
    qint64 addId = 0;
    QList<ActivityItem> written;
    const QList<UserRef> users = namedUsers(kBoston, 2, false);
    {
        const auto log = openLog();
        m_fixture->workspace->addMembers(kBoston, users);
        QVERIFY(awaitChanges(*m_fixture->workspace));
        QVERIFY(awaitEntries(*log, 1));
        addId = log->entries().constFirst().id;
        written = log->items(addId);
        QCOMPARE(written.size(), 2);
    }
    m_fixture->workspace.reset(); // the app closed: nothing of the session is left
    ActivityLog again(m_folder->path(), kKey);
    QVERIFY(again.isOpen());
    const ActivityEntry entry = again.entries().constFirst();
    QCOMPARE(entry.id, addId);
    QCOMPARE(entry.actor, kActor);
    QCOMPARE(entry.actorText(), u"admin (id 1)"_s);
    const QList<ActivityItem> read = again.items(addId);
    QCOMPARE(read, written);
    QCOMPARE(read.at(0).handle, users.at(0).username);
    QCOMPARE(read.at(1).name, users.at(1).name);
    // A new session signed in as someone else writes its entries as them; the old stay.
    again.setActor({42, u"deepa"_s});
    again.record(madeUp(3));
    QCOMPARE(again.entries().constFirst().actor, (Models::ActivityActor{42, u"deepa"_s}));
    QCOMPARE(again.entries().constLast().actor, kActor);
}

void TestActivityLog::anOldFileIsMigratedInPlace()
{
    // A file as version 1 wrote it, with its own SQL: two entries, one partly done.
    const QString path = QDir(m_folder->path()).filePath(kKey + u".sqlite"_s);
    const qint64 t1 = QDateTime(QDate(2024, 3, 6), QTime(9, 15), Qt::UTC).toMSecsSinceEpoch();
    const qint64 t2 = t1 + 3'600'000;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : kVersion1Schema)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        const auto insert = [&](qint64 time, const QString &text, int items, int done, int failed,
                                const QString &outcome, const QString &message) {
            query.prepare(kVersion1Insert);
            query.bindValue(u":finished"_s, time);
            query.bindValue(u":updated"_s, time);
            query.bindValue(u":runs"_s, 1);
            query.bindValue(u":source"_s, u"change"_s);
            query.bindValue(u":text"_s, text);
            query.bindValue(u":groups"_s, u"[{\"id\":31,\"name\":\"Legal\"}]"_s);
            query.bindValue(u":items"_s, items);
            query.bindValue(u":done"_s, done);
            query.bindValue(u":already"_s, 0);
            query.bindValue(u":failed"_s, failed);
            query.bindValue(u":cancelled"_s, 0);
            query.bindValue(u":outcome"_s, outcome);
            query.bindValue(u":message"_s, message.isNull() ? QString::fromLatin1("") : message);
            query.bindValue(u":detail"_s, QString::fromLatin1(""));
            query.bindValue(u":search"_s, QString(text + u"\n"_s + message + u"\nLegal\n31"_s).toCaseFolded());
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        };
        insert(t1, u"Add 3 users to Legal"_s, 3, 3, 0, u"done"_s, {});
        insert(t2, u"Remove 2 users from Legal"_s, 2, 1, 1, u"partly"_s, u"User not found"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"test-v1"_s);
    QCOMPARE(fileValue(path, u"PRAGMA user_version"_s).toInt(), 1);

    {
        // The new code opens it: migrated in place, nothing lost.
        ActivityLog log(m_folder->path(), kKey);
        QVERIFY2(log.isOpen(), qPrintable(log.errorString()));
        log.setActor(kActor);
        const QList<ActivityEntry> entries = log.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).text, u"Remove 2 users from Legal"_s);
        QCOMPARE(entries.at(0).time.toMSecsSinceEpoch(), t2);
        QCOMPARE(entries.at(0).items, 2);
        QCOMPARE(entries.at(0).done, 1);
        QCOMPARE(entries.at(0).failed, 1);
        QCOMPARE(entries.at(0).outcome, ActivityEntry::Outcome::PartlyDone);
        QCOMPARE(entries.at(0).message, u"User not found"_s);
        QCOMPARE(entries.at(0).groups, (QList<Models::ActivityGroup>{{31, u"Legal"_s}}));
        QCOMPARE(entries.at(1).text, u"Add 3 users to Legal"_s);
        QCOMPARE(entries.at(1).time.toMSecsSinceEpoch(), t1);
        QCOMPARE(entries.at(1).done, 3);
        for (const ActivityEntry &entry : entries) {
            QVERIFY(!entry.actor.isKnown());
            QVERIFY(entry.actorText().startsWith(u"unknown"_s));
            QVERIFY(log.items(entry.id).isEmpty());
        }
        // The filter still finds them; the CSV has a row for each, with what it has.
        QCOMPARE(log.count({u"legal"_s, ActivityFilter::Outcomes::All}), 2);
        QCOMPARE(log.count({u"not found"_s, ActivityFilter::Outcomes::All}), 1);
        const QList<QStringList> rows = Models::Csv::parse(log.csv());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(4), u"Remove 2 users from Legal"_s);
        QCOMPARE(rows.at(1).at(6), u"31"_s);
        QCOMPARE(rows.at(1).at(15), u"User not found"_s);
        QVERIFY(rows.at(1).at(2).isEmpty()); // no actor known

        // New entries go in beside them, with their items and actor.
        m_fixture->workspace->addMembers(kBoston, namedUsers(kBoston, 1, false));
        log.watch(m_fixture->workspace.get());
        QVERIFY(awaitChanges(*m_fixture->workspace));
        QVERIFY(awaitEntries(log, 3));
        QCOMPARE(log.entries().constFirst().actor, kActor);
        QCOMPARE(log.items(log.entries().constFirst().id).size(), 1);
    }
    QCOMPARE(fileValue(path, u"PRAGMA user_version"_s).toInt(), ActivityLog::kSchemaVersion);
    QCOMPARE(fileValue(path, u"SELECT count(*) FROM entries"_s).toInt(), 3);
    QCOMPARE(fileValue(path, u"SELECT count(*) FROM items"_s).toInt(), 1);
    // A second open finds it current: nothing migrated twice.
    ActivityLog again(m_folder->path(), kKey);
    QVERIFY(again.isOpen());
    QCOMPARE(again.count(), 3);
}

void TestActivityLog::theFilterFindsAnEntryByAPersonItTouched()
{
    const QList<UserRef> users = namedUsers(kBoston, 3, false);
    {
        const auto log = openLog();
        m_fixture->workspace->addMembers(kBoston, {users.at(0), users.at(1)});
        QVERIFY(awaitChanges(*m_fixture->workspace));
        m_fixture->workspace->addMembers(kBoston, {users.at(2)});
        QVERIFY(awaitChanges(*m_fixture->workspace));
        QVERIFY(awaitEntries(*log, 2));
        // Many entries besides, touching nobody.
        for (int i = 1; i <= 300; ++i)
            log->record(madeUp(i));
    }
    // After a restart: the filter runs in the file, over items not read into memory.
    ActivityLog log(m_folder->path(), kKey);
    ActivityLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    const auto shown = [&] {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts.append(model.entry(row).text);
        return texts;
    };
    // By username, case-insensitively.
    model.setFilter({users.at(1).username.toUpper(), ActivityFilter::Outcomes::All});
    QCOMPARE(shown(), QStringList{u"Add 2 users to Boston Office"_s});
    QCOMPARE(model.totalCount(), 1);
    // By the other entry's person's username.
    model.setFilter({users.at(2).username, ActivityFilter::Outcomes::All});
    QCOMPARE(shown(), QStringList{u"Add %1 to Boston Office"_s.arg(users.at(2).name)});
    // By name: each entry of that person (the name can be another person's too: the demo
    // seed has two of some names, and the filter finds both).
    model.setFilter({users.at(0).name, ActivityFilter::Outcomes::All});
    QVERIFY(shown().contains(u"Add 2 users to Boston Office"_s));
    // By id.
    model.setFilter({QString::number(users.at(0).id), ActivityFilter::Outcomes::All});
    QVERIFY(shown().contains(u"Add 2 users to Boston Office"_s));
    model.setFilter({u"no-such-username-anywhere"_s, ActivityFilter::Outcomes::All});
    QCOMPARE(model.totalCount(), 0);

    // An arrival is matched by its people in memory, as the file would match it.
    model.setFilter({u"zz-unique-handle"_s, ActivityFilter::Outcomes::All});
    ActivityEntry arriving = madeUp(9);
    ActivityItem item;
    item.id = 77;
    item.name = u"Zoe Zed"_s;
    item.handle = u"zz-unique-handle"_s;
    arriving.itemList = {item};
    log.record(arriving);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(log.count(model.filter()), 1);
}

void TestActivityLog::theCsvHasOneRowPerItem()
{
    const auto log = openLog();
    const QList<UserRef> joining = namedUsers(kBoston, 2, false);
    const QList<UserRef> already = namedUsers(kBoston, 1, true);
    m_fixture->workspace->addMembers(kBoston, joining + already + QList<UserRef>{{kNobody, u"Nobody, Jr."_s, {}, {}}});
    QVERIFY(awaitChanges(*m_fixture->workspace));
    QVERIFY(awaitEntries(*log, 1));
    const ActivityEntry entry = log->entries().constFirst();

    const QList<QStringList> rows = Models::Csv::parse(log->csv());
    QCOMPARE(rows.value(0), ActivityLog::csvHeader());
    QCOMPARE(rows.value(0),
        (QStringList{u"Entry"_s, u"Time"_s, u"Actor id"_s, u"Actor"_s, u"Change"_s, u"Action"_s, u"Group id"_s,
            u"Group"_s, u"Item kind"_s, u"Item id"_s, u"Name"_s, u"Username or slug"_s, u"Before"_s, u"After"_s,
            u"Outcome"_s, u"Reason"_s}));
    QCOMPARE(rows.size(), 1 + 4);
    const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s);
    const QList<UserRef> everyone = joining + already;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), 16);
        QCOMPARE(row.at(0), QString::number(entry.id));
        QVERIFY2(iso.match(row.at(1)).hasMatch(), qPrintable(row.at(1)));
        QCOMPARE(QDateTime::fromString(row.at(1), Qt::ISODate).toSecsSinceEpoch(), entry.time.toSecsSinceEpoch());
        QCOMPARE(row.at(2), QString::number(kActor.id));
        QCOMPARE(row.at(3), kActor.username);
        QCOMPARE(row.at(4), entry.text);
        QCOMPARE(row.at(5), u"add"_s);
        QCOMPARE(row.at(6), QString::number(kBoston));
        QCOMPARE(row.at(7), u"Boston Office"_s);
        QCOMPARE(row.at(8), u"user"_s);
        if (i <= everyone.size()) {
            const UserRef &user = everyone.at(i - 1);
            QCOMPARE(row.at(9), QString::number(user.id));
            QCOMPARE(row.at(10), user.name);
            QCOMPARE(row.at(11), user.username);
            QCOMPARE(row.at(14), i <= joining.size() ? u"done"_s : u"already"_s);
            QVERIFY(row.at(15).isEmpty());
        }
    }
    // The name with a comma survives the quoting; the failure has the server's reason.
    QCOMPARE(rows.at(4).at(9), QString::number(kNobody));
    QCOMPARE(rows.at(4).at(10), u"Nobody, Jr."_s);
    QCOMPARE(rows.at(4).at(14), u"failed"_s);
    QVERIFY(!rows.at(4).at(15).isEmpty());
    // The export made in a worker is the same file.
    QByteArray later;
    log->csvLater({}, this, [&](const QByteArray &csv) { later = csv; });
    QTRY_VERIFY(!later.isEmpty());
    QCOMPARE(later, log->csv());
}

void TestActivityLog::timesCarryTheirOffset()
{
    const QDateTime time(QDate(2024, 3, 14), QTime(13, 5, 32), Qt::UTC);
    const QString iso = ActivityEntry::isoTimeText(time);
    QVERIFY2(QRegularExpression(u"^2024-03-1\\dT\\d\\d:\\d\\d:32[+-]\\d\\d:\\d\\d$"_s).match(iso).hasMatch(),
        qPrintable(iso));
    QCOMPARE(QDateTime::fromString(iso, Qt::ISODate), time);
    const QString shown = ActivityEntry::localTimeText(time);
    QVERIFY2(QRegularExpression(u" UTC([+-]\\d\\d:\\d\\d)?$"_s).match(shown).hasMatch(), qPrintable(shown));
    const int offset = time.toLocalTime().offsetFromUtc();
    QCOMPARE(shown.endsWith(u" UTC"_s), offset == 0);

    // In a zone half an hour off the hour (the machine's own zone is often UTC).
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    const QString kolkata = ActivityEntry::isoTimeText(time);
    const QString kolkataShown = ActivityEntry::localTimeText(time);
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    if (!QFile::exists(u"/usr/share/zoneinfo/Asia/Kolkata"_s))
        QSKIP("no time zone data");
    QCOMPARE(kolkata, u"2024-03-14T18:35:32+05:30"_s);
    QVERIFY2(kolkataShown.endsWith(u" UTC+05:30"_s), qPrintable(kolkataShown));
}

void TestActivityLog::theItemModelSortsByEachColumn()
{
    QList<ActivityItem> items;
    for (int i = 0; i < 3; ++i) {
        ActivityItem item;
        item.id = 100 - i * 45; // 100, 55, 10: by number, not by text
        item.name = QStringList{u"Carla"_s, u"Ada"_s, u"Bea"_s}.at(i);
        item.handle = item.name.toLower();
        item.groupId = kBoston;
        item.groupName = u"Boston Office"_s;
        item.outcome = i == 1 ? ActivityItem::Outcome::Failed : ActivityItem::Outcome::Done;
        item.reason = i == 1 ? u"No such user"_s : QString();
        items.append(item);
    }
    Models::ActivityItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(items);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(Models::ActivityItemModel::ColumnCount));
    QCOMPARE(model.index(1, Models::ActivityItemModel::ReasonColumn).data().toString(), u"No such user"_s);
    QCOMPARE(model.index(1, Models::ActivityItemModel::OutcomeColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(0, Models::ActivityItemModel::HandleColumn).data().toString(), u"carla"_s);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Models::RawValueRole);
    proxy.sort(Models::ActivityItemModel::IdColumn);
    QCOMPARE(proxy.index(0, Models::ActivityItemModel::IdColumn).data().toString(), u"10"_s);
    QCOMPARE(proxy.index(2, Models::ActivityItemModel::IdColumn).data().toString(), u"100"_s);
    proxy.sort(Models::ActivityItemModel::NameColumn);
    QCOMPARE(proxy.index(0, Models::ActivityItemModel::NameColumn).data().toString(), u"Ada"_s);
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
