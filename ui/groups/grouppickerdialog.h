#pragma once

#include "api/records.h"

#include <QtWidgets/QDialog>

#include <memory>
#include <optional>

namespace Models {
class GroupListModel;
class Workspace;
} // namespace Models

namespace Ui {
class GroupPickerDialog;
}

namespace Gui {

/// Picks one group, searched on the server (a GroupSearchWidget): the target
/// of "Move to group...", "Copy to group...", "Add selected users to group..." and the users
/// panel's "members of group..." filter. OK (named by the caller, e.g. "Move") is enabled once a
/// group is current; Enter or a double-click picks it.
class GroupPickerDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a prompt says what the pick is for ("Move 12 people from Data Quality to:"); \a acceptText
    /// names the OK button; only groups the caller holds \a permission on are listed (nullopt: any).
    GroupPickerDialog(Models::Workspace *workspace, const QString &title, const QString &prompt,
        const QString &acceptText, std::optional<Api::PermissionLevel> permission = {}, QWidget *parent = nullptr);
    ~GroupPickerDialog() override;

    /// A group that may not be picked (the one the people come from): it is not listed.
    void setExcludedGroup(qint64 groupId);
    /// After accept(): the group picked, or 0.
    qint64 pickedGroupId() const { return m_pickedGroupId; }
    /// Its name as the list showed it.
    QString pickedGroupName() const { return m_pickedGroupName; }

    Models::GroupListModel *model() const;

    /// Shows the dialog modally and returns the group picked, or 0 when cancelled.
    static qint64 pick(Models::Workspace *workspace, const QString &title, const QString &prompt,
        const QString &acceptText, QWidget *parent, qint64 excludedGroupId = 0,
        std::optional<Api::PermissionLevel> permission = {});

    void accept() override;

private:
    void updateOkButton();

    std::unique_ptr<Ui::GroupPickerDialog> m_ui;
    qint64 m_pickedGroupId = 0;
    QString m_pickedGroupName;
};

} // namespace Gui
