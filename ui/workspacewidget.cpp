#include "ui/workspacewidget.h"

#include "models/changeoperation.h"
#include "models/groupedit.h"
#include "models/grouplistmodel.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/operationlistmodel.h"
#include "models/workspace.h"
#include "ui/activity/activitypanel.h"
#include "ui/changes/changespanel.h"
#include "ui/groups/childgroupstab.h"
#include "ui/groups/groupdetailstab.h"
#include "ui/groups/grouplistpanel.h"
#include "ui/members/addmembersdialog.h"
#include "ui/members/memberstab.h"
#include "ui/person/personaccesstab.h"
#include "ui/person/personpage.h"
#include "ui/session.h"
#include "ui/sharing/accesstab.h"
#include "ui/sharing/addsharedialog.h"
#include "ui/sharing/sharingtab.h"
#include "ui/users/userpickerdialog.h"
#include "ui/users/userspanel.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>

namespace Gui {

namespace {
const QString kSplitterKey = QStringLiteral("workspace/splitter");
const QString kGroupColumnsKey = QStringLiteral("workspace/groupColumns");
/// How long the selection in the group list rests before the tabs load its group.
constexpr int kSelectionRestMs = 150;
} // namespace

WorkspaceWidget::WorkspaceWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_groupListPanel(new GroupListPanel(session, m_splitter))
    , m_groupTabs(new QTabWidget(m_splitter))
    , m_usersPanel(new UsersPanel(session, this))
    , m_changesPanel(new ChangesPanel(session->workspace(), this))
    , m_activityPanel(new ActivityPanel(session->activityLog(), this))
{
    setObjectName(QStringLiteral("workspaceWidget"));
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_groupTabs->setObjectName(QStringLiteral("groupTabWidget"));
    // People's pages come beside the group's tabs: a tab bar wider than the pane scrolls (every
    // title whole) instead of pushing the group list narrower.
    m_groupTabs->setUsesScrollButtons(true);
    m_groupTabs->setElideMode(Qt::ElideNone);
    m_groupListPanel->setObjectName(QStringLiteral("groupListPanel"));
    addGroupTabs();
    m_splitter->setChildrenCollapsible(false);
    // The tabs are where the work is done (members, shares); the list is for finding a group.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);

    followSelection();
    connect(m_groupListPanel, &GroupListPanel::statusMessage, this, &WorkspaceWidget::statusMessage);
    // Shown in the main window's Users dock, not here.
    m_usersPanel->hide();
    connect(m_usersPanel, &UsersPanel::statusMessage, this, &WorkspaceWidget::statusMessage);
    connect(m_usersPanel, &UsersPanel::personRequested, this, &WorkspaceWidget::openPerson);
    // At once, not once the selection rests: Add to Current Group must go to the group selected.
    connect(m_groupListPanel, &GroupListPanel::currentGroupChanged, m_usersPanel, &UsersPanel::setCurrentGroup);
    // Undo and redo of an edit run outside any dialog: the status bar says how they ended
    // (a conflict with a later change on the server included).
    connect(
        session->workspace()->groupEdits(), &Models::GroupEditQueue::finished, this, [this](Models::GroupEdit *edit) {
            if (edit->kind() == Models::GroupEdit::Kind::Undo || edit->kind() == Models::GroupEdit::Kind::Redo)
                Q_EMIT statusMessage(edit->message());
        });
    // A change the server refused, in whole or in part, says so in the status bar with the
    // server's words (the group named), not only in the Changes dock.
    connect(
        session->workspace(), &Models::Workspace::operationFinished, this, [this](Models::ChangeOperation *operation) {
            if (!operation || operation->count(Api::BulkOutcome::Failed) == 0)
                return;
            Q_EMIT statusMessage(tr("%1: %2. %3")
                                     .arg(operation->text(), Models::OperationListModel::outcomeSummary(*operation),
                                         Models::OperationListModel::failureReasons(*operation)));
        });
    // What the person may do to each group, read once now and again on Refresh: the actions
    // and the drop targets follow it.
    session->workspace()->permissions()->load();
    restoreState();
}

WorkspaceWidget::~WorkspaceWidget() = default;

void WorkspaceWidget::addGroupTabs()
{
    auto *details = new GroupDetailsTab(m_session, m_groupTabs);
    addGroupTab(details, QStringLiteral("detailsTab"), tr("&Details"));
    auto *members = new MembersTab(m_session, m_groupTabs);
    addGroupTab(members, QStringLiteral("membersTab"), tr("&Members"));
    auto *sharing = new SharingTab(m_session, m_groupTabs);
    addGroupTab(sharing, QStringLiteral("sharingTab"), tr("&Sharing"));
    // After Sharing (the direct shares), which goes between Members and here.
    addGroupTab(new AccessTab(m_session, m_groupTabs), QStringLiteral("accessTab"), tr("&Access"),
        tr("Everyone who can read, write or manage the group, and every way they can"));
    // Alt+C: Alt+H is the Help menu's.
    auto *childGroups = new ChildGroupsTab(m_session, m_groupTabs);
    addGroupTab(childGroups, QStringLiteral("childGroupsTab"), tr("&Child Groups"));
    // What a tab asks of the workspace beyond what every tab does (addGroupTab).
    connect(details, &GroupDetailsTab::editRequested, this, &WorkspaceWidget::editGroup);
    connect(details, &GroupDetailsTab::replaceRequested, this, &WorkspaceWidget::replaceGroup);
    connect(members, &MembersTab::addMembersRequested, this, &WorkspaceWidget::addMembers);
    connect(sharing, &SharingTab::addShareRequested, this, &WorkspaceWidget::addShare);
    // Go to Group: the list finds the group (on the server if need be), and the tabs follow it.
    connect(childGroups, &ChildGroupsTab::groupActivated, m_groupListPanel, &GroupListPanel::showGroup);
}

void WorkspaceWidget::followSelection()
{
    // Holding an arrow key or PageDown walks through many groups: each tab loads only the group
    // the selection rests on, not every one passed (against the real API, that spends the rate
    // limit). No group, or Enter on one, is shown at once.
    m_selectionRest.setSingleShot(true);
    m_selectionRest.setInterval(kSelectionRestMs);
    connect(&m_selectionRest, &QTimer::timeout, this, [this] { showGroup(m_groupListPanel->currentGroupId()); });
    connect(m_groupListPanel, &GroupListPanel::currentGroupChanged, this, [this](qint64 groupId) {
        if (groupId) {
            m_selectionRest.start();
            return;
        }
        m_selectionRest.stop();
        showGroup(0);
    });
    connect(m_groupListPanel, &GroupListPanel::groupActivated, this, [this] {
        if (m_selectionRest.isActive()) {
            m_selectionRest.stop();
            showGroup(m_groupListPanel->currentGroupId());
        }
        m_groupTabs->setFocus();
    });
}

void WorkspaceWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_firstSplit)
        return;
    m_firstSplit = false;
    // Once laid out, when the width is known (the window's docks take theirs first).
    QTimer::singleShot(0, this, [this] {
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 2 / 5, width - width * 2 / 5});
    });
}

qint64 WorkspaceWidget::currentGroupId() const
{
    return m_groupListPanel->currentGroupId();
}

QWidget *WorkspaceWidget::panel(Panel panel) const
{
    switch (panel) {
    case Panel::Users:
        return m_usersPanel;
    case Panel::Changes:
        return m_changesPanel;
    case Panel::Activity:
        return m_activityPanel;
    }
    return nullptr;
}

void WorkspaceWidget::addGroupTab(
    GroupTab *tab, const QString &objectName, const QString &title, const QString &toolTip)
{
    tab->setObjectName(objectName);
    m_tabs.append(tab);
    const int index = m_groupTabs->addTab(tab, title);
    if (!toolTip.isEmpty())
        m_groupTabs->setTabToolTip(index, toolTip);
    connect(tab, &GroupTab::statusMessage, this, &WorkspaceWidget::statusMessage);
    connect(tab, &GroupTab::personRequested, this, &WorkspaceWidget::openPerson);
}

void WorkspaceWidget::openPerson(const Models::UserRef &person)
{
    for (int index = 0; index < m_groupTabs->count(); ++index) {
        if (auto *page = qobject_cast<PersonPage *>(m_groupTabs->widget(index));
            page && page->personId() == person.id) {
            m_groupTabs->setCurrentIndex(index);
            return;
        }
    }
    auto *page = new PersonPage(m_session, person, m_groupTabs);
    page->setObjectName(QStringLiteral("personPage%1").arg(person.id));
    // Said outright, so its layout's sum (tool bar, filter rows, the Access scope row) does not
    // become the tabs' minimum and push the group list narrower; the tables scroll instead.
    page->setMinimumWidth(360);
    // Access may look through what the group list shows when Start is pressed.
    page->accessTab()->setListedGroups(m_groupListPanel->model());
    const QString name = person.name.isEmpty() ? tr("Person %1").arg(person.id) : person.name;
    const int index = m_groupTabs->addTab(page, themeIcon(this, "user-identity", QStyle::SP_FileDialogInfoView), name);
    // A person's page closes; the group's own tabs do not.
    auto *close = new QToolButton(m_groupTabs);
    close->setObjectName(QStringLiteral("closePersonPageButton"));
    close->setAutoRaise(true);
    close->setIcon(themeIcon(this, "window-close", QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close the page of %1").arg(name));
    close->setAccessibleName(close->toolTip());
    m_groupTabs->tabBar()->setTabButton(index, QTabBar::RightSide, close);
    connect(close, &QToolButton::clicked, page, &QObject::deleteLater);
    connect(page, &PersonPage::titleChanged, this, [this, page, close](const QString &title) {
        m_groupTabs->setTabText(m_groupTabs->indexOf(page), title);
        m_groupTabs->setTabToolTip(m_groupTabs->indexOf(page), title);
        close->setToolTip(tr("Close the page of %1").arg(title));
        close->setAccessibleName(close->toolTip());
    });
    connect(page, &PersonPage::statusMessage, this, &WorkspaceWidget::statusMessage);
    // Show Group on a group the person is in: the list finds it, and the group's tabs follow.
    connect(page, &PersonPage::groupActivated, this, [this](qint64 groupId) {
        m_groupListPanel->showGroup(groupId);
        m_groupTabs->setCurrentIndex(0);
    });
    m_groupTabs->setCurrentWidget(page);
}

void WorkspaceWidget::findPerson()
{
    auto *dialog = new UserPickerDialog(m_session->workspace(), this);
    dialog->setObjectName(QStringLiteral("findPersonDialog"));
    dialog->setWindowTitle(tr("Open Person"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Each person picked gets a page; the last one picked is in front.
        for (const Models::UserRef &person : dialog->picked())
            openPerson(person);
    });
    dialog->open();
}

void WorkspaceWidget::showGroup(qint64 groupId)
{
    for (GroupTab *tab : std::as_const(m_tabs))
        tab->setGroup(groupId);
    Q_EMIT currentGroupChanged(groupId);
}

void WorkspaceWidget::focusSearch()
{
    m_groupListPanel->focusSearch();
}

void WorkspaceWidget::refresh()
{
    m_session->workspace()->permissions()->load();
    m_groupListPanel->reload();
    for (GroupTab *tab : std::as_const(m_tabs))
        tab->reload();
}

void WorkspaceWidget::newGroup()
{
    openGroupDialog(GroupDialog::Mode::Create);
}

void WorkspaceWidget::editGroup()
{
    openGroupDialog(GroupDialog::Mode::Edit);
}

void WorkspaceWidget::replaceGroup()
{
    openGroupDialog(GroupDialog::Mode::Replace);
}

void WorkspaceWidget::addMembers(qint64 groupId)
{
    if (!groupId)
        return;
    // Non-modal: the person may look something up in the list or the Users dock meanwhile.
    auto *dialog = new AddMembersDialog(m_session->workspace(), groupId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddMembersDialog::membersAdded, this, [this](Models::ChangeOperation *operation) {
        if (operation)
            Q_EMIT statusMessage(operation->text());
    });
    dialog->open();
}

void WorkspaceWidget::addShare(qint64 groupId)
{
    if (groupId)
        openShareDialog({groupId});
}

void WorkspaceWidget::shareSelectedGroups()
{
    openShareDialog(m_groupListPanel->selectedGroupIds());
}

void WorkspaceWidget::openShareDialog(const QList<qint64> &groupIds)
{
    if (groupIds.isEmpty())
        return;
    // Non-modal, as Add Members: the person may look someone up in the Users dock meanwhile.
    auto *dialog = new AddShareDialog(m_session->workspace(), groupIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddShareDialog::shared, this, [this](Models::ChangeOperation *operation) {
        if (operation)
            Q_EMIT statusMessage(operation->text());
    });
    dialog->open();
}

void WorkspaceWidget::openGroupDialog(GroupDialog::Mode mode)
{
    Api::Group group;
    if (mode != GroupDialog::Mode::Create) {
        // Edit and Replace start from the whole group, which the Details tab has fetched.
        const std::optional<Api::Group> current
            = m_session->workspace()->groupStore()->group(currentGroupId());
        if (!current) {
            Q_EMIT statusMessage(tr("The group is still loading; try again in a moment."));
            return;
        }
        group = *current;
    }
    auto *dialog = new GroupDialog(m_session->workspace(), mode, group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupDialog::saved, this, [this, mode](qint64 groupId, const QString &message) {
        Q_EMIT statusMessage(message);
        if (mode == GroupDialog::Mode::Create)
            m_groupListPanel->selectGroup(groupId);
    });
    dialog->open();
}

void WorkspaceWidget::saveState() const
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kGroupColumnsKey, m_groupListPanel->saveHeaderState());
    for (const GroupTab *tab : m_tabs) {
        if (!tab->settingsKey().isEmpty())
            settings.setValue(tab->settingsKey(), tab->saveHeaderState());
    }
}

void WorkspaceWidget::restoreState()
{
    const QSettings settings;
    m_firstSplit = !m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_groupListPanel->restoreHeaderState(settings.value(kGroupColumnsKey).toByteArray());
    for (GroupTab *tab : std::as_const(m_tabs)) {
        if (!tab->settingsKey().isEmpty())
            tab->restoreHeaderState(settings.value(tab->settingsKey()).toByteArray());
    }
}

} // namespace Gui
