#include "ui/sharing/addsharedialog.h"

#include "ui_addsharedialog.h"

#include "models/groupstore.h"
#include "models/permissionleveltext.h"
#include "models/workspace.h"
#include "ui/groups/groupsearchwidget.h"
#include "ui/sharing/shareplanconfirmation.h"
#include "ui/widgets/longtext.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/panelactions.h"

#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
/// Groups a tooltip names before it says "and N more".
constexpr int kNamedGroupsMax = 15;

QString peopleText(int n)
{
    return n == 1 ? AddShareDialog::tr("1 person") : AddShareDialog::tr("%1 people").arg(n);
}

QString groupsText(int n)
{
    return n == 1 ? AddShareDialog::tr("1 group") : AddShareDialog::tr("%1 groups").arg(n);
}

} // namespace

AddShareDialog::AddShareDialog(Models::Workspace *workspace, const QList<qint64> &groupIds, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddShareDialog>())
    , m_workspace(workspace)
    , m_groupIds(groupIds)
{
    m_ui->setupUi(this);
    keepWithinScreenWhenShown(this); // its default size suits a large screen, not every one
    setObjectName(u"addShareDialog"_s);
    m_ui->userPickerWidget->setWorkspace(workspace);
    m_ui->groupPickerWidget->setWorkspace(workspace);
    // A group shared with itself means nothing: from its own Sharing tab it is not offered.
    if (groupIds.size() == 1)
        m_ui->groupPickerWidget->searchWidget()->setExcludedGroup(groupIds.first());

    // The combo's items are the API's levels, in order (Api::PermissionLevel as data).
    for (Api::PermissionLevel level :
        {Api::PermissionLevel::Read, Api::PermissionLevel::Write, Api::PermissionLevel::Manage})
        m_ui->levelComboBox->setItemData(int(level), int(level));
    setLevel(Api::PermissionLevel::Read);

    m_shareButton = m_ui->buttonBox->addButton(tr("&Share"), QDialogButtonBox::AcceptRole);
    m_shareButton->setObjectName(u"shareButton"_s);
    m_shareButton->setIcon(themeIcon(this, "document-share", QStyle::SP_DialogOkButton));
    m_shareButton->setToolTip(tr("Give the people and groups picked this level on the group (Ctrl+Return)"));
    m_shareButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_shareButton->setDefault(true);
    // The button box would accept() on its own; Share decides.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_shareButton, &QPushButton::clicked, this, &AddShareDialog::share);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_ui->userPickerWidget, &UserPickerWidget::pickedChanged, this, &AddShareDialog::updateState);
    connect(m_ui->groupPickerWidget, &GroupPickerWidget::pickedChanged, this, &AddShareDialog::updateState);
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, &AddShareDialog::updateState);
    connect(m_ui->sendEmailCheckBox, &QCheckBox::toggled, this, &AddShareDialog::updateState);
    if (workspace) {
        connect(workspace->groupStore(), &Models::GroupStore::groupChanged, this, [this](qint64 id) {
            if (m_groupIds.contains(id))
                updateTitle();
        });
    }
    setLabelLevel(m_ui->errorLabel, MessageBar::Error); // the palette's red, which reads on dark themes too
    m_ui->errorLabel->hide();
    updateTitle();
    updateState();
    m_ui->userPickerWidget->setFocus(Qt::OtherFocusReason);
}

AddShareDialog::~AddShareDialog() = default;

UserPickerWidget *AddShareDialog::userPicker() const
{
    return m_ui->userPickerWidget;
}

GroupPickerWidget *AddShareDialog::groupPicker() const
{
    return m_ui->groupPickerWidget;
}

QList<Models::SharePrincipal> AddShareDialog::principals() const
{
    QList<Models::SharePrincipal> principals;
    for (const Models::UserRef &user : m_ui->userPickerWidget->picked())
        principals.append({Models::SharePrincipal::Kind::User, user.id, user.name});
    for (const Api::NamedRef &group : m_ui->groupPickerWidget->picked())
        principals.append({Models::SharePrincipal::Kind::Group, group.id, group.name});
    return principals;
}

Api::PermissionLevel AddShareDialog::level() const
{
    return Api::PermissionLevel(m_ui->levelComboBox->currentData().toInt());
}

void AddShareDialog::setLevel(Api::PermissionLevel level)
{
    m_ui->levelComboBox->setCurrentIndex(m_ui->levelComboBox->findData(int(level)));
}

Api::ShareNotice AddShareDialog::notice() const
{
    Api::ShareNotice notice;
    if (m_ui->sendEmailCheckBox->isChecked()) {
        notice.sendSharedEmail = true;
        notice.shareEmailBody = m_ui->emailBodyTextEdit->toPlainText().trimmed();
    }
    return notice;
}

void AddShareDialog::updateTitle()
{
    const Models::GroupStore *store = m_workspace ? m_workspace->groupStore() : nullptr;
    const auto nameOf = [store](qint64 id) { return store ? store->name(id) : tr("group %1").arg(id); };
    if (m_groupIds.size() == 1) {
        // A name of any length, cut (whole in the tooltip): the dialog never grows past the screen.
        const QString name = nameOf(m_groupIds.first());
        setWindowTitle(tr("Share %1").arg(elidedName(name, this, 60)));
        m_ui->promptLabel->setText(tr("Share <b>%1</b> with:").arg(elidedName(name, m_ui->promptLabel).toHtmlEscaped()));
        m_ui->promptLabel->setToolTip(name);
        return;
    }
    const int n = int(m_groupIds.size());
    setWindowTitle(tr("Share %1 Groups").arg(n));
    m_ui->promptLabel->setText(tr("Share <b>%1</b> with:").arg(groupsText(n)));
    // Which groups, on hover: the first few by name.
    QStringList names;
    for (int i = 0; i < std::min(n, kNamedGroupsMax); ++i)
        names.append(nameOf(m_groupIds.at(i)));
    if (n > kNamedGroupsMax)
        names.append(tr("and %1 more").arg(n - kNamedGroupsMax));
    m_ui->promptLabel->setToolTip(names.join(u'\n'));
}

void AddShareDialog::updateState()
{
    const int people = int(m_ui->userPickerWidget->picked().size());
    const int groups = int(m_ui->groupPickerWidget->picked().size());
    m_ui->principalTabWidget->setTabText(
        m_ui->principalTabWidget->indexOf(m_ui->peopleTab), tr("&People (%1)").arg(people));
    m_ui->principalTabWidget->setTabText(
        m_ui->principalTabWidget->indexOf(m_ui->groupsTab), tr("&Groups (%1)").arg(groups));
    m_ui->emailBodyTextEdit->setEnabled(m_ui->sendEmailCheckBox->isChecked());

    const bool anyone = people + groups > 0;
    m_shareButton->setEnabled(anyone && m_workspace && !m_groupIds.isEmpty() && !m_reading);
    if (m_reading) {
        m_ui->shareSummaryLabel->setText(tr("Reading what the groups are shared with now..."));
        return;
    }
    if (!anyone) {
        m_ui->shareSummaryLabel->setText(tr("Pick the people or groups to share with."));
        return;
    }
    QString who;
    if (people && groups)
        who = tr("%1 and %2", "people, groups").arg(peopleText(people), groupsText(groups));
    else if (people)
        who = peopleText(people);
    else
        who = groupsText(groups);
    const QString where = m_groupIds.size() == 1 && m_workspace
        ? elidedName(m_workspace->groupStore()->name(m_groupIds.first()), m_ui->shareSummaryLabel)
        : groupsText(int(m_groupIds.size()));
    QString text;
    switch (level()) {
    case Api::PermissionLevel::Read:
        text = tr("%1 will get read access to %2.", "who, which groups").arg(who, where);
        break;
    case Api::PermissionLevel::Write:
        text = tr("%1 will get write access to %2.", "who, which groups").arg(who, where);
        break;
    case Api::PermissionLevel::Manage:
        text = tr("%1 will get manage access to %2.", "who, which groups").arg(who, where);
        break;
    }
    m_ui->shareSummaryLabel->setText(text);
}

void AddShareDialog::share()
{
    if (!m_shareButton->isEnabled() || m_reading)
        return;
    if (!m_workspace) {
        // Everything picked and typed stays, for another try.
        showError(tr("The share could not be started: the connection is closed."));
        return;
    }
    // Before anything is sent: what each group's shares are now, so that nobody's higher level
    // is lowered without the person saying so, and no group loses its last manager unasked.
    m_reading = true;
    m_ui->errorLabel->hide();
    updateState();
    const Models::SharePlan asked(m_groupIds, principals(), level());
    Models::SharePlan::read(
        m_workspace, asked, this, [this](const Models::SharePlan &plan, const Api::ApiError &error) {
            if (error.kind != Api::ApiError::Kind::None) {
                m_reading = false;
                updateState();
                showError(tr("The groups' shares could not be read, so nothing was sent: %1").arg(error.message()));
                return;
            }
            const auto proceed = [this, plan](Models::SharePlan::Mode mode) { send(plan, mode); };
            const auto cancelled = [this] {
                m_reading = false;
                updateState();
            };
            SharePlanConfirmation::ask(this, plan, proceed, cancelled);
        });
}

void AddShareDialog::send(const Models::SharePlan &plan, Models::SharePlan::Mode mode)
{
    m_reading = false;
    updateState();
    if (!m_workspace) {
        showError(tr("The share could not be started: the connection is closed."));
        return;
    }
    Models::ChangeOperation *operation = m_workspace->applyShares(plan, mode, notice());
    if (!operation) {
        showError(tr("Nothing to send: everyone picked already holds %1 or more on every group.")
                      .arg(Models::permissionLevelText(level()).toLower()));
        return;
    }
    Q_EMIT shared(operation);
    accept();
}

void AddShareDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

} // namespace Gui
