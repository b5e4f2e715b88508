// tst_userdirectorymodel: to be written (issue 4).
#include <QtTest/QTest>

class Placeholder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWrittenYet() { QFAIL("not written yet"); }
};

QTEST_MAIN(Placeholder)
#include "tst_userdirectorymodel.moc"
