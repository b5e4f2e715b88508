#include "ui/members/membertableview.h"

#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/membertablemodel.h"
#include "models/userresolver.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QMimeData>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDragLeaveEvent>
#include <QtGui/QDragMoveEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QResizeEvent>
#include <QtWidgets/QHeaderView>

#include <algorithm>
#include <array>

namespace Gui {

MemberTableView::MemberTableView(QWidget *parent)
    : FlatTableView(Drops::TakenAndDragged, parent)
{
    // A person dragging a column's edge (or double-clicking it) sizes the columns from then on;
    // not the last column stretching as the splitter is dragged (the button is down elsewhere).
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(0);
    connect(&m_fitTimer, &QTimer::timeout, this, &MemberTableView::fitColumns);
    header()->viewport()->installEventFilter(this);
    connect(header(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && m_pressOnHeader)
            m_fitColumns = false;
    });
    connect(header(), &QHeaderView::sectionHandleDoubleClicked, this, [this] { m_fitColumns = false; });
}

MemberTableView::~MemberTableView() = default;

void MemberTableView::setMembers(Models::MemberTableModel *members, const Models::GroupStore *store)
{
    m_members = members;
    m_store = store;
}

QByteArray MemberTableView::saveHeaderState() const
{
    return header()->saveState();
}

void MemberTableView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty() && header()->restoreState(state))
        m_fitColumns = false;
}

bool MemberTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == header()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_pressOnHeader = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_pressOnHeader = false;
    }
    return QTreeView::eventFilter(watched, event);
}

void MemberTableView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitColumns();
}

void MemberTableView::showEvent(QShowEvent *event)
{
    QTreeView::showEvent(event);
    fitColumns();
}

void MemberTableView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QTreeView::rowsInserted(parent, start, end);
    scheduleFit();
}

void MemberTableView::reset()
{
    QTreeView::reset();
    scheduleFit();
}

void MemberTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QTreeView::dataChanged(topLeft, bottomRight, roles);
    // Who is online, a primary group's name: words that arrive after their rows.
    if (roles.isEmpty() || roles.contains(Qt::DisplayRole))
        scheduleFit();
}

void MemberTableView::scheduleFit()
{
    if (m_fitColumns)
        m_fitTimer.start();
}

void MemberTableView::fitColumns()
{
    QHeaderView *columns = header();
    if (!m_fitColumns || !isVisible() || !model() || columns->count() != Models::MemberTableModel::ColumnCount)
        return;
    using Model = Models::MemberTableModel;
    const int least = std::max(columns->minimumSectionSize(), fontMetrics().averageCharWidth() * 6);
    // What each column's rows need, measured once (over at most the header's resize-contents
    // precision of rows, so a large group costs no more than a small one).
    std::array<int, Model::ColumnCount> content{};
    for (int column = 0; column < Model::ColumnCount; ++column)
        content[size_t(column)] = sizeHintForColumn(column);
    // Status and Online say one word: as wide as it (their titles may be cut, never the word).
    const auto contentWidth = [&](int column) { return std::max(least, content[size_t(column)]); };
    struct Share
    {
        int column;
        int weight; ///< Of what the word columns leave; 0: as wide as its content.
    };
    const std::array<Share, 6> shares{{{Model::NameColumn, 40}, {Model::UsernameColumn, 18}, {Model::EmailColumn, 28},
        {Model::PrimaryGroupColumn, 14}, {Model::ActiveColumn, 0}, {Model::OnlineColumn, 0}}};
    int rest = viewport()->width();
    std::array<int, Model::ColumnCount> widths{};
    QList<Share> open;
    for (const Share &share : shares) {
        if (share.weight == 0) {
            widths[size_t(share.column)] = contentWidth(share.column);
            rest -= widths[size_t(share.column)];
        } else {
            open.append(share);
        }
    }
    // A column whose content (and title) needs less than its share of what is left gets just
    // that; the others share the rest by weight. Room left once all fit goes to the name.
    const auto wanted = [&](int column) {
        return std::max({least, content[size_t(column)], columns->sectionSizeHint(column)});
    };
    int given = 0;
    for (bool settled = false; !settled && !open.isEmpty();) {
        int weights = 0;
        for (const Share &share : open)
            weights += share.weight;
        const int left = rest - given;
        settled = true;
        for (qsizetype i = 0; i < open.size(); ++i) {
            const int want = wanted(open.at(i).column);
            if (want <= left * open.at(i).weight / weights) {
                widths[size_t(open.at(i).column)] = want;
                given += want;
                open.removeAt(i);
                settled = false;
                break;
            }
        }
        if (settled) {
            for (const Share &share : open) {
                const int width = std::max(least, left * share.weight / weights);
                widths[size_t(share.column)] = width;
                given += width;
            }
        }
    }
    if (open.isEmpty())
        widths[Model::NameColumn] += std::max(0, rest - given);
    // Too narrow for every share at its least: the widest give way, down to the least each.
    for (int over = given - rest; over > 0;) {
        const auto widest = std::max_element(widths.begin(), widths.end());
        if (*widest <= least)
            break;
        const int cut = std::min({over, *widest - least, 8}); // a little at a time, so they even out
        *widest -= cut;
        over -= cut;
    }
    m_fitting = true;
    for (int column = 0; column < Model::ColumnCount; ++column)
        columns->resizeSection(column, widths[size_t(column)]);
    m_fitting = false;
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
        // Names looked up later still land in this group: refused now if the person may not add.
        const QString refusal
            = Models::GroupPermissions::refusal(m_store, {m_members->groupId()}, Models::GroupAction::ChangeMembers);
        say(refusal.isEmpty() ? textDropText() : Models::GroupPermissions::refusedDropText(textDropText(), refusal));
        refused = !refusal.isEmpty();
    } else {
        refused = true;
    }
    if (refused) {
        event->ignore();
        // No drop indicator over a table that would refuse the drop.
        if (state() == DraggingState)
            setState(NoState);
    } else if (event->isAccepted() && state() != DraggingState) {
        setState(DraggingState);
    }
    setDropHere(!refused && event->isAccepted());
}

void MemberTableView::setDropHere(bool here)
{
    if (here == m_dropHere)
        return;
    m_dropHere = here;
    viewport()->update();
}

void MemberTableView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_dropHere)
        paintDropFrame(viewport(), palette());
}

void MemberTableView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHere(false);
    QTreeView::dragLeaveEvent(event);
    forgetDrag();
    say(QString());
}

void MemberTableView::dropEvent(QDropEvent *event)
{
    setDropHere(false);
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
