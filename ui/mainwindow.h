#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QMessageBox;
class QProgressBar;
class QStackedWidget;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace Gui {

class ReviewWindows;
class Session;
class WorkspaceWidget;

/// The window: menus, toolbar and status bar, and the one place that enables the actions.
/// The work of one connection is done by its WorkspaceWidget, made anew for each session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows \a session (replacing and closing the one shown before); nullptr shows none.
    void setSession(std::unique_ptr<Session> session);
    Session *session() const { return m_session.get(); }
    WorkspaceWidget *workspaceWidget() const;
    /// The shown session's access reviews and their windows; nullptr when not connected.
    ReviewWindows *reviewWindows() const;

    /// Shows \a message in the status bar for a while (changes made, what a drop will do).
    void showStatusMessage(const QString &message);

    /// While the launcher connects or prepares the sandbox: \a text ("Connecting to
    /// api.example.com...") with a busy bar and Cancel, in place of the workspace when none is
    /// shown, else in the status bar. Cancel calls \a cancel and hides it.
    void showConnecting(const QString &text, const std::function<void()> &cancel);
    /// The progress of a long preparation (\a done of \a total; total 0: busy) and what it does.
    void setConnectingProgress(const QString &text, qint64 done, qint64 total);
    void hideConnecting();

    /// Before something ends the shown session (closing the window, connecting elsewhere): with
    /// no change running or waiting, calls \a go at once. Else asks first ("2 changes are still
    /// being applied." and \a question; confirmQuitBox, window-modal, never a nested loop) and on
    /// Yes cancels them and calls \a go once none is in flight any more; on No, nothing.
    void stopChangesThen(const QString &question, const std::function<void()> &go);

Q_SIGNALS:
    /// File > Connect...: the launcher shows the connection dialog.
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpActions();
    /// Start Access Review... and Open Access Review... (issue 25).
    void setUpReviewActions();
    /// The central page while not connected: "Not connected", or the connecting box.
    QWidget *makeNotConnectedPage();
    QWidget *makeConnectingBox(QWidget *parent);
    /// The docks (users, changes, activity, history), made once; their content is the session's.
    void setUpDocks();
    /// Gives the session docks the shown workspace's panels (or says "Not connected").
    void fillDocks();
    /// Deletes the panels the docks show: they read the session's models, which go next.
    void emptyDocks();
    /// Enables each action for what is selected and running now: the one place that does.
    void updateActions();
    void showAbout();
    /// Cancels the shown session's changes, the waiting ones first, and calls \a go (from the
    /// event loop) once every one has ended.
    void cancelChangesThen(const std::function<void()> &go);
    void saveSettings() const;
    void restoreSettings();
    /// The docks' first sizes, where no layout was saved, once there is something to lay out.
    void applyFirstLayout();
    /// Keeps the framed window within its screen's available area.
    void fitToScreen();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Session> m_session;
    QPointer<WorkspaceWidget> m_workspaceWidget;
    /// Owned by the workspace widget: the review windows go with the session they read.
    QPointer<ReviewWindows> m_reviewWindows;
    QUndoGroup *m_undoGroup;
    /// The central widget: the workspace of the session shown, or the page saying none is.
    QStackedWidget *m_pages = nullptr;
    QLabel *m_connectionLabel;
    /// No layout was saved: the docks get their first sizes once the window is laid out.
    bool m_firstLayout = false;
    bool m_shownOnce = false;
    QSize m_pickedSize; ///< The size restored or chosen for a first start.
    /// The window shows at a size it picked itself: fitToScreen() keeps it within the screen
    /// (until the person shows or hides a dock).
    bool m_keepWithinScreen = false;
    QDockWidget *m_usersDock = nullptr;
    QDockWidget *m_changesDock = nullptr;
    QDockWidget *m_activityDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QPointer<QMessageBox> m_confirmStopBox; ///< The one "changes are still being applied" question.
    /// "Connecting to ..." with a busy bar and Cancel: on the page shown while not connected,
    /// or in the status bar over a session.
    QWidget *m_connectingBox = nullptr;
    QLabel *m_connectingLabel = nullptr;
    QProgressBar *m_connectingBar = nullptr;
    QLabel *m_notConnectedLabel = nullptr;
    std::function<void()> m_cancelConnecting;
};

} // namespace Gui
