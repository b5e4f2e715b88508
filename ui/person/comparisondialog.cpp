#include "ui/person/comparisondialog.h"

#include "ui_comparisondialog.h"

#include "models/membershipcomparison.h"
#include "models/roles.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/longtext.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QSortFilterProxyModel>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QPushButton>

namespace Gui {

using Models::MembershipComparison;

/// Filters the comparison by a text in the group's name or slug and by side (-1: every side).
class ComparisonDialog::SideFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }
    void setSide(int side)
    {
        m_side = side;
        invalidateFilter();
    }
    bool isFiltering() const { return !m_text.isEmpty() || m_side >= 0; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QAbstractItemModel *model = sourceModel();
        if (m_side >= 0
            && model->index(sourceRow, MembershipComparison::SideColumn, sourceParent).data(Models::KindRole).toInt()
                != m_side)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int column : {int(MembershipComparison::GroupColumn), int(MembershipComparison::SlugColumn)}) {
            if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
    int m_side = -1;
};

ComparisonDialog::ComparisonDialog(
    Models::Workspace *workspace, const Models::UserRef &a, const Models::UserRef &b, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ComparisonDialog>())
    , m_comparison(new MembershipComparison(workspace, this))
    , m_proxy(new SideFilter(this))
    , m_loadStatusBar(new LoadStatusBar(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("comparisonDialog"));
    setWindowTitle(tr("Compare %1 and %2").arg(elidedName(a.name, this, 24), elidedName(b.name, this, 24)));
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->comparisonTreeView), m_loadStatusBar);
    m_loadStatusBar->setStatus(m_comparison->loadStatus());
    m_proxy->setSourceModel(m_comparison);
    m_proxy->setSortRole(Models::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_ui->comparisonTreeView->setModel(m_proxy);
    m_ui->comparisonTreeView->header()->setSectionResizeMode(MembershipComparison::GroupColumn, QHeaderView::Stretch);
    m_ui->comparisonTreeView->header()->setStretchLastSection(false);
    m_ui->comparisonTreeView->header()->resizeSection(MembershipComparison::SlugColumn, 170);
    m_ui->comparisonTreeView->header()->resizeSection(MembershipComparison::SideColumn, 200);
    m_ui->comparisonTreeView->sortByColumn(MembershipComparison::GroupColumn, Qt::AscendingOrder);

    m_ui->sideComboBox->addItem(tr("All groups"), -1);
    m_ui->sideComboBox->addItem(
        tr("Only %1").arg(elidedName(a.name, this, 24)), int(MembershipComparison::Side::OnlyA));
    m_ui->sideComboBox->addItem(tr("Both"), int(MembershipComparison::Side::Both));
    m_ui->sideComboBox->addItem(
        tr("Only %1").arg(elidedName(b.name, this, 24)), int(MembershipComparison::Side::OnlyB));
    connect(m_ui->sideComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSide(m_ui->sideComboBox->currentData().toInt());
        updateCount();
    });
    setUpFilterLineEdit(m_ui->comparisonFilterLineEdit);
    connect(m_ui->comparisonFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text.trimmed());
        updateCount();
    });

    m_ui->copyToButton->setText(tr("&Copy to %1...").arg(elidedName(b.name, this, 24)));
    m_ui->copyToButton->setToolTip(
        tr("Make %1 a member of every group %2 is in, with the plan shown first").arg(b.name, a.name));
    connect(m_ui->copyToButton, &QPushButton::clicked, this,
        [this] { Q_EMIT copyRequested(m_comparison->personA(), m_comparison->personB()); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ComparisonDialog::exportCsv);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comparison, &MembershipComparison::compared, this, &ComparisonDialog::updateCount);
    connect(m_comparison->loadStatus(), &Models::LoadStatus::loadingChanged, this, &ComparisonDialog::updateCount);

    m_comparison->setPeople(a, b);
    resize(760, 560);
    keepWithinScreenWhenShown(this);
    updateCount();
}

ComparisonDialog::~ComparisonDialog()
{
    // The comparison cancels its loads as it goes: what it says then is for nobody.
    disconnect(m_comparison, nullptr, this, nullptr);
    disconnect(m_comparison->loadStatus(), nullptr, this, nullptr);
}

QSortFilterProxyModel *ComparisonDialog::proxy() const
{
    return m_proxy;
}

void ComparisonDialog::updateCount()
{
    const QLocale locale;
    const int total = m_comparison->rowCount();
    const bool complete = m_comparison->isComplete();
    m_ui->summaryLabel->setText(complete
            ? m_comparison->summaryText()
            : tr("Reading the groups of %1 and %2...").arg(m_comparison->personA().name, m_comparison->personB().name));
    m_ui->countLabel->setText(m_proxy->isFiltering()
            ? tr("%1 of %2 shown").arg(locale.toString(m_proxy->rowCount()), locale.toString(total))
            : (total == 1 ? tr("1 group") : tr("%1 groups").arg(locale.toString(total))));
    m_ui->exportButton->setEnabled(complete && m_proxy->rowCount() > 0);
    m_ui->copyToButton->setEnabled(complete);
}

void ComparisonDialog::exportCsv()
{
    const QString a = fileNamePart(m_comparison->personA().username);
    const QString b = fileNamePart(m_comparison->personB().username);
    const int rows = m_proxy->rowCount();
    const QString path
        = saveCsv(this, tr("Export Comparison"), tr("%1 and %2 groups.csv").arg(a, b), m_comparison->csv(m_proxy));
    if (!path.isEmpty())
        Q_EMIT statusMessage(rows == 1
                ? tr("Saved 1 group to %1").arg(QDir::toNativeSeparators(path))
                : tr("Saved %1 groups to %2").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
}

} // namespace Gui
