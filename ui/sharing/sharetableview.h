#pragma once

#include "ui/widgets/flattableview.h"

#include "models/sharemodel.h"

#include <QtCore/QPointer>

#include <functional>

namespace Gui {

/// The shares table of the Sharing tab. While users (from the Users dock or a member table) or
/// groups (from the group list) are dragged over it, it says what a drop will do before the
/// button is released, and refuses (saying why) a drop that carries nobody to share with. On
/// the release it hands what was dropped to dropped(); the tab asks for the level.
class ShareTableView : public FlatTableView
{
    Q_OBJECT

public:
    explicit ShareTableView(QWidget *parent = nullptr);
    ~ShareTableView() override;

    /// The shares this view shows (through a proxy), and the name of their group for the words.
    void setShares(Models::ShareModel *shares, std::function<QString()> groupName);

    /// The columns' widths, order and sort, for the workspace to keep in its settings (as it
    /// keeps the other tabs' tables); restoring an empty state keeps the tab's defaults.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    /// What a drop here will do, or why it would do nothing; empty once the drag left.
    void dropDescribed(const QString &text);
    /// Users or groups were dropped at \a globalPosition: share with them, once a level is chosen.
    void dropped(const Models::ShareDropDescription &what, const QPoint &globalPosition);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// Marks the whole table as where the drop lands (or stops marking it).
    void setDropHere(bool here);
    /// What the drag's \a data would do, worked out once per drag (a move of the mouse reuses it).
    const Models::ShareDropDescription &describe(const QMimeData *data);
    /// Takes or refuses \a event as \a what says; a share is always a copy for the source.
    void judge(QDropEvent *event, const Models::ShareDropDescription &what);
    void say(const QString &text);

    QPointer<Models::ShareModel> m_shares;
    std::function<QString()> m_groupName;
    const QMimeData *m_dragData = nullptr;
    Models::ShareDropDescription m_description;
    QString m_said;
    bool m_dropHere = false;
};

} // namespace Gui
