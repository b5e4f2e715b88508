// The users a drag carries: the app's MIME type round-trips ids, names and the group they came
// from; text/plain reads as "Name <email>" lines; a damaged or foreign payload is refused, not
// half-read.

#include "models/userdrag.h"

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

QTEST_GUILESS_MAIN(TestUserDrag)
#include "tst_userdrag.moc"
