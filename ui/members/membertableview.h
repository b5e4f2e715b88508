#pragma once

#include "ui/widgets/flattableview.h"

#include "models/userdrag.h"
#include "models/userdropdescription.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <optional>

class QMimeData;

namespace Models {
class GroupStore;
class MemberTableModel;
} // namespace Models

namespace Gui {

/// The member table of the Members tab: drags its selected members out (carrying their group,
/// so a drop elsewhere with the move modifier is a move), and while users or text are dragged
/// over it says what a drop will do, before the button is released, refusing (and saying why)
/// a drop that would change nothing. The drop itself is the model's (through the proxy).
///
/// Its columns fit its width (the tab is narrow beside the group list and the Users dock):
/// Status and Online as wide as what they say, the other columns sharing the rest, the name
/// getting most, a long e-mail elided. It fits them again as it grows or shrinks until a person
/// resizes a column (which may then be as wide as they like) or a saved layout is restored.
class MemberTableView : public FlatTableView
{
    Q_OBJECT

public:
    explicit MemberTableView(QWidget *parent = nullptr);
    ~MemberTableView() override;

    /// The members this view shows through the proxy set as its model, and the store that knows
    /// who is a member of which group already.
    void setMembers(Models::MemberTableModel *members, const Models::GroupStore *store);

    /// The columns' widths, order and sort, for the workspace to keep in its settings. Restoring
    /// a state keeps its widths as they were left (the columns no longer fit the width); an empty
    /// one keeps the fitted columns.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    /// Whether the columns still follow the view's width (see the class).
    bool fitsColumns() const { return m_fitColumns; }

Q_SIGNALS:
    /// What a drop here will do ("Move 12 people from Data Quality to Boston Office"), or why
    /// it would do nothing; an empty text once the drag has left without dropping.
    void dropDescribed(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void reset() override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// Marks the whole table as where the drop lands (or stops marking it).
    void setDropHere(bool here);
    /// Sizes the columns to the viewport's width, while fitsColumns().
    void fitColumns();
    /// Fits the columns from the event loop (rows arrive in bursts).
    void scheduleFit();

    /// Parses what \a data carries, once per drag: a move of the mouse only reads the cache.
    void learnDrag(const QMimeData *data);
    void forgetDrag();
    /// Decides, after QTreeView did (indicator, the model's canDropMimeData), whether \a event's
    /// drop is taken, and says what it would do.
    void judge(QDragMoveEvent *event);
    /// A drag of users who come from no group is an add, whatever the modifier.
    void settleAction(QDropEvent *event) const;
    /// What dropping the cached users with \a action does (cached per action).
    const Models::UserDropDescription &description(Qt::DropAction action);
    /// The text of a drop of plain text, before its names are looked up.
    QString textDropText() const;
    void say(const QString &text);

    QPointer<Models::MemberTableModel> m_members;
    QPointer<const Models::GroupStore> m_store;

    /// The drag now over the view, as parsed when it entered.
    const QMimeData *m_dragData = nullptr;
    std::optional<Models::UserDrag> m_drag;
    int m_textNames = 0;
    Qt::DropAction m_describedAction = Qt::IgnoreAction;
    Models::UserDropDescription m_description;
    QString m_said;
    bool m_dropHere = false;

    bool m_fitColumns = true;
    bool m_fitting = false; ///< fitColumns() is resizing: not a person.
    /// Zero-interval and single-shot: the requests made while events are handled make one fit.
    QTimer m_fitTimer;
    bool m_pressOnHeader = false; ///< A mouse button is down on the header: a person sizing.
};

} // namespace Gui
