#pragma once

#include "models/activitylog.h"

#include <QtWidgets/QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ActivityEntryDialog;
}

namespace Models {
class ActivityItemModel;
}

namespace Gui {

/// One entry of the Activity log in full: what the change was, when (local time and its
/// offset from UTC), who made it, its groups and outcome, and a sortable table of whom it
/// touched (name, username or slug, id, group, change with the level before and after,
/// outcome, the server's reason), filtered by text. An entry from before the log kept items
/// says so. Not modal: several entries can be open beside the dock.
class ActivityEntryDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows \a entry with \a items (read from the log by the caller).
    ActivityEntryDialog(
        const Models::ActivityEntry &entry, const QList<Models::ActivityItem> &items, QWidget *parent = nullptr);
    ~ActivityEntryDialog() override;

    Models::ActivityItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    qint64 entryId() const { return m_entryId; }

private:
    void fitColumns();
    void updateCount();

    std::unique_ptr<Ui::ActivityEntryDialog> m_ui;
    Models::ActivityItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    qint64 m_entryId = 0;
};

} // namespace Gui
