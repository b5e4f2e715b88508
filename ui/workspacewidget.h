#pragma once

#include "ui/groups/groupdialog.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QSplitter;
class QTabWidget;

namespace Gui {

class ActivityPanel;
class ChangesPanel;
class ChildGroupsTab;
class EffectiveAccessPanel;
class GroupDetailsTab;
class GroupListPanel;
class MembersTab;
class Session;
class SharingTab;
class UsersPanel;

/// One connection's work: the group list beside the tabs of the selected group. The main
/// window's actions call in here; one widget per tab, each pointed at the current group.
class WorkspaceWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceWidget(Session *session, QWidget *parent = nullptr);
    ~WorkspaceWidget() override;

    Session *session() const { return m_session; }

    /// The panels of this connection the main window shows in its docks.
    enum class Panel { Users, Changes, Activity };
    /// The widget the main window's dock for \a panel shows while this workspace is shown; the
    /// dock takes it, and deletes it before this workspace goes (it reads this session's models).
    QWidget *panel(Panel panel) const;

    GroupListPanel *groupListPanel() const { return m_groupListPanel; }
    QTabWidget *groupTabs() const { return m_groupTabs; }
    GroupDetailsTab *detailsTab() const { return m_detailsTab; }
    MembersTab *membersTab() const { return m_membersTab; }
    SharingTab *sharingTab() const { return m_sharingTab; }
    EffectiveAccessPanel *accessTab() const { return m_accessTab; }
    ChildGroupsTab *childGroupsTab() const { return m_childGroupsTab; }
    qint64 currentGroupId() const;

    void focusSearch();
    /// Loads the list and the selected group anew.
    void refresh();
    /// The group dialog, non-modal (open()): create, or edit / replace the current group.
    void newGroup();
    void editGroup();
    void replaceGroup();
    /// The Add Members dialog for group \a groupId, non-modal.
    void addMembers(qint64 groupId);
    /// The Add Share dialog for group \a groupId (the Sharing tab's Add Share...), non-modal.
    void addShare(qint64 groupId);
    /// The Add Share dialog over every group selected in the list (Share Selected Groups
    /// With...): one bulk operation for all of them.
    void shareSelectedGroups();

    /// Splitter and column layout, to QSettings (never anything secret).
    void saveState() const;

Q_SIGNALS:
    void currentGroupChanged(qint64 groupId);
    /// Something to tell the person in the status bar.
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showGroup(qint64 groupId);
    void openShareDialog(const QList<qint64> &groupIds);
    void restoreState();
    void openGroupDialog(GroupDialog::Mode mode);

    Session *m_session;
    QSplitter *m_splitter;
    /// No splitter layout was saved: the list and the tabs are split 2:3 once laid out.
    bool m_firstSplit = false;
    /// Restarted by each change of the current group; the tabs follow when it fires.
    QTimer m_selectionRest;
    GroupListPanel *m_groupListPanel;
    QTabWidget *m_groupTabs;
    GroupDetailsTab *m_detailsTab;
    MembersTab *m_membersTab;
    SharingTab *m_sharingTab;
    EffectiveAccessPanel *m_accessTab;
    ChildGroupsTab *m_childGroupsTab;
    /// The Users dock's panel: the dock owns it once it shows it, and deletes it first.
    QPointer<UsersPanel> m_usersPanel;
    QPointer<ChangesPanel> m_changesPanel; ///< The Changes dock's; made with this widget, so it sees every change.
    QPointer<ActivityPanel> m_activityPanel; ///< Until the Activity dock takes (and deletes) it.
};

} // namespace Gui
