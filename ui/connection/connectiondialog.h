#pragma once

#include "api/connectionprofiles.h"

#include "api/apiclient.h"
#include "api/connectionsettings.h"
#include "ui/widgets/messagebar.h"

#include <QtCore/QSet>
#include <QtWidgets/QDialog>

#include <memory>

class QAction;
class QLabel;
class QListWidgetItem;

namespace Api {
class ConnectionProfiles;
}

namespace Ui {
class ConnectionDialog;
}

namespace Gui {

/// Where to connect: a saved connection (its key in the system keychain), one typed in for this
/// session, or the offline sandbox. "Test connection" signs in with what the form holds and says
/// as whom, or the server's refusal, in place. Connect saves a named connection first (unless the
/// keychain is out of reach, which the dialog says, and then the key is kept for this run only).
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    /// Saved connections come from and go to \a profiles (not owned).
    explicit ConnectionDialog(Api::ConnectionProfiles *profiles, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// A message on top of the dialog, e.g. why connecting at start failed (empty: none).
    void setProblem(const QString &message);
    /// Fills the form for a new connection with what was tried last (endpoint and key), so a
    /// failed attempt can be corrected rather than typed again.
    void fillForm(const Api::ConnectionSettings &settings);
    /// Selects the saved connection \a name (its key is read from the keychain).
    void selectProfile(const QString &name);

    /// After accept(): where to connect, with which key; profileName set when it is a saved one.
    Api::ConnectionSettings settings() const;
    /// After accept(): true when the person chose the offline sandbox instead.
    bool sandboxChosen() const;

    /// Stops a test still running, so nothing answers into a closed dialog.
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Tone { Neutral, Good, Bad };

    void reloadProfileList();
    void showProfile(const QString &name);
    void startNewConnection();
    void onProfileLoaded(const QString &name, const Api::ConnectionSettings &settings, const QString &error,
        Api::ConnectionProfiles::KeychainStatus keychain);
    void onProfileSaved(const QString &name, const QString &error, Api::ConnectionProfiles::KeychainStatus keychain);
    void onProfileRemoved(const QString &name, const QString &error);
    void confirmRemove();

    void startOrStopTest();
    void stopTest();
    void showTestResult(const Api::Result<Api::UserMe> &result);

    void connectClicked();
    void finish(const Api::ConnectionSettings &settings);
    /// The keychain failed (\a error, the profiles' sentence): the key is for this session only.
    void keychainFailed(const QString &error, Api::ConnectionProfiles::KeychainStatus keychain);

    /// What the form holds now: normalized URL, trimmed key; no profile name.
    Api::ConnectionSettings formSettings() const;
    QString formName() const;
    QString endpointProblem() const;
    QString keyProblem() const;
    QString nameProblem() const;
    /// Whether Connect has to save \a name first: anything differs from what is saved.
    bool needsSaving(const QString &name, const Api::ConnectionSettings &settings) const;

    /// Field problems, the buttons' states: from the form and what is in flight.
    void updateState();
    void setMessage(QLabel *label, const QString &text, Tone tone);
    /// The keychain's bar, under the form: what it did or could not do; hidden when \a text is empty.
    void setKeychainMessage(const QString &text, MessageBar::Level level = MessageBar::Information);
    void updateIcons();
    /// Field widths in characters of the current font, so a larger font gets wider fields.
    void updateMinimumWidths();
    /// Grows the dialog when a wrapped message needs more height than it has, so none is clipped.
    void fitHeight();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    Api::ConnectionProfiles *m_profiles;
    QAction *m_showKeyAction = nullptr;

    QString m_selectedName; ///< The saved connection the form was filled from; empty for a new one.
    QString m_loadedKey; ///< Its key as the keychain gave it.
    QString m_pendingLoad, m_pendingSave, m_pendingRemove; ///< Names whose keychain answer is awaited.
    QString m_renamedFrom; ///< The saved connection a pending save renames.
    bool m_keyEdited = false; ///< Typed since the form was filled: a late keychain answer must not overwrite it.
    bool m_keychainUnavailable = false;
    QSet<const QObject *> m_touchedFields; ///< Edited at least once: an empty one now says why it is wrong.

    std::unique_ptr<Api::ApiClient> m_testClient;
    Api::Call<Api::UserMe> m_testCall;
    bool m_testing = false;

    Api::ConnectionSettings m_settings;
    bool m_sandboxChosen = false;
};

} // namespace Gui
