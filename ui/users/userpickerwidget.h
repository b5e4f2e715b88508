#pragma once

#include "models/userdrag.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

#include <memory>

class QAction;
class QTimer;

namespace Models {
class UserDirectoryModel;
class Workspace;
} // namespace Models

namespace Ui {
class UserPickerWidget;
}

namespace Gui {

/// The organization's directory, searched on the server and paged in as it scrolls, beside the
/// people picked from it: what the user picker dialog, and later the add-members and share
/// dialogs, are built on. Picking the same person twice keeps one entry.
class UserPickerWidget : public QWidget
{
    Q_OBJECT

public:
    /// Shows nothing to pick from until setWorkspace() (a Designer form constructs it so).
    explicit UserPickerWidget(QWidget *parent = nullptr);
    ~UserPickerWidget() override;

    /// Searches \a workspace's directory (not owned; its client must outlive this widget).
    void setWorkspace(Models::Workspace *workspace);
    /// The directory the table shows; nullptr before setWorkspace().
    Models::UserDirectoryModel *directoryModel() const { return m_directory; }

    /// Replaces the picked people with \a users (duplicates dropped, order kept).
    void setPicked(const QList<Models::UserRef> &users);
    /// The picked people, in the order picked.
    QList<Models::UserRef> picked() const { return m_picked; }
    /// Adds those of \a users not yet picked, at the end; returns how many were new.
    int addUsers(const QList<Models::UserRef> &users);
    /// Unpicks the users with ids \a ids.
    void removeUsers(const QList<qint64> &ids);

Q_SIGNALS:
    /// The picked list changed (by the person or by setPicked()).
    void pickedChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchNow();
    void statusChosen();
    void addSelected();
    void removeSelected();
    void updateCount();
    void updateButtons();
    void updateColumns();
    void layoutColumns();
    void rebuildPickedList();
    bool searchKey(QKeyEvent *event);
    bool pickedDrag(QEvent *event);

    std::unique_ptr<Ui::UserPickerWidget> m_ui;
    QPointer<Models::Workspace> m_workspace;
    Models::UserDirectoryModel *m_directory = nullptr;
    QTimer *m_searchTimer;
    QAction *m_clearSearchAction;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_removeAllAction;
    QList<Models::UserRef> m_picked;
    bool m_layingOutColumns = false;
    bool m_columnsSizedByHand = false;
};

} // namespace Gui
