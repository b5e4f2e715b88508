#pragma once

// Creating, editing (PATCH) and replacing (PUT) one group, as the group dialog does them: each
// edit first fetches the group anew and does not overwrite what someone else changed on the
// server since the form was opened; edits and replaces are undoable commands on the
// workspace's undo stack, whose undo and redo make the same check.

#include "api/apiclient.h"
#include "api/records.h"
#include "models/groupfields.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtGui/QUndoCommand>

#include <deque>
#include <functional>
#include <optional>

namespace Models {

class Workspace;
class GroupEditCommand;

/// The caller's own organization, where the server puts a group created without one.
struct CallerOrganization
{
    std::optional<qint64> id; ///< From a group of the caller's in it; unknown when the caller is in none.
    QString name;

    /// From GET /users/me.
    static CallerOrganization of(const Api::UserMe &me);
};

/// One create, edit, replace, or the undo or redo of an edit, from the check to the server's
/// answer. Runs in the workspace's GroupEditQueue, one at a time in the order started.
///
/// An edit or replace first fetches the group (GroupStore::refresh) and compares it with the
/// copy the form started from: if someone changed on the server a field this edit would also
/// set (any field, for a replace), it sends nothing and reports conflicted() with every field
/// changed on the server since (the others too: a rename the person did not see is part of
/// what they decide on), each with what overwrite() would do to it; overwrite() then sends
/// anyway, discard() drops it. Changes on the server to fields this edit leaves alone are no
/// conflict by themselves: the edit keeps them. A field the server already holds the new value
/// of is not sent again; an edit left with nothing to send succeeds without a call.
///
/// It deletes itself (later) once it succeeded or failed, and after discard(); a conflicted
/// one waits for overwrite() or discard(). Parented to the workspace.
class GroupEdit : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Create, Edit, Replace, Undo, Redo };
    enum class State {
        Ready, ///< Not started yet.
        Waiting, ///< Queued behind another edit.
        Checking, ///< Fetching the group to compare.
        Sending, ///< The change is on its way.
        Succeeded,
        Failed,
        Conflicted, ///< Not sent: the group changed on the server; overwrite() or discard().
        Discarded,
    };
    Q_ENUM(State)

    /// POST /groups/ with \a attributes. Not undoable: deleting groups is deprecated in the API.
    static GroupEdit *create(Workspace *workspace, const Api::GroupAttributes &attributes);
    /// PATCH of the fields \a patch sets, on \a before (the full group the form started from).
    static GroupEdit *edit(Workspace *workspace, const Api::Group &before, const Api::GroupPatch &patch);
    /// PUT of every attribute, on \a before: those \a attributes leaves empty are cleared.
    static GroupEdit *replace(Workspace *workspace, const Api::Group &before, const Api::GroupAttributes &attributes);

    ~GroupEdit() override;

    /// Queues it; nothing happens before.
    void start();
    /// After conflicted(): sends the change over what the server holds now.
    void overwrite();
    /// Drops an edit that has not been sent (not started, or conflicted).
    void discard();
    /// Stops waiting: a check is dropped (nothing sent); a change on its way may still be made
    /// by the server. Ends with failed() and an error of kind Cancelled.
    void cancel();

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    /// True from start() until it succeeded, failed or conflicted.
    bool isBusy() const;
    /// 0 for a create until it succeeded.
    qint64 groupId() const { return m_groupId; }
    /// The group's name: the one it has after a success, else the one it had.
    QString groupName() const { return m_groupName; }
    /// The fields this edit sets (every field for a create or a replace).
    QList<GroupField> fields() const { return m_fields; }
    /// After conflicted(): every field changed on the server since the edit's copy, old and new
    /// values, and what overwrite() does to each (FieldChange::overwrite), in the dialog's order.
    QList<FieldChange> conflicts() const { return m_conflicts; }
    /// The group as the check found it on the server (after a conflict, what "take the
    /// server's values" takes), or the server's answer after a success.
    std::optional<Api::Group> serverGroup() const { return m_serverGroup; }
    /// The error of a failure, and the field it names, if any.
    Api::ApiError error() const { return m_error; }
    std::optional<GroupField> errorField() const { return m_errorField; }
    /// What happened, for people: "Saved Boston Office", "Created Data Quality", "Could not
    /// save Boston Office: <the server's errorDescription>", "Boston Office changed on the server ...".
    QString message() const { return m_message; }
    /// Set for an undo or redo: the command's text ("Edit Boston Office").
    QString commandText() const { return m_commandText; }

Q_SIGNALS:
    void stateChanged(Models::GroupEdit::State state);
    void succeeded(const Api::Group &group);
    void failed(const Api::ApiError &error);
    void conflicted(const QList<Models::FieldChange> &changes);

private:
    friend class GroupEditQueue;
    friend class GroupEditCommand;

    GroupEdit(Workspace *workspace, Kind kind);
    /// Called by the queue when its turn comes.
    void run();
    void check();
    void send();
    void finishSuccess(const Api::Group &group, bool sent);
    void finishFailure(const Api::ApiError &error);
    void finishConflict(const QList<FieldChange> &changes);
    void setState(State state);
    /// Pushes the command that undoes a successful edit or replace.
    void pushCommand(const Api::Group &answer);
    QString failureText(const Api::ApiError &error) const;

    QPointer<Workspace> m_workspace;
    Kind m_kind;
    State m_state = State::Ready;
    qint64 m_groupId = 0;
    QString m_groupName;
    Api::GroupAttributes m_expected; ///< What the server held when the form opened (or after the edit an undo reverses).
    Api::GroupAttributes m_target; ///< What the server should hold after.
    QList<GroupField> m_fields; ///< The fields sent (an edit's, or an undo's).
    bool m_put = false;
    bool m_checked = false; ///< Send without checking (create, overwrite).
    Api::GroupAttributes m_beforeSend; ///< What the server held when the check let it send.
    bool m_haveBeforeSend = false;
    QList<FieldChange> m_conflicts;
    std::optional<Api::Group> m_serverGroup;
    Api::ApiError m_error;
    std::optional<GroupField> m_errorField;
    QString m_message;
    QString m_commandText;
    GroupEditCommand *m_command = nullptr; ///< For an undo or redo, until the command goes.
    bool m_cancelled = false;
    Api::Call<Api::Group> m_call;
};

/// The group edits of one workspace, run one at a time in the order started, so an undo acts on
/// what the edit before it did. It is also where the GUI hears of the undo and redo runs,
/// which no dialog watches (a refused or conflicting undo says so here).
class GroupEditQueue : public QObject
{
    Q_OBJECT

public:
    /// The queue of \a workspace, which owns it (Workspace::groupEdits()).
    explicit GroupEditQueue(Workspace *workspace);

    bool isBusy() const { return m_running || !m_waiting.empty(); }

Q_SIGNALS:
    /// \a edit was started (also the runs of undo and redo).
    void queued(Models::GroupEdit *edit);
    /// \a edit succeeded, failed or conflicted (it is deleted later unless it conflicted).
    void finished(Models::GroupEdit *edit);

private:
    friend class GroupEdit;
    void enqueue(GroupEdit *edit);
    void ended(GroupEdit *edit);
    void startNext();

    std::deque<QPointer<GroupEdit>> m_waiting;
    QPointer<GroupEdit> m_running;
};

/// An edit or replace on the undo stack: the fields it changed, with the values before and
/// after. Pushed once the server took the change (its first redo() sends nothing). Undo puts
/// back the values before, redo those after, each as a PATCH of those fields after the same
/// check: if one of them changed on the server since, nothing is sent, the run reports
/// conflicted() (GroupEditQueue::queued() gives the run), and the command stays on the stack
/// as done (or undone) as the server's copy says, so Undo and Redo keep meaning what they say.
class GroupEditCommand : public QUndoCommand
{
public:
    GroupEditCommand(Workspace *workspace, qint64 groupId, const QString &text, const Api::GroupAttributes &before,
        const Api::GroupAttributes &after, const QList<GroupField> &fields);
    ~GroupEditCommand() override;

    void undo() override;
    void redo() override;

    qint64 groupId() const { return m_groupId; }
    QList<GroupField> fields() const { return m_fields; }
    Api::GroupAttributes before() const { return m_before; }
    Api::GroupAttributes after() const { return m_after; }
    /// True while the server holds the values after (as far as the last run found).
    bool isApplied() const { return m_applied; }
    /// The run started by the last undo() or redo().
    GroupEdit *lastRun() const { return m_lastRun; }

private:
    friend class GroupEdit;
    void startRun(GroupEdit::Kind kind);
    /// Called by a run when it ended.
    void runEnded(GroupEdit *run);
    /// Moves the stack by one, silently, when it says otherwise than m_applied and this
    /// command is at its edge.
    void alignStack();

    QPointer<Workspace> m_workspace;
    qint64 m_groupId;
    Api::GroupAttributes m_before;
    Api::GroupAttributes m_after;
    QList<GroupField> m_fields;
    bool m_applied = true;
    bool m_firstRedo = true;
    bool m_silent = false;
    QList<QPointer<GroupEdit>> m_runs; ///< Runs that may still report to this command.
    QPointer<GroupEdit> m_lastRun;
};

/// Finds the caller's organization (GET /users/me) and gives it to \a done, in \a context;
/// nothing on a failure.
void findCallerOrganization(
    Workspace *workspace, QObject *context, std::function<void(const CallerOrganization &)> done);

} // namespace Models

Q_DECLARE_METATYPE(Models::FieldChange)
