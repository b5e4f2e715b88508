// Pasted text to users: ids, usernames and e-mails in any separator, our own "Name <email>"
// lines, the words that name nobody or more than one user, a long paste read against the whole
// directory, and a failing server.

#include "modeltestfixture.h"

#include "models/userresolver.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>

using Models::UserResolution;
using Models::UserResolver;

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

    static QList<qint64> idsOf(const UserResolution &resolution)
    {
        QList<qint64> ids;
        for (const Models::UserRef &user : resolution.found)
            ids.append(user.id);
        return ids;
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
    QCOMPARE(idsOf(resolution), QList<qint64>{100});
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

QTEST_MAIN(TestUserResolver)
#include "tst_userresolver.moc"
