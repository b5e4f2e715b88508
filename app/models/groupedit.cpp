#include "models/groupedit.h"

#include "models/groupstore.h"
#include "models/workspace.h"

#include <QtCore/QTimer>
#include <QtGui/QUndoStack>

using namespace Qt::StringLiterals;

namespace Models {

CallerOrganization CallerOrganization::of(const Api::UserMe &me)
{
    CallerOrganization organization;
    organization.name = me.organizationName.value_or(QString());
    for (const Api::UserGroup &group : me.groups) {
        if (group.organizationId && group.organizationName.value_or(QString()) == organization.name) {
            organization.id = group.organizationId;
            break;
        }
    }
    return organization;
}

void findCallerOrganization(
    Workspace *workspace, QObject *context, std::function<void(const CallerOrganization &)> done)
{
    if (!workspace || !workspace->client())
        return;
    workspace->client()->users().me().onFinished(context, [done = std::move(done)](const Api::Result<Api::UserMe> &me) {
        if (me)
            done(CallerOrganization::of(*me));
    });
}

// --- GroupEdit -----------------------------------------------------------------------------

GroupEdit::GroupEdit(Workspace *workspace, Kind kind)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_kind(kind)
{
}

GroupEdit::~GroupEdit()
{
    if (m_command)
        m_command->m_runs.removeAll(this);
}

GroupEdit *GroupEdit::create(Workspace *workspace, const Api::GroupAttributes &attributes)
{
    auto *edit = new GroupEdit(workspace, Kind::Create);
    edit->m_target = attributes;
    edit->m_fields = GroupFields::all();
    edit->m_groupName = attributes.name.trimmed();
    edit->m_checked = true; // nothing on the server to compare with
    return edit;
}

GroupEdit *GroupEdit::edit(Workspace *workspace, const Api::Group &before, const Api::GroupPatch &patch)
{
    auto *edit = new GroupEdit(workspace, Kind::Edit);
    edit->m_groupId = before.id;
    edit->m_groupName = before.name;
    edit->m_expected = Api::GroupAttributes::fromGroup(before);
    edit->m_target = GroupFields::applied(edit->m_expected, patch);
    edit->m_fields = GroupFields::fieldsOf(patch);
    return edit;
}

GroupEdit *GroupEdit::replace(Workspace *workspace, const Api::Group &before, const Api::GroupAttributes &attributes)
{
    auto *edit = new GroupEdit(workspace, Kind::Replace);
    edit->m_groupId = before.id;
    edit->m_groupName = before.name;
    edit->m_expected = Api::GroupAttributes::fromGroup(before);
    edit->m_target = attributes;
    edit->m_fields = GroupFields::all();
    edit->m_put = true;
    return edit;
}

bool GroupEdit::isBusy() const
{
    return m_state == State::Waiting || m_state == State::Checking || m_state == State::Sending;
}

void GroupEdit::start()
{
    if (m_state != State::Ready || !m_workspace)
        return;
    setState(State::Waiting);
    m_workspace->groupEdits()->enqueue(this);
}

void GroupEdit::overwrite()
{
    if (m_state != State::Conflicted)
        return;
    m_checked = true;
    m_conflicts.clear();
    m_state = State::Ready;
    start();
}

void GroupEdit::discard()
{
    if (m_state != State::Ready && m_state != State::Conflicted)
        return;
    setState(State::Discarded);
    deleteLater();
}

void GroupEdit::cancel()
{
    if (m_state == State::Waiting) {
        Api::ApiError error;
        error.kind = Api::ApiError::Kind::Cancelled;
        error.detail = tr("Stopped before anything was sent.");
        finishFailure(error);
    } else if (m_state == State::Checking) {
        // The store's refresh may serve others: stop listening, let it land in the store.
        if (Api::ApiCall *call = m_call.call())
            disconnect(call, nullptr, this, nullptr);
        m_call = {};
        Api::ApiError error;
        error.kind = Api::ApiError::Kind::Cancelled;
        error.detail = tr("Stopped before anything was sent.");
        finishFailure(error);
    } else if (m_state == State::Sending) {
        m_cancelled = true;
        m_call.cancel();
    }
}

void GroupEdit::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GroupEdit::run()
{
    if (!m_workspace || !m_workspace->groupStore()) {
        Api::ApiError error;
        error.kind = Api::ApiError::Kind::Configuration;
        error.detail = tr("The connection is closed.");
        finishFailure(error);
        return;
    }
    if (m_checked)
        send();
    else
        check();
}

void GroupEdit::check()
{
    setState(State::Checking);
    m_call = m_workspace->groupStore()->refresh(m_groupId);
    if (!m_call.call()) {
        Api::ApiError error;
        error.kind = Api::ApiError::Kind::Configuration;
        error.detail = tr("The connection is closed.");
        finishFailure(error);
        return;
    }
    m_call.onFinished(this, [this](const Api::Result<Api::Group> &result) {
        m_call = {};
        if (!result) {
            finishFailure(result.error);
            return;
        }
        m_serverGroup = *result;
        const Api::GroupAttributes now = Api::GroupAttributes::fromGroup(*result);
        m_beforeSend = now;
        m_haveBeforeSend = true;
        // A field someone changed on the server is a conflict only if this edit would overwrite
        // it: it sets that field, to another value than the server's new one. Once there is one,
        // the person is shown every change made on the server meanwhile, and what Overwrite
        // does to each: they decide on the group as it is now, not on the fields they typed in.
        QList<FieldChange> changed;
        bool conflict = false;
        for (GroupField field : GroupFields::differing(m_expected, now)) {
            FieldChange change{field, GroupFields::name(field), GroupFields::text(m_expected, field),
                GroupFields::text(now, field), FieldChange::Overwrite::NotAsked, {}};
            // A replace without an organization keeps the group's (the PUT does not send one).
            const bool sends
                = m_fields.contains(field) && !(field == GroupField::Organization && !m_target.organizationId);
            if (!sends) {
                change.overwrite = FieldChange::Overwrite::Keeps;
            } else if (GroupFields::same(now, m_target, field)) {
                change.overwrite = FieldChange::Overwrite::Agrees;
            } else {
                change.overwrite = FieldChange::Overwrite::Replaces;
                change.yours = GroupFields::text(m_target, field);
                conflict = true;
            }
            changed.append(change);
        }
        if (conflict)
            finishConflict(changed);
        else
            send();
    });
}

void GroupEdit::send()
{
    setState(State::Sending);
    GroupStore *store = m_workspace->groupStore();
    if (m_kind == Kind::Create) {
        m_call = store->post(m_target);
    } else if (m_put) {
        m_call = store->put(m_groupId, m_target);
    } else {
        // Only what the server does not hold already.
        QList<GroupField> fields;
        for (GroupField field : std::as_const(m_fields)) {
            if (!m_haveBeforeSend || !GroupFields::same(m_beforeSend, m_target, field))
                fields.append(field);
        }
        if (fields.isEmpty() && m_serverGroup) {
            finishSuccess(*m_serverGroup, false);
            return;
        }
        m_call = store->patch(m_groupId, GroupFields::patch(m_target, fields));
    }
    if (!m_call.call()) {
        Api::ApiError error;
        error.kind = Api::ApiError::Kind::Configuration;
        error.detail = tr("The connection is closed.");
        finishFailure(error);
        return;
    }
    m_call.onFinished(this, [this](const Api::Result<Api::Group> &result) {
        m_call = {};
        if (result)
            finishSuccess(*result, true);
        else
            finishFailure(result.error);
    });
}

void GroupEdit::finishSuccess(const Api::Group &group, bool sent)
{
    if ((m_kind == Kind::Edit || m_kind == Kind::Replace) && sent)
        pushCommand(group);
    m_serverGroup = group;
    m_groupId = group.id;
    m_groupName = group.name;
    switch (m_kind) {
    case Kind::Create:
        m_message = tr("Created %1").arg(m_groupName);
        break;
    case Kind::Edit:
    case Kind::Replace:
        m_message = sent ? tr("Saved %1").arg(m_groupName)
                         : tr("Nothing to save: %1 already holds these values").arg(m_groupName);
        break;
    case Kind::Undo:
        m_message = tr("Undone: %1").arg(m_commandText);
        break;
    case Kind::Redo:
        m_message = tr("Redone: %1").arg(m_commandText);
        break;
    }
    setState(State::Succeeded);
    Q_EMIT succeeded(group);
    if (m_command)
        m_command->runEnded(this);
    if (m_workspace)
        m_workspace->groupEdits()->ended(this);
    deleteLater();
}

QString GroupEdit::failureText(const Api::ApiError &error) const
{
    QString reason = error.message();
    switch (m_kind) {
    case Kind::Create:
        return tr("Could not create %1: %2").arg(m_groupName, reason);
    case Kind::Edit:
    case Kind::Replace:
        return tr("Could not save %1: %2").arg(m_groupName, reason);
    case Kind::Undo:
        return tr("Could not undo “%1”: %2").arg(m_commandText, reason);
    case Kind::Redo:
        return tr("Could not redo “%1”: %2").arg(m_commandText, reason);
    }
    return reason;
}

void GroupEdit::finishFailure(const Api::ApiError &error)
{
    m_error = error;
    if (m_error.kind == Api::ApiError::Kind::Cancelled && m_cancelled && m_state == State::Sending)
        m_error.detail = tr("Stopped waiting for the server; it may still have made the change.");
    m_errorField = GroupFields::fieldOfError(m_error);
    m_message = failureText(m_error);
    setState(State::Failed);
    Q_EMIT failed(m_error);
    if (m_command)
        m_command->runEnded(this);
    if (m_workspace)
        m_workspace->groupEdits()->ended(this);
    deleteLater();
}

void GroupEdit::finishConflict(const QList<FieldChange> &changes)
{
    m_conflicts = changes;
    QStringList names;
    for (const FieldChange &change : changes)
        names.append(change.name);
    const QString list = names.join(", "_L1);
    if (m_kind == Kind::Undo || m_kind == Kind::Redo) {
        m_message = tr("“%1” was not made: %2 changed on the server since (%3).")
                        .arg(m_kind == Kind::Undo ? tr("Undo %1").arg(m_commandText) : tr("Redo %1").arg(m_commandText),
                            m_groupName, list);
    } else {
        m_message = tr("%1 changed on the server since you opened it: %2.").arg(m_groupName, list);
    }
    setState(State::Conflicted);
    Q_EMIT conflicted(changes);
    if (m_command)
        m_command->runEnded(this);
    if (m_workspace)
        m_workspace->groupEdits()->ended(this);
}

void GroupEdit::pushCommand(const Api::Group &answer)
{
    if (!m_workspace)
        return;
    const Api::GroupAttributes before = m_haveBeforeSend ? m_beforeSend : m_expected;
    const Api::GroupAttributes after = Api::GroupAttributes::fromGroup(answer);
    // What this edit changed: a replace may change any field; an edit only those it sent.
    QList<GroupField> fields;
    for (GroupField field : GroupFields::differing(before, after)) {
        if (m_fields.contains(field))
            fields.append(field);
    }
    if (fields.isEmpty())
        return;
    const QString text = m_kind == Kind::Replace ? tr("Replace %1").arg(m_groupName) : tr("Edit %1").arg(m_groupName);
    m_workspace->undoStack()->push(new GroupEditCommand(m_workspace, answer.id, text, before, after, fields));
}

// --- GroupEditQueue ------------------------------------------------------------------------

GroupEditQueue::GroupEditQueue(Workspace *workspace)
    : QObject(workspace)
{
}

void GroupEditQueue::enqueue(GroupEdit *edit)
{
    m_waiting.push_back(edit);
    // An edit deleted while it runs (its workspace closing) must not stop those after it.
    connect(edit, &QObject::destroyed, this, [this] { QTimer::singleShot(0, this, &GroupEditQueue::startNext); });
    Q_EMIT queued(edit);
    QTimer::singleShot(0, this, &GroupEditQueue::startNext);
}

void GroupEditQueue::ended(GroupEdit *edit)
{
    if (m_running == edit)
        m_running = nullptr;
    disconnect(edit, &QObject::destroyed, this, nullptr);
    Q_EMIT finished(edit);
    QTimer::singleShot(0, this, &GroupEditQueue::startNext);
}

void GroupEditQueue::startNext()
{
    if (m_running)
        return;
    while (!m_waiting.empty()) {
        QPointer<GroupEdit> next = m_waiting.front();
        m_waiting.pop_front();
        if (!next || next->state() != GroupEdit::State::Waiting)
            continue; // deleted, or cancelled while it waited
        m_running = next;
        next->run();
        return;
    }
}

// --- GroupEditCommand ----------------------------------------------------------------------

GroupEditCommand::GroupEditCommand(Workspace *workspace, qint64 groupId, const QString &text,
    const Api::GroupAttributes &before, const Api::GroupAttributes &after, const QList<GroupField> &fields)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_groupId(groupId)
    , m_before(before)
    , m_after(after)
    , m_fields(fields)
{
}

GroupEditCommand::~GroupEditCommand()
{
    for (const QPointer<GroupEdit> &run : std::as_const(m_runs)) {
        if (run)
            run->m_command = nullptr;
    }
}

void GroupEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // pushed once the server took it: nothing to send
        return;
    }
    if (!m_silent)
        startRun(GroupEdit::Kind::Redo);
}

void GroupEditCommand::undo()
{
    if (!m_silent)
        startRun(GroupEdit::Kind::Undo);
}

void GroupEditCommand::startRun(GroupEdit::Kind kind)
{
    if (!m_workspace)
        return;
    // A conflicted run nobody took up is overtaken by this one.
    if (m_lastRun && m_lastRun->state() == GroupEdit::State::Conflicted)
        m_lastRun->discard();
    auto *run = new GroupEdit(m_workspace, kind);
    const bool undoing = kind == GroupEdit::Kind::Undo;
    run->m_groupId = m_groupId;
    run->m_groupName = m_workspace->groupStore()->name(m_groupId);
    run->m_commandText = text();
    run->m_fields = m_fields;
    run->m_expected = undoing ? m_after : m_before;
    run->m_target = undoing ? m_before : m_after;
    run->m_command = this;
    m_runs.append(run);
    m_lastRun = run;
    run->start();
}

void GroupEditCommand::runEnded(GroupEdit *run)
{
    if (run->state() == GroupEdit::State::Succeeded)
        m_applied = run->kind() == GroupEdit::Kind::Redo;
    if (run->state() != GroupEdit::State::Conflicted) {
        m_runs.removeAll(run);
        run->m_command = nullptr;
    }
    alignStack();
}

void GroupEditCommand::alignStack()
{
    if (!m_workspace)
        return;
    QUndoStack *stack = m_workspace->undoStack();
    int index = -1;
    for (int i = 0; i < stack->count(); ++i) {
        if (stack->command(i) == this) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return;
    const bool doneInStack = index < stack->index();
    if (doneInStack == m_applied)
        return;
    // Only at the stack's edge: moving further would undo or redo other commands too. Away
    // from it, the next undo or redo of this command finds the server already so.
    m_silent = true;
    if (m_applied && index == stack->index())
        stack->redo();
    else if (!m_applied && index == stack->index() - 1)
        stack->undo();
    m_silent = false;
}

} // namespace Models
