#pragma once

#include <QtCore/QPointer>
#include <QtGui/QIcon>
#include <QtWidgets/QStyledItemDelegate>

namespace Models {
class ReviewModel;
struct ReviewRow;
} // namespace Models

namespace Gui {

/// The review table's cells: the Decision column edits in a combo box offering only what the
/// row allows (ReviewRow::allows(): Lower only on a share above the level, never on an indirect
/// row), which decides the moment a choice is made; a suggestion is set apart (italic, with an
/// information icon: a hint, never a decision); a retired row (its grant gone) is struck out.
/// The rows are those of \a model, seen through any proxies over it.
class ReviewItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ReviewItemDelegate(Models::ReviewModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    /// The review row shown at \a index (of the model or a proxy over it); nullptr when none.
    const Models::ReviewRow *rowAt(const QModelIndex &index) const;

    QPointer<Models::ReviewModel> m_model;
    mutable QIcon m_suggestionIcon; ///< Made on first paint: the view's style is known then.
};

} // namespace Gui
