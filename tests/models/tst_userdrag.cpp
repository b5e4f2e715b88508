// The users a drag carries: the app's MIME type round-trips ids, names and the group they came
// from; text/plain reads as "Name <email>" lines; a damaged or foreign payload is refused, not
// half-read. What a drop of them on a group will do is said before it happens.

#include "models/groupstore.h"
#include "models/userdrag.h"
#include "models/userdropdescription.h"

#include <QtCore/QMimeData>
#include <QtTest/QTest>

using Models::UserDrag;
using Models::UserRef;

class TestUserDrag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips();
    void textIsNameAndEmailLines();
    void refusesDamagedPayloads_data();
    void refusesDamagedPayloads();
    void aDropDescriptionSaysWhatItWillDo();
};

void TestUserDrag::roundTrips()
{
    UserDrag drag;
    drag.users = {{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), QStringLiteral("ada@example.com")},
        {7, QStringLiteral("Zoë Ünal"), QStringLiteral("zoe"), QString()}};
    drag.sourceGroupId = 23;
    std::unique_ptr<QMimeData> data(drag.toMimeData());
    QVERIFY(data->hasFormat(UserDrag::mimeType()));
    const std::optional<UserDrag> back = UserDrag::fromMimeData(data.get());
    QVERIFY(back);
    QCOMPARE(back->users, drag.users);
    QCOMPARE(back->sourceGroupId, std::optional<qint64>(23));

    drag.sourceGroupId.reset();
    data.reset(drag.toMimeData());
    QVERIFY(!UserDrag::fromMimeData(data.get())->sourceGroupId);
}

void TestUserDrag::textIsNameAndEmailLines()
{
    UserDrag drag;
    drag.users = {{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), QStringLiteral("ada@example.com")},
        {7, QStringLiteral("Zoë Ünal"), QStringLiteral("zoe"), QString()}};
    std::unique_ptr<QMimeData> data(drag.toMimeData());
    QCOMPARE(data->text(), QStringLiteral("Ada Lopez <ada@example.com>\nZoë Ünal (zoe)"));
}

void TestUserDrag::refusesDamagedPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("not JSON") << QByteArray("<html>nope</html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other version") << QByteArray(R"({"version":2,"users":[{"id":1,"name":"A"}]})");
    QTest::newRow("id missing") << QByteArray(R"({"version":1,"users":[{"name":"A"}]})");
    QTest::newRow("id a string") << QByteArray(R"({"version":1,"users":[{"id":"1","name":"A"}]})");
    QTest::newRow("id negative") << QByteArray(R"({"version":1,"users":[{"id":-4,"name":"A"}]})");
}

void TestUserDrag::refusesDamagedPayloads()
{
    QFETCH(QByteArray, payload);
    QMimeData data;
    data.setData(UserDrag::mimeType(), payload);
    QVERIFY(!UserDrag::fromMimeData(&data));

    QMimeData foreign;
    foreign.setText(QStringLiteral("Ada Lopez <ada@example.com>"));
    QVERIFY(!UserDrag::fromMimeData(&foreign));
    QVERIFY(!UserDrag::fromMimeData(nullptr));
}

void TestUserDrag::aDropDescriptionSaysWhatItWillDo()
{
    using Models::UserDropDescription;
    // A store that knows group 23 (Boston Office) with Ada as a member, and group 29 by name.
    Models::GroupStore store(nullptr);
    Api::Group boston;
    boston.id = 23;
    boston.name = QStringLiteral("Boston Office");
    Api::Member ada;
    ada.id = 98;
    ada.name = QStringLiteral("Ada Lopez");
    boston.members = {ada};
    store.absorb(boston);
    Api::Group quality;
    quality.id = 29;
    quality.name = QStringLiteral("Data Quality");
    store.absorb(quality);

    const UserRef adaRef{98, QStringLiteral("Ada Lopez"), QStringLiteral("ada.lopez"), QStringLiteral("ada@example.com")};
    const UserRef zoe{7, QStringLiteral("Zoë Ünal"), QStringLiteral("zoe"), QString()};
    const UserRef bo{8, QStringLiteral("Bo Li"), QStringLiteral("bo"), QString()};

    // From the users panel (no source group): an add of those not yet members.
    UserDrag drag;
    drag.users = {adaRef, zoe, bo};
    UserDropDescription description = UserDropDescription::of(drag, 23, Qt::CopyAction, &store);
    QVERIFY(description.changesAnything);
    QVERIFY(!description.isMove);
    QCOMPARE(description.usersToAdd, (QList<UserRef>{zoe, bo}));
    QCOMPARE(description.text, QStringLiteral("Add 2 people to Boston Office (1 already a member)"));
    // Without a source group, the move modifier cannot make it a move.
    QVERIFY(!UserDropDescription::of(drag, 23, Qt::MoveAction, &store).isMove);

    // One person, named.
    drag.users = {zoe};
    QCOMPARE(UserDropDescription::of(drag, 23, Qt::CopyAction, &store).text, QStringLiteral("Add Zoë Ünal to Boston Office"));

    // Everyone a member already: refused, saying so.
    drag.users = {adaRef};
    description = UserDropDescription::of(drag, 23, Qt::CopyAction, &store);
    QVERIFY(!description.changesAnything);
    QVERIFY(description.usersToAdd.isEmpty());
    QCOMPARE(description.text, QStringLiteral("Ada Lopez is already a member of Boston Office"));

    // Out of a member table, with the move modifier: a move, from the group they leave.
    drag.users = {zoe, bo};
    drag.sourceGroupId = 29;
    description = UserDropDescription::of(drag, 23, Qt::MoveAction, &store);
    QVERIFY(description.changesAnything);
    QVERIFY(description.isMove);
    QCOMPARE(description.text, QStringLiteral("Move 2 people from Data Quality to Boston Office"));
    description = UserDropDescription::of(drag, 23, Qt::CopyAction, &store);
    QVERIFY(!description.isMove);
    QCOMPARE(description.text, QStringLiteral("Add 2 people to Boston Office"));

    // Back onto the very group they were dragged from: refused, saying why.
    description = UserDropDescription::of(drag, 29, Qt::MoveAction, &store);
    QVERIFY(!description.changesAnything);
    QVERIFY2(description.text.startsWith(QStringLiteral("Already in Data Quality")), qPrintable(description.text));

    // A group whose members are not loaded counts nobody as a member.
    drag.sourceGroupId.reset();
    drag.users = {adaRef};
    description = UserDropDescription::of(drag, 31, Qt::CopyAction, &store);
    QVERIFY(description.changesAnything);
    QCOMPARE(description.usersToAdd, QList<UserRef>{adaRef});

    // Nobody at all.
    QVERIFY(!UserDropDescription::of(UserDrag(), 23, Qt::CopyAction, &store).changesAnything);
}

QTEST_GUILESS_MAIN(TestUserDrag)
#include "tst_userdrag.moc"
