// The words the app counts and lists with: a group's members ("13 members, all active", not
// "13 active of 13") and names in a sentence ("A, B and C", the first five and "and 3 more").

#include "models/membercounttext.h"
#include "models/namelist.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Models::MemberCountText;
using Models::NameList;

class TestWording : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void aGroupsMembersAreCountedInWords_data()
    {
        QTest::addColumn<qint64>("active");
        QTest::addColumn<qint64>("all");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << qint64(0) << qint64(0) << u"No members"_s;
        QTest::newRow("one, active") << qint64(1) << qint64(1) << u"1 member, active"_s;
        QTest::newRow("all active") << qint64(13) << qint64(13) << u"13 members, all active"_s;
        QTest::newRow("some deactivated") << qint64(11) << qint64(13) << u"13 members: 11 active, 2 deactivated"_s;
        QTest::newRow("none active") << qint64(0) << qint64(3) << u"3 members, none active"_s;
        QTest::newRow("one, deactivated") << qint64(0) << qint64(1) << u"1 member, deactivated"_s;
    }
    void aGroupsMembersAreCountedInWords()
    {
        QFETCH(qint64, active);
        QFETCH(qint64, all);
        QFETCH(QString, text);
        QCOMPARE(MemberCountText::of(active, all), text);
    }

    void namesAreJoinedAsASentence_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << QStringList() << QString();
        QTest::newRow("one") << QStringList{u"Ada"_s} << u"Ada"_s;
        QTest::newRow("two") << QStringList{u"Ada"_s, u"Kai"_s} << u"Ada and Kai"_s;
        QTest::newRow("three") << QStringList{u"Ada"_s, u"Kai"_s, u"Theo"_s} << u"Ada, Kai and Theo"_s;
        QTest::newRow("five") << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s} << u"A, B, C, D and E"_s;
        QTest::newRow("eight") << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s, u"H"_s}
                               << u"A, B, C, D, E and 3 more"_s;
    }
    void namesAreJoinedAsASentence()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, text);
        QCOMPARE(NameList::text(names), text);
    }
};

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
