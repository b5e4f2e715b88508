#pragma once

#include "models/membershipplan.h"
#include "models/userdrag.h"

#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

#include <memory>
#include <optional>

namespace Ui {
class MembershipPlanDialog;
}

namespace Models {
class ChangeOperation;
class MembershipComparison;
class Workspace;
} // namespace Models

namespace Gui {

class LoadStatusBar;

/// The plan of a person-centred bulk change, shown before anything is sent (Models::
/// MembershipPlan): its description, the groups to join or leave (and shares to revoke), the
/// ones the signed-in user cannot change listed apart with the reason. A copy of memberships
/// reads both people's groups first and offers "Match exactly" (also leave the groups the
/// source is not in); offboarding offers "Also revoke the N shares they hold directly" once the
/// shares are known (else says they were not looked up) and warns of a group a revoke would
/// leave without a manager, which OK then asks an explicit yes for. OK applies the plan as one
/// undoable step (applied()); Cancel changes nothing. Opened with open(); deletes itself on close.
class MembershipPlanDialog : public QDialog
{
    Q_OBJECT

public:
    /// A copy: \a to gets every group \a from is in (the dialog reads both lists).
    static MembershipPlanDialog *copy(
        Models::Workspace *workspace, const Models::UserRef &from, const Models::UserRef &to, QWidget *parent);
    /// Offboarding: \a person leaves \a groups (their record's groups, or their Member Of);
    /// \a shares, their direct shares when the Access part found them (nullopt: not looked up);
    /// \a unseen, their groups the signed-in user cannot see (said apart, not sent).
    static MembershipPlanDialog *offboarding(Models::Workspace *workspace, const Models::UserRef &person,
        const QList<Api::NamedRef> &groups, const std::optional<QList<Models::MembershipPlan::DirectShare>> &shares,
        QWidget *parent, const QList<Api::NamedRef> &unseen = {});
    ~MembershipPlanDialog() override;

    /// The plan as now shown (empty until it is worked out).
    const Models::MembershipPlan &plan() const { return m_plan; }
    /// Whether the plan is worked out (both lists read, the shares a revoke touches read) and OK
    /// may be pressed.
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    /// OK sent the plan: \a operation is its one undoable step.
    void applied(Models::ChangeOperation *operation);
    /// The plan shown changed (worked out, or an option toggled).
    void planChanged();

private:
    MembershipPlanDialog(Models::Workspace *workspace, Models::MembershipPlan::Kind kind, QWidget *parent);
    /// Works the plan out again from the options and what was read.
    void replan();
    /// Shows m_plan.
    void showPlan();
    void setReady(bool ready);
    void confirm();
    void apply();

    std::unique_ptr<Ui::MembershipPlanDialog> m_ui;
    QPointer<Models::Workspace> m_workspace;
    Models::MembershipPlan::Kind m_kind;
    Models::MembershipPlan m_plan;
    bool m_ready = false;
    quint64 m_serial = 0; ///< Of the plan whose shares are being read.
    LoadStatusBar *m_loadStatusBar;

    // A copy's two people and their lists.
    Models::MembershipComparison *m_comparison = nullptr;
    // Offboarding's person, groups and direct shares.
    Models::UserRef m_person;
    QList<Api::NamedRef> m_groups;
    QList<Api::NamedRef> m_unseen;
    std::optional<QList<Models::MembershipPlan::DirectShare>> m_shares;
};

} // namespace Gui
