// The Access tab and Export Sharing Report, through the real widgets over the in-process
// sandbox: who can reach a demo group and why, checked against the server; the filter and the
// count; deactivated accounts counted apart, dimmed and hidden on request (kept in the
// settings); the organization's admins said; the e-mails whole at 1600 px; export of the rows
// shown with ids, usernames and e-mails; a share group that cannot be read, said with Retry; and the
// report of three selected groups written to a file whose rows match the server, without
// stalling the event loop.

#include "uitestfixture.h"

#include "sharingreportcheck.h"

#include "models/csv.h"
#include "models/effectiveaccessmodel.h"
#include "models/grouplistmodel.h"
#include "models/roles.h"
#include "models/sharingreport.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/mainwindow.h"
#include "ui/members/memberstab.h"
#include "ui/session.h"
#include "ui/sharing/accesstab.h"
#include "ui/sharing/sharingreportexport.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/workspacewidget.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QPointer>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QProgressDialog>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;
using Models::EffectiveAccessModel;

namespace {
// The demo seed's groups (ids in seed order).
constexpr qint64 kDataScience = 2; // shared with Platform Admins
constexpr qint64 kClientServices = 11; // shared with Harbor Analysts, which the admin cannot read
constexpr qint64 kRegionalLeads = 21;
constexpr qint64 kNortheastRegion = 22; // shared with Regional Leads
constexpr qint64 kDataQuality = 29; // shared with Modeling Team and Data Engineering
} // namespace

class TestAccessTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theTabShowsWhoCanReachTheGroupAndWhy();
    void theFilterAndTheLevelNarrowTheRows();
    void exportWritesTheRowsShown();
    void anUnreadableShareGroupIsSaidWithRetry();
    void theSharingReportOfThreeGroupsMatchesTheServer();
    void theSharingReportCancelsWithoutAFile();
    void deactivatedAccountsAreCountedApartAndHiddenOnRequest();
    void theOrganizationAdminsAreSaidAndTheEmailsFit();

private:
    /// "35 active people can reach X" as the count says it, untranslated ("35 active person(s)")
    /// or in the English catalog's plural forms.
    static QString activePeople(int count) { return u"%1 active (person|people|person\\(s\\))"_s.arg(count); }
    void openWindow();
    bool showAccess(qint64 id);
    Gui::AccessTab *tab() const { return m_window->workspaceWidget()->groupTab<Gui::AccessTab>(); }
    QTreeView *view() const { return childNamed<QTreeView>(tab(), u"effectiveAccessTableView"_s); }
    QString countText() const { return childNamed<QLabel>(tab(), u"accessCountLabel"_s)->text(); }
    QAction *windowAction(const QString &name) const { return childNamed<QAction>(m_window.get(), name); }
    /// Answers the next csvFileDialog with \a path, from a timer: the dialog runs its own loop.
    void answerFileDialog(const QString &path, QString *suggested = nullptr);

    /// The sorted ids of group \a id's members, as the server answers the admin.
    QList<qint64> serverMembers(qint64 id) const
    {
        QList<qint64> ids;
        const QJsonArray members = m_fixture->admin.get(u"/groups/%1"_s.arg(id)).object().value(u"members"_s).toArray();
        for (const QJsonValue &member : members)
            ids.append(member.toObject().value(u"id"_s).toInteger());
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
    QTemporaryDir m_folder;
};

void TestAccessTab::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestAccessTab::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestAccessTab::openWindow()
{
    const auto me = await(m_fixture->client->users().me());
    QVERIFY(me.ok());
    m_window = std::make_unique<Gui::MainWindow>();
    m_window->setSession(
        std::make_unique<Gui::Session>(m_fixture->settings(QString::fromLatin1(SandboxFixture::kAdminKey)), *me));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Models::GroupListModel *groups = m_window->workspaceWidget()->groupListPanel()->model();
    QVERIFY(QTest::qWaitFor([&] { return groups->rowCount() >= 36 && !groups->loadStatus()->isLoading(); }, 30'000));
}

bool TestAccessTab::showAccess(qint64 id)
{
    if (!m_window->workspaceWidget()->groupListPanel()->selectGroup(id))
        return false;
    m_window->workspaceWidget()->groupTabs()->setCurrentWidget(tab());
    return QTest::qWaitFor(
        [&] { return tab()->model()->groupId() == id && !tab()->model()->loadStatus()->isLoading(); }, 30'000);
}

void TestAccessTab::answerFileDialog(const QString &path, QString *suggested)
{
    auto *timer = new QTimer(m_window.get());
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer, path, suggested] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"csvFileDialog"_s)
            return;
        timer->stop();
        timer->deleteLater();
        if (suggested)
            *suggested = dialog->selectedFiles().value(0);
        dialog->selectFile(path);
        // selectFile() leaves the name field alone while it has the focus: type the path there too.
        if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
            name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    timer->start();
}

void TestAccessTab::theTabShowsWhoCanReachTheGroupAndWhy()
{
    openWindow();
    QTabWidget *tabs = m_window->workspaceWidget()->groupTabs();
    const int index = tabs->indexOf(tab());
    QCOMPARE(tab()->objectName(), u"accessTab"_s);
    QCOMPARE(tabs->tabText(index), u"&Access"_s);
    QVERIFY(index > tabs->indexOf(m_window->workspaceWidget()->groupTab<Gui::MembersTab>()));
    // A hidden tab loads nothing.
    QVERIFY(m_window->workspaceWidget()->groupListPanel()->selectGroup(kNortheastRegion));
    QCOMPARE(tab()->model()->groupId(), 0);

    QVERIFY(showAccess(kNortheastRegion));
    QVERIFY2(childNamed<Gui::LoadStatusBar>(tab(), u"loadStatusBar"_s)->errorText().isEmpty(),
        qPrintable(childNamed<Gui::LoadStatusBar>(tab(), u"loadStatusBar"_s)->errorText()));
    // Every member of Regional Leads (which manages Northeast Region) is a row, via it, at manage.
    const QList<qint64> members = serverMembers(kRegionalLeads);
    QVERIFY(!members.isEmpty());
    QAbstractItemModel *shown = view()->model();
    int throughRegionalLeads = 0;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const qint64 id = shown->index(row, 0).data(Models::IdRole).toLongLong();
        const QString via = shown->index(row, EffectiveAccessModel::ViaColumn).data().toString();
        if (via.contains(u"Member of Regional Leads"_s)) {
            ++throughRegionalLeads;
            QVERIFY(members.contains(id));
            QCOMPARE(shown->index(row, EffectiveAccessModel::LevelColumn).data().toString(), u"Manage"_s);
            QVERIFY(shown->index(row, EffectiveAccessModel::ViaColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"Member of Regional Leads (manage)"_s));
        }
    }
    QCOMPARE(throughRegionalLeads, members.size());
    // Highest level first.
    for (int row = 1; row < shown->rowCount(); ++row) {
        QVERIFY(shown->index(row - 1, EffectiveAccessModel::LevelColumn).data(Models::RawValueRole).toInt()
            >= shown->index(row, EffectiveAccessModel::LevelColumn).data(Models::RawValueRole).toInt());
    }
    const Models::EffectiveAccess &access = tab()->model()->access();
    const QRegularExpression count(
        u"^%1 can reach Northeast Region: %2 manage, %3 write, %4 read(; \\d+ deactivated .*)?$"_s
            .arg(activePeople(access.activeCount()))
            .arg(access.count(Api::PermissionLevel::Manage))
            .arg(access.count(Api::PermissionLevel::Write))
            .arg(access.count(Api::PermissionLevel::Read)));
    QVERIFY2(count.match(countText()).hasMatch(), qPrintable(countText()));

    // Refresh loads it anew, and a share made elsewhere shows.
    const qint64 outsider = m_fixture
                                ->ids(u"SELECT id FROM users WHERE organization_id = 1 AND id NOT IN "
                                      "(SELECT user_id FROM memberships WHERE group_id = 21) AND id NOT IN "
                                      "(SELECT user_id FROM user_shares WHERE group_id = 22) AND id <> 1"_s)
                                .first();
    QCOMPARE(m_fixture->admin
                 .put(u"/groups/%1/shares/users"_s.arg(kNortheastRegion),
                     QJsonObject{{u"user_ids"_s, QJsonArray{outsider}}, {u"permission_level"_s, u"write"_s}})
                 .status,
        200);
    QVERIFY(tab()->model()->rowOf(outsider) < 0);
    windowAction(u"refreshAction"_s)->trigger();
    QVERIFY(QTest::qWaitFor([&] { return tab()->model()->rowOf(outsider) >= 0; }, 30'000));
    QCOMPARE(tab()->model()->person(tab()->model()->rowOf(outsider)).viaText(), u"Shared directly"_s);
}

void TestAccessTab::theFilterAndTheLevelNarrowTheRows()
{
    openWindow();
    QVERIFY(showAccess(kDataQuality));
    const int total = tab()->model()->rowCount();
    QVERIFY(total > 0);
    auto *filter = childNamed<QLineEdit>(tab(), u"accessFilterLineEdit"_s);
    // A group's name filters on the way in: those reaching it through Modeling Team.
    QTest::keyClicks(filter, u"modeling team"_s);
    const int shown = view()->model()->rowCount();
    QVERIFY(shown > 0 && shown < total);
    for (int row = 0; row < shown; ++row)
        QVERIFY(view()
                    ->model()
                    ->index(row, EffectiveAccessModel::ViaColumn)
                    .data()
                    .toString()
                    .contains(u"Member of Modeling Team"_s));
    QCOMPARE(shown, int(serverMembers(28).size()));
    QVERIFY2(QRegularExpression(u"^%1 of %2 (people|person\\(s\\)) shown$"_s.arg(shown).arg(total))
                 .match(countText())
                 .hasMatch(),
        qPrintable(countText()));
    // Esc clears it.
    m_window->activateWindow();
    filter->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(view()->model()->rowCount(), total);

    auto *level = childNamed<QComboBox>(tab(), u"accessLevelComboBox"_s);
    level->setCurrentIndex(level->findData(int(Api::PermissionLevel::Write)));
    const QList<Models::PersonAccess> &people = tab()->model()->access().people;
    QCOMPARE(view()->model()->rowCount(),
        std::count_if(people.cbegin(), people.cend(),
            [](const Models::PersonAccess &person) { return person.level == Api::PermissionLevel::Write; }));
    for (int row = 0; row < view()->model()->rowCount(); ++row)
        QCOMPARE(view()->model()->index(row, EffectiveAccessModel::LevelColumn).data().toString(), u"Write"_s);
}

void TestAccessTab::exportWritesTheRowsShown()
{
    openWindow();
    QVERIFY(showAccess(kNortheastRegion));
    childNamed<QLineEdit>(tab(), u"accessFilterLineEdit"_s)->setText(u"Regional"_s);
    const int shown = view()->model()->rowCount();
    QVERIFY(shown > 0);
    const QString path = m_folder.filePath(u"access.csv"_s);
    QString suggested;
    answerFileDialog(path, &suggested);
    QAction *exportAction = childNamed<QAction>(tab(), u"exportAccessAction"_s);
    QVERIFY(exportAction->isEnabled());
    exportAction->trigger();
    QVERIFY2(suggested.endsWith(u"northeast-region access.csv"_s), qPrintable(suggested));
    // In a folder that exists (Documents, else home), not the working directory.
    QVERIFY2(QFileInfo(suggested).dir().exists(), qPrintable(suggested));
    QVERIFY2(QFileInfo(suggested).absolutePath() != QDir::currentPath(), qPrintable(suggested));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> csv = Models::Csv::parse(file.readAll());
    // The people shown, then the row saying the organization's admins manage it too.
    QCOMPARE(csv.size(), qsizetype(shown + 2));
    QCOMPARE(csv.first(), EffectiveAccessModel::csvHeader());
    for (int row = 0; row < shown; ++row) {
        const QStringList &line = csv.at(row + 1);
        const qint64 id = view()->model()->index(row, 0).data(Models::IdRole).toLongLong();
        const QJsonObject user = m_fixture->admin.get(u"/users/%1"_s.arg(id)).object();
        QCOMPARE(line.at(0), QString::number(kNortheastRegion));
        QCOMPARE(line.at(2), QString::number(id));
        QCOMPARE(line.at(3), view()->model()->index(row, EffectiveAccessModel::PersonColumn).data().toString());
        QCOMPARE(line.at(4), user.value(u"user"_s).toString());
        QCOMPARE(line.at(5), user.value(u"email"_s).toString());
        QVERIFY(line.at(8).contains(u"Member of Regional Leads"_s));
        QCOMPARE(line.at(9), QString::number(kRegionalLeads));
    }
    QVERIFY2(csv.last().at(8).startsWith(u"Organization admins of "_s), qPrintable(csv.last().join(u',')));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"access.csv"_s));
}

void TestAccessTab::anUnreadableShareGroupIsSaidWithRetry()
{
    openWindow();
    QVERIFY(showAccess(kClientServices));
    auto *bar = childNamed<Gui::LoadStatusBar>(tab(), u"loadStatusBar"_s);
    QVERIFY2(bar->errorText().contains(u"Harbor Analysts"_s), qPrintable(bar->errorText()));
    auto *retry = childNamed<QPushButton>(bar, u"retryButton"_s);
    QVERIFY(retry->isVisible());
    // The people who could be read are still listed, as not all.
    QVERIFY(view()->model()->rowCount() > 0);
    QVERIFY2(QRegularExpression(
                 u"^At least %1 can reach Client Services"_s.arg(activePeople(tab()->model()->access().activeCount())))
                 .match(countText())
                 .hasMatch(),
        qPrintable(countText()));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !tab()->model()->loadStatus()->isLoading(); }, 30'000));
    QVERIFY(bar->errorText().contains(u"Harbor Analysts"_s));
}

void TestAccessTab::theSharingReportOfThreeGroupsMatchesTheServer()
{
    openWindow();
    Gui::GroupListPanel *list = m_window->workspaceWidget()->groupListPanel();
    QAction *report = windowAction(u"exportSharingReportAction"_s);
    // In the group list's context menu too, with its shortcut there.
    auto *groupView = childNamed<QTreeView>(list, u"groupTreeView"_s);
    QVERIFY(groupView->actions().contains(report));
    QVERIFY(!report->shortcut().isEmpty());

    // Three groups selected.
    const QList<qint64> ids{kNortheastRegion, kDataScience, kDataQuality};
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = list->model()->rowOf(id);
        QVERIFY(row >= 0);
        selection.select(list->model()->index(row, 0), list->model()->index(row, list->model()->columnCount() - 1));
    }
    groupView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(report->isEnabled());

    // The event loop keeps turning while the report loads: the longest gap between ticks of a
    // 5 ms timer is measured until the report has finished (before the save dialog opens).
    EventLoopWatch watch;
    const QString path = m_folder.filePath(u"report.csv"_s);
    answerFileDialog(path);
    report->trigger();
    auto *exporter = m_window->findChild<Gui::SharingReportExport *>(u"sharingReportExport"_s);
    QVERIFY(exporter);
    // The window stays usable meanwhile.
    QCOMPARE(exporter->progressDialog()->windowModality(), Qt::NonModal);
    bool loaded = false;
    connect(exporter->report(), &Models::SharingReport::finished, this, [&] {
        watch.stop();
        loaded = true;
    });
    // Read on the loop's later turns, never inside the menu's action.
    QVERIFY(!loaded);
    QCOMPARE(exporter->report()->groupsDone(), 0);
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(path); }, 60'000));
    QVERIFY(loaded);
    qInfo("the event loop held at most %.1f ms of CPU time while the report loaded (%lld ms on the wall clock)",
        watch.longestCpuGapMs(), watch.longestWallGapMs());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> csv = Models::Csv::parse(bytes);
    QCOMPARE(csv.first(), Models::SharingReport::header());
    QList<QStringList> expected;
    for (qint64 id : ids)
        expected += expectedSharingRows(m_fixture->admin, id);
    bool timesValid = false;
    QCOMPARE(sortedRows(withoutReadAt(csv.mid(1), &timesValid)), sortedRows(expected));
    QVERIFY(timesValid);
    QVERIFY(QTest::qWaitFor([&] { return m_window->statusBar()->currentMessage().contains(u"report.csv"_s); }, 5'000));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"of 3 group"_s));
}

void TestAccessTab::theSharingReportCancelsWithoutAFile()
{
    openWindow();
    auto *groupView = childNamed<QTreeView>(m_window->workspaceWidget()->groupListPanel(), u"groupTreeView"_s);
    groupView->selectAll();
    QCOMPARE(m_window->workspaceWidget()->groupListPanel()->selectedGroupIds().size(), 36);
    windowAction(u"exportSharingReportAction"_s)->trigger();
    QPointer<Gui::SharingReportExport> exporter
        = m_window->findChild<Gui::SharingReportExport *>(u"sharingReportExport"_s);
    QVERIFY(exporter);
    QVERIFY(exporter->report()->isRunning());
    // The progress dialog counts from the start, and is as wide from the start as its widest
    // count and its title need: nothing is cut, it does not grow as it counts.
    QProgressDialog *progress = exporter->progressDialog();
    auto *label = progress->findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->text(), u"Reading who can reach the groups: 0 of 36 done..."_s);
    QVERIFY(progress->minimumWidth()
        > label->fontMetrics().horizontalAdvance(u"Reading who can reach the groups: 36 of 36 done..."_s));
    QVERIFY(progress->minimumWidth() > progress->fontMetrics().horizontalAdvance(progress->windowTitle()));
    // The progress dialog's Cancel button.
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), u"Cancel"_s);
    cancel->click();
    QVERIFY(QTest::qWaitFor([&] { return exporter.isNull(); }, 10'000));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Sharing report cancelled"_s);
    QVERIFY(!qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
}

void TestAccessTab::deactivatedAccountsAreCountedApartAndHiddenOnRequest()
{
    openWindow();
    QVERIFY(showAccess(kDataQuality));
    const Models::EffectiveAccess &access = tab()->model()->access();
    const int total = tab()->model()->rowCount();
    const int deactivated = access.deactivatedCount();
    // The demo seed: Data Quality is reached by a few deactivated accounts (the server says so).
    int serverDeactivated = 0;
    for (const Models::PersonAccess &person : access.people)
        serverDeactivated
            += m_fixture->admin.get(u"/users/%1"_s.arg(person.userId)).object().value(u"active"_s).toBool() ? 0 : 1;
    QVERIFY(serverDeactivated > 0);
    QCOMPARE(deactivated, serverDeactivated);
    QVERIFY2(
        QRegularExpression(u"^%1 can reach Data Quality: \\d+ manage, \\d+ write, \\d+ read; %2 deactivated account.* "
                           "hold.* access too$"_s.arg(activePeople(total - deactivated))
                               .arg(deactivated))
            .match(countText())
            .hasMatch(),
        qPrintable(countText()));
    // Shown, dimmed, with their status.
    auto *show = childNamed<QCheckBox>(tab(), u"accessShowDeactivatedCheckBox"_s);
    QVERIFY(show->isChecked());
    QCOMPARE(view()->model()->rowCount(), total);
    int dimmed = 0;
    for (int row = 0; row < view()->model()->rowCount(); ++row) {
        const QModelIndex status = view()->model()->index(row, EffectiveAccessModel::StatusColumn);
        if (status.data().toString() == u"Deactivated"_s) {
            ++dimmed;
            QVERIFY(view()->model()->index(row, 0).data(Qt::ForegroundRole).isValid());
        }
    }
    QCOMPARE(dimmed, deactivated);
    // Hidden on request, said in the count, and kept for the next start.
    show->click();
    QCOMPARE(view()->model()->rowCount(), total - deactivated);
    QVERIFY2(countText().endsWith(u"(hidden)"_s), qPrintable(countText()));
    QCOMPARE(QSettings().value(u"workspace/accessShowDeactivated"_s).toBool(), false);
    m_window.reset();
    openWindow();
    QVERIFY(showAccess(kDataQuality));
    QVERIFY(!childNamed<QCheckBox>(tab(), u"accessShowDeactivatedCheckBox"_s)->isChecked());
    QCOMPARE(view()->model()->rowCount(), total - deactivated);
}

void TestAccessTab::theOrganizationAdminsAreSaidAndTheEmailsFit()
{
    openWindow();
    // 1600 px wide, with the Users dock beside the tabs, as a person first sees it.
    m_window->resize(1600, 1000);
    auto *users = childNamed<QDockWidget>(m_window.get(), u"usersDock"_s);
    users->show();
    QVERIFY(QTest::qWaitFor([&] { return users->isVisible() && users->width() > 200; }, 5'000));
    QVERIFY(showAccess(kDataQuality));
    // The API does not say who the organization's admins are: the tab says they manage it too.
    auto *admins = childNamed<QLabel>(tab(), u"accessOrganizationAdminsLabel"_s);
    QVERIFY(admins->isVisible());
    const QString organization
        = m_fixture->admin.get(u"/groups/%1"_s.arg(kDataQuality)).object().value(u"organizationName"_s).toString();
    QVERIFY2(admins->text().startsWith(u"Organization admins of %1 also manage this group"_s.arg(organization)),
        qPrintable(admins->text()));
    // At 1600 px every e-mail shown is whole: its column is as wide as its longest one.
    QTreeView *table = view();
    const QAbstractItemView *rows = table; // sizeHintForColumn() is public there, protected on QTreeView
    QVERIFY(QTest::qWaitFor(
        [&] {
            return table->columnWidth(EffectiveAccessModel::ContactColumn)
                >= rows->sizeHintForColumn(EffectiveAccessModel::ContactColumn);
        },
        5'000));
    // So is every name, status and level: only the ways in may be cut (their tooltip has them all).
    const QFontMetrics metrics = table->fontMetrics();
    for (const int column : {EffectiveAccessModel::PersonColumn, EffectiveAccessModel::ContactColumn,
             EffectiveAccessModel::StatusColumn, EffectiveAccessModel::LevelColumn}) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            const QRect cell = table->visualRect(index);
            if (!cell.isValid())
                continue; // scrolled out of sight
            QVERIFY2(cell.width() > metrics.horizontalAdvance(index.data().toString()),
                qPrintable(u"%1: %2 px for %3"_s.arg(index.data().toString())
                               .arg(cell.width())
                               .arg(metrics.horizontalAdvance(index.data().toString()))));
            QVERIFY(cell.right() <= table->viewport()->width());
        }
    }
}

QTEST_MAIN(TestAccessTab)
#include "tst_accesstab.moc"
