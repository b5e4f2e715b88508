#include "ui/members/addmembersdialog.h"

#include "ui_addmembersdialog.h"

#include "models/csvimportmodel.h"
#include "models/groupstore.h"
#include "models/loadstatus.h"
#include "models/memberresolutionmodel.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/longtext.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyledItemDelegate>

using namespace Qt::StringLiterals;
using Models::MemberResolutionModel;

namespace Gui {

namespace {
/// Where the last CSV import was read from.
const QString kImportFolderKey = u"import/folder"_s;
/// Choosers shown open at once; further ambiguous rows open theirs when clicked.
constexpr int kMaxOpenChoosers = 200;

/// The resolution view's cells: an icon per status, and on an ambiguous row a combo box of the
/// people its word names.
class ResolutionDelegate : public QStyledItemDelegate
{
    // Its own tr(): QStyledItemDelegate's would look its words up under "QStyledItemDelegate".
    Q_DECLARE_TR_FUNCTIONS(Gui::ResolutionDelegate)

public:
    ResolutionDelegate(const MemberResolutionModel *model, QWidget *view)
        : QStyledItemDelegate(view)
        , m_model(model)
        , m_toAdd(themeIcon(view, "list-add", QStyle::SP_DialogApplyButton))
        , m_member(themeIcon(view, "dialog-information", QStyle::SP_MessageBoxInformation))
        , m_notFound(themeIcon(view, "dialog-error", QStyle::SP_MessageBoxCritical))
        , m_ambiguous(themeIcon(view, "dialog-question", QStyle::SP_MessageBoxQuestion))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"candidateComboBox"_s);
        combo->setAccessibleName(tr("Who “%1” means").arg(m_model->word(index.row())));
        combo->addItem(tr("Choose…"), -1);
        const QList<Models::UserRef> candidates = m_model->candidates(index.row());
        for (int i = 0; i < candidates.size(); ++i)
            combo->addItem(m_model->candidateText(candidates.at(i)), i);
        // A choice counts at once, not when the combo loses focus.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            Q_EMIT const_cast<ResolutionDelegate *>(this)->commitData(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const int found = combo->findData(index.data(Qt::EditRole).toInt());
        combo->setCurrentIndex(std::max(found, 0));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        editor->setGeometry(option.rect);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != MemberResolutionModel::StatusColumn)
            return;
        option->features |= QStyleOptionViewItem::HasDecoration;
        switch (MemberResolutionModel::Kind(index.data(Models::KindRole).toInt())) {
        case MemberResolutionModel::Kind::ToAdd:
            option->icon = m_toAdd;
            break;
        case MemberResolutionModel::Kind::AlreadyMember:
            option->icon = m_member;
            break;
        case MemberResolutionModel::Kind::NotFound:
            option->icon = m_notFound;
            break;
        case MemberResolutionModel::Kind::Ambiguous:
            option->icon = m_model->pickedCandidate(index.row()) >= 0 ? m_toAdd : m_ambiguous;
            break;
        }
    }

private:
    const MemberResolutionModel *m_model;
    QIcon m_toAdd;
    QIcon m_member;
    QIcon m_notFound;
    QIcon m_ambiguous;
};
} // namespace

AddMembersDialog::AddMembersDialog(Models::Workspace *workspace, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddMembersDialog>())
    , m_workspace(workspace)
    , m_groupId(groupId)
    , m_resolution(new MemberResolutionModel(workspace, groupId, this))
    , m_csv(new Models::CsvImportModel(this))
    , m_resolveTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    keepWithinScreenWhenShown(this); // its default size suits a large screen, not every one
    setObjectName(u"addMembersDialog"_s);
    m_resolution->setObjectName(u"resolutionModel"_s);
    m_ui->userPickerWidget->setWorkspace(workspace);

    m_addButton = m_ui->buttonBox->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setIcon(themeIcon(this, "list-add", QStyle::SP_DialogOkButton));
    m_addButton->setToolTip(tr("Add the people marked “To be added” to the group (Ctrl+Return)"));
    m_addButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_addButton->setDefault(true);
    // The button box would accept() on its own; Add decides.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_addButton, &QPushButton::clicked, this, &AddMembersDialog::add);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->resolveButton->setIcon(themeIcon(this, "view-refresh", QStyle::SP_BrowserReload));
    m_ui->resolveButton->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_ui->resolveButton, &QPushButton::clicked, this, &AddMembersDialog::resolveNow);
    m_ui->importCsvButton->setIcon(themeIcon(this, "document-open", QStyle::SP_DialogOpenButton));
    m_ui->importCsvButton->setShortcut(QKeySequence::Open);
    connect(m_ui->importCsvButton, &QPushButton::clicked, this, &AddMembersDialog::chooseCsvFile);

    m_resolveTimer->setSingleShot(true);
    m_resolveTimer->setInterval(kResolveDebounceMs);
    connect(m_resolveTimer, &QTimer::timeout, this, &AddMembersDialog::resolveNow);
    connect(m_ui->pasteTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_wordsChanged = true;
        m_resolveTimer->start();
        updateState();
    });
    connect(m_ui->userPickerWidget, &UserPickerWidget::pickedChanged, this,
        [this] { m_resolution->setPicked(m_ui->userPickerWidget->picked()); });

    m_ui->csvPreviewView->setModel(m_csv);
    m_ui->csvPreviewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->csvPreviewView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->csvColumnComboBox->setEnabled(false);
    m_ui->csvHeaderCheckBox->setEnabled(false);
    connect(m_ui->csvColumnComboBox, &QComboBox::activated, this, [this] {
        m_ui->csvPreviewView->selectColumn(m_ui->csvColumnComboBox->currentIndex());
        resolveNow();
    });
    connect(m_ui->csvHeaderCheckBox, &QCheckBox::toggled, this, &AddMembersDialog::csvHeaderToggled);

    setUpResolutionView();
    // "Retry" on the status bar means looking the words up again here.
    QPushButton *retry = m_ui->resolutionStatusBar->retryButton();
    retry->setText(tr("&Resolve Again"));
    retry->setToolTip(tr("Look the entries up in the directory again; nothing you entered is lost"));
    m_ui->resolutionStatusBar->setStatus(m_resolution->loadStatus());
    connect(m_resolution, &MemberResolutionModel::countsChanged, this, &AddMembersDialog::updateState);
    connect(m_resolution->loadStatus(), &Models::LoadStatus::loadingChanged, this, &AddMembersDialog::updateState);
    connect(m_resolution->loadStatus(), &Models::LoadStatus::errorChanged, this, &AddMembersDialog::updateState);

    if (workspace) {
        connect(workspace->groupStore(), &Models::GroupStore::groupChanged, this, [this](qint64 id) {
            if (id == m_groupId)
                updateTitle();
        });
    }
    updateTitle();
    // What will be added deserves the larger part: it is what the person checks before Add.
    m_ui->sourceSplitter->setStretchFactor(0, 2);
    m_ui->sourceSplitter->setStretchFactor(1, 3);
    m_ui->sourceSplitter->setSizes({400, 520});
    m_ui->userPickerWidget->setFocus(Qt::OtherFocusReason);
    // The group's members, so "already a member" can be told before anyone is named.
    m_resolution->setPicked({});
    updateState();
}

AddMembersDialog::~AddMembersDialog() = default;

void AddMembersDialog::setUpResolutionView()
{
    QTableView *view = m_ui->resolutionView;
    view->setModel(m_resolution);
    view->setItemDelegate(new ResolutionDelegate(m_resolution, view));
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    // Room for a combo box in an ambiguous row.
    rows->setDefaultSectionSize(std::max(fontMetrics().height() + 10, QComboBox().sizeHint().height()));
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    header->resizeSection(
        MemberResolutionModel::StatusColumn, metrics.horizontalAdvance(tr("Picked, already a member")) + icon + 24);
    header->resizeSection(
        MemberResolutionModel::EntryColumn, metrics.horizontalAdvance(u"francesca.kowalski@example.org"_s) + 16);
    // A name, or the chooser of an ambiguous row (its list opens as wide as it needs).
    header->resizeSection(MemberResolutionModel::NameColumn, metrics.horizontalAdvance(u"Francesca Kowalski"_s) + 72);
    header->resizeSection(MemberResolutionModel::UsernameColumn, metrics.horizontalAdvance(u"bianca.fischer2"_s) + 16);
    connect(m_resolution, &QAbstractItemModel::modelReset, this, &AddMembersDialog::openChoosers);
}

void AddMembersDialog::updateTitle()
{
    const QString name = m_workspace ? m_workspace->groupStore()->name(m_groupId) : QString();
    setWindowTitle(tr("Add Members to %1").arg(elidedName(name, this, 60)));
}

void AddMembersDialog::chooseCsvFile()
{
    // A folder that exists: handed ~/Documents in a fresh home, QFileDialog proposed
    // "Documents" as the file to open.
    const QString folder = startFolder(QSettings().value(kImportFolderKey).toString());
    auto *dialog = new QFileDialog(
        this, tr("Import People from a CSV File"), QString(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    dialog->setDirectory(folder);
    dialog->setObjectName(u"csvImportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (importCsv(path))
            QSettings().setValue(kImportFolderKey, QFileInfo(path).absolutePath());
    });
    dialog->open();
}

bool AddMembersDialog::importCsv(const QString &path)
{
    m_ui->addMembersSourceTabs->setCurrentWidget(m_ui->csvTab);
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("Could not read %1: %2").arg(shown, file.errorString());
    else if (!m_csv->load(file.readAll()))
        problem = tr("%1 holds no rows.").arg(shown);
    if (!problem.isEmpty()) {
        // What was imported before stays until another file is read.
        // In the palette's error colour: a fixed red reads on a light window only.
        m_ui->csvFileLabel->setTextFormat(Qt::PlainText);
        m_ui->csvFileLabel->setText(breakable(problem));
        setLabelLevel(m_ui->csvFileLabel, MessageBar::Error);
        return false;
    }
    m_ui->csvFileLabel->setTextFormat(Qt::PlainText); // a file's name is never markup
    m_ui->csvFileLabel->setText(elidedName(QFileInfo(path).fileName(), m_ui->csvFileLabel));
    setLabelLevel(m_ui->csvFileLabel, MessageBar::Information);
    m_ui->csvFileLabel->setToolTip(shown);
    {
        const QSignalBlocker blocker(m_ui->csvHeaderCheckBox);
        m_ui->csvHeaderCheckBox->setChecked(m_csv->hasHeader());
    }
    m_ui->csvHeaderCheckBox->setEnabled(true);
    fillCsvColumns();
    m_ui->csvPreviewView->resizeColumnsToContents();
    resolveNow();
    return true;
}

void AddMembersDialog::csvHeaderToggled(bool hasHeader)
{
    m_csv->setHasHeader(hasHeader);
    fillCsvColumns();
    m_ui->csvPreviewView->resizeColumnsToContents();
    resolveNow();
}

void AddMembersDialog::fillCsvColumns()
{
    QComboBox *columns = m_ui->csvColumnComboBox;
    const QSignalBlocker blocker(columns);
    columns->clear();
    for (int column = 0; column < m_csv->fieldCount(); ++column)
        columns->addItem(m_csv->columnTitle(column), column);
    columns->setCurrentIndex(m_csv->guessedColumn());
    columns->setEnabled(columns->count() > 0);
    if (columns->currentIndex() >= 0)
        m_ui->csvPreviewView->selectColumn(columns->currentIndex());
    const int rows = m_csv->dataRowCount();
    QString text = rows == 1 ? tr("1 row") : tr("%1 rows").arg(locale().toString(rows));
    if (rows > Models::CsvImportModel::kPreviewRows)
        text = tr("%1; the first %2 are shown.").arg(text).arg(Models::CsvImportModel::kPreviewRows);
    m_ui->csvRowsLabel->setText(text);
}

QString AddMembersDialog::wordsText() const
{
    QString text = m_ui->pasteTextEdit->toPlainText();
    if (m_csv->fieldCount() > 0) {
        const QStringList values = m_csv->values(m_ui->csvColumnComboBox->currentIndex());
        if (!values.isEmpty())
            text += u'\n' + values.join(u'\n');
    }
    return text;
}

void AddMembersDialog::resolveNow()
{
    m_resolveTimer->stop();
    m_wordsChanged = false;
    m_resolution->resolve(wordsText());
    updateState();
}

void AddMembersDialog::openChoosers()
{
    int open = 0;
    for (int row = 0; row < m_resolution->rowCount() && open < kMaxOpenChoosers; ++row) {
        if (m_resolution->kind(row) != MemberResolutionModel::Kind::Ambiguous)
            break; // they come first
        m_ui->resolutionView->openPersistentEditor(m_resolution->index(row, MemberResolutionModel::NameColumn));
        ++open;
    }
}

void AddMembersDialog::updateState()
{
    const Models::LoadStatus *status = m_resolution->loadStatus();
    const bool busy = status->isLoading() || m_wordsChanged;
    const int toAdd = int(m_resolution->usersToAdd().size());
    if (status->isLoading())
        m_ui->resolutionSummaryLabel->setText(tr("Looking them up…"));
    else if (m_resolution->rowCount() == 0)
        m_ui->resolutionSummaryLabel->setText(tr("Nobody named yet."));
    else
        m_ui->resolutionSummaryLabel->setText(m_resolution->summary());
    m_addButton->setText(toAdd == 0 ? tr("Add")
            : toAdd == 1            ? tr("Add 1 Person")
                                    : tr("Add %1 People").arg(locale().toString(toAdd)));
    // Only what was looked up, without an error, is ever sent.
    m_addButton->setEnabled(!busy && !status->hasError() && toAdd > 0);
}

void AddMembersDialog::add()
{
    if (!m_addButton->isEnabled() || !m_workspace)
        return;
    const QList<Models::UserRef> users = m_resolution->usersToAdd();
    Models::ChangeOperation *operation = m_workspace->addMembers(m_groupId, users);
    Q_EMIT membersAdded(operation);
    accept();
}

} // namespace Gui
