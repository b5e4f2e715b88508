#include "models/changecommand.h"

#include "models/workspace.h"

#include <memory>

namespace Models {

ChangeCommand::ChangeCommand(Workspace *workspace, const QString &text, const ChangePlan &plan)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_plan(plan)
    , m_plannedCount(int(plan.size()))
{
}

ChangeCommand::~ChangeCommand()
{
    // A run that waits may still need the one before it (an undo reverses what it did): the
    // runs go together, once every one of them has finished.
    auto runs = std::make_shared<QList<QPointer<ChangeOperation>>>(m_runs);
    const auto reapIfIdle = [runs] {
        for (const QPointer<ChangeOperation> &run : std::as_const(*runs)) {
            if (run && run->state() != ChangeOperation::State::Finished)
                return false;
        }
        for (const QPointer<ChangeOperation> &run : std::as_const(*runs)) {
            if (run)
                run->deleteLater(); // it may be emitting finished() just now
        }
        runs->clear();
        return true;
    };
    if (reapIfIdle())
        return;
    for (const QPointer<ChangeOperation> &run : std::as_const(*runs)) {
        if (run && run->state() != ChangeOperation::State::Finished)
            QObject::connect(run, &ChangeOperation::finished, run, reapIfIdle);
    }
}

void ChangeCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        // From now on, the runs themselves say what to reverse.
        enqueue(text(), [plan = std::exchange(m_plan, {})] { return plan; });
        return;
    }
    reverseLast(text());
}

void ChangeCommand::undo()
{
    if (m_nothingDone) {
        // Nothing to reverse: the stack deletes an obsolete command once its undo returns.
        setObsolete(true);
        return;
    }
    reverseLast(tr("Undo %1").arg(text()));
}

bool ChangeCommand::madeNothing(const ChangeOperation *run)
{
    if (!run || run->state() != ChangeOperation::State::Finished)
        return false;
    for (int i = 0; i < run->size(); ++i) {
        if (run->mayHaveBeenMade(i))
            return false;
    }
    return true;
}

void ChangeCommand::setNothingDone()
{
    if (m_nothingDone)
        return;
    m_nothingDone = true;
    setText(tr("%1 (nothing was done)").arg(text()));
    // The run outlives the step: it stays the workspace's child, shown in the Changes dock.
    m_runs.clear();
}

void ChangeCommand::reverseLast(const QString &text)
{
    const QPointer<ChangeOperation> last = m_last;
    QString runText = text;
    // An undo or redo repeats only what the run before it made: known now when that run has
    // ended (the usual case, one undoes what one saw finish), the Changes dock says how many of
    // the command's changes it repeats, not "Add 3 users" where 2 of 2 are added.
    if (last && last->state() == ChangeOperation::State::Finished) {
        const int repeated = int(reversal(last).size());
        if (repeated < m_plannedCount) {
            runText = tr(
                "%1 (%n of %2: those made)", "an undo or redo of a run that made only some of its changes", repeated)
                          .arg(text)
                          .arg(m_plannedCount);
        }
    }
    enqueue(runText, [last] { return last ? reversal(last) : ChangePlan(); });
}

void ChangeCommand::enqueue(const QString &text, ChangeOperation::PlanMaker makePlan)
{
    m_last = m_workspace->enqueue(text, std::move(makePlan));
    m_runs.append(m_last);
}

ChangePlan ChangeCommand::reversal(const ChangeOperation *run)
{
    ChangePlan reversed;
    QList<int> reversedIndex(run->size(), -1);
    for (int i = 0; i < run->size(); ++i) {
        // Also a change that was sent and then cut off: its reverse is harmless if it was not
        // made (the queue finds it already so), and needed if it was.
        if (!run->mayHaveBeenMade(i))
            continue;
        const PlannedChange &change = run->change(i);
        reversedIndex[i] = int(reversed.size());
        PlannedChange reverse{change.backward, change.forward, -1};
        // Only the first run mails: neither an undo nor a redo tells people again.
        reverse.forward.notice = {};
        reverse.backward.notice = {};
        reversed.append(reverse);
    }
    // If j waited for i, the reverse of i waits for the reverse of j.
    for (int j = 0; j < run->size(); ++j) {
        const int i = run->change(j).after;
        if (i >= 0 && reversedIndex.at(i) >= 0 && reversedIndex.at(j) >= 0)
            reversed[reversedIndex.at(i)].after = reversedIndex.at(j);
    }
    return reversed;
}

} // namespace Models
