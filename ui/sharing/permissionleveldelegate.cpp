#include "ui/sharing/permissionleveldelegate.h"

#include "models/permissionleveltext.h"
#include "models/roles.h"

#include "api/records.h"

#include <QtCore/QTimer>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QStyle>

namespace Gui {

PermissionLevelDelegate::PermissionLevelDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *PermissionLevelDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem & /*option*/, const QModelIndex & /*index*/) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("permissionLevelComboBox"));
    combo->setAccessibleName(tr("Access"));
    combo->setToolTip(tr("Read: see the group; Write: change its members; Manage: also change who may do what"));
    combo->addItem(Models::permissionLevelText(Api::PermissionLevel::Read), int(Api::PermissionLevel::Read));
    combo->addItem(Models::permissionLevelText(Api::PermissionLevel::Write), int(Api::PermissionLevel::Write));
    combo->addItem(Models::permissionLevelText(Api::PermissionLevel::Manage), int(Api::PermissionLevel::Manage));
    // One pick applies it: the person chose a level, there is nothing else to confirm.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<PermissionLevelDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    // Opened at once, so F2 or a double-click is one step from the choice; after the button of
    // a double-click is released, which would otherwise land on the list and pick at once.
    auto *opener = new QTimer(combo);
    opener->setInterval(20);
    connect(opener, &QTimer::timeout, combo, [combo, opener] {
        if (QGuiApplication::mouseButtons() != Qt::NoButton)
            return;
        opener->stop();
        if (combo->isVisible())
            combo->showPopup();
    });
    opener->start();
    return combo;
}

void PermissionLevelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int found = combo->findData(index.data(Models::PermissionLevelRole).toInt());
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void PermissionLevelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0)
        return;
    // The model does nothing when the level is the one held already.
    model->setData(index, combo->currentData(), Models::PermissionLevelRole);
}

void PermissionLevelDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex & /*index*/) const
{
    editor->setGeometry(option.rect);
}

void PermissionLevelDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    QIcon icon;
    if (index.data(Models::PendingRole).toBool())
        icon = QIcon::fromTheme(QStringLiteral("view-refresh"), style->standardIcon(QStyle::SP_BrowserReload));
    else if (!index.data(Models::ErrorRole).toString().isEmpty())
        icon = QIcon::fromTheme(QStringLiteral("dialog-warning"), style->standardIcon(QStyle::SP_MessageBoxWarning));
    if (!icon.isNull()) {
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationPosition = QStyleOptionViewItem::Right;
    }
}

} // namespace Gui
