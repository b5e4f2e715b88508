#include "ui/members/membertableview.h"

#include "models/groupstore.h"
#include "models/membertablemodel.h"
#include "models/userresolver.h"

#include <QtCore/QMimeData>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDragLeaveEvent>
#include <QtGui/QDragMoveEvent>
#include <QtGui/QDropEvent>

namespace Gui {

MemberTableView::MemberTableView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(true);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    // Without a modifier a drag copies (adds); the platform's move modifier (Shift on Linux) moves.
    setDefaultDropAction(Qt::CopyAction);
    setDropIndicatorShown(true);
}

MemberTableView::~MemberTableView() = default;

void MemberTableView::setMembers(Models::MemberTableModel *members, const Models::GroupStore *store)
{
    m_members = members;
    m_store = store;
}

void MemberTableView::learnDrag(const QMimeData *data)
{
    if (data == m_dragData && data)
        return;
    forgetDrag();
    m_dragData = data;
    if (!data)
        return;
    m_drag = Models::UserDrag::fromMimeData(data);
    if (!m_drag && !data->hasFormat(Models::UserDrag::mimeType()) && data->hasText())
        m_textNames = int(Models::UserResolver::tokens(data->text()).size());
}

void MemberTableView::forgetDrag()
{
    m_dragData = nullptr;
    m_drag.reset();
    m_textNames = 0;
    m_describedAction = Qt::IgnoreAction;
    m_description = {};
}

const Models::UserDropDescription &MemberTableView::description(Qt::DropAction action)
{
    if (action != m_describedAction) {
        m_description = Models::UserDropDescription::of(*m_drag, m_members->groupId(), action, m_store);
        m_describedAction = action;
    }
    return m_description;
}

QString MemberTableView::textDropText() const
{
    const QString group = m_store ? m_store->name(m_members->groupId()) : QString();
    return tr("Look up %n name(s) from the text and add them to %1", nullptr, m_textNames).arg(group);
}

void MemberTableView::say(const QString &text)
{
    if (text == m_said)
        return;
    m_said = text;
    Q_EMIT dropDescribed(text);
}

void MemberTableView::settleAction(QDropEvent *event) const
{
    if (m_drag && !m_drag->sourceGroupId && event->dropAction() == Qt::MoveAction
        && event->possibleActions().testFlag(Qt::CopyAction))
        event->setDropAction(Qt::CopyAction);
}

void MemberTableView::dragEnterEvent(QDragEnterEvent *event)
{
    forgetDrag(); // a new drag, even if Qt hands it the address of the last one's data
    learnDrag(event->mimeData());
    QTreeView::dragEnterEvent(event);
    judge(event);
}

void MemberTableView::dragMoveEvent(QDragMoveEvent *event)
{
    learnDrag(event->mimeData());
    QTreeView::dragMoveEvent(event);
    judge(event);
}

void MemberTableView::judge(QDragMoveEvent *event)
{
    if (!m_members || !m_members->groupId()) {
        event->ignore();
        return;
    }
    bool refused = false;
    if (m_drag) {
        settleAction(event);
        const Models::UserDropDescription &what = description(event->dropAction());
        say(what.text);
        refused = !what.changesAnything;
    } else if (m_textNames > 0) {
        say(textDropText());
    } else {
        refused = true;
    }
    if (refused) {
        event->ignore();
        // No drop indicator over a table that would refuse the drop.
        if (state() == DraggingState) {
            setState(NoState);
            viewport()->update();
        }
    } else if (event->isAccepted() && state() != DraggingState) {
        setState(DraggingState);
    }
}

void MemberTableView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QTreeView::dragLeaveEvent(event);
    forgetDrag();
    say(QString());
}

void MemberTableView::dropEvent(QDropEvent *event)
{
    learnDrag(event->mimeData());
    if (!m_members || !m_members->groupId()) {
        event->ignore();
        forgetDrag();
        return;
    }
    if (m_drag) {
        settleAction(event);
        const Models::UserDropDescription &what = description(event->dropAction());
        if (!what.changesAnything) {
            // Refused, and the status bar keeps saying why.
            event->ignore();
            const QString why = what.text;
            forgetDrag();
            setState(NoState);
            viewport()->update();
            m_said.clear();
            say(why);
            return;
        }
    }
    const Qt::DropAction action = event->dropAction();
    QTreeView::dropEvent(event);
    // QAbstractItemView accepts the proposed action again: an add stays an add for the source.
    if (event->isAccepted())
        event->setDropAction(action);
    forgetDrag();
    // What the drop started is said from the model's changeStarted.
    m_said.clear();
}

} // namespace Gui
