#include "ui/review/reviewitemdelegate.h"

#include "models/reviewmodel.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QAbstractProxyModel>
#include <QtWidgets/QComboBox>

namespace Gui {

using Models::ReviewModel;
using Models::ReviewRow;
using Decision = Models::ReviewRow::Decision;

ReviewItemDelegate::ReviewItemDelegate(ReviewModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

const ReviewRow *ReviewItemDelegate::rowAt(const QModelIndex &index) const
{
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    if (!m_model || source.model() != m_model || !source.isValid())
        return nullptr;
    return &m_model->rowAt(source.row());
}

QWidget *ReviewItemDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != ReviewModel::DecisionColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const ReviewRow *row = rowAt(index);
    if (!row)
        return nullptr;
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("decisionComboBox"));
    for (const Decision decision :
        {Decision::Undecided, Decision::Keep, Decision::Remove, Decision::LowerToRead, Decision::LowerToWrite}) {
        if (decision != Decision::Undecided && !row->allows(decision))
            continue;
        const QString text = decision == Decision::Undecided ? tr("Undecided") : ReviewRow::decisionText(decision);
        combo->addItem(text, int(decision));
    }
    // A pick decides at once, as K, R and L do: no Enter needed.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ReviewItemDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ReviewItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || index.column() != ReviewModel::DecisionColumn) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void ReviewItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || index.column() != ReviewModel::DecisionColumn) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentData().toInt() != index.data(Qt::EditRole).toInt())
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void ReviewItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const ReviewRow *row = rowAt(index);
    if (!row)
        return;
    if (row->isRetired()) {
        option->font.setStrikeOut(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (index.column() == ReviewModel::SuggestionColumn && row->suggestion != ReviewRow::Suggestion::None) {
        if (m_suggestionIcon.isNull())
            m_suggestionIcon = option->widget
                ? themeIcon(option->widget, "dialog-information", QStyle::SP_MessageBoxInformation)
                : QIcon();
        option->font.setItalic(true);
        option->icon = m_suggestionIcon;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

} // namespace Gui
