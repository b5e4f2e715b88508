#pragma once

#include "api/records.h"

#include <QtWidgets/QWidget>

#include <memory>

class QAction;

namespace Models {
class Workspace;
} // namespace Models

namespace Ui {
class GroupPickerWidget;
}

namespace Gui {

class GroupSearchWidget;

/// Several groups picked from a server search (a GroupSearchWidget) into a list beside it, as
/// the user picker picks people: Add (Enter, a double-click) moves the selected matches over,
/// Remove (Delete) takes picked ones out. Picking a group twice keeps one entry.
class GroupPickerWidget : public QWidget
{
    Q_OBJECT

public:
    /// Lists nothing to pick from until setWorkspace() (a Designer form constructs it so).
    explicit GroupPickerWidget(QWidget *parent = nullptr);
    ~GroupPickerWidget() override;

    /// Searches \a workspace's groups (not owned; it must outlive this widget).
    void setWorkspace(Models::Workspace *workspace);
    GroupSearchWidget *searchWidget() const;

    /// The picked groups, in the order picked.
    QList<Api::NamedRef> picked() const { return m_picked; }
    /// Replaces the picked groups with \a groups (duplicates dropped, order kept).
    void setPicked(const QList<Api::NamedRef> &groups);
    /// Adds those of \a groups not yet picked, at the end; returns how many were new.
    int addGroups(const QList<Api::NamedRef> &groups);
    /// Unpicks the groups with ids \a ids.
    void removeGroups(const QList<qint64> &ids);

Q_SIGNALS:
    void pickedChanged();

private:
    void addSelected();
    void removeSelected();
    void rebuildPickedList();
    void updateButtons();

    std::unique_ptr<Ui::GroupPickerWidget> m_ui;
    QAction *m_removeAction;
    QList<Api::NamedRef> m_picked;
};

} // namespace Gui
