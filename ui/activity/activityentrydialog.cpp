#include "ui/activity/activityentrydialog.h"

#include "ui_activityentrydialog.h"

#include "models/activityitemmodel.h"
#include "models/roles.h"

#include <QtCore/QLocale>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QScreen>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>

namespace Gui {

using Models::ActivityItemModel;

namespace {

/// Rows a column's fit looks at: enough for a run of thousands to size right without reading
/// every row's text.
constexpr int kFitPrecisionRows = 500;

} // namespace

ActivityEntryDialog::ActivityEntryDialog(
    const Models::ActivityEntry &entry, const QList<Models::ActivityItem> &items, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityEntryDialog>())
    , m_model(new ActivityItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_entryId(entry.id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("activityEntryDialog"));
    setWindowTitle(tr("Activity: %1").arg(entry.text));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QFont title = m_ui->entryTitleLabel->font();
    title.setBold(true);
    m_ui->entryTitleLabel->setFont(title);
    m_ui->entryTitleLabel->setText(entry.text);
    m_ui->entryTimeLabel->setText(Models::ActivityEntry::localTimeText(entry.time));
    m_ui->entryTimeLabel->setToolTip(Models::ActivityEntry::isoTimeText(entry.time));
    m_ui->entryActorLabel->setText(entry.actorText());
    m_ui->entryGroupsLabel->setText(entry.groupsText());
    QString outcome = tr("%1: %2").arg(Models::ActivityEntry::outcomeText(entry.outcome), entry.itemsText());
    if (!entry.message.isEmpty())
        outcome += u'\n' + entry.message;
    m_ui->entryOutcomeLabel->setText(outcome);

    m_model->setItems(items);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Models::RawValueRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    QTableView *view = m_ui->itemsTableView;
    view->setModel(m_proxy);
    // Until the person sorts, the plan's order: the order the changes were made in.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setSortIndicatorClearable(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);

    connect(m_ui->itemFilterLineEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActivityEntryDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityEntryDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityEntryDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityEntryDialog::updateCount);

    const bool none = items.isEmpty();
    m_ui->noItemsLabel->setVisible(none);
    m_ui->itemFilterLineEdit->setVisible(!none && items.size() > 1);
    view->setVisible(!none);
    fitColumns();
    updateCount();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    view->setFocus();
}

ActivityEntryDialog::~ActivityEntryDialog() = default;

void ActivityEntryDialog::fitColumns()
{
    QTableView *view = m_ui->itemsTableView;
    QHeaderView *header = view->horizontalHeader();
    header->setResizeContentsPrecision(kFitPrecisionRows);
    header->setMinimumSectionSize(48);
    for (int column = 0; column < ActivityItemModel::ReasonColumn; ++column)
        view->resizeColumnToContents(column);
    // Every column but the reason whole, and the reason as wide as its longest line when the
    // screen allows: a name or a reason cut short is what the dialog is for.
    int width = 0;
    for (int column = 0; column < ActivityItemModel::ReasonColumn; ++column)
        width += header->sectionSize(column);
    view->resizeColumnToContents(ActivityItemModel::ReasonColumn);
    const int reason = std::max(header->sectionSize(ActivityItemModel::ReasonColumn), 160);
    const QMargins margins = layout()->contentsMargins();
    const int wanted = width + reason + view->frameWidth() * 2 + view->verticalScrollBar()->sizeHint().width()
        + margins.left() + margins.right() + 8;
    const QScreen *screen = parentWidget() ? parentWidget()->screen() : this->screen();
    const int available = screen ? screen->availableGeometry().width() * 9 / 10 : 1200;
    resize(std::clamp(wanted, 640, std::max(640, available)), height());
}

void ActivityEntryDialog::updateCount()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0)
        m_ui->itemCountLabel->clear();
    else if (shown == total)
        // Spelled out for one: the app ships no translation that would pick "%n item(s)"'s forms.
        m_ui->itemCountLabel->setText(
            total == 1 ? tr("1 person or group") : tr("%1 people or groups").arg(locale.toString(total)));
    else
        m_ui->itemCountLabel->setText(tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
}

} // namespace Gui
