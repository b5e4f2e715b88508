#include "models/workspace.h"

#include "models/changecommand.h"
#include "models/groupstore.h"

#include "api/apiclient.h"

#include <QtGui/QUndoStack>

namespace Models {

Workspace::Workspace(Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_groupStore(new GroupStore(client, this))
    , m_undoStack(new QUndoStack(this))
{
}

Workspace::~Workspace() = default;

ChangeOperation *Workspace::apply(const QString &text, const ChangePlan &plan)
{
    auto *command = new ChangeCommand(this, text, plan);
    m_undoStack->push(command); // runs redo(), which queues the run
    return command->lastOperation();
}

namespace {
QString whoText(const QList<UserRef> &users)
{
    return users.size() == 1 ? users.first().name : Workspace::tr("%n users", nullptr, int(users.size()));
}
} // namespace

ChangeOperation *Workspace::addMembers(
    qint64 groupId, const QList<UserRef> &users, std::optional<qint64> moveFromGroupId)
{
    const bool move = moveFromGroupId && *moveFromGroupId != groupId;
    ChangePlan plan;
    plan.reserve(users.size() * (move ? 2 : 1));
    for (const UserRef &user : users)
        plan.append(PlannedChange::addMember(groupId, user.id, user.name));
    if (move) {
        for (int i = 0; i < users.size(); ++i) {
            PlannedChange remove = PlannedChange::removeMember(*moveFromGroupId, users.at(i).id, users.at(i).name);
            remove.after = i;
            plan.append(remove);
        }
    }
    const QString text = move
        ? tr("Move %1 from %2 to %3").arg(whoText(users), m_groupStore->name(*moveFromGroupId), m_groupStore->name(groupId))
        : tr("Add %1 to %2").arg(whoText(users), m_groupStore->name(groupId));
    return apply(text, plan);
}

ChangeOperation *Workspace::removeMembers(qint64 groupId, const QList<UserRef> &users)
{
    ChangePlan plan;
    plan.reserve(users.size());
    for (const UserRef &user : users)
        plan.append(PlannedChange::removeMember(groupId, user.id, user.name));
    return apply(tr("Remove %1 from %2").arg(whoText(users), m_groupStore->name(groupId)), plan);
}

ChangeOperation *Workspace::enqueue(const QString &text, ChangeOperation::PlanMaker makePlan)
{
    auto *operation = new ChangeOperation(m_client, m_groupStore, text, std::move(makePlan), this);
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
