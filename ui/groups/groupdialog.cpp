#include "ui/groups/groupdialog.h"

#include "ui_groupdialog.h"

#include "models/groupstore.h"
#include "models/workspace.h"
#include "ui/widgets/longtext.h"
#include "ui/widgets/messagebar.h"

#include <QtCore/QTimeZone>
#include <QtCore/QTimer>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;
using Models::FieldChange;
using Models::GroupEdit;
using Models::GroupField;
using Models::GroupFields;

namespace Gui {

namespace {

enum TwoFactorChoice { NotSet = -1, NotRequired = 0, Required = 1 };

} // namespace

GroupDialog::GroupDialog(Models::Workspace *workspace, Mode mode, const Api::Group &group, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GroupDialog>())
    , m_workspace(workspace)
    , m_mode(mode)
{
    m_ui->setupUi(this);
    if (mode != Mode::Create) {
        m_group = group;
        m_start = Api::GroupAttributes::fromGroup(group);
    }
    // Grows to show a message or a field's problem, never clips them.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    m_ui->overwriteButton->hide();
    m_ui->takeServerValuesButton->hide();
    setUpFields();
    setUpMode();
    setValues(m_start);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GroupDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GroupDialog::reject);
    connect(m_ui->overwriteButton, &QPushButton::clicked, this, &GroupDialog::overwrite);
    connect(m_ui->takeServerValuesButton, &QPushButton::clicked, this, &GroupDialog::takeServerValues);

    Models::findCallerOrganization(workspace, this, [this](const Models::CallerOrganization &organization) {
        m_callerOrganization = organization;
        updateOrganizationName();
    });
    m_ui->nameLineEdit->setFocus();
    updateState();
    resize(qMax(width(), 600), sizeHint().height());
    fitToScreen();
}

GroupDialog::~GroupDialog()
{
    dropEdit();
}

void GroupDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Placed now, on the screen it opened on: once the window manager framed it, check again.
    fitToScreen();
    QTimer::singleShot(0, this, &GroupDialog::fitToScreen);
}

void GroupDialog::fitToScreen()
{
    const QScreen *screen = this->screen();
    if (!screen || !layout())
        return;
    QScrollArea *area = m_ui->formScrollArea;
    QWidget *form = m_ui->formWidget;
    // As wide as the form needs (its texts are elided or breakable, so that is bounded), room
    // for the scroll bar included.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, area);
    const int formWidth = form->minimumSizeHint().width();
    area->setMinimumWidth(formWidth + bar);
    // As tall as the form, as long as the screen has room for the rest of the dialog beside it.
    // The message and the notes wrap: they are measured at this width (the layout's minimum
    // size, which SetMinimumSize keeps the dialog to, does not know what a wrapped label needs).
    QLayout *dialogLayout = layout();
    const QMargins margins = dialogLayout->contentsMargins();
    const int innerWidth = width() - margins.left() - margins.right();
    const int viewportWidth = qMax(innerWidth - bar, formWidth);
    const int formHeight = form->hasHeightForWidth() ? form->heightForWidth(viewportWidth) : form->sizeHint().height();
    int others = margins.top() + margins.bottom();
    int shown = 0;
    for (int i = 0; i < dialogLayout->count(); ++i) {
        QLayoutItem *item = dialogLayout->itemAt(i);
        if (item->isEmpty())
            continue; // hidden
        ++shown;
        if (item->widget() != area)
            others += item->hasHeightForWidth() ? item->heightForWidth(innerWidth) : item->minimumSize().height();
    }
    if (const auto *box = qobject_cast<const QBoxLayout *>(dialogLayout))
        others += box->spacing() * qMax(0, shown - 1);
    const QRect frame = frameGeometry();
    const QRect inside = geometry();
    int frameHeight = frame.height() - inside.height();
    if (frameHeight <= 0) // not framed yet: about a title bar
        frameHeight = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this) + 8;
    const int room = screen->availableGeometry().height() - frameHeight - others;
    const int areaHeight = qMax(qMin(formHeight, room), 4 * fontMetrics().height());
    area->setMinimumHeight(areaHeight);
    dialogLayout->activate();
    if (height() < others + areaHeight)
        resize(width(), others + areaHeight);
    keepWithinScreen(this);
}

void GroupDialog::setUpFields()
{
    m_fields = {
        {GroupField::Name, m_ui->nameLineEdit, m_ui->nameErrorLabel},
        {GroupField::Description, m_ui->descriptionTextEdit, m_ui->descriptionErrorLabel},
        {GroupField::Slug, m_ui->slugLineEdit, m_ui->slugErrorLabel},
        {GroupField::Organization, m_ui->organizationLineEdit, m_ui->organizationErrorLabel},
        {GroupField::TwoFactor, m_ui->twoFactorComboBox, m_ui->twoFactorErrorLabel},
        {GroupField::RoleIds, m_ui->roleIdsLineEdit, m_ui->roleIdsErrorLabel},
        {GroupField::TimeZone, m_ui->timeZoneComboBox, m_ui->timeZoneErrorLabel},
        {GroupField::JobsLabel, m_ui->jobsLabelLineEdit, m_ui->jobsLabelErrorLabel},
        {GroupField::NotebooksLabel, m_ui->notebooksLabelLineEdit, m_ui->notebooksLabelErrorLabel},
        {GroupField::ServicesLabel, m_ui->servicesLabelLineEdit, m_ui->servicesLabelErrorLabel},
    };
    Q_ASSERT(m_fields.size() == GroupFields::all().size());
    // Problems show under their field in the palette's error colour (readable on a dark theme
    // too), and the field gets a frame of it.
    updateInvalidFrameStyle();
    for (GroupField field : GroupFields::all()) {
        QLabel *label = widgetsOf(field).error;
        setLabelLevel(label, MessageBar::Error);
        label->setAccessibleName(tr("Problem with %1").arg(GroupFields::name(field)));
    }
    // Hints and the organization's name: quieter than the fields, still easy to read.
    for (QLabel *hint :
        {m_ui->organizationHintLabel, m_ui->timeZoneHintLabel, m_ui->modeNoteLabel, m_ui->organizationNameLabel}) {
        QPalette palette = hint->palette();
        const QColor text = palette.color(QPalette::WindowText);
        const QColor window = palette.color(QPalette::Window);
        palette.setColor(QPalette::WindowText,
            QColor::fromRgbF(text.redF() * 0.62f + window.redF() * 0.38f,
                text.greenF() * 0.62f + window.greenF() * 0.38f, text.blueF() * 0.62f + window.blueF() * 0.38f));
        hint->setPalette(palette);
    }

    // The time zone: "Not set" and every IANA id, typed to search (any part, any case).
    QComboBox *zones = m_ui->timeZoneComboBox;
    zones->addItem(tr("Not set"));
    zones->addItems(GroupFields::knownTimeZones());
    auto *completer = new QCompleter(zones->model(), zones);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    zones->setCompleter(completer);
    zones->lineEdit()->setPlaceholderText(tr("Not set"));
    zones->lineEdit()->setClearButtonEnabled(true);
    zones->setMinimumContentsLength(24);
    zones->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    // A name typed is a name touched: before that, a new group's empty name is not scolded.
    // Connected before the loop below, so it is set when the edit is handled.
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, [this] { m_nameTouched = true; });
    connect(zones, &QComboBox::currentIndexChanged, this, [zones](int index) {
        // "Not set" shows as an empty field with its placeholder, so typing starts afresh.
        if (index == 0)
            zones->lineEdit()->clear();
    });
    for (const FieldWidgets &widgets : std::as_const(m_fields)) {
        const GroupField field = widgets.field;
        const auto edited = [this, field] { fieldEdited(field); };
        if (auto *line = qobject_cast<QLineEdit *>(widgets.editor)) {
            connect(line, &QLineEdit::textChanged, this, edited);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(widgets.editor)) {
            connect(text, &QPlainTextEdit::textChanged, this, edited);
        } else if (auto *combo = qobject_cast<QComboBox *>(widgets.editor)) {
            connect(combo, &QComboBox::currentIndexChanged, this, edited);
            if (combo->isEditable())
                connect(combo, &QComboBox::editTextChanged, this, edited);
        }
    }

    // The server's refusal or the conflict: the bar's own label, named so the suites find it,
    // in rich text (the conflict is a table; every part of it is escaped).
    m_ui->messageFrame->textLabel()->setObjectName(u"messageLabel"_s);
    m_ui->messageFrame->setTextFormat(Qt::RichText);
}

void GroupDialog::updateInvalidFrameStyle()
{
    const QString sheet
        = u"QLineEdit[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"] "
          "{ border: 1px solid %1; border-radius: 3px; padding: 2px; }"_s.arg(errorTextColor(palette()).name());
    if (styleSheet() != sheet) // setting it changes the style: only when the colour did
        setStyleSheet(sheet);
}

void GroupDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateInvalidFrameStyle();
}

void GroupDialog::setUpMode()
{
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    QComboBox *twoFactor = m_ui->twoFactorComboBox;
    // Edit: the server always holds a requirement, and a PATCH can only set one, so "not set"
    // is no choice. Create and Replace: not set is not sent, and the API's default applies.
    if (m_mode != Mode::Edit)
        twoFactor->addItem(tr("Not set (the API's default: not required)"), int(NotSet));
    twoFactor->addItem(tr("Required"), int(Required));
    twoFactor->addItem(tr("Not required"), int(NotRequired));

    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("New Group"));
        ok->setText(tr("Create"));
        m_ui->modeNoteLabel->hide();
        m_ui->organizationHintLabel->setText(
            tr("Left empty, the server puts the new group in your own organization, the only one it lets you "
               "choose."));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit %1").arg(elidedName(m_group.name, this, 60)));
        ok->setText(tr("Save"));
        m_ui->modeNoteLabel->setText(
            tr("Only the fields you change are sent; the others keep whatever the server holds."));
        m_ui->organizationHintLabel->hide();
        break;
    case Mode::Replace:
        setWindowTitle(tr("Replace %1").arg(elidedName(m_group.name, this, 60)));
        ok->setText(tr("Replace"));
        m_ui->modeNoteLabel->setText(tr("Replace sends every field: a field left empty is cleared on the server. "
                                        "You are asked before anything is cleared."));
        m_ui->organizationHintLabel->hide();
        break;
    }
}

void GroupDialog::setValues(const Api::GroupAttributes &values)
{
    m_filling = true;
    m_ui->nameLineEdit->setText(values.name);
    m_ui->descriptionTextEdit->setPlainText(values.description);
    m_ui->slugLineEdit->setText(values.slug);
    m_ui->organizationLineEdit->setText(values.organizationId ? QString::number(*values.organizationId) : QString());
    int choice = NotSet;
    if (values.defaultOtpRequiredForLogin)
        choice = *values.defaultOtpRequiredForLogin ? Required : NotRequired;
    const int index = m_ui->twoFactorComboBox->findData(choice);
    m_ui->twoFactorComboBox->setCurrentIndex(index >= 0 ? index : m_ui->twoFactorComboBox->findData(int(NotRequired)));
    m_ui->roleIdsLineEdit->setText(GroupFields::idsText(values.roleIds));
    setTimeZoneText(values.defaultTimeZone);
    m_ui->jobsLabelLineEdit->setText(values.defaultJobsLabel);
    m_ui->notebooksLabelLineEdit->setText(values.defaultNotebooksLabel);
    m_ui->servicesLabelLineEdit->setText(values.defaultServicesLabel);
    m_filling = false;
    updateState();
}

Api::GroupAttributes GroupDialog::values() const
{
    Api::GroupAttributes values;
    values.name = m_ui->nameLineEdit->text().trimmed();
    values.description = m_ui->descriptionTextEdit->toPlainText();
    if (values.description.trimmed().isEmpty())
        values.description.clear();
    values.slug = m_ui->slugLineEdit->text().trimmed();
    const GroupFields::ParsedIds organization = GroupFields::parseIds(m_ui->organizationLineEdit->text());
    if (organization.isOneId())
        values.organizationId = organization.ids.first();
    const int choice = m_ui->twoFactorComboBox->currentData().toInt();
    if (choice != NotSet)
        values.defaultOtpRequiredForLogin = choice == Required;
    values.roleIds = GroupFields::parseIds(m_ui->roleIdsLineEdit->text()).ids;
    values.defaultTimeZone = timeZoneText();
    values.defaultJobsLabel = m_ui->jobsLabelLineEdit->text().trimmed();
    values.defaultNotebooksLabel = m_ui->notebooksLabelLineEdit->text().trimmed();
    values.defaultServicesLabel = m_ui->servicesLabelLineEdit->text().trimmed();
    return values;
}

QString GroupDialog::timeZoneText() const
{
    QString text = m_ui->timeZoneComboBox->currentText().trimmed();
    if (text.compare(m_ui->timeZoneComboBox->itemText(0), Qt::CaseInsensitive) == 0)
        return {};
    return text;
}

void GroupDialog::setTimeZoneText(const QString &zone)
{
    QComboBox *zones = m_ui->timeZoneComboBox;
    if (zone.isEmpty()) {
        zones->setCurrentIndex(0);
        zones->lineEdit()->clear();
        return;
    }
    // Whatever the server holds is shown as text; it becomes a QTimeZone nowhere.
    const int index = zones->findText(zone, Qt::MatchExactly | Qt::MatchCaseSensitive);
    if (index > 0) {
        zones->setCurrentIndex(index);
    } else {
        zones->setCurrentIndex(-1);
        zones->setEditText(zone);
    }
}

QHash<GroupField, QString> GroupDialog::problems() const
{
    GroupFields::TypedText typed;
    typed.name = m_ui->nameLineEdit->text();
    typed.slug = m_ui->slugLineEdit->text();
    typed.organization = m_ui->organizationLineEdit->text();
    typed.roleIds = m_ui->roleIdsLineEdit->text();
    typed.timeZone = timeZoneText();
    // In Edit, an unknown zone the server holds is no problem while left alone: it is not sent.
    return GroupFields::problems(typed, m_mode == Mode::Edit ? m_start.defaultTimeZone : QString());
}

bool GroupDialog::hasChanges() const
{
    return !GroupFields::differing(m_start, values()).isEmpty();
}

QString GroupDialog::groupName() const
{
    if (m_mode != Mode::Create)
        return m_group.name;
    return m_ui->nameLineEdit->text().trimmed();
}

const GroupDialog::FieldWidgets &GroupDialog::widgetsOf(GroupField field) const
{
    const auto it = std::find_if(
        m_fields.cbegin(), m_fields.cend(), [field](const FieldWidgets &widgets) { return widgets.field == field; });
    Q_ASSERT(it != m_fields.cend());
    return *it;
}

void GroupDialog::fieldEdited(GroupField field)
{
    if (m_filling)
        return;
    m_serverErrors.remove(field);
    // A conflict is about the values the person had when they pressed OK: once they change the
    // form, Overwrite would not send what it shows. OK checks the server again.
    if (m_conflictShown) {
        dropEdit();
        hideMessage();
        m_ui->statusLabel->setText(tr("The form changed: %1 checks the server again.")
                                       .arg(m_ui->buttonBox->button(QDialogButtonBox::Ok)->text()));
    }
    updateState();
}

void GroupDialog::updateState()
{
    const QHash<GroupField, QString> found = problems();
    for (GroupField field : GroupFields::all()) {
        QString text = found.contains(field) ? found.value(field) : m_serverErrors.value(field);
        if (field == GroupField::Name && !m_nameTouched && m_ui->nameLineEdit->text().isEmpty())
            text.clear();
        QLabel *label = widgetsOf(field).error;
        label->setText(breakable(text)); // the server's words may quote a long name or slug
        label->setVisible(!text.isEmpty());
        QWidget *widget = widgetsOf(field).editor;
        widget->setToolTip(text);
        if (widget->property("invalid").toBool() != !text.isEmpty()) {
            widget->setProperty("invalid", !text.isEmpty());
            widget->style()->unpolish(widget);
            widget->style()->polish(widget);
        }
    }
    const bool changed = hasChanges();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_workspace && !m_busy && !m_conflictShown && found.isEmpty() && m_serverErrors.isEmpty()
        && (m_mode != Mode::Edit || changed));
    ok->setToolTip(m_mode == Mode::Edit && !changed ? tr("Nothing changed yet") : found.value(GroupField::Name));
    updateOrganizationName();
    updateTimeZoneHint();
    fitToScreen();
}

void GroupDialog::updateOrganizationName()
{
    const QString typedText = m_ui->organizationLineEdit->text().trimmed();
    const GroupFields::ParsedIds typed = GroupFields::parseIds(typedText);
    const bool isId = typed.isOneId();
    const qint64 id = isId ? typed.ids.first() : 0;
    const bool callerKnown = m_callerOrganization && !m_callerOrganization->name.isEmpty();
    QString text;
    if (typedText.isEmpty()) {
        if (m_mode == Mode::Create)
            text = callerKnown ? tr("Your own: %1").arg(m_callerOrganization->name) : tr("Your own organization");
        else
            text = tr("Stays in %1").arg(m_group.organizationName.value_or(tr("its organization")));
    } else if (isId && m_mode != Mode::Create && m_group.organizationId.value_or(0) == id
        && m_group.organizationName) {
        text = *m_group.organizationName;
    } else if (isId && callerKnown && m_callerOrganization->id.value_or(0) == id) {
        text = m_callerOrganization->name;
    } else if (isId) {
        text = tr("An organization not known here");
    }
    // An organization's name is the server's: a long one is cut here, and whole in the tooltip.
    m_ui->organizationNameLabel->setText(elidedName(text, m_ui->organizationNameLabel, 36));
    m_ui->organizationNameLabel->setToolTip(text);
}

void GroupDialog::updateTimeZoneHint()
{
    const QString zone = timeZoneText();
    QString hint;
    if (GroupFields::isKnownTimeZone(zone)) {
        // Safe: the id is one of availableTimeZoneIds().
        const QTimeZone timeZone(zone.toLatin1());
        hint = tr("Now %1").arg(timeZone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName));
    } else if (!zone.isEmpty() && m_mode == Mode::Edit && zone == m_start.defaultTimeZone) {
        hint = tr("The server holds this value, which is not a time zone this computer knows. It is kept "
                  "unless you change it.");
    }
    m_ui->timeZoneHintLabel->setText(hint);
    m_ui->timeZoneHintLabel->setVisible(!hint.isEmpty());
}

void GroupDialog::save()
{
    if (m_busy || !m_workspace || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    hideMessage();
    const Api::GroupAttributes typed = values();
    switch (m_mode) {
    case Mode::Create:
        startEdit(GroupEdit::create(m_workspace, typed));
        return;
    case Mode::Edit:
        startEdit(GroupEdit::edit(m_workspace, m_group, GroupFields::patchBetween(m_start, typed)));
        return;
    case Mode::Replace:
        break;
    }
    const QList<FieldChange> cleared = GroupFields::clearedBy(m_start, typed);
    if (cleared.isEmpty()) {
        startEdit(GroupEdit::replace(m_workspace, m_group, typed));
        return;
    }
    // Say plainly what goes before anything does.
    QStringList lines;
    for (const FieldChange &change : cleared)
        lines.append(tr("• %1 (now “%2”)").arg(change.name, breakable(GroupFields::shortValue(change.before))));
    const QString shown = elidedName(m_group.name, this);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Replace %1").arg(shown),
        tr("Replacing %1 clears these fields, which are left empty:").arg(shown), QMessageBox::NoButton, this);
    box->setObjectName(u"replaceConfirmation"_s);
    box->setInformativeText(lines.join(u'\n'));
    QPushButton *replace = box->addButton(tr("Replace and Clear"), QMessageBox::AcceptRole);
    replace->setObjectName(u"confirmReplaceButton"_s);
    QPushButton *keep = box->addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    box->setDefaultButton(keep);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, replace, typed] {
        box->deleteLater();
        m_question = nullptr;
        if (box->clickedButton() == replace && m_workspace)
            startEdit(GroupEdit::replace(m_workspace, m_group, typed));
    });
    m_question = box;
    box->open();
}

void GroupDialog::startEdit(GroupEdit *edit)
{
    dropEdit();
    m_edit = edit;
    connect(edit, &GroupEdit::succeeded, this, &GroupDialog::editSucceeded);
    connect(edit, &GroupEdit::failed, this, &GroupDialog::editFailed);
    connect(edit, &GroupEdit::conflicted, this, &GroupDialog::editConflicted);
    connect(edit, &GroupEdit::stateChanged, this, [this](GroupEdit::State state) {
        if (state == GroupEdit::State::Checking)
            setBusy(true, tr("Checking %1 on the server…").arg(elidedName(groupName(), m_ui->statusLabel)));
        else if (state == GroupEdit::State::Sending)
            setBusy(true,
                m_mode == Mode::Create ? tr("Creating %1…").arg(elidedName(groupName(), m_ui->statusLabel))
                                       : tr("Saving…"));
    });
    setBusy(true, tr("Waiting…"));
    edit->start();
}

void GroupDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->statusLabel->setText(status);
    m_ui->formWidget->setEnabled(!busy);
    m_ui->overwriteButton->setEnabled(!busy);
    m_ui->takeServerValuesButton->setEnabled(!busy);
    // While it waits, Cancel stops waiting; it closes once nothing is on its way.
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setText(busy ? tr("Stop") : tr("Cancel"));
    cancel->setToolTip(busy ? tr("Stop waiting for the server") : QString());
    updateState();
}

void GroupDialog::showMessage(const QString &html, bool conflict)
{
    m_ui->messageFrame->showMessage(conflict ? MessageBar::Warning : MessageBar::Error, html);
    m_conflictShown = conflict;
    m_ui->conflictButtonsWidget->setVisible(conflict);
    m_ui->overwriteButton->setVisible(conflict);
    m_ui->takeServerValuesButton->setVisible(conflict);
    updateState();
}

void GroupDialog::hideMessage()
{
    m_ui->messageFrame->hide();
    m_ui->messageFrame->setText({});
    m_conflictShown = false;
    m_ui->conflictButtonsWidget->hide();
    m_ui->overwriteButton->hide();
    m_ui->takeServerValuesButton->hide();
    updateState();
}

void GroupDialog::editSucceeded(const Api::Group &group)
{
    const QString message = m_edit ? m_edit->message() : QString();
    m_edit = nullptr;
    setBusy(false);
    Q_EMIT saved(group.id, message);
    accept();
}

void GroupDialog::editFailed()
{
    if (!m_edit)
        return;
    const Api::ApiError error = m_edit->error();
    const std::optional<GroupField> field = m_edit->errorField();
    // The edit's message, with the name cut and the server's words breakable.
    const QString name = elidedName(m_edit->groupName(), m_ui->messageFrame->textLabel());
    const QString reason = breakable(error.message());
    const QString message = m_mode == Mode::Create ? tr("Could not create %1: %2").arg(name, reason)
                                                   : tr("Could not save %1: %2").arg(name, reason);
    m_edit = nullptr; // it deletes itself
    setBusy(false);
    if (field) {
        // At the field it is about; the typed values all stay.
        m_serverErrors.insert(*field, error.message());
        m_ui->statusLabel->setText(tr("Not saved: the server refused the %1.").arg(GroupFields::name(*field).toLower()));
        updateState();
        widgetsOf(*field).editor->setFocus();
    } else {
        showMessage(message.toHtmlEscaped(), false);
        m_ui->statusLabel->setText(tr("Not saved."));
    }
}

void GroupDialog::editConflicted(const QList<FieldChange> &changes)
{
    setBusy(false);
    const auto value = [](const FieldChange &change, const QString &text) {
        // An empty value reads "(not set)" unquoted, in italics.
        if (text == GroupFields::text(Api::GroupAttributes(), change.field))
            return u"<i>%1</i>"_s.arg(text.toHtmlEscaped());
        return u"“%1”"_s.arg(breakable(GroupFields::shortValue(text)).toHtmlEscaped());
    };
    // Every field changed on the server since the form opened, and what Overwrite does to each:
    // a rename the person did not touch is part of what they decide on.
    const auto overwriteText = [&value](const FieldChange &change) {
        switch (change.overwrite) {
        case FieldChange::Overwrite::Replaces:
            if (change.yours == GroupFields::text(Api::GroupAttributes(), change.field))
                return tr("clears it").toHtmlEscaped();
            return tr("sets yours: %1").toHtmlEscaped().arg(value(change, change.yours));
        case FieldChange::Overwrite::Agrees:
            return tr("nothing: yours is the same").toHtmlEscaped();
        case FieldChange::Overwrite::Keeps:
        case FieldChange::Overwrite::NotAsked:
            break;
        }
        return tr("keeps %1 (you did not change it)").toHtmlEscaped().arg(value(change, change.after));
    };
    QString html = u"<b>%1</b><table cellspacing=\"0\" cellpadding=\"1\">"_s.arg(
        tr("%1 changed on the server since you opened this form:")
            .arg(elidedName(groupName(), m_ui->messageFrame->textLabel()))
            .toHtmlEscaped());
    html += u"<tr><th></th><th align=\"left\">%1&nbsp;&nbsp;</th><th align=\"left\">%2</th></tr>"_s.arg(
        tr("On the server").toHtmlEscaped(), tr("Overwrite").toHtmlEscaped());
    for (const FieldChange &change : changes) {
        html += u"<tr><td>%1:&nbsp;&nbsp;</td><td>%2 &rarr; %3&nbsp;&nbsp;</td><td>%4</td></tr>"_s.arg(
            change.name.toHtmlEscaped(), value(change, change.before), value(change, change.after),
            overwriteText(change));
    }
    html += u"</table>%1"_s.arg(
        tr("Overwrite with your values, take the server's values into the form, or Cancel.").toHtmlEscaped());
    showMessage(html, true);
    m_ui->statusLabel->setText(tr("Not saved yet."));
    m_ui->overwriteButton->setFocus();
}

void GroupDialog::overwrite()
{
    if (!m_edit || m_edit->state() != GroupEdit::State::Conflicted)
        return;
    hideMessage();
    setBusy(true, tr("Saving…"));
    m_edit->overwrite();
}

void GroupDialog::takeServerValues()
{
    if (!m_edit || m_edit->state() != GroupEdit::State::Conflicted || !m_edit->serverGroup())
        return;
    const Api::Group server = *m_edit->serverGroup();
    QList<GroupField> conflicting;
    QStringList names;
    for (const FieldChange &change : m_edit->conflicts()) {
        conflicting.append(change.field);
        names.append(change.name);
    }
    // The server's copy, with the person's own changes kept where they did not conflict.
    const Api::GroupAttributes typed = values();
    const Api::GroupAttributes serverValues = Api::GroupAttributes::fromGroup(server);
    Api::GroupAttributes merged = serverValues;
    for (GroupField field : GroupFields::all()) {
        if (!GroupFields::same(m_start, typed, field) && !conflicting.contains(field))
            merged = GroupFields::withFields(merged, typed, {field});
    }
    dropEdit();
    m_group = server;
    m_start = serverValues;
    m_serverErrors.clear();
    hideMessage();
    setValues(merged);
    m_ui->statusLabel->setText(
        tr("The form holds the server's %1 now; your other changes are kept.").arg(names.join(", "_L1)));
}

void GroupDialog::dropEdit()
{
    if (m_edit && (m_edit->state() == GroupEdit::State::Conflicted || m_edit->state() == GroupEdit::State::Ready))
        m_edit->discard();
    if (m_edit)
        disconnect(m_edit, nullptr, this, nullptr);
    m_edit = nullptr;
}

void GroupDialog::reject()
{
    if (m_busy) {
        if (m_edit)
            m_edit->cancel();
        return;
    }
    if (m_question)
        return; // already asking
    if (!hasChanges()) {
        dropEdit();
        QDialog::reject();
        return;
    }
    // A name of any length, cut: a QMessageBox is as wide as its longest word, up to 1,000 px.
    const QString name = elidedName(groupName(), this);
    QString question;
    if (m_mode != Mode::Create)
        question = tr("Discard your changes to %1?").arg(name);
    else
        question = name.isEmpty() ? tr("Discard the new group?") : tr("Discard the new group %1?").arg(name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard Changes"), question, QMessageBox::NoButton, this);
    box->setObjectName(u"discardConfirmation"_s);
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton *keep = box->addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        box->deleteLater();
        m_question = nullptr;
        if (box->clickedButton() == discard) {
            dropEdit();
            QDialog::reject();
        }
    });
    m_question = box;
    box->open();
}

} // namespace Gui
