#pragma once

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <memory>

class QAction;
class QSortFilterProxyModel;

namespace Ui {
class ChangesPanel;
}

namespace Models {
class ChangeOperation;
class ChangeReportModel;
class OperationListModel;
class Workspace;
} // namespace Models

namespace Gui {

/// The Changes dock: this session's membership and share changes in the order they run, and
/// for the selected one (by default the running one, else the newest) its progress ("412 of
/// 1,000 · 85 per second · about 7 s left"), Pause, Resume, Cancel and Retry failed, what it
/// came to ("118 added, 2 already members, 3 failed", with the server's reasons) and each of
/// its changes, failed only if asked. When a change of more than a few people starts, the dock
/// shows and raises itself, never taking the keyboard focus.
class ChangesPanel : public QWidget
{
    Q_OBJECT

public:
    /// Changes of more than this many people raise the dock when they start.
    static constexpr int kRaiseAbove = 5;

    explicit ChangesPanel(Models::Workspace *workspace, QWidget *parent = nullptr);
    ~ChangesPanel() override;

    Models::OperationListModel *model() const { return m_operations; }
    /// The operation the details show; nullptr when none (or it was deleted).
    Models::ChangeOperation *selectedOperation() const;
    int selectedRow() const { return m_row; }
    /// Shows \a row's operation; the panel stops following the running one.
    void selectRow(int row);

private:
    void setUpActions();
    /// Selects \a row in the list without the person having picked it.
    void follow(int row);
    /// Points the details at the list's current row.
    void showRow(int row);
    /// The progress bar, line, buttons and summary of the shown row, as they stand now.
    void updateDetails();
    /// Soon, not at every change of a run of thousands.
    void scheduleUpdate();
    void rowStarted(int row);
    /// Shows and raises the dock this panel sits in, leaving the focus where it is.
    void raiseDock();

    std::unique_ptr<Ui::ChangesPanel> m_ui;
    QPointer<Models::Workspace> m_workspace;
    Models::OperationListModel *m_operations;
    Models::ChangeReportModel *m_report;
    QSortFilterProxyModel *m_failedOnly;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_retryAction = nullptr;
    int m_row = -1;
    /// True until the person picks a row: the details follow the running operation.
    bool m_following = true;
    bool m_selecting = false;
    QTimer m_updateTimer;
};

} // namespace Gui
