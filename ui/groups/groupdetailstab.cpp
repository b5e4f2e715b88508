#include "ui/groups/groupdetailstab.h"

#include "ui_groupdetailstab.h"

#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/loadstatus.h"
#include "models/membercounttext.h"
#include "models/workspace.h"
#include "ui/session.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QLocale>
#include <QtCore/QTimeZone>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QTextDocumentFragment>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QPushButton>

namespace Gui {

namespace {

/// A time in the person's local time, with the UTC value it came as in the tooltip.
void showTime(QLabel *label, const QDateTime &time)
{
    if (!time.isValid()) {
        label->setText(QString());
        label->setToolTip(QString());
        return;
    }
    label->setText(QLocale().toString(time.toLocalTime(), QLocale::LongFormat));
    label->setToolTip(time.toUTC().toString(Qt::ISODateWithMs));
}

/// Plain text, or a grey "Not set" for a value the group does not have.
void showText(QLabel *label, const std::optional<QString> &text)
{
    const bool set = text && !text->isEmpty();
    label->setTextFormat(set ? Qt::PlainText : Qt::RichText);
    label->setText(set ? *text : GroupDetailsTab::tr("<span style=\"color: gray\">Not set</span>"));
}

} // namespace

GroupDetailsTab::GroupDetailsTab(Session *session, QWidget *parent)
    // Loads while hidden too: Edit and Replace start from the whole group it fetches.
    : GroupTab(session, QString(), parent, Loading::AlsoHidden)
    , m_ui(std::make_unique<Ui::GroupDetailsTab>())
    , m_loadStatus(new Models::LoadStatus([this] { reload(); }, this))
    , m_loadStatusBar(new LoadStatusBar(this))
{
    m_ui->setupUi(this);
    m_ui->tabLayout->insertWidget(1, m_loadStatusBar);
    m_loadStatusBar->setStatus(m_loadStatus);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    connect(m_ui->editButton, &QPushButton::clicked, this, &GroupDetailsTab::editRequested);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &GroupDetailsTab::replaceRequested);
    // The values are one tab stop (the details area), not one each: Ctrl+C there copies them all,
    // or in a value, what the mouse selected in it.
    QAction *copy = makePanelAction(this, QStringLiteral("copyDetailsAction"), tr("&Copy Details"),
        tr("Copy every value of the group, or the text selected in one"), "edit-copy", QStyle::SP_FileIcon,
        QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &GroupDetailsTab::copy);
    m_ui->detailsScrollArea->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->detailsScrollArea->addAction(copy);
    connect(session->workspace()->groupStore(), &Models::GroupStore::groupChanged, this, [this](qint64 id) {
        if (id == m_groupId)
            showGroup();
    });
    connect(
        session->workspace()->groupStore(), &Models::GroupStore::myLevelsChanged, this, &GroupDetailsTab::showGroup);
    showGroup();
}

GroupDetailsTab::~GroupDetailsTab() = default;

qint64 GroupDetailsTab::loadedGroupId() const
{
    return m_groupId;
}

void GroupDetailsTab::loadGroup(qint64 groupId)
{
    m_groupId = groupId;
    m_loadStatus->clearError();
    showGroup();
    reloadGroup();
}

void GroupDetailsTab::reloadGroup()
{
    const quint64 serial = ++m_fetchSerial;
    if (!m_groupId) {
        m_loadStatus->setLoading(false);
        return;
    }
    m_loadStatus->setLoading(true);
    session()->workspace()->groupStore()->refresh(m_groupId).onFinished(
        this, [this, serial](const Api::Result<Api::Group> &result) {
            if (serial != m_fetchSerial)
                return; // another group was chosen since
            m_loadStatus->setLoading(false);
            m_loadStatus->setError(result.error);
            showGroup();
        });
}

QString GroupDetailsTab::detailsText() const
{
    QStringList lines;
    const QFormLayout *form = m_ui->detailsFormLayout;
    for (int row = 0; row < form->rowCount(); ++row) {
        const QLayoutItem *title = form->itemAt(row, QFormLayout::LabelRole);
        const QLayoutItem *value = form->itemAt(row, QFormLayout::FieldRole);
        const auto *titleLabel = title ? qobject_cast<const QLabel *>(title->widget()) : nullptr;
        const auto *valueLabel = value ? qobject_cast<const QLabel *>(value->widget()) : nullptr;
        if (!titleLabel || !valueLabel)
            continue;
        const QString text = valueLabel->textFormat() == Qt::RichText
            ? QTextDocumentFragment::fromHtml(valueLabel->text()).toPlainText()
            : valueLabel->text();
        lines.append(titleLabel->text() + u' ' + text);
    }
    return lines.join(u'\n');
}

void GroupDetailsTab::copy()
{
    const auto *label = qobject_cast<const QLabel *>(QApplication::focusWidget());
    if (label && isAncestorOf(label) && label->hasSelectedText()) {
        QGuiApplication::clipboard()->setText(label->selectedText());
        return;
    }
    if (m_ui->detailsScrollArea->isVisible())
        QGuiApplication::clipboard()->setText(detailsText());
}

void GroupDetailsTab::showGroup()
{
    showValues();
    // What a screen reader says as the focus comes to the one stop of all the values.
    m_ui->detailsScrollArea->setAccessibleDescription(
        m_ui->detailsScrollArea->isVisibleTo(this) ? detailsText() : QString());
}

void GroupDetailsTab::showValues()
{
    const Models::GroupStore *store = session()->workspace()->groupStore();
    const std::optional<Api::GroupSummary> summary = m_groupId ? store->summary(m_groupId) : std::nullopt;
    const std::optional<Api::Group> group = m_groupId ? store->group(m_groupId) : std::nullopt;
    // Edit and Replace need write; when the person holds less, the buttons say why.
    const QString refusal
        = m_groupId ? Models::GroupPermissions::refusal(store, {m_groupId}, Models::GroupAction::Edit) : QString();
    for (QPushButton *button : {m_ui->editButton, m_ui->replaceButton}) {
        static const char *const kOwnToolTip = "civisOwnToolTip";
        if (!button->property(kOwnToolTip).isValid())
            button->setProperty(kOwnToolTip, button->toolTip());
        button->setEnabled(group.has_value() && refusal.isEmpty());
        button->setToolTip(refusal.isEmpty() ? button->property(kOwnToolTip).toString() : refusal);
    }
    m_ui->detailsScrollArea->setVisible(summary.has_value());
    if (!summary) {
        m_ui->titleLabel->setText(m_groupId ? tr("Group %1").arg(m_groupId) : tr("Select a group on the left"));
        return;
    }
    showSummary(group ? group->summary() : *summary);
    // What only the whole group has: a list's summary leaves these out until the group is fetched.
    const QString loading = tr("<span style=\"color: gray\">Loading...</span>");
    for (QLabel *label : {m_ui->twoFactorValueLabel, m_ui->rolesValueLabel, m_ui->timeZoneValueLabel,
             m_ui->jobsLabelValueLabel, m_ui->notebooksLabelValueLabel, m_ui->servicesLabelValueLabel}) {
        label->setTextFormat(Qt::RichText);
        label->setText(loading);
    }
    if (!group)
        return;
    m_ui->twoFactorValueLabel->setTextFormat(Qt::PlainText);
    m_ui->twoFactorValueLabel->setText(group->defaultOtpRequiredForLogin
            ? tr("Required for new members by default")
            : tr("Not required by default"));
    QStringList roles;
    for (qint64 role : group->roleIds)
        roles.append(QLocale().toString(role));
    showText(m_ui->rolesValueLabel, roles.isEmpty() ? std::nullopt : std::optional<QString>(roles.join(QStringLiteral(", "))));
    // Shown as the text the server sent: a zone id is never opened as a path (see QTimeZone).
    std::optional<QString> zone = group->defaultTimeZone;
    if (zone && !zone->isEmpty() && QTimeZone::availableTimeZoneIds().contains(zone->toUtf8())) {
        const QTimeZone timeZone(zone->toUtf8());
        zone = tr("%1 (%2)").arg(*zone, timeZone.displayName(QDateTime::currentDateTime(), QTimeZone::OffsetName));
    }
    showText(m_ui->timeZoneValueLabel, zone);
    showText(m_ui->jobsLabelValueLabel, group->defaultJobsLabel);
    showText(m_ui->notebooksLabelValueLabel, group->defaultNotebooksLabel);
    showText(m_ui->servicesLabelValueLabel, group->defaultServicesLabel);
}

void GroupDetailsTab::showSummary(const Api::GroupSummary &group)
{
    const QLocale locale;
    m_ui->titleLabel->setText(group.name);
    m_ui->nameValueLabel->setText(group.name);
    showText(m_ui->slugValueLabel, group.slug);
    showText(m_ui->descriptionValueLabel, group.description);
    std::optional<QString> organization = group.organizationName;
    if (group.organizationId)
        organization = tr("%1 (id %2)").arg(group.organizationName.value_or(tr("Organization")), locale.toString(*group.organizationId));
    showText(m_ui->organizationValueLabel, organization);
    m_ui->membersValueLabel->setText(Models::MemberCountText::of(group.memberCount, group.totalMemberCount));
    showTime(m_ui->createdValueLabel, group.createdAt);
    showTime(m_ui->updatedValueLabel, group.updatedAt);
    showText(m_ui->createdByValueLabel, group.createdById ? std::optional<QString>(userText(group.createdById)) : std::nullopt);
    showText(m_ui->updatedByValueLabel, group.lastUpdatedById ? std::optional<QString>(userText(group.lastUpdatedById)) : std::nullopt);
    m_ui->groupIdValueLabel->setText(QString::number(group.id));
}

QString GroupDetailsTab::userText(std::optional<qint64> id)
{
    const auto known = m_userNames.constFind(*id);
    if (known != m_userNames.constEnd() && !known->isEmpty())
        return *known;
    QString fallback = tr("User %1").arg(*id);
    if (known == m_userNames.constEnd()) {
        m_userNames.insert(*id, QString());
        session()->client()->users().get(*id).onFinished(
            this, [this, id = *id, fallback](const Api::Result<Api::UserDetail> &result) {
                // One that can't be read (another organization's person) keeps its id.
                m_userNames.insert(id, result ? tr("%1 (%2)").arg(result->name, result->user) : fallback);
                showGroup();
            });
    }
    return fallback;
}

} // namespace Gui
