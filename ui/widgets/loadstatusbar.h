#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Models {
class LoadStatus;
}

namespace Gui {

class MessageBar;

/// The strip on top of a list or a tab that says what its model's LoadStatus says: a thin busy
/// bar while it loads, and when a load failed, the reason in a message bar with Retry (as
/// KeePassXC's MessageWidget sits on top of its database view, never a message box).
/// The busy bar's thin space stays when it is hidden, so what is below never jumps.
class LoadStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit LoadStatusBar(QWidget *parent = nullptr);
    ~LoadStatusBar() override;

    /// Follows \a status (not owned; nullptr: shows nothing).
    void setStatus(Models::LoadStatus *status);

    /// The message shown, empty when none: for tests and accessibility.
    QString errorText() const;
    bool isBusyShown() const;
    /// The Retry button (it asks the LoadStatus to retry), for a place whose retry means more
    /// (its text and tooltip) or whose tab order goes through it.
    QPushButton *retryButton() const { return m_retryButton; }

private:
    void update();

    QPointer<Models::LoadStatus> m_status;
    QProgressBar *m_busyBar;
    MessageBar *m_errorFrame;
    QLabel *m_errorLabel;
    QPushButton *m_retryButton;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Gui
