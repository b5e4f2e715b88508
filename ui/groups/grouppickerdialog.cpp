#include "ui/groups/grouppickerdialog.h"

#include "ui_grouppickerdialog.h"

#include "models/grouplistmodel.h"

#include "ui/widgets/longtext.h"

#include <QtWidgets/QPushButton>

namespace Gui {

GroupPickerDialog::GroupPickerDialog(Models::Workspace *workspace, const QString &title, const QString &prompt,
    const QString &acceptText, std::optional<Api::PermissionLevel> permission, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GroupPickerDialog>())
{
    m_ui->setupUi(this);
    keepWithinScreenWhenShown(this); // its default size suits a large screen, not every one
    setObjectName(QStringLiteral("groupPickerDialog"));
    setWindowTitle(title);
    // The prompt may name a person or a group the server holds: it wraps, however long the name.
    m_ui->promptLabel->setText(breakable(prompt));
    m_ui->promptLabel->setVisible(!prompt.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(acceptText);
    m_ui->groupSearchWidget->setWorkspace(workspace, permission);

    connect(m_ui->groupSearchWidget, &GroupSearchWidget::currentGroupChanged, this, &GroupPickerDialog::updateOkButton);
    connect(m_ui->groupSearchWidget, &GroupSearchWidget::groupActivated, this, &GroupPickerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GroupPickerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOkButton();
    m_ui->groupSearchWidget->setFocus();
}

GroupPickerDialog::~GroupPickerDialog() = default;

Models::GroupListModel *GroupPickerDialog::model() const
{
    return m_ui->groupSearchWidget->model();
}

void GroupPickerDialog::setExcludedGroup(qint64 groupId)
{
    m_ui->groupSearchWidget->setExcludedGroup(groupId);
}

void GroupPickerDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->groupSearchWidget->currentGroupId() != 0);
}

void GroupPickerDialog::accept()
{
    const Api::NamedRef group = m_ui->groupSearchWidget->currentGroup();
    if (!group.id)
        return;
    m_pickedGroupId = group.id;
    m_pickedGroupName = group.name;
    QDialog::accept();
}

qint64 GroupPickerDialog::pick(Models::Workspace *workspace, const QString &title, const QString &prompt,
    const QString &acceptText, QWidget *parent, qint64 excludedGroupId, std::optional<Api::PermissionLevel> permission)
{
    GroupPickerDialog dialog(workspace, title, prompt, acceptText, permission, parent);
    dialog.setExcludedGroup(excludedGroupId);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return dialog.pickedGroupId();
}

} // namespace Gui
