#include "ui/members/memberstab.h"

#include "ui_memberstab.h"

#include "models/changeoperation.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/membertablemodel.h"
#include "models/namelist.h"
#include "models/operationlistmodel.h"
#include "models/userdropdescription.h"
#include "models/userresolver.h"
#include "models/userrows.h"
#include "models/workspace.h"
#include "ui/groups/grouppickerdialog.h"
#include "ui/members/membertableview.h"
#include "ui/session.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QMimeData>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QToolButton>

namespace Gui {

using Models::MemberTableModel;

namespace {

/// How many of the names a paste did not find are listed; the rest are counted.
constexpr int kNamesListed = 30;

} // namespace

MembersTab::MembersTab(Session *session, QWidget *parent)
    : GroupTab(session, QStringLiteral("workspace/memberColumns"), parent)
    , m_ui(std::make_unique<Ui::MembersTab>())
    , m_model(new MemberTableModel(session->workspace(), 0, this))
    , m_proxy(new Models::MemberFilterProxyModel(this))
    , m_loadStatusBar(new LoadStatusBar(this))
    , m_toolBar(makeTabToolBar(this, QStringLiteral("membersToolBar")))
{
    m_ui->setupUi(this);
    m_ui->tabLayout->insertWidget(0, m_toolBar);
    // Between the filters and the table: loading the members and the last error, with Retry.
    m_ui->tabLayout->insertWidget(m_ui->tabLayout->indexOf(m_ui->memberTableView), m_loadStatusBar);
    m_loadStatusBar->setStatus(m_model->loadStatus());
    m_proxy->setSourceModel(m_model);

    // The filter acts on the rows already here, so as the person types.
    connect(m_ui->memberFilterLineEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_proxy->setFilterText(text.trimmed()); });
    setUpFilterLineEdit(m_ui->memberFilterLineEdit);
    m_ui->memberStatusComboBox->addItem(tr("All"), false);
    m_ui->memberStatusComboBox->addItem(tr("Active only"), true);
    connect(m_ui->memberStatusComboBox, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setActiveOnly(m_ui->memberStatusComboBox->currentData().toBool()); });

    m_ui->notFoundFrame->textLabel()->setObjectName(QStringLiteral("notFoundLabel"));
    setUpClosableMessage(m_ui->notFoundFrame, m_ui->memberTableView, QStringLiteral("dismissNotFoundButton"),
        tr("Dismiss the names not added"));

    connect(m_model, &MemberTableModel::changeStarted, this, &MembersTab::changeStarted);
    connect(m_model, &MemberTableModel::pasteResolved, this, &MembersTab::showResolution);
    watchCounts({m_model, m_proxy}, m_model->loadStatus(), [this] { updateCount(); });

    setUpView();
    setUpActions();
    updateCount();
}

MembersTab::~MembersTab() = default;

MemberTableView *MembersTab::view() const
{
    return m_ui->memberTableView;
}

void MembersTab::setUpView()
{
    MemberTableView *view = m_ui->memberTableView;
    view->setModel(m_proxy);
    view->setMembers(m_model, session()->workspace()->groupStore());
    QHeaderView *header = view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(48);
    header->resizeSection(MemberTableModel::NameColumn, 150);
    header->resizeSection(MemberTableModel::UsernameColumn, 130);
    header->resizeSection(MemberTableModel::EmailColumn, 240);
    header->resizeSection(MemberTableModel::ActiveColumn, 64);
    header->resizeSection(MemberTableModel::OnlineColumn, 60);
    view->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    connect(view, &MemberTableView::dropDescribed, this, &MembersTab::statusMessage);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersTab::updateActions);
    connect(
        session()->workspace()->groupStore(), &Models::GroupStore::myLevelsChanged, this, &MembersTab::updateActions);
}

void MembersTab::setUpActions()
{
    // Only while the focus is in this tab: the users panel has its own copy and paste.
    m_addMembersAction = makePanelAction(this, QStringLiteral("addMembersAction"), tr("&Add Members..."),
        tr("Add people to this group: search the directory, paste a list or import a CSV file"), "contact-new",
        QStyle::SP_FileDialogNewFolder, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_removeMembersAction = makePanelAction(this, QStringLiteral("removeMembersAction"), tr("&Remove from Group"),
        tr("Remove the selected members from this group"), "list-remove", QStyle::SP_TrashIcon,
        QKeySequence(QKeySequence::Delete));
    m_moveMembersAction = makePanelAction(this, QStringLiteral("moveMembersAction"), tr("&Move to Group..."),
        tr("Move the selected members to another group (added there, then removed here)"), "go-jump",
        QStyle::SP_ArrowForward, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_copyMembersAction = makePanelAction(this, QStringLiteral("copyMembersAction"), tr("C&opy to Group..."),
        tr("Add the selected members to another group too"), "list-add", QStyle::SP_FileDialogNewFolder,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_copyAction = makePanelAction(this, QStringLiteral("copyAction"), tr("&Copy"),
        tr("Copy the selected members as \"Name <e-mail>\" lines"), "edit-copy", QStyle::SP_FileIcon,
        QKeySequence(QKeySequence::Copy));
    m_pasteAction = makePanelAction(this, QStringLiteral("pasteAction"), tr("&Paste"),
        tr("Add the people on the clipboard: copied members, or ids, usernames or e-mails"), "edit-paste",
        QStyle::SP_DialogApplyButton, QKeySequence(QKeySequence::Paste));
    m_exportMembersAction = makePanelAction(this, QStringLiteral("exportMembersAction"), tr("&Export CSV..."),
        tr("Save the members shown (as filtered and sorted here) as a CSV file"), "document-save-as",
        QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    // Short names on the toolbar, so that the tab's narrow pane shows them all.
    m_addMembersAction->setIconText(tr("Add..."));
    m_removeMembersAction->setIconText(tr("Remove"));
    m_moveMembersAction->setIconText(tr("Move to..."));
    m_copyMembersAction->setIconText(tr("Copy to..."));
    m_exportMembersAction->setIconText(tr("Export..."));
    addActionsAndSeparators(m_toolBar,
        {m_addMembersAction, m_removeMembersAction, m_moveMembersAction, m_copyMembersAction, nullptr,
            m_exportMembersAction});
    // Copy and paste are on the keyboard and in the context menu, as everywhere; on the toolbar
    // they would only crowd out the names of the bulk actions.
    QAction *openPerson = makeOpenPersonAction(
        m_ui->memberTableView, [](const QModelIndex &index) { return Models::userRefOf(index); }, true);
    setContextMenu(m_ui->memberTableView, QStringLiteral("membersContextMenu"),
        {openPerson, nullptr, m_addMembersAction, nullptr, m_removeMembersAction, m_moveMembersAction,
            m_copyMembersAction, nullptr, m_copyAction, m_pasteAction, nullptr, m_exportMembersAction});

    connect(m_addMembersAction, &QAction::triggered, this, [this] {
        if (m_model->groupId())
            Q_EMIT addMembersRequested(m_model->groupId());
    });
    connect(m_removeMembersAction, &QAction::triggered, this, &MembersTab::confirmRemove);
    connect(m_moveMembersAction, &QAction::triggered, this, [this] { moveOrCopySelected(true); });
    connect(m_copyMembersAction, &QAction::triggered, this, [this] { moveOrCopySelected(false); });
    connect(m_copyAction, &QAction::triggered, this, &MembersTab::copyToClipboard);
    connect(m_pasteAction, &QAction::triggered, this, &MembersTab::pasteFromClipboard);
    connect(m_exportMembersAction, &QAction::triggered, this, &MembersTab::exportCsv);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &MembersTab::updateActions);
    updateActions();
}

qint64 MembersTab::loadedGroupId() const
{
    return m_model->groupId();
}

// A hidden tab waits: the Details tab fetches the group already, and the members come with it.
void MembersTab::loadGroup(qint64 groupId)
{
    m_ui->notFoundFrame->hide();
    m_model->setGroup(groupId);
    updateActions();
    updateCount();
}

void MembersTab::reloadGroup()
{
    m_model->reload();
}

QByteArray MembersTab::saveHeaderState() const
{
    return m_ui->memberTableView->header()->saveState();
}

void MembersTab::restoreHeaderState(const QByteArray &state)
{
    // Through the view: widths a person left stop its columns fitting its width.
    m_ui->memberTableView->restoreHeaderState(state);
}

void MembersTab::updateActions()
{
    const bool shown = m_model->groupId() != 0;
    const bool selected = shown && m_ui->memberTableView->selectionModel()->hasSelection();
    // Adding, removing and moving out need write on the group; the reason is the actions' tooltip.
    const QString refusal = shown ? Models::GroupPermissions::refusal(session()->workspace()->groupStore(),
                                {m_model->groupId()}, Models::GroupAction::ChangeMembers)
                                  : QString();
    setActionAllowed(m_addMembersAction, shown, refusal);
    setActionAllowed(m_removeMembersAction, selected, refusal);
    setActionAllowed(m_moveMembersAction, selected, refusal);
    m_copyMembersAction->setEnabled(selected);
    m_copyAction->setEnabled(selected);
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    setActionAllowed(m_pasteAction,
        shown && clipboard && (clipboard->hasFormat(Models::UserDrag::mimeType()) || clipboard->hasText()), refusal);
    m_exportMembersAction->setEnabled(shown && m_proxy->rowCount() > 0);
}

void MembersTab::updateCount()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    if (!m_model->groupId()) {
        m_ui->memberCountLabel->clear();
    } else if (total == 0 && m_model->loadStatus()->isLoading()) {
        m_ui->memberCountLabel->setText(tr("Loading members..."));
    } else if (!m_proxy->filterText().isEmpty() || m_proxy->activeOnly()) {
        m_ui->memberCountLabel->setText(tr("%1 of %2 members shown")
                                            .arg(locale.toString(m_proxy->rowCount()), locale.toString(total)));
    } else {
        int active = 0;
        for (int row = 0; row < total; ++row)
            active += m_model->member(row).active ? 1 : 0;
        m_ui->memberCountLabel->setText(total == 1
                ? tr("1 member, %1 active").arg(locale.toString(active))
                : tr("%1 members, %2 active").arg(locale.toString(total), locale.toString(active)));
    }
    m_exportMembersAction->setEnabled(m_model->groupId() != 0 && m_proxy->rowCount() > 0);
}

QList<int> MembersTab::selectedRows() const
{
    QModelIndexList selected = m_ui->memberTableView->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

QList<Models::UserRef> MembersTab::selectedUsers() const
{
    QList<Models::UserRef> users;
    for (int row : selectedRows())
        users.append(m_model->userRef(row));
    return users;
}

QString MembersTab::peopleText(const QList<Models::UserRef> &users) const
{
    return users.size() == 1 ? users.first().name : tr("%1 people").arg(QLocale().toString(users.size()));
}

void MembersTab::confirmRemove()
{
    const QList<Models::UserRef> users = selectedUsers();
    if (users.isEmpty())
        return;
    // Named, not only counted: a person sees whom a slip of the selection would take out.
    QStringList names;
    for (const Models::UserRef &user : users)
        names.append(user.name);
    const QString text = tr("Remove %1 from %2?").arg(Models::NameList::text(names), loadedGroupName());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove from Group"), text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    box->setInformativeText(tr("Edit > Undo adds them back."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(remove);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 groupId = m_model->groupId();
    connect(box, &QMessageBox::finished, this, [this, box, remove, users, groupId] {
        if (box->clickedButton() != remove || m_model->groupId() != groupId)
            return;
        // The rows of those asked about, as they are now (members may have come and gone meanwhile).
        QList<int> rows;
        for (const Models::UserRef &user : users) {
            if (const int row = m_model->rowOf(user.id); row >= 0)
                rows.append(row);
        }
        m_model->removeMembers(rows);
    });
    // Not exec(): the window stays alive and nothing nests an event loop.
    box->open();
}

void MembersTab::moveOrCopySelected(bool move)
{
    const QList<Models::UserRef> users = selectedUsers();
    const qint64 from = m_model->groupId();
    if (users.isEmpty() || !from)
        return;
    Models::Workspace *workspace = session()->workspace();
    const qint64 target = move ? GroupPickerDialog::pick(workspace, tr("Move to Group"),
                              tr("Move %1 from %2 to:").arg(peopleText(users), loadedGroupName()), tr("Move"), this,
                              from, Api::PermissionLevel::Write)
                               : GroupPickerDialog::pick(workspace, tr("Copy to Group"),
                                   tr("Add %1 from %2 to:").arg(peopleText(users), loadedGroupName()), tr("Copy"), this,
                                   from, Api::PermissionLevel::Write);
    if (!target)
        return;
    changeStarted(workspace->addMembers(target, users, move ? std::optional<qint64>(from) : std::nullopt));
}

void MembersTab::copyToClipboard()
{
    QModelIndexList indexes;
    for (int row : selectedRows())
        indexes.append(m_model->index(row, 0));
    if (indexes.isEmpty())
        return;
    // The app's MIME type (a paste into another group's table adds exactly them) and the
    // "Name <email>" lines a mail or a spreadsheet takes.
    QGuiApplication::clipboard()->setMimeData(m_model->mimeData(indexes));
    Q_EMIT statusMessage(tr("Copied %n member(s)", nullptr, int(indexes.size())));
}

void MembersTab::pasteFromClipboard()
{
    const qint64 groupId = m_model->groupId();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!groupId || !data)
        return;
    if (std::optional<Models::UserDrag> users = Models::UserDrag::fromMimeData(data)) {
        users->sourceGroupId.reset(); // a paste adds; it never takes anyone out of a group
        const Models::UserDropDescription what
            = Models::UserDropDescription::of(*users, groupId, Qt::CopyAction, session()->workspace()->groupStore());
        if (what.usersToAdd.isEmpty()) {
            Q_EMIT statusMessage(tr("Everyone on the clipboard is already a member of %1").arg(loadedGroupName()));
            return;
        }
        changeStarted(session()->workspace()->addMembers(groupId, what.usersToAdd));
        return;
    }
    const QString text = data->text();
    const qsizetype names = Models::UserResolver::tokens(text).size();
    if (names == 0) {
        Q_EMIT statusMessage(tr("The clipboard names nobody to add"));
        return;
    }
    Q_EMIT statusMessage(tr("Looking up %n name(s) from the clipboard...", nullptr, int(names)));
    m_model->pasteText(text);
}

void MembersTab::exportCsv()
{
    if (!m_model->groupId())
        return;
    // The rows shown, as filtered and sorted here, with the ids (the model writes it).
    saveExport(tr("Export Members"), exportFileName(tr("%1 members.csv"), m_model->groupId()), m_model->csv(m_proxy),
        tr("Saved %n member(s) to %1", nullptr, m_proxy->rowCount()));
}

void MembersTab::changeStarted(Models::ChangeOperation *operation)
{
    if (!operation)
        return;
    Q_EMIT statusMessage(operation->text());
    // What the server refused is said here too, beside the table the person acted on, in the
    // server's words (the group named), while this tab still shows the group it was asked of.
    const qint64 groupId = m_model->groupId();
    connect(
        operation, &Models::ChangeOperation::finished, this,
        [this, operation, groupId] {
            if (m_model->groupId() != groupId || operation->count(Api::BulkOutcome::Failed) == 0)
                return;
            m_ui->notFoundFrame->showMessage(MessageBar::Error,
                tr("%1: %2.\n%3")
                    .arg(operation->text(), Models::OperationListModel::outcomeSummary(*operation),
                        Models::OperationListModel::failureReasons(*operation)));
        },
        Qt::SingleShotConnection);
}

void MembersTab::showResolution(const Models::UserResolution &resolution)
{
    QStringList lines;
    if (!resolution.notFound.isEmpty())
        lines.append(tr("Not found (%n): %1", nullptr, int(resolution.notFound.size()))
                         .arg(Models::NameList::text(resolution.notFound, kNamesListed)));
    if (!resolution.ambiguous.isEmpty())
        lines.append(tr("More than one person matches (%n): %1", nullptr, int(resolution.ambiguous.size()))
                         .arg(Models::NameList::text(resolution.ambiguous, kNamesListed)));
    if (!resolution.error.isNull())
        lines.append(tr("The directory could not be read: %1").arg(resolution.error.message()));
    const int found = int(resolution.found.size());
    if (lines.isEmpty()) {
        m_ui->notFoundFrame->hide();
        return;
    }
    lines.prepend(found > 0 ? tr("Adding the %n person(s) found; these were not added:", nullptr, found)
                            : tr("Nobody was added:"));
    m_ui->notFoundFrame->showMessage(found > 0 ? MessageBar::Warning : MessageBar::Error, lines.join(u'\n'));
    Q_EMIT statusMessage(tr("%n name(s) not added", nullptr,
        int(resolution.notFound.size() + resolution.ambiguous.size())));
}

} // namespace Gui
