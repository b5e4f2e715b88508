#pragma once

#include "api/records.h"

#include <QtCore/QSortFilterProxyModel>

#include <optional>

namespace Models {

/// The filter and sort of the access tables (who reaches a group, what a person reaches): sorts
/// on RawValueRole (a level as a level, not as a word; names locale-aware, case-insensitive) and
/// shows the rows whose searched columns hold a text and, if set, whose level is one level (the
/// level column's RawValueRole). A subclass adds conditions of its own (acceptsRow()) and places
/// the text may be beyond the columns' display text (textElsewhere()).
class LevelFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// \a searchedColumns: the columns the text is looked for in (empty: every column).
    LevelFilterProxyModel(int levelColumn, QList<int> searchedColumns, QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    std::optional<Api::PermissionLevel> level() const { return m_level; }
    void setLevel(std::optional<Api::PermissionLevel> level);
    /// Whether the text or the level filter hides anything.
    bool isFiltering() const { return !m_filterText.isEmpty() || m_level.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;
    /// A subclass's own conditions, before the level and the text; every row by default.
    virtual bool acceptsRow(int sourceRow, const QModelIndex &sourceParent) const;
    /// Whether \a text is in the row where no searched column shows it (a username behind an
    /// e-mail, say); nowhere by default.
    virtual bool textElsewhere(int sourceRow, const QModelIndex &sourceParent, const QString &text) const;

private:
    int m_levelColumn;
    QList<int> m_searchedColumns;
    QString m_filterText;
    std::optional<Api::PermissionLevel> m_level;
};

} // namespace Models
