#pragma once

#include "models/sharemodel.h"
#include "ui/widgets/grouptab.h"

#include <memory>

class QAction;
class QMenu;
class QToolBar;

namespace Ui {
class SharingTab;
}

namespace Models {
class ChangeOperation;
} // namespace Models

namespace Gui {

class LoadStatusBar;
class ShareTableView;
class Session;

/// The Sharing tab: who may read, write and manage the selected group, as one table filtered,
/// sorted (manage first) and counted here. The level is changed in place (a combo box), shares
/// are revoked (asking once), users and groups dropped on the table are shared with at the level
/// asked on the release, and the rows shown export as CSV. Each change is one operation of the
/// workspace and one undo step; a refusal is shown with the server's words.
class SharingTab : public GroupTab
{
    Q_OBJECT

public:
    explicit SharingTab(Session *session, QWidget *parent = nullptr);
    ~SharingTab() override;

    Models::ShareModel *model() const { return m_model; }
    Models::ShareFilterProxyModel *proxy() const { return m_proxy; }
    ShareTableView *view() const;

    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;

Q_SIGNALS:
    /// Add Share... was asked for, for group \a groupId (the add-share dialog answers it).
    void addShareRequested(qint64 groupId);

protected:
    qint64 loadedGroupId() const override;
    void loadGroup(qint64 groupId) override;
    void reloadGroup() override;

private:
    void setUpView();
    void setUpActions();
    void updateActions();
    void updateTotals();

    /// The source rows of the selection, in the order shown.
    QList<int> selectedRows() const;

    void editLevel();
    void confirmRevoke();
    void copyNames();
    void exportCsv();
    /// Asks, at \a globalPosition, for the level to share with what was dropped; then shares.
    void askLevel(const Models::ShareDropDescription &what, const QPoint &globalPosition);
    /// Shares with what was dropped, asking first about shares it would lower or a group left
    /// with no manager (SharePlanConfirmation).
    void share(const QList<Models::SharePrincipal> &principals, Api::PermissionLevel level);
    /// A level edit would leave the group with no manager: made only on an explicit yes.
    void confirmLevel(const Models::SharePlan &plan);
    void changeStarted(Models::ChangeOperation *operation);
    void changeFailed(const QString &message);

    std::unique_ptr<Ui::SharingTab> m_ui;
    Models::ShareModel *m_model;
    Models::ShareFilterProxyModel *m_proxy;
    LoadStatusBar *m_loadStatusBar;
    QToolBar *m_toolBar;

    QAction *m_addShareAction = nullptr;
    QAction *m_editLevelAction = nullptr;
    QAction *m_revokeAction = nullptr;
    QAction *m_copyNamesAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace Gui
