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

class ColumnFitter;
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
    /// Makes group \a id current, finding it on the server when it is not among the loaded rows
    /// (a later page, or hidden by the search or a filter): the group is fetched (GET
    /// /groups/{id}, which also says whether it may be read), the list's filters are cleared and
    /// its search set to the group's name, and the list pages on until the group's row arrives.
    /// The status bar says what happened, or why the group cannot be shown. A search or filter
    /// the person chooses meanwhile ends the hunt.
    void showGroup(qint64 id);
    /// The group showGroup() is still looking for, or 0.
    qint64 groupSought() const { return m_soughtGroup; }
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
    /// Clears the filters and searches for \a name, so that group \a id is among the rows.
    void searchFor(qint64 id, const QString &name);
    /// Where showGroup() stands once rows came or the list stopped loading: selects the group
    /// if its row is here, asks for the next page if there is one, gives up if not. False when
    /// no group is sought.
    bool seekGroup();
    void endSeeking();

    std::unique_ptr<Ui::GroupListPanel> m_ui;
    Session *m_session;
    Models::GroupListModel *m_model;
    LoadStatusBar *m_loadStatusBar;
    ColumnFitter *m_columnFitter = nullptr;
    QTimer m_searchTimer;
    QList<Models::UserRef> m_filterUsers;
    qint64 m_pendingSelection = 0;
    qint64 m_soughtGroup = 0; ///< What showGroup() looks for until its row arrives.
    QString m_soughtName;
    bool m_soughtSearchSet = false; ///< The search was set to find it: the list pages on for it.
    bool m_soughtFiltersCleared = false;
};

} // namespace Gui
