#include "ui/widgets/columnfitter.h"

#include <QtCore/QDataStream>
#include <QtCore/QIODevice>
#include <QtGui/QResizeEvent>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QTreeView>

#include <algorithm>

namespace Gui {

namespace {

/// What saveState() writes first: a layout of another shape is not read.
constexpr quint32 kStateMagic = 0x43474631; // "CGF1"

/// No fitted column grows past this many average characters: one long slug does not push the
/// name out of sight.
constexpr int kMostCharacters = 28;

} // namespace

ColumnFitter::ColumnFitter(QTreeView *view, int readColumn)
    : QObject(view)
    , m_view(view)
    , m_readColumn(readColumn)
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnFitter::showColumnMenu);
    // A person dragging a column's edge sizes the columns from then on; a width set here, or the
    // view growing with the window, does not count.
    header->viewport()->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_resizing && m_pressOnHeader)
            m_fitting = false;
    });
    connect(header, &QHeaderView::sectionHandleDoubleClicked, this, [this] { m_fitting = false; });
    // Words that arrive after the rows, and the rows themselves, change what the columns need.
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFitter::scheduleFit);
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(0);
    connect(&m_fitTimer, &QTimer::timeout, this, &ColumnFitter::fit);
}

ColumnFitter::~ColumnFitter() = default;

void ColumnFitter::scheduleFit()
{
    if (m_fitting)
        m_fitTimer.start();
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_view->header();
    if (!m_fitting || !m_view->isVisible() || header->count() <= m_readColumn)
        return;
    m_resizing = true;
    // Public on QAbstractItemView, protected on QTreeView. It measures only the rows laid out.
    const QAbstractItemView *rows = m_view;
    const int character = m_view->fontMetrics().averageCharWidth();
    const int room = m_view->viewport()->width();
    // What each column wants: its rows and its title, a long value capped.
    QList<int> others;
    int othersWant = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_readColumn || header->isSectionHidden(column))
            continue;
        const int need = std::max(rows->sizeHintForColumn(column), header->sectionSizeHint(column));
        const int want = m_wholeColumns.contains(column) ? need : std::min(character * kMostCharacters, need);
        header->resizeSection(column, want);
        others.append(column);
        othersWant += want;
    }
    // The column read comes first: whole where it can be, and never less than most of the room
    // while the others still have some to give.
    const int readWant = std::max(rows->sizeHintForColumn(m_readColumn), header->sectionSizeHint(m_readColumn));
    const int readLeast = std::max(character * 16, std::min(readWant, room * 3 / 5));
    // The others give up width in proportion to what they asked, down to a few characters: the
    // capped ones first, so the column read keeps most of the room; the whole ones (setWhole())
    // only once the column read is down to its least (a level or an e-mail cut short says
    // nothing, a long text cut short still begins).
    const int readFloor = character * 16;
    for (const bool whole : {false, true}) {
        const int squeeze = othersWant - std::max(0, room - (whole ? readFloor : readLeast));
        int giving = 0;
        for (const int column : std::as_const(others)) {
            if (m_wholeColumns.contains(column) == whole)
                giving += header->sectionSize(column);
        }
        if (squeeze <= 0 || giving <= 0)
            continue;
        int given = 0;
        for (const int column : std::as_const(others)) {
            if (m_wholeColumns.contains(column) != whole)
                continue;
            const int want = header->sectionSize(column);
            const int cut = std::min(want - character * 5, int(qint64(squeeze) * want / giving));
            if (cut > 0) {
                header->resizeSection(column, want - cut);
                given += cut;
            }
        }
        othersWant -= given;
    }
    // With whole columns the column read may come down to its least, so they fit in the view.
    header->resizeSection(m_readColumn, std::max(m_wholeColumns.isEmpty() ? readLeast : readFloor, room - othersWant));
    m_resizing = false;
}

void ColumnFitter::setWhole(int column)
{
    if (!m_wholeColumns.contains(column))
        m_wholeColumns.append(column);
    scheduleFit();
}

void ColumnFitter::setDefaultHidden(int column, bool hidden)
{
    QHeaderView *header = m_view->header();
    if (column == m_readColumn || m_chosenColumns.contains(column) || header->isSectionHidden(column) == hidden)
        return;
    header->setSectionHidden(column, hidden);
    scheduleFit();
}

void ColumnFitter::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_view->header();
    QMenu menu(header);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int column = 0; column < header->count(); ++column) {
        QAction *action
            = menu.addAction(m_view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The column a person reads the list by stays.
        action->setEnabled(column != m_readColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            if (!m_chosenColumns.contains(column))
                m_chosenColumns.append(column);
            fit();
            Q_EMIT columnsChosen();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

QByteArray ColumnFitter::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << kStateMagic << m_fitting << m_chosenColumns << m_view->header()->saveState();
    return state;
}

bool ColumnFitter::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    bool fitting = true;
    QList<int> chosen;
    QByteArray headerState;
    stream >> magic >> fitting >> chosen >> headerState;
    QHeaderView *header = m_view->header();
    if (stream.status() != QDataStream::Ok || magic != kStateMagic || !header->restoreState(headerState))
        return false;
    // A saved layout may carry other resize modes (an earlier version stretched a column, which
    // then could not be dragged wider): every column is sized by the person or by this fitter.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionHidden(m_readColumn, false);
    m_fitting = fitting;
    m_chosenColumns = chosen;
    scheduleFit();
    return true;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->header()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_pressOnHeader = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_pressOnHeader = false;
    } else if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            scheduleFit();
    } else if (watched == m_view && event->type() == QEvent::Show) {
        scheduleFit();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Gui
