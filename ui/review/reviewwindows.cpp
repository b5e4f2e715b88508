#include "ui/review/reviewwindows.h"

#include "models/groupstore.h"
#include "models/workspace.h"
#include "ui/review/reviewlistdialog.h"
#include "ui/review/reviewwindow.h"
#include "ui/review/startreviewdialog.h"
#include "ui/session.h"

namespace Gui {

ReviewWindows::ReviewWindows(Session *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

ReviewWindows::~ReviewWindows()
{
    // They read the session's store and workspace, which go after this.
    for (const QPointer<ReviewWindow> &window : std::as_const(m_windows)) {
        if (!window)
            continue;
        if (window->isVisible())
            window->saveSettings();
        delete window;
    }
}

void ReviewWindows::startReview(const QList<qint64> &groupIds)
{
    QList<Api::NamedRef> groups;
    const Models::GroupStore *store = m_session->workspace()->groupStore();
    for (const qint64 id : groupIds)
        groups.append({id, store->name(id)});
    auto *dialog = new StartReviewDialog(m_session, groups, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StartReviewDialog::reviewCreated, this, [this](qint64 reviewId) { open(reviewId); });
    dialog->open();
}

void ReviewWindows::showList()
{
    auto *dialog = new ReviewListDialog(m_session->reviewStore(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewListDialog::openRequested, this, [this](qint64 reviewId) { open(reviewId); });
    connect(dialog, &ReviewListDialog::renamed, this, [this](qint64 reviewId) {
        if (ReviewWindow *window = windowOf(reviewId))
            window->refreshInfo();
    });
    connect(dialog, &ReviewListDialog::deleted, this, [this](qint64 reviewId) {
        // Its rows are gone from the file: a window on them would decide into nothing.
        if (ReviewWindow *window = windowOf(reviewId))
            window->close();
    });
    dialog->open();
}

ReviewWindow *ReviewWindows::open(qint64 reviewId)
{
    ReviewWindow *window = windowOf(reviewId);
    if (!window) {
        window = new ReviewWindow(m_session, reviewId);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &ReviewWindow::statusMessage, this, &ReviewWindows::statusMessage);
        m_windows.removeAll(nullptr);
        m_windows.append(window);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QList<ReviewWindow *> ReviewWindows::windows() const
{
    QList<ReviewWindow *> open;
    for (const QPointer<ReviewWindow> &window : m_windows) {
        if (window)
            open.append(window);
    }
    return open;
}

ReviewWindow *ReviewWindows::windowOf(qint64 reviewId) const
{
    for (ReviewWindow *window : windows()) {
        if (window->reviewId() == reviewId)
            return window;
    }
    return nullptr;
}

} // namespace Gui
