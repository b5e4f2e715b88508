#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QTimer>

class QTreeView;

namespace Gui {

/// Sizes the columns of a list a person reads by one column (a group's name): that column takes
/// the width the others leave, each other column is as wide as its title and the rows shown
/// need. Once the person drags a column's edge (or double-clicks it) the widths are theirs, and
/// the column they read can be made wider than the view, with a scroll bar.
///
/// The header's context menu chooses the columns shown (never the one read). saveState() holds
/// the widths, the order, the hidden columns and whether the person sized them; restoreState()
/// takes only what this version wrote, so a layout of another version or a damaged one leaves
/// the default.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    /// Fits \a view's columns, \a readColumn taking the spare width.
    ColumnFitter(QTreeView *view, int readColumn);
    ~ColumnFitter() override;

    /// Whether the widths are still fitted (nobody sized a column by hand).
    bool isFitting() const { return m_fitting; }
    /// Fits again, once the events now queued are handled (a page of rows, a resize).
    void scheduleFit();

    /// Fits \a column to its whole longest value, not capped as the others are (an e-mail,
    /// which cut short names nobody; a level or a status). It gives up width only once the
    /// column read is down to its least (16 characters).
    void setWhole(int column);

    /// Hides or shows \a column, as the header's menu does, but as the application's default:
    /// a column the person showed or hid themselves stays as they chose.
    void setDefaultHidden(int column, bool hidden);

    QByteArray saveState() const;
    /// False, and nothing changed, when \a state is not one this version wrote.
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    /// The person showed or hid a column from the header's menu.
    void columnsChosen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    void showColumnMenu(const QPoint &position);

    QTreeView *m_view;
    int m_readColumn;
    bool m_fitting = true;
    /// Zero-interval and single-shot: the requests made while events are handled make one fit.
    QTimer m_fitTimer;
    bool m_resizing = false; ///< This fitter is setting widths: not the person.
    bool m_pressOnHeader = false;
    QList<int> m_chosenColumns; ///< Shown or hidden by the person: defaults no longer apply.
    QList<int> m_wholeColumns; ///< Fitted to their longest value, uncapped.
};

} // namespace Gui
