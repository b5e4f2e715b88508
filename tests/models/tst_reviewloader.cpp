// An access review's rows over the sandbox's demo seed: exactly the grants of the scope as the
// server's database holds them (members, direct shares to people, shares to groups and, through
// each, its members), with usernames, e-mails and account states; deactivated accounts
// suggested; a group that cannot be read kept as a problem; cancel stops. Reopened after the
// server changed, the review says what changed: rows added, rows whose grant went retired (not
// deleted, their decisions kept), and a person who left a share group but kept a direct share
// suggested for removal. The review's model shows one row a grant, writes each decision and note
// to the store as it is set (Lower only where it lowers), decides a selection at once, counts
// its progress, follows a load as it goes, and filters undecided, deactivated, indirect and by group.

#include "modeltestfixture.h"

#include "models/reviewloader.h"
#include "models/reviewmodel.h"
#include "models/reviewstore.h"
#include "models/roles.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtTest/QSignalSpy>

using namespace Qt::StringLiterals;
using Models::ReviewInfo;
using Models::ReviewLoader;
using Models::ReviewRow;
using Models::ReviewStore;

namespace {
// The demo seed's groups (ids in seed order).
constexpr qint64 kDataScience = 2; // shared with Platform Admins
constexpr qint64 kClientServices = 11; // shared with Harbor Analysts, which the admin cannot read
constexpr qint64 kNortheastRegion = 22; // shared with Regional Leads
constexpr qint64 kDataQuality = 29; // shared with Modeling Team and Data Engineering
constexpr qint64 kNoSuchGroup = 987'654;
const QList<qint64> kScope{kDataScience, kClientServices, kNortheastRegion, kDataQuality};
} // namespace

class TestReviewLoader : public QObject
{
    Q_OBJECT

private:
    /// The keys (ReviewRow::key()) of every grant of \a groups as the sandbox's database holds
    /// them, but the members of groups the admin cannot read (another organization's).
    QSet<QString> expectedKeys(const QList<qint64> &groups)
    {
        QStringList ids;
        for (qint64 id : groups)
            ids.append(QString::number(id));
        const QString in = ids.join(u',');
        QSet<QString> keys;
        const QStringList queries = {
            u"SELECT group_id || '/u/' || user_id || '/m/0' FROM memberships WHERE group_id IN (%1)"_s,
            u"SELECT group_id || '/u/' || user_id || '/s/0' FROM user_shares WHERE group_id IN (%1)"_s,
            u"SELECT group_id || '/g/' || grantee_group_id || '/s/0' FROM group_shares WHERE group_id IN (%1)"_s,
            u"SELECT gs.group_id || '/u/' || m.user_id || '/s/' || gs.grantee_group_id FROM group_shares gs "
            u"JOIN memberships m ON m.group_id = gs.grantee_group_id JOIN groups g ON g.id = gs.grantee_group_id "
            u"WHERE gs.group_id IN (%1) AND g.organization_id = 1"_s,
        };
        for (const QString &sql : queries) {
            for (const QVariant &key : m_fixture.column(sql.arg(in)))
                keys.insert(key.toString());
        }
        return keys;
    }

    static QSet<QString> keysOf(const QList<ReviewRow> &rows, bool current = true)
    {
        QSet<QString> keys;
        for (const ReviewRow &row : rows) {
            if (!current || !row.isRetired())
                keys.insert(row.key());
        }
        return keys;
    }

    qint64 newReview(ReviewStore &store, const QList<qint64> &groups, int parts = int(Models::ReviewPart::All))
    {
        ReviewInfo info;
        info.name = u"Q4 2026 finance groups"_s;
        info.groupIds = groups;
        info.parts = parts;
        info.reviewerId = 1;
        info.reviewerUsername = u"admin"_s;
        return store.createReview(info);
    }

    static bool load(ReviewLoader &loader)
    {
        loader.start();
        return QTest::qWaitFor([&] { return !loader.isRunning(); }, kModelWaitMs);
    }

    ModelFixture m_fixture;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.restartModels()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void rowsAreExactlyTheGrantsOfTheScope();
    void onlyThePartsReviewedAreRead();
    void aGroupThatCannotBeReadIsKeptAsAProblem();
    void cancelStops();
    void reopeningSaysWhatChangedOnTheServer();
    void theModelShowsTheRowsAndSavesEachDecision();
    void theModelFollowsALoadAndFilters();
};

void TestReviewLoader::rowsAreExactlyTheGrantsOfTheScope()
{
    ReviewStore store(m_dir.path(), u"exact"_s);
    const qint64 reviewId = newReview(store, kScope);
    ReviewLoader loader(m_fixture.workspace.get(), &store, reviewId);
    QSignalSpy progress(&loader, &ReviewLoader::progress);
    QSignalSpy loaded(&loader, &ReviewLoader::groupLoaded);
    QVERIFY(load(loader));
    QVERIFY(!loader.wasCancelled());
    QVERIFY(loader.isFirstRead());
    QCOMPARE(loaded.size(), 4);
    QCOMPARE(progress.last().at(0).toInt(), 4);
    QCOMPARE(progress.last().at(1).toInt(), 4);
    QVERIFY(store.review(reviewId)->loaded.isValid());

    const QList<ReviewRow> rows = store.rows(reviewId);
    const QSet<QString> expected = expectedKeys(kScope);
    QVERIFY(expected.size() > 20);
    QCOMPARE(keysOf(rows), expected);
    QCOMPARE(loader.changes().added.size(), rows.size());

    // Harbor Analysts' members cannot be read: said, for Client Services.
    QCOMPARE(loader.problems().size(), 1);
    QCOMPARE(loader.problems().first().groupId, kClientServices);
    QVERIFY(loader.problems().first().text().contains(u"Harbor Analysts"_s));
    QCOMPARE(store.problems(reviewId).size(), 1);
    QVERIFY(loader.statusText().contains(u"1 could not be read"_s));

    // Every person with the username, e-mail and account state the server keeps; deactivated
    // accounts suggested, nothing decided.
    int deactivated = 0;
    for (const ReviewRow &row : rows) {
        QCOMPARE(row.decision, ReviewRow::Decision::Undecided);
        if (row.principal == ReviewRow::Principal::Group) {
            QCOMPARE(
                m_fixture.column(u"SELECT name FROM groups WHERE id = %1"_s.arg(row.principalId)).value(0).toString(),
                row.name);
            continue;
        }
        const QString where = u" FROM users WHERE id = %1"_s.arg(row.principalId);
        QCOMPARE(row.username, m_fixture.column(u"SELECT username"_s + where).value(0).toString());
        QCOMPARE(row.email, m_fixture.column(u"SELECT email"_s + where).value(0).toString());
        const bool active = m_fixture.column(u"SELECT active"_s + where).value(0).toInt() != 0;
        QCOMPARE(row.active, std::optional<bool>(active));
        QCOMPARE(row.suggestion == ReviewRow::Suggestion::Deactivated, !active);
        deactivated += active ? 0 : 1;
        if (row.isIndirect()) {
            QCOMPARE(row.howText(), u"Through "_s + row.viaGroupName);
            const int level
                = m_fixture
                      .column(u"SELECT level FROM group_shares WHERE group_id = %1 AND grantee_group_id = %2"_s
                                  .arg(row.groupId)
                                  .arg(row.viaGroupId))
                      .value(0)
                      .toInt();
            QCOMPARE(int(row.held), level); // Read 1, Write 2, Manage 3
        }
    }
    QVERIFY2(deactivated > 0, "the demo seed has deactivated members in these groups");
}

void TestReviewLoader::onlyThePartsReviewedAreRead()
{
    ReviewStore store(m_dir.path(), u"parts"_s);
    const qint64 reviewId = newReview(store, kScope, int(Models::ReviewPart::UserShares));
    ReviewLoader loader(m_fixture.workspace.get(), &store, reviewId);
    QVERIFY(load(loader));
    const QList<ReviewRow> rows = store.rows(reviewId);
    QVERIFY(!rows.isEmpty());
    for (const ReviewRow &row : rows) {
        QVERIFY(row.isShare());
        QVERIFY(!row.isIndirect());
        QCOMPARE(row.principal, ReviewRow::Principal::User);
    }
    QVERIFY(loader.problems().isEmpty()); // no share group's members were asked for
}

void TestReviewLoader::aGroupThatCannotBeReadIsKeptAsAProblem()
{
    ReviewStore store(m_dir.path(), u"unreadable"_s);
    const qint64 reviewId = newReview(store, {kDataScience, kNoSuchGroup});
    ReviewLoader loader(m_fixture.workspace.get(), &store, reviewId);
    QVERIFY(load(loader));
    QCOMPARE(loader.groupsDone(), 2);
    const QList<Models::ReviewProblem> problems = store.problems(reviewId);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().groupId, kNoSuchGroup);
    QCOMPARE(problems.first().viaGroupId, 0);
    QVERIFY(!problems.first().message.isEmpty());
    QCOMPARE(store.review(reviewId)->groupIds, (QList<qint64>{kDataScience, kNoSuchGroup})); // still in scope
    QCOMPARE(keysOf(store.rows(reviewId)), expectedKeys({kDataScience}));
}

void TestReviewLoader::cancelStops()
{
    ReviewStore store(m_dir.path(), u"cancel"_s);
    QList<qint64> groups;
    for (qint64 id = 1; id <= 30; ++id)
        groups.append(id);
    const qint64 reviewId = newReview(store, groups);
    ReviewLoader loader(m_fixture.workspace.get(), &store, reviewId);
    QSignalSpy finished(&loader, &ReviewLoader::finished);
    loader.start();
    QVERIFY(loader.isRunning());
    loader.cancel();
    QVERIFY(!loader.isRunning());
    QVERIFY(loader.wasCancelled());
    QCOMPARE(finished.size(), 1);
    QVERIFY(loader.groupsDone() < 30);
    QVERIFY(!store.review(reviewId)->loaded.isValid()); // a stopped read is no read
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1); // nothing arrives after
}

void TestReviewLoader::reopeningSaysWhatChangedOnTheServer()
{
    // A member of one of Data Quality's share groups, who also holds a direct share of it.
    const QVariantList pair = m_fixture.column(
        u"SELECT m.user_id || ',' || gs.grantee_group_id FROM group_shares gs JOIN memberships m ON m.group_id = "
        u"gs.grantee_group_id WHERE gs.group_id = %1 AND NOT EXISTS (SELECT 1 FROM user_shares s WHERE s.group_id = "
        u"gs.group_id AND s.user_id = m.user_id) ORDER BY m.user_id LIMIT 1"_s.arg(kDataQuality));
    QCOMPARE(pair.size(), 1);
    const qint64 leaver = pair.first().toString().section(u',', 0, 0).toLongLong();
    const qint64 shareGroup = pair.first().toString().section(u',', 1, 1).toLongLong();
    QCOMPARE(m_fixture.admin
                 .put(u"/groups/%1/shares/users"_s.arg(kDataQuality),
                     QJsonObject{{u"userIds"_s, QJsonArray{leaver}}, {u"permissionLevel"_s, u"read"_s}})
                 .status,
        200);
    const qint64 removed = m_fixture.memberIds(kDataScience).first();
    const qint64 joiner = m_fixture.nonMemberIds(kDataScience, 1).first();

    ReviewStore store(m_dir.path(), u"reconcile"_s);
    const qint64 reviewId = newReview(store, kScope);
    {
        ReviewLoader first(m_fixture.workspace.get(), &store, reviewId);
        QVERIFY(load(first));
    }
    QList<ReviewRow> before = store.rows(reviewId);
    const auto find = [](const QList<ReviewRow> &rows, const QString &key) {
        for (const ReviewRow &row : rows) {
            if (row.key() == key)
                return row;
        }
        return ReviewRow();
    };
    const QString removedKey = u"%1/u/%2/m/0"_s.arg(kDataScience).arg(removed);
    const QString throughKey = u"%1/u/%2/s/%3"_s.arg(kDataQuality).arg(leaver).arg(shareGroup);
    const QString directKey = u"%1/u/%2/s/0"_s.arg(kDataQuality).arg(leaver);
    const ReviewRow removedRow = find(before, removedKey);
    QVERIFY(removedRow.id != 0);
    QVERIFY(find(before, throughKey).id != 0);
    QCOMPARE(find(before, directKey).suggestion, ReviewRow::Suggestion::None);
    QVERIFY(store.decide(removedRow.id, ReviewRow::Decision::Remove, u"Left the company"_s));

    // Meanwhile, on the server: one member removed, one added, the leaver leaves the share group.
    QCOMPARE(m_fixture.admin.del(u"/groups/%1/members/%2"_s.arg(kDataScience).arg(removed)).status, 204);
    QCOMPARE(m_fixture.admin.put(u"/groups/%1/members/%2"_s.arg(kDataScience).arg(joiner)).status, 200);
    QCOMPARE(m_fixture.admin.del(u"/groups/%1/members/%2"_s.arg(shareGroup).arg(leaver)).status, 204);

    ReviewLoader again(m_fixture.workspace.get(), &store, reviewId);
    QVERIFY(load(again));
    QVERIFY(!again.isFirstRead());
    const QList<ReviewRow> after = store.rows(reviewId);
    QCOMPARE(keysOf(after), expectedKeys(kScope)); // the current rows are the server's now
    QCOMPARE(keysOf(after, false).size(), after.size());
    QVERIFY(after.size() > before.size() - 1); // nothing deleted
    const ReviewRow gone = find(after, removedKey);
    QVERIFY(gone.isRetired());
    QCOMPARE(gone.decision, ReviewRow::Decision::Remove); // a decision made stays
    QCOMPARE(gone.note, u"Left the company"_s);
    QVERIFY(find(after, throughKey).isRetired());
    const ReviewRow added = find(after, u"%1/u/%2/m/0"_s.arg(kDataScience).arg(joiner));
    QVERIFY(again.changes().added.contains(added.id));
    QVERIFY(again.changes().retired.contains(gone.id));
    QVERIFY(again.changes().retired.contains(find(after, throughKey).id));
    const ReviewRow direct = find(after, directKey);
    QCOMPARE(direct.suggestion, ReviewRow::Suggestion::LeftGroup);
    QVERIFY(again.changes().suggested.contains(direct.id));
    QVERIFY(again.statusText().contains(u"added"_s));
    QVERIFY(again.statusText().contains(u"retired"_s));
}

void TestReviewLoader::theModelShowsTheRowsAndSavesEachDecision()
{
    ReviewStore store(m_dir.path(), u"model"_s);
    const qint64 reviewId = newReview(store, kScope);
    {
        ReviewLoader loader(m_fixture.workspace.get(), &store, reviewId);
        QVERIFY(load(loader));
    }
    Models::ReviewModel model(&store, reviewId);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, kModelWaitMs));
    const int total = store.rowCount(reviewId);
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.progressText(), u"0 of %1 decided; 0 to remove"_s.arg(total));

    // The columns the issue lists, for a member row.
    int memberRow = -1;
    int shareRow = -1;
    int throughRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ReviewRow &r = model.rowAt(row);
        if (memberRow < 0 && !r.isShare())
            memberRow = row;
        if (shareRow < 0 && r.isShare() && !r.isIndirect() && r.held != ReviewRow::Held::Read)
            shareRow = row;
        if (throughRow < 0 && r.isIndirect())
            throughRow = row;
    }
    QVERIFY(memberRow >= 0 && shareRow >= 0 && throughRow >= 0);
    const ReviewRow member = model.rowAt(memberRow);
    const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(memberRow, Models::ReviewModel::GroupColumn), member.groupName);
    QCOMPARE(cell(memberRow, Models::ReviewModel::NameColumn), member.name);
    QCOMPARE(cell(memberRow, Models::ReviewModel::IdColumn), QString::number(member.principalId));
    QCOMPARE(cell(memberRow, Models::ReviewModel::UsernameColumn), member.username);
    QCOMPARE(cell(memberRow, Models::ReviewModel::EmailColumn), member.email);
    QCOMPARE(cell(memberRow, Models::ReviewModel::HeldColumn), u"Member"_s);
    QCOMPARE(cell(memberRow, Models::ReviewModel::HowColumn), u"Direct"_s);
    QCOMPARE(cell(throughRow, Models::ReviewModel::HowColumn), u"Through "_s + model.rowAt(throughRow).viaGroupName);
    QVERIFY(model.flags(model.index(memberRow, Models::ReviewModel::DecisionColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(memberRow, Models::ReviewModel::NameColumn)) & Qt::ItemIsEditable));

    // Each decision is in the store as soon as it is set.
    QVERIFY(
        model.setData(model.index(memberRow, Models::ReviewModel::DecisionColumn), int(ReviewRow::Decision::Remove)));
    QCOMPARE(store.row(member.id)->decision, ReviewRow::Decision::Remove);
    QVERIFY(model.setData(model.index(memberRow, Models::ReviewModel::NoteColumn), u"Left in May"_s));
    QCOMPARE(store.row(member.id)->note, u"Left in May"_s);
    QCOMPARE(cell(memberRow, Models::ReviewModel::DecisionColumn), u"Remove"_s);
    // Lower only where it lowers: not a membership, not a way through a group.
    QVERIFY(!model.decide(memberRow, ReviewRow::Decision::LowerToRead));
    QVERIFY(!model.decide(throughRow, ReviewRow::Decision::LowerToRead));
    QVERIFY(model.decide(shareRow, ReviewRow::Decision::LowerToRead, u"Read is enough"_s));
    QCOMPARE(store.row(model.rowAt(shareRow).id)->decision, ReviewRow::Decision::LowerToRead);
    QCOMPARE(store.row(model.rowAt(shareRow).id)->note, u"Read is enough"_s);
    QCOMPARE(model.progressText(), u"2 of %1 decided; 1 to remove, 1 to lower"_s.arg(total));

    // A selection decided at once: every row that allows it, in the store for every read.
    QList<int> all;
    for (int row = 0; row < model.rowCount(); ++row)
        all.append(row);
    QSignalSpy progress(&model, &Models::ReviewModel::progressChanged);
    QCOMPARE(model.decide(all, ReviewRow::Decision::Keep), total);
    QCOMPARE(progress.size(), 1);
    for (const ReviewRow &row : store.rows(reviewId))
        QCOMPARE(row.decision, ReviewRow::Decision::Keep);
    QCOMPARE(store.row(member.id)->note, u"Left in May"_s); // a bulk decision keeps the notes
    QCOMPARE(model.progressText(), u"%1 of %1 decided; 0 to remove"_s.arg(total));

    // Reopened from the file: the same.
    Models::ReviewModel reopened(&store, reviewId);
    QVERIFY(QTest::qWaitFor([&] { return !reopened.isLoading(); }, kModelWaitMs));
    QCOMPARE(reopened.progressText(), model.progressText());
}

void TestReviewLoader::theModelFollowsALoadAndFilters()
{
    ReviewStore store(m_dir.path(), u"follow"_s);
    const qint64 reviewId = newReview(store, kScope);
    Models::ReviewModel model(&store, reviewId);
    Models::ReviewFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    ReviewLoader loader(m_fixture.workspace.get(), &store, reviewId);
    model.follow(&loader);
    QVERIFY(load(loader));
    QCOMPARE(model.rowCount(), store.rowCount(reviewId));
    QCOMPARE(proxy.rowCount(), model.rowCount());

    const auto count = [&](const std::function<bool(const ReviewRow &)> &wanted) {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            n += wanted(model.rowAt(row)) ? 1 : 0;
        return n;
    };
    proxy.setDeactivatedOnly(true);
    QVERIFY(proxy.rowCount() > 0);
    QCOMPARE(proxy.rowCount(), count([](const ReviewRow &r) { return r.isDeactivated(); }));
    proxy.setDeactivatedOnly(false);
    proxy.setIndirectOnly(true);
    QVERIFY(proxy.rowCount() > 0);
    QCOMPARE(proxy.rowCount(), count([](const ReviewRow &r) { return r.isIndirect(); }));
    proxy.setIndirectOnly(false);
    proxy.setGroupId(kDataQuality);
    QCOMPARE(proxy.rowCount(), count([](const ReviewRow &r) { return r.groupId == kDataQuality; }));
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(model.rowAt(proxy.mapToSource(proxy.index(row, 0)).row()).groupId, kDataQuality);

    // Undecided only: a decided row leaves the view, the next one takes its place.
    proxy.setUndecidedOnly(true);
    const int before = proxy.rowCount();
    const QList<int> source = proxy.sourceRows({0, 1, 2});
    QCOMPARE(model.decide(source, ReviewRow::Decision::Keep), 3);
    QCOMPARE(proxy.rowCount(), before - 3);
    proxy.setGroupId(0);
    proxy.setUndecidedOnly(false);
    proxy.setText(model.rowAt(source.first()).username);
    QVERIFY(proxy.rowCount() >= 1);
    QCOMPARE(
        proxy.index(0, Models::ReviewModel::UsernameColumn).data().toString(), model.rowAt(source.first()).username);
}

QTEST_MAIN(TestReviewLoader)
#include "tst_reviewloader.moc"
