// The member table of one group, against the large seed: row-level updates when members
// change, a drop of 500 users as one undoable operation, a move between two groups' tables,
// text drops and pastes, and sorting and filtering through the proxy.

#include "modeltestfixture.h"

#include "models/csv.h"
#include "models/membertablemodel.h"
#include "models/roles.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QMimeData>
#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>

using Models::MemberTableModel;
using Models::UserRef;

using namespace Qt::StringLiterals;

class TestMemberTableModel : public QObject
{
    Q_OBJECT

private:
    /// A group of the admin's organization with \a minimum to \a maximum members, not \a other.
    qint64 groupSized(int minimum, int maximum, qint64 other = 0)
    {
        return m_fixture
            .column(QStringLiteral("SELECT id FROM groups WHERE organization_id = 1 AND id <> %3 AND "
                                   "total_member_count BETWEEN %1 AND %2 ORDER BY id LIMIT 1")
                        .arg(minimum)
                        .arg(maximum)
                        .arg(other))
            .value(0)
            .toLongLong();
    }

    QList<UserRef> nonMembers(qint64 groupId, int count)
    {
        QList<UserRef> users;
        const QList<QVariant> rows = m_fixture.column(QStringLiteral(
            "SELECT id || char(9) || name || char(9) || username || char(9) || email FROM users "
            "WHERE organization_id = 1 AND id NOT IN (SELECT user_id FROM memberships WHERE group_id = %1) "
            "ORDER BY id LIMIT %2")
                                                          .arg(groupId)
                                                          .arg(count));
        for (const QVariant &row : rows) {
            const QStringList parts = row.toString().split(QLatin1Char('\t'));
            users.append({parts.at(0).toLongLong(), parts.at(1), parts.at(2), parts.at(3)});
        }
        return users;
    }

    static QList<qint64> sortedRowIds(const QAbstractItemModel &model)
    {
        QList<qint64> ids = rowIds(model);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static bool loaded(MemberTableModel &model) { return awaitLoaded(*model.loadStatus()); }

    static QList<qint64> sortedUnion(QList<qint64> a, const QList<qint64> &b)
    {
        a += b;
        std::sort(a.begin(), a.end());
        a.erase(std::unique(a.begin(), a.end()), a.end());
        return a;
    }

    ModelFixture m_fixture;

private Q_SLOTS:
    // The large seed is generated once; every test starts from a copy of it, in a sandbox and a
    // workspace of its own.
    void initTestCase() { QVERIFY(m_fixture.seedOnce(QStringLiteral("large"))); }
    void init() { QVERIFY(m_fixture.restartModelsFromSeeded()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void loadsTheMembers();
    void anAddInsertsRows();
    void aRemovalRemovesRowByRow();
    void anotherGroupStartsOver();
    void theColumnsSayWhoAMemberIs();
    void aMissingGroupIsAnError();
    void theExportSaysWhoIsWho();
    void aDropOf500UsersAddsExactlyThem();
    void aLongDropShowsItsProgressInTheTable();
    void aMoveLeavesTheSourceWithoutThem();
    void aTextDropResolvesAndAdds();
    void aPasteNamingNobodyChangesNothing();
    void theProxySortsAndFilters();
    void theProxyShowsTheActiveOnlyWhenAsked();
    void refusesWhatMakesNoSense();
    void aFailedLoadIsRetriedThroughItsStatus();
};

void TestMemberTableModel::loadsTheMembers()
{
    const qint64 group = groupSized(20, 60);
    QVERIFY(group > 0);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(loaded(model));
    QVERIFY(model.loadStatus()->lastError().isNull());
    QCOMPARE(sortedRowIds(model), m_fixture.memberIds(group));
}

void TestMemberTableModel::anAddInsertsRows()
{
    const qint64 group = groupSized(20, 60);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_fixture.workspace->addMembers(group, nonMembers(group, 3));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(sortedRowIds(model), m_fixture.memberIds(group));
}

void TestMemberTableModel::aRemovalRemovesRowByRow()
{
    const qint64 group = groupSized(20, 60);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qint64 firstRowUser = model.member(0).id;
    const qint64 thirdRowUser = model.member(2).id;
    model.removeMembers({0, 2, 2});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(removed.size(), 2); // two separate rows
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOf(firstRowUser), -1);
    QCOMPARE(model.rowOf(thirdRowUser), -1);
    QCOMPARE(sortedRowIds(model), m_fixture.memberIds(group));
}

void TestMemberTableModel::anotherGroupStartsOver()
{
    const qint64 group = groupSized(20, 60);
    const qint64 other = groupSized(5, 60, group);
    QVERIFY(group > 0 && other > 0);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setGroup(other);
    QCOMPARE(reset.size(), 1);
    QVERIFY(loaded(model));
    QCOMPARE(sortedRowIds(model), m_fixture.memberIds(other));

    // Back to a group the store holds: its rows at once, then the server's word (unchanged).
    model.setGroup(group);
    QCOMPARE(sortedRowIds(model), m_fixture.memberIds(group));
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(loaded(model));
    QCOMPARE(sortedRowIds(model), m_fixture.memberIds(group));
}

void TestMemberTableModel::theColumnsSayWhoAMemberIs()
{
    const qint64 group = groupSized(5, 60);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QVERIFY(loaded(model));
    // What the server says of one member.
    const Api::Member &member = model.member(0);
    QCOMPARE(model.index(0, MemberTableModel::NameColumn).data().toString(), member.name);
    QCOMPARE(model.index(0, MemberTableModel::UsernameColumn).data().toString(), member.username);
    QCOMPARE(model.index(0, MemberTableModel::EmailColumn).data().toString(), member.email.value_or(QString()));
    QCOMPARE(model.index(0, MemberTableModel::ActiveColumn).data(Models::RawValueRole).toBool(), member.active);
    QCOMPARE(model.index(0, MemberTableModel::OnlineColumn).data(Models::RawValueRole).toBool(), member.online);
    if (member.primaryGroupId) {
        const QString name
            = m_fixture.column(QStringLiteral("SELECT name FROM groups WHERE id = %1").arg(*member.primaryGroupId))
                  .value(0)
                  .toString();
        QVERIFY(await(m_fixture.workspace->groupStore()->refresh(*member.primaryGroupId)).ok());
        QCOMPARE(model.index(0, MemberTableModel::PrimaryGroupColumn).data().toString(), name);
    }
}

void TestMemberTableModel::theExportSaysWhoIsWho()
{
    const qint64 group = groupSized(5, 60);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QVERIFY(loaded(model));
    // The rows of a proxy, as filtered and sorted there.
    Models::MemberFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(MemberTableModel::EmailColumn, Qt::DescendingOrder);
    const QByteArray bytes = model.csv(&proxy);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> csv = Models::Csv::parse(bytes);
    QCOMPARE(csv.first(),
        (QStringList{u"group_id"_s, u"group"_s, u"user_id"_s, u"name"_s, u"username"_s, u"email"_s, u"status"_s,
            u"online"_s, u"primary_group_id"_s, u"primary_group"_s}));
    QCOMPARE(csv.size(), qsizetype(proxy.rowCount() + 1));
    // Each row as the server has the member.
    const QJsonArray members
        = m_fixture.admin.get(QStringLiteral("/groups/%1").arg(group)).object().value(u"members"_s).toArray();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &member : members)
        byId.insert(QString::number(member.toObject().value(u"id"_s).toInteger()), member.toObject());
    QCOMPARE(qsizetype(byId.size()), csv.size() - 1);
    for (int row = 1; row < csv.size(); ++row) {
        const QStringList &line = csv.at(row);
        QCOMPARE(line.at(0), QString::number(group));
        QCOMPARE(line.at(2), QString::number(proxy.index(row - 1, 0).data(Models::IdRole).toLongLong()));
        const QJsonObject member = byId.value(line.at(2));
        QCOMPARE(line.at(3), member.value(u"name"_s).toString());
        QCOMPARE(line.at(4), member.value(u"username"_s).toString());
        QCOMPARE(line.at(5), member.value(u"email"_s).toString());
        QCOMPARE(line.at(6), member.value(u"active"_s).toBool() ? u"active"_s : u"deactivated"_s);
        QCOMPARE(line.at(8),
            member.value(u"primaryGroupId"_s).isNull()
                ? QString()
                : QString::number(member.value(u"primaryGroupId"_s).toInteger()));
    }
}

void TestMemberTableModel::aMissingGroupIsAnError()
{
    // A group that does not exist: the error is data, not a crash.
    MemberTableModel model(m_fixture.workspace.get(), 99'999'999);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 404);
    QVERIFY(!model.loadStatus()->errorMessage().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestMemberTableModel::aDropOf500UsersAddsExactlyThem()
{
    const qint64 group = groupSized(10, 40);
    QVERIFY(group > 0);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const QList<qint64> before = m_fixture.memberIds(group);

    Models::UserDrag drag;
    drag.users = nonMembers(group, 500);
    QCOMPARE(drag.users.size(), 500);
    QList<qint64> dropped;
    for (const UserRef &user : drag.users)
        dropped.append(user.id);
    std::unique_ptr<QMimeData> data(drag.toMimeData());
    QVERIFY(model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    QSignalSpy started(&model, &MemberTableModel::changeStarted);
    QVERIFY(model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    QCOMPARE(started.size(), 1);
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 1);
    QVERIFY(awaitChanges(*m_fixture.workspace));
    const auto *operation = started.first().first().value<Models::ChangeOperation *>();
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 500);
    QCOMPARE(m_fixture.memberIds(group), sortedUnion(before, dropped));
    QCOMPARE(sortedRowIds(model), m_fixture.memberIds(group));

    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(group), before);
    QCOMPARE(sortedRowIds(model), before);
}

void TestMemberTableModel::aLongDropShowsItsProgressInTheTable()
{
    const qint64 group = groupSized(10, 40, 0);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QVERIFY(loaded(model));
    const int before = model.rowCount();
    Models::UserDrag drag;
    drag.users = nonMembers(group, 300);
    FaultSettings slow; // 300 / 6 * 80 ms = 4 s: twice the refresh interval
    slow.latencyMinMs = slow.latencyMaxMs = 80;
    m_fixture.setFaults(slow);
    std::unique_ptr<QMimeData> data(drag.toMimeData());
    QSignalSpy started(&model, &MemberTableModel::changeStarted);
    QVERIFY(model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
    auto *operation = started.first().first().value<Models::ChangeOperation *>();
    // Rows arrive while the operation still runs.
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before, kModelWaitMs);
    QVERIFY(operation->state() != Models::ChangeOperation::State::Finished);
    QVERIFY(model.rowCount() < before + 300);
    m_fixture.setFaults({});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(model.rowCount(), before + 300);
    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(model.rowCount(), before);
}

void TestMemberTableModel::aMoveLeavesTheSourceWithoutThem()
{
    const qint64 source = groupSized(30, 80);
    const qint64 target = groupSized(5, 80, source);
    QVERIFY(source > 0 && target > 0);
    MemberTableModel from(m_fixture.workspace.get(), source);
    MemberTableModel to(m_fixture.workspace.get(), target);
    QAbstractItemModelTester fromTester(&from, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester toTester(&to, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(from) && loaded(to));
    const QList<qint64> sourceBefore = m_fixture.memberIds(source);
    const QList<qint64> targetBefore = m_fixture.memberIds(target);

    QModelIndexList selection;
    QList<qint64> moving;
    for (int row = 0; row < 10; ++row) {
        selection.append(from.index(row, 0));
        selection.append(from.index(row, MemberTableModel::EmailColumn));
        moving.append(from.member(row).id);
    }
    std::unique_ptr<QMimeData> data(from.mimeData(selection));
    QCOMPARE(Models::UserDrag::fromMimeData(data.get())->sourceGroupId, std::optional<qint64>(source));
    QVERIFY(to.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    // What a view does after a move drag: it must not remove anything by itself.
    QVERIFY(!from.removeRows(0, 10));
    QCOMPARE(from.rowCount(), sourceBefore.size());
    QVERIFY(awaitChanges(*m_fixture.workspace));

    QList<qint64> sourceAfter = sourceBefore;
    for (qint64 id : moving)
        sourceAfter.removeAll(id);
    QCOMPARE(m_fixture.memberIds(source), sourceAfter);
    QCOMPARE(m_fixture.memberIds(target), sortedUnion(targetBefore, moving));
    QCOMPARE(sortedRowIds(from), sourceAfter);
    QCOMPARE(sortedRowIds(to), m_fixture.memberIds(target));

    m_fixture.workspace->undoStack()->undo();
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QCOMPARE(m_fixture.memberIds(source), sourceBefore);
    QCOMPARE(m_fixture.memberIds(target), targetBefore);
}

void TestMemberTableModel::aTextDropResolvesAndAdds()
{
    const qint64 group = groupSized(5, 40);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QVERIFY(loaded(model));
    const QList<qint64> before = m_fixture.memberIds(group);
    const QList<UserRef> users = nonMembers(group, 4);
    const QString text = QString::number(users.at(0).id) + QStringLiteral("\n") + users.at(1).username
        + QStringLiteral(", ") + users.at(2).email.toUpper() + QStringLiteral("\n") + users.at(3).displayLine()
        + QStringLiteral("\nno.such.person\n") + users.at(1).username;

    QSignalSpy resolvedSpy(&model, &MemberTableModel::pasteResolved);
    QMimeData plain;
    plain.setText(text);
    QVERIFY(model.canDropMimeData(&plain, Qt::CopyAction, -1, -1, {}));
    QVERIFY(model.dropMimeData(&plain, Qt::CopyAction, -1, -1, {}));
    QVERIFY(resolvedSpy.wait(30'000));
    const auto resolution = resolvedSpy.first().first().value<Models::UserResolution>();
    QCOMPARE(resolution.found.size(), 4);
    QCOMPARE(resolution.notFound, QStringList{QStringLiteral("no.such.person")});
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QList<qint64> added;
    for (const UserRef &user : users)
        added.append(user.id);
    QCOMPARE(m_fixture.memberIds(group), sortedUnion(before, added));
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 1);
}

void TestMemberTableModel::aPasteNamingNobodyChangesNothing()
{
    const qint64 group = groupSized(5, 40);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QVERIFY(loaded(model));
    const QList<qint64> before = m_fixture.memberIds(group);
    // Pasting only words that name nobody changes nothing and says so.
    QSignalSpy resolvedSpy(&model, &MemberTableModel::pasteResolved);
    model.pasteText(QStringLiteral("ghost-1; ghost-2"));
    QVERIFY(resolvedSpy.wait(30'000));
    QCOMPARE(resolvedSpy.first().first().value<Models::UserResolution>().notFound.size(), 2);
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 0);
    QCOMPARE(m_fixture.memberIds(group), before);
}

void TestMemberTableModel::theProxySortsAndFilters()
{
    const qint64 group = groupSized(30, 80);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QVERIFY(loaded(model));
    Models::MemberFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(MemberTableModel::NameColumn, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QString above = proxy.index(row - 1, 0).data().toString();
        const QString here = proxy.index(row, 0).data().toString();
        QVERIFY2(QString::localeAwareCompare(above.toLower(), here.toLower()) >= 0, qPrintable(above + u" / " + here));
    }
    proxy.sort(MemberTableModel::ActiveColumn, Qt::AscendingOrder); // on the raw bool: inactive first
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, MemberTableModel::ActiveColumn).data(Models::RawValueRole).toBool()
            <= proxy.index(row, MemberTableModel::ActiveColumn).data(Models::RawValueRole).toBool());
    }

    // A piece of one member's e-mail, in other case, finds that member (and whoever shares it).
    const QString email = model.member(3).email.value_or(QString());
    QVERIFY(!email.isEmpty());
    const QString piece = email.left(email.indexOf(QLatin1Char('@'))).toUpper();
    proxy.setFilterText(piece);
    QVERIFY(proxy.rowCount() >= 1);
    QVERIFY(proxy.rowCount() < model.rowCount());
    bool foundTheMember = false;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        const QString haystack = index.data().toString() + QLatin1Char(' ')
            + index.data(Models::UsernameRole).toString() + QLatin1Char(' ') + index.data(Models::EmailRole).toString();
        QVERIFY(haystack.contains(piece, Qt::CaseInsensitive));
        foundTheMember |= index.data(Models::IdRole).toLongLong() == model.member(3).id;
    }
    QVERIFY(foundTheMember);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestMemberTableModel::theProxyShowsTheActiveOnlyWhenAsked()
{
    // A group with active and inactive members, as the database holds them.
    const qint64 group = m_fixture
                             .column(QStringLiteral(
                                 "SELECT m.group_id FROM memberships m JOIN users u ON u.id = m.user_id "
                                 "JOIN groups g ON g.id = m.group_id WHERE g.organization_id = 1 "
                                 "GROUP BY m.group_id HAVING SUM(u.active) > 0 AND SUM(1 - u.active) > 0 "
                                 "AND COUNT(*) < 200 ORDER BY m.group_id LIMIT 1"))
                             .value(0)
                             .toLongLong();
    QVERIFY(group > 0);
    const QList<qint64> active = m_fixture.ids(QStringLiteral(
        "SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.group_id = %1 AND u.active = 1")
                                                   .arg(group));
    MemberTableModel model(m_fixture.workspace.get(), group);
    QVERIFY(loaded(model));
    Models::MemberFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), model.rowCount());

    proxy.setActiveOnly(true);
    QVERIFY(proxy.activeOnly());
    QCOMPARE(sortedRowIds(proxy), active);
    QVERIFY(proxy.rowCount() < model.rowCount());

    // With a text too: both must hold.
    const QString name = proxy.index(0, MemberTableModel::NameColumn).data().toString();
    proxy.setFilterText(name);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row, MemberTableModel::ActiveColumn).data(Models::RawValueRole).toBool());
        QVERIFY(proxy.index(row, MemberTableModel::NameColumn).data().toString().contains(name, Qt::CaseInsensitive));
    }
    QVERIFY(proxy.rowCount() >= 1);

    proxy.setFilterText({});
    proxy.setActiveOnly(false);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestMemberTableModel::refusesWhatMakesNoSense()
{
    const qint64 group = groupSized(5, 40);
    MemberTableModel model(m_fixture.workspace.get(), group);
    QVERIFY(loaded(model));
    // Its own members dragged onto itself.
    std::unique_ptr<QMimeData> own(model.mimeData({model.index(0, 0)}));
    QVERIFY(!model.canDropMimeData(own.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(!model.dropMimeData(own.get(), Qt::MoveAction, -1, -1, {}));
    // Nothing usable.
    QMimeData empty;
    QVERIFY(!model.canDropMimeData(&empty, Qt::CopyAction, -1, -1, {}));
    QMimeData blank;
    blank.setText(QStringLiteral(" ,\n "));
    QVERIFY(!model.canDropMimeData(&blank, Qt::CopyAction, -1, -1, {}));
    QMimeData damaged;
    damaged.setData(Models::UserDrag::mimeType(), "{not json");
    QVERIFY(!model.canDropMimeData(&damaged, Qt::CopyAction, -1, -1, {}));
    QVERIFY(!model.canDropMimeData(own.get(), Qt::LinkAction, -1, -1, {}));
    QCOMPARE(m_fixture.workspace->undoStack()->count(), 0);
}

void TestMemberTableModel::aFailedLoadIsRetriedThroughItsStatus()
{
    const qint64 group = groupSized(5, 40);
    m_fixture.failRequests();
    MemberTableModel model(m_fixture.workspace.get(), group);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QCOMPARE(model.loadStatus()->lastError().httpStatus, 503);
    QVERIFY(!model.loadStatus()->errorMessage().isEmpty());

    m_fixture.setFaults({});
    m_fixture.client->setRetryPolicy(quickRetries());
    model.loadStatus()->retry();
    QVERIFY(model.loadStatus()->isLoading());
    QVERIFY(loaded(model));
    QVERIFY(!model.loadStatus()->hasError());
    QCOMPARE(sortedRowIds(model), m_fixture.memberIds(group));
}

QTEST_MAIN(TestMemberTableModel)
#include "tst_membertablemodel.moc"
