// The activity log over the sandbox's demo seed: membership runs, failures with the server's
// words, group edits and undo runs are recorded with the right counts and outcome; the file
// reads back after a restart, keeps two connections apart, holds no key, and is versioned;
// its model pages in newest first and inserts arriving entries without a reset.

#include "modeltestfixture.h"

#include "models/activitylog.h"
#include "models/activitylogmodel.h"
#include "models/groupedit.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtGui/QUndoStack>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>

using namespace Qt::StringLiterals;
using Models::ActivityEntry;
using Models::ActivityFilter;
using Models::ActivityLog;
using Models::ActivityLogModel;
using Models::UserRef;

namespace {

constexpr qint64 kBoston = 23; // "Boston Office" in the demo seed
const QString kKey = u"127.0.0.1-1"_s;

/// Runs \a sql on the file \a path through a connection of its own, returning the first value.
QVariant fileValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-peek"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"test-peek"_s);
    return value;
}

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

private:
    /// Users that are not members of \a groupId, \a count of them.
    /// A new log on the test's folder, watching the fixture's workspace.
    std::unique_ptr<ActivityLog> openLog(const QString &key = kKey)
    {
        auto log = std::make_unique<ActivityLog>(m_folder->path(), key);
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
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kModelWaitMs);
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

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
