#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace Gui {

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

    /// Shows \a message in the status bar for a while (changes made, what a drop will do).
    void showStatusMessage(const QString &message);

Q_SIGNALS:
    /// File > Connect...: the launcher shows the connection dialog.
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    /// The docks (users, changes, activity, history), made once; their content is the session's.
    void setUpDocks();
    /// Gives the session docks the shown workspace's panels (or says "Not connected").
    void fillDocks();
    /// Deletes the panels the docks show: they read the session's models, which go next.
    void emptyDocks();
    /// Enables each action for what is selected and running now: the one place that does.
    void updateActions();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Session> m_session;
    QPointer<WorkspaceWidget> m_workspaceWidget;
    QUndoGroup *m_undoGroup;
    QLabel *m_connectionLabel;
    QDockWidget *m_usersDock = nullptr;
    QDockWidget *m_changesDock = nullptr;
    QDockWidget *m_activityDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
};

} // namespace Gui
