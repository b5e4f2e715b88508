// The group tabs' waiting while hidden (Gui::GroupTab), in a real main window over the
// in-process sandbox, counting the requests the app's client sends (its civis.api.http log):
// a click through the group list asks nothing for the tabs nobody looks at; the tab that shows
// loads the latest group it was given, once, and shows that group as the server has it after
// quick switching; a Refresh waits for a hidden tab until it shows.

#include "uitestfixture.h"

#include "models/childgrouptreemodel.h"
#include "models/effectiveaccessmodel.h"
#include "models/grouplistmodel.h"
#include "models/membertablemodel.h"
#include "models/sharemodel.h"
#include "ui/groups/childgroupstab.h"
#include "ui/groups/groupdetailstab.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/mainwindow.h"
#include "ui/members/memberstab.h"
#include "ui/sharing/accesstab.h"
#include "ui/sharing/sharingtab.h"
#include "ui/workspacewidget.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;

namespace {

// The demo seed's groups (ids in seed order).
constexpr qint64 kDataScience = 2;
constexpr qint64 kClientServices = 11;
constexpr qint64 kDataQuality = 29; // shared with Modeling Team and Data Engineering

/// The requests the app's client sent ("GET /groups/29/shares"), and how many were answered,
/// from its civis.api.http log lines ("GET /groups/29  try 1", then "GET /groups/29 200").
struct RequestLog
{
    static inline QMutex mutex;
    static inline QStringList sent;
    static inline int answered = 0;
    static inline QtMessageHandler previous = nullptr;

    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (!context.category || qstrcmp(context.category, "civis.api.http") != 0) {
            if (previous)
                previous(type, context, message);
            return;
        }
        const QStringList words = message.split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 3)
            return;
        const QMutexLocker locker(&mutex);
        if (words.at(words.size() - 2) == u"try"_s)
            sent.append(words.at(0) + u' ' + words.at(1));
        else
            ++answered;
    }
    static qsizetype count(const QString &request)
    {
        const QMutexLocker locker(&mutex);
        return sent.count(request);
    }
    /// Every request sent so far has its answer.
    static bool settled()
    {
        const QMutexLocker locker(&mutex);
        return answered >= sent.size();
    }
};

QString sharesRequest(qint64 id)
{
    return u"GET /groups/%1/shares"_s.arg(id);
}

QString childGroupsRequest(qint64 id)
{
    return u"GET /groups/%1/child_groups"_s.arg(id);
}

} // namespace

class TestGroupTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aHiddenTabAsksNothingUntilShownThenShowsTheLatestGroup();
    void aTabShownAgainAsksNothingMore();
    void aRefreshWaitsForAHiddenTabUntilItShows();
    void holdingPageDownLoadsOnlyWhereTheSelectionRests();

private:
    Gui::WorkspaceWidget *workspace() const { return m_window->workspaceWidget(); }
    /// Selects \a id in the group list (the tabs are told at once).
    bool select(qint64 id) const { return workspace()->groupListPanel()->selectGroup(id); }
    void showTab(QWidget *tab) const { workspace()->groupTabs()->setCurrentWidget(tab); }
    /// Waits until every request sent is answered and the Details tab holds group \a id.
    bool settle(qint64 id) const
    {
        Models::GroupStore *store = m_window->session()->workspace()->groupStore();
        return QTest::qWaitFor([&] { return RequestLog::settled() && store->group(id).has_value(); }, 30'000);
    }
    /// The ids of group \a id's share principals ("u17", "g1"), as the server answers the admin.
    QStringList serverShares(qint64 id) const;
    QStringList shownShares() const;

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestGroupTab::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
    {
        const QMutexLocker locker(&RequestLog::mutex);
        RequestLog::sent.clear();
        RequestLog::answered = 0;
    }
    QLoggingCategory::setFilterRules(u"civis.api.http.debug=true"_s);
    RequestLog::previous = qInstallMessageHandler(RequestLog::record);
    m_window = m_fixture->openMainWindow();
    QVERIFY(m_window);
    Models::GroupListModel *groups = workspace()->groupListPanel()->model();
    QVERIFY(QTest::qWaitFor([&] { return groups->rowCount() >= 36 && !groups->loadStatus()->isLoading(); }, 30'000));
    // The window opens on the Details tab: the four waiting tabs are hidden.
    QCOMPARE(workspace()->groupTabs()->currentWidget(), workspace()->groupTab<Gui::GroupDetailsTab>());
}

void TestGroupTab::cleanup()
{
    m_window.reset();
    qInstallMessageHandler(RequestLog::previous);
    QLoggingCategory::setFilterRules(u"civis.api.http.debug=false"_s);
    m_fixture.reset();
}

void TestGroupTab::holdingPageDownLoadsOnlyWhereTheSelectionRests()
{
    // Held down, an arrow key walks the list faster than a group loads: the Details tab asks for
    // the group the selection rests on, not for every group passed on the way.
    QVERIFY(select(kDataScience));
    QVERIFY(settle(kDataScience));
    auto *view = childNamed<QTreeView>(workspace(), u"groupTreeView"_s);
    view->setFocus();
    qsizetype sentBefore = 0;
    {
        const QMutexLocker locker(&RequestLog::mutex);
        sentBefore = RequestLog::sent.size();
    }
    QList<qint64> passed;
    for (int step = 0; step < 10; ++step) {
        QTest::keyClick(view, Qt::Key_Down);
        passed.append(workspace()->currentGroupId());
    }
    const qint64 rest = workspace()->currentGroupId();
    QVERIFY(rest != kDataScience);
    QVERIFY(settle(rest));
    QStringList asked;
    {
        const QMutexLocker locker(&RequestLog::mutex);
        asked = RequestLog::sent.mid(sentBefore);
    }
    for (const qint64 id : std::as_const(passed)) {
        const QString request = u"GET /groups/%1"_s.arg(id);
        QCOMPARE(asked.count(request), id == rest ? 1 : 0);
    }
}

QStringList TestGroupTab::serverShares(qint64 id) const
{
    QStringList keys;
    // The API answers a list of one share index.
    const QJsonObject index = m_fixture->admin.get(u"/groups/%1/shares"_s.arg(id)).array().at(0).toObject();
    for (const char *set : {"readers", "writers", "owners"}) {
        const QJsonObject object = index.value(QLatin1String(set)).toObject();
        for (const auto &[list, prefix] : {std::pair{"users", u'u'}, {"groups", u'g'}}) {
            for (const QJsonValue &value : object.value(QLatin1String(list)).toArray())
                keys.append(prefix + QString::number(value.toObject().value(u"id"_s).toInteger()));
        }
    }
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

QStringList TestGroupTab::shownShares() const
{
    const Models::ShareModel *shares = workspace()->groupTab<Gui::SharingTab>()->model();
    QStringList keys;
    for (int row = 0; row < shares->rowCount(); ++row) {
        const Models::ShareModel::Principal &principal = shares->principal(row);
        keys.append((principal.kind == Models::ShareModel::PrincipalKind::User ? u"u"_s : u"g"_s)
            + QString::number(principal.id));
    }
    keys.sort();
    return keys;
}

void TestGroupTab::aHiddenTabAsksNothingUntilShownThenShowsTheLatestGroup()
{
    Gui::MembersTab *members = workspace()->groupTab<Gui::MembersTab>();
    Gui::SharingTab *sharing = workspace()->groupTab<Gui::SharingTab>();
    Gui::AccessTab *access = workspace()->groupTab<Gui::AccessTab>();
    Gui::ChildGroupsTab *childGroups = workspace()->groupTab<Gui::ChildGroupsTab>();

    // Three groups clicked through, quickly, on the Details tab.
    QVERIFY(select(kDataScience));
    QVERIFY(select(kClientServices));
    QVERIFY(select(kDataQuality));
    QVERIFY(settle(kDataQuality));

    // Nothing was asked for the hidden tabs, and their models hold no group...
    for (const qint64 id : {kDataScience, kClientServices, kDataQuality}) {
        QCOMPARE(RequestLog::count(sharesRequest(id)), 0);
        QCOMPARE(RequestLog::count(childGroupsRequest(id)), 0);
    }
    QCOMPARE(members->model()->groupId(), 0);
    QCOMPARE(sharing->model()->groupId(), 0);
    QCOMPARE(access->model()->groupId(), 0);
    QCOMPARE(childGroups->model()->rootGroupId(), 0);
    QVERIFY(!sharing->model()->loadStatus()->isLoading());
    // ...but each remembers the last group it was given.
    QCOMPARE(members->groupId(), kDataQuality);
    QCOMPARE(sharing->groupId(), kDataQuality);
    QCOMPARE(access->groupId(), kDataQuality);
    QCOMPARE(childGroups->groupId(), kDataQuality);

    // Shown, a tab asks once, for the latest group only, and shows it as the server has it.
    showTab(sharing);
    QVERIFY(QTest::qWaitFor(
        [&] { return sharing->model()->groupId() == kDataQuality && !sharing->model()->loadStatus()->isLoading(); },
        30'000));
    QVERIFY(settle(kDataQuality));
    QCOMPARE(RequestLog::count(sharesRequest(kDataQuality)), 1);
    QCOMPARE(RequestLog::count(sharesRequest(kDataScience)), 0);
    QCOMPARE(RequestLog::count(sharesRequest(kClientServices)), 0);
    QVERIFY(!serverShares(kDataQuality).isEmpty());
    QCOMPARE(shownShares(), serverShares(kDataQuality));
    // The other hidden tabs still wait.
    QCOMPARE(access->model()->groupId(), 0);
    QCOMPARE(childGroups->model()->rootGroupId(), 0);
    QCOMPARE(RequestLog::count(childGroupsRequest(kDataQuality)), 0);

    showTab(childGroups);
    QTRY_COMPARE_WITH_TIMEOUT(childGroups->model()->rootGroupId(), kDataQuality, 30'000);
    // The tree asks as its three categories open, once the view lays them out.
    QVERIFY(QTest::qWaitFor([&] { return RequestLog::count(childGroupsRequest(kDataQuality)) > 0; }, 30'000));
    QVERIFY(settle(kDataQuality));
    QCOMPARE(RequestLog::count(childGroupsRequest(kDataQuality)), 1);
    QCOMPARE(RequestLog::count(childGroupsRequest(kDataScience)), 0);
    QCOMPARE(RequestLog::count(childGroupsRequest(kClientServices)), 0);

    showTab(access);
    QVERIFY(QTest::qWaitFor(
        [&] { return access->model()->groupId() == kDataQuality && !access->model()->loadStatus()->isLoading(); },
        30'000));
    QVERIFY(settle(kDataQuality));
    // The Sharing tab's one, and the Access tab's.
    QCOMPARE(RequestLog::count(sharesRequest(kDataQuality)), 2);
    QVERIFY(access->model()->rowCount() > 0);

    showTab(members);
    QVERIFY(QTest::qWaitFor(
        [&] { return members->model()->groupId() == kDataQuality && !members->model()->loadStatus()->isLoading(); },
        30'000));
    QList<qint64> shownMembers;
    for (int row = 0; row < members->model()->rowCount(); ++row)
        shownMembers.append(members->model()->member(row).id);
    std::sort(shownMembers.begin(), shownMembers.end());
    QVERIFY(!shownMembers.isEmpty());
    QCOMPARE(shownMembers, m_fixture->memberIds(kDataQuality));
}

void TestGroupTab::aTabShownAgainAsksNothingMore()
{
    Gui::SharingTab *sharing = workspace()->groupTab<Gui::SharingTab>();
    QVERIFY(select(kDataQuality));
    showTab(sharing);
    QVERIFY(QTest::qWaitFor(
        [&] { return sharing->model()->groupId() == kDataQuality && !sharing->model()->loadStatus()->isLoading(); },
        30'000));
    QVERIFY(settle(kDataQuality));
    QCOMPARE(RequestLog::count(sharesRequest(kDataQuality)), 1);

    // Hidden and shown again on the same group: loaded once, not again.
    showTab(workspace()->groupTab<Gui::GroupDetailsTab>());
    showTab(sharing);
    // Hidden, away to another group and back before it shows: the group it holds, asked for
    // nothing, neither the one passed through.
    showTab(workspace()->groupTab<Gui::GroupDetailsTab>());
    QVERIFY(select(kDataScience));
    QVERIFY(select(kDataQuality));
    QCOMPARE(sharing->model()->groupId(), kDataQuality);
    showTab(sharing);
    QVERIFY(settle(kDataQuality));
    QCOMPARE(RequestLog::count(sharesRequest(kDataQuality)), 1);
    QCOMPARE(RequestLog::count(sharesRequest(kDataScience)), 0);
    QCOMPARE(sharing->model()->groupId(), kDataQuality);
    QCOMPARE(shownShares(), serverShares(kDataQuality));
}

void TestGroupTab::aRefreshWaitsForAHiddenTabUntilItShows()
{
    Gui::SharingTab *sharing = workspace()->groupTab<Gui::SharingTab>();
    Gui::ChildGroupsTab *childGroups = workspace()->groupTab<Gui::ChildGroupsTab>();
    QVERIFY(select(kDataQuality));
    showTab(sharing);
    QTRY_COMPARE_WITH_TIMEOUT(sharing->model()->groupId(), kDataQuality, 30'000);
    showTab(childGroups);
    QVERIFY(QTest::qWaitFor([&] { return RequestLog::count(childGroupsRequest(kDataQuality)) > 0; }, 30'000));
    QVERIFY(settle(kDataQuality));
    QCOMPARE(RequestLog::count(sharesRequest(kDataQuality)), 1);
    QCOMPARE(RequestLog::count(childGroupsRequest(kDataQuality)), 1);

    // Refresh (F5) on the Child Groups tab: it asks again; the hidden Sharing tab does not yet.
    QAction *refresh = childNamed<QAction>(m_window.get(), u"refreshAction"_s);
    QVERIFY(refresh);
    refresh->trigger();
    QVERIFY(QTest::qWaitFor([&] { return RequestLog::count(childGroupsRequest(kDataQuality)) == 2; }, 30'000));
    QVERIFY(settle(kDataQuality));
    QCOMPARE(RequestLog::count(sharesRequest(kDataQuality)), 1);

    // Shown, it asks once; shown again, no more.
    showTab(sharing);
    QVERIFY(QTest::qWaitFor([&] { return RequestLog::count(sharesRequest(kDataQuality)) == 2; }, 30'000));
    QVERIFY(settle(kDataQuality));
    showTab(childGroups);
    showTab(sharing);
    QVERIFY(settle(kDataQuality));
    QCOMPARE(RequestLog::count(sharesRequest(kDataQuality)), 2);
    QCOMPARE(RequestLog::count(childGroupsRequest(kDataQuality)), 2);
    QCOMPARE(shownShares(), serverShares(kDataQuality));
}

QTEST_MAIN(TestGroupTab)
#include "tst_grouptab.moc"
