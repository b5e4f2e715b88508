#include "ui/person/personaccesstab.h"

#include "ui_personaccesstab.h"

#include "models/permissionleveltext.h"
#include "models/personaccessloader.h"
#include "models/personaccessmodel.h"
#include "ui/widgets/columnfitter.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>

namespace Gui {

using Models::PersonAccessModel;
using Models::PersonAccessScope;

namespace {

enum ScopeChoice { ScopeManaged, ScopeListed, ScopeAllReadable };

const QString kAccessColumnsKey = QStringLiteral("personPage/accessColumns");

} // namespace

PersonAccessTab::PersonAccessTab(Models::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PersonAccessTab>())
    , m_model(new PersonAccessModel(workspace, this))
    , m_proxy(new Models::PersonAccessFilterProxyModel(this))
    , m_loadStatusBar(new LoadStatusBar(this))
{
    m_ui->setupUi(this);
    // The page sits beside the group list: its rows must not ask for more width than the list
    // leaves. The scope has a row of its own, so its wording stays whole; the progress bar and
    // the count give way first.
    m_ui->accessProgressBar->setMinimumWidth(60);
    m_ui->accessCountLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->tabLayout->insertWidget(m_ui->tabLayout->indexOf(m_ui->accessTreeView), m_loadStatusBar);
    m_loadStatusBar->setStatus(m_model->loadStatus());
    m_proxy->setSourceModel(m_model);
    // Its room stays while it is hidden: the buttons beside it keep their size and place.
    QSizePolicy barPolicy = m_ui->accessProgressBar->sizePolicy();
    barPolicy.setRetainSizeWhenHidden(true);
    m_ui->accessProgressBar->setSizePolicy(barPolicy);
    m_ui->accessTreeView->setModel(m_proxy);
    setUpColumns();

    m_ui->scopeComboBox->addItem(tr("Groups you manage"), int(ScopeManaged));
    m_ui->scopeComboBox->addItem(tr("Every group you can read"), int(ScopeAllReadable));
    m_ui->levelComboBox->addItem(tr("Any"), -1);
    for (Api::PermissionLevel level :
        {Api::PermissionLevel::Read, Api::PermissionLevel::Write, Api::PermissionLevel::Manage})
        m_ui->levelComboBox->addItem(Models::permissionLevelText(level), int(level));
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_ui->levelComboBox->currentData().toInt();
        m_proxy->setLevel(level < 0 ? std::nullopt : std::optional<Api::PermissionLevel>(Api::PermissionLevel(level)));
        update();
    });
    setUpFilterLineEdit(m_ui->accessFilterLineEdit);
    connect(m_ui->accessFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text.trimmed());
        update();
    });

    connect(m_ui->startAccessButton, &QPushButton::clicked, this, &PersonAccessTab::start);
    connect(m_ui->cancelAccessButton, &QPushButton::clicked, m_model, &PersonAccessModel::cancel);
    connect(m_ui->exportAccessButton, &QPushButton::clicked, this, &PersonAccessTab::exportCsv);
    connect(m_model, &PersonAccessModel::progress, this, [this](int done, int total) {
        m_ui->accessProgressBar->setRange(0, std::max(total, 1));
        m_ui->accessProgressBar->setValue(done);
    });
    connect(m_model, &PersonAccessModel::accessChanged, this, [this] {
        update();
        const Models::PersonAccessLoader *loader = m_model->loader();
        // Only a whole look-up: shares not found because it stopped would be said to be none.
        if (loader->isFinished() && loader->error().isNull())
            Q_EMIT directSharesFound(m_model->directShares());
    });
    connect(m_model->loadStatus(), &Models::LoadStatus::loadingChanged, this, &PersonAccessTab::update);
    update();
}

PersonAccessTab::~PersonAccessTab()
{
    QSettings().setValue(kAccessColumnsKey, m_columnFitter->saveState());
    // The model cancels its look-up as it goes: what it says then is for nobody.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_model->loadStatus(), nullptr, this, nullptr);
}

void PersonAccessTab::setUpColumns()
{
    QHeaderView *header = m_ui->accessTreeView->header();
    // The group, its id, the level and the account's state first, whole (a level cut short says
    // nothing); the ways in last, taking the width left (their tooltip lists them all).
    header->moveSection(header->visualIndex(PersonAccessModel::StatusColumn), PersonAccessModel::WaysColumn);
    header->setMinimumSectionSize(48);
    m_columnFitter = new ColumnFitter(m_ui->accessTreeView, PersonAccessModel::WaysColumn);
    for (const int column :
        {PersonAccessModel::GroupIdColumn, PersonAccessModel::LevelColumn, PersonAccessModel::StatusColumn})
        m_columnFitter->setWhole(column);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_columnFitter, &ColumnFitter::scheduleFit);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_columnFitter, &ColumnFitter::scheduleFit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_columnFitter, &ColumnFitter::scheduleFit);
    m_ui->accessTreeView->sortByColumn(PersonAccessModel::LevelColumn, Qt::DescendingOrder);
    // As the person last left them on any person's page; a state of another version is refused.
    m_columnFitter->restoreState(QSettings().value(kAccessColumnsKey).toByteArray());
}

void PersonAccessTab::setPerson(const Models::UserRef &person)
{
    m_person = person;
    update();
}

void PersonAccessTab::setListedGroups(const QAbstractItemModel *groups)
{
    m_listedGroups = groups;
    const int index = m_ui->scopeComboBox->findData(int(ScopeListed));
    if (groups && index < 0) {
        m_ui->scopeComboBox->insertItem(1, tr("Groups listed now"), int(ScopeListed));
        m_ui->scopeComboBox->setItemData(1,
            tr("The groups the group list shows when Start is pressed (those loaded so far, as filtered)"),
            Qt::ToolTipRole);
    } else if (!groups && index >= 0) {
        m_ui->scopeComboBox->removeItem(index);
    }
}

PersonAccessScope PersonAccessTab::scope() const
{
    switch (m_ui->scopeComboBox->currentData().toInt()) {
    case ScopeManaged:
        return PersonAccessScope::managed();
    case ScopeListed:
        // Taken when Start is pressed: what the list shows then is what the person meant. A list
        // gone (the window's session ended) lists nothing, never every group instead.
        return m_listedGroups ? PersonAccessScope::listed(m_listedGroups) : PersonAccessScope::groups({});
    default:
        break;
    }
    return PersonAccessScope::allReadable();
}

void PersonAccessTab::start()
{
    if (!m_person.id)
        return;
    const PersonAccessScope scope = this->scope();
    m_ui->accessProgressBar->setRange(0, 0); // busy until the scope is listed
    m_model->setPerson(m_person.id, scope);
    Q_EMIT statusMessage(tr("Looking up what %1 can reach in %2...").arg(m_person.name, scope.text()));
    update();
}

void PersonAccessTab::update()
{
    const Models::PersonAccessLoader *loader = m_model->loader();
    const bool loading = m_model->loadStatus()->isLoading();
    m_ui->startAccessButton->setEnabled(m_person.id != 0 && !loading);
    m_ui->startAccessButton->setText(m_model->userId() ? tr("Look Up &Again") : tr("&Start"));
    m_ui->cancelAccessButton->setEnabled(loading);
    m_ui->accessProgressBar->setVisible(loading);
    m_ui->exportAccessButton->setEnabled(!loading && m_model->userId() && loader->isFinished());

    const QLocale locale;
    const Models::PersonAccessResult &result = m_model->result();
    const int total = m_model->rowCount();
    if (!m_model->userId()) {
        m_ui->accessSummaryLabel->setText(
            tr("The API cannot say which groups are shared with a person: Start reads the shares of every group "
               "looked through."));
    } else if (loading) {
        m_ui->accessSummaryLabel->setText(
            tr("Reading the shares of %1: %2 of %3 groups...")
                .arg(m_model->scope().text(), locale.toString(loader->done()), locale.toString(loader->total())));
    } else {
        QString text = (total == 1 ? tr("%1 reaches 1 group of the %2 looked through (%3).")
                                   : tr("%1 reaches %4 groups of the %2 looked through (%3)."))
                           .arg(result.name.isEmpty() ? m_person.name : result.name, locale.toString(result.scopeSize),
                               m_model->scope().text(), locale.toString(total));
        const qsizetype direct = result.directShares().size();
        if (direct > 0)
            text += u' '
                + (direct == 1 ? tr("1 share is held directly.")
                               : tr("%1 shares are held directly.").arg(locale.toString(direct)));
        if (result.isDeactivated())
            text += u' ' + tr("The account is deactivated: it holds this access but cannot sign in.");
        if (m_model->loadStatus()->isStale())
            text += u' ' + tr("The look-up was cancelled: the groups not yet read are not listed.");
        m_ui->accessSummaryLabel->setText(text);
    }
    m_ui->accessCountLabel->setText(m_proxy->isFiltering()
            ? tr("%1 of %2 shown").arg(locale.toString(m_proxy->rowCount()), locale.toString(total))
            : (total == 1 ? tr("1 group") : tr("%1 groups").arg(locale.toString(total))));
}

void PersonAccessTab::exportCsv()
{
    const QString base = fileNamePart(m_person.username.isEmpty() ? m_person.name : m_person.username);
    const QString path = saveCsv(this, tr("Export Access"), tr("%1 access.csv").arg(base), m_model->csv(m_proxy));
    if (!path.isEmpty())
        Q_EMIT statusMessage(tr("Saved the access of %1 to %2").arg(m_person.name, QDir::toNativeSeparators(path)));
}

} // namespace Gui
