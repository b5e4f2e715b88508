// The strip every list and tab shows its model's loading state and last error in.

#include "uitestfixture.h"

#include "models/grouplistmodel.h"
#include "models/loadstatus.h"
#include "ui/widgets/loadstatusbar.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

class TestLoadStatusBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<UiFixture>();
        QVERIFY(m_fixture->startUi());
    }
    void cleanup() { m_fixture.reset(); }
    void showsLoadingThenHides();
    void showsTheServersErrorAndRetryRecovers();
    void aLongErrorWrapsAtTheWidthItHas();

private:
    std::unique_ptr<UiFixture> m_fixture; ///< A fresh sandbox for every test.
};

void TestLoadStatusBar::showsLoadingThenHides()
{
    QWidget window;
    auto *bar = new Gui::LoadStatusBar(&window);
    (new QVBoxLayout(&window))->addWidget(bar);
    Models::GroupListModel model(m_fixture->workspace.get());
    bar->setStatus(model.loadStatus());
    window.show();
    QVERIFY(!bar->isBusyShown());
    const int height = bar->height();

    model.fetchMore({});
    QVERIFY(bar->isBusyShown());
    QVERIFY(childNamed<QProgressBar>(bar, u"busyProgressBar"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!model.loadStatus()->isLoading(), 30'000);
    QVERIFY(!bar->isBusyShown());
    QVERIFY(bar->errorText().isEmpty());
    // Loading and done take the same room: nothing below jumps as pages come.
    QCOMPARE(bar->height(), height);
    QCOMPARE(model.rowCount(), 36);
}

void TestLoadStatusBar::showsTheServersErrorAndRetryRecovers()
{
    QWidget window;
    auto *bar = new Gui::LoadStatusBar(&window);
    (new QVBoxLayout(&window))->addWidget(bar);
    Models::GroupListModel model(m_fixture->workspace.get());
    bar->setStatus(model.loadStatus());
    window.show();

    m_fixture->client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings failing;
    failing.failureRate = 1.0;
    m_fixture->setFaults(failing);
    model.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.loadStatus()->isLoading(), 30'000);
    QVERIFY2(bar->errorText().contains(u"temporarily unavailable"_s), qPrintable(bar->errorText()));
    auto *retry = childNamed<QPushButton>(bar, u"retryButton"_s);
    QVERIFY(retry && retry->isVisible() && retry->isEnabled());

    m_fixture->setFaults({});
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 36, 30'000);
    QVERIFY(bar->errorText().isEmpty());
    QVERIFY(childNamed<QFrame>(bar, u"errorFrame"_s)->isHidden());
}

void TestLoadStatusBar::aLongErrorWrapsAtTheWidthItHas()
{
    // The server's words may quote a name of hundreds of characters without a space: the strip
    // wraps them, and does not make its window as wide as they are.
    QWidget window;
    auto *bar = new Gui::LoadStatusBar(&window);
    (new QVBoxLayout(&window))->addWidget(bar);
    Models::LoadStatus status([] {}, &window);
    bar->setStatus(&status);
    window.resize(600, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Api::ApiError error;
    error.kind = Api::ApiError::Kind::Refusal;
    error.httpStatus = 404;
    error.errorDescription = u"The group Analytics"_s + QString(300, u'O') + u" was not found."_s;
    status.setError(error);
    QCoreApplication::processEvents();
    QVERIFY2(window.minimumSizeHint().width() <= 600, qPrintable(QString::number(window.minimumSizeHint().width())));
    QCOMPARE(window.width(), 600);
    auto *label = childNamed<QLabel>(bar, u"errorLabel"_s);
    QVERIFY2(label->height() >= 3 * label->fontMetrics().height(), qPrintable(QString::number(label->height())));
    QCOMPARE(bar->errorText(), error.errorDescription); // the words whole
}

QTEST_MAIN(TestLoadStatusBar)
#include "tst_loadstatusbar.moc"
