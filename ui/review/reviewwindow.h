#pragma once

#include "models/reviewstore.h"

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <memory>

class QTableView;

namespace Models {
class ReviewApply;
class ReviewFilterProxyModel;
class ReviewLoader;
class ReviewModel;
class ReviewReportWriter;
} // namespace Models

namespace Ui {
class ReviewWindow;
}

namespace Gui {

class Session;

/// One access review's window (issue 25), "Access review: NAME", non-modal and top-level; one
/// per review (ReviewWindows sees to that). The review's rows (Models::ReviewModel through
/// ReviewFilterProxyModel) in a sortable table filtered by text, undecided, deactivated,
/// indirect, group and retired; the progress line always shown, with a bar and Cancel while the
/// server is read. Keyboard-first: K keeps, R removes, L lowers to read, Shift+L to write,
/// Backspace takes a decision back, N edits the note; each decides every selected row at once,
/// and the cursor moves to the next row. Reload from Server reads the scope again and says what
/// changed; Apply... reads what the server holds now, asks (a group left without a manager needs
/// an explicit yes), and runs the changes as one undoable change in the Changes dock, the
/// outcomes filling the Outcome column as they come. Export CSV... and Export PDF... save the
/// report. Geometry and column layout are kept in the settings.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT

public:
    ReviewWindow(Session *session, qint64 reviewId, QWidget *parent = nullptr);
    ~ReviewWindow() override;

    qint64 reviewId() const { return m_reviewId; }
    Models::ReviewModel *model() const { return m_model; }
    Models::ReviewFilterProxyModel *proxy() const { return m_proxy; }
    Models::ReviewLoader *loader() const { return m_loader; }
    QTableView *tableView() const;
    /// The apply being prepared or run; nullptr when none.
    Models::ReviewApply *reviewApply() const;

    /// Reads the review's scope from the server (again): Reload from Server.
    void reload();
    /// Decides the selected rows (or the current one) as \a decision; the cursor moves on.
    void decideSelected(Models::ReviewRow::Decision decision);
    /// Opens the note of the current row for editing.
    void editNote();
    /// Apply...: prepares, then asks.
    void apply();
    void exportCsv() { exportReport(false); }
    void exportPdf() { exportReport(true); }
    Models::ReviewReportWriter *reportWriter() const { return m_writer; }
    /// Reads the review's name and dates again (renamed from the list of reviews).
    void refreshInfo();
    /// Saves the geometry and the column layout (closing does too).
    void saveSettings() const;

Q_SIGNALS:
    /// Something for the main window's status bar.
    void statusMessage(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpTable();
    void setUpProgress();
    void showColumnMenu(const QPoint &position);
    void setUpFilters();
    void restoreSettings();
    void fillGroupCombo();
    void updateTitle();
    void updateProgress();
    void updateActions();
    void readAgainUnlessApplied();
    void loadFinished();
    void applyPrepared();
    void askToApply();
    void confirmNoManager();
    void runApply();
    void toggleCompleted();
    /// The rows selected (or the current one) as the proxy numbers them, ascending.
    QList<int> selectedProxyRows() const;
    /// The source rows selected (or the current one), in the order shown.
    QList<int> selectedSourceRows() const;
    /// Makes the proxy row of source row \a sourceRow (else proxy row \a fallback) current.
    void moveTo(int sourceRow, int fallback);
    QString reportFileName(const QString &suffix) const;
    /// Asks where to save the report as \a pdf or CSV, then writes it on a worker thread.
    void exportReport(bool pdf);
    void reportWritten(bool ok, int pages, const QString &error);

    std::unique_ptr<Ui::ReviewWindow> m_ui;
    Session *m_session;
    QPointer<Models::ReviewStore> m_store;
    qint64 m_reviewId;
    Models::ReviewInfo m_info;
    Models::ReviewModel *m_model;
    Models::ReviewFilterProxyModel *m_proxy;
    Models::ReviewLoader *m_loader;
    QPointer<Models::ReviewApply> m_apply;
    Models::ReviewReportWriter *m_writer;
    QString m_reportPath; ///< Where the report being written goes.
};

} // namespace Gui
