#include "ui/sharing/accesstab.h"

#include "models/permissionleveltext.h"
#include "models/userrows.h"
#include "ui_accesstab.h"

#include "models/effectiveaccessmodel.h"
#include "models/groupstore.h"
#include "models/workspace.h"
#include "ui/session.h"
#include "ui/widgets/columnfitter.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolBar>

namespace Gui {

using Models::EffectiveAccessModel;

namespace {
/// Whether the Access tab lists deactivated accounts; one choice for every group.
const QString kShowDeactivatedKey = QStringLiteral("workspace/accessShowDeactivated");
} // namespace

AccessTab::AccessTab(Session *session, QWidget *parent)
    : GroupTab(session, QStringLiteral("workspace/accessColumns"), parent)
    , m_ui(std::make_unique<Ui::AccessTab>())
    , m_model(new EffectiveAccessModel(session->workspace(), 0, this))
    , m_proxy(new Models::EffectiveAccessFilterProxyModel(this))
    , m_loadStatusBar(new LoadStatusBar(this))
    , m_toolBar(makeTabToolBar(this, QStringLiteral("accessToolBar")))
{
    m_ui->setupUi(this);
    m_ui->tabLayout->insertWidget(0, m_toolBar);
    // Between the count and the table: loading, and what could not be read, with Retry.
    m_ui->tabLayout->insertWidget(m_ui->tabLayout->indexOf(m_ui->effectiveAccessTableView), m_loadStatusBar);
    m_loadStatusBar->setStatus(m_model->loadStatus());
    m_proxy->setSourceModel(m_model);

    connect(m_ui->accessFilterLineEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_proxy->setFilterText(text.trimmed()); });
    setUpFilterLineEdit(m_ui->accessFilterLineEdit);
    m_ui->accessLevelComboBox->addItem(tr("Any"), -1);
    m_ui->accessLevelComboBox->addItem(
        Models::permissionLevelText(Api::PermissionLevel::Manage), int(Api::PermissionLevel::Manage));
    m_ui->accessLevelComboBox->addItem(
        Models::permissionLevelText(Api::PermissionLevel::Write), int(Api::PermissionLevel::Write));
    m_ui->accessLevelComboBox->addItem(
        Models::permissionLevelText(Api::PermissionLevel::Read), int(Api::PermissionLevel::Read));
    connect(m_ui->accessLevelComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_ui->accessLevelComboBox->currentData().toInt();
        m_proxy->setLevel(level < 0 ? std::nullopt : std::optional(Api::PermissionLevel(level)));
    });

    // In the tab's tool bar, not beside the filter: a tool bar folds what does not fit into its
    // extension menu, so the tab asks no more width of a narrow window than before.
    m_showDeactivatedCheckBox = new QCheckBox(tr("Show &deactivated"), this);
    m_showDeactivatedCheckBox->setObjectName(QStringLiteral("accessShowDeactivatedCheckBox"));
    m_showDeactivatedCheckBox->setToolTip(tr("Also list deactivated accounts that still hold access (dimmed): they "
                                             "cannot sign in, but would reach the group again if reactivated"));
    m_showDeactivatedCheckBox->setChecked(QSettings().value(kShowDeactivatedKey, true).toBool());
    m_proxy->setShowDeactivated(m_showDeactivatedCheckBox->isChecked());
    connect(m_showDeactivatedCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setShowDeactivated(show);
        QSettings().setValue(kShowDeactivatedKey, show);
        updateCount();
    });

    watchCounts({m_model, m_proxy}, m_model->loadStatus(), [this] { updateCount(); });
    connect(m_model, &EffectiveAccessModel::progress, this, &AccessTab::updateCount);
    connect(session->workspace()->groupStore(), &Models::GroupStore::groupChanged, this, [this](qint64 id) {
        if (id == m_model->groupId())
            updateCount();
    });

    setUpView();
    setUpActions();
    updateCount();
}

AccessTab::~AccessTab() = default;

void AccessTab::setUpView()
{
    QTreeView *view = m_ui->effectiveAccessTableView;
    view->setModel(m_proxy);
    QHeaderView *header = view->header();
    // Who, told apart by the e-mail, whether they can sign in, the level, then the ways in,
    // which take the width left (the export keeps the model's order).
    header->moveSection(header->visualIndex(EffectiveAccessModel::ContactColumn), 1);
    header->moveSection(header->visualIndex(EffectiveAccessModel::StatusColumn), 2);
    header->moveSection(header->visualIndex(EffectiveAccessModel::LevelColumn), 3);
    header->moveSection(header->visualIndex(EffectiveAccessModel::ViaColumn), 4);
    header->setMinimumSectionSize(48);
    // As the group list: each column as wide as what it shows, whole (an e-mail or a level cut
    // short says nothing), the ways in taking the rest (their tooltip lists them all).
    m_columnFitter = new ColumnFitter(view, EffectiveAccessModel::ViaColumn);
    for (const int column : {EffectiveAccessModel::PersonColumn, EffectiveAccessModel::ContactColumn,
             EffectiveAccessModel::StatusColumn, EffectiveAccessModel::LevelColumn})
        m_columnFitter->setWhole(column);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_columnFitter, &ColumnFitter::scheduleFit);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_columnFitter, &ColumnFitter::scheduleFit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_columnFitter, &ColumnFitter::scheduleFit);
    // Highest level first; within a level, the model's order (by name) stays, the sort being stable.
    view->sortByColumn(EffectiveAccessModel::LevelColumn, Qt::DescendingOrder);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_copyAction->setEnabled(m_ui->effectiveAccessTableView->selectionModel()->hasSelection()); });
}

void AccessTab::setUpActions()
{
    m_exportAction = makePanelAction(this, QStringLiteral("exportAccessAction"), tr("&Export CSV..."),
        tr("Save who can reach this group (the rows shown, as filtered and sorted here) as a CSV file"),
        "document-save-as", QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_exportAction->setIconText(tr("Export..."));
    connect(m_exportAction, &QAction::triggered, this, &AccessTab::exportCsv);

    m_copyAction = makePanelAction(this, QStringLiteral("copyAccessAction"), tr("&Copy"),
        tr("Copy the selected rows as text, one person a line"), "edit-copy", QStyle::SP_FileIcon,
        QKeySequence(QKeySequence::Copy));
    m_copyAction->setEnabled(false);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        QModelIndexList rows = m_ui->effectiveAccessTableView->selectionModel()->selectedRows();
        std::sort(
            rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        QStringList lines;
        for (const QModelIndex &row : std::as_const(rows)) {
            QStringList cells;
            for (int column = 0; column < EffectiveAccessModel::ColumnCount; ++column)
                cells.append(m_proxy->index(row.row(), column).data().toString());
            lines.append(cells.join(u'\t'));
        }
        copyLines(lines, tr("Copied %n person(s)", nullptr, int(lines.size())));
    });

    m_toolBar->addAction(m_exportAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_showDeactivatedCheckBox);
    QAction *openPerson = makeOpenPersonAction(
        m_ui->effectiveAccessTableView, [](const QModelIndex &index) { return Models::userRefOf(index); }, true);
    setContextMenu(m_ui->effectiveAccessTableView, QStringLiteral("accessContextMenu"),
        {openPerson, nullptr, m_copyAction, nullptr, m_exportAction});
}

qint64 AccessTab::loadedGroupId() const
{
    return m_model->groupId();
}

// A hidden tab waits: loading every share group's members costs requests nobody looks at.
void AccessTab::loadGroup(qint64 groupId)
{
    m_model->setGroup(groupId);
    updateCount();
}

void AccessTab::reloadGroup()
{
    m_model->reload();
    updateCount();
}

QByteArray AccessTab::saveHeaderState() const
{
    return m_columnFitter->saveState();
}

void AccessTab::restoreHeaderState(const QByteArray &state)
{
    // A layout of an earlier version (a bare header state, without the Status column) is not
    // taken: the fitted default is.
    if (!state.isEmpty())
        m_columnFitter->restoreState(state);
}

QString AccessTab::peopleText(int count)
{
    return tr("%n person(s)", nullptr, count);
}

void AccessTab::updateCount()
{
    const QLocale locale;
    const qint64 groupId = m_model->groupId();
    const Models::EffectiveAccessLoader *loader = m_model->loader();
    const QString name = session()->workspace()->groupStore()->name(groupId);
    const Models::EffectiveAccess &access = m_model->access();
    const int total = m_model->rowCount();
    const int deactivated = access.deactivatedCount();
    const bool loaded = groupId && loader && !loader->isLoading() && loader->error().isNull();
    QString text;
    if (!groupId) {
        text.clear();
    } else if (loader && loader->isLoading()) {
        const int groups = loader->shareGroupsLoading();
        if (groups >= 1)
            text = tr("Loading the members of %n group(s)...", nullptr, groups);
        else
            text = tr("Loading the shares of %1...").arg(name);
    } else if (loader && !loader->error().isNull()) {
        text = tr("Who can reach %1 is not known: its shares could not be read.").arg(name);
    } else if (m_proxy->isFiltering()) {
        text = tr("%1 of %2 shown").arg(locale.toString(m_proxy->rowCount()), peopleText(total));
    } else if (total == 0) {
        text = tr("Nobody can reach %1").arg(name);
    } else {
        const QString counts = tr("%1 manage, %2 write, %3 read")
                                   .arg(locale.toString(access.count(Api::PermissionLevel::Manage)),
                                       locale.toString(access.count(Api::PermissionLevel::Write)),
                                       locale.toString(access.count(Api::PermissionLevel::Read)));
        // Who the members of an unreadable share group are is not known: then these are not all.
        const int active = access.activeCount();
        text = access.unreadable.isEmpty()
            ? tr("%n active person(s) can reach %1: %2", nullptr, active).arg(name, counts)
            : tr("At least %n active person(s) can reach %1: %2", nullptr, active).arg(name, counts);
        if (deactivated > 0) {
            // Counted apart: they cannot sign in, but hold access a reactivation gives back.
            text += m_proxy->showsDeactivated()
                ? tr("; %n deactivated account(s) hold access too", nullptr, deactivated)
                : tr("; %n deactivated account(s) hold access too (hidden)", nullptr, deactivated);
        }
    }
    m_ui->accessCountLabel->setText(text);
    m_ui->accessOrganizationAdminsLabel->setText(loaded ? access.organizationAdminsText() : QString());
    m_ui->accessOrganizationAdminsLabel->setVisible(loaded);
    m_showDeactivatedCheckBox->setText(
        deactivated > 0 ? tr("Show %n &deactivated", nullptr, deactivated) : tr("Show &deactivated"));
    m_exportAction->setEnabled(loaded);
}

void AccessTab::exportCsv()
{
    const qint64 groupId = m_model->groupId();
    if (!groupId)
        return;
    // The rows shown, as filtered and sorted here, with ids, usernames and e-mails, and the
    // organization's admins said (the model writes it: headless, tested).
    saveExport(tr("Export Access"), exportFileName(tr("%1 access.csv"), groupId), m_model->csv(m_proxy),
        tr("Saved %n person(s) to %1", nullptr, m_proxy->rowCount()));
}

} // namespace Gui
