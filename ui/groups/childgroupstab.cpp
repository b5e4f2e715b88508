#include "ui/groups/childgroupstab.h"

#include "ui_childgroupstab.h"

#include "models/childgrouptreemodel.h"
#include "models/groupstore.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "ui/session.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QIdentityProxyModel>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QTreeView>

namespace Gui {

using Models::ChildGroupTreeModel;

namespace {

/// Two people, one behind the other, in \a color: a group, where the desktop has no
/// "system-users" icon (the style has no icon of people; its folder is the categories').
QIcon peopleIcon(const QColor &color)
{
    return paintedIcon([color](QPainter &painter, int size) {
        painter.setPen(Qt::NoPen);
        const auto person = [&](qreal x, qreal scale, const QColor &ink) {
            painter.setBrush(ink);
            const qreal head = size * 0.17 * scale;
            painter.drawEllipse(QPointF(x, size * (0.62 - 0.36 * scale)), head, head);
            const QRectF body(
                x - size * 0.3 * scale, size * (0.62 - 0.1 * scale), size * 0.6 * scale, size * 0.7 * scale);
            painter.drawChord(body, 0, 180 * 16);
        };
        QColor behind = color;
        behind.setAlphaF(0.55);
        person(size * 0.64, 0.85, behind);
        person(size * 0.38, 1.0, color);
    });
}

/// Gives the tree's names their icons (the style's, which the models, without widgets, do not
/// reach): a folder on the three categories, a group on a group, a loop on a cycle.
class ChildGroupIconModel : public QIdentityProxyModel
{
public:
    ChildGroupIconModel(const QWidget *widget, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_categoryIcon(themeIcon(widget, "folder", QStyle::SP_DirIcon))
        , m_groupIcon(
              QIcon::fromTheme(QStringLiteral("system-users"), peopleIcon(widget->palette().color(QPalette::Text))))
        , m_cycleIcon(themeIcon(widget, "view-refresh", QStyle::SP_BrowserReload))
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ChildGroupTreeModel::NameColumn) {
            if (index.data(Models::KindRole).toInt() == int(ChildGroupTreeModel::NodeKind::Category))
                return m_categoryIcon;
            return index.data(Models::CycleRole).toBool() ? m_cycleIcon : m_groupIcon;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QIcon m_categoryIcon;
    QIcon m_groupIcon;
    QIcon m_cycleIcon;
};

bool isGroupRow(const QModelIndex &index)
{
    return index.isValid() && index.data(Models::KindRole).toInt() == int(ChildGroupTreeModel::NodeKind::Group);
}

} // namespace

ChildGroupsTab::ChildGroupsTab(Session *session, QWidget *parent)
    : GroupTab(session, QStringLiteral("workspace/childGroupColumns"), parent)
    , m_ui(std::make_unique<Ui::ChildGroupsTab>())
    , m_model(new ChildGroupTreeModel(session->workspace(), 0, this))
    , m_iconModel(new ChildGroupIconModel(this, this))
    , m_loadStatusBar(new LoadStatusBar(this))
    , m_toolBar(makeTabToolBar(this, QStringLiteral("childGroupsToolBar")))
{
    m_ui->setupUi(this);
    m_ui->tabLayout->insertWidget(0, m_toolBar);
    // Between the hint and the tree: loading any node's children, the last error, with Retry
    // (which asks again for every node that failed).
    m_ui->tabLayout->insertWidget(m_ui->tabLayout->indexOf(m_ui->childGroupsTreeView), m_loadStatusBar);
    m_loadStatusBar->setStatus(m_model->loadStatus());
    m_iconModel->setSourceModel(m_model);

    setUpView();
    setUpActions();
    updateHint();
    connect(session->workspace()->groupStore(), &Models::GroupStore::groupChanged, this, [this](qint64 id) {
        if (id == m_model->rootGroupId())
            updateHint();
    });
}

ChildGroupsTab::~ChildGroupsTab() = default;

QAbstractItemModel *ChildGroupsTab::viewModel() const
{
    return m_iconModel;
}

QTreeView *ChildGroupsTab::view() const
{
    return m_ui->childGroupsTreeView;
}

void ChildGroupsTab::setUpView()
{
    QTreeView *view = m_ui->childGroupsTreeView;
    view->setModel(m_iconModel);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(ChildGroupTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChildGroupTreeModel::LevelColumn, QHeaderView::Interactive);
    header->resizeSection(ChildGroupTreeModel::LevelColumn, 110);

    // The three categories open at first, and again after every reset (another group, Refresh).
    connect(m_iconModel, &QAbstractItemModel::modelReset, this, &ChildGroupsTab::expandCategories);
    // Double-click and Enter both come as activated(); expanding is the arrow's, or a category's.
    connect(view, &QTreeView::activated, this, &ChildGroupsTab::activate);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChildGroupsTab::updateActions);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChildGroupsTab::updateActions);
    connect(m_iconModel, &QAbstractItemModel::modelReset, this, &ChildGroupsTab::updateActions);
}

void ChildGroupsTab::setUpActions()
{
    // Only while the focus is in this tab: the other tabs have keys of their own.
    m_goToGroupAction = makePanelAction(this, QStringLiteral("goToGroupAction"), tr("&Go to Group"),
        tr("Show the selected group in the group list, and its tabs (also Enter or a double-click)"), "go-jump",
        QStyle::SP_ArrowForward, QKeySequence(Qt::CTRL | Qt::Key_J));
    m_copyNamesAction = makePanelAction(this, QStringLiteral("copyNamesAction"), tr("&Copy Names"),
        tr("Copy the names of the selected groups, one a line"), "edit-copy", QStyle::SP_FileIcon,
        QKeySequence(QKeySequence::Copy));
    m_expandAllAction = makePanelAction(this, QStringLiteral("expandAllAction"), tr("&Expand All Loaded"),
        tr("Open every group whose child groups are already loaded (asks the server for nothing)"), "view-list-tree",
        QStyle::SP_ToolBarVerticalExtensionButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    m_collapseAllAction = makePanelAction(this, QStringLiteral("collapseAllAction"), tr("C&ollapse All"),
        tr("Close every group, leaving the three categories open"), "view-restore",
        QStyle::SP_ToolBarHorizontalExtensionButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    m_reloadAction = makePanelAction(this, QStringLiteral("reloadChildGroupsAction"), tr("&Refresh"),
        tr("Ask the server again for this group's child groups (what is open closes)"), "view-refresh",
        QStyle::SP_BrowserReload, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    // Short names on the toolbar, so that the tab's narrow pane shows them all.
    m_goToGroupAction->setIconText(tr("Go to"));
    m_expandAllAction->setIconText(tr("Expand"));
    m_collapseAllAction->setIconText(tr("Collapse"));
    m_copyNamesAction->setIconText(tr("Copy"));
    addActionsAndSeparators(m_toolBar,
        {m_goToGroupAction, nullptr, m_expandAllAction, m_collapseAllAction, nullptr, m_copyNamesAction,
            m_reloadAction});
    setContextMenu(m_ui->childGroupsTreeView, QStringLiteral("childGroupsContextMenu"),
        {m_goToGroupAction, m_copyNamesAction, nullptr, m_expandAllAction, m_collapseAllAction, nullptr,
            m_reloadAction});

    connect(m_goToGroupAction, &QAction::triggered, this, &ChildGroupsTab::goToCurrentGroup);
    connect(m_copyNamesAction, &QAction::triggered, this, &ChildGroupsTab::copyNames);
    connect(m_expandAllAction, &QAction::triggered, this, &ChildGroupsTab::expandAllLoaded);
    connect(m_collapseAllAction, &QAction::triggered, this, &ChildGroupsTab::collapseAll);
    connect(m_reloadAction, &QAction::triggered, this, &ChildGroupsTab::reload);
    updateActions();
}

qint64 ChildGroupsTab::loadedGroupId() const
{
    return m_model->rootGroupId();
}

// A hidden tab waits: a click through the list asks nothing of the server for it.
void ChildGroupsTab::loadGroup(qint64 groupId)
{
    m_model->setRootGroup(groupId);
    updateHint();
}

void ChildGroupsTab::reloadGroup()
{
    m_model->reload();
}

void ChildGroupsTab::expandCategories()
{
    for (int row = 0; row < m_iconModel->rowCount(); ++row)
        m_ui->childGroupsTreeView->expand(m_iconModel->index(row, 0));
}

void ChildGroupsTab::expandAllLoaded()
{
    // Only where the children are here: expanding a group not yet asked would ask the server
    // (fetchMore), and a wide graph would then be asked for level after level.
    QTreeView *view = m_ui->childGroupsTreeView;
    QModelIndexList open{QModelIndex()};
    while (!open.isEmpty()) {
        const QModelIndex parent = open.takeLast();
        const int rows = m_iconModel->rowCount(parent);
        if (rows == 0)
            continue;
        if (parent.isValid())
            view->expand(parent);
        for (int row = 0; row < rows; ++row)
            open.append(m_iconModel->index(row, 0, parent));
    }
}

void ChildGroupsTab::collapseAll()
{
    m_ui->childGroupsTreeView->collapseAll();
    expandCategories();
}

void ChildGroupsTab::activate(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(ChildGroupTreeModel::NameColumn);
    if (!name.isValid())
        return;
    if (!isGroupRow(name)) {
        QTreeView *view = m_ui->childGroupsTreeView;
        view->setExpanded(name, !view->isExpanded(name));
        return;
    }
    Q_EMIT groupActivated(name.data(Models::IdRole).toLongLong());
}

void ChildGroupsTab::goToCurrentGroup()
{
    const QModelIndex current = m_ui->childGroupsTreeView->currentIndex();
    if (isGroupRow(current))
        activate(current);
}

QModelIndexList ChildGroupsTab::selectedGroups() const
{
    QModelIndexList selected
        = m_ui->childGroupsTreeView->selectionModel()->selectedRows(ChildGroupTreeModel::NameColumn);
    selected.removeIf([](const QModelIndex &index) { return !isGroupRow(index); });
    // In the order shown: the view's visual order is its rectangles' top to bottom.
    const QTreeView *view = m_ui->childGroupsTreeView;
    std::sort(selected.begin(), selected.end(), [view](const QModelIndex &a, const QModelIndex &b) {
        return view->visualRect(a).top() < view->visualRect(b).top();
    });
    return selected;
}

void ChildGroupsTab::copyNames()
{
    QStringList names;
    for (const QModelIndex &index : selectedGroups())
        names.append(index.data(Models::RawValueRole).toString());
    if (names.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(names.join(u'\n') + u'\n');
    Q_EMIT statusMessage(names.size() == 1 ? tr("Copied %1.").arg(names.first())
                                           : tr("Copied %n group names.", nullptr, int(names.size())));
}

void ChildGroupsTab::updateActions()
{
    const bool shown = m_model->rootGroupId() != 0;
    m_goToGroupAction->setEnabled(isGroupRow(m_ui->childGroupsTreeView->currentIndex()));
    m_copyNamesAction->setEnabled(!selectedGroups().isEmpty());
    m_expandAllAction->setEnabled(shown);
    m_collapseAllAction->setEnabled(shown);
    m_reloadAction->setEnabled(shown);
}

void ChildGroupsTab::updateHint()
{
    const qint64 root = m_model->rootGroupId();
    if (!root) {
        m_ui->childGroupsHintLabel->setText(tr("Select a group to see the groups it holds permissions on."));
        return;
    }
    m_ui->childGroupsHintLabel->setText(
        tr("The groups %1 may manage, write or read, and theirs in turn. Double-click a group or press Enter "
           "to go to it.")
            .arg(session()->workspace()->groupStore()->name(root)));
}

QByteArray ChildGroupsTab::saveHeaderState() const
{
    return m_ui->childGroupsTreeView->header()->saveState();
}

void ChildGroupsTab::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_ui->childGroupsTreeView->header()->restoreState(state);
}

} // namespace Gui
