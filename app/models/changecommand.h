#pragma once

#include "models/changeoperation.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>
#include <QtGui/QUndoCommand>

namespace Models {

class Workspace;

/// A plan of membership or share changes as one step of the undo stack. Undo reverses exactly
/// the changes the last run made (not those that were already so, nor those refused), and
/// those that may have been made (sent, then cancelled or cut off); redo makes again exactly
/// the changes the undo reversed.
///
/// Its runs live as long as it does: when the undo stack drops it (past its undo limit, on a
/// clear, or when a new step replaces an undone one), its runs are deleted once none of them
/// runs or waits any more. Hold a run in a QPointer.
class ChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Models::ChangeCommand)

public:
    ChangeCommand(Workspace *workspace, const QString &text, const ChangePlan &plan);
    ~ChangeCommand() override;

    void redo() override;
    void undo() override;

    /// Whether \a run is this command's first run (its redo when pushed), and the only one yet.
    bool isFirstRun(const ChangeOperation *run) const { return m_runs.size() == 1 && m_runs.first() == run; }
    /// Whether \a run made nothing on the server: none of its changes was done or may have been.
    static bool madeNothing(const ChangeOperation *run);
    /// Says that the first run made nothing: the step's text says so ("Add Ada to Book Club
    /// (nothing was done)"), its undo sends nothing and drops the step (obsolete), and its run
    /// is left to the workspace, so the Changes dock keeps showing what was refused and why.
    void setNothingDone();
    bool isNothingDone() const { return m_nothingDone; }

    /// The run started by the last redo() or undo().
    ChangeOperation *lastOperation() const { return m_last; }

    /// The plan that undoes what \a run did: the reverse of each change it made, in the
    /// reverse order of prerequisites (a move is undone by adding back first, then removing).
    /// It sends no e-mail (Api::BulkChange::notice), nor does a redo after it.
    static ChangePlan reversal(const ChangeOperation *run);

private:
    /// Queues the reversal of the last run.
    void reverseLast(const QString &text);
    /// Queues a run and makes it the last.
    void enqueue(const QString &text, ChangeOperation::PlanMaker makePlan);

    Workspace *m_workspace;
    ChangePlan m_plan; ///< Until the first redo() hands it to its run.
    int m_plannedCount = 0; ///< How many changes the command's text counts.
    bool m_firstRedo = true;
    bool m_nothingDone = false;
    QPointer<ChangeOperation> m_last;
    QList<QPointer<ChangeOperation>> m_runs; ///< Every run of this command, the last one last.
};

} // namespace Models
