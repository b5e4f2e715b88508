// CSV as the exports write it and the add-members import reads it: what a spreadsheet needs to
// give back exactly what was written.

#include "models/csv.h"

#include <QtGui/QStandardItemModel>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {
/// What every file written starts with: UTF-8's byte order mark.
const QByteArray kBom = "\xEF\xBB\xBF"_ba;
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatMustBeQuoted();
    void namesWithCommasQuotesAndLineBreaksRoundTrip();
    void readsSemicolonsTabsBomAndBlankLines();
    void writesAModelWithItsHeader();
    void startsWithAByteOrderMarkAndWritesTimesWithTheirOffset();
};

void TestCsv::quotesOnlyWhatMustBeQuoted()
{
    QCOMPARE(Models::Csv::field(u"Ada Lovelace"_s), u"Ada Lovelace"_s);
    QCOMPARE(Models::Csv::field(u"Lovelace, Ada"_s), u"\"Lovelace, Ada\""_s);
    QCOMPARE(Models::Csv::field(u"Ada \"the first\""_s), u"\"Ada \"\"the first\"\"\""_s);
    QCOMPARE(Models::Csv::field(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(Models::Csv::write({u"a"_s, u"b"_s}, {{u"1"_s, u"2"_s}}), kBom + "a,b\r\n1,2\r\n"_ba);
}

void TestCsv::namesWithCommasQuotesAndLineBreaksRoundTrip()
{
    const QStringList header{u"Name"_s, u"E-mail"_s, u"Note"_s};
    const QList<QStringList> rows{
        {u"Lovelace, Ada"_s, u"ada@example.com"_s, u"said \"hello\""_s},
        {u"Zoë Ñúñez"_s, u""_s, u"first line\r\nsecond line"_s},
        {u" padded "_s, u"x;y"_s, u"tab\there"_s},
    };
    const QList<QStringList> read = Models::Csv::parse(Models::Csv::write(header, rows));
    QCOMPARE(read.size(), 4);
    QCOMPARE(read.first(), header);
    QCOMPARE(read.mid(1), rows);
}

void TestCsv::readsSemicolonsTabsBomAndBlankLines()
{
    const QByteArray semicolons = "\xEF\xBB\xBFid;email\n1;ada@example.com\n\n2;\"b;c\"\n"_ba;
    QCOMPARE(Models::Csv::guessSeparator(semicolons), QChar(u';'));
    const QList<QStringList> rows = Models::Csv::parse(semicolons, u';');
    QCOMPARE(rows, (QList<QStringList>{{u"id"_s, u"email"_s}, {u"1"_s, u"ada@example.com"_s}, {u"2"_s, u"b;c"_s}}));
    QCOMPARE(Models::Csv::guessSeparator("a\tb\tc\n1\t2\t3"_ba), QChar(u'\t'));
    QCOMPARE(Models::Csv::parse("a\tb"_ba, u'\t'), (QList<QStringList>{{u"a"_s, u"b"_s}}));
    // No final line break, and an empty last field.
    QCOMPARE(Models::Csv::parse("x,"_ba), (QList<QStringList>{{u"x"_s, u""_s}}));
}

void TestCsv::writesAModelWithItsHeader()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({u"Name"_s, u"Active"_s});
    model.setData(model.index(0, 0), u"Ada, Countess"_s);
    model.setData(model.index(0, 1), true);
    model.setData(model.index(1, 0), u"Bob"_s);
    model.setData(model.index(1, 1), false);
    QCOMPARE(Models::Csv::fromModel(&model), kBom + "Name,Active\r\n\"Ada, Countess\",yes\r\nBob,no\r\n"_ba);
    QCOMPARE(Models::Csv::fromModel(&model, {1}), kBom + "Active\r\nyes\r\nno\r\n"_ba);
}

void TestCsv::startsWithAByteOrderMarkAndWritesTimesWithTheirOffset()
{
    // A spreadsheet reads a file without the mark in the system's 8-bit code page.
    const QByteArray bytes = Models::Csv::write({u"name"_s}, {{u"Zoë"_s}});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), "name\r\nZo\xC3\xAB\r\n"_ba);
    QCOMPARE(Models::Csv::parse(bytes), (QList<QStringList>{{u"name"_s}, {u"Zoë"_s}}));

    // UTC is "+00:00", not "Z"; another offset as it is; no time, no text.
    const QDateTime utc(QDate(2026, 12, 6), QTime(17, 4), Qt::UTC);
    QCOMPARE(Models::Csv::dateTime(utc), u"2026-12-06T17:04:00+00:00"_s);
    QCOMPARE(Models::Csv::dateTime(utc.toOffsetFromUtc(-(5 * 3600 + 30 * 60))), u"2026-12-06T11:34:00-05:30"_s);
    QCOMPARE(Models::Csv::dateTime(utc.toOffsetFromUtc(3600)), u"2026-12-06T18:04:00+01:00"_s);
    QCOMPARE(Models::Csv::dateTime({}), QString());
    QStandardItemModel model(1, 1);
    model.setHorizontalHeaderLabels({u"at"_s});
    model.setData(model.index(0, 0), utc);
    QCOMPARE(Models::Csv::fromModel(&model), kBom + "at\r\n2026-12-06T17:04:00+00:00\r\n"_ba);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
