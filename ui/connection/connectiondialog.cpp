#include "ui/connection/connectiondialog.h"

#include "ui_connectiondialog.h"

#include "api/connectionprofiles.h"
#include "ui/widgets/panelactions.h"

#include <QtGui/QAction>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

/// An eye, open or struck through, drawn in \a color: the show/hide toggle of the key field, for
/// desktops whose icon theme has no view-reveal / view-conceal icon.
QIcon eyeIcon(bool struck, const QColor &color)
{
    return paintedIcon([struck, color](QPainter &painter, int size) {
        painter.setPen(QPen(color, qMax(1.0, size / 14.0), Qt::SolidLine, Qt::RoundCap));
        const QRectF eye(size * 0.08, size * 0.28, size * 0.84, size * 0.44);
        QPainterPath outline;
        outline.moveTo(eye.left(), eye.center().y());
        outline.quadTo(eye.center().x(), eye.top() - size * 0.16, eye.right(), eye.center().y());
        outline.quadTo(eye.center().x(), eye.bottom() + size * 0.16, eye.left(), eye.center().y());
        painter.drawPath(outline);
        painter.setBrush(color);
        painter.drawEllipse(eye.center(), size * 0.12, size * 0.12);
        if (struck)
            painter.drawLine(QPointF(size * 0.18, size * 0.86), QPointF(size * 0.82, size * 0.14));
    });
}

} // namespace

ConnectionDialog::ConnectionDialog(Api::ConnectionProfiles *profiles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
{
    Q_ASSERT(m_profiles);
    m_ui->setupUi(this);

    m_showKeyAction = new QAction(tr("Show the key"), m_ui->keyLineEdit);
    m_showKeyAction->setObjectName(u"showKeyAction"_s);
    m_showKeyAction->setCheckable(true);
    m_ui->keyLineEdit->addAction(m_showKeyAction, QLineEdit::TrailingPosition);
    connect(m_showKeyAction, &QAction::toggled, this, [this](bool shown) {
        m_ui->keyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKeyAction->setText(shown ? tr("Hide the key") : tr("Show the key"));
        m_showKeyAction->setToolTip(m_showKeyAction->text());
        updateIcons();
    });
    m_showKeyAction->setToolTip(m_showKeyAction->text());

    QPushButton *connectButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    connectButton->setObjectName(u"connectButton"_s);
    connectButton->setText(tr("&Connect"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    // Connect may first wait for the keychain, so it is not wired to accept().
    connect(connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->sandboxButton, &QPushButton::clicked, this, [this] {
        m_settings = {};
        m_sandboxChosen = true;
        accept();
    });

    m_ui->problemFrame->textLabel()->setObjectName(u"problemLabel"_s);
    m_ui->problemFrame->setLevel(MessageBar::Error);
    m_ui->keychainMessageBar->textLabel()->setObjectName(u"keychainMessageLabel"_s);
    m_ui->testProgressBar->setMaximumHeight(m_ui->testButton->sizeHint().height() / 3);
    m_ui->problemFrame->hide();
    m_ui->keychainMessageBar->hide();

    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->endpointLineEdit, m_ui->keyLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touchedFields.insert(edit);
            if (edit == m_ui->keyLineEdit)
                m_keyEdited = true;
            // A result, or a test under way, no longer says anything about the endpoint and key shown.
            if (edit != m_ui->nameLineEdit) {
                stopTest();
                setMessage(m_ui->testResultLabel, {}, Tone::Neutral);
            }
            updateState();
        });
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    }
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::startOrStopTest);
    connect(m_ui->addProfileButton, &QToolButton::clicked, this, [this] {
        startNewConnection();
        m_ui->nameLineEdit->setFocus();
    });
    connect(m_ui->removeProfileButton, &QToolButton::clicked, this, &ConnectionDialog::confirmRemove);
    connect(m_ui->profileListWidget, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            showProfile(current->text());
        else
            updateState();
    });

    connect(m_profiles, &Api::ConnectionProfiles::loaded, this, &ConnectionDialog::onProfileLoaded);
    connect(m_profiles, &Api::ConnectionProfiles::saved, this, &ConnectionDialog::onProfileSaved);
    connect(m_profiles, &Api::ConnectionProfiles::removed, this, &ConnectionDialog::onProfileRemoved);
    connect(m_profiles, &Api::ConnectionProfiles::namesChanged, this, &ConnectionDialog::reloadProfileList);

    updateIcons();
    updateMinimumWidths();
    reloadProfileList();
    startNewConnection();
    m_ui->nameLineEdit->setFocus();
}

ConnectionDialog::~ConnectionDialog()
{
    // Before the members go: the test's call must not answer into a half-destroyed dialog.
    stopTest();
}

void ConnectionDialog::setProblem(const QString &message)
{
    m_ui->problemFrame->setText(message);
    m_ui->problemFrame->setVisible(!message.isEmpty());
    fitHeight();
}

void ConnectionDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> items = m_ui->profileListWidget->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return;
    if (m_ui->profileListWidget->currentItem() == items.first())
        showProfile(name); // read the key again: the list did not change, so it would not
    else
        m_ui->profileListWidget->setCurrentItem(items.first());
}

void ConnectionDialog::fillForm(const Api::ConnectionSettings &settings)
{
    startNewConnection();
    m_ui->endpointLineEdit->setText(settings.baseUrl.toString());
    m_ui->keyLineEdit->setText(settings.apiKey);
    m_keyEdited = !settings.apiKey.isEmpty();
    m_touchedFields.insert(m_ui->endpointLineEdit);
    m_touchedFields.insert(m_ui->keyLineEdit);
    updateState();
    m_ui->endpointLineEdit->setFocus();
}

Api::ConnectionSettings ConnectionDialog::settings() const
{
    return m_settings;
}

bool ConnectionDialog::sandboxChosen() const
{
    return m_sandboxChosen;
}

void ConnectionDialog::done(int result)
{
    stopTest();
    // Keychain answers still to come are no longer this dialog's business.
    m_pendingLoad.clear();
    m_pendingSave.clear();
    m_pendingRemove.clear();
    m_renamedFrom.clear();
    QDialog::done(result);
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMinimumWidths();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
}

void ConnectionDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // Narrower means taller wrapped messages: grow once this resize has settled.
    QMetaObject::invokeMethod(this, &ConnectionDialog::fitHeight, Qt::QueuedConnection);
}

// --- Saved connections ----------------------------------------------------------------------------

void ConnectionDialog::reloadProfileList()
{
    QListWidget *list = m_ui->profileListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    for (const QString &name : m_profiles->names()) {
        auto *item = new QListWidgetItem(name, list);
        item->setToolTip(m_profiles->baseUrl(name).toDisplayString());
        if (name == m_selectedName)
            list->setCurrentItem(item);
    }
    updateState();
}

void ConnectionDialog::showProfile(const QString &name)
{
    stopTest();
    m_selectedName = name;
    m_loadedKey.clear();
    m_keyEdited = false;
    m_touchedFields.clear();
    m_ui->nameLineEdit->setText(name);
    m_ui->endpointLineEdit->setText(m_profiles->baseUrl(name).toString());
    m_ui->keyLineEdit->clear();
    m_ui->keyLineEdit->setPlaceholderText(tr("Reading the key from the system keychain…"));
    m_showKeyAction->setChecked(false);
    setMessage(m_ui->testResultLabel, {}, Tone::Neutral);
    setKeychainMessage({});
    m_pendingLoad = name;
    m_profiles->load(name);
    updateState();
}

void ConnectionDialog::startNewConnection()
{
    stopTest();
    m_pendingLoad.clear();
    m_selectedName.clear();
    m_loadedKey.clear();
    m_keyEdited = false;
    m_touchedFields.clear();
    {
        const QSignalBlocker blocker(m_ui->profileListWidget);
        m_ui->profileListWidget->setCurrentItem(nullptr);
        m_ui->profileListWidget->clearSelection();
    }
    m_ui->nameLineEdit->clear();
    m_ui->endpointLineEdit->setText(Api::ConnectionSettings::defaultBaseUrl().toString());
    m_ui->keyLineEdit->clear();
    m_ui->keyLineEdit->setPlaceholderText(tr("Paste your Civis API key"));
    m_showKeyAction->setChecked(false);
    setMessage(m_ui->testResultLabel, {}, Tone::Neutral);
    // What the keychain said still holds for a new connection.
    if (!m_keychainUnavailable)
        setKeychainMessage({});
    updateState();
}

void ConnectionDialog::onProfileLoaded(const QString &name, const Api::ConnectionSettings &settings,
    const QString &error, Api::ConnectionProfiles::KeychainStatus keychain)
{
    if (name != m_pendingLoad)
        return; // an earlier choice, or another user of the profiles
    m_pendingLoad.clear();
    m_ui->keyLineEdit->setPlaceholderText(tr("Paste your Civis API key"));
    if (error.isEmpty()) {
        m_loadedKey = settings.apiKey;
        if (!m_keyEdited)
            m_ui->keyLineEdit->setText(settings.apiKey);
    } else if (settings.profileName.isEmpty() || keychain == Api::ConnectionProfiles::KeychainStatus::NoKey) {
        // Gone meanwhile, or no key kept for it: the keychain itself works, so saving the key typed
        // in now will work.
        setKeychainMessage(error, MessageBar::Warning);
    } else {
        keychainFailed(error, keychain);
    }
    updateState();
}

void ConnectionDialog::onProfileSaved(
    const QString &name, const QString &error, Api::ConnectionProfiles::KeychainStatus keychain)
{
    if (name != m_pendingSave)
        return;
    m_pendingSave.clear();
    const QString renamedFrom = std::exchange(m_renamedFrom, QString());
    if (!error.isEmpty()) {
        // Stay open, with everything typed, saying why; Connect again goes on without saving.
        keychainFailed(error, keychain);
        updateState();
        return;
    }
    if (!renamedFrom.isEmpty())
        m_profiles->remove(renamedFrom); // the profiles see it through; nobody here waits for it
    finish(m_settings);
}

void ConnectionDialog::onProfileRemoved(const QString &name, const QString &error)
{
    if (name != m_pendingRemove)
        return;
    m_pendingRemove.clear();
    if (!error.isEmpty()) {
        setKeychainMessage(error, MessageBar::Warning);
    } else {
        if (name == m_selectedName)
            startNewConnection();
        setKeychainMessage(tr("Removed the saved connection \"%1\" and its key.").arg(name));
    }
    updateState();
}

void ConnectionDialog::confirmRemove()
{
    const QListWidgetItem *item = m_ui->profileListWidget->currentItem();
    if (!item || !m_pendingRemove.isEmpty())
        return;
    const QString name = item->text();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Saved Connection"),
        tr("Remove the saved connection \"%1\"? Its key is deleted from the keychain.").arg(name), QMessageBox::Cancel,
        this);
    box->setObjectName(u"removeConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *removeButton = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, name] {
        if (box->clickedButton() != removeButton || !m_pendingRemove.isEmpty())
            return;
        m_pendingRemove = name;
        m_profiles->remove(name);
        updateState();
    });
    box->open();
}

// --- Test connection ------------------------------------------------------------------------------

void ConnectionDialog::startOrStopTest()
{
    if (m_testing) {
        m_testCall.cancel(); // answers Cancelled, through the handler below
        return;
    }
    const Api::ConnectionSettings settings = formSettings();
    if (!settings.isUsable())
        return;
    // A client of its own: the form's settings, and a person waiting, so few tries (the same
    // as signing in at start).
    m_testClient = std::make_unique<Api::ApiClient>(settings);
    m_testClient->setRetryPolicy(Api::RetryPolicy::signIn());
    m_testing = true;
    setMessage(m_ui->testResultLabel, tr("Signing in at %1…").arg(settings.baseUrl.host()), Tone::Neutral);
    m_testCall = m_testClient->users().me();
    m_testCall.onFinished(this, [this](const Api::Result<Api::UserMe> &result) {
        m_testing = false;
        showTestResult(result);
        updateState();
    });
    updateState();
}

void ConnectionDialog::stopTest()
{
    if (!m_testing)
        return;
    m_testing = false;
    if (Api::ApiCall *call = m_testCall.call())
        call->disconnect(this); // nothing answers: the caller says what happens now
    m_testCall.cancel();
    m_testCall = {};
    setMessage(m_ui->testResultLabel, {}, Tone::Neutral);
    updateState();
}

void ConnectionDialog::showTestResult(const Api::Result<Api::UserMe> &result)
{
    if (result.ok()) {
        // Why the last connection failed no longer holds for what the form now holds.
        setProblem({});
        const Api::UserMe &me = *result;
        const QString organization = me.organizationName.value_or(QString());
        setMessage(m_ui->testResultLabel,
            organization.isEmpty() ? tr("Signed in as %1 (%2)").arg(me.name, me.username)
                                   : tr("Signed in as %1 (%2), %3").arg(me.name, me.username, organization),
            Tone::Good);
    } else if (result.error.kind == Api::ApiError::Kind::Cancelled) {
        setMessage(m_ui->testResultLabel, tr("Test stopped."), Tone::Neutral);
    } else {
        setMessage(m_ui->testResultLabel, result.error.message(), Tone::Bad);
    }
}

// --- Connect --------------------------------------------------------------------------------------

void ConnectionDialog::connectClicked()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Api::ConnectionSettings settings = formSettings();
    const QString name = formName();
    if (!name.isEmpty() && !m_keychainUnavailable && needsSaving(name, settings)) {
        settings.profileName = name;
        m_settings = settings;
        m_pendingSave = name;
        m_renamedFrom = !m_selectedName.isEmpty() && m_selectedName != name && m_profiles->contains(m_selectedName)
            ? m_selectedName
            : QString();
        setKeychainMessage(tr("Saving the key in the system keychain…"));
        m_profiles->save(name, settings);
        updateState();
        return;
    }
    // No keychain: the name and address are saved, the key is for this session only.
    if (!name.isEmpty() && m_keychainUnavailable && needsSaving(name, settings)) {
        if (const QString error = m_profiles->saveAddress(name, settings.baseUrl); !error.isEmpty()) {
            setKeychainMessage(error, MessageBar::Warning);
            return;
        }
    }
    // Not saved now: still a saved connection if it is one by that name and address.
    if (!name.isEmpty() && m_profiles->contains(name) && m_profiles->baseUrl(name) == settings.baseUrl)
        settings.profileName = name;
    finish(settings);
}

void ConnectionDialog::finish(const Api::ConnectionSettings &settings)
{
    m_settings = settings;
    m_sandboxChosen = false;
    accept();
}

void ConnectionDialog::keychainFailed(const QString &error, Api::ConnectionProfiles::KeychainStatus keychain)
{
    m_keychainUnavailable = true;
    const QString sessionOnly = tr("The key will be used for this session only and not saved.");
    // The plain sentence for the usual case (no Secret Service at all); the keychain's own words
    // for anything else (locked, refused, a settings file that could not be written).
    const QString text = keychain == Api::ConnectionProfiles::KeychainStatus::Unavailable
        ? tr("The system keychain is not available: the name and address are saved, and the key will be used for "
             "this session only.")
        : error + u' ' + sessionOnly;
    setKeychainMessage(text, MessageBar::Warning);
    m_ui->keychainMessageBar->textLabel()->setToolTip(error);
}

// --- The form -------------------------------------------------------------------------------------

Api::ConnectionSettings ConnectionDialog::formSettings() const
{
    Api::ConnectionSettings settings;
    const QString endpoint = m_ui->endpointLineEdit->text().trimmed();
    if (!endpoint.isEmpty())
        settings.baseUrl = Api::ConnectionSettings::normalizedBaseUrl(QUrl(endpoint));
    settings.apiKey = m_ui->keyLineEdit->text().trimmed();
    return settings;
}

QString ConnectionDialog::formName() const
{
    return m_ui->nameLineEdit->text().trimmed();
}

QString ConnectionDialog::endpointProblem() const
{
    Api::ConnectionSettings probe = formSettings();
    probe.apiKey = u"k"_s; // only the address is judged here
    return probe.problem();
}

QString ConnectionDialog::keyProblem() const
{
    Api::ConnectionSettings probe = formSettings();
    probe.baseUrl = Api::ConnectionSettings::defaultBaseUrl(); // only the key is judged here
    return probe.problem();
}

QString ConnectionDialog::nameProblem() const
{
    const QString name = formName();
    return name.isEmpty() ? QString() : Api::ConnectionProfiles::nameProblem(name);
}

bool ConnectionDialog::needsSaving(const QString &name, const Api::ConnectionSettings &settings) const
{
    const bool unchanged = name == m_selectedName && m_profiles->contains(name) && m_pendingLoad.isEmpty()
        && !m_loadedKey.isEmpty() && settings.apiKey == m_loadedKey && m_profiles->baseUrl(name) == settings.baseUrl;
    return !unchanged;
}

void ConnectionDialog::updateState()
{
    const bool saving = !m_pendingSave.isEmpty();
    const QString endpointError = endpointProblem();
    const QString keyError = keyProblem();
    const QString nameError = nameProblem();

    // An empty field nobody has typed in yet only keeps Connect disabled; once edited, it says why.
    const auto shown = [this](const QLineEdit *edit, const QString &problem) {
        return edit->text().trimmed().isEmpty() && !m_touchedFields.contains(edit) ? QString() : problem;
    };
    setMessage(m_ui->endpointProblemLabel, shown(m_ui->endpointLineEdit, endpointError), Tone::Bad);
    setMessage(
        m_ui->keyProblemLabel, m_pendingLoad.isEmpty() ? shown(m_ui->keyLineEdit, keyError) : QString(), Tone::Bad);
    const QString name = formName();
    if (nameError.isEmpty() && !name.isEmpty() && name != m_selectedName && m_profiles->contains(name))
        setMessage(m_ui->nameProblemLabel, tr("Connecting replaces the saved connection \"%1\" and its key.").arg(name),
            Tone::Neutral);
    else
        setMessage(m_ui->nameProblemLabel, nameError, Tone::Bad);

    const bool usable = endpointError.isEmpty() && keyError.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!saving && usable && nameError.isEmpty());
    m_ui->testButton->setEnabled(m_testing || (!saving && usable));
    m_ui->testButton->setText(m_testing ? tr("Stop &test") : tr("&Test connection"));
    m_ui->testProgressBar->setVisible(m_testing);
    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->endpointLineEdit, m_ui->keyLineEdit})
        edit->setReadOnly(saving);
    m_ui->profileListWidget->setEnabled(!saving);
    m_ui->addProfileButton->setEnabled(!saving);
    m_ui->sandboxButton->setEnabled(!saving);
    m_ui->removeProfileButton->setEnabled(
        !saving && m_pendingRemove.isEmpty() && m_ui->profileListWidget->currentItem() != nullptr);
}

void ConnectionDialog::setMessage(QLabel *label, const QString &text, Tone tone)
{
    // In the palette's colours: a fixed red reads on a light window only (2.2:1 on a dark one).
    setLabelLevel(label,
        tone == Tone::Bad        ? MessageBar::Error
            : tone == Tone::Good ? MessageBar::Positive
                                 : MessageBar::Information);
    if (label->text() == text && label->isHidden() == text.isEmpty())
        return;
    label->setText(text);
    label->setToolTip(QString());
    label->setVisible(!text.isEmpty());
    fitHeight();
}

void ConnectionDialog::setKeychainMessage(const QString &text, MessageBar::Level level)
{
    MessageBar *bar = m_ui->keychainMessageBar;
    bar->setLevel(level);
    if (bar->text() == text && bar->isHidden() == text.isEmpty())
        return;
    bar->setText(text);
    bar->textLabel()->setToolTip(QString());
    bar->setVisible(!text.isEmpty());
    fitHeight();
}

void ConnectionDialog::updateIcons()
{
    if (!m_showKeyAction)
        return; // a style or palette change while the form is still being set up
    const QColor ink = palette().color(QPalette::Text);
    const bool shown = m_showKeyAction->isChecked();
    m_showKeyAction->setIcon(shown ? QIcon::fromTheme(u"view-conceal-symbolic"_s, eyeIcon(true, ink))
                                   : QIcon::fromTheme(u"view-reveal-symbolic"_s, eyeIcon(false, ink)));
    // Without a themed icon the buttons show their text, "+" and "−"; their accessible names say what they do.
    m_ui->addProfileButton->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_ui->removeProfileButton->setIcon(QIcon::fromTheme(u"list-remove"_s));
}

void ConnectionDialog::updateMinimumWidths()
{
    const int em = fontMetrics().averageCharWidth();
    m_ui->endpointLineEdit->setMinimumWidth(em * 44);
    m_ui->profileListWidget->setMinimumWidth(em * 24);
}

void ConnectionDialog::fitHeight()
{
    if (!isVisible() || !layout())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalMinimumSize().height();
    if (needed > height())
        resize(width(), needed);
}

} // namespace Gui
