#pragma once

#include "ui/widgets/flattableview.h"

#include <QtCore/QPointer>

namespace Models {
class GroupStore;
class MemberOfModel;
} // namespace Models

namespace Gui {

/// The Member Of table of a person's page: while groups (a GroupDrag, from the group list) are
/// dragged over it, says what a drop will do before the release ("Add Ada Lovelace to 3
/// groups: ..."), marks the whole table, and refuses (saying why) a drop that changes nothing
/// or touches only groups the signed-in user may not change. The drop itself is the model's
/// (through the proxy set as this view's model). Enter and a double-click are activated().
class MemberOfTableView : public FlatTableView
{
    Q_OBJECT

public:
    explicit MemberOfTableView(QWidget *parent = nullptr);
    ~MemberOfTableView() override;

    /// The model under the proxy this view shows, and the store that knows the user's levels.
    void setMemberOf(Models::MemberOfModel *memberOf, const Models::GroupStore *store);

Q_SIGNALS:
    /// What a drop here would do, or why it would do nothing; empty once the drag left.
    void dropDescribed(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// What dropping \a data does, and whether it changes anything (the drop is taken).
    QString describe(const QMimeData *data, bool *changes) const;
    void judge(QDragMoveEvent *event);
    void setDropHere(bool here);
    void say(const QString &text);

    QPointer<Models::MemberOfModel> m_memberOf;
    QPointer<const Models::GroupStore> m_store;
    QString m_said;
    bool m_dropHere = false;
};

} // namespace Gui
