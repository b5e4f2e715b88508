#pragma once

#include "models/userdrag.h"
#include "ui/widgets/grouptab.h"

#include <memory>

class QAction;
class QToolBar;

namespace Ui {
class MembersTab;
}

namespace Models {
class ChangeOperation;
class MemberFilterProxyModel;
class MemberTableModel;
struct UserResolution;
} // namespace Models

namespace Gui {

class LoadStatusBar;
class MemberTableView;
class Session;

/// The Members tab: the selected group's members, filtered and sorted here, counted, and
/// changed in bulk: add, remove, move or copy to another group, copy and paste, drag and drop,
/// export. Each change is one operation of the workspace and one undo step; what it started is
/// said in the status bar.
class MembersTab : public GroupTab
{
    Q_OBJECT

public:
    explicit MembersTab(Session *session, QWidget *parent = nullptr);
    ~MembersTab() override;

    Models::MemberTableModel *model() const { return m_model; }
    Models::MemberFilterProxyModel *proxy() const { return m_proxy; }
    MemberTableView *view() const;

    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;

Q_SIGNALS:
    /// Add Members... was asked for, for group \a groupId (the add-members dialog answers it).
    void addMembersRequested(qint64 groupId);

protected:
    qint64 loadedGroupId() const override;
    void loadGroup(qint64 groupId) override;
    void reloadGroup() override;

private:
    void setUpActions();
    void setUpView();
    void updateActions();
    void updateCount();

    /// The source rows of the selection, in the order shown.
    QList<int> selectedRows() const;
    QList<Models::UserRef> selectedUsers() const;
    /// "Ada Lovelace" for one, "12 people" for more.
    QString peopleText(const QList<Models::UserRef> &users) const;

    void confirmRemove();
    void moveOrCopySelected(bool move);
    void copyToClipboard();
    void pasteFromClipboard();
    void exportCsv();
    void changeStarted(Models::ChangeOperation *operation);
    void showResolution(const Models::UserResolution &resolution);

    std::unique_ptr<Ui::MembersTab> m_ui;
    Models::MemberTableModel *m_model;
    Models::MemberFilterProxyModel *m_proxy;
    LoadStatusBar *m_loadStatusBar;
    QToolBar *m_toolBar;

    QAction *m_addMembersAction = nullptr;
    QAction *m_removeMembersAction = nullptr;
    QAction *m_moveMembersAction = nullptr;
    QAction *m_copyMembersAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_exportMembersAction = nullptr;
};

} // namespace Gui
