// The Add Share dialog and Share Selected Groups With..., through the real main window over the
// in-process sandbox (demo seed): people and groups picked from server searches, the level, the
// shared e-mail with its message (as the sandbox records what it would mail), one group from
// WorkspaceWidget::addShare() and 50 at once from the Group menu's action, whose undo gives
// every principal back exactly what it held on every group; and a share refused by the server,
// as a person who may not manage the groups, reported group by group. Every share is checked
// against the server (the admin's own GET /groups/{id}/shares).

#include "uitestfixture.h"

#include "models/changeoperation.h"
#include "models/grouplistmodel.h"
#include "models/groupstore.h"
#include "models/loadstatus.h"
#include "models/operationlistmodel.h"
#include "models/userdirectorymodel.h"
#include "models/workspace.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/groups/grouppickerwidget.h"
#include "ui/groups/groupsearchwidget.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/sharing/addsharedialog.h"
#include "ui/users/userpickerwidget.h"
#include "ui/workspacewidget.h"

#include <QtCore/QJsonArray>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;
using Level = Api::PermissionLevel; // the sandbox has a PermissionLevel of its own

namespace {
constexpr int kWaitMs = 30'000;
constexpr int kManyGroups = 50;
} // namespace

class TestAddShareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<Models::ChangeOperation *>();
    }
    void init();
    void cleanup();

    void theFormIsNamedAndWaitsForSomeone();
    void sharesOneGroupWithPickedPeople();
    void sharesOneGroupWithPickedGroups();
    void theEmailAndItsMessageReachTheServer();
    void shareWithOnFiftyGroupsAndItsExactUndo();
    void aShareThatWouldLowerManagersKeepsThemByDefault();
    void aRefusedShareReportsTheServersWordsPerGroup();
    void screenshots();

private:
    /// The main window over a session holding \a key (the admin's by default).
    void openWindow(const QString &key = QString::fromLatin1(SandboxFixture::kAdminKey));
    Gui::WorkspaceWidget *workspaceWidget() const { return m_window->workspaceWidget(); }
    Models::Workspace *workspace() const { return m_window->session()->workspace(); }
    /// The Add Share dialog the window shows (opened by addShare() or the action).
    Gui::AddShareDialog *shownDialog() const
    {
        const QList<Gui::AddShareDialog *> dialogs = m_window->findChildren<Gui::AddShareDialog *>();
        for (Gui::AddShareDialog *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    /// Picks user \a id in \a dialog's directory: searched by username, selected, Add.
    bool pickUser(Gui::AddShareDialog *dialog, qint64 id);
    /// Picks the group named \a name in \a dialog's Groups tab: searched, selected, Add.
    bool pickGroup(Gui::AddShareDialog *dialog, const QString &name);
    /// Clicks Share, answers the questions asked before anything is sent with the buttons named
    /// \a answers (objectNames, in turn), and waits for the operation it sends to end; the operation.
    Models::ChangeOperation *shareAndWait(Gui::AddShareDialog *dialog, const QStringList &answers = {});

    /// What \a kind ("users" / "groups") \a id holds on group \a group, as the server says
    /// (0 none, 1 read, 2 write, 3 manage).
    int serverLevel(qint64 group, const QString &kind, qint64 id);
    /// Every share on \a groups as the server lists them: "group:users/id=level", sorted.
    QStringList serverShares(const QList<qint64> &groups);
    QString username(qint64 userId)
    {
        return m_fixture->column(u"SELECT username FROM users WHERE id = %1"_s.arg(userId)).value(0).toString();
    }
    qint64 groupNamed(const QString &name)
    {
        return m_fixture->ids(u"SELECT id FROM groups WHERE name = '%1'"_s.arg(name)).value(0);
    }
    /// Users of organization 1, not admins, holding no share on \a group: \a count of them.
    QList<qint64> outsiders(qint64 group, int count)
    {
        return m_fixture->ids(
            u"SELECT id FROM users WHERE organization_id = 1 AND org_admin = 0 AND active = 1 AND "
            "id NOT IN (SELECT user_id FROM user_shares WHERE group_id = %1) ORDER BY id LIMIT %2"_s.arg(group)
                .arg(count));
    }
    /// A click on the box itself (the widget may be wider than its box and text).
    static void clickCheckBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestAddShareDialog::init()
{
    m_fixture = std::make_unique<UiFixture>();
    QVERIFY(m_fixture->startUi());
    QSettings().clear();
}

void TestAddShareDialog::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestAddShareDialog::openWindow(const QString &key)
{
    m_window = m_fixture->openMainWindow(QSize(1400, 900), key);
    QVERIFY(m_window);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    Models::GroupListModel *groups = workspaceWidget()->groupListPanel()->model();
    QVERIFY(QTest::qWaitFor([&] { return groups->rowCount() > 0 && !groups->loadStatus()->isLoading(); }, kWaitMs));
}

bool TestAddShareDialog::pickUser(Gui::AddShareDialog *dialog, qint64 id)
{
    Gui::UserPickerWidget *picker = dialog->userPicker();
    childNamed<QTabWidget>(dialog, u"principalTabWidget"_s)->setCurrentIndex(0);
    auto *search = childNamed<QLineEdit>(picker, u"searchLineEdit"_s);
    retype(search, username(id));
    Models::UserDirectoryModel *directory = picker->directoryModel();
    const auto rowOf = [&] {
        for (int row = 0; row < directory->rowCount(); ++row) {
            if (directory->userRef(row).id == id)
                return row;
        }
        return -1;
    };
    if (!QTest::qWaitFor([&] { return !directory->loadStatus()->isLoading() && rowOf() >= 0; }, kWaitMs))
        return false;
    auto *table = childNamed<QTableView>(picker, u"directoryTableView"_s);
    table->selectRow(rowOf());
    const qsizetype before = picker->picked().size();
    QTest::mouseClick(childNamed<QPushButton>(picker, u"addButton"_s), Qt::LeftButton);
    return picker->picked().size() == before + 1 && picker->picked().last().id == id;
}

bool TestAddShareDialog::pickGroup(Gui::AddShareDialog *dialog, const QString &name)
{
    Gui::GroupPickerWidget *picker = dialog->groupPicker();
    auto *tabs = childNamed<QTabWidget>(dialog, u"principalTabWidget"_s);
    tabs->setCurrentIndex(tabs->indexOf(childNamed<QWidget>(dialog, u"groupsTab"_s)));
    Gui::GroupSearchWidget *search = picker->searchWidget();
    auto *field = childNamed<QLineEdit>(search, u"searchLineEdit"_s);
    retype(field, name);
    const qint64 id = groupNamed(name);
    if (!QTest::qWaitFor(
            [&] {
                return search->model() && !search->model()->loadStatus()->isLoading() && search->model()->rowOf(id) >= 0
                    && search->model()->rowCount() <= 3;
            },
            kWaitMs))
        return false;
    search->view()->setCurrentIndex(search->model()->index(search->model()->rowOf(id), 0));
    const qsizetype before = picker->picked().size();
    QTest::mouseClick(childNamed<QPushButton>(picker, u"addGroupButton"_s), Qt::LeftButton);
    return picker->picked().size() == before + 1 && picker->picked().last().id == id;
}

Models::ChangeOperation *TestAddShareDialog::shareAndWait(Gui::AddShareDialog *dialog, const QStringList &answers)
{
    QSignalSpy shared(dialog, &Gui::AddShareDialog::shared);
    QPushButton *share = dialog->shareButton();
    if (!share->isEnabled())
        return nullptr;
    QTest::mouseClick(share, Qt::LeftButton);
    // The questions asked before anything is sent, answered with the buttons named, in turn;
    // a question no answer was given for fails the share.
    QMessageBox *asked = nullptr;
    const auto shownBox = [&] {
        for (QMessageBox *box : dialog->findChildren<QMessageBox *>()) {
            if (box->isVisible())
                return box;
        }
        return static_cast<QMessageBox *>(nullptr);
    };
    QStringList left = answers;
    while (true) {
        if (!QTest::qWaitFor([&] { return shared.size() == 1 || (asked = shownBox()); }, kWaitMs))
            return nullptr;
        if (shared.size() == 1)
            break;
        auto *button = left.isEmpty() ? nullptr : asked->findChild<QPushButton *>(left.takeFirst());
        if (!button) {
            qWarning() << "not answered:" << asked->objectName() << asked->text();
            return nullptr;
        }
        const QPointer<QMessageBox> answered = asked;
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !answered || !answered->isVisible(); }, kWaitMs)) {
            qWarning() << "still asking:" << (answered ? answered->objectName() : QString());
            return nullptr;
        }
    }
    QPointer<Models::ChangeOperation> operation = shared.first().first().value<Models::ChangeOperation *>();
    if (!awaitChanges(*workspace()))
        return nullptr;
    return operation;
}

int TestAddShareDialog::serverLevel(qint64 group, const QString &kind, qint64 id)
{
    const QJsonObject shares = m_fixture->admin.get(u"/groups/%1/shares"_s.arg(group)).array().first().toObject();
    const QString sets[] = {u"readers"_s, u"writers"_s, u"owners"_s};
    for (int level = 0; level < 3; ++level) {
        for (const QJsonValue &principal : shares.value(sets[level]).toObject().value(kind).toArray()) {
            if (principal.toObject().value(u"id"_s).toInteger() == id)
                return level + 1;
        }
    }
    return 0;
}

QStringList TestAddShareDialog::serverShares(const QList<qint64> &groups)
{
    QStringList all;
    const QString sets[] = {u"readers"_s, u"writers"_s, u"owners"_s};
    for (qint64 group : groups) {
        const QJsonObject shares = m_fixture->admin.get(u"/groups/%1/shares"_s.arg(group)).array().first().toObject();
        for (int level = 0; level < 3; ++level) {
            for (const QString &kind : {u"users"_s, u"groups"_s}) {
                for (const QJsonValue &principal : shares.value(sets[level]).toObject().value(kind).toArray())
                    all.append(u"%1:%2/%3=%4"_s.arg(group)
                                   .arg(kind)
                                   .arg(principal.toObject().value(u"id"_s).toInteger())
                                   .arg(level + 1));
            }
        }
    }
    all.sort();
    return all;
}

void TestAddShareDialog::theFormIsNamedAndWaitsForSomeone()
{
    openWindow();
    const qint64 group = groupNamed(u"Data Quality"_s);
    workspaceWidget()->addShare(group);
    QTRY_VERIFY(shownDialog());
    Gui::AddShareDialog *dialog = shownDialog();
    QCOMPARE(dialog->objectName(), u"addShareDialog"_s);
    QCOMPARE(dialog->groupIds(), QList<qint64>{group});
    QCOMPARE(dialog->windowTitle(), u"Share Data Quality"_s);
    QVERIFY(childNamed<QLabel>(dialog, u"promptLabel"_s)->text().contains(u"Data Quality"_s));
    // Read by default; the three levels of the API, in order.
    auto *level = childNamed<QComboBox>(dialog, u"levelComboBox"_s);
    QCOMPARE(level->count(), 3);
    QCOMPARE(dialog->level(), Level::Read);
    QCOMPARE(level->currentText(), u"Read"_s);
    // Nothing to share: no Share.
    QVERIFY(dialog->shareButton()->isDefault());
    QVERIFY(!dialog->shareButton()->isEnabled());
    // The message is typed only once the e-mail is asked for.
    auto *email = childNamed<QCheckBox>(dialog, u"sendEmailCheckBox"_s);
    auto *body = childNamed<QPlainTextEdit>(dialog, u"emailBodyTextEdit"_s);
    QVERIFY(!email->isChecked());
    QVERIFY(!body->isEnabled());
    clickCheckBox(email);
    QVERIFY(body->isEnabled());
    QVERIFY(!dialog->notice().shareEmailBody.size());
    QCOMPARE(dialog->notice().sendSharedEmail, std::optional<bool>(true));
    clickCheckBox(email);
    QVERIFY(!body->isEnabled());
    QCOMPARE(dialog->notice().sendSharedEmail, std::nullopt);
    // The group itself is not offered to share with itself: searched for, it is not listed.
    auto *tabs = childNamed<QTabWidget>(dialog, u"principalTabWidget"_s);
    tabs->setCurrentIndex(tabs->indexOf(childNamed<QWidget>(dialog, u"groupsTab"_s)));
    Gui::GroupSearchWidget *search = dialog->groupPicker()->searchWidget();
    retype(childNamed<QLineEdit>(search, u"searchLineEdit"_s), u"Data Quality"_s);
    QTRY_VERIFY_WITH_TIMEOUT(search->model()->query().query == u"Data Quality"_s
            && !search->model()->loadStatus()->isLoading() && search->model()->totalCount() > 0,
        kWaitMs);
    QCOMPARE(search->model()->rowOf(group), -1);
    QVERIFY(search->selectedGroups().isEmpty());
    // Not modal to the whole app: the rest of it can be looked at meanwhile.
    QVERIFY(dialog->windowModality() != Qt::ApplicationModal);
}

void TestAddShareDialog::sharesOneGroupWithPickedPeople()
{
    openWindow();
    const qint64 group = groupNamed(u"Data Quality"_s);
    const QList<qint64> people = outsiders(group, 2);
    QCOMPARE(people.size(), 2);
    workspaceWidget()->addShare(group);
    QTRY_VERIFY(shownDialog());
    const QPointer<Gui::AddShareDialog> dialog = shownDialog();
    for (qint64 id : people)
        QVERIFY(pickUser(dialog, id));
    QVERIFY(dialog->shareButton()->isEnabled());
    QCOMPARE(childNamed<QTabWidget>(dialog, u"principalTabWidget"_s)->tabText(0), u"&People (2)"_s);
    dialog->setLevel(Level::Write);
    QCOMPARE(childNamed<QLabel>(dialog, u"shareSummaryLabel"_s)->text(),
        u"2 people will get write access to Data Quality."_s);
    Models::ChangeOperation *operation = shareAndWait(dialog);
    QVERIFY(operation);
    QVERIFY(!dialog || !dialog->isVisible()); // closed, and deleted once closed
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 2);
    for (qint64 id : people)
        QCOMPARE(serverLevel(group, u"users"_s, id), 2);
    // One undo step, in the window's undo stack; its undo takes the shares back.
    QCOMPARE(workspace()->undoStack()->count(), 1);
    workspace()->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace()));
    for (qint64 id : people)
        QCOMPARE(serverLevel(group, u"users"_s, id), 0);
}

void TestAddShareDialog::sharesOneGroupWithPickedGroups()
{
    openWindow();
    const qint64 group = groupNamed(u"Legal"_s);
    const qint64 bookClub = groupNamed(u"Book Club"_s);
    const qint64 finance = groupNamed(u"Finance"_s);
    QCOMPARE(serverLevel(group, u"groups"_s, bookClub), 0);
    QCOMPARE(serverLevel(group, u"groups"_s, finance), 0);
    workspaceWidget()->addShare(group);
    QTRY_VERIFY(shownDialog());
    Gui::AddShareDialog *dialog = shownDialog();
    QVERIFY(pickGroup(dialog, u"Book Club"_s));
    QVERIFY(pickGroup(dialog, u"Finance"_s));
    QVERIFY(pickGroup(dialog, u"Finance"_s) == false); // picked once only
    QCOMPARE(dialog->groupPicker()->picked().size(), 2);
    dialog->setLevel(Level::Manage);
    QCOMPARE(
        childNamed<QLabel>(dialog, u"shareSummaryLabel"_s)->text(), u"2 groups will get manage access to Legal."_s);
    Models::ChangeOperation *operation = shareAndWait(dialog);
    QVERIFY(operation);
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 2);
    QCOMPARE(serverLevel(group, u"groups"_s, bookClub), 3);
    QCOMPARE(serverLevel(group, u"groups"_s, finance), 3);
    // No e-mail was asked for: none was recorded.
    QVERIFY(m_fixture->column(u"SELECT id FROM share_email_outbox"_s).isEmpty());
}

void TestAddShareDialog::theEmailAndItsMessageReachTheServer()
{
    openWindow();
    const qint64 group = groupNamed(u"Data Quality"_s);
    const qint64 person = outsiders(group, 1).value(0);
    const qint64 bookClub = groupNamed(u"Book Club"_s);
    workspaceWidget()->addShare(group);
    QTRY_VERIFY(shownDialog());
    Gui::AddShareDialog *dialog = shownDialog();
    QVERIFY(pickUser(dialog, person));
    QVERIFY(pickGroup(dialog, u"Book Club"_s));
    clickCheckBox(childNamed<QCheckBox>(dialog, u"sendEmailCheckBox"_s));
    auto *body = childNamed<QPlainTextEdit>(dialog, u"emailBodyTextEdit"_s);
    body->setFocus();
    const QString message = u"You can now see the data-quality checks, \"nightly, weekly\" included."_s;
    QTest::keyClicks(body, message);
    Models::ChangeOperation *operation = shareAndWait(dialog);
    QVERIFY(operation);
    QCOMPARE(operation->count(Api::BulkOutcome::Done), 2);
    QCOMPARE(serverLevel(group, u"users"_s, person), 1);
    QCOMPARE(serverLevel(group, u"groups"_s, bookClub), 1);
    // What the sandbox would mail: one notice per share, with the message.
    const auto outbox = [&](const QString &column) {
        return m_fixture->column(
            u"SELECT %1 FROM share_email_outbox WHERE group_id = %2 ORDER BY id"_s.arg(column).arg(group));
    };
    QCOMPARE(outbox(u"grantee_kind || ' ' || grantee_ids"_s),
        (QVariantList{u"user %1"_s.arg(person), u"group %1"_s.arg(bookClub)}));
    QCOMPARE(outbox(u"body"_s), (QVariantList{message, message}));
    // The undo mails no one.
    workspace()->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace()));
    QCOMPARE(serverLevel(group, u"users"_s, person), 0);
    QCOMPARE(outbox(u"id"_s).size(), 2);
}

void TestAddShareDialog::shareWithOnFiftyGroupsAndItsExactUndo()
{
    // The demo seed has fewer groups than that: the rest are made for the test.
    QList<qint64> groups = m_fixture->ids(u"SELECT id FROM groups WHERE organization_id = 1 ORDER BY id"_s);
    for (int i = int(groups.size()); i < kManyGroups; ++i) {
        const HttpResult made
            = m_fixture->admin.post(u"/groups/"_s, QJsonObject{{u"name"_s, u"Share Test %1"_s.arg(i)}});
        QCOMPARE(made.status, 201);
    }
    openWindow();
    Gui::GroupListPanel *panel = workspaceWidget()->groupListPanel();
    Models::GroupListModel *list = panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() >= kManyGroups && !list->loadStatus()->isLoading(), kWaitMs);
    groups.clear();
    for (int row = 0; row < kManyGroups; ++row)
        groups.append(list->groupId(row));

    // Who already holds something: a person who manages 5 of them and writes 5 others, a group
    // that reads one; and a person who holds nothing on any.
    const QList<qint64> people = outsiders(groups.first(), 400);
    qint64 holder = 0;
    qint64 newcomer = 0;
    for (qint64 id : people) {
        const bool holdsNone = m_fixture
                                   ->column(u"SELECT count(*) FROM user_shares WHERE user_id = %1 AND group_id IN "
                                            "(SELECT id FROM groups WHERE organization_id = 1)"_s.arg(id))
                                   .value(0)
                                   .toInt()
            == 0;
        if (!holdsNone)
            continue;
        if (!holder)
            holder = id;
        else if (!newcomer)
            newcomer = id;
    }
    QVERIFY(holder && newcomer);
    for (int i = 0; i < 10; ++i) {
        const QString level = i < 5 ? u"manage"_s : u"write"_s;
        QCOMPARE(m_fixture->admin
                     .put(u"/groups/%1/shares/users"_s.arg(groups.at(i * 4)),
                         QJsonObject{{u"user_ids"_s, QJsonArray{holder}}, {u"permission_level"_s, level}})
                     .status,
            200);
    }
    const qint64 bookClub = groupNamed(u"Book Club"_s);
    const QStringList before = serverShares(groups);
    QCOMPARE(serverLevel(groups.at(0), u"users"_s, holder), 3);
    QCOMPARE(serverLevel(groups.at(20), u"users"_s, holder), 2);

    // Select them in the list; the Group menu's action follows the selection.
    auto *action = childNamed<QAction>(m_window.get(), u"shareGroupsAction"_s);
    QVERIFY(action);
    QVERIFY(!action->icon().isNull());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    auto *tree = childNamed<QTreeView>(panel, u"groupTreeView"_s);
    QVERIFY(tree->actions().contains(action)); // in the list's context menu
    QItemSelection selection;
    selection.select(list->index(0, 0), list->index(kManyGroups - 1, list->columnCount() - 1));
    tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(panel->selectedGroupIds(), groups);
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    QTRY_VERIFY(shownDialog());
    Gui::AddShareDialog *dialog = shownDialog();
    QCOMPARE(dialog->groupIds(), groups);
    QCOMPARE(dialog->windowTitle(), u"Share 50 Groups"_s);
    QVERIFY(childNamed<QLabel>(dialog, u"promptLabel"_s)->text().contains(u"50 groups"_s));
    QVERIFY(pickUser(dialog, holder));
    QVERIFY(pickUser(dialog, newcomer));
    QVERIFY(pickGroup(dialog, u"Book Club"_s));
    QCOMPARE(childNamed<QLabel>(dialog, u"shareSummaryLabel"_s)->text(),
        u"2 people and 1 group will get read access to 50 groups."_s);
    screenshot(dialog, u"share-with-many.png"_s);

    QSignalSpy queued(workspace(), &Models::Workspace::operationQueued);
    // The holder manages 5 of them and writes 5: exactly Read, as asked (and yes to any group
    // that would be left with no manager).
    Models::ChangeOperation *operation = shareAndWait(dialog, {u"setExactlyButton"_s, u"leaveWithoutManagerButton"_s});
    QVERIFY(operation);
    QCOMPARE(queued.size(), 1); // one bulk operation for all of them
    QCOMPARE(workspace()->undoStack()->count(), 1);
    QCOMPARE(operation->size(), 3 * kManyGroups);
    QCOMPARE(operation->count(Api::BulkOutcome::Failed), 0);
    for (qint64 group : groups) {
        QCOMPARE(serverLevel(group, u"users"_s, holder), 1);
        QCOMPARE(serverLevel(group, u"users"_s, newcomer), 1);
        QCOMPARE(serverLevel(group, u"groups"_s, bookClub), 1);
    }
    // The Changes dock shows it, with its summary.
    auto *changes = childNamed<QWidget>(m_window.get(), u"changesPanel"_s);
    QVERIFY(changes);
    auto *summary = childNamed<QLabel>(changes, u"summaryLabel"_s);
    QVERIFY(summary);
    QTRY_COMPARE(summary->text(), Models::OperationListModel::outcomeSummary(*operation));
    QVERIFY(summary->text().contains(u"150"_s));

    // Undo: each principal holds on each group exactly what it held before.
    workspace()->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace(), 4 * kWaitMs));
    QCOMPARE(serverShares(groups), before);
    QCOMPARE(serverLevel(groups.at(0), u"users"_s, holder), 3);
    QCOMPARE(serverLevel(groups.at(20), u"users"_s, holder), 2);
    QCOMPARE(serverLevel(groups.at(1), u"users"_s, holder), 0);
}

void TestAddShareDialog::aRefusedShareReportsTheServersWordsPerGroup()
{
    // A person who may read some groups and manage none of them.
    qint64 reader = 0;
    QList<qint64> readable;
    for (qint64 id : m_fixture->ids(u"SELECT DISTINCT user_id FROM user_shares s JOIN users u ON u.id = s.user_id "
                                    "WHERE s.level = 1 AND u.org_admin = 0 AND u.active = 1 ORDER BY user_id"_s)) {
        // Read before: column() runs on the server's thread too.
        const QString name = username(id);
        const QString key = u"key-for-"_s + name;
        bool ok = false;
        m_fixture->server.runOnServer([&](SandboxServer &s) { ok = s.setUserKey(name, key); });
        QVERIFY(ok);
        SandboxTestClient client(m_fixture->server.url(), key);
        const QList<qint64> all = client.get(u"/groups/?limit=1000"_s).ids();
        const QList<qint64> managed = client.get(u"/groups/?limit=1000&permission=manage"_s).ids();
        QList<qint64> notManaged;
        for (qint64 group : all) {
            if (!managed.contains(group))
                notManaged.append(group);
        }
        if (notManaged.size() >= 2) {
            reader = id;
            readable = notManaged.mid(0, 2);
            break;
        }
    }
    QVERIFY(reader);
    const QString key = u"key-for-"_s + username(reader);
    openWindow(key);
    SandboxTestClient client(m_fixture->server.url(), key);
    const qint64 person = outsiders(readable.first(), 1).value(0);
    QVERIFY(person);

    Gui::GroupListPanel *panel = workspaceWidget()->groupListPanel();
    Models::GroupListModel *list = panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(list->rowOf(readable.at(0)) >= 0 && list->rowOf(readable.at(1)) >= 0, kWaitMs);
    auto *tree = childNamed<QTreeView>(panel, u"groupTreeView"_s);
    QItemSelection selection;
    for (qint64 group : readable)
        selection.select(list->index(list->rowOf(group), 0), list->index(list->rowOf(group), list->columnCount() - 1));
    tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    tree->setFocus();
    // Known not to manage them: Share Selected Groups With... is disabled, naming both.
    Models::GroupStore *store = workspace()->groupStore();
    QTRY_VERIFY_WITH_TIMEOUT(store->knowsMyLevels(), kWaitMs);
    QAction *shareGroups = childNamed<QAction>(m_window.get(), u"shareGroupsAction"_s);
    QTRY_VERIFY(!shareGroups->isEnabled());
    for (qint64 group : readable)
        QVERIFY2(shareGroups->toolTip().contains(store->name(group)), qPrintable(shareGroups->toolTip()));
    // What the app read may be stale (a level lowered on the server since): the server's
    // refusals are then reported as they come, group by group.
    for (qint64 group : readable)
        store->setMyLevel(group, Api::PermissionLevel::Manage);
    QTRY_VERIFY(shareGroups->isEnabled());
    // The shortcut opens it, as the menu does.
    QTest::keyClick(tree, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(shownDialog());
    Gui::AddShareDialog *dialog = shownDialog();
    QCOMPARE(dialog->groupIds().size(), 2);
    QVERIFY(pickUser(dialog, person));
    Models::ChangeOperation *operation = shareAndWait(dialog);
    QVERIFY(operation);
    QCOMPARE(operation->count(Api::BulkOutcome::Failed), 2);
    QCOMPARE(operation->summary(), u"2 failed"_s);
    // Each group's own refusal, in the server's words, in the Changes dock's report.
    auto *changes = childNamed<QWidget>(m_window.get(), u"changesPanel"_s);
    QVERIFY(changes);
    auto *report = childNamed<QTableView>(changes, u"changeReportView"_s);
    QVERIFY(report);
    for (int i = 0; i < 2; ++i) {
        const qint64 group = operation->change(i).forward.groupId;
        const HttpResult refused = client.put(u"/groups/%1/shares/users"_s.arg(group),
            QJsonObject{{u"user_ids"_s, QJsonArray{person}}, {u"permission_level"_s, u"read"_s}});
        QCOMPARE(refused.status, 403);
        QVERIFY(!refused.errorDescription().isEmpty());
        // The server's words, with the group named as the person knows it, not by its id.
        QVERIFY(refused.errorDescription().contains(u"group %1"_s.arg(group)));
        const QString named = QString(refused.errorDescription()).replace(u"group %1"_s.arg(group), store->name(group));
        QCOMPARE(operation->error(i).message(), named);
        QTRY_VERIFY(report->model() && report->model()->rowCount() == 2);
        bool shown = false;
        for (int row = 0; row < report->model()->rowCount(); ++row) {
            for (int column = 0; column < report->model()->columnCount(); ++column)
                shown = shown || report->model()->index(row, column).data().toString() == named;
        }
        QVERIFY2(shown, qPrintable(named));
        QCOMPARE(serverLevel(group, u"users"_s, person), 0);
    }
}

void TestAddShareDialog::aShareThatWouldLowerManagersKeepsThemByDefault()
{
    // The report's case: Read for Deepa on Data Engineering, Finance, Legal and Security, who
    // manages Finance (alone) and Security.
    const QList<qint64> groups{
        groupNamed(u"Data Engineering"_s), groupNamed(u"Finance"_s), groupNamed(u"Legal"_s), groupNamed(u"Security"_s)};
    const qint64 deepa = outsiders(groups.first(), 1).value(0);
    QVERIFY(deepa);
    m_fixture->column(u"UPDATE users SET name = 'Deepa Moreau' WHERE id = %1"_s.arg(deepa));
    m_fixture->column(u"DELETE FROM user_shares WHERE user_id = %1"_s.arg(deepa));
    m_fixture->column(u"DELETE FROM user_shares WHERE group_id = %1 AND level = 3"_s.arg(groups.at(1)));
    m_fixture->column(u"DELETE FROM group_shares WHERE group_id = %1 AND level = 3"_s.arg(groups.at(1)));
    for (const qint64 group : {groups.at(1), groups.at(3)}) {
        QCOMPARE(m_fixture->admin
                     .put(u"/groups/%1/shares/users"_s.arg(group),
                         QJsonObject{{u"user_ids"_s, QJsonArray{deepa}}, {u"permission_level"_s, u"manage"_s}})
                     .status,
            200);
    }
    openWindow();
    // Share Selected Groups With..., from the list's selection and the shortcut.
    Gui::GroupListPanel *panel = workspaceWidget()->groupListPanel();
    Models::GroupListModel *list = panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(groups.cbegin(), groups.cend(), [list](qint64 g) { return list->rowOf(g) >= 0; }), kWaitMs);
    auto *tree = childNamed<QTreeView>(panel, u"groupTreeView"_s);
    QItemSelection selection;
    for (qint64 group : groups)
        selection.select(list->index(list->rowOf(group), 0), list->index(list->rowOf(group), list->columnCount() - 1));
    tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(shownDialog());
    QPointer<Gui::AddShareDialog> dialog = shownDialog();
    QCOMPARE(dialog->groupIds().size(), 4);
    QVERIFY(pickUser(dialog, deepa));
    QCOMPARE(dialog->level(), Level::Read);
    QSignalSpy shared(dialog, &Gui::AddShareDialog::shared);
    QTest::mouseClick(dialog->shareButton(), Qt::LeftButton);

    // Before anything is sent, the plan: what it would lower, and the choice.
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog && (box = dialog->findChild<QMessageBox *>(u"sharePlanLoweringBox"_s)) && box->isVisible(), kWaitMs);
    QCOMPARE(box->text(), u"2 shares would be lowered to Read:"_s);
    QVERIFY2(box->informativeText().startsWith(u"\u2022 Deepa Moreau: Manage \u2192 Read on Finance and Security\n"_s),
        qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(u"With Set Exactly Read: Finance would have no manager."_s),
        qPrintable(box->informativeText()));
    QCOMPARE(box->defaultButton(), childNamed<QPushButton>(box, u"keepHigherButton"_s));
    QCOMPARE(childNamed<QPushButton>(box, u"setExactlyButton"_s)->text(), u"Set &Exactly Read"_s);
    QCOMPARE(shared.size(), 0);
    QCOMPARE(workspace()->undoStack()->count(), 0);
    QCOMPARE(serverLevel(groups.at(1), u"users"_s, deepa), 3);
    screenshot(box, u"share-lowering-plan.png"_s);

    // Enter takes the default: higher levels kept.
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shared.size(), 1, kWaitMs);
    QVERIFY(awaitChanges(*workspace()));
    QCOMPARE(serverLevel(groups.at(0), u"users"_s, deepa), 1);
    QCOMPARE(serverLevel(groups.at(1), u"users"_s, deepa), 3);
    QCOMPARE(serverLevel(groups.at(2), u"users"_s, deepa), 1);
    QCOMPARE(serverLevel(groups.at(3), u"users"_s, deepa), 3);
    QCOMPARE(workspace()->undoStack()->count(), 1);
    QCOMPARE(workspace()->undoStack()->undoText(), u"Give Deepa Moreau read access to 2 groups"_s);

    // Setting exactly asks again for the group left with no manager, and says so when done.
    workspaceWidget()->shareSelectedGroups();
    QTRY_VERIFY(shownDialog());
    dialog = shownDialog();
    QVERIFY(pickUser(dialog, deepa));
    QTest::mouseClick(dialog->shareButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog && (box = dialog->findChild<QMessageBox *>(u"sharePlanLoweringBox"_s)) && box->isVisible(), kWaitMs);
    QTest::mouseClick(childNamed<QPushButton>(box, u"setExactlyButton"_s), Qt::LeftButton);
    QMessageBox *lastManager = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog && (lastManager = dialog->findChild<QMessageBox *>(u"lastManagerBox"_s)) && lastManager->isVisible(),
        kWaitMs);
    QCOMPARE(lastManager->text(), u"Finance would have no manager."_s);
    // Enter is no: nothing sent, the dialog still open.
    const QPointer<QMessageBox> asked = lastManager;
    QTest::keyClick(lastManager, Qt::Key_Return);
    QTRY_VERIFY(!asked || !asked->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->shareButton()->isEnabled());
    QCOMPARE(workspace()->undoStack()->count(), 1);
    Models::ChangeOperation *operation = shareAndWait(dialog, {u"setExactlyButton"_s, u"leaveWithoutManagerButton"_s});
    QVERIFY(operation);
    for (qint64 group : groups)
        QCOMPARE(serverLevel(group, u"users"_s, deepa), 1);
    QCOMPARE(operation->groupsLeftWithoutManager(), QStringList{u"Finance"_s});
    auto *changes = childNamed<QWidget>(m_window.get(), u"changesPanel"_s);
    QVERIFY(changes);
    QTRY_VERIFY(childNamed<QLabel>(changes, u"summaryLabel"_s)->text().contains(u"Finance was left with no manager"_s));
    // Undone exactly: she manages both again.
    workspace()->undoStack()->undo();
    QVERIFY(awaitChanges(*workspace()));
    QCOMPARE(serverLevel(groups.at(1), u"users"_s, deepa), 3);
    QCOMPARE(serverLevel(groups.at(3), u"users"_s, deepa), 3);
    QCOMPARE(serverLevel(groups.at(0), u"users"_s, deepa), 1);
}

void TestAddShareDialog::screenshots()
{
    if (!screenshotsWanted())
        QSKIP("CIVIS_SCREENSHOT_DIR is not set");
    openWindow();
    const qint64 group = groupNamed(u"Data Quality"_s);
    workspaceWidget()->addShare(group);
    QTRY_VERIFY(shownDialog());
    Gui::AddShareDialog *dialog = shownDialog();
    for (qint64 id : outsiders(group, 2))
        QVERIFY(pickUser(dialog, id));
    QVERIFY(pickGroup(dialog, u"Book Club"_s));
    childNamed<QTabWidget>(dialog, u"principalTabWidget"_s)->setCurrentIndex(0);
    clickCheckBox(childNamed<QCheckBox>(dialog, u"sendEmailCheckBox"_s));
    QTest::keyClicks(childNamed<QPlainTextEdit>(dialog, u"emailBodyTextEdit"_s),
        u"You can now see the data-quality checks and their nightly reports."_s);
    screenshot(dialog, u"add-share-dialog.png"_s);
}

QTEST_MAIN(TestAddShareDialog)
#include "tst_addsharedialog.moc"
