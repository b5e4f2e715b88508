#pragma once

#include "models/shareplan.h"

#include <QtCore/QCoreApplication>

#include <functional>

class QMessageBox;
class QWidget;

namespace Gui {

/// Asks about a share change before it is sent, when its plan (Models::SharePlan) would lower a
/// share someone holds or leave a group with no manager, and makes it only once the person
/// chose:
///  - lowering (a share only, unless \a askAboutLowering is false, as for a level picked for
///    one row): "Keep Higher Levels" (the default button, objectName "keepHigherButton") or
///    "Set Exactly Read" ("setExactlyButton"), listing every share it would lower, in the box
///    "sharePlanLoweringBox";
///  - no manager (a revoke, a level change, or setting exactly): an explicit yes in the box
///    "lastManagerBox", naming the groups ("Finance would have no manager"); Cancel is its
///    default button, the yes is "leaveWithoutManagerButton".
/// \a proceed gets the mode chosen (at once, and no box, when there is nothing to ask); Cancel
/// or Esc on any box calls \a cancelled instead, if given. The boxes are open()ed, never exec()ed,
/// and delete themselves; the one shown first is returned (nullptr when none was).
class SharePlanConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(Gui::SharePlanConfirmation)

public:
    using Proceed = std::function<void(Models::SharePlan::Mode mode)>;

    static QMessageBox *ask(QWidget *parent, const Models::SharePlan &plan, const Proceed &proceed,
        const std::function<void()> &cancelled = {}, bool askAboutLowering = true);

    /// The no-manager warning for \a plan under \a mode, "Finance would have no manager.";
    /// empty when it leaves every group a manager.
    static QString noManagerText(const Models::SharePlan &plan, Models::SharePlan::Mode mode);
    /// What having no manager means for a group, said after noManagerText().
    static QString noManagerExplanation();
    /// The explicit yes any change asks before it leaves \a groups groups without a manager,
    /// which \a text names ("Finance would have no manager."): the box "lastManagerBox", its
    /// yes "leaveWithoutManagerButton", Cancel the default. \a yes or \a cancelled is called
    /// as the person chose; the box is open()ed and deletes itself.
    static QMessageBox *askLeaveWithoutManager(QWidget *parent, const QString &text, int groups,
        const std::function<void()> &yes, const std::function<void()> &cancelled = {});

private:
    static QMessageBox *askNoManager(QWidget *parent, const Models::SharePlan &plan, Models::SharePlan::Mode mode,
        const Proceed &proceed, const std::function<void()> &cancelled);
};

} // namespace Gui
