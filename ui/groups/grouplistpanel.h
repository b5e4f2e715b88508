#pragma once

#include "models/userdrag.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <memory>

class QAction;
class QItemSelectionModel;

namespace Ui {
class GroupListPanel;
}

namespace Models {
class GroupListModel;
class Workspace;
}

namespace Gui {

class LoadStatusBar;
class Session;

/// The left of the window: the groups matching a search and filters that the server applies,
/// paged in as the view scrolls, with their count, loading state and errors.
class GroupListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GroupListPanel(Session *session, QWidget *parent = nullptr);
    ~GroupListPanel() override;

    Models::GroupListModel *model() const { return m_model; }
    /// The current group (0 for none).
    qint64 currentGroupId() const;
    /// The selected groups, in the list's order; the current group when no row is selected.
    QList<qint64> selectedGroupIds() const;
    /// Offers \a action in the list's context menu, its shortcut working while the list has focus.
    void addGroupAction(QAction *action);
    /// Makes group \a id current, if it is among the loaded rows; false if not.
    bool selectGroup(qint64 id);
    /// Focuses the search field with its text selected.
    void focusSearch();
    /// Loads the list anew from the first page (keeps the current group when it is still there).
    void reload();

    /// The header's column widths and order, for QSettings.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentGroupChanged(qint64 groupId);
    /// The rows selected changed (see selectedGroupIds()).
    void selectionChanged();
    /// A group row was activated (double-click or Enter).
    void groupActivated(qint64 groupId);
    /// Something to tell the person in the status bar (what a drag of users will do here).
    void statusMessage(const QString &message);

private:
    void setUpFilters();
    void setUpView();
    void searchNow();
    void permissionChosen();
    void organizationChosen();
    void pickUsers();
    void setUserFilter(const QList<Models::UserRef> &users);
    void sortByColumn(int column);
    void learnOrganizations(int first, int last);
    void addOrganization(qint64 id, const QString &name);
    void updateCount();

    std::unique_ptr<Ui::GroupListPanel> m_ui;
    Session *m_session;
    Models::GroupListModel *m_model;
    LoadStatusBar *m_loadStatusBar;
    QTimer m_searchTimer;
    QList<Models::UserRef> m_filterUsers;
    qint64 m_pendingSelection = 0;
};

} // namespace Gui
