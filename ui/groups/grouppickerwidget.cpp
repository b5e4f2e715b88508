#include "ui/groups/grouppickerwidget.h"

#include "ui_grouppickerwidget.h"

#include <QtCore/QSet>
#include <QtGui/QAction>
#include <QtWidgets/QStyle>

using namespace Qt::StringLiterals;

namespace Gui {

GroupPickerWidget::GroupPickerWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GroupPickerWidget>())
    , m_removeAction(new QAction(tr("Re&move"), this))
{
    m_ui->setupUi(this);
    m_ui->groupSearchWidget->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->addGroupButton->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_ui->removeGroupButton->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));

    // Enter or a double-click on a match picks the selected matches.
    connect(m_ui->groupSearchWidget, &GroupSearchWidget::groupActivated, this, &GroupPickerWidget::addSelected);
    connect(m_ui->groupSearchWidget, &GroupSearchWidget::selectionChanged, this, &GroupPickerWidget::updateButtons);
    connect(m_ui->groupSearchWidget, &GroupSearchWidget::currentGroupChanged, this, &GroupPickerWidget::updateButtons);
    connect(m_ui->addGroupButton, &QPushButton::clicked, this, &GroupPickerWidget::addSelected);
    connect(m_ui->removeGroupButton, &QPushButton::clicked, this, &GroupPickerWidget::removeSelected);
    connect(m_ui->pickedGroupListWidget, &QListWidget::itemSelectionChanged, this, &GroupPickerWidget::updateButtons);

    m_removeAction->setObjectName(u"removeGroupAction"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &GroupPickerWidget::removeSelected);
    auto *removeAll = new QAction(tr("Remove &All"), this);
    removeAll->setObjectName(u"removeAllGroupsAction"_s);
    connect(removeAll, &QAction::triggered, this, [this] { setPicked({}); });
    m_ui->pickedGroupListWidget->addAction(m_removeAction);
    m_ui->pickedGroupListWidget->addAction(removeAll);
    m_ui->pickedGroupListWidget->setContextMenuPolicy(Qt::ActionsContextMenu);

    setFocusProxy(m_ui->groupSearchWidget);
    rebuildPickedList();
}

GroupPickerWidget::~GroupPickerWidget() = default;

void GroupPickerWidget::setWorkspace(Models::Workspace *workspace)
{
    m_ui->groupSearchWidget->setWorkspace(workspace);
    updateButtons();
}

GroupSearchWidget *GroupPickerWidget::searchWidget() const
{
    return m_ui->groupSearchWidget;
}

void GroupPickerWidget::setPicked(const QList<Api::NamedRef> &groups)
{
    m_picked.clear();
    QSet<qint64> seen;
    for (const Api::NamedRef &group : groups) {
        if (group.id && !seen.contains(group.id)) {
            seen.insert(group.id);
            m_picked.append(group);
        }
    }
    rebuildPickedList();
    Q_EMIT pickedChanged();
}

int GroupPickerWidget::addGroups(const QList<Api::NamedRef> &groups)
{
    QSet<qint64> seen = Api::idSet(m_picked);
    int added = 0;
    for (const Api::NamedRef &group : groups) {
        if (group.id && !seen.contains(group.id)) {
            seen.insert(group.id);
            m_picked.append(group);
            ++added;
        }
    }
    if (added) {
        rebuildPickedList();
        Q_EMIT pickedChanged();
    }
    return added;
}

void GroupPickerWidget::removeGroups(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    const auto removed = m_picked.removeIf([&](const Api::NamedRef &group) { return gone.contains(group.id); });
    if (removed) {
        rebuildPickedList();
        Q_EMIT pickedChanged();
    }
}

void GroupPickerWidget::addSelected()
{
    addGroups(m_ui->groupSearchWidget->selectedGroups());
}

void GroupPickerWidget::removeSelected()
{
    QList<qint64> ids;
    for (const QListWidgetItem *item : m_ui->pickedGroupListWidget->selectedItems())
        ids.append(item->data(Qt::UserRole).toLongLong());
    removeGroups(ids);
}

void GroupPickerWidget::rebuildPickedList()
{
    m_ui->pickedGroupListWidget->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_DirIcon);
    for (const Api::NamedRef &group : std::as_const(m_picked)) {
        auto *item = new QListWidgetItem(icon, group.name.isEmpty() ? tr("Group %1").arg(group.id) : group.name);
        item->setData(Qt::UserRole, group.id);
        item->setToolTip(tr("Group %1").arg(group.id));
        m_ui->pickedGroupListWidget->addItem(item);
    }
    const auto n = int(m_picked.size());
    m_ui->pickedGroupCountLabel->setText(n == 1 ? tr("1 group picked") : tr("%1 groups picked").arg(n));
    updateButtons();
}

void GroupPickerWidget::updateButtons()
{
    m_ui->addGroupButton->setEnabled(!m_ui->groupSearchWidget->selectedGroups().isEmpty());
    const bool anyPicked = !m_ui->pickedGroupListWidget->selectedItems().isEmpty();
    m_ui->removeGroupButton->setEnabled(anyPicked);
    m_removeAction->setEnabled(anyPicked);
}

} // namespace Gui
