#pragma once

#include "models/userdrag.h"
#include "models/userdropdescription.h"
#include "ui/widgets/pagedtreeview.h"

#include <QtCore/QPersistentModelIndex>
#include <QtCore/QPointer>

#include <memory>
#include <optional>

class QMimeData;
class QMouseEvent;

namespace Models {
class GroupListModel;
class GroupStore;
} // namespace Models

namespace Gui {

/// The group list's view: while users are dragged over it, it says what dropping them on the
/// group under the cursor will do before the button is released ("Add 120 people to Boston
/// Office"), shows the drop indicator on that row when the drop changes something and refuses
/// the drop (saying why) when it changes nothing. The drop itself is the model's.
///
/// A plain press on a row that is not selected selects it on the release, not on the press, as
/// Qt does for a selected row: a row dragged out (onto the Sharing tab, to share the current
/// group with it) never becomes the current group on the way, which would switch that very tab.
class GroupTreeView : public PagedTreeView
{
    Q_OBJECT

public:
    explicit GroupTreeView(QWidget *parent = nullptr);
    ~GroupTreeView() override;

    /// Where the view learns who is a member of each group already (not owned).
    void setGroupStore(const Models::GroupStore *store);

    /// What the view says, centred, while it shows no row (why the list is empty); none when empty.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    /// The row the drop indicator is on, invalid when none: for tests.
    QModelIndex dropTargetIndex() const { return m_dropRow; }

Q_SIGNALS:
    /// What the drag over the view will do (or why it will not): for the status bar.
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    /// The users \a data carries, parsed once per drag (a move of the mouse parses nothing).
    const Models::UserDrag *dragOf(const QMimeData *data);
    /// What dropping the current drag on \a groupId with \a action does, worked out once per
    /// group and action while the drag lasts.
    const Models::UserDropDescription &describe(qint64 groupId, Qt::DropAction action);
    void setDropRow(const QModelIndex &index);
    void forgetDrag();
    Models::GroupListModel *groupModel() const;

    QPointer<const Models::GroupStore> m_store;
    /// The drag's data and its users: the cache holds while the same QMimeData is dragged.
    const QMimeData *m_dragData = nullptr;
    std::optional<Models::UserDrag> m_drag;
    /// The last description worked out, and for which group and action.
    qint64 m_describedGroup = 0;
    Qt::DropAction m_describedAction = Qt::IgnoreAction;
    Models::UserDropDescription m_description;
    QPersistentModelIndex m_dropRow;
    QString m_emptyText;
    /// A plain press on an unselected row, held back until the release (or a drag of that row).
    std::unique_ptr<QMouseEvent> m_heldPress;
    QPersistentModelIndex m_heldRow;
};

} // namespace Gui
