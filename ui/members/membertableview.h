#pragma once

#include "models/userdrag.h"
#include "models/userdropdescription.h"

#include <QtCore/QPointer>
#include <QtWidgets/QTreeView>

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
class MemberTableView : public QTreeView
{
    Q_OBJECT

public:
    explicit MemberTableView(QWidget *parent = nullptr);
    ~MemberTableView() override;

    /// The members this view shows through the proxy set as its model, and the store that knows
    /// who is a member of which group already.
    void setMembers(Models::MemberTableModel *members, const Models::GroupStore *store);

Q_SIGNALS:
    /// What a drop here will do ("Move 12 people from Data Quality to Boston Office"), or why
    /// it would do nothing; an empty text once the drag has left without dropping.
    void dropDescribed(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
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
};

} // namespace Gui
