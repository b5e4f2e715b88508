#include "ui/changes/changespanel.h"

#include "ui_changespanel.h"

#include "models/changereportmodel.h"
#include "models/operationlistmodel.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QAction>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyle>

namespace Gui {

using Api::BulkOutcome;
using Models::ChangeOperation;
using Models::OperationListModel;

namespace {
/// How often, at most, the details follow a running operation.
constexpr int kUpdateMs = 100;
} // namespace

ChangesPanel::ChangesPanel(Models::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChangesPanel>())
    , m_workspace(workspace)
    , m_operations(new OperationListModel(workspace, this))
    , m_report(new Models::ChangeReportModel(this))
    , m_failedOnly(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changesPanel"));

    m_ui->operationsView->setModel(m_operations);
    QHeaderView *operationsHeader = m_ui->operationsView->header();
    operationsHeader->setStretchLastSection(false);
    operationsHeader->setSectionResizeMode(OperationListModel::TextColumn, QHeaderView::Stretch);
    for (int column = OperationListModel::StateColumn; column < OperationListModel::ColumnCount; ++column)
        operationsHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    operationsHeader->setMinimumSectionSize(60);

    // "Failed only": the changes a retry would send again, failed or cancelled.
    m_failedOnly->setSourceModel(m_report);
    m_failedOnly->setFilterKeyColumn(Models::ChangeReportModel::OutcomeColumn);
    m_failedOnly->setFilterRole(Models::RawValueRole);
    m_ui->changeReportView->setModel(m_failedOnly);
    m_ui->changeReportView->verticalHeader()->hide();
    m_ui->changeReportView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *reportHeader = m_ui->changeReportView->horizontalHeader();
    reportHeader->setStretchLastSection(true);
    reportHeader->resizeSection(Models::ChangeReportModel::ChangeColumn, 300);
    reportHeader->resizeSection(Models::ChangeReportModel::OutcomeColumn, 120);
    connect(m_ui->failedOnlyCheckBox, &QCheckBox::toggled, this, [this](bool failedOnly) {
        m_failedOnly->setFilterRegularExpression(failedOnly ? QStringLiteral("^(%1|%2)$")
                                                                  .arg(int(BulkOutcome::Failed))
                                                                  .arg(int(BulkOutcome::Cancelled))
                                                            : QString());
    });

    // Half each: the list's texts ("Move 120 users from Boston Office to Legal") need the room.
    m_ui->changesSplitter->setStretchFactor(0, 1);
    m_ui->changesSplitter->setStretchFactor(1, 1);
    m_ui->changesSplitter->setSizes({700, 700});

    setUpActions();

    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(kUpdateMs);
    connect(&m_updateTimer, &QTimer::timeout, this, &ChangesPanel::updateDetails);

    connect(m_operations, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        if (m_following)
            follow(m_operations->defaultRow() >= 0 ? m_operations->defaultRow() : last);
    });
    connect(m_operations, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (m_row >= topLeft.row() && m_row <= bottomRight.row())
                scheduleUpdate();
        });
    connect(m_operations, &OperationListModel::rowStarted, this, &ChangesPanel::rowStarted);
    connect(m_ui->operationsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!m_selecting)
                m_following = false; // the person picked one
            showRow(current.isValid() ? current.row() : -1);
        });
    showRow(-1);
}

ChangesPanel::~ChangesPanel() = default;

void ChangesPanel::setUpActions()
{
    const auto makeAction = [this](const char *name, const QString &text, const QString &tip, const char *themeIcon,
                                QStyle::StandardPixmap fallback, const QKeySequence &shortcut) {
        // Only while the panel has the focus: the window's own shortcuts stay the window's.
        QAction *action = makePanelAction(this, QString::fromLatin1(name), text, tip, themeIcon, fallback, shortcut);
        m_ui->operationsView->addAction(action);
        m_ui->changeReportView->addAction(action);
        return action;
    };
    m_pauseAction = makeAction("pauseChangeAction", tr("&Pause"),
        tr("Send nothing more until resumed; what is on its way finishes"), "media-playback-pause",
        QStyle::SP_MediaPause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    m_resumeAction = makeAction("resumeChangeAction", tr("Res&ume"), tr("Go on sending the paused change"),
        "media-playback-start", QStyle::SP_MediaPlay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_cancelAction = makeAction("cancelChangeAction", tr("&Cancel"), tr("Stop: nothing more is sent, and what is on its way is called off"),
        "process-stop", QStyle::SP_BrowserStop, QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_retryAction = makeAction("retryFailedAction", tr("Retry &failed"), tr("Send again the changes that failed or were cancelled"),
        "view-refresh", QStyle::SP_BrowserReload, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_ui->pauseChangeButton->setDefaultAction(m_pauseAction);
    m_ui->resumeChangeButton->setDefaultAction(m_resumeAction);
    m_ui->cancelChangeButton->setDefaultAction(m_cancelAction);
    m_ui->retryFailedButton->setDefaultAction(m_retryAction);

    connect(m_pauseAction, &QAction::triggered, this, [this] {
        if (ChangeOperation *operation = selectedOperation())
            operation->pause();
    });
    connect(m_resumeAction, &QAction::triggered, this, [this] {
        if (ChangeOperation *operation = selectedOperation())
            operation->resume();
    });
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (ChangeOperation *operation = selectedOperation())
            operation->cancel();
    });
    connect(m_retryAction, &QAction::triggered, this, [this] {
        if (ChangeOperation *operation = selectedOperation())
            operation->retryFailed();
    });
}

ChangeOperation *ChangesPanel::selectedOperation() const
{
    return m_operations->operation(m_row);
}

void ChangesPanel::selectRow(int row)
{
    m_following = false;
    m_ui->operationsView->setCurrentIndex(m_operations->index(row, 0));
}

void ChangesPanel::follow(int row)
{
    if (row < 0 || row == m_row)
        return;
    m_selecting = true;
    m_ui->operationsView->setCurrentIndex(m_operations->index(row, 0));
    m_selecting = false;
}

void ChangesPanel::rowStarted(int row)
{
    ChangeOperation *operation = m_operations->operation(row);
    if (!operation)
        return;
    if (operation->size() > kRaiseAbove) {
        // A change big enough to take a while: show it, whatever was looked at before.
        m_following = true;
        raiseDock();
    } else if (auto *dock = qobject_cast<QDockWidget *>(parentWidget()); dock && dock->isHidden()) {
        // The dock waits out of sight until there is a change to show; a small one brings it
        // back without taking the front from what the person looks at beside it.
        dock->setAttribute(Qt::WA_ShowWithoutActivating);
        dock->show();
    }
    if (m_following)
        follow(row);
}

void ChangesPanel::raiseDock()
{
    auto *dock = qobject_cast<QDockWidget *>(parentWidget());
    if (!dock)
        return;
    // A floating dock is a window of its own: shown, it must not take the keyboard away.
    dock->setAttribute(Qt::WA_ShowWithoutActivating);
    if (!dock->isVisible())
        dock->show();
    dock->raise(); // among tabbed docks, makes its tab the current one
}

void ChangesPanel::showRow(int row)
{
    m_row = row;
    m_report->setOperation(selectedOperation());
    updateDetails();
}

void ChangesPanel::scheduleUpdate()
{
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void ChangesPanel::updateDetails()
{
    m_updateTimer.stop();
    ChangeOperation *operation = selectedOperation();
    const bool hasRow = m_row >= 0 && m_row < m_operations->rowCount();
    if (!hasRow) {
        m_ui->operationTitleLabel->setText(tr("No changes yet in this session."));
        m_ui->progressLabel->clear();
        m_ui->summaryLabel->setText(tr("Adding, removing or moving members and sharing groups show their progress here."));
        m_ui->changeProgressBar->setRange(0, 1);
        m_ui->changeProgressBar->setValue(0);
    } else {
        const QModelIndex text = m_operations->index(m_row, OperationListModel::TextColumn);
        m_ui->operationTitleLabel->setText(QStringLiteral("<b>%1</b> \u2014 %2")
                                               .arg(text.data().toString().toHtmlEscaped(),
                                                   m_operations->stateText(m_row).toHtmlEscaped()));
        const int finished = m_operations->doneCount(m_row);
        const int total = operation ? operation->size() : std::max(finished, 1);
        m_ui->changeProgressBar->setRange(0, std::max(total, 1));
        m_ui->changeProgressBar->setValue(total == 0 && operation && operation->state() == ChangeOperation::State::Finished ? 1 : finished);
        m_ui->progressLabel->setText(m_operations->progressText(m_row));
        QString summary;
        if (operation) {
            summary = OperationListModel::outcomeSummary(*operation);
            const QString reasons = OperationListModel::failureReasons(*operation);
            if (!reasons.isEmpty())
                summary += QLatin1Char('\n') + tr("Why they failed: %1").arg(reasons);
        } else {
            // Its undo step was dropped: what the list kept of it.
            summary = m_operations->index(m_row, OperationListModel::StateColumn).data(Qt::ToolTipRole).toString();
            summary += QLatin1Char('\n') + tr("Its changes are no longer kept (it left the undo history).");
        }
        m_ui->summaryLabel->setText(summary);
    }

    const bool unfinished = operation && operation->state() != ChangeOperation::State::Finished;
    m_pauseAction->setEnabled(unfinished && !operation->isPaused());
    m_resumeAction->setEnabled(unfinished && operation->isPaused());
    m_cancelAction->setEnabled(unfinished);
    m_retryAction->setEnabled(operation && !unfinished
        && operation->count(BulkOutcome::Failed) + operation->count(BulkOutcome::Cancelled) > 0);
    m_ui->failedOnlyCheckBox->setEnabled(operation != nullptr);
}

} // namespace Gui
