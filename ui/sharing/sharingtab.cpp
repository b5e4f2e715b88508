#include "ui/sharing/sharingtab.h"

#include "ui_sharingtab.h"

#include "models/changeoperation.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/permissionleveltext.h"
#include "models/roles.h"
#include "models/sharecsv.h"
#include "models/userrows.h"
#include "models/workspace.h"
#include "ui/session.h"
#include "ui/sharing/permissionleveldelegate.h"
#include "ui/sharing/shareplanconfirmation.h"
#include "ui/sharing/sharetableview.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QToolButton>

namespace Gui {

using Api::PermissionLevel;
using Models::ShareModel;

namespace {

/// A person (\a people 1) or a group of people (2) drawn in \a color: what the shares table
/// shows beside a name when the icon theme has no "user-identity" or "system-users" (Qt's
/// standard pixmaps have no person, and a file or folder icon would say the wrong thing).
QIcon peopleIcon(int people, const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        const qreal unit = size / 16.0;
        // One figure: a head and the shoulders below it, centred on x, \a scale of the full size.
        const auto figure = [&](qreal x, qreal scale, const QColor &fill) {
            painter.setBrush(fill);
            const qreal head = 3.2 * unit * scale;
            painter.drawEllipse(QPointF(x, (2.5 + 3.2 * scale) * unit), head, head);
            QPainterPath body;
            const qreal width = 6.0 * unit * scale;
            const qreal top = (9.6 + 0.8 * (1 - scale)) * unit;
            body.addRoundedRect(QRectF(x - width, top, 2 * width, 16 * unit - top + 4 * unit), width, width);
            painter.drawPath(body.intersected([&] {
                QPainterPath clip;
                clip.addRect(0, 0, size, 15.5 * unit);
                return clip;
            }()));
        };
        if (people > 1) {
            QColor behind = color;
            behind.setAlphaF(color.alphaF() * 0.6);
            figure(10.8 * unit, 0.8, behind);
            figure(6.0 * unit, 0.9, color);
        } else {
            figure(8.0 * unit, 1.0, color);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

SharingTab::SharingTab(Session *session, QWidget *parent)
    : GroupTab(session, QStringLiteral("workspace/shareColumns"), parent)
    , m_ui(std::make_unique<Ui::SharingTab>())
    , m_model(new ShareModel(session->workspace(), 0, this))
    , m_proxy(new Models::ShareFilterProxyModel(this))
    , m_loadStatusBar(new LoadStatusBar(this))
    , m_toolBar(makeTabToolBar(this, QStringLiteral("sharingToolBar")))
{
    m_ui->setupUi(this);
    m_ui->tabLayout->insertWidget(0, m_toolBar);
    // Between the message and the table: loading the shares and the last error, with Retry.
    m_ui->tabLayout->insertWidget(m_ui->tabLayout->indexOf(m_ui->sharesTableView), m_loadStatusBar);
    m_loadStatusBar->setStatus(m_model->loadStatus());
    m_proxy->setSourceModel(m_model);
    QColor figures = palette().color(QPalette::Text);
    figures.setAlphaF(0.62); // as quiet as an icon beside a name, in light and dark palettes

    m_proxy->setPrincipalIcons(QIcon::fromTheme(QStringLiteral("user-identity"),
                                   QIcon::fromTheme(QStringLiteral("avatar-default"), peopleIcon(1, figures))),
        QIcon::fromTheme(QStringLiteral("system-users"), peopleIcon(2, figures)));

    connect(m_ui->shareFilterLineEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_proxy->setFilterText(text.trimmed()); });
    setUpFilterLineEdit(m_ui->shareFilterLineEdit);

    m_ui->shareMessageFrame->textLabel()->setObjectName(QStringLiteral("shareMessageLabel"));
    setUpClosableMessage(m_ui->shareMessageFrame, m_ui->sharesTableView, QStringLiteral("dismissShareMessageButton"),
        tr("Dismiss the message"));

    connect(m_model, &ShareModel::changeStarted, this, &SharingTab::changeStarted);
    connect(m_model, &ShareModel::changeFailed, this, &SharingTab::changeFailed);
    m_model->setConfirmsManagerLoss(true);
    connect(m_model, &ShareModel::confirmationNeeded, this, &SharingTab::confirmLevel);
    watchCounts({m_model, m_proxy}, m_model->loadStatus(), [this] { updateTotals(); });

    setUpView();
    setUpActions();
    updateTotals();
}

SharingTab::~SharingTab() = default;

QByteArray SharingTab::saveHeaderState() const
{
    return view()->saveHeaderState();
}

void SharingTab::restoreHeaderState(const QByteArray &state)
{
    view()->restoreHeaderState(state);
}

ShareTableView *SharingTab::view() const
{
    return m_ui->sharesTableView;
}

void SharingTab::setUpView()
{
    ShareTableView *view = m_ui->sharesTableView;
    view->setModel(m_proxy);
    view->setShares(m_model, [this] { return loadedGroupName(); });
    view->setItemDelegateForColumn(ShareModel::LevelColumn, new PermissionLevelDelegate(view));
    // A double-click anywhere on a row or F2 (the action below) edits its level; a click only
    // selects, so that picking rows to revoke never opens an editor.
    view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    connect(view, &QAbstractItemView::doubleClicked, this,
        [view](const QModelIndex &index) { view->edit(index.siblingAtColumn(ShareModel::LevelColumn)); });
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(48);
    // The principal first: the model keeps its columns as the other share views know them.
    header->moveSection(header->visualIndex(ShareModel::NameColumn), 0);
    header->setSectionResizeMode(ShareModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(ShareModel::KindColumn, 80);
    header->resizeSection(ShareModel::LevelColumn, 150);
    header->resizeSection(ShareModel::MembersColumn, 90);
    view->sortByColumn(ShareModel::LevelColumn, Qt::AscendingOrder);
    connect(view, &ShareTableView::dropDescribed, this, &SharingTab::statusMessage);
    connect(view, &ShareTableView::dropped, this, &SharingTab::askLevel);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SharingTab::updateActions);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SharingTab::updateActions);
    connect(
        session()->workspace()->groupStore(), &Models::GroupStore::myLevelsChanged, this, &SharingTab::updateActions);
}

void SharingTab::setUpActions()
{
    // Only while the focus is in this tab: the other tabs and docks have their own Delete and copy.
    m_addShareAction = makePanelAction(this, QStringLiteral("addShareAction"), tr("&Add Share..."),
        tr("Give people or groups access to this group"), "list-add", QStyle::SP_FileDialogNewFolder,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_editLevelAction = makePanelAction(this, QStringLiteral("editLevelAction"), tr("&Change Access"),
        tr("Change the access of the current row: read, write or manage"), "document-edit",
        QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::Key_F2));
    m_revokeAction = makePanelAction(this, QStringLiteral("revokeSharesAction"), tr("&Revoke Access"),
        tr("Take away the access of the selected people and groups"), "list-remove", QStyle::SP_TrashIcon,
        QKeySequence(QKeySequence::Delete));
    m_copyNamesAction = makePanelAction(this, QStringLiteral("copyNamesAction"), tr("&Copy Names"),
        tr("Copy the names of the selected people and groups, one a line"), "edit-copy", QStyle::SP_FileIcon,
        QKeySequence(QKeySequence::Copy));
    m_exportAction = makePanelAction(this, QStringLiteral("exportSharesAction"), tr("&Export CSV..."),
        tr("Save the shares shown (as filtered and sorted here) as a CSV file"), "document-save-as",
        QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    m_addShareAction->setIconText(tr("Add..."));
    m_editLevelAction->setIconText(tr("Change"));
    m_revokeAction->setIconText(tr("Revoke"));
    m_exportAction->setIconText(tr("Export..."));
    addActionsAndSeparators(m_toolBar, {m_addShareAction, m_editLevelAction, m_revokeAction, nullptr, m_exportAction});
    // From the context menu only: a double-click edits the level here.
    QAction *openPerson = makeOpenPersonAction(
        m_ui->sharesTableView,
        [](const QModelIndex &index) {
            return index.data(Models::KindRole).toInt() == int(ShareModel::PrincipalKind::User)
                ? Models::userRefOf(index)
                : Models::UserRef();
        },
        false);
    setContextMenu(m_ui->sharesTableView, QStringLiteral("sharingContextMenu"),
        {openPerson, nullptr, m_addShareAction, nullptr, m_editLevelAction, m_revokeAction, nullptr, m_copyNamesAction,
            m_exportAction});

    connect(m_addShareAction, &QAction::triggered, this, [this] {
        if (m_model->groupId())
            Q_EMIT addShareRequested(m_model->groupId());
    });
    connect(m_editLevelAction, &QAction::triggered, this, &SharingTab::editLevel);
    connect(m_revokeAction, &QAction::triggered, this, &SharingTab::confirmRevoke);
    connect(m_copyNamesAction, &QAction::triggered, this, &SharingTab::copyNames);
    connect(m_exportAction, &QAction::triggered, this, &SharingTab::exportCsv);
    updateActions();
}

qint64 SharingTab::loadedGroupId() const
{
    return m_model->groupId();
}

// A hidden tab waits: nobody looks at the shares of every group clicked through.
void SharingTab::loadGroup(qint64 groupId)
{
    m_ui->shareMessageFrame->hide();
    m_model->setGroup(groupId);
    updateActions();
    updateTotals();
}

void SharingTab::reloadGroup()
{
    m_model->reload();
}

void SharingTab::updateActions()
{
    const bool shown = m_model->groupId() != 0;
    const bool selected = shown && m_ui->sharesTableView->selectionModel()->hasSelection();
    // Sharing, changing a level and revoking need manage; the reason is the actions' tooltip.
    const QString refusal = shown ? Models::GroupPermissions::refusal(
                                session()->workspace()->groupStore(), {m_model->groupId()}, Models::GroupAction::Share)
                                  : QString();
    setActionAllowed(m_addShareAction, shown, refusal);
    setActionAllowed(m_editLevelAction, shown && m_ui->sharesTableView->currentIndex().isValid(), refusal);
    setActionAllowed(m_revokeAction, selected, refusal);
    m_copyNamesAction->setEnabled(selected);
    m_exportAction->setEnabled(shown && m_proxy->rowCount() > 0);
}

void SharingTab::updateTotals()
{
    if (!m_model->groupId())
        m_ui->shareTotalsLabel->clear();
    else if (m_model->rowCount() == 0 && m_model->loadStatus()->isLoading())
        m_ui->shareTotalsLabel->setText(tr("Loading shares..."));
    else
        m_ui->shareTotalsLabel->setText(m_proxy->totalsText());
    updateActions();
}

QList<int> SharingTab::selectedRows() const
{
    QModelIndexList selected = m_ui->sharesTableView->selectionModel()->selectedRows();
    std::sort(
        selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void SharingTab::editLevel()
{
    ShareTableView *view = m_ui->sharesTableView;
    QModelIndex current = view->currentIndex();
    if (!current.isValid()) {
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        if (selected.isEmpty())
            return;
        current = selected.first();
    }
    const QModelIndex level = current.siblingAtColumn(ShareModel::LevelColumn);
    // The row stays selected as it was (a selection of several too).
    view->selectionModel()->setCurrentIndex(level, QItemSelectionModel::NoUpdate);
    view->edit(level);
}

void SharingTab::confirmRevoke()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<Models::SharePrincipal> principals;
    for (int row : rows) {
        const ShareModel::Principal &principal = m_model->principal(row);
        principals.append({principal.kind, principal.id, principal.name});
    }
    const QString text = tr("Revoke the access of %1 to %2?")
                             .arg(Models::ShareDropDescription::whoText(principals), loadedGroupName());
    // Revoking the last manager is said, and only an explicit yes does it (Enter cancels then).
    const QString noManager = SharePlanConfirmation::noManagerText(
        m_model->plan(principals, std::nullopt), Models::SharePlan::Mode::SetExactly);
    auto *box = new QMessageBox(noManager.isEmpty() ? QMessageBox::Question : QMessageBox::Warning, tr("Revoke Access"),
        text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRevokeBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(noManager.isEmpty() ? tr("Edit > Undo gives it back.")
                                                : noManager + u' ' + SharePlanConfirmation::noManagerExplanation()
                + u"\n\n" + tr("Edit > Undo gives it back."));
    QPushButton *revoke = box->addButton(
        noManager.isEmpty() ? tr("Revoke") : tr("Revoke, Leaving No Manager"), QMessageBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("revokeButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(noManager.isEmpty() ? revoke : cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 groupId = m_model->groupId();
    connect(box, &QMessageBox::finished, this, [this, box, revoke, principals, groupId] {
        if (box->clickedButton() != revoke || m_model->groupId() != groupId)
            return;
        // The rows of those asked about, as they are now (the shares may have been reloaded meanwhile).
        QList<int> now;
        for (const Models::SharePrincipal &principal : principals) {
            if (const int row = m_model->rowOf(principal.kind, principal.id); row >= 0)
                now.append(row);
        }
        // The plan as the rows are now, so the run can say which group it left without a manager.
        QList<Models::SharePrincipal> revoked;
        for (int row : now)
            revoked.append({m_model->principal(row).kind, m_model->principal(row).id, m_model->principal(row).name});
        m_model->apply(m_model->plan(revoked, std::nullopt), Models::SharePlan::Mode::SetExactly);
    });
    // Not exec(): nothing nests an event loop.
    box->open();
}

void SharingTab::copyNames()
{
    QStringList names;
    for (int row : selectedRows())
        names.append(m_model->principal(row).name);
    copyLines(names, tr("Copied %n name(s)", nullptr, int(names.size())));
}

void SharingTab::exportCsv()
{
    const qint64 groupId = m_model->groupId();
    if (!groupId)
        return;
    // The rows shown, in their order; the level as held, never a change still on its way.
    QList<ShareModel::Principal> principals;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->mapToSource(m_proxy->index(row, 0));
        ShareModel::Principal principal = m_model->principal(index.row());
        principal.level
            = Api::PermissionLevel(m_proxy->index(row, ShareModel::LevelColumn).data(Models::RawValueRole).toInt());
        principals.append(principal);
    }
    // A share names a user by id and name: their username and e-mail are read first.
    auto *csv = new Models::ShareCsv(session()->workspace(), groupId, loadedGroupName(), principals, this);
    m_exportAction->setEnabled(false);
    Q_EMIT statusMessage(tr("Reading the e-mails of the people %1 is shared with...").arg(loadedGroupName()));
    connect(csv, &Models::ShareCsv::finished, this, [this, csv, groupId] {
        csv->deleteLater();
        m_exportAction->setEnabled(m_model->groupId() != 0);
        const int rows = csv->rowCount();
        // %1 stays for the path, which saveExport puts in.
        const QString saved = csv->unreadable().isEmpty()
            ? tr("Saved %n share(s) to %1", nullptr, rows)
            : tr("Saved %n share(s) to %1; %2 could not be read, so their username and e-mail "
                 "are empty",
                nullptr, rows)
                  .arg(QStringLiteral("%1"), csv->unreadable().join(QStringLiteral("; ")));
        saveExport(tr("Export Shares"), exportFileName(tr("%1 shares.csv"), groupId), csv->csv(), saved);
    });
    csv->start();
}

void SharingTab::askLevel(const Models::ShareDropDescription &what, const QPoint &globalPosition)
{
    if (!what.changesAnything)
        return;
    // A small menu where the drop happened; closing it (Esc, a click elsewhere) shares nothing.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("shareLevelMenu"));
    // Gone once it hides, whether a level was picked or not (a hide is not a close).
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    // The question as a disabled title row: a menu section's text is cut to the items' width.
    QAction *title = menu->addAction(what.question);
    title->setEnabled(false);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    menu->addSeparator();
    const qint64 groupId = m_model->groupId();
    const QList<Models::SharePrincipal> principals = what.principals;
    const struct
    {
        const char *name;
        QString text;
        PermissionLevel level;
    } levels[] = {
        {"shareAsReadAction", tr("&Read"), PermissionLevel::Read},
        {"shareAsWriteAction", tr("&Write"), PermissionLevel::Write},
        {"shareAsManageAction", tr("&Manage"), PermissionLevel::Manage},
    };
    for (const auto &each : levels) {
        QAction *action = menu->addAction(each.text);
        action->setObjectName(QString::fromLatin1(each.name));
        const PermissionLevel level = each.level;
        connect(action, &QAction::triggered, this, [this, groupId, principals, level] {
            if (m_model->groupId() == groupId)
                share(principals, level);
        });
    }
    menu->popup(globalPosition);
}

void SharingTab::share(const QList<Models::SharePrincipal> &principals, PermissionLevel level)
{
    // People and groups of one drop are one operation: one undo step. Whoever holds more is
    // asked about first (kept by default), as is a group left with no manager.
    const qint64 groupId = m_model->groupId();
    SharePlanConfirmation::ask(
        this, m_model->plan(principals, level), [this, groupId, principals, level](Models::SharePlan::Mode mode) {
            if (m_model->groupId() != groupId)
                return;
            // Planned again from the rows as they are now (they may have changed while the box was open).
            if (!m_model->apply(m_model->plan(principals, level), mode))
                Q_EMIT statusMessage(tr("Nothing to change: everyone dropped already holds %1 or more on %2")
                                         .arg(Models::permissionLevelText(level).toLower(), loadedGroupName()));
        });
}

void SharingTab::confirmLevel(const Models::SharePlan &plan)
{
    // A level picked for one row is meant, even a lower one: only the lost manager is asked about.
    const qint64 groupId = m_model->groupId();
    SharePlanConfirmation::ask(
        this, plan,
        [this, groupId, plan](Models::SharePlan::Mode mode) {
            if (m_model->groupId() == groupId)
                m_model->apply(plan, mode);
        },
        {}, false);
}

void SharingTab::changeStarted(Models::ChangeOperation *operation)
{
    if (!operation)
        return;
    m_ui->shareMessageFrame->hide();
    Q_EMIT statusMessage(operation->text());
}

void SharingTab::changeFailed(const QString &message)
{
    m_ui->shareMessageFrame->showMessage(MessageBar::Error, tr("Not changed:\n%1").arg(message));
    Q_EMIT statusMessage(tr("Not changed: %1").arg(QString(message).replace(u'\n', QStringLiteral("; "))));
}

} // namespace Gui
