#include "ui/users/userpickerdialog.h"

#include "ui_userpickerdialog.h"

#include "ui/widgets/longtext.h"

#include <QtWidgets/QPushButton>

namespace Gui {

UserPickerDialog::UserPickerDialog(Models::Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserPickerDialog>())
{
    m_ui->setupUi(this);
    keepWithinScreenWhenShown(this); // its default size suits a large screen, not every one
    m_ui->userPickerWidget->setWorkspace(workspace);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->userPickerWidget, &UserPickerWidget::pickedChanged, this, &UserPickerDialog::updateOkButton);
    m_ui->userPickerWidget->setFocus(Qt::OtherFocusReason);
    updateOkButton();
}

UserPickerDialog::~UserPickerDialog() = default;

void UserPickerDialog::setPicked(const QList<Models::UserRef> &users)
{
    m_startedWithPicked = !users.isEmpty();
    m_ui->userPickerWidget->setPicked(users);
    updateOkButton();
}

QList<Models::UserRef> UserPickerDialog::picked() const
{
    return m_ui->userPickerWidget->picked();
}

UserPickerWidget *UserPickerDialog::pickerWidget() const
{
    return m_ui->userPickerWidget;
}

void UserPickerDialog::updateOkButton()
{
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(!picked().isEmpty() || m_startedWithPicked);
}

} // namespace Gui
