#pragma once

#include <QtWidgets/QDialog>

#include <memory>

namespace Models {
class ReviewStore;
}

namespace Ui {
class ReviewListDialog;
}

namespace Gui {

/// Group > Open Access Review... (issue 25): the saved reviews of this connection, newest first,
/// with when each was started and completed and how far it is ("212 of 480 decided"); Open
/// (Enter, a double-click: every selected one, each in its window), Rename (F2, in place) and
/// Delete (asks; the server is not touched).
class ReviewListDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewListDialog(Models::ReviewStore *store, QWidget *parent = nullptr);
    ~ReviewListDialog() override;

    /// Lists the store's reviews anew.
    void refresh();

Q_SIGNALS:
    void openRequested(qint64 reviewId);
    void renamed(qint64 reviewId);
    void deleted(qint64 reviewId);

private:
    QList<qint64> selectedIds() const;
    void openSelected();
    void deleteSelected();
    void updateButtons();

    std::unique_ptr<Ui::ReviewListDialog> m_ui;
    Models::ReviewStore *m_store;
};

} // namespace Gui
