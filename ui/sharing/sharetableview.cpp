#include "ui/sharing/sharetableview.h"

#include "ui/widgets/panelactions.h"

#include <QtGui/QDragEnterEvent>
#include <QtGui/QDragLeaveEvent>
#include <QtGui/QDragMoveEvent>
#include <QtGui/QDropEvent>
#include <QtWidgets/QHeaderView>

namespace Gui {

// Drops only: the model takes none itself; the tab asks for the level first.
ShareTableView::ShareTableView(QWidget *parent)
    : FlatTableView(Drops::Taken, parent)
{
}

ShareTableView::~ShareTableView() = default;

void ShareTableView::setShares(Models::ShareModel *shares, std::function<QString()> groupName)
{
    m_shares = shares;
    m_groupName = std::move(groupName);
}

QByteArray ShareTableView::saveHeaderState() const
{
    return header()->saveState();
}

void ShareTableView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        header()->restoreState(state);
}

const Models::ShareDropDescription &ShareTableView::describe(const QMimeData *data)
{
    if (data != m_dragData || !data) {
        m_dragData = data;
        m_description = data && m_shares && m_shares->groupId()
            ? Models::ShareDropDescription::of(data, *m_shares, m_groupName ? m_groupName() : QString())
            : Models::ShareDropDescription();
    }
    return m_description;
}

void ShareTableView::say(const QString &text)
{
    if (text == m_said)
        return;
    m_said = text;
    Q_EMIT dropDescribed(text);
}

void ShareTableView::judge(QDropEvent *event, const Models::ShareDropDescription &what)
{
    say(what.text);
    if (!what.changesAnything) {
        setDropHere(false);
        event->ignore();
        return;
    }
    setDropHere(true);
    // Sharing takes nobody out of where they were dragged from, whatever the modifier.
    if (event->possibleActions().testFlag(Qt::CopyAction))
        event->setDropAction(Qt::CopyAction);
    event->accept();
}

void ShareTableView::dragEnterEvent(QDragEnterEvent *event)
{
    m_dragData = nullptr; // a new drag, even if Qt hands it the address of the last one's data
    judge(event, describe(event->mimeData()));
}

void ShareTableView::dragMoveEvent(QDragMoveEvent *event)
{
    judge(event, describe(event->mimeData()));
}

void ShareTableView::setDropHere(bool here)
{
    if (here == m_dropHere)
        return;
    m_dropHere = here;
    viewport()->update();
}

void ShareTableView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_dropHere)
        paintDropFrame(viewport(), palette());
}

void ShareTableView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHere(false);
    QTreeView::dragLeaveEvent(event);
    m_dragData = nullptr;
    say(QString());
}

void ShareTableView::dropEvent(QDropEvent *event)
{
    const Models::ShareDropDescription what = describe(event->mimeData());
    m_dragData = nullptr;
    judge(event, what);
    setDropHere(false);
    m_said.clear();
    if (event->isAccepted())
        Q_EMIT dropped(what, viewport()->mapToGlobal(event->position().toPoint()));
}

} // namespace Gui
