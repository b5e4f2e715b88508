// The Details tab for a keyboard: its values are selectable by mouse, but the Tab key stops on
// them once, as one details area (not on each of its fifteen labels); there Ctrl+C copies every
// value, in a value the text the mouse selected, and a screen reader is given them all.

#include "uitestfixture.h"

#include "models/groupstore.h"
#include "models/loadstatus.h"
#include "ui/groups/groupdetailstab.h"

#include <QtGui/QClipboard>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kBoston = 23; // "Boston Office" in the demo seed, slug boston-office

} // namespace

class TestGroupDetailsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tabStopsOnceOnTheValues();
    void copyGivesEveryValueOrTheSelection();

private:
    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<QWidget> m_window; ///< A field before the tab and one after it, to Tab from and to.
    Gui::GroupDetailsTab *m_tab = nullptr;
    QLineEdit *m_before = nullptr;
    QLineEdit *m_after = nullptr;
};

void TestGroupDetailsTab::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    const QString key = QString::fromLatin1(SandboxFixture::kAdminKey);
    Api::ApiClient admin(m_fixture->settings(key));
    const auto me = await(admin.users().me());
    QVERIFY(me.ok());
    m_session = std::make_unique<Gui::Session>(m_fixture->settings(key), *me);
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_before = new QLineEdit(m_window.get());
    m_tab = new Gui::GroupDetailsTab(m_session.get(), m_window.get());
    m_after = new QLineEdit(m_window.get());
    layout->addWidget(m_before);
    layout->addWidget(m_tab);
    layout->addWidget(m_after);
    m_window->resize(700, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_tab->setGroup(kBoston);
    Models::GroupStore *store = m_session->workspace()->groupStore();
    QVERIFY(QTest::qWaitFor(
        [&] { return store->group(kBoston).has_value() && !m_tab->loadStatus()->isLoading(); }, 30'000));
    QTRY_COMPARE(childNamed<QLabel>(m_tab, u"nameValueLabel"_s)->text(), u"Boston Office"_s);
}

void TestGroupDetailsTab::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_fixture.reset();
}

void TestGroupDetailsTab::tabStopsOnceOnTheValues()
{
    // Tab from the field before to the field after: Edit, Replace, the details area, and no label.
    m_before->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_before);
    QStringList reached;
    for (int i = 0; i < 30 && QApplication::focusWidget() != m_after; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
    }
    QCOMPARE(reached, QStringList({u"editButton"_s, u"replaceButton"_s, u"detailsScrollArea"_s, QString()}));
    // Shift+Tab goes back the same way.
    QTest::keyClick(m_after, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"detailsScrollArea"_s);

    // Every value is still selectable with the mouse.
    const QList<QLabel *> labels = m_tab->findChildren<QLabel *>();
    int values = 0;
    for (const QLabel *label : labels) {
        if (!label->objectName().endsWith("ValueLabel"_L1))
            continue;
        ++values;
        QVERIFY2(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse), qPrintable(label->objectName()));
        QVERIFY2(!(label->focusPolicy() & Qt::TabFocus), qPrintable(label->objectName()));
    }
    QVERIFY(values >= 14);

    // Focus on the area tells a screen reader every value.
    const QString description = childNamed<QScrollArea>(m_tab, u"detailsScrollArea"_s)->accessibleDescription();
    QVERIFY2(description.contains(u"Name: Boston Office"_s), qPrintable(description));
    QVERIFY2(description.contains(u"Slug: boston-office"_s), qPrintable(description));
}

void TestGroupDetailsTab::copyGivesEveryValueOrTheSelection()
{
    auto *area = childNamed<QScrollArea>(m_tab, u"detailsScrollArea"_s);
    area->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), area);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(area, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QVERIFY2(lines.contains(u"Name: Boston Office"_s), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.contains(u"Slug: boston-office"_s), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.contains(u"Group id: %1"_s.arg(kBoston)), qPrintable(lines.join(u'|')));

    // In a value the mouse selected part of, Ctrl+C copies that part.
    auto *name = childNamed<QLabel>(m_tab, u"nameValueLabel"_s);
    QTest::mouseClick(name, Qt::LeftButton, {}, QPoint(2, name->height() / 2));
    name->setSelection(0, 6);
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClick(name, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Boston"_s);
}

QTEST_MAIN(TestGroupDetailsTab)
#include "tst_groupdetailstab.moc"
