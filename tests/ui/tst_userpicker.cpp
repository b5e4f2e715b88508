// The user picker: the directory searched on the server, picking and unpicking, the server's
// errors, and a directory of 100,000 people paged in as the table scrolls.

#include "uitestfixture.h"

#include "sharingreportcheck.h" // EventLoopWatch

#include "models/loadstatus.h"
#include "models/roles.h"
#include "models/userdirectorymodel.h"
#include "ui/users/userpickerdialog.h"
#include "ui/users/userpickerwidget.h"
#include "ui/widgets/loadstatusbar.h"

#include <QtCore/QMimeData>
#include <QtGui/QAccessible>
#include <QtGui/QAction>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>

using namespace Qt::StringLiterals;
using Models::UserDirectoryModel;
using Models::UserRef;

namespace {
/// Generous for a page from the in-process sandbox on a busy machine.
constexpr int kWaitMs = 30'000;

QList<qint64> idsOf(const QList<UserRef> &users)
{
    QList<qint64> ids;
    for (const UserRef &user : users)
        ids.append(user.id);
    return ids;
}

QList<qint64> rowIds(const QAbstractItemModel *model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(Models::IdRole).toLongLong());
    return ids;
}

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

/// Where to click on row \a row of \a table.
QPoint rowPoint(const QTableView *table, int row)
{
    return table->visualRect(table->model()->index(row, UserDirectoryModel::NameColumn)).center();
}

/// A double-click on row \a row as a window system delivers it to a widget: press, release, double-click.
void doubleClickRow(QTableView *table, int row)
{
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowPoint(table, row));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rowPoint(table, row));
}
} // namespace

class TestUserPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // "1,234 people" whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        // The large seed (100,000 people) only for the tests that need it: it takes seconds.
        const bool large = QByteArray(QTest::currentTestFunction()).startsWith("large");
        m_fixture = std::make_unique<UiFixture>();
        QVERIFY(m_fixture->startUi(large ? u"large"_s : u"demo"_s));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_fixture.reset();
    }

    void searchReachesTheServerAfterTheDebounce();
    void escAndTheClearButtonClearTheSearch();
    void statusFilterReachesTheServer();
    void picksByDoubleClickAddAndEnter();
    void setPickedShowsThemAndDeleteRemoves();
    void okNeedsSomeoneOrAnEmptiedList();
    void dropsOfUsersArePicked();
    void keyboardReachesEverything();
    void serverErrorShowsWithRetryAndRetryRecovers();
    void largeDirectoryPagesInAsTheTableScrolls();
    void screenshot();

private:
    /// A shown dialog over the fixture's workspace, its first page loaded.
    bool openDialog(bool waitForFirstPage = true);
    /// Waits for the directory's current load to end without an error.
    bool waitLoaded();
    qint64 count(const QString &sql) { return m_fixture->column(sql).value(0).toLongLong(); }
    QList<qint64> orderedIds(const QString &where)
    {
        QList<qint64> ids;
        for (const QVariant &id :
            m_fixture->column(u"SELECT id FROM users WHERE %1 ORDER BY name COLLATE NOCASE, id"_s.arg(where)))
            ids.append(id.toLongLong());
        return ids;
    }
    UserRef userFromDatabase(qint64 id)
    {
        UserRef user;
        user.id = id;
        user.name = m_fixture->column(u"SELECT name FROM users WHERE id = %1"_s.arg(id)).value(0).toString();
        user.username = m_fixture->column(u"SELECT username FROM users WHERE id = %1"_s.arg(id)).value(0).toString();
        user.email = m_fixture->column(u"SELECT email FROM users WHERE id = %1"_s.arg(id)).value(0).toString();
        return user;
    }

    template <typename T>
    T *child(const QString &name)
    {
        return m_dialog ? childNamed<T>(m_dialog.get(), name) : nullptr;
    }
    UserDirectoryModel *directory() const { return m_dialog->pickerWidget()->directoryModel(); }

    std::unique_ptr<UiFixture> m_fixture; ///< A fresh sandbox for every test.
    std::unique_ptr<Gui::UserPickerDialog> m_dialog;
};

bool TestUserPicker::openDialog(bool waitForFirstPage)
{
    m_dialog = std::make_unique<Gui::UserPickerDialog>(m_fixture->workspace.get());
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        return false;
    return !waitForFirstPage || waitLoaded();
}

bool TestUserPicker::waitLoaded()
{
    UserDirectoryModel *model = directory();
    // A reload asks for its first page once the view lays out again: wait for the answer.
    return QTest::qWaitFor([&] { return model->totalCount() >= 0 || model->loadStatus()->hasError(); }, kWaitMs)
        && QTest::qWaitFor([&] { return !model->loadStatus()->isLoading(); }, kWaitMs) && model->totalCount() >= 0
        && !model->loadStatus()->hasError();
}

void TestUserPicker::searchReachesTheServerAfterTheDebounce()
{
    QVERIFY(openDialog());
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    auto *table = child<QTableView>(u"directoryTableView"_s);
    auto *countLabel = child<QLabel>(u"countLabel"_s);
    QVERIFY(search && table && countLabel);
    const qint64 active = count(u"SELECT COUNT(*) FROM users WHERE active = 1"_s);
    QCOMPARE(directory()->totalCount(), active);
    QCOMPARE(table->model()->rowCount(), std::min<qint64>(active, 100));
    QCOMPARE(countLabel->text(), u"%1 people"_s.arg(active));

    // A last name some, not all, active people share (the demo seed has a few hundred people).
    QString needle;
    QList<qint64> expected;
    for (const QVariant &name : m_fixture->column(u"SELECT name FROM users WHERE active = 1 ORDER BY id"_s)) {
        needle = name.toString().section(u' ', -1).toLower();
        expected = orderedIds(
            u"active = 1 AND (name LIKE '%%1%' OR username LIKE '%%1%' OR email LIKE '%%1%')"_s.arg(needle));
        if (expected.size() >= 2 && expected.size() < 50)
            break;
    }
    QVERIFY2(expected.size() >= 2 && expected.size() < 50, qPrintable(needle));

    QTest::keyClicks(search, needle);
    // The server is not asked on every key: only once the typing pauses.
    QCOMPARE(directory()->query().query, QString());
    QTest::qWait(100);
    QCOMPARE(directory()->query().query, QString());
    QTRY_COMPARE_WITH_TIMEOUT(directory()->query().query, needle, 2'000);
    QVERIFY(waitLoaded());
    QCOMPARE(rowIds(table->model()), expected);
    QCOMPARE(countLabel->text(), u"%1 people"_s.arg(expected.size()));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const UserRef user = directory()->userRef(row);
        QVERIFY2(user.name.contains(needle, Qt::CaseInsensitive) || user.username.contains(needle, Qt::CaseInsensitive)
                || user.email.contains(needle, Qt::CaseInsensitive),
            qPrintable(user.displayLine()));
    }

    // Enter searches at once and does not close the dialog: a username no other one holds.
    QString oneUser;
    for (qint64 id : std::as_const(expected)) {
        const QString username
            = m_fixture->column(u"SELECT username FROM users WHERE id = %1"_s.arg(id)).value(0).toString();
        if (count(u"SELECT COUNT(*) FROM users WHERE active = 1 AND (name LIKE '%%1%' OR username LIKE '%%1%' "
                  "OR email LIKE '%%1%')"_s.arg(username))
            == 1) {
            oneUser = username;
            break;
        }
    }
    QVERIFY(!oneUser.isEmpty());
    search->setText(oneUser);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(directory()->query().query, oneUser);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(waitLoaded());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(directory()->userRef(0).username, oneUser);
    QCOMPARE(countLabel->text(), u"1 person"_s);
}

void TestUserPicker::escAndTheClearButtonClearTheSearch()
{
    QVERIFY(openDialog());
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    auto *clear = child<QAction>(u"clearSearchAction"_s);
    QVERIFY(search && clear);
    const qint64 active = count(u"SELECT COUNT(*) FROM users WHERE active = 1"_s);
    QVERIFY(!clear->isVisible());

    QTest::keyClicks(search, u"zzzz-nobody"_s);
    QVERIFY(clear->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(directory()->totalCount(), 0, kWaitMs);
    QCOMPARE(child<QLabel>(u"countLabel"_s)->text(), u"0 people"_s);

    // Esc empties the field and lists everyone at once (no debounce); the dialog stays.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(directory()->query().query, QString());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(waitLoaded());
    QCOMPARE(directory()->totalCount(), active);

    // The clear button does the same, and names itself for a screen reader.
    QTest::keyClicks(search, u"zzzz-nobody"_s);
    QTRY_COMPARE_WITH_TIMEOUT(directory()->totalCount(), 0, kWaitMs);
    QToolButton *clearButton = nullptr;
    for (auto *button : search->findChildren<QToolButton *>()) {
        if (button->defaultAction() == clear)
            clearButton = button;
    }
    QVERIFY(clearButton && clearButton->isVisible());
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(clearButton);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), u"Clear search"_s);
    QTest::mouseClick(clearButton, Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QVERIFY(waitLoaded());
    QCOMPARE(directory()->totalCount(), active);

    // With nothing to clear, Esc is the dialog's again.
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestUserPicker::statusFilterReachesTheServer()
{
    QVERIFY(openDialog());
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    auto *status = child<QComboBox>(u"statusComboBox"_s);
    auto *table = child<QTableView>(u"directoryTableView"_s);
    QVERIFY(search && status && table);
    QCOMPARE(status->currentText(), u"Active"_s);
    QVERIFY(table->isColumnHidden(UserDirectoryModel::ActiveColumn));
    const qint64 deactivatedId = count(u"SELECT id FROM users WHERE active = 0 ORDER BY id LIMIT 1"_s);
    QVERIFY(deactivatedId > 0);
    const QString username
        = m_fixture->column(u"SELECT username FROM users WHERE id = %1"_s.arg(deactivatedId)).value(0).toString();

    // Active (the default): the deactivated person is not found.
    QVERIFY(!rowIds(table->model()).contains(deactivatedId));
    search->setText(username);
    QTRY_COMPARE_WITH_TIMEOUT(directory()->query().query, username, 2'000);
    QVERIFY(waitLoaded());
    QVERIFY(!rowIds(table->model()).contains(deactivatedId));

    // Deactivated: found, and every row is deactivated.
    status->setCurrentIndex(status->findText(u"Deactivated"_s));
    QCOMPARE(directory()->query().accountStatus, u"inactive"_s);
    QVERIFY(waitLoaded());
    QVERIFY(rowIds(table->model()).contains(deactivatedId));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(waitLoaded());
    QCOMPARE(rowIds(table->model()), orderedIds(u"active = 0"_s));
    QCOMPARE(directory()->totalCount(), count(u"SELECT COUNT(*) FROM users WHERE active = 0"_s));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(!table->model()->index(row, UserDirectoryModel::ActiveColumn).data(Models::RawValueRole).toBool());

    // All: everyone, and a Status column tells them apart.
    status->setCurrentIndex(status->findText(u"All"_s));
    QCOMPARE(directory()->query().accountStatus, u"all"_s);
    QVERIFY(waitLoaded());
    QCOMPARE(directory()->totalCount(), count(u"SELECT COUNT(*) FROM users"_s));
    QVERIFY(!table->isColumnHidden(UserDirectoryModel::ActiveColumn));
    ::screenshot(m_dialog.get(), u"user-picker-all.png"_s);
    search->setText(username);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(waitLoaded());
    QVERIFY(rowIds(table->model()).contains(deactivatedId));

    // And back: Active hides them again.
    status->setCurrentIndex(status->findText(u"Active"_s));
    QVERIFY(waitLoaded());
    QVERIFY(!rowIds(table->model()).contains(deactivatedId));
    QVERIFY(table->isColumnHidden(UserDirectoryModel::ActiveColumn));
}

void TestUserPicker::picksByDoubleClickAddAndEnter()
{
    QVERIFY(openDialog());
    auto *table = child<QTableView>(u"directoryTableView"_s);
    auto *add = child<QPushButton>(u"addButton"_s);
    auto *list = child<QListWidget>(u"pickedListWidget"_s);
    auto *ok = child<QDialogButtonBox>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(table && add && list && ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!add->isEnabled());
    const QList<qint64> firstPage = orderedIds(u"active = 1"_s).mid(0, 100);
    QCOMPARE(rowIds(table->model()), firstPage);
    const auto ref = [&](int row) { return directory()->userRef(row); };
    // What the table shows of a row is what the sandbox holds.
    QCOMPARE(ref(2), userFromDatabase(firstPage.at(2)));

    doubleClickRow(table, 2);
    QCOMPARE(idsOf(m_dialog->picked()), QList<qint64>{firstPage.at(2)});
    QCOMPARE(itemTexts(list), QStringList{ref(2).displayLine()});
    QVERIFY(ok->isEnabled());

    // Two rows, the lower clicked first: picked top to bottom, after the first.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowPoint(table, 5));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rowPoint(table, 3));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_dialog->picked(), (QList<UserRef>{ref(2), ref(3), ref(5)}));

    // Picked again: still once.
    doubleClickRow(table, 3);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowPoint(table, 2));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_dialog->picked(), (QList<UserRef>{ref(2), ref(3), ref(5)}));
    QCOMPARE(list->count(), 3);

    // Enter on a row picks it, and does not close the dialog.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowPoint(table, 6));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 7);
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    const QList<UserRef> expected{ref(2), ref(3), ref(5), ref(7)};
    QCOMPARE(m_dialog->picked(), expected);
    QCOMPARE(itemTexts(list),
        (QStringList{ref(2).displayLine(), ref(3).displayLine(), ref(5).displayLine(), ref(7).displayLine()}));

    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->picked(), expected);
    for (const UserRef &user : expected)
        QCOMPARE(user, userFromDatabase(user.id));
}

void TestUserPicker::setPickedShowsThemAndDeleteRemoves()
{
    QVERIFY(openDialog(false));
    auto *list = child<QListWidget>(u"pickedListWidget"_s);
    auto *remove = child<QPushButton>(u"removeButton"_s);
    auto *pickedCount = child<QLabel>(u"pickedCountLabel"_s);
    QVERIFY(list && remove && pickedCount);
    const UserRef a = userFromDatabase(12);
    const UserRef b = userFromDatabase(5);
    const UserRef c = userFromDatabase(40);
    const UserRef d = userFromDatabase(7);
    QVERIFY(!a.name.isEmpty() && !b.name.isEmpty() && !c.name.isEmpty() && !d.name.isEmpty());

    m_dialog->setPicked({a, b, c, a, d});
    QCOMPARE(m_dialog->picked(), (QList<UserRef>{a, b, c, d}));
    QCOMPARE(itemTexts(list), (QStringList{a.displayLine(), b.displayLine(), c.displayLine(), d.displayLine()}));
    QCOMPARE(pickedCount->text(), u"4 picked"_s);
    QVERIFY(!remove->isEnabled());

    // Delete removes the selected one; the next takes its place, so Delete goes on removing.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QVERIFY(remove->isEnabled());
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_dialog->picked(), (QList<UserRef>{a, c, d}));
    QCOMPARE(list->currentItem()->text(), c.displayLine());
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_dialog->picked(), (QList<UserRef>{a, d}));

    // The Remove button, on a selection of one.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_dialog->picked(), QList<UserRef>{d});
    QCOMPARE(itemTexts(list), QStringList{d.displayLine()});
    QCOMPARE(pickedCount->text(), u"1 picked"_s);

    // Adding someone already picked by setPicked changes nothing.
    QCOMPARE(m_dialog->pickerWidget()->addUsers({d}), 0);
    QCOMPARE(list->count(), 1);
}

void TestUserPicker::okNeedsSomeoneOrAnEmptiedList()
{
    QVERIFY(openDialog());
    auto *list = child<QListWidget>(u"pickedListWidget"_s);
    auto *ok = child<QDialogButtonBox>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    auto *table = child<QTableView>(u"directoryTableView"_s);
    QVERIFY(list && ok && table);

    // Started empty: OK waits for someone, and goes off again when they are removed.
    QVERIFY(!ok->isEnabled());
    doubleClickRow(table, 0);
    QVERIFY(ok->isEnabled());
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(m_dialog->picked().isEmpty());
    QVERIFY(!ok->isEnabled());

    // Started with someone: emptying the list is a choice (it clears the caller's filter).
    m_dialog->setPicked({userFromDatabase(9)});
    QVERIFY(ok->isEnabled());
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(m_dialog->picked().isEmpty());
    QCOMPARE(child<QLabel>(u"pickedCountLabel"_s)->text(), u"Nobody picked yet"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->picked().isEmpty());
}

void TestUserPicker::dropsOfUsersArePicked()
{
    QVERIFY(openDialog());
    auto *list = child<QListWidget>(u"pickedListWidget"_s);
    QVERIFY(list);
    m_dialog->setPicked({directory()->userRef(1)});
    const QModelIndexList rows{
        directory()->index(0, 0), directory()->index(0, 2), directory()->index(1, 0), directory()->index(4, 1)};
    std::unique_ptr<QMimeData> data(directory()->mimeData(rows));
    QVERIFY(data);
    const QPoint at = list->viewport()->rect().center();

    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(m_dialog->picked(),
        (QList<UserRef>{directory()->userRef(1), directory()->userRef(0), directory()->userRef(4)}));

    // Plain text is not a user.
    QMimeData text;
    text.setText(u"Someone <someone@example.com>"_s);
    QDragEnterEvent textEnter(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    textEnter.ignore();
    QApplication::sendEvent(list->viewport(), &textEnter);
    QVERIFY(!textEnter.isAccepted());
    QCOMPARE(m_dialog->picked().size(), 3);
}

void TestUserPicker::keyboardReachesEverything()
{
    QVERIFY(openDialog());
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    auto *table = child<QTableView>(u"directoryTableView"_s);
    auto *list = child<QListWidget>(u"pickedListWidget"_s);
    QVERIFY(search && table && list);
    QTRY_COMPARE(QApplication::focusWidget(), search);

    // Down goes from the search into the list, onto its first row; Up from there comes back.
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Enter);
    QCOMPARE(m_dialog->picked(), QList<UserRef>{directory()->userRef(1)});
    list->setCurrentRow(0);

    // Tab visits every control in reading order, then the dialog's buttons, then comes round.
    auto *buttons = m_dialog->findChild<QDialogButtonBox *>();
    const QSet<QWidget *> dialogButtons{
        buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel)};
    search->setFocus();
    QList<QWidget *> visited;
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget());
    }
    QStringList names;
    for (QWidget *widget : std::as_const(visited))
        names.append(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                    : widget->objectName());
    QCOMPARE(names.mid(0, 5),
        (QStringList{
            u"statusComboBox"_s, u"directoryTableView"_s, u"addButton"_s, u"pickedListWidget"_s, u"removeButton"_s}));
    QCOMPARE(QSet<QWidget *>(visited.begin() + 5, visited.begin() + 7), dialogButtons);
    QCOMPARE(visited.at(7), search);

    // Every button on show says what it does to a screen reader.
    for (QAbstractButton *button : m_dialog->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(m_dialog.get()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
            qPrintable(QString::fromLatin1(button->metaObject()->className()) + u' ' + button->objectName()));
    }
}

void TestUserPicker::serverErrorShowsWithRetryAndRetryRecovers()
{
    m_fixture->client->setRetryPolicy(Api::RetryPolicy::none());
    FaultSettings failing;
    failing.failureRate = 1.0;
    m_fixture->setFaults(failing);
    QVERIFY(openDialog(false));
    auto *bar = child<Gui::LoadStatusBar>(u"loadStatusBar"_s);
    auto *table = child<QTableView>(u"directoryTableView"_s);
    QVERIFY(bar && table);
    QTRY_VERIFY_WITH_TIMEOUT(directory()->loadStatus()->hasError(), kWaitMs);
    QTRY_VERIFY(!directory()->loadStatus()->isLoading());
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->errorText().contains(u"temporarily unavailable"_s), qPrintable(bar->errorText()));
    auto *retry = childNamed<QPushButton>(bar, u"retryButton"_s);
    QVERIFY(retry && retry->isVisible() && retry->isEnabled());
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(u"countLabel"_s)->text(), QString());
    ::screenshot(m_dialog.get(), u"user-picker-error.png"_s);
    // Retry is where the bar is: after the filters, before the table.
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    auto *status = child<QComboBox>(u"statusComboBox"_s);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), retry);
    QTest::keyClick(retry, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table);

    // Still failing: Retry asks again and the error stays.
    const int asked = directory()->pagesRequested();
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(directory()->pagesRequested(), asked + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!directory()->loadStatus()->isLoading(), kWaitMs);
    QVERIFY(bar->isVisible() && !bar->errorText().isEmpty());

    m_fixture->setFaults({});
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar->errorText().isEmpty() && !bar->isBusyShown(), kWaitMs);
    QVERIFY(waitLoaded());
    const qint64 active = count(u"SELECT COUNT(*) FROM users WHERE active = 1"_s);
    QCOMPARE(rowIds(table->model()), orderedIds(u"active = 1"_s).mid(0, 100));
    QCOMPARE(child<QLabel>(u"countLabel"_s)->text(), u"%1 people"_s.arg(active));
}

void TestUserPicker::largeDirectoryPagesInAsTheTableScrolls()
{
    const qint64 active = count(u"SELECT COUNT(*) FROM users WHERE active = 1"_s);
    QVERIFY(active > 80'000);
    QVERIFY(openDialog());
    auto *table = child<QTableView>(u"directoryTableView"_s);
    auto *countLabel = child<QLabel>(u"countLabel"_s);
    QVERIFY(table && countLabel);
    const int pageSize = directory()->query().limit.value_or(0);
    QCOMPARE(pageSize, 100);
    QCOMPARE(table->model()->rowCount(), pageSize);
    QCOMPARE(directory()->pagesRequested(), 1);
    QCOMPARE(countLabel->text(), QLocale().toString(active) + u" people"_s);
    QVERIFY2(countLabel->text().contains(u','), qPrintable(countLabel->text()));

    // The longest the event loop was held while pages arrive, in the CPU time of its own work
    // and on the wall clock (which also counts waits for a core), is printed: what keeps it
    // short, one page per scroll and never the whole directory, is asserted.
    EventLoopWatch watch;

    // Each scroll to the bottom brings exactly one page more, never the whole directory.
    for (int page = 2; page <= 5; ++page) {
        table->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), page * pageSize, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!directory()->loadStatus()->isLoading(), kWaitMs);
        QCOMPARE(directory()->pagesRequested(), page);
    }
    QTest::qWait(500);
    watch.stop();
    QCOMPARE(table->model()->rowCount(), 5 * pageSize);
    QCOMPARE(directory()->pagesRequested(), 5);
    QVERIFY(table->model()->rowCount() < active);
    QCOMPARE(rowIds(table->model()), orderedIds(u"active = 1"_s).mid(0, 5 * pageSize));
    qInfo("the event loop held at most %.1f ms of CPU time while paging (%lld ms on the wall clock)",
        watch.longestCpuGapMs(), watch.longestWallGapMs());
    // The last rows loaded are on screen, the first ones scrolled away.
    QVERIFY(table->rowAt(table->viewport()->height() - 2) > 4 * pageSize - 50);
    ::screenshot(m_dialog.get(), u"user-picker-large.png"_s);

    // A search among 100,000 people is the server's work: one exact username, one row.
    const QString username = m_fixture->column(u"SELECT username FROM users WHERE id = 77777"_s).value(0).toString();
    QVERIFY(!username.isEmpty());
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    QTest::keyClicks(search, username);
    QTRY_COMPARE_WITH_TIMEOUT(directory()->query().query, username, 2'000);
    QVERIFY(waitLoaded());
    const QList<qint64> expected
        = orderedIds(u"active = 1 AND (name LIKE '%%1%' OR username LIKE '%%1%' OR email LIKE '%%1%')"_s.arg(username));
    QCOMPARE(rowIds(table->model()), expected.mid(0, pageSize));
    QVERIFY(rowIds(table->model()).contains(77777) || expected.isEmpty());
}

void TestUserPicker::screenshot()
{
    if (!screenshotsWanted())
        QSKIP("set CIVIS_SCREENSHOT_DIR to write user-picker.png there");
    QVERIFY(openDialog());
    m_dialog->resize(980, 560);
    auto *table = child<QTableView>(u"directoryTableView"_s);
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    QVERIFY(table && search);
    QList<UserRef> picked;
    for (int row : {1, 4, 6})
        picked.append(directory()->userRef(row));
    m_dialog->setPicked(picked);
    QTest::keyClicks(search, u"an"_s);
    QTRY_COMPARE_WITH_TIMEOUT(directory()->query().query, u"an"_s, 2'000);
    QVERIFY(waitLoaded());
    table->selectRow(2);
    table->setFocus();
    QTest::qWait(200);
    ::screenshot(m_dialog.get(), u"user-picker.png"_s);
}

QTEST_MAIN(TestUserPicker)
#include "tst_userpicker.moc"
