#pragma once

#include "ui/widgets/grouptab.h"

#include <QtCore/QAbstractItemModel>

#include <memory>

class QAction;
class QIdentityProxyModel;
class QToolBar;
class QTreeView;

namespace Ui {
class ChildGroupsTab;
}

namespace Models {
class ChildGroupTreeModel;
}

namespace Gui {

class LoadStatusBar;
class Session;

/// The Child Groups tab: the groups the selected group holds permissions on, as
/// Models::ChildGroupTreeModel's tree (Manageable, Writeable, Readable, each group expanding on
/// demand, a cycle marked and never expanded), with icons. Double-click, Enter or Go to Group on a
/// group asks for it to be shown in the group list (groupActivated); a category row expands instead.
class ChildGroupsTab : public GroupTab
{
    Q_OBJECT

public:
    explicit ChildGroupsTab(Session *session, QWidget *parent = nullptr);
    ~ChildGroupsTab() override;

    Models::ChildGroupTreeModel *model() const { return m_model; }
    /// The view's model: the tree model with icons on top.
    QAbstractItemModel *viewModel() const;
    QTreeView *view() const;

    /// Expands every node whose children are already here (asks the server for nothing).
    void expandAllLoaded();
    /// Collapses everything below the three categories.
    void collapseAll();

    /// The tree header's column widths and order, for QSettings.
    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;

Q_SIGNALS:
    /// Go to Group on group \a groupId: the group list shows it, and the tabs follow.
    void groupActivated(qint64 groupId);

protected:
    qint64 loadedGroupId() const override;
    void loadGroup(qint64 groupId) override;
    /// Asks the server again: the tree starts over from the three categories, expanded.
    void reloadGroup() override;

private:
    void setUpView();
    void setUpActions();
    void expandCategories();
    void activate(const QModelIndex &index);
    void goToCurrentGroup();
    void copyNames();
    void updateActions();
    void updateHint();
    /// The group rows selected (column 0 of the view's model), in the order shown.
    QModelIndexList selectedGroups() const;

    std::unique_ptr<Ui::ChildGroupsTab> m_ui;
    Models::ChildGroupTreeModel *m_model;
    QIdentityProxyModel *m_iconModel;
    LoadStatusBar *m_loadStatusBar;
    QToolBar *m_toolBar;

    QAction *m_goToGroupAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_expandAllAction = nullptr;
    QAction *m_collapseAllAction = nullptr;
    QAction *m_copyNamesAction = nullptr;
};

} // namespace Gui
