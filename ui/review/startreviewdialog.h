#pragma once

#include "api/records.h"

#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

#include <memory>

namespace Api {
class PageLoader;
}

namespace Models {
class ReviewStore;
}

namespace Ui {
class StartReviewDialog;
}

namespace Gui {

class Session;

/// Group > Start Access Review... (issue 25): the review's name (required), its scope (the
/// groups picked with the server-searching group picker, the list's selection to start with, or
/// every group the signed-in user manages) and its parts (members, shares to people, shares to
/// groups: at least one). OK creates the review in the session's ReviewStore and says so with
/// reviewCreated(); the caller opens its window. "Every group I manage" is listed from the
/// server on OK (GET /groups?permission=manage), the dialog busy meanwhile; a failure is said in
/// the dialog, which stays open.
class StartReviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts with \a groups picked (the group list's selection; none: the picker is empty).
    StartReviewDialog(Session *session, const QList<Api::NamedRef> &groups, QWidget *parent = nullptr);
    ~StartReviewDialog() override;

    /// The parts checked, as Models::ReviewPart flags.
    int parts() const;
    /// Why OK cannot be pressed now ("Name the review"); empty when it can.
    QString whatIsMissing() const;

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

Q_SIGNALS:
    /// The review \a reviewId is in the store; the dialog closes.
    void reviewCreated(qint64 reviewId);

private:
    void updateState();
    void listManagedGroups();
    void create(const QList<qint64> &groupIds);
    void setBusy(bool busy);

    std::unique_ptr<Ui::StartReviewDialog> m_ui;
    Session *m_session;
    QPointer<Api::PageLoader> m_managedLoader; ///< Listing the groups the user manages.
    bool m_busy = false;
};

} // namespace Gui
