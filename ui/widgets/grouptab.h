#pragma once

#include <QtWidgets/QWidget>

namespace Gui {

/// A tab of the selected group (Members, Sharing, Access, Child Groups) whose loading waits
/// while it is hidden: every group clicked through in the list reaches every tab, and a tab
/// nobody looks at must ask the server nothing for it. setGroup() remembers the group; a
/// visible tab shows it at once, a hidden one shows the latest group it was given when it is
/// shown, once. A reload asked for while hidden, too, happens when the tab shows.
class GroupTab : public QWidget
{
    Q_OBJECT

public:
    explicit GroupTab(QWidget *parent = nullptr);

    /// Shows group \a groupId (0: none), now if the tab is visible, else once it is shown.
    void setGroup(qint64 groupId);
    /// The group shown, or the one to show once the tab is.
    qint64 groupId() const { return m_groupId; }
    /// Asks the server again (when shown; a hidden tab asks when it is shown next).
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

    /// The group the tab's model holds now (0: none).
    virtual qint64 loadedGroupId() const = 0;
    /// Points the tab's model at \a groupId, which asks the server for it.
    virtual void loadGroup(qint64 groupId) = 0;
    /// Asks the server again for the group the model holds.
    virtual void reloadGroup() = 0;

private:
    /// Loads m_groupId unless the model holds it already, or reloads it if a reload waits.
    void applyGroup();

    qint64 m_groupId = 0;
    bool m_reloadWaits = false; ///< A reload was asked for while hidden.
};

} // namespace Gui
