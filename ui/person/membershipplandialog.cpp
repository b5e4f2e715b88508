#include "ui/person/membershipplandialog.h"

#include "ui_membershipplandialog.h"

#include "models/changeoperation.h"
#include "models/membershipcomparison.h"
#include "models/workspace.h"
#include "ui/sharing/shareplanconfirmation.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/longtext.h"
#include "ui/widgets/messagebar.h"

#include <QtCore/QLocale>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QPushButton>

namespace Gui {

using Models::MembershipPlan;

namespace {

QString actionText(MembershipPlan::Action action)
{
    switch (action) {
    case MembershipPlan::Action::Join:
        return MembershipPlanDialog::tr("Join");
    case MembershipPlan::Action::Leave:
        return MembershipPlanDialog::tr("Leave");
    case MembershipPlan::Action::RevokeShare:
        return MembershipPlanDialog::tr("Revoke share");
    }
    return {};
}

} // namespace

MembershipPlanDialog::MembershipPlanDialog(Models::Workspace *workspace, MembershipPlan::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MembershipPlanDialog>())
    , m_workspace(workspace)
    , m_kind(kind)
    , m_loadStatusBar(new LoadStatusBar(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("membershipPlanDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->dialogLayout->insertWidget(1, m_loadStatusBar);
    m_ui->noManagerFrame->hide();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("applyButton"));
    ok->setText(tr("Apply"));
    ok->setEnabled(false);
    // Cancel is what Enter does until the plan is read and looked at.
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    for (QTreeWidget *tree : {m_ui->changesTreeWidget, m_ui->refusedTreeWidget}) {
        tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        tree->header()->setStretchLastSection(true);
        tree->sortByColumn(1, Qt::AscendingOrder);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MembershipPlanDialog::confirm);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->exactCheckBox, &QCheckBox::toggled, this, &MembershipPlanDialog::replan);
    connect(m_ui->revokeSharesCheckBox, &QCheckBox::toggled, this, &MembershipPlanDialog::replan);
    resize(680, 560);
    keepWithinScreenWhenShown(this);
}

MembershipPlanDialog::~MembershipPlanDialog()
{
    // The comparison cancels its loads as it goes: what it says then is for nobody.
    if (m_comparison)
        disconnect(m_comparison, nullptr, this, nullptr);
}

MembershipPlanDialog *MembershipPlanDialog::copy(
    Models::Workspace *workspace, const Models::UserRef &from, const Models::UserRef &to, QWidget *parent)
{
    auto *dialog = new MembershipPlanDialog(workspace, MembershipPlan::Kind::Copy, parent);
    dialog->setWindowTitle(tr("Copy Memberships"));
    dialog->m_ui->revokeSharesCheckBox->hide();
    dialog->m_ui->sharesNotLookedUpLabel->hide();
    dialog->m_ui->exactCheckBox->setText(tr("Match &exactly: %1 also leaves the groups %2 is not in")
                                             .arg(elidedName(to.name, dialog), elidedName(from.name, dialog)));
    dialog->m_ui->descriptionLabel->setText(
        tr("Reading the groups of %1 and %2...").arg(elidedName(from.name, dialog), elidedName(to.name, dialog)));
    dialog->m_comparison = new Models::MembershipComparison(workspace, dialog);
    dialog->m_loadStatusBar->setStatus(dialog->m_comparison->loadStatus());
    connect(dialog->m_comparison, &Models::MembershipComparison::compared, dialog, &MembershipPlanDialog::replan);
    dialog->m_comparison->setPeople(from, to);
    return dialog;
}

MembershipPlanDialog *MembershipPlanDialog::offboarding(Models::Workspace *workspace, const Models::UserRef &person,
    const QList<Api::NamedRef> &groups, const std::optional<QList<MembershipPlan::DirectShare>> &shares,
    QWidget *parent, const QList<Api::NamedRef> &unseen)
{
    auto *dialog = new MembershipPlanDialog(workspace, MembershipPlan::Kind::Offboarding, parent);
    dialog->setWindowTitle(tr("Remove from All Groups"));
    dialog->m_ui->exactCheckBox->hide();
    dialog->m_person = person;
    dialog->m_groups = groups;
    dialog->m_unseen = unseen;
    dialog->m_shares = shares;
    const int n = shares ? int(shares->size()) : 0;
    // The option is there once the shares were looked up, and only when there is one to revoke.
    dialog->m_ui->revokeSharesCheckBox->setVisible(shares && n > 0);
    dialog->m_ui->revokeSharesCheckBox->setText(n == 1
            ? tr("Also &revoke the share they hold directly")
            : tr("Also &revoke the %1 shares they hold directly").arg(QLocale().toString(n)));
    dialog->m_ui->sharesNotLookedUpLabel->setVisible(!shares);
    dialog->replan();
    return dialog;
}

void MembershipPlanDialog::replan()
{
    if (!m_workspace)
        return;
    const Models::GroupStore *store = m_workspace->groupStore();
    ++m_serial;
    if (m_kind == MembershipPlan::Kind::Copy) {
        // "Only" means something once both lists are whole.
        if (!m_comparison->isComplete()) {
            setReady(false);
            return;
        }
        m_plan = MembershipPlan::copy(store, *m_comparison, m_ui->exactCheckBox->isChecked());
        showPlan();
        setReady(true);
        return;
    }
    m_plan = MembershipPlan::offboarding(store, m_person, m_groups,
        m_shares.value_or(QList<MembershipPlan::DirectShare>()), m_ui->revokeSharesCheckBox->isChecked(), m_unseen);
    showPlan();
    if (m_plan.count(MembershipPlan::Action::RevokeShare) == 0) {
        setReady(true);
        return;
    }
    // Whether a revoke leaves a group with no manager is known once its shares are read.
    setReady(false);
    m_ui->noManagerFrame->showMessage(
        MessageBar::Information, tr("Reading the shares of the groups a revoke touches..."));
    const quint64 serial = m_serial;
    MembershipPlan::readShares(
        m_workspace, m_plan, this, [this, serial](const MembershipPlan &plan, const Api::ApiError &error) {
            if (serial != m_serial)
                return;
            if (!error.isNull()) {
                m_ui->noManagerFrame->showMessage(MessageBar::Error,
                    tr("The shares could not be read, so whether a group is left without a manager is not known: %1")
                        .arg(breakable(error.message())));
                setReady(true);
                return;
            }
            m_plan = plan;
            showPlan();
            setReady(true);
        });
}

void MembershipPlanDialog::showPlan()
{
    m_ui->descriptionLabel->setText(breakable(m_plan.description()));
    const QString noManager = m_plan.noManagerText();
    if (noManager.isEmpty())
        m_ui->noManagerFrame->hide();
    else
        m_ui->noManagerFrame->showMessage(
            MessageBar::Warning, tr("%1. %2").arg(noManager, SharePlanConfirmation::noManagerExplanation()));

    const auto fill = [](QTreeWidget *tree, const QList<MembershipPlan::Item> &items, bool withReason) {
        tree->setSortingEnabled(false);
        tree->clear();
        QList<QTreeWidgetItem *> rows;
        rows.reserve(items.size());
        for (const MembershipPlan::Item &item : items) {
            QStringList columns{actionText(item.action), item.groupName};
            if (withReason)
                columns.append(item.reason);
            auto *row = new QTreeWidgetItem(columns);
            row->setData(1, Qt::UserRole, item.groupId);
            row->setToolTip(1, item.groupName);
            if (withReason)
                row->setToolTip(2, item.reason);
            rows.append(row);
        }
        tree->addTopLevelItems(rows);
        tree->setSortingEnabled(true);
    };
    const QList<MembershipPlan::Item> allowed = m_plan.items(true);
    const QList<MembershipPlan::Item> refused = m_plan.items(false);
    fill(m_ui->changesTreeWidget, allowed, false);
    fill(m_ui->refusedTreeWidget, refused, true);
    const QLocale locale;
    m_ui->changesLabel->setText(tr("&Changes (%1):").arg(locale.toString(allowed.size())));
    m_ui->refusedLabel->setText(tr("&Left out, you cannot change them (%1):").arg(locale.toString(refused.size())));
    m_ui->refusedLabel->setVisible(!refused.isEmpty());
    m_ui->refusedTreeWidget->setVisible(!refused.isEmpty());
    Q_EMIT planChanged();
}

void MembershipPlanDialog::setReady(bool ready)
{
    m_ready = ready;
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(ready && m_plan.changesAnything());
    ok->setDefault(ok->isEnabled());
    if (ready)
        Q_EMIT planChanged();
}

void MembershipPlanDialog::confirm()
{
    if (!m_ready || !m_plan.changesAnything())
        return;
    if (m_plan.groupsLeftWithoutManager().isEmpty()) {
        apply();
        return;
    }
    // A group nobody would manage any more: an explicit yes, Cancel the default.
    SharePlanConfirmation::askLeaveWithoutManager(
        this, m_plan.noManagerText() + u'.', int(m_plan.groupsLeftWithoutManager().size()), [this] { apply(); });
}

void MembershipPlanDialog::apply()
{
    Models::ChangeOperation *operation = m_workspace ? m_plan.apply(m_workspace) : nullptr;
    if (operation)
        Q_EMIT applied(operation);
    accept();
}

} // namespace Gui
