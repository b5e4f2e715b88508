#pragma once

#include <QtCore/QObject>
#include <QtCore/QPointer>

class QProgressDialog;
class QWidget;

namespace Models {
class SharingReport;
class Workspace;
} // namespace Models

namespace Gui {

/// Export Sharing Report...: loads the sharing report of the selected groups without blocking
/// (a non-modal progress dialog with Cancel, the window stays usable), then asks where to save
/// it (saveCsv) and says in the status bar what was saved and what could not be read. It deletes
/// itself when done.
class SharingReportExport : public QObject
{
    Q_OBJECT

public:
    /// Starts the report of \a groupIds; its dialogs are \a parent's.
    static SharingReportExport *start(Models::Workspace *workspace, const QList<qint64> &groupIds, QWidget *parent);
    ~SharingReportExport() override;

    Models::SharingReport *report() const { return m_report; }
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    /// Something to tell the person in the status bar.
    void statusMessage(const QString &message);

private:
    SharingReportExport(Models::Workspace *workspace, const QList<qint64> &groupIds, QWidget *parent);
    void finished();
    /// "Reading who can reach the groups: 12 of 40 done...".
    static QString progressText(int done, int total);

    QPointer<QWidget> m_parent;
    Models::SharingReport *m_report;
    QProgressDialog *m_progress;
};

} // namespace Gui
