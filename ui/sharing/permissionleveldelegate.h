#pragma once

#include <QtWidgets/QStyledItemDelegate>

namespace Gui {

/// The access column of the Sharing tab: edited with a combo box of the three levels (read,
/// write, manage) that opens at once and applies the level picked (Esc leaves it as it was),
/// through the model's PermissionLevelRole. A row whose change is on its way shows a busy icon,
/// one whose last change failed a warning icon (its tooltip has the server's words).
class PermissionLevelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PermissionLevelDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Gui
