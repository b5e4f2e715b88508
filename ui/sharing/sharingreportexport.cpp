#include "ui/sharing/sharingreportexport.h"

#include "models/sharingreport.h"
#include "ui/widgets/csvexport.h"

#include <QtCore/QDate>
#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QFontMetrics>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressDialog>
#include <QtWidgets/QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
/// How many of the groups that could not be read a message names; the rest are counted.
constexpr int kFailuresListed = 10;
} // namespace

SharingReportExport *SharingReportExport::start(
    Models::Workspace *workspace, const QList<qint64> &groupIds, QWidget *parent)
{
    auto *exporter = new SharingReportExport(workspace, groupIds, parent);
    exporter->m_report->start();
    return exporter;
}

SharingReportExport::SharingReportExport(Models::Workspace *workspace, const QList<qint64> &groupIds, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_report(new Models::SharingReport(workspace, groupIds, this))
    , m_progress(new QProgressDialog(parent))
{
    setObjectName(QStringLiteral("sharingReportExport"));
    m_progress->setObjectName(QStringLiteral("sharingReportProgressDialog"));
    m_progress->setWindowTitle(tr("Export Sharing Report"));
    // The count from the start, as it will go on.
    m_progress->setLabelText(progressText(0, int(groupIds.size())));
    m_progress->setRange(0, int(groupIds.size()));
    // Non-modal: the person may go on working while the groups load; Cancel stops it.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400);
    m_progress->setValue(0);
    // As wide as its longest words from the start (the count at its widest, the title the window
    // manager shows with the application's name), so it neither cuts them nor grows as it counts.
    const QString widestLabel = progressText(int(groupIds.size()), int(groupIds.size()));
    const QFontMetrics metrics(m_progress->font());
    QFont titleFont = m_progress->font(); // window managers mostly draw titles bold
    titleFont.setBold(true);
    const QStyle *style = m_progress->style();
    const int margins = 2 * style->pixelMetric(QStyle::PM_LayoutLeftMargin) + metrics.averageCharWidth() * 4;
    const QString title = m_progress->windowTitle() + u" \u2014 "_s + QGuiApplication::applicationDisplayName();
    m_progress->setMinimumWidth(std::max({metrics.horizontalAdvance(widestLabel) + margins,
        QFontMetrics(titleFont).horizontalAdvance(title) + 5 * style->pixelMetric(QStyle::PM_TitleBarHeight),
        m_progress->sizeHint().width()}));
    connect(m_progress, &QProgressDialog::canceled, m_report, &Models::SharingReport::cancel);
    connect(m_report, &Models::SharingReport::progress, m_progress, [this](int done, int total) {
        m_progress->setValue(done);
        m_progress->setLabelText(progressText(done, total));
    });
    connect(m_report, &Models::SharingReport::finished, this, &SharingReportExport::finished);
}

SharingReportExport::~SharingReportExport()
{
    delete m_progress;
}

QString SharingReportExport::progressText(int done, int total)
{
    return tr("Reading who can reach the groups: %1 of %2 done...")
        .arg(QLocale().toString(done), QLocale().toString(total));
}

void SharingReportExport::finished()
{
    m_progress->hide();
    if (m_report->wasCancelled() || !m_parent) {
        Q_EMIT statusMessage(tr("Sharing report cancelled"));
        deleteLater();
        return;
    }
    // Asked from the event loop, not from inside the report's signal.
    QTimer::singleShot(0, this, [this] {
        const QString suggested = tr("sharing report %1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
        const QString path = saveCsv(m_parent, tr("Export Sharing Report"), suggested, m_report->csv());
        const QList<Models::SharingReport::Failure> &failures = m_report->failures();
        if (path.isEmpty()) {
            Q_EMIT statusMessage(tr("Sharing report not saved"));
        } else if (failures.isEmpty()) {
            Q_EMIT statusMessage(tr("Saved the sharing report of %n group(s) to %1", nullptr, m_report->groupCount())
                                     .arg(QDir::toNativeSeparators(path)));
        } else {
            Q_EMIT statusMessage(tr(
                "Saved the sharing report to %1; %n group(s) could not be read in full", nullptr, int(failures.size()))
                                     .arg(QDir::toNativeSeparators(path)));
            QStringList lines;
            for (const Models::SharingReport::Failure &failure : failures.mid(0, kFailuresListed))
                lines.append(tr("%1: %2").arg(failure.groupName, failure.message));
            if (failures.size() > kFailuresListed)
                lines.append(tr("... and %n more", nullptr, int(failures.size() - kFailuresListed)));
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Sharing Report"),
                tr("The report is saved, but what %n group(s) could not be read is missing from it (rows of kind "
                   "\"error\" say so in the file).",
                    nullptr, int(failures.size())),
                QMessageBox::Ok, m_parent);
            box->setObjectName(QStringLiteral("sharingReportFailuresBox"));
            box->setDetailedText(lines.join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        deleteLater();
    });
}

} // namespace Gui
