#pragma once

#include "models/changeoperation.h"
#include "models/reviewstore.h"

#include "api/apiclient.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

namespace Models {

class AccessFetcher;
class Workspace;

/// Applying a review's decisions: every Remove and Lower not yet applied, as one plan run
/// through Workspace::apply() (one bulk change in the Changes dock, one undo step, Retry failed).
///  - Remove of a member row: PlannedChange::removeMember on the group.
///  - Remove of an indirect row ("through Finance Team"): removes the person from Finance Team,
///    the group through which they reach it (one change however many rows ask for it).
///  - Remove of a share (a person's or a group's): PlannedChange::share with nullopt (revoke);
///    Lower: PlannedChange::share with the lower level. Either is undone with the level read
///    just before (the bulk queue's read; prepare()'s read is only the plan's first guess).
///
/// prepare() first reads what the server holds now (the groups' members and shares), so what
/// would happen is said before anything is sent: the groups the change would leave with no
/// manager (SharePlan's last-manager rule, each group's share changes taken together), and the
/// grants already gone (a member who left, a share revoked meanwhile; a Lower to what is held
/// already is already so). run() writes those outcomes to the store ("Gone before apply", "Already
/// so": said, not dropped) and sends the rest; each change's outcome is written to its rows in
/// the store the moment it arrives, so a kill mid-apply loses none, and a new ReviewApply on the
/// same review sends only what is left ("apply the rest").
class ReviewApply : public QObject
{
    Q_OBJECT

public:
    ReviewApply(Workspace *workspace, ReviewStore *store, qint64 reviewId, QObject *parent = nullptr);
    ~ReviewApply() override;

    /// Reads the server's state for the rows still to apply; prepared() follows.
    void prepare();
    bool isPreparing() const { return m_preparing; }
    /// Whether prepare() finished and run() may be called.
    bool isPrepared() const { return m_prepared; }
    /// Why prepare() could not read what it needed (nothing can be run then); null otherwise.
    const Api::ApiError &error() const { return m_error; }

    /// The rows to apply (decided Remove or Lower, current, not applied yet, not gone).
    int rowCount() const { return int(m_rowIds.size()); }
    /// The changes run() sends (rows asking for the same change share it).
    int changeCount() const { return int(m_plan.size()); }
    const ChangePlan &plan() const { return m_plan; }
    /// The store rows of change \a index of plan().
    QList<qint64> rowsOfChange(int index) const { return m_rowsOfChange.value(index); }
    /// Rows whose grant is gone already, with what was found; and rows already so.
    QList<qint64> goneRows() const { return m_gone.keys(); }
    QList<qint64> alreadySoRows() const { return m_alreadySo.keys(); }
    /// The groups the plan would leave with no manager (id, name).
    QList<std::pair<qint64, QString>> groupsLeftWithoutManager() const { return m_noManager; }
    /// "Finance would have no manager"; empty for none.
    QString noManagerText() const;
    /// "Remove 31 members, 2 shares, lower 4 shares; 3 grants are gone already", for the
    /// confirmation before run().
    QString summaryText() const;
    /// "Apply review Q4 2026 finance groups: 37 changes": the change's name in the Changes dock
    /// and on the undo stack.
    QString text() const;

    /// Writes the gone and already-so outcomes and runs the plan as one undoable change;
    /// nullptr when there is nothing to send. Outcomes go to the store as they arrive (also
    /// those of a Retry failed in the Changes dock).
    ChangeOperation *run();
    ChangeOperation *operation() const { return m_operation; }

Q_SIGNALS:
    void prepared();
    /// The run ended (also after a retry ended).
    void finished();

private:
    /// Reads the members of \a memberGroups and the shares of \a shareGroups from the server.
    void readGroups(const QSet<qint64> &memberGroups, const QSet<qint64> &shareGroups);
    void requestDone();
    /// Plans every row from what was read; prepared() follows.
    void plan();
    /// Says \a row's grant gone (or made already by an earlier run cut off): \a found says how.
    void markGone(const ReviewRow &row, const QString &found);
    /// A membership's removal (direct, or from the group an indirect row goes through); rows
    /// asking the same removal share one change (\a changeOf).
    void planMembership(const ReviewRow &row, QHash<QString, int> &changeOf);
    /// A share's revoke or lowering; those taking manage away go to \a takingManage.
    void planShare(const ReviewRow &row, QHash<qint64, QList<SharePrincipal>> &takingManage);
    /// The groups the plan would leave with no manager, into m_noManager.
    void checkLastManagers(
        const QHash<qint64, QList<SharePrincipal>> &takingManage, const QHash<qint64, QString> &groupNames);
    void writeOutcome(int index);

    QPointer<Workspace> m_workspace;
    QPointer<ReviewStore> m_store;
    qint64 m_reviewId = 0;
    QString m_reviewName;
    AccessFetcher *m_fetcher = nullptr;
    QList<ReviewRow> m_rows;
    QList<qint64> m_rowIds;
    QHash<qint64, Api::Group> m_groups; ///< Fresh reads of the groups whose members matter.
    QHash<qint64, Api::ShareIndex> m_shares; ///< Fresh reads of the groups whose shares matter.
    int m_outstanding = 0;
    quint64 m_generation = 0;
    bool m_preparing = false;
    bool m_prepared = false;
    Api::ApiError m_error;
    ChangePlan m_plan;
    QList<QList<qint64>> m_rowsOfChange;
    QHash<qint64, QString> m_gone; ///< Row id -> what was found.
    QHash<qint64, QString> m_alreadySo;
    QList<std::pair<qint64, QString>> m_noManager;
    int m_removals = 0;
    int m_lowerings = 0;
    QPointer<ChangeOperation> m_operation;
    QHash<int, std::pair<ReviewRow::Outcome, QString>> m_written; ///< Per change, what the store was told.
};

} // namespace Models
