#pragma once

#include "api/apiclient.h"
#include "models/changeoperation.h"
#include "models/shareplan.h"

#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

#include <memory>

class QPushButton;

namespace Models {
class Workspace;
} // namespace Models

namespace Ui {
class AddShareDialog;
}

namespace Gui {

class GroupPickerWidget;
class UserPickerWidget;

/// Shares one group (Add Share... on the Sharing tab) or many (Share Selected Groups With...)
/// with people and groups picked from server searches, at one level (read by default), and
/// optionally has the server mail them the shared e-mail with a message. Share (the default
/// button, enabled once someone is picked) first reads the groups' shares (Models::SharePlan):
/// when the level would lower what some of them hold, the person chooses to keep higher levels
/// (the default) or set exactly this level, and a group that would be left with no manager needs
/// an explicit yes (SharePlanConfirmation). Then one undoable operation goes through
/// Workspace::applyShares(), whose progress shows in the Changes dock; it emits shared() and
/// closes. Cancel in those questions sends nothing and keeps the dialog as it was. If it cannot even start, the dialog stays open
/// with everything picked and typed, and says why.
///
/// Meant to be open()ed; deleting it is the caller's choice.
class AddShareDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a groupIds: the groups to share (one from the Sharing tab, the selection for Share With).
    AddShareDialog(Models::Workspace *workspace, const QList<qint64> &groupIds, QWidget *parent = nullptr);
    ~AddShareDialog() override;

    QList<qint64> groupIds() const { return m_groupIds; }
    UserPickerWidget *userPicker() const;
    GroupPickerWidget *groupPicker() const;
    /// Share, in the button box (objectName "shareButton").
    QPushButton *shareButton() const { return m_shareButton; }

    /// Who would be shared with, as Workspace::share() takes them: the people, then the groups.
    QList<Models::SharePrincipal> principals() const;
    Api::PermissionLevel level() const;
    void setLevel(Api::PermissionLevel level);
    /// The e-mail asked for (empty unless "Send an e-mail" is checked).
    Api::ShareNotice notice() const;

Q_SIGNALS:
    /// Share sent \a operation (one undo step); the dialog closes after.
    void shared(Models::ChangeOperation *operation);

private:
    void updateTitle();
    void updateState();
    /// Reads the groups' shares, asks about what would be lowered or left without a manager
    /// (SharePlanConfirmation), then send()s.
    void share();
    void send(const Models::SharePlan &plan, Models::SharePlan::Mode mode);
    void showError(const QString &text);

    std::unique_ptr<Ui::AddShareDialog> m_ui;
    QPointer<Models::Workspace> m_workspace;
    QList<qint64> m_groupIds;
    QPushButton *m_shareButton = nullptr;
    bool m_reading = false; ///< From Share until the plan is sent or the person says no.
};

} // namespace Gui
