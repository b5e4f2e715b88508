#include "ui/review/startreviewdialog.h"

#include "ui_startreviewdialog.h"

#include "api/apiclient.h"
#include "models/groupstore.h"
#include "models/reviewstore.h"
#include "models/workspace.h"
#include "ui/session.h"
#include "ui/widgets/longtext.h"
#include "ui/widgets/messagebar.h"

#include <QtGui/QKeyEvent>
#include <QtWidgets/QPushButton>

namespace Gui {

using Models::ReviewPart;

StartReviewDialog::StartReviewDialog(Session *session, const QList<Api::NamedRef> &groups, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StartReviewDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("startReviewDialog"));
    m_ui->groupPickerWidget->setWorkspace(session->workspace());
    m_ui->groupPickerWidget->setPicked(groups);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Start Review"));
    ok->setObjectName(QStringLiteral("startButton"));
    m_ui->messageBar->setCloseButtonVisible(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StartReviewDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StartReviewDialog::reject);
    // Cancelled while the groups managed are listed: no review comes of the listing.
    connect(this, &QDialog::rejected, this, [this] {
        if (m_managedLoader)
            m_managedLoader->cancel();
    });
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &StartReviewDialog::updateState);
    connect(m_ui->groupPickerWidget, &GroupPickerWidget::pickedChanged, this, &StartReviewDialog::updateState);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{m_ui->pickedRadioButton,
             m_ui->managedRadioButton, m_ui->membersCheckBox, m_ui->userSharesCheckBox, m_ui->groupSharesCheckBox})
        connect(button, &QAbstractButton::toggled, this, &StartReviewDialog::updateState);
    m_ui->nameLineEdit->setFocus();
    updateState();
    keepWithinScreenWhenShown(this);
}

StartReviewDialog::~StartReviewDialog()
{
    if (m_managedLoader)
        m_managedLoader->cancel();
}

int StartReviewDialog::parts() const
{
    int parts = 0;
    if (m_ui->membersCheckBox->isChecked())
        parts |= int(ReviewPart::Members);
    if (m_ui->userSharesCheckBox->isChecked())
        parts |= int(ReviewPart::UserShares);
    if (m_ui->groupSharesCheckBox->isChecked())
        parts |= int(ReviewPart::GroupShares);
    return parts;
}

QString StartReviewDialog::whatIsMissing() const
{
    if (m_ui->nameLineEdit->text().trimmed().isEmpty())
        return tr("Name the review, for instance after the quarter and the groups it covers.");
    if (m_ui->pickedRadioButton->isChecked() && m_ui->groupPickerWidget->picked().isEmpty())
        return tr("Pick the groups to review, or review every group you manage.");
    if (parts() == 0)
        return tr("Choose what to review: members, shares to people or shares to groups.");
    return {};
}

void StartReviewDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the group search picks the match (the picker's own); passed on, it also pressed
    // Start Review, with the scope half picked.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_ui->groupPickerWidget->isAncestorOf(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void StartReviewDialog::updateState()
{
    m_ui->groupPickerWidget->setEnabled(m_ui->pickedRadioButton->isChecked() && !m_busy);
    const QString missing = whatIsMissing();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty() && !m_busy);
    // The first thing missing is said only once the person has begun: an empty form says nothing.
    const bool begun = !m_ui->nameLineEdit->text().isEmpty() || !m_ui->groupPickerWidget->picked().isEmpty();
    if (m_busy)
        m_ui->messageBar->showMessage(MessageBar::Information, tr("Listing the groups you manage..."));
    else if (!missing.isEmpty() && begun)
        m_ui->messageBar->showMessage(MessageBar::Information, missing);
    else
        m_ui->messageBar->hide();
}

void StartReviewDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget :
        std::initializer_list<QWidget *>{m_ui->nameLineEdit, m_ui->scopeGroupBox, m_ui->partsGroupBox})
        widget->setEnabled(!busy);
    updateState();
}

void StartReviewDialog::accept()
{
    if (m_busy || !whatIsMissing().isEmpty())
        return;
    if (m_ui->managedRadioButton->isChecked()) {
        listManagedGroups();
        return;
    }
    QList<qint64> ids;
    for (const Api::NamedRef &group : m_ui->groupPickerWidget->picked())
        ids.append(group.id);
    create(ids);
}

void StartReviewDialog::listManagedGroups()
{
    setBusy(true);
    Api::GroupListQuery query;
    query.permission = Api::PermissionLevel::Manage;
    query.limit = 1000;
    const Api::AllPages<Api::GroupSummary> pages = m_session->client()->groups().listAll(query);
    m_managedLoader = pages.loader();
    auto ids = std::make_shared<QList<qint64>>();
    Models::GroupStore *store = m_session->workspace()->groupStore();
    pages.onPage(this, [ids, store](const QList<Api::GroupSummary> &groups, int) {
        store->absorb(groups);
        for (const Api::GroupSummary &group : groups)
            ids->append(group.id);
    });
    pages.onFinished(this, [this, ids](const Api::ApiError &error) {
        m_managedLoader = nullptr;
        setBusy(false);
        if (!error.isNull()) {
            m_ui->messageBar->showMessage(
                MessageBar::Error, tr("The groups you manage could not be listed: %1").arg(breakable(error.message())));
            return;
        }
        if (ids->isEmpty()) {
            m_ui->messageBar->showMessage(MessageBar::Warning, tr("You manage no group: there is nothing to review."));
            return;
        }
        create(*ids);
    });
}

void StartReviewDialog::create(const QList<qint64> &groupIds)
{
    Models::ReviewStore *store = m_session->reviewStore();
    Models::ReviewInfo info;
    info.name = m_ui->nameLineEdit->text().trimmed();
    info.groupIds = groupIds;
    info.parts = parts();
    info.reviewerId = m_session->me().id;
    info.reviewerUsername = m_session->me().username;
    const qint64 id = store->createReview(info);
    if (!id) {
        m_ui->messageBar->showMessage(
            MessageBar::Error, tr("The review could not be saved: %1").arg(breakable(store->errorString())));
        return;
    }
    Q_EMIT reviewCreated(id);
    QDialog::accept();
}

} // namespace Gui
