#pragma once

#include "ui/groups/groupdialog.h"
#include "ui/widgets/grouptab.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QSplitter;
class QTabWidget;

namespace Gui {

class ActivityPanel;
class ChangesPanel;
class GroupListPanel;
class GroupTab;
class Session;
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
    /// The tab of the selected group that is a \a Tab (MembersTab, SharingTab, ...).
    template <class Tab>
    Tab *groupTab() const
    {
        for (GroupTab *tab : m_tabs) {
            if (auto *found = qobject_cast<Tab *>(tab))
                return found;
        }
        return nullptr;
    }
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

    /// The page of \a person beside the group's tabs, opened (closable) or brought to the front:
    /// the groups they are in, what they can reach, and changes to both. Several can be open.
    void openPerson(const Models::UserRef &person);
    /// Asks for a person (searched on the server), then opens their page.
    void findPerson();

    /// Splitter and column layout, to QSettings (never anything secret).
    void saveState() const;

Q_SIGNALS:
    void currentGroupChanged(qint64 groupId);
    /// Something to tell the person in the status bar.
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// The tabs of the selected group, and what each asks of the workspace beyond what every
    /// tab does.
    void addGroupTabs();
    /// The tabs follow the group selected in the list once the selection rests.
    void followSelection();
    /// Adds \a tab after the others, titled \a title (with its mnemonic), named \a objectName;
    /// from then on it follows the selected group and Refresh, speaks in the status bar and
    /// keeps its columns between runs.
    void addGroupTab(GroupTab *tab, const QString &objectName, const QString &title, const QString &toolTip = {});
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
    QList<GroupTab *> m_tabs; ///< The selected group's tabs, in the order shown.
    /// The Users dock's panel: the dock owns it once it shows it, and deletes it first.
    QPointer<UsersPanel> m_usersPanel;
    QPointer<ChangesPanel> m_changesPanel; ///< The Changes dock's; made with this widget, so it sees every change.
    QPointer<ActivityPanel> m_activityPanel; ///< Until the Activity dock takes (and deletes) it.
};

} // namespace Gui
