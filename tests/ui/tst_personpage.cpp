// A person's page (issue 24) in a real session over the in-process sandbox: the header says who
// they are (and a person nobody can see, in words, not an empty table); Member Of lists their
// groups as the server has them; Delete asks once naming the groups, then removes exactly them;
// Add to Groups... goes through the group picker; a drop of groups from the group list joins
// them, said before the release; the copy plan from another person, applied and undone through
// the main window's Undo; offboarding with its plan, the shares they hold directly and the
// last-manager question; the comparison of two people; and a reader's refusal, said on the
// action. Every change is checked on the server.

#include "uitestfixture.h"

#include "models/groupdrag.h"
#include "models/grouplistmodel.h"
#include "models/groupstore.h"
#include "models/memberofmodel.h"
#include "models/membershipcomparison.h"
#include "models/personaccessmodel.h"
#include "models/personprofile.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/groups/grouppickerwidget.h"
#include "ui/members/memberstab.h"
#include "ui/person/comparisondialog.h"
#include "ui/person/memberoftableview.h"
#include "ui/person/membershipplandialog.h"
#include "ui/person/personaccesstab.h"
#include "ui/person/personpage.h"
#include "ui/sharing/accesstab.h"
#include "ui/users/userpickerdialog.h"
#include "ui/workspacewidget.h"

#include <QtCore/QJsonArray>
#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QAction>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QTreeWidget>

using namespace Qt::StringLiterals;
using Models::MemberOfModel;
using Models::UserRef;

namespace {
constexpr qint64 kBookClub = 36; // the demo seed's (see tst_grouppermissions)
} // namespace

class TestPersonPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void theHeaderAndMemberOfShowThePerson();
    void deleteAsksOnceAndRemovesTheSelectedGroups();
    void addToGroupsGoesThroughThePicker();
    void aDropOfGroupsJoinsThemSaidBeforeTheRelease();
    void theCopyPlanIsAppliedAndUndoneThroughTheWindow();
    void offboardingWithItsPlanAndTheLastManager();
    void accessIsLookedUpOnStartAndFeedsOffboarding();
    void twoPeopleAreComparedAndCopiedFrom();
    void aPersonNobodyCanSeeAndADeactivatedAccountAreSaidInWords();
    void aReaderIsToldWhyTheyCannotRemove();
    void aPersonOpensFromEachPlaceInTheWindow();
    void accessLooksThroughTheGroupsListedNowAndColumnsAreKept();

private:
    /// A page on \a person in the window's session, shown and read (the header and Member Of).
    void openPage(const UserRef &person, bool waitForGroups = true);
    /// A user of organization 1 with the most memberships (active, not an admin).
    UserRef personWithMostGroups(qint64 besides = 0);
    UserRef refOf(qint64 id);
    /// The groups \a userId is in, as the server has them (sorted).
    QList<qint64> groupsOnServer(qint64 userId)
    {
        return m_fixture->ids(u"SELECT group_id FROM memberships WHERE user_id = %1 ORDER BY group_id"_s.arg(userId));
    }
    Models::Workspace *workspace() const { return m_window->session()->workspace(); }
    QAction *action(const QString &name) const { return childNamed<QAction>(m_page.get(), name); }
    bool settle() const { return awaitChanges(*workspace()); }
    /// Selects the rows of groups \a ids in the Member Of table and gives it the focus.
    void selectGroups(const QList<qint64> &ids);
    /// The page's child of type T named \a name, once it shows.
    template <typename T>
    T *waitForChild(const QString &name) const
    {
        T *child = nullptr;
        // A child that never shows is null: the caller's QVERIFY fails.
        if (!QTest::qWaitFor(
                [&] {
                    // A box closed a moment ago may wait for its deletion: the one showing.
                    child = nullptr;
                    for (T *candidate : m_page->findChildren<T *>(name)) {
                        if (candidate->isVisible())
                            child = candidate;
                    }
                    return child != nullptr;
                },
                10'000))
            return nullptr;
        return child;
    }
    /// The plan dialog, once its plan is worked out.
    Gui::MembershipPlanDialog *readyPlan() const
    {
        auto *dialog = waitForChild<Gui::MembershipPlanDialog>(u"membershipPlanDialog"_s);
        if (dialog && !QTest::qWaitFor([&] { return dialog->isReady(); }, 30'000))
            return nullptr;
        return dialog;
    }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
    std::unique_ptr<Gui::PersonPage> m_page;
    QStringList m_said; ///< What the page said through statusMessage().
};

void TestPersonPage::initTestCase()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestPersonPage::init()
{
    // A fresh demo organization for each test: what one changes, the next does not see.
    QVERIFY(m_fixture->restartModels());
    m_window = m_fixture->openMainWindow(QSize(1200, 800));
    QVERIFY(m_window);
    m_said.clear();
}

void TestPersonPage::cleanup()
{
    m_page.reset();
    m_window.reset();
}

void TestPersonPage::cleanupTestCase()
{
    m_fixture.reset();
}

UserRef TestPersonPage::refOf(qint64 id)
{
    const auto value = [&](const QString &column) {
        return m_fixture->column(u"SELECT %1 FROM users WHERE id = %2"_s.arg(column).arg(id)).value(0).toString();
    };
    return {id, value(u"name"_s), value(u"username"_s), value(u"email"_s)};
}

UserRef TestPersonPage::personWithMostGroups(qint64 besides)
{
    const QVariantList ids = m_fixture->column(
        u"SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.organization_id = 1 "
        "AND u.active = 1 AND u.org_admin = 0 AND u.id <> %1 GROUP BY u.id ORDER BY COUNT(*) DESC, u.id LIMIT 1"_s.arg(
            besides));
    return ids.isEmpty() ? UserRef() : refOf(ids.first().toLongLong());
}

void TestPersonPage::openPage(const UserRef &person, bool waitForGroups)
{
    m_page = std::make_unique<Gui::PersonPage>(m_window->session(), person);
    connect(m_page.get(), &Gui::PersonPage::statusMessage, this, [this](const QString &text) { m_said.append(text); });
    m_page->resize(900, 620);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(awaitLoaded(*m_page->loader()->loadStatus()));
    if (waitForGroups) {
        const QList<qint64> server = groupsOnServer(person.id);
        QVERIFY(QTest::qWaitFor(
            [&] {
                QList<qint64> shown = m_page->memberOfModel()->groupIds();
                std::sort(shown.begin(), shown.end());
                return m_page->memberOfModel()->isComplete() && shown == server;
            },
            30'000));
    }
}

void TestPersonPage::selectGroups(const QList<qint64> &ids)
{
    QItemSelection selection;
    QSortFilterProxyModel *proxy = m_page->memberOfProxy();
    for (qint64 id : ids) {
        const QModelIndex source = m_page->memberOfModel()->index(m_page->memberOfModel()->rowOf(id), 0);
        const QModelIndex index = proxy->mapFromSource(source);
        selection.select(index, index.siblingAtColumn(MemberOfModel::ColumnCount - 1));
    }
    m_page->memberOfView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    // Back in the page's window (a box closed a moment ago had it): its shortcuts work there.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->memberOfView()->setFocus();
}

void TestPersonPage::theHeaderAndMemberOfShowThePerson()
{
    const UserRef ada = personWithMostGroups();
    // The page is given the id alone (as a search might): the header comes from the server.
    m_page = std::make_unique<Gui::PersonPage>(m_window->session(), UserRef{ada.id, {}, {}, {}});
    QSignalSpy titles(m_page.get(), &Gui::PersonPage::titleChanged);
    m_page->resize(900, 620);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!titles.isEmpty(), 30'000);
    const QString title = u"%1 (%2)"_s.arg(ada.name, ada.username);
    QCOMPARE(titles.first().first().toString(), title);
    QCOMPARE(m_page->title(), title);
    QCOMPARE(childNamed<QLabel>(m_page.get(), u"titleLabel"_s)->text(), title);
    QCOMPARE(childNamed<QLabel>(m_page.get(), u"idValueLabel"_s)->text(), QString::number(ada.id));
    QCOMPARE(childNamed<QLabel>(m_page.get(), u"emailValueLabel"_s)->text(), ada.email);
    QCOMPARE(childNamed<QLabel>(m_page.get(), u"statusValueLabel"_s)->text(), u"Active"_s);
    QVERIFY(!childNamed<QWidget>(m_page.get(), u"stateFrame"_s)->isVisible());
    const qint64 primary
        = m_fixture->column(u"SELECT primary_group_id FROM users WHERE id = %1"_s.arg(ada.id)).value(0).toLongLong();
    if (primary) {
        QCOMPARE(childNamed<QLabel>(m_page.get(), u"primaryGroupValueLabel"_s)->text(),
            u"%1 (id %2)"_s.arg(m_fixture->storedGroupValue(primary, u"name"_s).toString()).arg(primary));
    }
    auto *tabs = childNamed<QTabWidget>(m_page.get(), u"personTabWidget"_s);
    QCOMPARE(tabs->tabText(0), u"&Member Of"_s);

    // Member Of: every group of theirs the server has, counted.
    const QList<qint64> server = groupsOnServer(ada.id);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->memberOfModel()->isComplete(), 30'000);
    QList<qint64> shown = rowIds(*m_page->memberOfProxy());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, server);
    auto *count = childNamed<QLabel>(m_page.get(), u"memberOfCountLabel"_s);
    QCOMPARE(count->text(), u"Member of %1 groups"_s.arg(server.size()));
    // Filtered as one types, counted "3 of 12 shown"; Esc clears it.
    const QString name = m_page->memberOfModel()->group(0).name;
    auto *filter = childNamed<QLineEdit>(m_page.get(), u"memberOfFilterLineEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, name);
    const int filtered = m_page->memberOfProxy()->rowCount();
    QVERIFY(filtered >= 1 && filtered < server.size());
    QCOMPARE(count->text(), u"%1 of %2 shown"_s.arg(filtered).arg(server.size()));
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(m_page->memberOfProxy()->rowCount(), server.size());

    // Enter on a row asks for its group in the group list.
    QSignalSpy activated(m_page.get(), &Gui::PersonPage::groupActivated);
    const qint64 first = m_page->memberOfProxy()->index(0, 0).data(Models::IdRole).toLongLong();
    m_page->memberOfView()->setCurrentIndex(m_page->memberOfProxy()->index(0, 0));
    m_page->memberOfView()->setFocus();
    QTest::keyClick(m_page->memberOfView(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), first);
    screenshot(m_page.get(), u"person-memberof.png"_s);
}

void TestPersonPage::deleteAsksOnceAndRemovesTheSelectedGroups()
{
    const UserRef ada = personWithMostGroups();
    openPage(ada);
    const QList<qint64> before = groupsOnServer(ada.id);
    QVERIFY(before.size() >= 3);
    const QList<qint64> gone{before.at(0), before.at(2)};
    selectGroups(gone);
    QVERIFY(action(u"removeFromGroupsAction"_s)->isEnabled());

    QTest::keyClick(m_page->memberOfView(), Qt::Key_Delete);
    auto *box = waitForChild<QMessageBox>(u"confirmRemoveBox"_s);
    QVERIFY(box);
    QCOMPARE(m_page->findChildren<QMessageBox *>().size(), qsizetype(1));
    const Models::GroupStore *store = workspace()->groupStore();
    // The groups named in the order shown (by name).
    QStringList names{store->name(gone.at(0)), store->name(gone.at(1))};
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QCOMPARE(box->text(), u"Remove %1 from %2 and %3?"_s.arg(ada.name, names.at(0), names.at(1)));
    QTest::mouseClick(childNamed<QPushButton>(box, u"removeButton"_s), Qt::LeftButton);
    QVERIFY(settle());
    QList<qint64> expected = before;
    expected.removeIf([&](qint64 id) { return gone.contains(id); });
    QCOMPARE(groupsOnServer(ada.id), expected);
    QTRY_COMPARE(m_page->memberOfModel()->rowCount(), expected.size());
    QCOMPARE(workspace()->undoStack()->count(), 1);
    QCOMPARE(m_said.last(), u"Remove %1 from 2 groups"_s.arg(ada.name));

    // Cancel removes nothing.
    selectGroups({expected.first()});
    QVERIFY(action(u"removeFromGroupsAction"_s)->isEnabled());
    QTest::keyClick(m_page->memberOfView(), Qt::Key_Delete);
    box = waitForChild<QMessageBox>(u"confirmRemoveBox"_s);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(u"confirmRemoveBox"_s));
    QVERIFY(settle());
    QCOMPARE(groupsOnServer(ada.id), expected);
    QCOMPARE(workspace()->undoStack()->count(), 1);
}

void TestPersonPage::addToGroupsGoesThroughThePicker()
{
    const UserRef ada = personWithMostGroups();
    openPage(ada);
    const QList<qint64> before = groupsOnServer(ada.id);
    const QList<qint64> others = m_fixture->ids(
        u"SELECT id FROM groups WHERE organization_id = 1 AND id NOT IN (SELECT group_id FROM memberships WHERE "
        "user_id = %1) ORDER BY id LIMIT 2"_s.arg(ada.id));
    QCOMPARE(others.size(), qsizetype(2));

    m_page->memberOfView()->setFocus();
    QTest::keyClick(m_page->memberOfView(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = waitForChild<QDialog>(u"addToGroupsDialog"_s);
    QVERIFY(dialog);
    auto *add = childNamed<QPushButton>(dialog, u"addButton"_s);
    QVERIFY(!add->isEnabled());
    auto *picker = childNamed<Gui::GroupPickerWidget>(dialog, u"groupPickerWidget"_s);
    QList<Api::NamedRef> picked;
    for (qint64 id : others)
        picked.append({id, m_fixture->storedGroupValue(id, u"name"_s).toString()});
    QCOMPARE(picker->addGroups(picked), 2);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(settle());
    QList<qint64> expected = before + others;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(groupsOnServer(ada.id), expected);
    QTRY_COMPARE(m_page->memberOfModel()->rowCount(), expected.size());
    QCOMPARE(workspace()->undoStack()->count(), 1);
}

void TestPersonPage::aDropOfGroupsJoinsThemSaidBeforeTheRelease()
{
    const UserRef ada = personWithMostGroups();
    openPage(ada);
    const QList<qint64> before = groupsOnServer(ada.id);
    const qint64 other = m_fixture
                             ->ids(u"SELECT id FROM groups WHERE organization_id = 1 AND id NOT IN (SELECT group_id "
                                   "FROM memberships WHERE user_id = %1) ORDER BY id LIMIT 1"_s.arg(ada.id))
                             .value(0);
    QVERIFY(other);
    const QString otherName = m_fixture->storedGroupValue(other, u"name"_s).toString();

    QWidget *viewport = m_page->memberOfView()->viewport();
    const QPoint at(viewport->width() / 2, viewport->height() - 5);
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    // A group she is in already: refused, saying why.
    {
        std::unique_ptr<QMimeData> data(
            Models::GroupDrag{{{before.first(), workspace()->groupStore()->name(before.first())}}}.toMimeData());
        QDragEnterEvent enter(at, actions, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, actions, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(!move.isAccepted());
        QVERIFY2(m_said.last().startsWith(u"%1 is already a member of"_s.arg(ada.name)), qPrintable(m_said.last()));
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport, &leave);
    }
    // A new one: said before the release, joined after it.
    std::unique_ptr<QMimeData> data(Models::GroupDrag{{{other, otherName}}}.toMimeData());
    QDragEnterEvent enter(at, actions, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, actions, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(move.dropAction(), Qt::CopyAction);
    QCOMPARE(m_said.last(), u"Add %1 to %2"_s.arg(ada.name, otherName));
    QDropEvent drop(at, actions, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(settle());
    QList<qint64> expected = before + QList<qint64>{other};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(groupsOnServer(ada.id), expected);
    QTRY_VERIFY(m_page->memberOfModel()->rowOf(other) >= 0);
    QCOMPARE(workspace()->undoStack()->count(), 1);
}

void TestPersonPage::theCopyPlanIsAppliedAndUndoneThroughTheWindow()
{
    const UserRef ada = personWithMostGroups();
    const UserRef grace = personWithMostGroups(ada.id);
    const QList<qint64> adas = groupsOnServer(ada.id);
    const QList<qint64> graces = groupsOnServer(grace.id);
    QVERIFY(adas != graces);
    openPage(grace);

    // Copy Memberships From...: the person picker, then the plan.
    action(u"copyMembershipsAction"_s)->trigger();
    auto *picker = waitForChild<Gui::UserPickerDialog>(u"personPickerDialog"_s);
    QVERIFY(picker);
    picker->setPicked({ada});
    picker->accept();
    Gui::MembershipPlanDialog *dialog = readyPlan();
    QVERIFY(dialog);
    QList<qint64> joins;
    for (qint64 id : adas) {
        if (!graces.contains(id))
            joins.append(id);
    }
    auto *changes = childNamed<QTreeWidget>(dialog, u"changesTreeWidget"_s);
    QCOMPARE(changes->topLevelItemCount(), int(joins.size()));
    QCOMPARE(dialog->plan().description(), childNamed<QLabel>(dialog, u"descriptionLabel"_s)->text());
    // Match exactly: the groups Ada is not in are left too.
    auto *exact = childNamed<QCheckBox>(dialog, u"exactCheckBox"_s);
    QVERIFY(exact->isVisible());
    QTest::mouseClick(exact, Qt::LeftButton, {}, QPoint(4, exact->height() / 2));
    QVERIFY(exact->isChecked());
    QTRY_VERIFY(dialog->isReady());
    QList<qint64> leaves;
    for (qint64 id : graces) {
        if (!adas.contains(id))
            leaves.append(id);
    }
    QCOMPARE(changes->topLevelItemCount(), int(joins.size() + leaves.size()));
    QVERIFY(!childNamed<QWidget>(dialog, u"revokeSharesCheckBox"_s)->isVisible());
    screenshot(dialog, u"person-copyplan.png"_s);

    QTest::mouseClick(childNamed<QPushButton>(dialog, u"applyButton"_s), Qt::LeftButton);
    QVERIFY(settle());
    QCOMPARE(groupsOnServer(grace.id), adas);
    QCOMPARE(groupsOnServer(ada.id), adas);
    QCOMPARE(workspace()->undoStack()->count(), 1);
    QCOMPARE(m_said.last(), workspace()->undoStack()->undoText());

    // Undone through the main window's Edit > Undo: Grace's groups as they were.
    QAction *undo = childNamed<QAction>(m_window.get(), u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(settle());
    QCOMPARE(groupsOnServer(grace.id), graces);
    QTRY_COMPARE(m_page->memberOfModel()->rowCount(), graces.size());
}

void TestPersonPage::offboardingWithItsPlanAndTheLastManager()
{
    const UserRef ada = personWithMostGroups();
    const QList<qint64> groups = groupsOnServer(ada.id);
    // A group Ada alone manages (a new group has no share: its creator manages it as an admin).
    const qint64 managed = m_fixture->newGroup(u"Only Ada Manages"_s);
    QVERIFY(managed);
    QCOMPARE(m_fixture->admin
                 .put(u"/groups/%1/shares/users"_s.arg(managed),
                     QJsonObject{{u"userIds"_s, QJsonArray{ada.id}}, {u"permissionLevel"_s, u"manage"_s}})
                 .status,
        200);
    QVERIFY(await(workspace()->groupStore()->refresh(managed)).ok());
    openPage(ada);

    // Until the Access part says what she holds directly, the plan says it was not looked up.
    Gui::MembershipPlanDialog *dialog = m_page->offboard();
    QVERIFY(QTest::qWaitFor([&] { return dialog->isReady(); }, 30'000));
    QVERIFY(!childNamed<QWidget>(dialog, u"revokeSharesCheckBox"_s)->isVisible());
    QVERIFY(childNamed<QWidget>(dialog, u"sharesNotLookedUpLabel"_s)->isVisible());
    QCOMPARE(childNamed<QTreeWidget>(dialog, u"changesTreeWidget"_s)->topLevelItemCount(), int(groups.size()));
    QTest::mouseClick(
        childNamed<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(settle());
    QCOMPARE(groupsOnServer(ada.id), groups);
    QCOMPARE(workspace()->undoStack()->count(), 0);

    // With her direct share: "Also revoke", and the group left without a manager said first.
    const QString managedName = m_fixture->storedGroupValue(managed, u"name"_s).toString();
    m_page->setDirectShares({{managed, managedName, Api::PermissionLevel::Manage}});
    dialog = m_page->offboard();
    QVERIFY(QTest::qWaitFor([&] { return dialog->isReady(); }, 30'000));
    auto *revoke = childNamed<QCheckBox>(dialog, u"revokeSharesCheckBox"_s);
    QVERIFY(revoke->isVisible());
    QCOMPARE(revoke->text(), u"Also &revoke the share they hold directly"_s);
    QTest::mouseClick(revoke, Qt::LeftButton, {}, QPoint(4, revoke->height() / 2));
    QVERIFY(QTest::qWaitFor(
        [&] { return dialog->isReady() && !dialog->plan().groupsLeftWithoutManager().isEmpty(); }, 30'000));
    auto *warning = childNamed<QWidget>(dialog, u"noManagerFrame"_s);
    QVERIFY(warning->isVisible());
    QCOMPARE(childNamed<QTreeWidget>(dialog, u"changesTreeWidget"_s)->topLevelItemCount(), int(groups.size() + 1));
    screenshot(dialog, u"person-offboarding.png"_s);
    QTest::mouseClick(childNamed<QPushButton>(dialog, u"applyButton"_s), Qt::LeftButton);
    // OK needs an explicit yes; Cancel is the default.
    auto *box = dialog->findChild<QMessageBox *>(u"lastManagerBox"_s);
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"lastManagerBox"_s)) && box->isVisible());
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QCOMPARE(box->text(), u"%1 would have no manager."_s.arg(managedName));
    QTest::mouseClick(childNamed<QPushButton>(box, u"leaveWithoutManagerButton"_s), Qt::LeftButton);
    QVERIFY(settle());
    QVERIFY(groupsOnServer(ada.id).isEmpty());
    QVERIFY(m_fixture->ids(u"SELECT group_id FROM user_shares WHERE user_id = %1"_s.arg(ada.id)).isEmpty());
    QCOMPARE(workspace()->undoStack()->count(), 1);
    QTRY_COMPARE(m_page->memberOfModel()->rowCount(), 0);
}

void TestPersonPage::accessIsLookedUpOnStartAndFeedsOffboarding()
{
    const UserRef ada = personWithMostGroups();
    const qint64 shared = m_fixture->newGroup(u"Ada Writes Here"_s);
    QVERIFY(shared);
    QCOMPARE(m_fixture->admin
                 .put(u"/groups/%1/shares/users"_s.arg(shared),
                     QJsonObject{{u"userIds"_s, QJsonArray{ada.id}}, {u"permissionLevel"_s, u"write"_s}})
                 .status,
        200);
    openPage(ada);
    auto *tabs = childNamed<QTabWidget>(m_page.get(), u"personTabWidget"_s);
    QCOMPARE(tabs->tabText(1), u"&Access"_s);
    tabs->setCurrentIndex(1);
    Gui::PersonAccessTab *access = m_page->accessTab();
    // Nothing is read before Start: the look-up reads every group's shares.
    QCOMPARE(access->model()->userId(), qint64(0));
    auto *scope = childNamed<QComboBox>(access, u"scopeComboBox"_s);
    scope->setCurrentIndex(scope->findText(u"Every group you can read"_s));
    QVERIFY(scope->currentIndex() >= 0);
    // Cancelled at once: said to be partial, and offboarding is not told of shares it did not find.
    auto *cancel = childNamed<QPushButton>(access, u"cancelAccessButton"_s);
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(childNamed<QPushButton>(access, u"startAccessButton"_s), Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!access->model()->loadStatus()->isLoading());
    QVERIFY(access->model()->loadStatus()->isStale());
    QVERIFY2(childNamed<QLabel>(access, u"accessSummaryLabel"_s)->text().contains(u"cancelled"_s),
        qPrintable(childNamed<QLabel>(access, u"accessSummaryLabel"_s)->text()));
    {
        Gui::MembershipPlanDialog *notLookedUp = m_page->offboard();
        QVERIFY(QTest::qWaitFor([&] { return notLookedUp->isReady(); }, 30'000));
        QVERIFY(childNamed<QWidget>(notLookedUp, u"sharesNotLookedUpLabel"_s)->isVisible());
        notLookedUp->reject();
    }
    QTest::mouseClick(childNamed<QPushButton>(access, u"startAccessButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(access->model()->loader()->isFinished(), 30'000);
    const int row = access->model()->rowOf(shared);
    QVERIFY(row >= 0);
    QCOMPARE(access->model()->group(row).level, Api::PermissionLevel::Write);
    QVERIFY2(childNamed<QLabel>(access, u"accessSummaryLabel"_s)->text().contains(u"1 share is held directly"_s),
        qPrintable(childNamed<QLabel>(access, u"accessSummaryLabel"_s)->text()));
    screenshot(m_page.get(), u"person-access.png"_s);

    // Offboarding now offers to revoke it.
    Gui::MembershipPlanDialog *dialog = m_page->offboard();
    QVERIFY(QTest::qWaitFor([&] { return dialog->isReady(); }, 30'000));
    auto *revoke = childNamed<QCheckBox>(dialog, u"revokeSharesCheckBox"_s);
    QVERIFY(revoke->isVisible());
    QVERIFY(!childNamed<QWidget>(dialog, u"sharesNotLookedUpLabel"_s)->isVisible());
    QCOMPARE(dialog->plan().directShares().size(), qsizetype(1));
    QCOMPARE(dialog->plan().directShares().first().groupId, shared);
    dialog->reject();
}

void TestPersonPage::twoPeopleAreComparedAndCopiedFrom()
{
    const UserRef ada = personWithMostGroups();
    const UserRef grace = personWithMostGroups(ada.id);
    const QList<qint64> adas = groupsOnServer(ada.id);
    const QList<qint64> graces = groupsOnServer(grace.id);
    openPage(ada);
    Gui::ComparisonDialog *dialog = m_page->compareWith(grace);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    Models::MembershipComparison *comparison = dialog->comparison();
    QTRY_VERIFY_WITH_TIMEOUT(comparison->isComplete() && comparison->rowCount() > 0, 30'000);
    int onlyAda = 0;
    for (qint64 id : adas)
        onlyAda += graces.contains(id) ? 0 : 1;
    QCOMPARE(comparison->count(Models::MembershipComparison::Side::OnlyA), onlyAda);
    QCOMPARE(childNamed<QLabel>(dialog, u"summaryLabel"_s)->text(), comparison->summaryText());
    // Only Ada's.
    auto *side = childNamed<QComboBox>(dialog, u"sideComboBox"_s);
    side->setCurrentIndex(1);
    QCOMPARE(dialog->proxy()->rowCount(), onlyAda);
    screenshot(dialog, u"person-compare.png"_s);

    // "Copy to Grace...": the copy plan giving Grace Ada's groups.
    QTest::mouseClick(childNamed<QPushButton>(dialog, u"copyToButton"_s), Qt::LeftButton);
    Gui::MembershipPlanDialog *plan = readyPlan();
    QVERIFY(plan);
    QCOMPARE(plan->plan().person().id, grace.id);
    QCOMPARE(plan->plan().source().id, ada.id);
    QCOMPARE(plan->plan().count(Models::MembershipPlan::Action::Join), onlyAda);
    plan->reject();
}

void TestPersonPage::aPersonNobodyCanSeeAndADeactivatedAccountAreSaidInWords()
{
    openPage({987654, {}, {}, {}}, false);
    auto *state = childNamed<QLabel>(m_page.get(), u"stateLabel"_s);
    QVERIFY(childNamed<QWidget>(m_page.get(), u"stateFrame"_s)->isVisible());
    QCOMPARE(state->text(), u"You cannot see user 987654, or there is no such person."_s);
    QVERIFY(!childNamed<QWidget>(m_page.get(), u"personTabWidget"_s)->isEnabled());
    QVERIFY(!action(u"removeFromAllGroupsAction"_s)->isEnabled());

    // A deactivated account: said above the groups it still holds.
    const qint64 gone = m_fixture->column(u"SELECT id FROM users WHERE active = 0 AND organization_id = 1 LIMIT 1"_s)
                            .value(0)
                            .toLongLong();
    QVERIFY(gone);
    const UserRef deactivated = refOf(gone);
    openPage(deactivated);
    QVERIFY(childNamed<QWidget>(m_page.get(), u"stateFrame"_s)->isVisible());
    const QString said = childNamed<QLabel>(m_page.get(), u"stateLabel"_s)->text();
    QVERIFY2(said.startsWith(deactivated.name + u"'s account is deactivated"_s), qPrintable(said));
    QCOMPARE(childNamed<QLabel>(m_page.get(), u"statusValueLabel"_s)->text(), u"Deactivated"_s);
    QVERIFY(childNamed<QWidget>(m_page.get(), u"personTabWidget"_s)->isEnabled());
}

void TestPersonPage::aReaderIsToldWhyTheyCannotRemove()
{
    // Someone who may only read Book Club opens a member of it.
    const auto [readerId, readerKey] = m_fixture->readOnlyUser(kBookClub);
    QVERIFY(readerId);
    m_window = m_fixture->openMainWindow(QSize(1200, 800), readerKey);
    QVERIFY(m_window);
    const Models::GroupStore *store = workspace()->groupStore();
    QVERIFY(QTest::qWaitFor([&] { return store->knowsMyLevels(); }, 30'000));
    const qint64 member
        = m_fixture
              ->column(u"SELECT user_id FROM memberships WHERE group_id = %1 ORDER BY user_id LIMIT 1"_s.arg(kBookClub))
              .value(0)
              .toLongLong();
    QVERIFY(member);
    m_page = std::make_unique<Gui::PersonPage>(m_window->session(), refOf(member));
    m_page->resize(900, 620);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->memberOfModel()->isComplete() && m_page->memberOfModel()->rowOf(kBookClub) >= 0, 30'000);
    QVERIFY(QTest::qWaitFor([&] { return m_page->loader()->state() == Models::PersonLoader::State::Loaded; }, 30'000));
    selectGroups({kBookClub});
    QAction *remove = action(u"removeFromGroupsAction"_s);
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(), u"You can only read %1"_s.arg(store->name(kBookClub)));
    // Delete does nothing and asks nothing.
    QTest::keyClick(m_page->memberOfView(), Qt::Key_Delete);
    QVERIFY(!m_page->findChild<QMessageBox *>(u"confirmRemoveBox"_s));
    QCOMPARE(workspace()->undoStack()->count(), 0);

    // Copying the member's groups to someone else: Book Club is left out, with the reason, and
    // nothing is left to apply.
    const UserRef other = m_fixture->nonMemberRefs(kBookClub, 1).value(0);
    QVERIFY(other.id);
    Gui::MembershipPlanDialog *dialog
        = Gui::MembershipPlanDialog::copy(workspace(), refOf(member), refOf(other.id), m_page.get());
    dialog->open();
    QVERIFY(QTest::qWaitFor([&] { return dialog->isReady(); }, 30'000));
    auto *refused = childNamed<QTreeWidget>(dialog, u"refusedTreeWidget"_s);
    QVERIFY(refused->isVisible());
    QCOMPARE(refused->topLevelItemCount(), 1);
    QCOMPARE(refused->topLevelItem(0)->text(1), store->name(kBookClub));
    QCOMPARE(refused->topLevelItem(0)->text(2), u"You can only read %1"_s.arg(store->name(kBookClub)));
    QCOMPARE(childNamed<QTreeWidget>(dialog, u"changesTreeWidget"_s)->topLevelItemCount(), 0);
    QVERIFY(!childNamed<QPushButton>(dialog, u"applyButton"_s)->isEnabled());
    dialog->reject();
}

void TestPersonPage::aPersonOpensFromEachPlaceInTheWindow()
{
    Gui::WorkspaceWidget *workspaceWidget = m_window->workspaceWidget();
    QTabWidget *tabs = workspaceWidget->groupTabs();
    const int groupTabs = tabs->count();
    // The page of the person with id \a id, once it is the tab in front.
    const auto pageInFront = [tabs](qint64 id) {
        return QTest::qWaitFor(
            [&] {
                auto *page = qobject_cast<Gui::PersonPage *>(tabs->currentWidget());
                return page && page->personId() == id;
            },
            10'000);
    };
    // The Users dock: Enter on a user.
    auto *users = childNamed<QAbstractItemView>(
        workspaceWidget->panel(Gui::WorkspaceWidget::Panel::Users), u"userDirectoryView"_s);
    QVERIFY(QTest::qWaitFor([&] { return users->model()->rowCount() > 0; }, 10'000));
    users->setCurrentIndex(users->model()->index(0, 0));
    const qint64 firstUser = users->currentIndex().data(Models::IdRole).toLongLong();
    const int listWidth = workspaceWidget->groupListPanel()->width();
    QTest::keyClick(users, Qt::Key_Return);
    QVERIFY(pageInFront(firstUser));
    QCOMPARE(tabs->count(), groupTabs + 1);
    // The page takes no width from the group list: the tab bar scrolls, the page's rows give way.
    QTest::qWait(100);
    QCOMPARE(workspaceWidget->groupListPanel()->width(), listWidth);
    // Asked again, the same page comes to the front: no second one.
    tabs->setCurrentIndex(0);
    QTest::keyClick(users, Qt::Key_Return);
    QVERIFY(pageInFront(firstUser));
    QCOMPARE(tabs->count(), groupTabs + 1);

    // A member row: Open Person in the Members tab's context menu.
    auto *members = workspaceWidget->groupTab<Gui::MembersTab>();
    tabs->setCurrentWidget(members);
    auto *memberView = childNamed<QAbstractItemView>(members, u"memberTableView"_s);
    QVERIFY(QTest::qWaitFor([&] { return memberView->model()->rowCount() > 1; }, 10'000));
    memberView->setCurrentIndex(memberView->model()->index(1, 0));
    const qint64 member = memberView->currentIndex().data(Models::IdRole).toLongLong();
    QAction *openMember = childNamed<QAction>(members, u"openPersonAction"_s);
    QVERIFY(openMember->isEnabled());
    openMember->trigger();
    QVERIFY(pageInFront(member));

    // An Access row: Enter.
    auto *access = workspaceWidget->groupTab<Gui::AccessTab>();
    tabs->setCurrentWidget(access);
    auto *accessView = childNamed<QAbstractItemView>(access, u"effectiveAccessTableView"_s);
    QVERIFY(QTest::qWaitFor([&] { return accessView->model()->rowCount() > 0; }, 20'000));
    accessView->setCurrentIndex(accessView->model()->index(0, 0));
    const qint64 reaching = accessView->currentIndex().data(Models::IdRole).toLongLong();
    QTest::keyClick(accessView, Qt::Key_Return);
    QVERIFY(pageInFront(reaching));

    // Edit > Open Person... (Ctrl+Shift+P): a search for a person.
    QAction *findPerson = childNamed<QAction>(m_window.get(), u"findPersonAction"_s);
    QCOMPARE(findPerson->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QVERIFY(findPerson->isEnabled());
    findPerson->trigger();
    Gui::UserPickerDialog *search = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            search = m_window->findChild<Gui::UserPickerDialog *>(u"findPersonDialog"_s);
            return search && search->isVisible();
        },
        10'000));
    search->reject();

    // A page closes with its tab's button; the group's own tabs have none.
    const int open = tabs->count();
    QVERIFY(tabs->tabBar()->tabButton(0, QTabBar::RightSide) == nullptr);
    auto *close = qobject_cast<QToolButton *>(tabs->tabBar()->tabButton(open - 1, QTabBar::RightSide));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_COMPARE(tabs->count(), open - 1);
}

void TestPersonPage::accessLooksThroughTheGroupsListedNowAndColumnsAreKept()
{
    const UserRef ada = personWithMostGroups();
    const qint64 shared = m_fixture->newGroup(u"Zebra Ledger"_s);
    const qint64 alsoShared = m_fixture->newGroup(u"Walrus Ledger"_s);
    QVERIFY(shared && alsoShared);
    for (qint64 group : {shared, alsoShared}) {
        QCOMPARE(m_fixture->admin
                     .put(u"/groups/%1/shares/users"_s.arg(group),
                         QJsonObject{{u"userIds"_s, QJsonArray{ada.id}}, {u"permissionLevel"_s, u"read"_s}})
                     .status,
            200);
    }
    // The list narrowed to one of the two groups: only it is looked through.
    Gui::WorkspaceWidget *workspaceWidget = m_window->workspaceWidget();
    Gui::GroupListPanel *list = workspaceWidget->groupListPanel();
    auto *search = childNamed<QLineEdit>(list, u"searchLineEdit"_s);
    search->clear();
    QTest::keyClicks(search, u"Zebra Ledger"_s);
    QVERIFY(QTest::qWaitFor(
        [&] { return list->model()->rowCount() == 1 && !list->model()->loadStatus()->isLoading(); }, 10'000));
    QCOMPARE(list->model()->index(0, 0).data(Models::IdRole).toLongLong(), shared);

    workspaceWidget->openPerson(ada);
    auto *page = qobject_cast<Gui::PersonPage *>(workspaceWidget->groupTabs()->currentWidget());
    QVERIFY(page);
    Gui::PersonAccessTab *access = page->accessTab();
    auto *scope = childNamed<QComboBox>(access, u"scopeComboBox"_s);
    const int listed = scope->findText(u"Groups listed now"_s);
    QVERIFY(listed >= 0);
    scope->setCurrentIndex(listed);
    QTest::mouseClick(childNamed<QPushButton>(access, u"startAccessButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(access->model()->loader()->isFinished(), 20'000);
    QCOMPARE(access->model()->loader()->total(), 1);
    QVERIFY(access->model()->rowOf(shared) >= 0);
    QCOMPARE(access->model()->rowOf(alsoShared), -1);
    // "the 1 group listed" in the app; the plural's English form is not installed here.
    const QString summary = childNamed<QLabel>(access, u"accessSummaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"the 1 group"_s) && summary.contains(u"listed"_s), qPrintable(summary));

    // The columns left on one person's page are those of the next: Member Of's widths, the
    // order of Access's columns.
    QHeaderView *memberOf = page->memberOfView()->header();
    QHeaderView *reached = childNamed<QTreeView>(access, u"accessTreeView"_s)->header();
    const int memberOfWidth = memberOf->sectionSize(Models::MemberOfModel::SlugColumn) + 37;
    memberOf->resizeSection(Models::MemberOfModel::SlugColumn, memberOfWidth);
    reached->moveSection(reached->visualIndex(Models::PersonAccessModel::GroupIdColumn), reached->count() - 1);
    const int idPlace = reached->visualIndex(Models::PersonAccessModel::GroupIdColumn);
    QToolButton *close = nullptr;
    QTabBar *bar = workspaceWidget->groupTabs()->tabBar();
    close = qobject_cast<QToolButton *>(bar->tabButton(bar->count() - 1, QTabBar::RightSide));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!workspaceWidget->groupTabs()->findChild<Gui::PersonPage *>());
    workspaceWidget->openPerson(personWithMostGroups(ada.id));
    page = qobject_cast<Gui::PersonPage *>(workspaceWidget->groupTabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->memberOfView()->header()->sectionSize(Models::MemberOfModel::SlugColumn), memberOfWidth);
    QCOMPARE(childNamed<QTreeView>(page->accessTab(), u"accessTreeView"_s)
                 ->header()
                 ->visualIndex(Models::PersonAccessModel::GroupIdColumn),
        idPlace);
}

QTEST_MAIN(TestPersonPage)
#include "tst_personpage.moc"
