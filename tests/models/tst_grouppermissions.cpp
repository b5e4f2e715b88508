// What the signed-in person may do to each group, read from the server with the `permission`
// filter, and the words every refusal is said in: a read-only user's levels (and an admin's),
// the refusal text naming the groups (up to five, then how many more), a drop of people on a
// group they can only read refused before it is sent, the server's refusal naming the group
// instead of its id, and a change of which nothing was done leaving no undo step.

#include "modeltestfixture.h"

#include "models/grouppermissions.h"
#include "models/userdropdescription.h"

#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>

using namespace Qt::StringLiterals;
using Level = Api::PermissionLevel; // not PermissionLevel: the sandbox has one of its own
using Models::GroupAction;
using Models::GroupPermissions;

namespace {
// The demo seed's groups (ids in seed order).
constexpr qint64 kBookClub = 36;
constexpr qint64 kLegal = 14;
} // namespace

class TestGroupPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusalNamesTheGroupsAndWhatIsHeld();
    void theServerNamesTheGroupNotItsId();
    void aReadOnlyUsersLevelsAreRead();
    void anAdminManagesEveryGroup();
    void aDropOnAGroupReadOnlyIsRefusedBeforeTheRelease();
    void aChangeOfWhichNothingWasDoneLeavesNoUndoStep();

private:
    /// A workspace over a client signed in with \a key, its levels loaded.
    std::unique_ptr<Models::Workspace> workspaceFor(const QString &key);

    std::unique_ptr<ModelFixture> m_fixture;
    std::vector<std::unique_ptr<Api::ApiClient>> m_clients; ///< One per workspace made, as long as the suite.
    qint64 m_readerId = 0;
    QString m_readerKey;
};

void TestGroupPermissions::initTestCase()
{
    m_fixture = std::make_unique<ModelFixture>();
    QVERIFY(m_fixture->startModels());
    std::tie(m_readerId, m_readerKey) = m_fixture->readOnlyUser(kBookClub);
    QVERIFY(m_readerId != 0);
}

void TestGroupPermissions::cleanupTestCase()
{
    m_clients.clear();
    m_fixture.reset();
}

std::unique_ptr<Models::Workspace> TestGroupPermissions::workspaceFor(const QString &key)
{
    m_clients.push_back(std::make_unique<Api::ApiClient>(m_fixture->settings(key)));
    auto workspace = std::make_unique<Models::Workspace>(m_clients.back().get());
    QSignalSpy loaded(workspace->permissions(), &Models::GroupPermissionLoader::loaded);
    workspace->permissions()->load();
    if (!loaded.wait(kModelWaitMs))
        return nullptr;
    return workspace;
}

void TestGroupPermissions::refusalNamesTheGroupsAndWhatIsHeld()
{
    QCOMPARE(GroupPermissions::refusal({u"Book Club"_s}, {Level::Read}, GroupAction::Edit),
        u"You can only read Book Club"_s);
    // Write is enough to edit and to change members; not to share.
    QCOMPARE(GroupPermissions::refusal({u"Legal"_s}, {Level::Write}, GroupAction::ChangeMembers), QString());
    QCOMPARE(GroupPermissions::refusal({u"Legal"_s}, {Level::Write}, GroupAction::Share),
        u"You can edit Legal but not share it: sharing needs Manage"_s);
    QCOMPARE(GroupPermissions::refusal({u"Legal"_s}, {Level::Manage}, GroupAction::Share), QString());
    // Several: up to five names, then how many more; each with what is held there.
    const QStringList seven{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s};
    QCOMPARE(GroupPermissions::refusal(seven, QList<std::optional<Level>>(7, Level::Read), GroupAction::Share),
        u"You can only read A, B, C, D, E and 2 more"_s);
    QCOMPARE(GroupPermissions::refusal({u"Book Club"_s, u"Legal"_s, u"Finance"_s},
                 {Level::Read, Level::Manage, Level::Read}, GroupAction::Share),
        u"You can only read Book Club and Finance"_s);
}

void TestGroupPermissions::theServerNamesTheGroupNotItsId()
{
    const QString server = u"You need write permission on group 36 for this; you have read."_s;
    QCOMPARE(GroupPermissions::namingGroup(server, 36, u"Book Club"_s),
        u"You need write permission on Book Club for this; you have read."_s);
    // Only that group, as a whole number.
    QCOMPARE(GroupPermissions::namingGroup(u"Not found: group 361."_s, 36, u"Book Club"_s), u"Not found: group 361."_s);
}

void TestGroupPermissions::aReadOnlyUsersLevelsAreRead()
{
    std::unique_ptr<Models::Workspace> reader = workspaceFor(m_readerKey);
    QVERIFY(reader);
    const Models::GroupStore *store = reader->groupStore();
    QVERIFY(store->knowsMyLevels());
    QCOMPARE(store->myLevel(kBookClub), std::optional<Level>(Level::Read));
    QCOMPARE(reader->permissions()->readableCount(), qint64(1));
    QVERIFY(!GroupPermissions::allows(store, kBookClub, GroupAction::Edit));
    QVERIFY(!GroupPermissions::allows(store, kBookClub, GroupAction::ChangeMembers));
    QVERIFY(!GroupPermissions::allows(store, kBookClub, GroupAction::Share));
    // In the words of the store, which names the group once it has read it.
    QVERIFY(await(reader->groupStore()->refresh(kBookClub)).ok());
    QCOMPARE(GroupPermissions::refusal(store, {kBookClub}, GroupAction::Edit), u"You can only read Book Club"_s);

    // Given write on Legal by the admin, and read again: write there, still read on Book Club.
    QCOMPARE(m_fixture->admin
                 .put(u"/groups/%1/shares/users"_s.arg(kLegal),
                     QJsonObject{{u"userIds"_s, QJsonArray{m_readerId}}, {u"permissionLevel"_s, u"write"_s}})
                 .status,
        200);
    QSignalSpy loaded(reader->permissions(), &Models::GroupPermissionLoader::loaded);
    reader->permissions()->load();
    QVERIFY(loaded.wait(kModelWaitMs));
    QCOMPARE(store->myLevel(kLegal), std::optional<Level>(Level::Write));
    QCOMPARE(store->myLevel(kBookClub), std::optional<Level>(Level::Read));
    QVERIFY(GroupPermissions::allows(store, kLegal, GroupAction::ChangeMembers));
    QVERIFY(!GroupPermissions::allows(store, kLegal, GroupAction::Share));
    QCOMPARE(
        m_fixture->admin.send("DELETE", u"/groups/%1/shares/users/%2"_s.arg(kLegal).arg(m_readerId), {}).status, 204);
}

void TestGroupPermissions::anAdminManagesEveryGroup()
{
    // Before a load nothing is known, and nothing is refused ahead of the server.
    Models::Workspace unloaded(m_fixture->client.get());
    QVERIFY(!unloaded.groupStore()->knowsMyLevels());
    QVERIFY(GroupPermissions::allows(unloaded.groupStore(), kBookClub, GroupAction::Share));

    std::unique_ptr<Models::Workspace> admin = workspaceFor(QString::fromLatin1(SandboxFixture::kAdminKey));
    QVERIFY(admin);
    for (qint64 id : QList<qint64>{1, kLegal, kBookClub})
        QCOMPARE(admin->groupStore()->myLevel(id), std::optional<Level>(Level::Manage));
    QCOMPARE(GroupPermissions::refusal(admin->groupStore(), {1, kLegal, kBookClub}, GroupAction::Share), QString());
}

void TestGroupPermissions::aDropOnAGroupReadOnlyIsRefusedBeforeTheRelease()
{
    std::unique_ptr<Models::Workspace> reader = workspaceFor(m_readerKey);
    QVERIFY(reader);
    QVERIFY(await(reader->groupStore()->refresh(kBookClub)).ok());
    const QList<Models::UserRef> users = m_fixture->nonMemberRefs(kBookClub, 1);
    const Models::UserDropDescription drop
        = Models::UserDropDescription::of({users, std::nullopt}, kBookClub, Qt::CopyAction, reader->groupStore());
    QVERIFY(drop.refused);
    QVERIFY(!drop.changesAnything);
    QCOMPARE(
        drop.text, u"Will be refused: Add %1 to Book Club. You can only read Book Club."_s.arg(users.first().name));

    // The admin's drop of the same people is what it was.
    std::unique_ptr<Models::Workspace> admin = workspaceFor(QString::fromLatin1(SandboxFixture::kAdminKey));
    QVERIFY(await(admin->groupStore()->refresh(kBookClub)).ok());
    const Models::UserDropDescription allowed
        = Models::UserDropDescription::of({users, std::nullopt}, kBookClub, Qt::CopyAction, admin->groupStore());
    QVERIFY(!allowed.refused);
    QCOMPARE(allowed.text, u"Add %1 to Book Club"_s.arg(users.first().name));
}

void TestGroupPermissions::aChangeOfWhichNothingWasDoneLeavesNoUndoStep()
{
    // Sent anyway (a path that did not ask first): the server refuses every add.
    std::unique_ptr<Models::Workspace> reader = workspaceFor(m_readerKey);
    QVERIFY(reader);
    QVERIFY(await(reader->groupStore()->refresh(kBookClub)).ok());
    QUndoStack *stack = reader->undoStack();
    const QList<Models::UserRef> users = m_fixture->nonMemberRefs(kBookClub, 2);
    QPointer<Models::ChangeOperation> run = reader->addMembers(kBookClub, users);
    QVERIFY(run);
    QCOMPARE(stack->count(), 1);
    QVERIFY(awaitChanges(*reader));
    QCOMPARE(run->count(Api::BulkOutcome::Failed), 2);
    // The refusal names the group, not "group 36".
    const QString reason = run->error(0).message();
    QVERIFY2(reason.contains(u"Book Club"_s) && !reason.contains(u"group 36"_s), qPrintable(reason));
    // No step that undoes nothing; the run stays for the Changes dock to show.
    QTRY_COMPARE(stack->count(), 0);
    QVERIFY(!stack->canUndo());
    QVERIFY(run);
    QCOMPARE(run->count(Api::BulkOutcome::Failed), 2);

    // A change that did something stays a step: the admin's.
    std::unique_ptr<Models::Workspace> admin = workspaceFor(QString::fromLatin1(SandboxFixture::kAdminKey));
    QVERIFY(await(admin->groupStore()->refresh(kBookClub)).ok());
    admin->addMembers(kBookClub, users);
    QVERIFY(awaitChanges(*admin));
    QTest::qWait(50);
    QCOMPARE(admin->undoStack()->count(), 1);
    admin->undoStack()->undo();
    QVERIFY(awaitChanges(*admin));
}

QTEST_GUILESS_MAIN(TestGroupPermissions)
#include "tst_grouppermissions.moc"
