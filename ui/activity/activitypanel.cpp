#include "ui/activity/activitypanel.h"

#include "ui_activitypanel.h"

#include "models/activitylog.h"
#include "models/activitylogmodel.h"
#include "models/roles.h"
#include "ui/activity/activityentrydialog.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QDate>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyle>

namespace Gui {

using Models::ActivityFilter;
using Models::ActivityLogModel;

namespace {

/// The header's state; "-v2" since the By column came (a state of fewer columns would not fit).
const QString kColumnsKey = QStringLiteral("activity/columns-v2");
/// Typing pauses this long before the log's file is queried again.
constexpr int kFilterDebounceMs = 200;

/// Sorts on the raw values and gives the Outcome column its icon (the style's, which the
/// models, without widgets, do not reach).
class ActivitySortModel : public QSortFilterProxyModel
{
public:
    explicit ActivitySortModel(const QWidget *widget, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_icons{
              themeIcon(widget, "emblem-ok", QStyle::SP_DialogApplyButton),
              themeIcon(widget, "dialog-warning", QStyle::SP_MessageBoxWarning),
              themeIcon(widget, "dialog-error", QStyle::SP_MessageBoxCritical),
              themeIcon(widget, "process-stop", QStyle::SP_BrowserStop),
          }
    {
        setSortRole(Models::RawValueRole);
        setSortLocaleAware(true);
        setSortCaseSensitivity(Qt::CaseInsensitive);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ActivityLogModel::OutcomeColumn) {
            const int outcome = QSortFilterProxyModel::data(index, Models::RawValueRole).toInt();
            if (outcome >= 0 && outcome < int(std::size(m_icons)))
                return m_icons[outcome];
        }
        return QSortFilterProxyModel::data(index, role);
    }

private:
    /// By ActivityEntry::Outcome: done, partly done, failed, cancelled.
    QIcon m_icons[4];
};

} // namespace

ActivityPanel::ActivityPanel(Models::ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivityPanel>())
    , m_log(log)
    , m_model(new ActivityLogModel(log, this))
    , m_proxy(new ActivitySortModel(this, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("activityPanel"));
    m_proxy->setSourceModel(m_model);
    setUpActions();
    setUpView();

    m_ui->activityOutcomeComboBox->addItem(tr("All outcomes"), int(ActivityFilter::Outcomes::All));
    m_ui->activityOutcomeComboBox->addItem(tr("Failed or partly done"), int(ActivityFilter::Outcomes::NotDone));
    m_ui->activityOutcomeComboBox->addItem(tr("Done"), int(ActivityFilter::Outcomes::Done));
    connect(m_ui->activityOutcomeComboBox, &QComboBox::activated, this, &ActivityPanel::applyFilter);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(kFilterDebounceMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &ActivityPanel::applyFilter);
    connect(m_ui->activityFilterLineEdit, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_ui->activityFilterLineEdit, &QLineEdit::returnPressed, this, &ActivityPanel::applyFilter);
    m_ui->activityFilterLineEdit->addAction(
        themeIcon(this, "edit-find", QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);

    connect(m_model, &ActivityLogModel::totalCountChanged, this, &ActivityPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateCount);
    m_ui->activityErrorLabel->hide();
    if (!m_log) {
        showError(tr("No activity log: not signed in."));
    } else {
        connect(m_log, &Models::ActivityLog::errorOccurred, this, &ActivityPanel::showError);
        if (!m_log->isOpen())
            showError(m_log->errorString());
    }
    updateCount();
}

ActivityPanel::~ActivityPanel()
{
    QSettings().setValue(kColumnsKey, m_ui->activityView->header()->saveState());
}

void ActivityPanel::setUpActions()
{
    m_exportAction = new QAction(themeIcon(this, "document-save-as", QStyle::SP_DialogSaveButton), tr("&Export CSV..."), this);
    m_exportAction->setObjectName(QStringLiteral("exportActivityAction"));
    m_exportAction->setToolTip(tr("Save the entries shown (all of them, not only those scrolled to) as a CSV file"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_exportAction, &QAction::triggered, this, &ActivityPanel::exportCsv);
    addAction(m_exportAction);
    m_ui->exportActivityButton->setDefaultAction(m_exportAction);

    m_copyAction = new QAction(themeIcon(this, "edit-copy", QStyle::SP_FileDialogDetailedView), tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("copyActivityAction"));
    m_copyAction->setToolTip(tr("Copy the selected entries as text"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ActivityPanel::copySelection);

    m_showItemsAction = new QAction(
        themeIcon(this, "document-open", QStyle::SP_FileDialogInfoView), tr("&Show Whom It Touched..."), this);
    m_showItemsAction->setObjectName(QStringLiteral("showActivityItemsAction"));
    m_showItemsAction->setToolTip(
        tr("Open the entry: each person or group the change touched, and how it ended for them"));
    connect(m_showItemsAction, &QAction::triggered, this, [this] { openEntry(m_ui->activityView->currentIndex()); });

    // The view's context menu: open the entry, Copy, and what the toolbar button does.
    QTreeView *view = m_ui->activityView;
    view->addAction(m_showItemsAction);
    view->addAction(m_copyAction);
    auto *separator = new QAction(view);
    separator->setSeparator(true);
    view->addAction(separator);
    view->addAction(m_exportAction);
}

void ActivityPanel::setUpView()
{
    QTreeView *view = m_ui->activityView;
    view->setModel(m_proxy);
    QHeaderView *header = view->header();
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for "12/31/24 11:59 PM", "Add 120 users to Boston Office" and a name with its id.
    const QFontMetrics metrics = view->fontMetrics();
    const auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    header->resizeSection(ActivityLogModel::TimeColumn,
        width(ActivityLogModel::timeText(QDateTime(QDate(2024, 12, 31), QTime(23, 59)))));
    header->resizeSection(ActivityLogModel::ChangeColumn, width(QStringLiteral("Move 120 users from Data Quality to Boston Office")));
    header->resizeSection(ActivityLogModel::GroupColumn, width(QStringLiteral("Boston Office (12345)")));
    header->resizeSection(ActivityLogModel::ItemsColumn, width(QStringLiteral("1,117 of 1,200 done, 20 already so, 63 failed")));
    header->resizeSection(ActivityLogModel::OutcomeColumn, width(QStringLiteral("Partly done")) + 20);
    header->resizeSection(ActivityLogModel::ActorColumn, width(QStringLiteral("firstname.lastname")));
    header->restoreState(QSettings().value(kColumnsKey).toByteArray());
    // Newest first: the order the log gives; the header sorts the entries paged in.
    view->sortByColumn(ActivityLogModel::TimeColumn, Qt::DescendingOrder);
    m_copyAction->setEnabled(false);
    m_showItemsAction->setEnabled(false);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool selected = m_ui->activityView->selectionModel()->hasSelection();
        m_copyAction->setEnabled(selected);
        m_showItemsAction->setEnabled(selected);
    });
    // Double-click, or Enter on the current entry: whom it touched.
    connect(view, &QAbstractItemView::activated, this, &ActivityPanel::openEntry);
}

ActivityEntryDialog *ActivityPanel::openEntry(const QModelIndex &index)
{
    if (!index.isValid() || !m_log)
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid())
        return nullptr;
    const Models::ActivityEntry &entry = m_model->entry(source.row());
    // An entry already open comes to the front rather than opening twice.
    for (const QPointer<ActivityEntryDialog> &open : std::as_const(m_entryDialogs)) {
        if (open && open->entryId() == entry.id) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    const QList<Models::ActivityItem> items = entry.itemList.isEmpty() ? m_log->items(entry.id) : entry.itemList;
    auto *dialog = new ActivityEntryDialog(entry, items, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_entryDialogs.removeAll(nullptr);
    m_entryDialogs.append(dialog);
    dialog->show();
    return dialog;
}

void ActivityPanel::applyFilter()
{
    m_filterTimer.stop();
    ActivityFilter filter;
    filter.text = m_ui->activityFilterLineEdit->text();
    filter.outcomes = ActivityFilter::Outcomes(m_ui->activityOutcomeComboBox->currentData().toInt());
    const ActivityFilter current = m_model->filter();
    if (filter.text.trimmed() == current.text.trimmed() && filter.outcomes == current.outcomes)
        return;
    m_model->setFilter(filter);
}

void ActivityPanel::updateCount()
{
    const QLocale locale;
    const int shown = m_model->totalCount();
    QString text;
    if (!m_log) {
        text = QString();
    } else if (m_model->filter().isEmpty()) {
        text = shown == 0 ? tr("No changes made yet on this connection")
            : shown == 1  ? tr("1 change")
                          : tr("%1 changes").arg(locale.toString(shown));
    } else {
        text = tr("%1 of %2 changes").arg(locale.toString(shown), locale.toString(m_log->count()));
    }
    m_ui->activityCountLabel->setText(text);
    m_exportAction->setEnabled(m_log && shown > 0);
}

void ActivityPanel::showError(const QString &error)
{
    m_ui->activityErrorLabel->setText(error);
    m_ui->activityErrorLabel->setVisible(!error.isEmpty());
}

void ActivityPanel::exportCsv()
{
    if (!m_log)
        return;
    // Read and written in a worker: years of entries take longer than the window may stall.
    m_exportAction->setEnabled(false);
    m_ui->activityCountLabel->setText(tr("Preparing the export..."));
    m_log->csvLater(m_model->filter(), this, [this](const QByteArray &csv) {
        updateCount();
        const QString name = tr("activity-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
        saveCsv(this, tr("Export the activity log"), name, csv);
    });
}

void ActivityPanel::copySelection() const
{
    const QModelIndexList rows = m_ui->activityView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<QModelIndex> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : sorted) {
        QStringList cells;
        for (int column = 0; column < ActivityLogModel::ColumnCount; ++column)
            cells.append(row.siblingAtColumn(column).data().toString());
        lines.append(cells.join(u'\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace Gui
