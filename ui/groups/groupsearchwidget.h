#pragma once

#include "api/records.h"

#include <QtCore/QPointer>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QWidget>

#include <memory>
#include <optional>

class QTimer;
class QTreeView;

namespace Models {
class GroupListModel;
class Workspace;
} // namespace Models

namespace Ui {
class GroupSearchWidget;
}

namespace Gui {

/// The groups, searched on the server as typing pauses (as the group list searches): a search
/// field over a list of the matches, with their loading state. What the one-group picker dialog
/// and the several-groups picker are built on. Down in the field goes to the list, the first
/// match is current as soon as it arrives, and Enter (or a double-click) activates the current
/// group.
class GroupSearchWidget : public QWidget
{
    Q_OBJECT

public:
    /// Lists nothing until setWorkspace() (a Designer form constructs it so).
    explicit GroupSearchWidget(QWidget *parent = nullptr);
    ~GroupSearchWidget() override;

    /// Searches \a workspace's groups (not owned; it must outlive this widget), those the caller
    /// holds \a permission on (nullopt: any).
    void setWorkspace(Models::Workspace *workspace, std::optional<Api::PermissionLevel> permission = {});
    /// The groups listed; nullptr before setWorkspace().
    Models::GroupListModel *model() const { return m_model; }
    QTreeView *view() const;

    /// One group, or several at once (QAbstractItemView::ExtendedSelection).
    void setSelectionMode(QAbstractItemView::SelectionMode mode);
    /// A group that may not be picked (the people's own group): the list leaves it out.
    void setExcludedGroup(qint64 groupId);

    /// The current group; 0 for none.
    qint64 currentGroupId() const;
    /// The current group's id and name as the list shows it (id 0 for none).
    Api::NamedRef currentGroup() const;
    /// The selected groups (the current one when none is selected), in the list's order.
    QList<Api::NamedRef> selectedGroups() const;

Q_SIGNALS:
    void currentGroupChanged();
    /// The selection changed (see selectedGroups()).
    void selectionChanged();
    /// Enter on the settled search, or Enter or a double-click in the list, on a pickable group.
    void groupActivated(qint64 groupId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchNow();
    Api::NamedRef groupAt(int row) const;

    std::unique_ptr<Ui::GroupSearchWidget> m_ui;
    Models::GroupListModel *m_model = nullptr;
    QTimer *m_searchTimer;
    qint64 m_excludedGroupId = 0;
};

} // namespace Gui
