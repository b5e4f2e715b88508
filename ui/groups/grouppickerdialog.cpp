#include "ui/groups/grouppickerdialog.h"

#include "ui_grouppickerdialog.h"

#include "models/grouplistmodel.h"
#include "models/loadstatus.h"

#include <QtGui/QKeyEvent>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QPushButton>

namespace Gui {

namespace {
/// As the group list: a search starts once typing pauses.
constexpr int kSearchDebounceMs = 300;
} // namespace

GroupPickerDialog::GroupPickerDialog(Models::Workspace *workspace, const QString &title, const QString &prompt,
    const QString &acceptText, std::optional<Api::PermissionLevel> permission, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GroupPickerDialog>())
    , m_model(new Models::GroupListModel(workspace, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("groupPickerDialog"));
    setWindowTitle(title);
    m_ui->promptLabel->setText(prompt);
    m_ui->promptLabel->setVisible(!prompt.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(acceptText);
    m_ui->loadStatusBar->setStatus(m_model->loadStatus());

    m_model->setPermission(permission);
    m_ui->groupTreeView->setModel(m_model);
    QHeaderView *header = m_ui->groupTreeView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Models::GroupListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Models::GroupListModel::MembersColumn, QHeaderView::ResizeToContents);
    for (int column : {Models::GroupListModel::SlugColumn, Models::GroupListModel::CreatedColumn,
             Models::GroupListModel::UpdatedColumn})
        m_ui->groupTreeView->setColumnHidden(column, true);
    header->resizeSection(Models::GroupListModel::OrganizationColumn, 160);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDebounceMs);
    connect(&m_searchTimer, &QTimer::timeout, this,
        [this] { m_model->setSearchText(m_ui->searchLineEdit->text().trimmed()); });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    // Enter in the search field picks the current group once the search has settled.
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer.isActive()) {
            m_searchTimer.stop();
            m_model->setSearchText(m_ui->searchLineEdit->text().trimmed());
        } else if (currentGroupId()) {
            accept();
        }
    });
    // Down from the search field goes to the list, as in a completer.
    m_ui->searchLineEdit->installEventFilter(this);

    connect(m_ui->groupTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &GroupPickerDialog::updateOkButton);
    // The first match is current once a page arrives, so Enter right after typing picks it.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_ui->groupTreeView->currentIndex().isValid() && m_model->rowCount() > 0) {
            int row = 0;
            if (m_model->groupId(0) == m_excludedGroupId && m_model->rowCount() > 1)
                row = 1;
            m_ui->groupTreeView->setCurrentIndex(m_model->index(row, 0));
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupPickerDialog::updateOkButton);
    connect(m_ui->groupTreeView, &QAbstractItemView::activated, this, [this] {
        if (currentGroupId())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GroupPickerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOkButton();
    m_ui->searchLineEdit->setFocus();
}

GroupPickerDialog::~GroupPickerDialog() = default;

void GroupPickerDialog::setExcludedGroup(qint64 groupId)
{
    m_excludedGroupId = groupId;
    updateOkButton();
}

qint64 GroupPickerDialog::currentGroupId() const
{
    const QModelIndex current = m_ui->groupTreeView->currentIndex();
    if (!current.isValid())
        return 0;
    const qint64 id = m_model->groupId(current.row());
    return id == m_excludedGroupId ? 0 : id;
}

void GroupPickerDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(currentGroupId() != 0);
}

void GroupPickerDialog::accept()
{
    const qint64 id = currentGroupId();
    if (!id)
        return;
    m_pickedGroupId = id;
    m_pickedGroupName = m_model->index(m_ui->groupTreeView->currentIndex().row(), Models::GroupListModel::NameColumn)
                            .data()
                            .toString();
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

bool GroupPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_ui->groupTreeView->setFocus();
            QCoreApplication::sendEvent(m_ui->groupTreeView, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Gui
