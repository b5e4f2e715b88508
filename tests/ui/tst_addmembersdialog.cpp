// The add-members dialog over the in-process sandbox (demo seed), through its real widgets:
// people picked from the directory, a pasted list with known, unknown and already-member
// entries, a word naming two people where one is picked, a CSV file's e-mail column, and a
// server that fails while the words are looked up. Every Add is checked against the server.

#include "uitestfixture.h"

#include "models/csvimportmodel.h"
#include "models/loadstatus.h"
#include "models/memberresolutionmodel.h"
#include "models/userdirectorymodel.h"
#include "ui/members/addmembersdialog.h"
#include "ui/users/userpickerwidget.h"
#include "ui/widgets/loadstatusbar.h"

#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using Models::MemberResolutionModel;

namespace {
constexpr int kWaitMs = 30'000;
} // namespace

class TestAddMembersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<Models::ChangeOperation *>();
    }
    void init()
    {
        m_fixture = std::make_unique<UiFixture>();
        QVERIFY(m_fixture->startUi(u"demo"_s));
        m_groupId = m_fixture->ids(u"SELECT id FROM groups WHERE name = 'Data Quality'"_s).value(0);
        QVERIFY(m_fixture->fetchGroup(m_groupId).id == m_groupId);
        m_before = m_fixture->memberIds(m_groupId);
        m_dialog = std::make_unique<Gui::AddMembersDialog>(m_fixture->workspace.get(), m_groupId);
        m_dialog->resize(1100, 860);
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_fixture.reset();
    }

    void formIsTitledAndNamed();
    void pickedFromTheDirectoryAreAdded();
    void pastedListShowsCountsAndAddsTheKnownNonMembers();
    void ambiguousWordAddsOnlyThePickedOne();
    void csvImportAddsTheEmailColumn();
    void unreachableServerShowsTheErrorAndKeepsThePaste();
    void screenshots();

private:
    /// A CSV file of \a people (name "Last, First" quoted; semicolons; a header), in m_files.
    QString writeCsv(const QList<qint64> &people);

    MemberResolutionModel *model() const { return m_dialog->resolutionModel(); }
    template <typename T>
    T *child(const QString &name)
    {
        return childNamed<T>(m_dialog.get(), name);
    }
    /// Waits until what was entered is looked up (the debounce included).
    bool awaitResolved()
    {
        return QTest::qWaitFor(
            [this] {
                return model()->isResolved() && !model()->loadStatus()->isLoading()
                    && m_dialog->addButton()->isEnabled() == !model()->usersToAdd().isEmpty()
                    && model()->text() == expectedText();
            },
            kWaitMs);
    }
    QString expectedText() const { return m_expectedText; }
    QString field(qint64 userId, const QString &column)
    {
        return m_fixture->column(u"SELECT %1 FROM users WHERE id = %2"_s.arg(column).arg(userId)).value(0).toString();
    }
    QList<qint64> outsiders(int count)
    {
        return m_fixture->ids(u"SELECT id FROM users WHERE id > 1 AND id NOT IN (SELECT user_id FROM memberships WHERE "
                              "group_id = %1) ORDER BY id LIMIT %2"_s.arg(m_groupId).arg(count));
    }
    /// Clicks Add and waits for the operation it sends to end.
    void addAndWait()
    {
        QSignalSpy added(m_dialog.get(), &Gui::AddMembersDialog::membersAdded);
        QPushButton *add = m_dialog->addButton();
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(added.size(), 1);
        QVERIFY(added.first().first().value<Models::ChangeOperation *>());
        QVERIFY(awaitChanges(*m_fixture->workspace));
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    }
    QList<qint64> joined(const QList<qint64> &added) const
    {
        QList<qint64> ids = m_before + added;
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    void pasteText(const QString &text)
    {
        m_expectedText = text;
        auto *paste = child<QPlainTextEdit>(u"pasteTextEdit"_s);
        child<QTabWidget>(u"addMembersSourceTabs"_s)->setCurrentWidget(paste->parentWidget());
        paste->setFocus();
        paste->clear();
        paste->insertPlainText(text); // as a paste lands
    }

    std::unique_ptr<UiFixture> m_fixture;
    std::unique_ptr<Gui::AddMembersDialog> m_dialog;
    qint64 m_groupId = 0; ///< The demo seed's Data Quality.
    QList<qint64> m_before;
    QString m_expectedText;
    QTemporaryDir m_files;
};

void TestAddMembersDialog::formIsTitledAndNamed()
{
    QCOMPARE(m_dialog->windowTitle(), u"Add Members to Data Quality"_s);
    auto *tabs = child<QTabWidget>(u"addMembersSourceTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    for (const QString &name : {u"pasteTextEdit"_s})
        QVERIFY(child<QPlainTextEdit>(name));
    for (const QString &name : {u"importCsvButton"_s, u"resolveButton"_s})
        QVERIFY(child<QPushButton>(name));
    QVERIFY(child<QComboBox>(u"csvColumnComboBox"_s));
    QVERIFY(child<QTableView>(u"resolutionView"_s));
    QCOMPARE(child<QTableView>(u"resolutionView"_s)->model(), model());
    QCOMPARE(m_dialog->addButton()->objectName(), u"addButton"_s);
    QVERIFY(m_dialog->addButton()->isDefault());
    QVERIFY(!m_dialog->addButton()->isEnabled()); // nobody named yet
    QVERIFY(m_dialog->isVisible()); // open() returned at once: the event loop went on
}

void TestAddMembersDialog::pickedFromTheDirectoryAreAdded()
{
    auto *picker = child<Gui::UserPickerWidget>(u"userPickerWidget"_s);
    Models::UserDirectoryModel *directory = picker->directoryModel();
    QVERIFY(directory);
    QTRY_VERIFY_WITH_TIMEOUT(directory->rowCount() > 0 && !directory->loadStatus()->isLoading(), kWaitMs);
    QTRY_VERIFY(model()->membersKnown());
    // Three people of the first page who are not members, and one who is.
    auto *table = childNamed<QTableView>(picker, u"directoryTableView"_s);
    QItemSelection selection;
    QList<qint64> picked;
    bool memberPicked = false;
    for (int row = 0; row < directory->rowCount() && (picked.size() < 3 || !memberPicked); ++row) {
        const qint64 id = directory->userRef(row).id;
        if (m_before.contains(id)) {
            if (memberPicked)
                continue;
            memberPicked = true;
        } else {
            if (picked.size() == 3)
                continue;
            picked.append(id);
        }
        selection.select(directory->index(row, 0), directory->index(row, directory->columnCount() - 1));
    }
    QCOMPARE(picked.size(), 3);
    QVERIFY(memberPicked);
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QTest::mouseClick(childNamed<QPushButton>(picker, u"addButton"_s), Qt::LeftButton);
    QCOMPARE(picker->picked().size(), 4);

    QTRY_COMPARE(model()->rowCount(), 4);
    QCOMPARE(child<QLabel>(u"resolutionSummaryLabel"_s)->text(), u"4 found, 1 already a member"_s);
    QCOMPARE(m_dialog->addButton()->text(), u"Add 3 People"_s);
    addAndWait();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_fixture->memberIds(m_groupId), joined(picked));
}

void TestAddMembersDialog::pastedListShowsCountsAndAddsTheKnownNonMembers()
{
    const QList<qint64> known = outsiders(2);
    QVERIFY(!m_before.isEmpty());
    const QString text = u"%1\n%2, nobody.here; %3\n\tzz.unknown@example.org\nAda Nobody <%4>\n"_s.arg(
        field(known.at(0), u"username"_s), field(m_before.first(), u"email"_s), QString::number(known.at(1)),
        field(known.at(0), u"email"_s));
    pasteText(text);
    QVERIFY(child<QPushButton>(u"resolveButton"_s)->isEnabled());
    QVERIFY(!m_dialog->addButton()->isEnabled()); // the words wait for the debounce
    QVERIFY(awaitResolved());

    QCOMPARE(child<QLabel>(u"resolutionSummaryLabel"_s)->text(), u"3 found, 1 already a member, 2 not found"_s);
    QCOMPARE(model()->notFoundWords(), (QStringList{u"nobody.here"_s, u"zz.unknown@example.org"_s}));
    auto *view = child<QTableView>(u"resolutionView"_s);
    QCOMPARE(view->model()->index(0, MemberResolutionModel::EntryColumn).data().toString(), u"nobody.here"_s);
    QCOMPARE(view->model()->index(0, MemberResolutionModel::StatusColumn).data().toString(), u"Not found"_s);
    QCOMPARE(m_dialog->addButton()->text(), u"Add 2 People"_s);
    screenshot(m_dialog.get(), u"add-members-pasted.png"_s);

    addAndWait();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_fixture->memberIds(m_groupId), joined(known));
}

void TestAddMembersDialog::ambiguousWordAddsOnlyThePickedOne()
{
    // A name two or more people share, none of them a member yet.
    const QString name = m_fixture
                             ->column(u"SELECT name FROM users GROUP BY name HAVING count(*) > 1 AND sum(id IN "
                                      "(SELECT user_id FROM memberships WHERE group_id = %1)) = 0 ORDER BY name LIMIT 1"_s
                                          .arg(m_groupId))
                             .value(0)
                             .toString();
    QVERIFY(!name.isEmpty());
    const QList<qint64> candidates = m_fixture->ids(u"SELECT id FROM users WHERE name = '%1' ORDER BY id"_s.arg(name));
    const qint64 other = outsiders(1).first();
    QVERIFY(!candidates.contains(other));
    pasteText(name + u'\n' + QString::number(other));
    QVERIFY(awaitResolved());
    QCOMPARE(model()->kind(0), MemberResolutionModel::Kind::Ambiguous);
    QCOMPARE(child<QLabel>(u"resolutionSummaryLabel"_s)->text(), u"1 found, 1 ambiguous"_s);
    QCOMPARE(m_dialog->addButton()->text(), u"Add 1 Person"_s);

    // The chooser in the row: Down twice picks the second person of that name.
    auto *view = child<QTableView>(u"resolutionView"_s);
    auto *chooser = qobject_cast<QComboBox *>(view->indexWidget(model()->index(0, MemberResolutionModel::NameColumn)));
    QVERIFY(chooser);
    QCOMPARE(chooser->objectName(), u"candidateComboBox"_s);
    QCOMPARE(chooser->count(), candidates.size() + 1);
    chooser->setFocus();
    QTest::keyClick(chooser, Qt::Key_Down);
    QTest::keyClick(chooser, Qt::Key_Down);
    QCOMPARE(model()->pickedCandidate(0), 1);
    QTRY_COMPARE(child<QLabel>(u"resolutionSummaryLabel"_s)->text(), u"2 found"_s);
    QCOMPARE(m_dialog->addButton()->text(), u"Add 2 People"_s);

    addAndWait();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_fixture->memberIds(m_groupId), joined({other, candidates.at(1)}));
}

QString TestAddMembersDialog::writeCsv(const QList<qint64> &people)
{
    QString path = m_files.filePath(u"people.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray csv = "\"Full name\";Team;E-mail\r\n";
    for (qint64 id : people) {
        // "Lopez, Ada": a quoted name with a comma, which must not split the row.
        const QStringList parts = field(id, u"name"_s).split(u' ');
        csv += "\"" + (parts.last() + u", "_s + parts.first()).toUtf8() + "\";Data;" + field(id, u"email"_s).toUtf8()
            + "\r\n";
    }
    file.write(csv);
    return path;
}

void TestAddMembersDialog::csvImportAddsTheEmailColumn()
{
    const QList<qint64> people = outsiders(3);
    const QString path = writeCsv(people);
    QVERIFY(!path.isEmpty());

    // Ctrl+O in the import tab opens the file dialog; it is answered as a person would.
    child<QTabWidget>(u"addMembersSourceTabs"_s)->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(u"importCsvButton"_s), Qt::LeftButton);
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = m_dialog->findChild<QFileDialog *>(u"csvImportDialog"_s)) && chooser->isVisible());
    // It opens in a folder that exists and proposes no file: not "Documents", the name of a
    // folder a fresh home lacks.
    QVERIFY2(chooser->directory().exists(), qPrintable(chooser->directory().path()));
    auto *fileName = chooser->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(fileName);
    QCOMPARE(fileName->text(), QString());
    chooser->selectFile(path);
    static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept(), as its Open button does

    auto *column = child<QComboBox>(u"csvColumnComboBox"_s);
    QTRY_COMPARE(column->count(), 3);
    QCOMPARE(column->currentText(), u"E-mail"_s); // preselected from the header
    QVERIFY(child<QCheckBox>(u"csvHeaderCheckBox"_s)->isChecked());
    QCOMPARE(m_dialog->csvModel()->index(0, 0).data().toString().count(u','), 1);
    // The names column names nobody ("Lopez" and "Ada" are no one's username) ...
    column->setFocus();
    QTest::keyClick(column, Qt::Key_Home);
    QCOMPARE(column->currentIndex(), 0);
    m_expectedText = m_dialog->csvModel()->values(0).join(u'\n').prepend(u'\n');
    QVERIFY(awaitResolved());
    QCOMPARE(model()->foundCount(), 0);
    // ... the e-mail column, picked again, names them.
    QTest::keyClick(column, Qt::Key_End);
    QCOMPARE(column->currentText(), u"E-mail"_s);
    m_expectedText = m_dialog->csvModel()->values(2).join(u'\n').prepend(u'\n');
    QVERIFY(awaitResolved());
    QCOMPARE(child<QLabel>(u"resolutionSummaryLabel"_s)->text(), u"3 found"_s);
    screenshot(m_dialog.get(), u"add-members-csv.png"_s);

    addAndWait();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_fixture->memberIds(m_groupId), joined(people));
}

void TestAddMembersDialog::unreachableServerShowsTheErrorAndKeepsThePaste()
{
    const QList<qint64> known = outsiders(1);
    m_fixture->failRequests();
    const QString text = u"%1\nnobody.here\n"_s.arg(field(known.first(), u"username"_s));
    pasteText(text);
    QTRY_VERIFY_WITH_TIMEOUT(model()->loadStatus()->hasError(), kWaitMs);
    auto *bar = child<Gui::LoadStatusBar>(u"resolutionStatusBar"_s);
    QTRY_VERIFY(!bar->errorText().isEmpty());
    QCOMPARE(bar->errorText(), model()->loadStatus()->errorMessage());
    QVERIFY(!m_dialog->addButton()->isEnabled());
    QCOMPARE(child<QPlainTextEdit>(u"pasteTextEdit"_s)->toPlainText(), text);
    auto *again = childNamed<QPushButton>(bar, u"retryButton"_s);
    QCOMPARE(again->text().remove(u'&'), u"Resolve Again"_s);
    QVERIFY(again->isVisible());

    // The server back, Resolve Again finds them; still nothing sent before Add.
    m_fixture->setFaults({});
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(awaitResolved());
    QVERIFY(!model()->loadStatus()->hasError());
    QCOMPARE(m_fixture->memberIds(m_groupId), m_before);
    addAndWait();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_fixture->memberIds(m_groupId), joined(known));
}

void TestAddMembersDialog::screenshots()
{
    // A pasted list with every kind of row: to be added, already members, not found, ambiguous.
    const QString name = m_fixture
                             ->column(u"SELECT name FROM users GROUP BY name HAVING count(*) > 1 ORDER BY name LIMIT 1"_s)
                             .value(0)
                             .toString();
    QStringList words;
    for (qint64 id : outsiders(6))
        words.append(id % 2 ? field(id, u"email"_s) : field(id, u"username"_s));
    for (int i = 0; i < 2; ++i)
        words.append(u"%1 <%2>"_s.arg(field(m_before.at(i), u"name"_s), field(m_before.at(i), u"email"_s)));
    words += {u"j.doe@example.org"_s, u"temp-contractor-7"_s, name};
    pasteText(words.join(u'\n'));
    QVERIFY(awaitResolved());
    QCOMPARE(child<QLabel>(u"resolutionSummaryLabel"_s)->text(), u"8 found, 2 already members, 2 not found, 1 ambiguous"_s);
    QCOMPARE(m_dialog->addButton()->text(), u"Add 6 People"_s);
    screenshot(m_dialog.get(), u"add-members-dialog.png"_s);

    // The CSV tab with its column picker and preview, over what the paste named.
    const QString path = writeCsv(outsiders(12).mid(6));
    QVERIFY(m_dialog->importCsv(path));
    m_expectedText = words.join(u'\n') + u'\n' + m_dialog->csvModel()->values(2).join(u'\n');
    QVERIFY(awaitResolved());
    QCOMPARE(child<QComboBox>(u"csvColumnComboBox"_s)->currentText(), u"E-mail"_s);
    QCOMPARE(child<QLabel>(u"resolutionSummaryLabel"_s)->text(), u"14 found, 2 already members, 2 not found, 1 ambiguous"_s);
    screenshot(m_dialog.get(), u"add-members-csv.png"_s);
}

QTEST_MAIN(TestAddMembersDialog)
#include "tst_addmembersdialog.moc"
