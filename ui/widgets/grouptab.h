#pragma once

#include "models/userdrag.h"

#include <QtWidgets/QWidget>

#include <functional>
#include <initializer_list>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;

namespace Models {
class LoadStatus;
}

namespace Gui {

class MessageBar;
class Session;

/// A tab of the selected group (Details, Members, Sharing, Access, Child Groups): what the
/// workspace asks of every tab, so that it keeps them in one list (WorkspaceWidget::addGroupTab)
/// and a new tab is one line there. A tab shows a group, reloads it, says things in the status
/// bar (statusMessage) and keeps its table's columns between runs under its settings key.
///
/// Loading waits while the tab is hidden: every group clicked through in the list reaches every
/// tab, and a tab nobody looks at must ask the server nothing for it. setGroup() remembers the
/// group; a visible tab shows it at once, a hidden one shows the latest group it was given when
/// it is shown, once. A reload asked for while hidden, too, happens when the tab shows.
class GroupTab : public QWidget
{
    Q_OBJECT

public:
    /// When a tab loads the group it is given.
    enum class Loading {
        WhenShown, ///< Only once the tab is shown (the default: a hidden tab costs nothing).
        AlsoHidden, ///< At once: what the tab loads others need too (Details: the whole group, for Edit).
    };

    /// A tab of \a session's groups, its header state kept under \a settingsKey (empty: a tab
    /// with no table to keep).
    GroupTab(
        Session *session, const QString &settingsKey, QWidget *parent = nullptr, Loading loading = Loading::WhenShown);

    /// Shows group \a groupId (0: none), now if the tab is visible, else once it is shown.
    void setGroup(qint64 groupId);
    /// The group shown, or the one to show once the tab is.
    qint64 groupId() const { return m_groupId; }
    /// Asks the server again (when shown; a hidden tab asks when it is shown next).
    void reload();

    /// Where the workspace keeps this tab's header state in QSettings; empty for none.
    QString settingsKey() const { return m_settingsKey; }
    /// The tab's table columns (widths, order, sort); empty for a tab without a table.
    virtual QByteArray saveHeaderState() const { return {}; }
    virtual void restoreHeaderState(const QByteArray &state) { Q_UNUSED(state) }

Q_SIGNALS:
    /// Something to tell the person in the status bar.
    void statusMessage(const QString &message);
    /// Open Person on a row of a person: the workspace opens their page.
    void personRequested(const Models::UserRef &person);

protected:
    void showEvent(QShowEvent *event) override;

    /// The group the tab's model holds now (0: none).
    virtual qint64 loadedGroupId() const = 0;
    /// Points the tab's model at \a groupId, which asks the server for it.
    virtual void loadGroup(qint64 groupId) = 0;
    /// Asks the server again for the group the model holds.
    virtual void reloadGroup() = 0;

    Session *session() const { return m_session; }
    /// The name of the group the tab's model holds, as every view says it.
    QString loadedGroupName() const;

    /// Calls \a update whenever rows of \a models come or go, change, or a model is reset, and
    /// whenever \a status starts or stops loading: what a tab's count line ("13 members, all
    /// active") follows, over its model and its filter proxy alike.
    void watchCounts(std::initializer_list<QAbstractItemModel *> models, Models::LoadStatus *status,
        const std::function<void()> &update);
    /// A message bar under the tab's table that the person closes: its label and close button
    /// named for tests and screen readers (\a closeName, \a closeAccessibleName), reached by
    /// Tab after \a view, hidden until a message comes.
    void setUpClosableMessage(
        MessageBar *bar, QAbstractItemView *view, const QString &closeName, const QString &closeAccessibleName);
    /// Open Person for the rows of \a view (its context menu takes the action returned): the
    /// person of the current row as \a personOf reads it (an id of 0: the row is no person, and
    /// the action is disabled there). With \a onActivation, Enter and a double-click open too.
    QAction *makeOpenPersonAction(QAbstractItemView *view,
        const std::function<Models::UserRef(const QModelIndex &)> &personOf, bool onActivation);
    /// Puts \a lines on the clipboard, one a line, and says \a message in the status bar.
    void copyLines(const QStringList &lines, const QString &message);
    /// The name a file of group \a groupId suggests: \a pattern's %1 is the group's slug, or its
    /// name where it has none, made safe for a file name ("%1 members.csv").
    QString exportFileName(const QString &pattern, qint64 groupId) const;
    /// Asks where to save \a csv (the file dialog titled \a title, suggesting \a fileName), saves
    /// it, and says \a savedMessage (its %1: the path) in the status bar. False when the person
    /// cancelled or the file could not be written (saveCsv has said why).
    bool saveExport(const QString &title, const QString &fileName, const QByteArray &csv, const QString &savedMessage);

private:
    /// Loads m_groupId unless the model holds it already, or reloads it if a reload waits.
    void applyGroup();

    Session *m_session;
    QString m_settingsKey;
    Loading m_loading;
    qint64 m_groupId = 0;
    bool m_reloadWaits = false; ///< A reload was asked for while hidden.
};

} // namespace Gui
