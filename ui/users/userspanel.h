#pragma once

#include "models/userdrag.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <memory>

class QAction;

namespace Ui {
class UsersPanel;
}

namespace Models {
class UserDirectoryModel;
}

namespace Gui {

class Session;

/// The Users dock: everyone in the directory, paged in from the server as the list scrolls and
/// filtered there (search, account status, members of one group), with its count; people are
/// dragged from here onto a group, or added to one from the keyboard and the context menu
/// ("Add Selected Users to Group...", "Add Selected Users to Current Group").
class UsersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPanel(Session *session, QWidget *parent = nullptr);
    ~UsersPanel() override;

    Models::UserDirectoryModel *model() const { return m_model; }

    /// The group selected in the group list (0 for none): "Add to Current Group" adds there.
    void setCurrentGroup(qint64 groupId);
    qint64 currentGroupId() const { return m_currentGroupId; }
    /// The "members of group" filter (0: everyone); \a name is what the button shows.
    void setGroupFilter(qint64 groupId, const QString &name = {});
    qint64 groupFilterId() const { return m_groupFilterId; }

    /// The people selected in the list, in list order.
    QList<Models::UserRef> selectedUsers() const;
    /// Focuses the search field with its text selected.
    void focusSearch();

    QAction *addToGroupAction() const { return m_addToGroupAction; }
    QAction *addToCurrentGroupAction() const { return m_addToCurrentGroupAction; }

    QSize sizeHint() const override;

Q_SIGNALS:
    /// Something to tell the person in the status bar (what an add does, or why it does nothing).
    void statusMessage(const QString &message);
    /// Open Person (Enter, double-click, the context menu) on a user: the workspace opens their page.
    void personRequested(const Models::UserRef &person);

private:
    void setUpFilters();
    void setUpView();
    void setUpActions();
    void searchNow();
    void pickGroupFilter();
    /// "Add Selected Users to Group...": picks the group (non-modal picker), then adds.
    void addSelectedToGroup();
    /// Adds \a users to group \a groupId as one undoable operation, unless that changes nothing
    /// (then says why).
    void addUsers(qint64 groupId, const QList<Models::UserRef> &users);
    void showHeaderMenu(const QPoint &position);
    void updateActions();
    void updateCount();
    void saveHeaderState() const;
    /// Has the server send each user's groups only while the primary group column shows.
    void askForGroupsIfShown();

    std::unique_ptr<Ui::UsersPanel> m_ui;
    Session *m_session;
    Models::UserDirectoryModel *m_model;
    QTimer m_searchTimer;
    QAction *m_addToGroupAction = nullptr;
    QAction *m_addToCurrentGroupAction = nullptr;
    QAction *m_clearGroupFilterAction = nullptr;
    qint64 m_currentGroupId = 0;
    qint64 m_groupFilterId = 0;
};

} // namespace Gui
