#include "models/levelfilterproxymodel.h"

#include "models/roles.h"

namespace Models {

LevelFilterProxyModel::LevelFilterProxyModel(int levelColumn, QList<int> searchedColumns, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_levelColumn(levelColumn)
    , m_searchedColumns(std::move(searchedColumns))
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void LevelFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateRowsFilter();
}

void LevelFilterProxyModel::setLevel(std::optional<Api::PermissionLevel> level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

bool LevelFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!acceptsRow(sourceRow, sourceParent))
        return false;
    const QAbstractItemModel *model = sourceModel();
    if (m_level && model->index(sourceRow, m_levelColumn, sourceParent).data(RawValueRole).toInt() != int(*m_level))
        return false;
    if (m_filterText.isEmpty())
        return true;
    const auto holdsText = [&](int column) {
        return model->index(sourceRow, column, sourceParent)
            .data()
            .toString()
            .contains(m_filterText, Qt::CaseInsensitive);
    };
    if (m_searchedColumns.isEmpty()) {
        for (int column = 0; column < model->columnCount(sourceParent); ++column) {
            if (holdsText(column))
                return true;
        }
    } else if (std::any_of(m_searchedColumns.cbegin(), m_searchedColumns.cend(), holdsText)) {
        return true;
    }
    return textElsewhere(sourceRow, sourceParent, m_filterText);
}

bool LevelFilterProxyModel::acceptsRow(int /*sourceRow*/, const QModelIndex & /*sourceParent*/) const
{
    return true;
}

bool LevelFilterProxyModel::textElsewhere(
    int /*sourceRow*/, const QModelIndex & /*sourceParent*/, const QString & /*text*/) const
{
    return false;
}

} // namespace Models
