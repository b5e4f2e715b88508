#pragma once

#include "models/changeoperation.h"
#include "models/userdrag.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include "api/apiclient.h"

#include <deque>

class QUndoStack;

namespace Models {

class GroupStore;

/// What every model of one connection shares: the client, the one store of groups, and the one
/// undo stack on which every membership and share change is a command. Changes run one
/// operation at a time, in the order they were asked for, so an undo always acts on what the
/// change before it actually did.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(Api::ApiClient *client, QObject *parent = nullptr);
    ~Workspace() override;

    Api::ApiClient *client() const { return m_client; }
    GroupStore *groupStore() const { return m_groupStore; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Pushes \a plan as one undoable command named \a text and returns its run.
    ChangeOperation *apply(const QString &text, const ChangePlan &plan);
    /// Adds \a users to group \a groupId; with \a moveFromGroupId, removes each one from that
    /// group once the add held. One undoable command.
    ChangeOperation *addMembers(
        qint64 groupId, const QList<UserRef> &users, std::optional<qint64> moveFromGroupId = {});
    ChangeOperation *removeMembers(qint64 groupId, const QList<UserRef> &users);

    /// Queues a run whose plan \a makePlan makes when its turn comes; for undo commands.
    ChangeOperation *enqueue(const QString &text, ChangeOperation::PlanMaker makePlan);

    /// The operation running now, if any.
    ChangeOperation *currentOperation() const;
    /// True while an operation runs or waits.
    bool isBusy() const;

Q_SIGNALS:
    /// A run was queued (it starts when those before it have finished).
    void operationQueued(Models::ChangeOperation *operation);
    void operationFinished(Models::ChangeOperation *operation);

private:
    void startNext();

    QPointer<Api::ApiClient> m_client;
    GroupStore *m_groupStore = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::deque<QPointer<ChangeOperation>> m_waiting;
    QPointer<ChangeOperation> m_running;
};

} // namespace Models
