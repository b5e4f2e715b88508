#include "ui/mainwindow.h"

#include "ui_mainwindow.h"

#include "models/changeoperation.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/workspace.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/review/reviewwindows.h"
#include "ui/session.h"
#include "ui/sharing/sharingreportexport.h"
#include "ui/shortcutsdialog.h"
#include "ui/widgets/panelactions.h"
#include "ui/workspacewidget.h"

#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeyEvent>
#include <QtGui/QResizeEvent>
#include <QtGui/QScreen>
#include <QtGui/QUndoGroup>
#include <QtGui/QUndoStack>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyle>
#include <QtWidgets/QUndoView>

#include <algorithm>
#include <utility>

namespace Gui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
/// The layout's version in saveState(): a layout saved with other docks or another central
/// widget is not restored, the default is used.
constexpr int kLayoutVersion = 2;
/// Whether a dock was in front (not tabbed behind another) when its toggle was triggered.
constexpr const char *kInFrontProperty = "civisInFront";

/// How long a status message stays.
constexpr int kStatusMessageMs = 8000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_undoGroup(new QUndoGroup(this))
    , m_connectionLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    // One central widget for the window's life, set before a saved layout is restored: the
    // layout QMainWindow restores for a maximized window is applied again once the window has
    // its final size, and it holds the central widget of the time. Replacing that widget
    // afterwards (as each session did) left it pointing at a deleted one: a crash on every
    // start after the window had been closed maximized.
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    setCentralWidget(m_pages);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_connectionLabel);
    setUpActions();
    setUpDocks();
    restoreSettings();
    setSession(nullptr);
}

MainWindow::~MainWindow()
{
    // The widgets over the session's models go before the session.
    emptyDocks();
    delete m_workspaceWidget;
}

WorkspaceWidget *MainWindow::workspaceWidget() const
{
    return m_workspaceWidget;
}

ReviewWindows *MainWindow::reviewWindows() const
{
    return m_reviewWindows;
}

void MainWindow::setUpActions()
{
    // Shortcuts from the platform's standard keys, in one place (qBittorrent's way).
    m_ui->connectAction->setIcon(themeIcon(this, "network-connect", QStyle::SP_DriveNetIcon));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setIcon(themeIcon(this, "application-exit", QStyle::SP_DialogCloseButton));
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->findAction->setIcon(themeIcon(this, "edit-find", QStyle::SP_FileDialogContentsView));
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->refreshAction->setIcon(themeIcon(this, "view-refresh", QStyle::SP_BrowserReload));
    m_ui->newGroupAction->setShortcut(QKeySequence::New);
    m_ui->newGroupAction->setIcon(themeIcon(this, "list-add", QStyle::SP_FileDialogNewFolder));
    m_ui->editGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui->editGroupAction->setIcon(themeIcon(this, "document-edit", QStyle::SP_FileDialogDetailedView));
    m_ui->replaceGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_ui->replaceGroupAction->setIcon(themeIcon(this, "edit-copy", QStyle::SP_FileDialogListView));
    m_ui->shareGroupsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_ui->shareGroupsAction->setIcon(themeIcon(this, "document-share", QStyle::SP_DirLinkIcon));
    m_ui->exportSharingReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_ui->exportSharingReportAction->setIcon(themeIcon(this, "document-export", QStyle::SP_DialogSaveButton));
    m_ui->aboutAction->setIcon(themeIcon(this, "help-about", QStyle::SP_MessageBoxInformation));

    // Undo and redo follow the shown session's one stack.
    QAction *undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    // The menu and the tooltip name what will be undone; the toolbar button stays short.
    undoAction->setIconText(tr("Undo"));
    undoAction->setIcon(themeIcon(this, "edit-undo", QStyle::SP_ArrowBack));
    QAction *redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setIconText(tr("Redo"));
    redoAction->setIcon(themeIcon(this, "edit-redo", QStyle::SP_ArrowForward));
    m_ui->editMenu->insertActions(m_ui->findAction, {undoAction, redoAction});
    m_ui->editMenu->insertSeparator(m_ui->findAction);
    m_ui->mainToolBar->insertActions(m_ui->refreshAction, {undoAction, redoAction});
    m_ui->mainToolBar->insertSeparator(m_ui->refreshAction);
    m_ui->viewMenu->addAction(m_ui->mainToolBar->toggleViewAction());

    connect(m_ui->connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->keyboardShortcutsAction, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_ui->keyboardShortcutsAction->setIcon(themeIcon(this, "help-keyboard-shortcuts", QStyle::SP_DialogHelpButton));
    // The window's shortcuts work with the focus in a text field too (see eventFilter()).
    qApp->installEventFilter(this);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        if (m_workspaceWidget)
            m_workspaceWidget->focusSearch();
    });
    connect(m_ui->findPersonAction, &QAction::triggered, this, [this] {
        if (m_workspaceWidget)
            m_workspaceWidget->findPerson();
    });
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        if (m_workspaceWidget)
            m_workspaceWidget->refresh();
    });
    connect(m_ui->newGroupAction, &QAction::triggered, this, [this] {
        if (m_workspaceWidget)
            m_workspaceWidget->newGroup();
    });
    connect(m_ui->editGroupAction, &QAction::triggered, this, [this] {
        if (m_workspaceWidget)
            m_workspaceWidget->editGroup();
    });
    connect(m_ui->replaceGroupAction, &QAction::triggered, this, [this] {
        if (m_workspaceWidget)
            m_workspaceWidget->replaceGroup();
    });
    connect(m_ui->shareGroupsAction, &QAction::triggered, this, [this] {
        if (m_workspaceWidget)
            m_workspaceWidget->shareSelectedGroups();
    });
    connect(m_ui->exportSharingReportAction, &QAction::triggered, this, [this] {
        if (!m_workspaceWidget)
            return;
        const QList<qint64> groups = m_workspaceWidget->groupListPanel()->selectedGroupIds();
        if (groups.isEmpty())
            return;
        SharingReportExport *exporter = SharingReportExport::start(m_session->workspace(), groups, this);
        connect(exporter, &SharingReportExport::statusMessage, this, &MainWindow::showStatusMessage);
    });
    setUpReviewActions();
}

void MainWindow::setUpReviewActions()
{
    m_ui->startReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    m_ui->startReviewAction->setIcon(themeIcon(this, "view-task", QStyle::SP_FileDialogInfoView));
    connect(m_ui->startReviewAction, &QAction::triggered, this, [this] {
        if (m_reviewWindows)
            m_reviewWindows->startReview(m_workspaceWidget->groupListPanel()->selectedGroupIds());
    });
    connect(m_ui->openReviewAction, &QAction::triggered, this, [this] {
        if (m_reviewWindows)
            m_reviewWindows->showList();
    });
}

void MainWindow::setUpDocks()
{
    // A dock's title bar shows its title as is; only its View menu entry has a mnemonic.
    const auto makeDock = [this](const QString &name, const QString &menuText, Qt::DockWidgetArea area,
                              const QKeySequence &shortcut) {
        auto *dock = new QDockWidget(QString(menuText).remove(u'&'), this);
        dock->setObjectName(name);
        addDockWidget(area, dock);
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(menuText);
        toggle->setObjectName(name + QStringLiteral("ToggleAction"));
        toggle->setShortcut(shortcut);
        // A dock tabbed behind another is shown as far as its toggle is concerned: the toggle
        // would hide it. Asked for by name, it comes to the front instead, and only a dock
        // already in front is hidden. toggled() comes before the trigger acts on the dock.
        connect(toggle, &QAction::toggled, dock, [dock] {
            dock->setProperty(kInFrontProperty, dock->isVisible() && !dock->visibleRegion().isEmpty());
        });
        connect(toggle, &QAction::triggered, dock, [dock](bool checked) {
            if (!checked && !dock->property(kInFrontProperty).toBool())
                dock->show();
            if (dock->isVisible())
                dock->raise();
        });
        // The person arranges the docks: the window's size is theirs from now on (a fit would
        // close the dock they just asked for on a screen too narrow for it).
        connect(toggle, &QAction::triggered, this, [this] { m_keepWithinScreen = false; });
        m_ui->viewMenu->addAction(toggle);
        return dock;
    };
    m_usersDock = makeDock(QStringLiteral("usersDock"), tr("&Users"), Qt::RightDockWidgetArea,
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    m_historyDock = makeDock(QStringLiteral("historyDock"), tr("&History"), Qt::RightDockWidgetArea,
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    m_changesDock = makeDock(QStringLiteral("changesDock"), tr("&Changes"), Qt::BottomDockWidgetArea,
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_activityDock = makeDock(QStringLiteral("activityDock"), tr("&Activity"), Qt::BottomDockWidgetArea,
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    tabifyDockWidget(m_usersDock, m_historyDock);
    tabifyDockWidget(m_changesDock, m_activityDock);
    m_usersDock->raise();
    m_changesDock->raise();

    // The history follows the shown session's undo stack through the group, so it needs no
    // refilling when the session changes.
    auto *historyView = new QUndoView(m_undoGroup, m_historyDock);
    historyView->setObjectName(QStringLiteral("historyView"));
    historyView->setEmptyLabel(tr("Nothing changed yet"));
    historyView->setCleanIcon(themeIcon(this, "document-save", QStyle::SP_DialogSaveButton));
    m_historyDock->setWidget(historyView);
}

void MainWindow::emptyDocks()
{
    for (QDockWidget *dock : {m_usersDock, m_changesDock, m_activityDock}) {
        QWidget *content = dock->widget();
        dock->setWidget(nullptr);
        delete content;
    }
}

void MainWindow::fillDocks()
{
    const std::pair<QDockWidget *, WorkspaceWidget::Panel> docks[] = {
        {m_usersDock, WorkspaceWidget::Panel::Users},
        {m_changesDock, WorkspaceWidget::Panel::Changes},
        {m_activityDock, WorkspaceWidget::Panel::Activity},
    };
    for (const auto &[dock, panel] : docks) {
        QWidget *content = m_workspaceWidget ? m_workspaceWidget->panel(panel) : nullptr;
        if (!content) {
            auto *label = new QLabel(m_workspaceWidget ? tr("Nothing to show.") : tr("Not connected."));
            label->setAlignment(Qt::AlignCenter);
            label->setEnabled(false);
            content = label;
        }
        dock->setWidget(content);
    }
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    if (m_workspaceWidget)
        m_workspaceWidget->saveState();
    // The box saying "Connecting..." lives on the page or in the status bar: made anew for where
    // the next connection is shown.
    m_cancelConnecting = nullptr;
    delete m_connectingBox;
    m_connectingBox = nullptr;
    m_notConnectedLabel = nullptr;
    // Taken out and deleted now, not later: its models must not outlive the session they read.
    emptyDocks();
    // The central widget itself never changes (see m_pages); only the page it shows does.
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        delete page;
    }
    if (m_session)
        m_undoGroup->removeStack(m_session->workspace()->undoStack());
    // The old session (and its sandbox, if any) stops only once nothing shows it.
    m_session = std::move(session);

    if (m_session) {
        m_undoGroup->addStack(m_session->workspace()->undoStack());
        m_undoGroup->setActiveStack(m_session->workspace()->undoStack());
        m_workspaceWidget = new WorkspaceWidget(m_session.get(), this);
        connect(m_workspaceWidget, &WorkspaceWidget::currentGroupChanged, this, &MainWindow::updateActions);
        GroupListPanel *groupList = m_workspaceWidget->groupListPanel();
        connect(groupList, &GroupListPanel::selectionChanged, this, &MainWindow::updateActions);
        connect(m_session->workspace()->groupStore(), &Models::GroupStore::myLevelsChanged, this,
            &MainWindow::updateActions);
        m_reviewWindows = new ReviewWindows(m_session.get(), this, m_workspaceWidget);
        connect(m_reviewWindows, &ReviewWindows::statusMessage, this, &MainWindow::showStatusMessage);
        // In the list's context menu too; their shortcuts stay the window's, not only the list's.
        for (QAction *action : {m_ui->shareGroupsAction, m_ui->exportSharingReportAction, m_ui->startReviewAction}) {
            groupList->addGroupAction(action);
            action->setShortcutContext(Qt::WindowShortcut);
        }
        connect(m_workspaceWidget, &WorkspaceWidget::statusMessage, this, &MainWindow::showStatusMessage);
        m_pages->addWidget(m_workspaceWidget);
        m_connectionLabel->setText(m_session->displayName());
        m_connectionLabel->setToolTip(tr("Connected to %1 as %2 (%3)")
                                          .arg(m_session->client()->settings().baseUrl.toDisplayString(),
                                              m_session->me().name, m_session->me().username));
        setWindowTitle(tr("%1 - Civis Groups Admin").arg(m_session->displayName()));
    } else {
        m_pages->addWidget(makeNotConnectedPage());
        m_connectionLabel->setText(tr("Not connected"));
        m_connectionLabel->setToolTip({});
        setWindowTitle(tr("Civis Groups Admin"));
    }
    fillDocks();
    applyFirstLayout();
    updateActions();
    // A session's panels need more room than the page saying none is shown: still within the screen.
    if (isVisible() && m_keepWithinScreen)
        QTimer::singleShot(0, this, &MainWindow::fitToScreen);
}

QWidget *MainWindow::makeNotConnectedPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("notConnectedPage"));
    m_notConnectedLabel = new QLabel(tr("Not connected. Choose File > Connect... to connect."), page);
    m_notConnectedLabel->setAlignment(Qt::AlignCenter);
    m_notConnectedLabel->setEnabled(false);
    m_notConnectedLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_notConnectedLabel);
    layout->addWidget(makeConnectingBox(page), 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

QWidget *MainWindow::makeConnectingBox(QWidget *parent)
{
    // One box, on the page shown while not connected or in the status bar over a session.
    m_connectingBox = new QWidget(parent);
    m_connectingBox->setObjectName(QStringLiteral("connectingBox"));
    m_connectingLabel = new QLabel(m_connectingBox);
    m_connectingLabel->setObjectName(QStringLiteral("connectingLabel"));
    m_connectingBar = new QProgressBar(m_connectingBox);
    m_connectingBar->setRange(0, 0);
    m_connectingBar->setTextVisible(false);
    auto *cancel = new QPushButton(tr("Cancel"), m_connectingBox);
    cancel->setObjectName(QStringLiteral("cancelConnectingButton"));
    connect(cancel, &QPushButton::clicked, this, [this] {
        const std::function<void()> cancelled = std::exchange(m_cancelConnecting, nullptr);
        hideConnecting();
        if (cancelled)
            cancelled();
    });
    const bool inStatusBar = parent == statusBar();
    auto *layout = inStatusBar ? static_cast<QBoxLayout *>(new QHBoxLayout(m_connectingBox))
                               : static_cast<QBoxLayout *>(new QVBoxLayout(m_connectingBox));
    layout->setContentsMargins(inStatusBar ? QMargins(6, 0, 6, 0) : QMargins());
    layout->addWidget(m_connectingLabel);
    layout->addWidget(m_connectingBar);
    layout->addWidget(cancel, 0, inStatusBar ? Qt::Alignment() : Qt::AlignHCenter);
    if (inStatusBar) {
        m_connectingBar->setMaximumWidth(120);
    } else {
        m_connectingLabel->setAlignment(Qt::AlignCenter);
        m_connectingBar->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    }
    m_connectingBox->hide();
    return m_connectingBox;
}

void MainWindow::showConnecting(const QString &text, const std::function<void()> &cancel)
{
    const bool inStatusBar = m_session != nullptr;
    if (m_connectingBox && (m_connectingBox->parent() == statusBar()) != inStatusBar) {
        delete m_connectingBox;
        m_connectingBox = nullptr;
    }
    if (!m_connectingBox) {
        if (inStatusBar) {
            statusBar()->insertPermanentWidget(0, makeConnectingBox(statusBar()));
        } else {
            delete m_pages->widget(0);
            m_pages->addWidget(makeNotConnectedPage());
        }
    }
    m_cancelConnecting = cancel;
    if (m_notConnectedLabel && !inStatusBar)
        m_notConnectedLabel->hide();
    setConnectingProgress(text, 0, 0);
    m_connectingBox->show();
}

void MainWindow::setConnectingProgress(const QString &text, qint64 done, qint64 total)
{
    if (!m_connectingBox)
        return;
    m_connectingLabel->setText(text);
    // QProgressBar counts in int; a share in thousandths keeps any count in range.
    m_connectingBar->setRange(0, total > 0 ? 1000 : 0);
    m_connectingBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void MainWindow::hideConnecting()
{
    m_cancelConnecting = nullptr;
    if (m_connectingBox)
        m_connectingBox->hide();
    if (m_notConnectedLabel)
        m_notConnectedLabel->show();
}

void MainWindow::updateActions()
{
    const bool connected = m_workspaceWidget != nullptr;
    const bool groupSelected = connected && m_workspaceWidget->currentGroupId() != 0;
    m_ui->findAction->setEnabled(connected);
    m_ui->findPersonAction->setEnabled(connected);
    m_ui->refreshAction->setEnabled(connected);
    m_ui->newGroupAction->setEnabled(connected);
    // What the person may do follows their level on the groups (the store's, read from the
    // server); a refused action says why in its tooltip ("You can only read Book Club").
    const Models::GroupStore *store = connected ? m_session->workspace()->groupStore() : nullptr;
    const QString editRefusal = groupSelected
        ? Models::GroupPermissions::refusal(store, {m_workspaceWidget->currentGroupId()}, Models::GroupAction::Edit)
        : QString();
    setActionAllowed(m_ui->editGroupAction, groupSelected, editRefusal);
    setActionAllowed(m_ui->replaceGroupAction, groupSelected, editRefusal);
    const QList<qint64> selectedIds
        = connected ? m_workspaceWidget->groupListPanel()->selectedGroupIds() : QList<qint64>();
    const bool groupsSelected = !selectedIds.isEmpty();
    setActionAllowed(m_ui->shareGroupsAction, groupsSelected,
        groupsSelected ? Models::GroupPermissions::refusal(store, selectedIds, Models::GroupAction::Share) : QString());
    m_ui->exportSharingReportAction->setEnabled(groupsSelected);
    // With no group selected, the dialog starts empty or with every group managed.
    m_ui->startReviewAction->setEnabled(connected);
    m_ui->openReviewAction->setEnabled(connected);
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, kStatusMessageMs);
}

void MainWindow::showAbout()
{
    QString connection = tr("Not connected.");
    if (m_session) {
        connection = tr("Connected to %1 as %2 (%3).")
                         .arg(m_session->client()->settings().baseUrl.toDisplayString().toHtmlEscaped(),
                             m_session->me().name.toHtmlEscaped(), m_session->me().username.toHtmlEscaped());
        if (m_session->isSandbox())
            connection += QStringLiteral("<br>") + tr("Offline sandbox database: %1").arg(m_session->sandboxDatabase().toHtmlEscaped());
    }
    QMessageBox::about(this, tr("About Civis Groups Admin"),
        tr("<h3>Civis Groups Admin %1</h3>"
           "<p>Find and edit the groups of a Civis Platform organization, move people in and out of "
           "them in bulk, and review who may read, write and manage each one.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p><p>%4</p>")
            .arg(QStringLiteral(CIVIS_GROUPS_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), connection));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A line edit claims some of the window's shortcuts for its own editing keys (Ctrl+E moves
    // to the end of the line on X11): with the focus in the search field, Edit Group did
    // nothing. The window's shortcut wins, except the keys a field edits with (copy, paste,
    // undo...), which stay the field's.
    if (event->type() == QEvent::ShortcutOverride && qobject_cast<QLineEdit *>(watched)
        && static_cast<QWidget *>(watched)->window() == this) {
        const auto *key = static_cast<QKeyEvent *>(event);
        static const QKeySequence::StandardKey editingKeys[]
            = {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::SelectAll, QKeySequence::Undo,
                QKeySequence::Redo, QKeySequence::Delete, QKeySequence::Backspace, QKeySequence::DeleteStartOfWord,
                QKeySequence::DeleteEndOfWord, QKeySequence::MoveToPreviousWord, QKeySequence::MoveToNextWord,
                QKeySequence::SelectPreviousWord, QKeySequence::SelectNextWord};
        const bool editing = std::any_of(std::begin(editingKeys), std::end(editingKeys),
            [key](QKeySequence::StandardKey standard) { return key->matches(standard); });
        if (!editing && (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const QKeySequence pressed(key->keyCombination());
            const QList<QAction *> actions = findChildren<QAction *>();
            const bool windowShortcut
                = std::any_of(actions.cbegin(), actions.cend(), [&pressed](const QAction *action) {
                      return action->isEnabled() && action->shortcuts().contains(pressed)
                          && action->shortcutContext() != Qt::WidgetShortcut;
                  });
            if (windowShortcut)
                return true; // not offered to the field: the shortcut map acts on it
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Changes still on their way are not cut off unasked: Yes cancels them, then closes.
    if (m_session && !m_session->workspace()->unfinishedOperations().isEmpty()) {
        event->ignore();
        stopChangesThen(tr("Cancel them and quit?"), [this] { close(); });
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::stopChangesThen(const QString &question, const std::function<void()> &go)
{
    const QList<Models::ChangeOperation *> unfinished
        = m_session ? m_session->workspace()->unfinishedOperations() : QList<Models::ChangeOperation *>();
    if (unfinished.isEmpty()) {
        go();
        return;
    }
    if (m_confirmStopBox) {
        // Asked already: one question at a time.
        m_confirmStopBox->raise();
        m_confirmStopBox->activateWindow();
        return;
    }
    QStringList running;
    for (const Models::ChangeOperation *operation : unfinished) {
        running.append(operation->state() == Models::ChangeOperation::State::Queued
                ? tr("%1 (waiting)").arg(operation->text())
                : tr("%1 (%2 of %3 done)")
                      .arg(operation->text(), QLocale().toString(operation->finishedCount()),
                          QLocale().toString(operation->size())));
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Changes Still Running"),
        (unfinished.size() == 1 ? tr("1 change is still being applied.")
                                : tr("%n changes are still being applied.", nullptr, int(unfinished.size())))
            + QLatin1Char(' ') + question,
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmQuitBox"));
    box->setInformativeText(running.join(QLatin1Char('\n')));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("Cancel Them"));
    box->button(QMessageBox::No)->setText(tr("Keep Running"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmStopBox = box;
    connect(box, &QMessageBox::finished, this, [this, go](int result) {
        if (result == QMessageBox::Yes)
            cancelChangesThen(go);
    });
    box->open();
}

void MainWindow::cancelChangesThen(const std::function<void()> &go)
{
    Models::Workspace *workspace = m_session ? m_session->workspace() : nullptr;
    if (!workspace) {
        go();
        return;
    }
    // The waiting ones first, so that the end of the running one starts none of them.
    const QList<Models::ChangeOperation *> unfinished = workspace->unfinishedOperations();
    for (auto it = unfinished.crbegin(); it != unfinished.crend(); ++it)
        (*it)->cancel();
    // A cancelled run ends once the calls it called off have answered, from the event loop; what
    // comes next (perhaps deleting the session) waits for that, outside the signal that says so.
    const auto goLater = [this, go] { QMetaObject::invokeMethod(this, go, Qt::QueuedConnection); };
    if (workspace->unfinishedOperations().isEmpty()) {
        goLater();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(workspace, &Models::Workspace::operationFinished, this, [workspace, connection, goLater] {
        if (!workspace->unfinishedOperations().isEmpty())
            return;
        QObject::disconnect(*connection);
        goLater();
    });
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    if (m_workspaceWidget)
        m_workspaceWidget->saveState();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    // A saved layout may be from another screen, another version, or edited by hand: what does
    // not restore leaves the default layout, and the log says so.
    const QVariant geometry = settings.value(kGeometryKey);
    const bool geometryRestored = !geometry.isNull() && restoreGeometry(geometry.toByteArray());
    if (!geometry.isNull() && !geometryRestored)
        qWarning("The saved window geometry could not be restored; the window opens at its default size.");
    if (!geometryRestored) {
        // First start: most of the screen (at least 1280x800 where there is room), where the
        // group list, the tabs and the Users dock side by side otherwise leave each table too
        // narrow to read; never more than the screen holds.
        if (const QScreen *screen = this->screen()) {
            const QSize available = screen->availableSize();
            resize(QSize(1280, 800).expandedTo(available * 0.85).boundedTo(available * 0.95));
        } else {
            resize(1280, 800);
        }
    }
    m_pickedSize = size();
    const QVariant state = settings.value(kStateKey);
    m_firstLayout = state.isNull() || !restoreState(state.toByteArray(), kLayoutVersion);
    if (!state.isNull() && m_firstLayout)
        qWarning(
            "The saved window layout could not be restored (another version's, or damaged); using the default layout.");
    if (m_firstLayout) {
        // Out of the way until a change starts (see applyFirstLayout()).
        m_changesDock->hide();
        m_activityDock->hide();
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    applyFirstLayout();
    // The sizes the window picks itself (a first start, a restore) are kept within the screen;
    // one a caller set before showing it (a test's 1400x900) is the caller's.
    if (!std::exchange(m_shownOnce, true) && size() == m_pickedSize) {
        m_keepWithinScreen = true;
        QTimer::singleShot(0, this, &MainWindow::fitToScreen);
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // The layout grows the window to its minimum whenever that grows: a panel filled after the
    // fit (on a busy machine, the first group's details came after both fits) took the window
    // past a small screen's edge again.
    if (m_keepWithinScreen)
        QTimer::singleShot(0, this, &MainWindow::fitToScreen);
}

void MainWindow::fitToScreen()
{
    // Once the window manager has framed it: a window restored from a larger screen, or a first
    // start on a small one, must not leave its status bar or title bar off the screen.
    const QScreen *screen = this->screen();
    if (!m_keepWithinScreen || !screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    QRect frame = frameGeometry();
    if (available.contains(frame))
        return;
    const QSize frameExtra = frame.size() - size();
    const QSize room = available.size() - frameExtra;
    // A screen too narrow for the list, the tabs and the docks beside them all (a small screen
    // at a large scale): the side docks close, to come back from the View menu.
    // Users and History share one place: they go together.
    if (minimumSizeHint().width() > room.width()) {
        for (QDockWidget *dock : {m_usersDock, m_historyDock}) {
            if (dock->isVisible() && !dock->isFloating()) {
                dock->hide();
                qInfo("The screen is too narrow for the %s dock beside the workspace: it was closed.",
                    qPrintable(dock->objectName()));
            }
        }
        layout()->activate(); // the minimum without them
    }
    const QSize fitted = size().boundedTo(room).expandedTo(minimumSizeHint());
    resize(fitted);
    frame = frameGeometry();
    frame.moveLeft(
        std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width() + 1)));
    frame.moveTop(
        std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height() + 1)));
    move(frame.topLeft());
    qInfo("The window was larger than the screen's %dx%d: fitted to %dx%d.", available.width(), available.height(),
        width(), height());
}

void MainWindow::applyFirstLayout()
{
    if (!m_firstLayout || !m_workspaceWidget || !isVisible())
        return;
    m_firstLayout = false;
    // First start: the group list and the tabs get the room; the docks are strips beside and
    // below them until a person makes them bigger. Only once the window is shown with a
    // session's panels in its docks: sized before, the docks took what the panels' arrival
    // left over and the Users dock came out 460 px wide.
    // The Changes and Activity docks wait out of sight until a change starts (the Changes
    // panel shows its dock then) or the person asks for them: empty, they took a quarter to
    // half of the height from the list and the tabs.
    m_changesDock->hide();
    m_activityDock->hide();
    QTimer::singleShot(0, this, [this] {
        resizeDocks({m_usersDock}, {380}, Qt::Horizontal);
        resizeDocks({m_changesDock}, {190}, Qt::Vertical);
    });
}

} // namespace Gui
