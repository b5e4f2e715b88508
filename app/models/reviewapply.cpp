#include "models/reviewapply.h"

#include "models/changecommand.h"
#include "models/effectiveaccessloader.h"
#include "models/namelist.h"
#include "models/permissionleveltext.h"
#include "models/shareplan.h"
#include "models/workspace.h"

#include <QtCore/QSet>
#include <QtGui/QUndoStack>

namespace Models {

using Api::PermissionLevel;
using namespace Qt::StringLiterals;

namespace {

/// The level \a principal holds on a group as \a shares say; nullopt for none.
std::optional<PermissionLevel> heldIn(const Api::ShareIndex &shares, ReviewRow::Principal principal, qint64 id)
{
    const std::pair<const Api::ShareSet *, PermissionLevel> levels[] = {{&shares.owners, PermissionLevel::Manage},
        {&shares.writers, PermissionLevel::Write}, {&shares.readers, PermissionLevel::Read}};
    for (const auto &[set, level] : levels) {
        const QList<Api::NamedRef> &refs = principal == ReviewRow::Principal::Group ? set->groups : set->users;
        for (const Api::NamedRef &ref : refs) {
            if (ref.id == id)
                return level;
        }
    }
    return std::nullopt;
}

bool isMember(const Api::Group &group, qint64 userId)
{
    return std::any_of(group.members.cbegin(), group.members.cend(),
        [userId](const Api::Member &member) { return member.id == userId; });
}

ReviewRow::Outcome outcomeOf(Api::BulkOutcome outcome)
{
    switch (outcome) {
    case Api::BulkOutcome::Done:
        return ReviewRow::Outcome::Done;
    case Api::BulkOutcome::AlreadySo:
        return ReviewRow::Outcome::AlreadySo;
    case Api::BulkOutcome::Failed:
        return ReviewRow::Outcome::Failed;
    case Api::BulkOutcome::Cancelled:
        return ReviewRow::Outcome::Cancelled;
    case Api::BulkOutcome::Pending:
    case Api::BulkOutcome::Running:
        break;
    }
    return ReviewRow::Outcome::Pending;
}

/// What a change is about, whichever way it goes: the group, the principal, and member or
/// share. An apply's change and its undo (and redo) share it.
QString changeKey(const Api::BulkChange &change)
{
    const QString kind = !change.isShare() ? u"m"_s : change.targetIsGroup() ? u"g"_s : u"u"_s;
    return u"%1/%2/%3"_s.arg(change.groupId).arg(kind).arg(change.targetId);
}

/// Writes the undo and redo of an applied review back to its rows: when Edit > Undo (or the
/// Changes dock) undoes the apply's step, each change the undo makes marks its rows Undone;
/// a redo marks them Done again (Failed when the redo could not make it). Lives as the child of
/// the apply's first run, which lives as long as the step is on the undo stack.
class ApplyUndoFollower : public QObject
{
public:
    ApplyUndoFollower(ChangeOperation *firstRun, QUndoStack *stack, ReviewStore *store, const ChangePlan &plan,
        const QList<QList<qint64>> &rowsOfChange)
        : QObject(firstRun)
        , m_stack(stack)
        , m_store(store)
    {
        // The step the apply just pushed; compared by address only, as long as it is on the stack.
        if (stack->index() > 0)
            m_command = stack->command(stack->index() - 1);
        for (int i = 0; i < plan.size() && i < rowsOfChange.size(); ++i)
            m_rows[changeKey(plan.at(i).forward)] += rowsOfChange.at(i);
        connect(stack, &QUndoStack::indexChanged, this, &ApplyUndoFollower::stackMoved);
    }

private:
    void stackMoved()
    {
        if (!m_stack || !m_command)
            return;
        int at = -1;
        for (int i = 0; i < m_stack->count() && at < 0; ++i)
            at = m_stack->command(i) == m_command ? i : -1;
        if (at < 0)
            return; // not this step
        const bool undone = at >= m_stack->index();
        if (undone == m_undone)
            return;
        m_undone = undone;
        const auto *command = dynamic_cast<const ChangeCommand *>(m_command);
        ChangeOperation *run = command ? command->lastOperation() : nullptr;
        if (!run)
            return;
        m_written.clear();
        connect(
            run, &ChangeOperation::itemFinished, this, [this, run, undone](int index) { write(run, index, undone); });
        connect(run, &ChangeOperation::finished, this, [this, run, undone] {
            for (int i = 0; i < run->size(); ++i)
                write(run, i, undone);
        });
    }

    void write(const ChangeOperation *run, int index, bool undo)
    {
        if (!m_store || undo != m_undone || index < 0 || index >= run->size())
            return;
        const QList<qint64> rows = m_rows.value(changeKey(run->change(index).forward));
        const Api::BulkOutcome result = run->outcome(index);
        if (rows.isEmpty() || result == Api::BulkOutcome::Pending || result == Api::BulkOutcome::Running)
            return;
        const bool made = result == Api::BulkOutcome::Done || result == Api::BulkOutcome::AlreadySo;
        // An undo that failed leaves the change made: its rows stay Done. An undone row is not
        // applied: "apply the rest" (ReviewStore::rowsToApply()) sends it again.
        if (undo && !made)
            return;
        const ReviewRow::Outcome outcome = undo ? ReviewRow::Outcome::Undone
            : made                              ? ReviewRow::Outcome::Done
                                                : ReviewRow::Outcome::Failed;
        const QString reason = undo ? ReviewApply::tr("Undone after it was applied.")
            : made                  ? QString()
                                    : run->error(index).message();
        if (m_written.value(index) == std::pair(outcome, reason))
            return;
        m_written[index] = {outcome, reason};
        m_store->setOutcomes(rows, outcome, reason);
    }

    QPointer<QUndoStack> m_stack;
    QPointer<ReviewStore> m_store;
    const QUndoCommand *m_command = nullptr;
    QHash<QString, QList<qint64>> m_rows; ///< By changeKey(): the rows each change applies.
    bool m_undone = false;
    QHash<int, std::pair<ReviewRow::Outcome, QString>> m_written; ///< Of the run followed.
};

} // namespace

ReviewApply::ReviewApply(Workspace *workspace, ReviewStore *store, qint64 reviewId, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_store(store)
    , m_reviewId(reviewId)
{
}

ReviewApply::~ReviewApply() = default;

void ReviewApply::prepare()
{
    if (!m_workspace || !m_store)
        return;
    ++m_generation;
    m_preparing = true;
    m_prepared = false;
    m_error = {};
    m_rows.clear();
    m_rowIds.clear();
    m_groups.clear();
    m_shares.clear();
    m_reviewName = m_store->review(m_reviewId).value_or(ReviewInfo()).name;
    // What is left: decided to change, current, and neither made nor found gone before.
    m_rows = m_store->rowsToApply(m_reviewId);
    for (const ReviewRow &row : std::as_const(m_rows))
        m_rowIds.append(row.id);
    QSet<qint64> memberGroups; // whose members decide whether a grant is there
    QSet<qint64> shareGroups; // whose shares do
    for (const ReviewRow &row : std::as_const(m_rows)) {
        if (row.isIndirect()) {
            memberGroups.insert(row.viaGroupId);
            shareGroups.insert(row.groupId);
        } else if (row.isShare()) {
            shareGroups.insert(row.groupId);
        } else {
            memberGroups.insert(row.groupId);
        }
    }
    delete m_fetcher;
    m_fetcher = new AccessFetcher(m_workspace->groupStore(), this);
    m_outstanding = int(memberGroups.size() + shareGroups.size());
    if (m_outstanding == 0) {
        plan();
        return;
    }
    readGroups(memberGroups, shareGroups);
}

void ReviewApply::readGroups(const QSet<qint64> &memberGroups, const QSet<qint64> &shareGroups)
{
    const quint64 generation = m_generation;
    for (qint64 id : memberGroups) {
        m_fetcher->group(id, this, [this, id, generation](const Api::Result<Api::Group> &result) {
            if (generation != m_generation)
                return;
            if (result)
                m_groups.insert(id, *result);
            else if (m_error.isNull())
                m_error = result.error;
            requestDone();
        });
    }
    for (qint64 id : shareGroups) {
        m_workspace->client()->groups().listShares(id).onFinished(
            this, [this, id, generation](const Api::Result<Api::ShareIndex> &result) {
                if (generation != m_generation)
                    return;
                if (result)
                    m_shares.insert(id, *result);
                else if (m_error.isNull())
                    m_error = result.error;
                requestDone();
            });
    }
}

void ReviewApply::requestDone()
{
    if (--m_outstanding > 0)
        return;
    if (!m_error.isNull()) {
        m_preparing = false;
        Q_EMIT prepared();
        return;
    }
    plan();
}

void ReviewApply::plan()
{
    m_plan.clear();
    m_rowsOfChange.clear();
    m_gone.clear();
    m_alreadySo.clear();
    m_noManager.clear();
    m_removals = 0;
    m_lowerings = 0;
    QHash<QString, int> changeOf; // one change for rows asking the same (a person out of a share group)
    // Per group, the principals whose change takes manage away, for the last-manager rule.
    QHash<qint64, QList<SharePrincipal>> takingManage;
    QHash<qint64, QString> groupNames;
    for (const ReviewRow &row : std::as_const(m_rows)) {
        groupNames.insert(row.groupId, row.groupName);
        if (!row.isShare() || row.isIndirect())
            planMembership(row, changeOf);
        else
            planShare(row, takingManage);
    }
    checkLastManagers(takingManage, groupNames);
    m_preparing = false;
    m_prepared = true;
    Q_EMIT prepared();
}

void ReviewApply::markGone(const ReviewRow &row, const QString &found)
{
    // A grant gone whose change an earlier run sent (and was cut off, or failed on a timeout)
    // may be gone by that run's doing: it is as decided either way, and said so.
    if (row.outcome == ReviewRow::Outcome::Pending || row.outcome == ReviewRow::Outcome::Cancelled
        || row.outcome == ReviewRow::Outcome::Failed)
        m_alreadySo.insert(row.id, found + u' ' + tr("An earlier run that did not finish may have made it."));
    else
        m_gone.insert(row.id, found);
}

void ReviewApply::planMembership(const ReviewRow &row, QHash<QString, int> &changeOf)
{
    const qint64 groupId = row.isIndirect() ? row.viaGroupId : row.groupId;
    const QString groupName = row.isIndirect() ? row.viaGroupName : row.groupName;
    const Api::Group &group = m_groups.value(groupId);
    if (!isMember(group, row.principalId)) {
        markGone(row, tr("%1 is no longer a member of %2.").arg(row.name, groupName));
        return;
    }
    if (row.isIndirect() && !heldIn(m_shares.value(row.groupId), ReviewRow::Principal::Group, groupId)) {
        markGone(row, tr("%1 no longer shares %2.").arg(groupName, row.groupName));
        return;
    }
    const QString key = u"m/%1/%2"_s.arg(groupId).arg(row.principalId);
    if (const auto it = changeOf.constFind(key); it != changeOf.constEnd()) {
        m_rowsOfChange[*it].append(row.id);
        return;
    }
    PlannedChange change = PlannedChange::removeMember(groupId, row.principalId, row.name, row.username);
    change.forward.groupName = change.backward.groupName = groupName;
    changeOf.insert(key, int(m_plan.size()));
    m_plan.append(change);
    m_rowsOfChange.append(QList<qint64>{row.id});
    ++m_removals;
}

void ReviewApply::planShare(const ReviewRow &row, QHash<qint64, QList<SharePrincipal>> &takingManage)
{
    const std::optional<PermissionLevel> held = heldIn(m_shares.value(row.groupId), row.principal, row.principalId);
    const std::optional<PermissionLevel> wanted = row.loweredLevel();
    if (!held) {
        markGone(row, tr("%1 no longer holds a share of %2.").arg(row.name, row.groupName));
        return;
    }
    if (wanted && int(*held) <= int(*wanted)) {
        m_alreadySo.insert(
            row.id, tr("%1 holds %2 on %3 already.").arg(row.name, permissionLevelText(*held), row.groupName));
        return;
    }
    SharePrincipal principal;
    principal.kind
        = row.principal == ReviewRow::Principal::Group ? SharePrincipal::Kind::Group : SharePrincipal::Kind::User;
    principal.id = row.principalId;
    principal.name = row.name;
    PlannedChange change = PlannedChange::share(row.groupId, principal, wanted, held);
    change.forward.groupName = change.backward.groupName = row.groupName;
    change.forward.handle = change.backward.handle = row.username;
    m_plan.append(change);
    m_rowsOfChange.append(QList<qint64>{row.id});
    if (wanted)
        ++m_lowerings;
    else
        ++m_removals;
    if (*held == PermissionLevel::Manage)
        takingManage[row.groupId].append(principal);
}

void ReviewApply::checkLastManagers(
    const QHash<qint64, QList<SharePrincipal>> &takingManage, const QHash<qint64, QString> &groupNames)
{
    // The last-manager rule, as SharePlan says it: a removal and a lowering from manage both
    // take manage away, so each group's are checked together, as one revoke.
    for (auto it = takingManage.cbegin(); it != takingManage.cend(); ++it) {
        SharePlan check({it.key()}, it.value(), std::nullopt);
        check.setShares(it.key(), m_shares.value(it.key()));
        check.setGroupName(it.key(), groupNames.value(it.key()));
        if (!check.groupsLeftWithoutManager(SharePlan::Mode::SetExactly).isEmpty())
            m_noManager.append({it.key(), groupNames.value(it.key())});
    }
    std::sort(m_noManager.begin(), m_noManager.end(),
        [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
}

QString ReviewApply::noManagerText() const
{
    if (m_noManager.isEmpty())
        return {};
    QStringList names;
    for (const auto &[id, name] : m_noManager)
        names.append(name);
    return tr("%1 would have no manager", nullptr, int(names.size())).arg(NameList::text(names));
}

QString ReviewApply::summaryText() const
{
    QStringList parts;
    if (m_removals > 0)
        parts.append(tr("%n removal(s)", nullptr, m_removals));
    if (m_lowerings > 0)
        parts.append(tr("%n lowering(s)", nullptr, m_lowerings));
    QString text = parts.isEmpty() ? tr("Nothing to send") : parts.join(u", "_s);
    if (!m_gone.isEmpty())
        text += u"; "_s + tr("%n grant(s) gone already", nullptr, int(m_gone.size()));
    if (!m_alreadySo.isEmpty())
        text += u"; "_s + tr("%n already so", nullptr, int(m_alreadySo.size()));
    if (!m_noManager.isEmpty())
        text += u"; "_s + noManagerText();
    return text;
}

QString ReviewApply::text() const
{
    return tr("Apply review %1: %n change(s)", nullptr, changeCount()).arg(m_reviewName);
}

ChangeOperation *ReviewApply::run()
{
    if (!m_prepared || !m_workspace || !m_store)
        return nullptr;
    for (auto it = m_gone.cbegin(); it != m_gone.cend(); ++it)
        m_store->setOutcome(it.key(), ReviewRow::Outcome::Gone, it.value());
    for (auto it = m_alreadySo.cbegin(); it != m_alreadySo.cend(); ++it)
        m_store->setOutcome(it.key(), ReviewRow::Outcome::AlreadySo, it.value());
    m_prepared = false; // one run per preparation: what it sends is what was read
    if (m_plan.isEmpty())
        return nullptr;
    // Every row to send is marked sent first, in one transaction: a kill from here on leaves
    // them "sent, not confirmed", and the next preparation reads what the server holds.
    QList<qint64> sending;
    for (const QList<qint64> &rows : std::as_const(m_rowsOfChange))
        sending += rows;
    m_store->setOutcomes(sending, ReviewRow::Outcome::Pending);
    m_written.clear();
    ChangeOperation *operation = m_workspace->apply(text(), m_plan);
    m_operation = operation;
    if (!operation)
        return nullptr;
    operation->setManagerWarnings(m_noManager);
    new ApplyUndoFollower(operation, m_workspace->undoStack(), m_store, m_plan, m_rowsOfChange);
    connect(operation, &ChangeOperation::itemFinished, this, &ReviewApply::writeOutcome);
    connect(operation, &ChangeOperation::finished, this, [this, operation] {
        // Whatever the run did not settle item by item (never sent, cut short) is written too.
        for (int i = 0; i < operation->size() && i < m_rowsOfChange.size(); ++i)
            writeOutcome(i);
        Q_EMIT finished();
    });
    return operation;
}

void ReviewApply::writeOutcome(int index)
{
    if (!m_operation || !m_store || index < 0 || index >= m_rowsOfChange.size())
        return;
    const ReviewRow::Outcome outcome = outcomeOf(m_operation->outcome(index));
    if (outcome == ReviewRow::Outcome::Pending)
        return;
    const QString reason = outcome == ReviewRow::Outcome::Failed || outcome == ReviewRow::Outcome::Cancelled
        ? m_operation->error(index).message()
        : QString();
    // Written once per outcome: the end of a run goes over every change, and only what the
    // items did not say already is written then.
    if (m_written.value(index) == std::pair(outcome, reason))
        return;
    m_written[index] = {outcome, reason};
    m_store->setOutcomes(m_rowsOfChange.at(index), outcome, reason);
}

} // namespace Models
