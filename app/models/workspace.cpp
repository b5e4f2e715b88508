#include "models/workspace.h"

#include "models/changecommand.h"
#include "models/groupedit.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"

#include "api/apiclient.h"

#include <QtCore/QLocale>
#include <QtGui/QUndoStack>

namespace Models {

Workspace::Workspace(Api::ApiClient *client, QObject *parent)
    : Workspace(client, kDefaultUndoLimit, parent)
{
}

Workspace::Workspace(Api::ApiClient *client, int undoLimit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_groupStore(new GroupStore(client, this))
    , m_permissions(new GroupPermissionLoader(client, m_groupStore, this))
    , m_groupEdits(new GroupEditQueue(this))
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(std::max(0, undoLimit));
}

Workspace::~Workspace()
{
    // The steps first, while the runs they name are still there.
    delete std::exchange(m_undoStack, nullptr);
}

int Workspace::undoLimit() const
{
    return m_undoStack->undoLimit();
}

bool Workspace::setUndoLimit(int limit)
{
    if (m_undoStack->count() > 0)
        return false;
    m_undoStack->setUndoLimit(std::max(0, limit));
    return true;
}

ChangeOperation *Workspace::apply(const QString &text, const ChangePlan &plan)
{
    auto *command = new ChangeCommand(this, text, plan);
    m_undoStack->push(command); // runs redo(), which queues the run
    ChangeOperation *run = command->lastOperation();
    // A change of which nothing was done (a read-only person's drop, every add refused) is not a
    // step: "Undo Add Aisha Banerjee to Book Club" would undo nothing, and the person would
    // wonder what it did. It goes from the stack as if never pushed, which is what a person
    // expects of something that did not happen; the Changes dock and the Activity log keep it,
    // with the server's reasons. A step pushed after it meanwhile keeps it where it is: its
    // undo then says there was nothing to undo, and goes.
    if (run) {
        const QPointer<QUndoStack> stack = m_undoStack;
        connect(
            run, &ChangeOperation::finished, this,
            [stack, command, run] {
                if (!stack)
                    return;
                // The command may have gone meanwhile (the stack cleared, past its limit): only
                // one still on the stack, and done (not undone), is looked at.
                const int at = stack->index() - 1;
                int found = -1;
                for (int i = 0; i < stack->count() && found < 0; ++i)
                    found = stack->command(i) == command ? i : -1;
                if (found < 0 || found > at || !command->isFirstRun(run) || !ChangeCommand::madeNothing(run))
                    return;
                command->setNothingDone();
                if (found == stack->count() - 1 && found == at)
                    stack->undo(); // the command drops itself (obsolete): as if never pushed
            },
            Qt::SingleShotConnection);
    }
    return run;
}

namespace {
QString whoText(const QList<UserRef> &users)
{
    return users.size() == 1 ? users.first().name : Workspace::tr("%n users", nullptr, int(users.size()));
}

QString whoText(const QList<SharePrincipal> &principals)
{
    if (principals.size() == 1)
        return principals.first().name;
    const auto users = std::count_if(principals.cbegin(), principals.cend(),
        [](const SharePrincipal &principal) { return principal.kind == SharePrincipal::Kind::User; });
    const int n = int(principals.size());
    if (users == n)
        return Workspace::tr("%n users", nullptr, n);
    if (users == 0)
        return Workspace::tr("%n groups", nullptr, n);
    // Both kinds counted, as a drop of people and groups together is one step ("2 users and
    // 1 group"; the app ships no translation that would pick a plural form for %n).
    const int groups = n - int(users);
    return Workspace::tr("%1 and %2")
        .arg(users == 1 ? Workspace::tr("1 user") : Workspace::tr("%1 users").arg(QLocale().toString(int(users))),
            groups == 1 ? Workspace::tr("1 group") : Workspace::tr("%1 groups").arg(QLocale().toString(groups)));
}
} // namespace

ChangeOperation *Workspace::addMembers(
    qint64 groupId, const QList<UserRef> &users, std::optional<qint64> moveFromGroupId)
{
    const bool move = moveFromGroupId && *moveFromGroupId != groupId;
    ChangePlan plan;
    plan.reserve(users.size() * (move ? 2 : 1));
    for (const UserRef &user : users)
        plan.append(PlannedChange::addMember(groupId, user.id, user.name, user.username));
    if (move) {
        for (int i = 0; i < users.size(); ++i) {
            PlannedChange remove
                = PlannedChange::removeMember(*moveFromGroupId, users.at(i).id, users.at(i).name, users.at(i).username);
            remove.after = i;
            plan.append(remove);
        }
    }
    const QString text = move
        ? tr("Move %1 from %2 to %3")
              .arg(whoText(users), m_groupStore->name(*moveFromGroupId), m_groupStore->name(groupId))
        : tr("Add %1 to %2").arg(whoText(users), m_groupStore->name(groupId));
    return apply(text, plan);
}

ChangeOperation *Workspace::removeMembers(qint64 groupId, const QList<UserRef> &users)
{
    ChangePlan plan;
    plan.reserve(users.size());
    for (const UserRef &user : users)
        plan.append(PlannedChange::removeMember(groupId, user.id, user.name, user.username));
    return apply(tr("Remove %1 from %2").arg(whoText(users), m_groupStore->name(groupId)), plan);
}

ChangeOperation *Workspace::share(const QList<qint64> &groupIds, const QList<SharePrincipal> &principals,
    Api::PermissionLevel level, const HeldLevel &held, const Api::ShareNotice &notice)
{
    return changeShares(groupIds, principals, level, held, notice);
}

ChangeOperation *Workspace::revokeShares(
    const QList<qint64> &groupIds, const QList<SharePrincipal> &principals, const HeldLevel &held)
{
    return changeShares(groupIds, principals, std::nullopt, held);
}

ChangeOperation *Workspace::changeShares(const QList<qint64> &groupIds, const QList<SharePrincipal> &principals,
    std::optional<Api::PermissionLevel> level, const HeldLevel &held, const Api::ShareNotice &notice)
{
    if (groupIds.isEmpty() || principals.isEmpty())
        return nullptr;
    ChangePlan plan;
    plan.reserve(groupIds.size() * principals.size());
    for (qint64 groupId : groupIds) {
        for (const SharePrincipal &principal : principals) {
            plan.append(
                PlannedChange::share(groupId, principal, level, held ? held(groupId, principal) : std::nullopt));
            if (level)
                plan.last().forward.notice = notice;
        }
    }
    return apply(shareText(groupIds, principals, level), plan);
}

QString Workspace::shareText(const QList<qint64> &groupIds, const QList<SharePrincipal> &principals,
    std::optional<Api::PermissionLevel> level) const
{
    const QString who = whoText(principals);
    const QString where
        = groupIds.size() == 1 ? m_groupStore->name(groupIds.first()) : tr("%n groups", nullptr, int(groupIds.size()));
    if (!level)
        return tr("Revoke the access of %1 to %2").arg(who, where);
    if (*level == Api::PermissionLevel::Read)
        return tr("Give %1 read access to %2").arg(who, where);
    if (*level == Api::PermissionLevel::Write)
        return tr("Give %1 write access to %2").arg(who, where);
    return tr("Give %1 manage access to %2").arg(who, where);
}

ChangeOperation *Workspace::applyShares(const SharePlan &plan, SharePlan::Mode mode, const Api::ShareNotice &notice)
{
    ChangePlan changes;
    QList<qint64> groups;
    QList<SharePrincipal> sent;
    for (qint64 groupId : plan.groupIds()) {
        const QList<SharePrincipal> principals = plan.principalsFor(groupId, mode);
        if (principals.isEmpty())
            continue; // everyone holds more there already
        groups.append(groupId);
        for (const SharePrincipal &principal : principals) {
            changes.append(PlannedChange::share(groupId, principal, plan.level(), plan.held(groupId, principal)));
            if (plan.level())
                changes.last().forward.notice = notice;
            const bool known = std::any_of(sent.cbegin(), sent.cend(),
                [&](const SharePrincipal &other) { return other.kind == principal.kind && other.id == principal.id; });
            if (!known)
                sent.append(principal);
        }
    }
    if (changes.isEmpty())
        return nullptr;
    ChangeOperation *operation = apply(shareText(groups, sent, plan.level()), changes);
    QList<std::pair<qint64, QString>> warned;
    for (qint64 groupId : plan.groupsLeftWithoutManager(mode))
        warned.append({groupId, plan.groupName(groupId)});
    // Before the run starts (it starts from the event loop), so its report can say so.
    if (operation)
        operation->setManagerWarnings(warned);
    return operation;
}

ChangeOperation *Workspace::enqueue(const QString &text, ChangeOperation::PlanMaker makePlan)
{
    // The plan is made when the run starts: the names are the store's at that time (an undo
    // of a change to a group renamed since names it as it is called now).
    ChangeOperation::PlanMaker named = [this, makePlan = std::move(makePlan)] {
        ChangePlan plan = makePlan ? makePlan() : ChangePlan();
        nameGroups(plan);
        return plan;
    };
    auto *operation = new ChangeOperation(m_client, m_groupStore, text, std::move(named), this);
    connect(operation, &ChangeOperation::finished, this, [this, operation] {
        Q_EMIT operationFinished(operation);
        if (operation == m_running) {
            m_running = nullptr;
            startNext();
        }
    });
    m_waiting.push_back(operation);
    Q_EMIT operationQueued(operation);
    // Started from the event loop, so a caller can connect to the operation's signals first.
    QMetaObject::invokeMethod(this, &Workspace::startNext, Qt::QueuedConnection);
    return operation;
}

ChangeOperation *Workspace::currentOperation() const
{
    return m_running;
}

bool Workspace::isBusy() const
{
    return m_running || !m_waiting.empty();
}

QList<ChangeOperation *> Workspace::unfinishedOperations() const
{
    QList<ChangeOperation *> operations;
    if (m_running && m_running->state() != ChangeOperation::State::Finished)
        operations.append(m_running);
    for (const QPointer<ChangeOperation> &waiting : m_waiting) {
        if (waiting && waiting->state() != ChangeOperation::State::Finished)
            operations.append(waiting);
    }
    return operations;
}

void Workspace::nameGroups(ChangePlan &plan) const
{
    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 groupId) -> const QString & {
        auto it = names.find(groupId);
        if (it == names.end())
            it = names.insert(groupId, m_groupStore->name(groupId));
        return *it;
    };
    for (PlannedChange &change : plan) {
        change.forward.groupName = nameOf(change.forward.groupId);
        change.backward.groupName = nameOf(change.backward.groupId);
        // A group shared with is named in the activity log by its slug too, when the store
        // has seen it (a share plan's principals carry names only).
        if (change.forward.targetIsGroup() && change.forward.handle.isEmpty()) {
            if (const Api::GroupSummary *target = m_groupStore->find(change.forward.targetId); target && target->slug)
                change.forward.handle = change.backward.handle = *target->slug;
        }
    }
}

void Workspace::startNext()
{
    while (!m_running && !m_waiting.empty()) {
        QPointer<ChangeOperation> next = m_waiting.front();
        m_waiting.pop_front();
        if (!next || next->state() != ChangeOperation::State::Queued)
            continue; // cancelled while waiting
        m_running = next;
        next->start();
    }
}

} // namespace Models
