#include "ui/review/reviewwindow.h"

#include "ui_reviewwindow.h"

#include "models/groupstore.h"
#include "models/modelrows.h"
#include "models/reviewapply.h"
#include "models/reviewloader.h"
#include "models/reviewmodel.h"
#include "models/reviewreportwriter.h"
#include "models/workspace.h"
#include "ui/review/reviewitemdelegate.h"
#include "ui/session.h"
#include "ui/sharing/shareplanconfirmation.h"
#include "ui/shortcutsdialog.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/longtext.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QCloseEvent>
#include <QtGui/QFontMetrics>
#include <QtGui/QScreen>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>

#include <algorithm>

namespace Gui {

using Models::ReviewModel;
using Models::ReviewRow;
using Decision = Models::ReviewRow::Decision;

namespace {

const QString kGeometryKey = QStringLiteral("reviewWindow/geometry");
const QString kColumnsKey = QStringLiteral("reviewWindow/columns");
/// The text filter waits for a pause in typing: each change filters tens of thousands of rows.
constexpr int kFilterDelayMs = 150;
/// How long a status message stays (as the main window's).
constexpr int kStatusMessageMs = 8000;
/// Gone grants named in the apply question; the rest are counted.
constexpr int kGoneNamed = 8;

/// Why \a row takes no \a decision, for the status bar.
QString refusalText(const ReviewRow &row, Decision decision)
{
    if (row.isRetired())
        return ReviewWindow::tr("%1: the grant is gone, so it takes no decision.").arg(row.name);
    if (decision == Decision::LowerToRead || decision == Decision::LowerToWrite) {
        if (!row.isShare())
            return ReviewWindow::tr("%1 is a member of %2: only a share can be lowered.").arg(row.name, row.groupName);
        if (row.isIndirect())
            return ReviewWindow::tr("%1 reaches %2 through %3: its level is that group's share; keep or remove.")
                .arg(row.name, row.groupName, row.viaGroupName);
        return ReviewWindow::tr("%1 holds %2 on %3: nothing to lower to.")
            .arg(row.name, ReviewRow::heldText(row.held), row.groupName);
    }
    return ReviewWindow::tr("%1 cannot be decided so.").arg(row.name);
}

/// While work runs: \a bar, busy until the work gives a count, and \a cancel if it has one;
/// neither after.
void showWorking(QProgressBar *bar, QWidget *cancel, bool working)
{
    if (working)
        bar->setRange(0, 0);
    bar->setVisible(working);
    if (cancel)
        cancel->setVisible(working);
}

} // namespace

ReviewWindow::ReviewWindow(Session *session, qint64 reviewId, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::ReviewWindow>())
    , m_session(session)
    , m_store(session->reviewStore())
    , m_reviewId(reviewId)
    , m_info(m_store->review(reviewId).value_or(Models::ReviewInfo()))
    , m_model(new ReviewModel(m_store, reviewId, this))
    , m_proxy(new Models::ReviewFilterProxyModel(this))
    , m_loader(new Models::ReviewLoader(session->workspace(), m_store, reviewId, this))
    , m_writer(new Models::ReviewReportWriter(*m_store, reviewId, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reviewWindow"));
    // Not what keeps the application running: closing the main window quits with this open.
    setAttribute(Qt::WA_QuitOnClose, false);
    m_proxy->setSourceModel(m_model);
    m_model->follow(m_loader);
    setUpTable();
    setUpFilters();
    setUpActions();
    setUpProgress();
    // A review never read is read at once; an open one is read again, to say what changed on
    // the server meanwhile, until something of it was applied: a re-read then would retire the
    // grants the apply removed, which the report must show as removed. Whether anything was
    // applied is known once the rows are read from the file (at once, when they are few).
    if (!m_info.loaded.isValid())
        reload();
    else if (!m_model->isLoading())
        readAgainUnlessApplied();
    else
        connect(m_model, &ReviewModel::loadingChanged, this, &ReviewWindow::readAgainUnlessApplied,
            Qt::SingleShotConnection);
    updateTitle();
    updateProgress();
    restoreSettings();
}

void ReviewWindow::setUpProgress()
{
    for (QWidget *hidden : std::initializer_list<QWidget *>{m_ui->changesBar, m_ui->problemsBar, m_ui->loadProgressBar,
             m_ui->cancelLoadButton, m_ui->reportProgressBar, m_ui->cancelReportButton})
        hidden->hide();
    connect(m_ui->cancelReportButton, &QPushButton::clicked, m_writer, &Models::ReviewReportWriter::cancel);
    connect(m_writer, &Models::ReviewReportWriter::progress, this, [this](int done, int total) {
        m_ui->reportProgressBar->setRange(0, std::max(total, 1));
        m_ui->reportProgressBar->setValue(done);
    });
    connect(m_writer, &Models::ReviewReportWriter::finished, this, &ReviewWindow::reportWritten);
    connect(m_ui->cancelLoadButton, &QPushButton::clicked, m_loader, &Models::ReviewLoader::cancel);
    connect(m_loader, &Models::ReviewLoader::progress, this, [this](int done, int total) {
        m_ui->loadProgressBar->setRange(0, std::max(total, 1));
        m_ui->loadProgressBar->setValue(done);
        updateProgress();
    });
    connect(m_loader, &Models::ReviewLoader::finished, this, &ReviewWindow::loadFinished);
    connect(m_model, &ReviewModel::progressChanged, this, &ReviewWindow::updateProgress);
    connect(m_model, &ReviewModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            return;
        fillGroupCombo();
        updateProgress();
    });
    // What a decision says (a refusal, a bulk count) is said here, where the person looks; the
    // main window, behind this one, shows it too.
    connect(this, &ReviewWindow::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageMs); });
}

ReviewWindow::~ReviewWindow()
{
    m_loader->cancel();
}

QTableView *ReviewWindow::tableView() const
{
    return m_ui->reviewTableView;
}

Models::ReviewApply *ReviewWindow::reviewApply() const
{
    return m_apply;
}

void ReviewWindow::setUpTable()
{
    QTableView *view = m_ui->reviewTableView;
    view->setModel(m_proxy);
    view->setItemDelegate(new ReviewItemDelegate(m_model, view));
    // Tens of thousands of rows: one fixed row height, never measured row by row.
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int character = fontMetrics().averageCharWidth();
    // What a 1280 px screen holds without a scroll bar; the suggestion's words whole.
    const std::pair<int, int> widths[] = {{ReviewModel::GroupColumn, 15}, {ReviewModel::NameColumn, 17},
        {ReviewModel::KindColumn, 7}, {ReviewModel::IdColumn, 7}, {ReviewModel::UsernameColumn, 12},
        {ReviewModel::EmailColumn, 18}, {ReviewModel::HeldColumn, 8}, {ReviewModel::HowColumn, 14},
        {ReviewModel::AccountColumn, 11}, {ReviewModel::SuggestionColumn, 20}, {ReviewModel::DecisionColumn, 13},
        {ReviewModel::NoteColumn, 15}, {ReviewModel::OutcomeColumn, 10}};
    for (const auto &[column, characters] : widths)
        header->resizeSection(column, characters * character + 16);
    // The longest suggestion whole, in italic beside its icon, in any language.
    ReviewRow deactivated;
    deactivated.active = false;
    deactivated.suggestion = ReviewRow::Suggestion::Deactivated;
    QFont italic = font();
    italic.setItalic(true);
    header->resizeSection(ReviewModel::SuggestionColumn,
        QFontMetrics(italic).horizontalAdvance(deactivated.suggestionText()) + 16 + 24);
    // Said by the Name and How columns already, for a 1280 px screen: shown from the header's menu.
    header->hideSection(ReviewModel::KindColumn);
    header->hideSection(ReviewModel::IdColumn);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ReviewWindow::showColumnMenu);
    view->sortByColumn(-1, Qt::AscendingOrder); // as read: group by group
    // Keyboard-first: the first row is current as soon as there is one, the table focused, so
    // K, R and L act from the start.
    const auto firstRowCurrent = [this, view] {
        if (!view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            view->selectionModel()->setCurrentIndex(m_proxy->index(0, ReviewModel::NameColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, firstRowCurrent);
    firstRowCurrent();
    view->setFocus();
}

void ReviewWindow::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_ui->reviewTableView->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < ReviewModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name and the decision are what a review is about: never hidden.
        action->setEnabled(column != ReviewModel::NameColumn && column != ReviewModel::DecisionColumn);
        connect(action, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu->popup(header->mapToGlobal(position));
}

void ReviewWindow::setUpFilters()
{
    setUpFilterLineEdit(m_ui->filterLineEdit);
    auto *filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(kFilterDelayMs);
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(filterTimer, &QTimer::timeout, this, [this] { m_proxy->setText(m_ui->filterLineEdit->text().trimmed()); });
    connect(m_ui->undecidedCheckBox, &QCheckBox::toggled, m_proxy, &Models::ReviewFilterProxyModel::setUndecidedOnly);
    connect(
        m_ui->deactivatedCheckBox, &QCheckBox::toggled, m_proxy, &Models::ReviewFilterProxyModel::setDeactivatedOnly);
    connect(m_ui->indirectCheckBox, &QCheckBox::toggled, m_proxy, &Models::ReviewFilterProxyModel::setIndirectOnly);
    connect(m_ui->showRetiredCheckBox, &QCheckBox::toggled, m_proxy, &Models::ReviewFilterProxyModel::setShowRetired);
    connect(m_ui->groupComboBox, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setGroupId(m_ui->groupComboBox->currentData().toLongLong()); });
    fillGroupCombo();
}

void ReviewWindow::fillGroupCombo()
{
    // The groups in scope in the review's order, named as their rows name them (else as the
    // group list does): one pass over the rows, once they are all read.
    QHash<qint64, QString> names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ReviewRow &reviewRow = m_model->rowAt(row);
        if (!names.contains(reviewRow.groupId))
            names.insert(reviewRow.groupId, reviewRow.groupName);
    }
    const qint64 current = m_ui->groupComboBox->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->groupComboBox);
    m_ui->groupComboBox->clear();
    m_ui->groupComboBox->addItem(tr("All groups"), qint64(0));
    const Models::GroupStore *groups = m_session->workspace()->groupStore();
    for (const qint64 id : std::as_const(m_info.groupIds)) {
        const QString name = names.value(id);
        m_ui->groupComboBox->addItem(name.isEmpty() ? groups->name(id) : name, id);
    }
    m_ui->groupComboBox->setCurrentIndex(std::max(0, m_ui->groupComboBox->findData(current)));
}

void ReviewWindow::setUpActions()
{
    // The decision keys are single letters: they act only with the table focused, never while
    // the person types in the filter or a note.
    const std::tuple<QAction *, QKeySequence, QIcon> decisions[] = {
        {m_ui->keepAction, QKeySequence(Qt::Key_K), themeIcon(this, "emblem-ok", QStyle::SP_DialogApplyButton)},
        {m_ui->removeAction, QKeySequence(Qt::Key_R), themeIcon(this, "list-remove", QStyle::SP_DialogDiscardButton)},
        {m_ui->lowerToReadAction, QKeySequence(Qt::Key_L), themeIcon(this, "go-down", QStyle::SP_ArrowDown)},
        {m_ui->lowerToWriteAction, QKeySequence(Qt::SHIFT | Qt::Key_L), themeIcon(this, "go-down", QStyle::SP_ArrowDown)},
        {m_ui->clearDecisionAction, QKeySequence(Qt::Key_Backspace),
            themeIcon(this, "edit-undo", QStyle::SP_DialogResetButton)},
        {m_ui->editNoteAction, QKeySequence(Qt::Key_N), themeIcon(this, "document-edit", QStyle::SP_FileDialogDetailedView)},
    };
    for (const auto &[action, key, icon] : decisions) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setIcon(icon);
        m_ui->reviewTableView->addAction(action);
    }
    const std::pair<QAction *, Decision> decides[] = {{m_ui->keepAction, Decision::Keep},
        {m_ui->removeAction, Decision::Remove}, {m_ui->lowerToReadAction, Decision::LowerToRead},
        {m_ui->lowerToWriteAction, Decision::LowerToWrite}, {m_ui->clearDecisionAction, Decision::Undecided}};
    for (const auto &[action, decision] : decides)
        connect(action, &QAction::triggered, this, [this, decision = decision] { decideSelected(decision); });
    connect(m_ui->editNoteAction, &QAction::triggered, this, &ReviewWindow::editNote);
    setContextMenu(m_ui->reviewTableView, QStringLiteral("reviewContextMenu"),
        {m_ui->keepAction, m_ui->removeAction, m_ui->lowerToReadAction, m_ui->lowerToWriteAction,
            m_ui->clearDecisionAction, nullptr, m_ui->editNoteAction});

    m_ui->reloadAction->setShortcut(QKeySequence::Refresh);
    m_ui->reloadAction->setIcon(themeIcon(this, "view-refresh", QStyle::SP_BrowserReload));
    m_ui->applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->applyAction->setIcon(themeIcon(this, "dialog-ok", QStyle::SP_DialogOkButton));
    m_ui->exportCsvAction->setIcon(themeIcon(this, "document-export", QStyle::SP_DialogSaveButton));
    m_ui->exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_ui->exportPdfAction->setIcon(themeIcon(this, "document-export", QStyle::SP_DialogSaveButton));
    m_ui->closeAction->setShortcut(QKeySequence::Close);
    m_ui->shortcutsAction->setIcon(themeIcon(this, "help-keyboard-shortcuts", QStyle::SP_DialogHelpButton));
    connect(m_ui->reloadAction, &QAction::triggered, this, &ReviewWindow::reload);
    connect(m_ui->applyAction, &QAction::triggered, this, &ReviewWindow::apply);
    connect(m_ui->completeAction, &QAction::triggered, this, &ReviewWindow::toggleCompleted);
    connect(m_ui->exportCsvAction, &QAction::triggered, this, &ReviewWindow::exportCsv);
    connect(m_ui->exportPdfAction, &QAction::triggered, this, &ReviewWindow::exportPdf);
    connect(m_ui->closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->reviewTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ReviewWindow::updateActions);
    connect(m_ui->reviewTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ReviewWindow::updateActions);
}

void ReviewWindow::updateActions()
{
    const bool rows = !selectedSourceRows().isEmpty();
    for (QAction *action : {m_ui->keepAction, m_ui->removeAction, m_ui->lowerToReadAction, m_ui->lowerToWriteAction,
             m_ui->clearDecisionAction})
        action->setEnabled(rows);
    m_ui->editNoteAction->setEnabled(m_ui->reviewTableView->currentIndex().isValid());
    const bool applying = m_apply
        && (m_apply->isPreparing()
            || (m_apply->operation() && m_apply->operation()->state() != Models::ChangeOperation::State::Finished));
    m_ui->reloadAction->setEnabled(!m_loader->isRunning() && !applying);
    m_ui->applyAction->setEnabled(!m_loader->isRunning() && !applying && !m_info.isCompleted());
    m_ui->exportCsvAction->setEnabled(!m_writer->isRunning());
    m_ui->exportPdfAction->setEnabled(!m_writer->isRunning());
    m_ui->completeAction->setText(m_info.isCompleted() ? tr("Re&open") : tr("&Mark Completed"));
    m_ui->completeAction->setToolTip(m_info.isCompleted()
            ? tr("Take the completion date back: the review is open again")
            : tr("Date the review completed, for the report"));
}

QList<int> ReviewWindow::selectedProxyRows() const
{
    const QItemSelectionModel *selection = m_ui->reviewTableView->selectionModel();
    QList<int> proxyRows = Models::selectedRowNumbers(selection->selection());
    if (proxyRows.isEmpty() && selection->currentIndex().isValid())
        proxyRows.append(selection->currentIndex().row());
    return proxyRows;
}

QList<int> ReviewWindow::selectedSourceRows() const
{
    return m_proxy->sourceRows(selectedProxyRows());
}

void ReviewWindow::decideSelected(Decision decision)
{
    const QList<int> proxyRows = selectedProxyRows();
    if (proxyRows.isEmpty())
        return;
    const QList<int> rows = m_proxy->sourceRows(proxyRows);
    // The row after the last one decided, found again after the decision (a filter of undecided
    // rows takes the decided ones out; a sort by decision moves them).
    const int next = proxyRows.constLast() + 1;
    const int nextSource = next < m_proxy->rowCount() ? m_proxy->sourceRows({next}).value(0, -1) : -1;
    if (rows.size() == 1) {
        if (!m_model->decide(rows.constFirst(), decision)) {
            Q_EMIT statusMessage(refusalText(m_model->rowAt(rows.constFirst()), decision));
            return;
        }
    } else {
        const int decided = m_model->decide(rows, decision);
        const QString what = decision == Decision::Undecided ? tr("Undecided") : ReviewRow::decisionText(decision);
        if (decided < rows.size())
            Q_EMIT statusMessage(tr("%1: %2 of %3 rows; the others do not allow it.")
                                     .arg(what, QLocale().toString(decided), QLocale().toString(rows.size())));
        else
            Q_EMIT statusMessage(tr("%1: %n row(s)", nullptr, decided).arg(what));
    }
    moveTo(nextSource, std::min(proxyRows.constFirst(), next));
}

void ReviewWindow::moveTo(int sourceRow, int fallback)
{
    QTableView *view = m_ui->reviewTableView;
    const int column = std::max(0, view->currentIndex().column());
    QModelIndex target;
    if (sourceRow >= 0)
        target = m_proxy->mapFromSource(m_model->index(sourceRow, column));
    if (!target.isValid() && m_proxy->rowCount() > 0)
        target = m_proxy->index(std::clamp(fallback, 0, m_proxy->rowCount() - 1), column);
    if (!target.isValid())
        return;
    view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(target);
}

void ReviewWindow::editNote()
{
    QTableView *view = m_ui->reviewTableView;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex note = current.siblingAtColumn(ReviewModel::NoteColumn);
    view->setCurrentIndex(note);
    view->scrollTo(note);
    view->edit(note);
}

void ReviewWindow::readAgainUnlessApplied()
{
    const ReviewModel::Counts counts = m_model->counts();
    if (!m_info.isCompleted() && counts.applied == 0 && counts.failed == 0)
        reload();
}

void ReviewWindow::reload()
{
    if (m_loader->isRunning())
        return;
    m_ui->changesBar->hide();
    showWorking(m_ui->loadProgressBar, m_ui->cancelLoadButton, true);
    m_loader->start();
    updateProgress();
    updateActions();
}

void ReviewWindow::loadFinished()
{
    showWorking(m_ui->loadProgressBar, m_ui->cancelLoadButton, false);
    m_info = m_store->review(m_reviewId).value_or(m_info);
    // What a re-read changed is said until the person closes it; a first read changed nothing.
    if (!m_loader->isFirstRead() && !m_loader->wasCancelled())
        m_ui->changesBar->showMessage(
            m_loader->changes().isEmpty() ? MessageBar::Positive : MessageBar::Information, m_loader->changes().text());
    const QList<Models::ReviewProblem> &problems = m_loader->problems();
    if (problems.isEmpty()) {
        m_ui->problemsBar->hide();
    } else {
        QStringList lines;
        for (const Models::ReviewProblem &problem : problems)
            lines.append(breakable(problem.text()));
        m_ui->problemsBar->showMessage(MessageBar::Warning, lines.join(u'\n'));
    }
    fillGroupCombo();
    updateProgress();
    updateActions();
    Q_EMIT statusMessage(tr("%1: %2").arg(m_info.name, m_loader->statusText()));
}

void ReviewWindow::updateTitle()
{
    const QString name = elidedName(m_info.name, this, 60);
    setWindowTitle(
        m_info.isCompleted() ? tr("Access review: %1 (completed)").arg(name) : tr("Access review: %1").arg(name));
}

void ReviewWindow::updateProgress()
{
    const QString progress = m_model->isLoading() ? tr("Opening the review...") : m_model->progressText();
    m_ui->progressLabel->setText(progress);
    QString status;
    if (m_apply && m_apply->isPreparing())
        status = tr("Reading what the server holds now...");
    else if (m_loader->isRunning() || m_loader->groupsDone() > 0 || m_loader->wasCancelled())
        status = m_loader->statusText();
    else if (m_info.loaded.isValid())
        status
            = tr("Read from the server %1").arg(QLocale().toString(m_info.loaded.toLocalTime(), QLocale::ShortFormat));
    if (m_info.isCompleted())
        status = tr("Completed %1").arg(QLocale().toString(m_info.completed.toLocalTime(), QLocale::ShortFormat))
            + (status.isEmpty() ? QString() : u" \u00b7 " + status);
    m_ui->statusLabel->setText(status);
}

void ReviewWindow::apply()
{
    if (!m_ui->applyAction->isEnabled())
        return;
    // The apply lives with the session, not this window: closed mid-apply, the outcomes (and
    // those of a Retry failed in the Changes dock) still reach the review's file.
    m_apply = new Models::ReviewApply(m_session->workspace(), m_store, m_reviewId, m_session);
    connect(m_apply, &Models::ReviewApply::prepared, this, &ReviewWindow::applyPrepared);
    connect(m_apply, &Models::ReviewApply::finished, this, [this] {
        updateActions();
        updateProgress();
    });
    showWorking(m_ui->loadProgressBar, nullptr, true); // a prepare has no Cancel: it only reads
    m_apply->prepare();
    updateProgress();
    updateActions();
}

void ReviewWindow::applyPrepared()
{
    showWorking(m_ui->loadProgressBar, nullptr, false);
    updateProgress();
    updateActions();
    if (!m_apply->error().isNull()) {
        m_ui->changesBar->showMessage(MessageBar::Error,
            tr("Nothing was applied: what the server holds now could not be read: %1")
                .arg(breakable(m_apply->error().message())));
        return;
    }
    if (m_apply->rowCount() == 0) {
        m_ui->changesBar->showMessage(
            MessageBar::Information, tr("Nothing to apply: no Remove or Lower is waiting to be made."));
        return;
    }
    askToApply();
}

void ReviewWindow::askToApply()
{
    QStringList details{m_apply->summaryText() + u'.'};
    const QList<qint64> gone = m_apply->goneRows();
    if (!gone.isEmpty()) {
        QStringList names;
        for (const ReviewRow &row : m_store->rowsById(gone.mid(0, kGoneNamed)))
            names.append(tr("%1 on %2").arg(row.name, row.groupName));
        if (gone.size() > kGoneNamed)
            names.append(tr("and %n more", nullptr, int(gone.size()) - kGoneNamed));
        details.append(
            tr("Gone before apply, not sent (the report lists them): %1.").arg(names.join(QStringLiteral(", "))));
    }
    const QString noManager = m_apply->noManagerText();
    if (!noManager.isEmpty())
        details.append(noManager + u'.');
    const int undecided = m_model->counts().rows - m_model->counts().decided;
    if (undecided > 0)
        details.append(tr("%n grant(s) still undecided: nothing is done to them.", nullptr, undecided));
    details.append(tr("It runs as one change in the main window's Changes dock, undone at once with Edit > Undo."));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Apply Review"),
        tr("Apply the review %1 now?").arg(elidedName(m_info.name, this)), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("applyConfirmBox"));
    box->setInformativeText(breakable(details.join(QStringLiteral("\n\n"))));
    QPushButton *yes = box->addButton(tr("&Apply"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("applyButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(noManager.isEmpty() ? yes : cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() != yes || !m_apply)
            return;
        if (m_apply->groupsLeftWithoutManager().isEmpty())
            runApply();
        else
            confirmNoManager();
    });
    box->open();
}

void ReviewWindow::confirmNoManager()
{
    // As every change that would leave a group without a manager asks.
    SharePlanConfirmation::askLeaveWithoutManager(
        this, m_apply->noManagerText() + u'.', int(m_apply->groupsLeftWithoutManager().size()), [this] {
            if (m_apply)
                runApply();
        });
}

void ReviewWindow::runApply()
{
    const Models::ChangeOperation *operation = m_apply->run();
    if (operation)
        Q_EMIT statusMessage(tr("Applying: %1").arg(m_apply->text()));
    else
        m_ui->changesBar->showMessage(
            MessageBar::Information, tr("Nothing was sent: the grants asked for are gone, or already as decided."));
    updateProgress();
    updateActions();
}

void ReviewWindow::toggleCompleted()
{
    const bool done = m_info.isCompleted() ? m_store->reopen(m_reviewId) : m_store->setCompleted(m_reviewId);
    if (!done) {
        m_ui->changesBar->showMessage(MessageBar::Error, tr("Could not save: %1").arg(m_store->errorString()));
        return;
    }
    refreshInfo();
}

void ReviewWindow::refreshInfo()
{
    m_info = m_store->review(m_reviewId).value_or(m_info);
    updateTitle();
    updateProgress();
    updateActions();
}

QString ReviewWindow::reportFileName(const QString &suffix) const
{
    return fileNamePart(m_info.name.isEmpty() ? tr("Access review") : m_info.name) + suffix;
}

void ReviewWindow::exportReport(bool pdf)
{
    if (m_writer->isRunning())
        return;
    // The folder every export of the app remembers (see saveCsv()); the name the review's.
    QSettings settings;
    const QString folder = startFolder(settings.value(QStringLiteral("export/folder")).toString());
    QFileDialog dialog(this, pdf ? tr("Export Review Report as PDF") : tr("Export Review as CSV"),
        QDir(folder).filePath(reportFileName(pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"))),
        pdf ? tr("PDF files (*.pdf);;All files (*)") : tr("CSV files (*.csv);;All files (*)"));
    dialog.setObjectName(pdf ? QStringLiteral("pdfFileDialog") : QStringLiteral("csvFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    m_reportPath = dialog.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(m_reportPath).absolutePath());
    showWorking(m_ui->reportProgressBar, m_ui->cancelReportButton, true);
    m_writer->start(pdf ? Models::ReviewReportWriter::Format::Pdf : Models::ReviewReportWriter::Format::Csv, m_reportPath);
    updateActions();
}

void ReviewWindow::reportWritten(bool ok, int pages, const QString &error)
{
    showWorking(m_ui->reportProgressBar, m_ui->cancelReportButton, false);
    updateActions();
    const QString path = QDir::toNativeSeparators(m_reportPath);
    if (ok) {
        const QString saved = pages > 0 ? tr("Report saved: %n page(s), %1", nullptr, pages).arg(path)
                                        : tr("Report saved: %1").arg(path);
        m_ui->changesBar->showMessage(MessageBar::Positive, saved);
    } else {
        m_ui->changesBar->showMessage(
            MessageBar::Warning, tr("The report was not saved to %1: %2").arg(path, breakable(error)));
    }
}

void ReviewWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kColumnsKey, m_ui->reviewTableView->horizontalHeader()->saveState());
}

void ReviewWindow::restoreSettings()
{
    const QSettings settings;
    const QVariant columns = settings.value(kColumnsKey);
    if (!columns.isNull() && !m_ui->reviewTableView->horizontalHeader()->restoreState(columns.toByteArray()))
        qWarning("The review window's saved columns could not be restored; the default ones are used.");
    if (restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        return;
    // Room for the table where there is room; never more than the screen holds (1280x800).
    QSize size(1200, 740);
    if (const QScreen *screen = this->screen())
        size = size.expandedTo(screen->availableSize() * 0.8).boundedTo(screen->availableSize() * 0.95);
    resize(size);
    keepWithinScreenWhenShown(this);
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    // Every decision and note is in the file already; only an edit still open is taken first.
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != m_ui->reviewTableView && m_ui->reviewTableView->isAncestorOf(focus))
        m_ui->reviewTableView->setFocus(); // the editor's focus-out commits it
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Gui
