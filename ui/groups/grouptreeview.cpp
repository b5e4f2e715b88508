#include "ui/groups/grouptreeview.h"

#include "models/grouplistmodel.h"
#include "models/groupstore.h"
#include "models/roles.h"

#include <QtGui/QDrag>
#include <QtGui/QDragMoveEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStyleOption>

namespace Gui {

namespace {

/// The action a drop of \a event does: the platform's move modifier (proposed by the drag)
/// makes it a move when the source allows one, anything else adds.
Qt::DropAction dropActionOf(const QDropEvent *event)
{
    const Qt::DropAction proposed = event->proposedAction();
    if ((proposed == Qt::CopyAction || proposed == Qt::MoveAction) && (event->possibleActions() & proposed))
        return proposed;
    if (event->possibleActions() & Qt::CopyAction)
        return Qt::CopyAction;
    if (event->possibleActions() & Qt::MoveAction)
        return Qt::MoveAction;
    return Qt::IgnoreAction;
}

} // namespace

GroupTreeView::GroupTreeView(QWidget *parent)
    : PagedTreeView(parent)
{
    setAcceptDrops(true);
    // Users drop onto a group row; groups drag out (onto the Sharing tab, to share with them).
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    // A drop lands on the row under the cursor, never between two rows (which would mean nothing).
    setDragDropOverwriteMode(true);
    // This view draws its own indicator: QAbstractItemView's asks the model on every mouse move,
    // and the model parses the drag's JSON each time it is asked.
    setDropIndicatorShown(false);
    // Rows scrolled under a still cursor are not the row described: the next move says anew.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { setDropRow({}); });
}

GroupTreeView::~GroupTreeView() = default;

void GroupTreeView::mousePressEvent(QMouseEvent *event)
{
    m_heldPress.reset();
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier && index.isValid()
        && !selectionModel()->isSelected(index)) {
        m_heldPress.reset(static_cast<QMouseEvent *>(event->clone()));
        m_heldRow = index;
        event->accept();
        return;
    }
    PagedTreeView::mousePressEvent(event);
}

void GroupTreeView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_heldPress) {
        PagedTreeView::mouseMoveEvent(event);
        return;
    }
    if (!(event->buttons() & Qt::LeftButton)
        || (event->position() - m_heldPress->position()).manhattanLength() < QApplication::startDragDistance())
        return;
    // A drag of the pressed row alone; the current group and the selection stay as they were.
    const QModelIndex row = m_heldRow.sibling(m_heldRow.row(), 0);
    m_heldPress.reset();
    if (!row.isValid())
        return;
    QMimeData *data = model()->mimeData({row});
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    QRect band = visualRect(row);
    band.setLeft(0);
    band.setRight(viewport()->width());
    drag->setPixmap(viewport()->grab(band));
    drag->setHotSpot(event->position().toPoint() - band.topLeft());
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void GroupTreeView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_heldPress) {
        // No drag after all: the click selects, as it would have on the press.
        const std::unique_ptr<QMouseEvent> press = std::move(m_heldPress);
        PagedTreeView::mousePressEvent(press.get());
    }
    PagedTreeView::mouseReleaseEvent(event);
}

void GroupTreeView::setGroupStore(const Models::GroupStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (!store)
        return;
    // Members loaded while a drag hovers change what a drop on that group would do.
    const auto forget = [this](qint64 id) {
        if (id == m_describedGroup)
            m_describedGroup = 0;
    };
    connect(store, &Models::GroupStore::membersChanged, this, forget);
    connect(store, &Models::GroupStore::groupChanged, this, forget);
}

Models::GroupListModel *GroupTreeView::groupModel() const
{
    return qobject_cast<Models::GroupListModel *>(model());
}

const Models::UserDrag *GroupTreeView::dragOf(const QMimeData *data)
{
    if (data != m_dragData) {
        m_dragData = data;
        m_drag = Models::UserDrag::fromMimeData(data);
        m_describedGroup = 0;
    }
    return m_drag ? &*m_drag : nullptr;
}

const Models::UserDropDescription &GroupTreeView::describe(qint64 groupId, Qt::DropAction action)
{
    if (groupId != m_describedGroup || action != m_describedAction) {
        m_description = Models::UserDropDescription::of(*m_drag, groupId, action, m_store);
        m_describedGroup = groupId;
        m_describedAction = action;
    }
    return m_description;
}

void GroupTreeView::forgetDrag()
{
    m_dragData = nullptr;
    m_drag.reset();
    m_describedGroup = 0;
    setDropRow({});
}

void GroupTreeView::setDropRow(const QModelIndex &index)
{
    const QModelIndex row = index.isValid() ? index.siblingAtColumn(0) : QModelIndex();
    if (row == m_dropRow)
        return;
    m_dropRow = row;
    viewport()->update();
}

void GroupTreeView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!dragOf(event->mimeData()) || !groupModel()) {
        event->ignore();
        return;
    }
    // Accepted whichever row it entered on, or no move would follow: each move says yes or no.
    setState(DraggingState);
    dragMoveEvent(event);
    event->accept();
}

void GroupTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    Models::GroupListModel *groups = groupModel();
    if (!dragOf(event->mimeData()) || !groups) {
        event->ignore();
        return;
    }
    const QPoint position = event->position().toPoint();
    if (hasAutoScroll()) {
        const QRect area = viewport()->rect();
        const int margin = autoScrollMargin();
        if (position.y() - area.top() < margin || area.bottom() - position.y() < margin)
            startAutoScroll();
    }
    const QModelIndex index = indexAt(position);
    const Qt::DropAction action = dropActionOf(event);
    if (!index.isValid() || action == Qt::IgnoreAction) {
        setDropRow({});
        Q_EMIT statusMessage(tr("Drop on a group to add people to it"));
        event->ignore();
        return;
    }
    const Models::UserDropDescription &description = describe(index.data(Models::IdRole).toLongLong(), action);
    Q_EMIT statusMessage(description.text);
    // Asked again on every move (no answer rectangle): the move modifier may change over a row.
    if (description.changesAnything) {
        setDropRow(index);
        event->setDropAction(action);
        event->accept();
    } else {
        setDropRow({});
        event->ignore();
    }
}

void GroupTreeView::dragLeaveEvent(QDragLeaveEvent *event)
{
    forgetDrag();
    Q_EMIT statusMessage({});
    PagedTreeView::dragLeaveEvent(event);
}

void GroupTreeView::dropEvent(QDropEvent *event)
{
    Models::GroupListModel *groups = groupModel();
    const QModelIndex index = indexAt(event->position().toPoint());
    const Qt::DropAction action = dropActionOf(event);
    if (!groups || !dragOf(event->mimeData()) || !index.isValid() || action == Qt::IgnoreAction) {
        forgetDrag();
        event->ignore();
        stopAutoScroll();
        setState(NoState);
        return;
    }
    // Said again at the drop: the cursor may rest on a row no move described (after a scroll).
    const Models::UserDropDescription description = describe(index.data(Models::IdRole).toLongLong(), action);
    forgetDrag();
    Q_EMIT statusMessage(description.text);
    if (!description.changesAnything) {
        event->ignore();
        stopAutoScroll();
        setState(NoState);
        return;
    }
    event->setDropAction(action);
    PagedTreeView::dropEvent(event);
}

void GroupTreeView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void GroupTreeView::paintEvent(QPaintEvent *event)
{
    PagedTreeView::paintEvent(event);
    if (!m_emptyText.isEmpty() && model() && model()->rowCount() == 0) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        const int margin = fontMetrics().averageCharWidth() * 3;
        painter.drawText(viewport()->rect().adjusted(margin, margin * 2, -margin, -margin),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
    }
    if (!m_dropRow.isValid())
        return;
    const QRect cell = visualRect(m_dropRow);
    if (!cell.isValid())
        return;
    QPainter painter(viewport());
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(48);
    const QRect row(0, cell.top(), viewport()->width(), cell.height());
    painter.fillRect(row, fill);
    QStyleOption option;
    option.initFrom(this);
    option.rect = row.adjusted(0, 0, -1, -1);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemDrop, &option, &painter, this);
}

} // namespace Gui
