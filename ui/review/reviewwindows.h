#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>

class QWidget;

namespace Gui {

class ReviewWindow;
class Session;

/// The access reviews of one session (issue 25): Start Access Review... and Open Access
/// Review... of the Group menu, and the review windows they open, one per review, several at
/// once. The windows are top-level and do not keep the application running; they go with this
/// object (the session's workspace widget owns it), their layout saved first.
class ReviewWindows : public QObject
{
    Q_OBJECT

public:
    /// Dialogs are shown over \a dialogParent (the main window).
    ReviewWindows(Session *session, QWidget *dialogParent, QObject *parent = nullptr);
    ~ReviewWindows() override;

    /// Start Access Review...: the dialog, with \a groupIds (the list's selection) picked.
    void startReview(const QList<qint64> &groupIds);
    /// Open Access Review...: the list of this connection's reviews.
    void showList();
    /// The window of review \a reviewId, shown and raised (made when none is open).
    ReviewWindow *open(qint64 reviewId);
    /// The open windows.
    QList<ReviewWindow *> windows() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    ReviewWindow *windowOf(qint64 reviewId) const;

    Session *m_session;
    QPointer<QWidget> m_dialogParent;
    QList<QPointer<ReviewWindow>> m_windows;
};

} // namespace Gui
