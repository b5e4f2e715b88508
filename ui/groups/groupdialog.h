#pragma once

#include "api/records.h"
#include "models/groupedit.h"

#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

#include <memory>
#include <optional>

class QLabel;
class QMessageBox;
class QWidget;

namespace Ui {
class GroupDialog;
}

namespace Models {
class Workspace;
}

namespace Gui {

/// Creates a group, or edits (PATCH: only the fields changed) or replaces (PUT: every field, those
/// left empty cleared) one. The work is a Models::GroupEdit: before an edit or a replace is sent,
/// the group is fetched anew, and if someone changed on the server what this would overwrite, the
/// message area on top says what (old -> new) and offers Overwrite or Take the server's values.
/// A refusal keeps the dialog open with everything typed, the server's words at the field they
/// name (or on top). Edits and replaces land on the workspace's undo stack.
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Replace };

    /// Create: \a group is ignored. Edit and Replace start from \a group (the store's full group).
    GroupDialog(Models::Workspace *workspace, Mode mode, const Api::Group &group = {}, QWidget *parent = nullptr);
    ~GroupDialog() override;

    Mode mode() const { return m_mode; }

    /// Cancel, Esc and the window's close button: asks first when there are unsaved changes;
    /// while a save is on its way, stops waiting for it instead.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    /// The server took the change; \a message names the group ("Created Data Quality"). The dialog accepts itself after.
    void saved(qint64 groupId, const QString &message);

private:
    void setUpFields();
    /// Keeps the dialog within its screen's available geometry: the form grows the dialog to
    /// show it all while the screen has room, and scrolls beyond; the dialog is moved inside.
    void fitToScreen();
    void setUpMode();
    /// The frame of a field with a problem, in the palette's error colour.
    void updateInvalidFrameStyle();
    /// Puts \a values in the form, without counting it as the person's edit.
    void setValues(const Api::GroupAttributes &values);
    /// What the form holds now, as the API would take it.
    Api::GroupAttributes values() const;
    QString timeZoneText() const;
    void setTimeZoneText(const QString &zone);
    /// The problems of the form as typed (a field may have one), before anything is sent.
    QHash<Models::GroupField, QString> problems() const;
    /// True when the form differs from what it started from.
    bool hasChanges() const;
    QString groupName() const;

    /// A field was edited by the person: its server error goes, the rest is checked again.
    void fieldEdited(Models::GroupField field);
    /// Shows the problems at their fields, and enables OK when there are none.
    void updateState();
    void updateOrganizationName();
    void updateTimeZoneHint();

    void save();
    void startEdit(Models::GroupEdit *edit);
    void setBusy(bool busy, const QString &status = {});
    void showMessage(const QString &html, bool conflict);
    void hideMessage();
    void editSucceeded(const Api::Group &group);
    void editFailed();
    void editConflicted(const QList<Models::FieldChange> &changes);
    void overwrite();
    void takeServerValues();
    /// Drops the conflicted edit, if any.
    void dropEdit();

    /// A field's editor and the label under it that says what is wrong with it.
    struct FieldWidgets
    {
        Models::GroupField field;
        QWidget *editor;
        QLabel *error;
    };
    /// The widgets of \a field (every field has an entry in m_fields).
    const FieldWidgets &widgetsOf(Models::GroupField field) const;

    std::unique_ptr<Ui::GroupDialog> m_ui;
    /// Every field's widgets, in GroupFields::all()'s order: the one place the form's fields are
    /// tied to the attributes.
    QList<FieldWidgets> m_fields;
    QPointer<Models::Workspace> m_workspace;
    Mode m_mode;
    Api::Group m_group; ///< What the form started from (Edit, Replace): the server's copy.
    Api::GroupAttributes m_start; ///< m_group's attributes, or those of a new group.
    std::optional<Models::CallerOrganization> m_callerOrganization;
    QHash<Models::GroupField, QString> m_serverErrors; ///< The server's refusal, at the field it names.
    QPointer<Models::GroupEdit> m_edit;
    QPointer<QMessageBox> m_question;
    bool m_filling = false;
    bool m_busy = false;
    /// A new group's empty name is not scolded before the person has typed in it (OK stays off).
    bool m_nameTouched = false;
    bool m_conflictShown = false; ///< The message area shows a conflict: OK waits for a choice.
};

} // namespace Gui
