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
}

ColumnFitter::~ColumnFitter() = default;

void ColumnFitter::scheduleFit()
{
    if (!m_fitting || m_fitScheduled)
        return;
    m_fitScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fitScheduled = false;
            fit();
        },
        Qt::QueuedConnection);
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_view->header();
    if (!m_fitting || !m_view->isVisible() || header->count() <= m_readColumn)
        return;
    m_resizing = true;
    const int most = m_view->fontMetrics().averageCharWidth() * kMostCharacters;
    // Public on QAbstractItemView, protected on QTreeView.
    const QAbstractItemView *rows = m_view;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_readColumn || header->isSectionHidden(column))
            continue;
        // What the rows laid out need (QTreeView measures only those), and the title.
        const int width = std::min(most, std::max(rows->sizeHintForColumn(column), header->sectionSizeHint(column)));
        header->resizeSection(column, width);
        others += width;
    }
    const int least = std::max(header->sectionSizeHint(m_readColumn), m_view->fontMetrics().averageCharWidth() * 16);
    header->resizeSection(m_readColumn, std::max(least, m_view->viewport()->width() - others));
    m_resizing = false;
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
