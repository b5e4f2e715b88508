// Pasted text to users: ids, usernames, e-mails and full names in any separator, our own
// "Name <email>" lines, the words that name nobody or more than one user (with the users they
// name), a long paste read against the whole directory, and a failing server. Then what the
// add-members dialog shows over it: MemberResolutionModel (to be added, already members, not
// found, ambiguous with a pick) and CsvImportModel (a column of a CSV file).

#include "modeltestfixture.h"

#include "models/csvimportmodel.h"
#include "models/memberresolutionmodel.h"
#include "models/userresolver.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>

using Models::CsvImportModel;
using Models::MemberResolutionModel;
using Models::UserResolution;
using Models::UserResolver;

namespace {

/// The ids of the users \a resolution found, in its order.
QList<qint64> idsOf(const UserResolution &resolution)
{
    return ::idsOf(resolution.found);
}

} // namespace

class TestUserResolver : public QObject
{
    Q_OBJECT

private:
    UserResolution resolve(const QString &text, int *requests = nullptr)
    {
        UserResolver resolver(m_fixture.client.get());
        QSignalSpy resolved(&resolver, &UserResolver::resolved);
        int sent = 0;
        QObject context;
        connect(
            m_fixture.client->network(), &QNetworkAccessManager::finished, &context, [&](QNetworkReply *) { ++sent; });
        resolver.resolve(text);
        if (!resolved.wait(30'000) || resolved.size() != 1) {
            qWarning("no resolution");
            return {};
        }
        if (requests)
            *requests = sent;
        return resolved.first().first().value<UserResolution>();
    }

    /// A full name two people of the demo seed share, and their ids (by id).
    QPair<QString, QList<qint64>> sharedName()
    {
        const QString name = m_fixture
                                 .column(QStringLiteral("SELECT name FROM users GROUP BY name HAVING count(*) > 1 "
                                                        "ORDER BY name LIMIT 1"))
                                 .value(0)
                                 .toString();
        return {name, m_fixture.ids(QStringLiteral("SELECT id FROM users WHERE name = '%1' ORDER BY id").arg(name))};
    }

    /// Waits until \a model has resolved what it was given.
    static bool awaitResolved(const MemberResolutionModel &model)
    {
        return QTest::qWaitFor([&] { return model.isResolved() && !model.loadStatus()->isLoading(); }, kModelWaitMs);
    }

    QString field(qint64 userId, const QString &column)
    {
        return m_fixture.column(QStringLiteral("SELECT %1 FROM users WHERE id = %2").arg(column).arg(userId))
            .value(0)
            .toString();
    }

    ModelFixture m_fixture;

private Q_SLOTS:
    // Every test starts from the demo seed, in a sandbox of its own.
    void init() { QVERIFY(m_fixture.restartModels()); }
    void cleanupTestCase() { m_fixture.stopModels(); }

    void tokens_data();
    void tokens();
    void resolvesIdsUsernamesAndEmails();
    void aPartOfANameIsNotAMatch();
    void aWordNamingTwoUsersIsAmbiguous();
    void aLongPasteReadsTheDirectoryOnce();
    void aFailingServerIsReported();
    void aNewPasteCancelsTheOldOne();
    void aSharedFullNameIsAmbiguousWithItsCandidates();
    void aLongPasteMatchesFullNamesToo();

    void resolutionModelCountsAndSortsWhatItFound();
    void resolutionModelPicksOneOfAnAmbiguousWord();
    void resolutionModelFollowsTheGroupsMembers();
    void resolutionModelReportsAFailingServer();

    void csvImportGuessesHeaderAndColumn_data();
    void csvImportGuessesHeaderAndColumn();
    void csvImportReadsQuotedFieldsAndSemicolons();
};

void TestUserResolver::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("lines") << QStringLiteral("98\nada.lopez\r\n  jamal.schmidt@example.org  \n")
                           << QStringList{QStringLiteral("98"), QStringLiteral("ada.lopez"),
                                  QStringLiteral("jamal.schmidt@example.org")};
    QTest::newRow("commas and semicolons")
        << QStringLiteral("a, b;c ,, ;d")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    QTest::newRow("our own drag lines") << QStringLiteral("Ada Lopez <ada.lopez@example.org>\nZoë Ünal (zoe)")
                                        << QStringList{QStringLiteral("ada.lopez@example.org"), QStringLiteral("zoe")};
    QTest::newRow("mailto") << QStringLiteral("mailto:ada.lopez@example.org")
                            << QStringList{QStringLiteral("ada.lopez@example.org")};
    QTest::newRow("duplicates ignoring case")
        << QStringLiteral("Ada.Lopez\nada.lopez\nADA.LOPEZ") << QStringList{QStringLiteral("Ada.Lopez")};
    QTest::newRow("tabs from a spreadsheet") << QStringLiteral(
        "98\t99\t100") << QStringList{QStringLiteral("98"), QStringLiteral("99"), QStringLiteral("100")};
    QTest::newRow("nothing") << QStringLiteral(" \n , ; ") << QStringList();
}

void TestUserResolver::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(UserResolver::tokens(text), tokens);
}

void TestUserResolver::resolvesIdsUsernamesAndEmails()
{
    const UserResolution resolution = resolve(QStringLiteral(
        "98\njamal.schmidt\nCARLOS.OKAFOR@example.org\nAda Lopez <ada.lopez@example.org>\nnobody.here\n99999999"));
    QVERIFY(resolution.error.isNull());
    // Ada named twice (by id and by e-mail) is found once, where first named.
    QCOMPARE(idsOf(resolution), (QList<qint64>{98, 99, 100}));
    QCOMPARE(resolution.found.first().name, QStringLiteral("Ada Lopez"));
    QCOMPARE(resolution.found.first().email, QStringLiteral("ada.lopez@example.org"));
    QCOMPARE(resolution.notFound, (QStringList{QStringLiteral("nobody.here"), QStringLiteral("99999999")}));
    QVERIFY(resolution.ambiguous.isEmpty());
}

void TestUserResolver::aPartOfANameIsNotAMatch()
{
    // The server's query matches "ada" in many names; none is exactly "ada".
    const UserResolution resolution = resolve(QStringLiteral("ada\nlopez"));
    QVERIFY(resolution.found.isEmpty());
    QCOMPARE(resolution.notFound, (QStringList{QStringLiteral("ada"), QStringLiteral("lopez")}));
}

void TestUserResolver::aWordNamingTwoUsersIsAmbiguous()
{
    // Jamal's e-mail set to Ada's username: "ada.lopez" now names both.
    bool ok = false;
    m_fixture.server.runOnServer([&](SandboxServer &s) {
        ok = s.database().exec(QStringLiteral("UPDATE users SET email = 'ada.lopez' WHERE id = 99"));
    });
    QVERIFY(ok);
    const UserResolution resolution = resolve(QStringLiteral("ada.lopez, 100"));
    QCOMPARE(resolution.ambiguous, QStringList{QStringLiteral("ada.lopez")});
    QCOMPARE(resolution.candidates.size(), 1);
    QList<qint64> candidates = idsOf(resolution.candidates.first());
    std::sort(candidates.begin(), candidates.end());
    QCOMPARE(candidates, (QList<qint64>{98, 99}));
    QCOMPARE(idsOf(resolution), QList<qint64>{100});
    QCOMPARE(resolution.foundWords, QStringList{QStringLiteral("100")});
}

void TestUserResolver::aLongPasteReadsTheDirectoryOnce()
{
    QStringList words;
    QList<qint64> expected;
    const QList<QVariant> rows = m_fixture.column(
        QStringLiteral("SELECT id || ' ' || username || ' ' || email FROM users ORDER BY id DESC LIMIT 300"));
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList parts = rows.at(i).toString().split(QLatin1Char(' '));
        expected.append(parts.at(0).toLongLong());
        words.append(parts.at(i % 3)); // ids, usernames and e-mails in turn
    }
    words += {QStringLiteral("junk-1"), QStringLiteral("junk-2")};
    QVERIFY(words.size() >= UserResolver::kDirectoryThreshold);
    int requests = 0;
    const UserResolution resolution = resolve(words.join(QLatin1Char('\n')), &requests);
    QVERIFY(resolution.error.isNull());
    QCOMPARE(idsOf(resolution), expected);
    QCOMPARE(resolution.notFound, (QStringList{QStringLiteral("junk-1"), QStringLiteral("junk-2")}));
    QCOMPARE(requests, 1); // 325 users: one page of 1000
}

void TestUserResolver::aFailingServerIsReported()
{
    m_fixture.failRequests();
    for (const QString &text : {QStringLiteral("98\nada.lopez"), QString(QStringLiteral("u,").repeated(30))}) {
        const UserResolution resolution = resolve(text);
        QCOMPARE(resolution.error.httpStatus, 503);
        QVERIFY(!resolution.error.message().isEmpty());
        QVERIFY(resolution.found.isEmpty());
    }
}

void TestUserResolver::aNewPasteCancelsTheOldOne()
{
    UserResolver resolver(m_fixture.client.get());
    QSignalSpy resolved(&resolver, &UserResolver::resolved);
    FaultSettings slow;
    slow.latencyMinMs = slow.latencyMaxMs = 300;
    m_fixture.setFaults(slow);
    resolver.resolve(QStringLiteral("98"));
    resolver.resolve(QStringLiteral("99"));
    QVERIFY(resolved.wait(10'000));
    QTest::qWait(500);
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(idsOf(resolved.first().first().value<UserResolution>()), QList<qint64>{99});
}

void TestUserResolver::aSharedFullNameIsAmbiguousWithItsCandidates()
{
    const auto [name, ids] = sharedName();
    QVERIFY2(ids.size() >= 2, "the demo seed has two people of one name");
    const qint64 unique = m_fixture.ids(QStringLiteral("SELECT min(id) FROM users WHERE name IN "
                                                       "(SELECT name FROM users GROUP BY name HAVING count(*) = 1)"))
                              .value(0);
    // Any case, any spacing: what a spreadsheet holds.
    const UserResolution resolution
        = resolve(name.toUpper() + QStringLiteral("\n  ") + field(unique, QStringLiteral("name")).toLower());
    QVERIFY(resolution.error.isNull());
    QCOMPARE(resolution.ambiguous, QStringList{name.toUpper()});
    QList<qint64> candidates = idsOf(resolution.candidates.value(0));
    std::sort(candidates.begin(), candidates.end());
    QCOMPARE(candidates, ids);
    QCOMPARE(idsOf(resolution), QList<qint64>{unique});
}

void TestUserResolver::aLongPasteMatchesFullNamesToo()
{
    const auto [name, ids] = sharedName();
    QStringList words;
    for (qint64 id = 2; id < 2 + UserResolver::kDirectoryThreshold; ++id)
        words.append(QString::number(id));
    words.append(name);
    int requests = 0;
    const UserResolution resolution = resolve(words.join(QLatin1Char(';')), &requests);
    QCOMPARE(requests, 1);
    QCOMPARE(resolution.found.size(), UserResolver::kDirectoryThreshold);
    QCOMPARE(resolution.ambiguous, QStringList{name});
    QCOMPARE(idsOf(resolution.candidates.value(0)), ids);
}

void TestUserResolver::resolutionModelCountsAndSortsWhatItFound()
{
    const qint64 groupId = 23; // Boston Office
    const QList<qint64> members = m_fixture.memberIds(groupId);
    QVERIFY(members.size() >= 2);
    const qint64 outsider
        = m_fixture.ids(QStringLiteral("SELECT min(id) FROM users WHERE id > 1 AND id NOT IN (SELECT user_id FROM memberships "
                                       "WHERE group_id = %1)")
                            .arg(groupId))
              .value(0);
    const auto [name, ids] = sharedName();

    MemberResolutionModel model(m_fixture.workspace.get(), groupId);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Models::UserRef picked{members.at(1), field(members.at(1), QStringLiteral("name")),
        field(members.at(1), QStringLiteral("username")), {}};
    model.setPicked({picked});
    model.resolve(QStringLiteral("%1\n%2\nnobody.here\n%3")
                      .arg(field(members.first(), QStringLiteral("username")), field(outsider, QStringLiteral("email")),
                          name));
    QVERIFY(awaitResolved(model));
    QVERIFY(!model.loadStatus()->hasError());
    QVERIFY(model.membersKnown());

    // Ambiguous, not found, picked, then found in the order named.
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.kind(0), MemberResolutionModel::Kind::Ambiguous);
    QCOMPARE(model.word(0), name);
    QCOMPARE(idsOf(model.candidates(0)), ids);
    QCOMPARE(model.kind(1), MemberResolutionModel::Kind::NotFound);
    QCOMPARE(model.index(1, MemberResolutionModel::EntryColumn).data().toString(), QStringLiteral("nobody.here"));
    QCOMPARE(model.kind(2), MemberResolutionModel::Kind::AlreadyMember);
    QCOMPARE(model.index(2, 0).data(Models::IdRole).toLongLong(), members.at(1));
    QCOMPARE(model.kind(3), MemberResolutionModel::Kind::AlreadyMember);
    QCOMPARE(model.kind(4), MemberResolutionModel::Kind::ToAdd);
    QCOMPARE(model.index(4, MemberResolutionModel::EmailColumn).data().toString(),
        field(outsider, QStringLiteral("email")));
    QCOMPARE(model.index(4, 0).data(Models::KindRole).toInt(), int(MemberResolutionModel::Kind::ToAdd));

    QCOMPARE(model.foundCount(), 3);
    QCOMPARE(model.alreadyMemberCount(), 2);
    QCOMPARE(model.notFoundCount(), 1);
    QCOMPARE(model.ambiguousCount(), 1);
    QCOMPARE(model.summary(), QStringLiteral("3 found, 2 already members, 1 not found, 1 ambiguous"));
    QCOMPARE(idsOf(model.usersToAdd()), QList<qint64>{outsider});
    QCOMPARE(model.notFoundWords(), QStringList{QStringLiteral("nobody.here")});
}

void TestUserResolver::resolutionModelPicksOneOfAnAmbiguousWord()
{
    const auto [name, ids] = sharedName();
    const qint64 groupId = 23;
    MemberResolutionModel model(m_fixture.workspace.get(), groupId);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resolve(name);
    QVERIFY(awaitResolved(model));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex choice = model.index(0, MemberResolutionModel::NameColumn);
    QVERIFY(model.flags(choice) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, MemberResolutionModel::EmailColumn)) & Qt::ItemIsEditable));
    QCOMPARE(choice.data(Qt::EditRole).toInt(), -1);
    QVERIFY(model.usersToAdd().isEmpty());
    QVERIFY(!model.setData(choice, int(ids.size())));

    QSignalSpy counts(&model, &MemberResolutionModel::countsChanged);
    const int last = int(ids.size()) - 1;
    QVERIFY(model.setData(choice, last));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.pickedCandidate(0), last);
    QCOMPARE(model.ambiguousCount(), 0);
    QCOMPARE(model.foundCount(), 1);
    const bool member = m_fixture.memberIds(groupId).contains(ids.at(last));
    QCOMPARE(idsOf(model.usersToAdd()), member ? QList<qint64>{} : QList<qint64>{ids.at(last)});
    QCOMPARE(model.index(0, MemberResolutionModel::EmailColumn).data().toString(),
        field(ids.at(last), QStringLiteral("email")));

    // The choice stays when the text is looked up again, with more in it.
    model.resolve(name + QStringLiteral("\nnobody.here"));
    QVERIFY(awaitResolved(model));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.pickedCandidate(0), last);
    QVERIFY(model.setData(choice, -1));
    QVERIFY(model.usersToAdd().isEmpty());
}

void TestUserResolver::resolutionModelFollowsTheGroupsMembers()
{
    const qint64 groupId = 23;
    const qint64 outsider
        = m_fixture.ids(QStringLiteral("SELECT min(id) FROM users WHERE id > 1 AND id NOT IN (SELECT user_id FROM memberships "
                                       "WHERE group_id = %1)")
                            .arg(groupId))
              .value(0);
    MemberResolutionModel model(m_fixture.workspace.get(), groupId);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resolve(QString::number(outsider));
    QVERIFY(awaitResolved(model));
    QCOMPARE(model.kind(0), MemberResolutionModel::Kind::ToAdd);
    QCOMPARE(model.usersToAdd().size(), 1);

    // Added elsewhere in the app: the row says so at once.
    QVERIFY(m_fixture.workspace->addMembers(groupId, model.usersToAdd()));
    QVERIFY(awaitChanges(*m_fixture.workspace));
    QTRY_COMPARE(model.kind(0), MemberResolutionModel::Kind::AlreadyMember);
    QVERIFY(model.usersToAdd().isEmpty());
    QCOMPARE(model.summary(), QStringLiteral("1 found, 1 already a member"));
}

void TestUserResolver::resolutionModelReportsAFailingServer()
{
    MemberResolutionModel model(m_fixture.workspace.get(), 23);
    m_fixture.failRequests();
    model.resolve(QStringLiteral("98\nnobody.here"));
    QVERIFY(awaitResolved(model));
    QVERIFY(model.loadStatus()->hasError());
    QVERIFY(!model.loadStatus()->errorMessage().isEmpty());
    QCOMPARE(model.text(), QStringLiteral("98\nnobody.here"));

    // Retry looks the same words up again, and the group's members with them.
    m_fixture.setFaults({});
    model.loadStatus()->retry();
    QVERIFY(awaitResolved(model));
    QVERIFY(!model.loadStatus()->hasError());
    QVERIFY(model.membersKnown());
    QCOMPARE(model.foundCount(), 1);
    QCOMPARE(model.notFoundWords(), QStringList{QStringLiteral("nobody.here")});
}

void TestUserResolver::csvImportGuessesHeaderAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("e-mail column") << QByteArray("Name,User ID,E-mail Address\nAda,98,ada@x.org\nBo,99,bo@x.org\n")
                                   << true << 2 << QStringList{QStringLiteral("ada@x.org"), QStringLiteral("bo@x.org")};
    QTest::newRow("username before id") << QByteArray("id;Username\n98;ada\n99;bo") << true << 1
                                        << QStringList{QStringLiteral("ada"), QStringLiteral("bo")};
    QTest::newRow("id") << QByteArray("name\tuser_id\nAda\t98\n") << true << 1 << QStringList{QStringLiteral("98")};
    QTest::newRow("no header, e-mails") << QByteArray("Ada,ada@x.org\nBo,bo@x.org\n") << false << 1
                                        << QStringList{QStringLiteral("ada@x.org"), QStringLiteral("bo@x.org")};
    QTest::newRow("titles that say nothing") << QByteArray("who,team\nada,Data\n\n,Data\n") << true << 0
                                             << QStringList{QStringLiteral("ada")};
}

void TestUserResolver::csvImportGuessesHeaderAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, header);
    QFETCH(int, column);
    QFETCH(QStringList, values);
    CsvImportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(csv));
    QCOMPARE(model.hasHeader(), header);
    QCOMPARE(model.guessedColumn(), column);
    QCOMPARE(model.values(column), values);
}

void TestUserResolver::csvImportReadsQuotedFieldsAndSemicolons()
{
    CsvImportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QByteArray csv("\xEF\xBB\xBF\"Full name\";Email;Note\r\n\"Lopez; Ada, Jr.\";ada@x.org;\"said \"\"hi\"\"\"\r\n");
    for (int i = 0; i < 20; ++i)
        csv += "P" + QByteArray::number(i) + ";p" + QByteArray::number(i) + "@x.org;\r\n";
    QVERIFY(model.load(csv));
    QCOMPARE(model.separator(), QChar(u';'));
    QCOMPARE(model.fieldCount(), 3);
    QCOMPARE(model.columnTitle(0), QStringLiteral("Full name"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QCOMPARE(model.guessedColumn(), 1);
    QCOMPARE(model.dataRowCount(), 21);
    QCOMPARE(model.rowCount(), CsvImportModel::kPreviewRows);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Lopez; Ada, Jr."));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("said \"hi\""));
    QCOMPARE(model.values(1).size(), 21);

    // Told the first row is a person, it is one, under "Column 1" ...
    model.setHasHeader(false);
    QCOMPARE(model.dataRowCount(), 22);
    QCOMPARE(model.columnTitle(1), QStringLiteral("Column 2"));
    QCOMPARE(model.values(1).first(), QStringLiteral("Email"));
    QVERIFY(!model.load(QByteArray("\n\n")));
    QCOMPARE(model.columnCount(), 0);
}

QTEST_MAIN(TestUserResolver)
#include "tst_userresolver.moc"
