#pragma once

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <memory>

class QAction;
class QSortFilterProxyModel;

namespace Ui {
class ActivityPanel;
}

namespace Models {
class ActivityLog;
class ActivityLogModel;
}

namespace Gui {

class ActivityEntryDialog;

/// The Activity dock's content: the connection's log of changes (Models::ActivityLog), newest
/// first and paged in as it scrolls, sortable by any column, filtered by text and outcome (in
/// the log's file, so the filter finds entries not paged in yet, by whom a change touched too),
/// with Copy and Export CSV (one row per person or group touched). Double-click or Enter opens
/// an entry: whom it touched (ActivityEntryDialog).
/// There is no Clear: the log is the administrator's record of what they did.
class ActivityPanel : public QWidget
{
    Q_OBJECT

public:
    /// Over \a log (nullptr: says there is no log to show).
    explicit ActivityPanel(Models::ActivityLog *log, QWidget *parent = nullptr);
    ~ActivityPanel() override;

    Models::ActivityLogModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    /// Reads every entry the filter shows (not only those paged in) in a worker, then asks
    /// where to save them.
    void exportCsv();
    /// The selected entries as tab-separated lines, to the clipboard.
    void copySelection() const;
    /// Opens the entry at \a index (of the view's model) in a dialog of its own, or brings it
    /// to the front when it is open already; nullptr for no entry.
    ActivityEntryDialog *openEntry(const QModelIndex &index);

private:
    void setUpActions();
    void setUpView();
    void applyFilter();
    void updateCount();
    void showError(const QString &error);

    std::unique_ptr<Ui::ActivityPanel> m_ui;
    QPointer<Models::ActivityLog> m_log;
    Models::ActivityLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_showItemsAction = nullptr;
    QList<QPointer<ActivityEntryDialog>> m_entryDialogs;
    QTimer m_filterTimer;
};

} // namespace Gui
