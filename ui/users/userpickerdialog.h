#pragma once

#include "models/userdrag.h"

#include <QtWidgets/QDialog>

#include <memory>

namespace Models {
class Workspace;
}

namespace Ui {
class UserPickerDialog;
}

namespace Gui {

class UserPickerWidget;

/// Picks one or more people from the organization's directory, searched on the server: for the
/// group list's "groups containing these users" filter. OK is enabled once someone is picked,
/// and also when the people it started with were all removed (so the caller can clear its filter).
class UserPickerDialog : public QDialog
{
    Q_OBJECT

public:
    UserPickerDialog(Models::Workspace *workspace, QWidget *parent = nullptr);
    ~UserPickerDialog() override;

    /// Starts with these already picked (shown in the picked list).
    void setPicked(const QList<Models::UserRef> &users);
    /// After accept(): the picked users, in the order picked.
    QList<Models::UserRef> picked() const;

    /// The directory and picked list inside.
    UserPickerWidget *pickerWidget() const;

private:
    void updateOkButton();

    std::unique_ptr<Ui::UserPickerDialog> m_ui;
    /// Whether setPicked() started the dialog with someone: emptying that list is a choice too.
    bool m_startedWithPicked = false;
};

} // namespace Gui
