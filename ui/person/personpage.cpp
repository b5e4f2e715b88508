#include "ui/person/personpage.h"

#include "ui_personpage.h"

#include "models/changeoperation.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/memberofmodel.h"
#include "models/namelist.h"
#include "models/operationlistmodel.h"
#include "models/personaccessloader.h"
#include "models/personprofile.h"
#include "models/roles.h"
#include "models/workspace.h"
#include "ui/groups/grouppickerwidget.h"
#include "ui/person/comparisondialog.h"
#include "ui/person/memberoftableview.h"
#include "ui/person/membershipplandialog.h"
#include "ui/person/personaccesstab.h"
#include "ui/session.h"
#include "ui/users/userpickerdialog.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/loadstatusbar.h"
#include "ui/widgets/longtext.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Gui {

using Models::MemberOfModel;

namespace {

const QString kMemberOfColumnsKey = QStringLiteral("personPage/memberOfColumns");

} // namespace

PersonPage::PersonPage(Session *session, const Models::UserRef &person, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PersonPage>())
    , m_session(session)
    , m_person(person)
    , m_loader(new Models::PersonLoader(session->workspace(), person.id, this))
    // A ref without a name (an id alone) waits for the person's record: the steps and the CSV
    // name the person, and setting them later would reload the list.
    , m_memberOf(new MemberOfModel(session->workspace(), person.name.isEmpty() ? Models::UserRef() : person, this))
    , m_proxy(new Models::MemberOfFilterProxyModel(this))
    , m_personStatusBar(new LoadStatusBar(this))
    , m_memberOfStatusBar(new LoadStatusBar(this))
    , m_toolBar(makeTabToolBar(this, QStringLiteral("memberOfToolBar")))
    , m_accessTab(new PersonAccessTab(session->workspace(), this))
{
    m_ui->setupUi(this);
    m_accessTab->setObjectName(QStringLiteral("accessTab"));
    m_ui->personTabWidget->addTab(m_accessTab, tr("&Access"));
    m_accessTab->setPerson(person);
    connect(m_accessTab, &PersonAccessTab::statusMessage, this, &PersonPage::statusMessage);
    // What the look-up found held in the person's own name is what offboarding may revoke.
    connect(m_accessTab, &PersonAccessTab::directSharesFound, this, [this](const QList<Models::DirectShare> &found) {
        QList<Models::MembershipPlan::DirectShare> shares;
        shares.reserve(found.size());
        for (const Models::DirectShare &share : found)
            shares.append({share.groupId, share.groupName, share.level});
        setDirectShares(shares);
    });
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    // Reading the person (and its error, with Retry) under the header; the person's groups'
    // loading between the filter and the table, as every tab shows it.
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->stateFrame) + 1, m_personStatusBar);
    m_personStatusBar->setStatus(m_loader->loadStatus());
    m_ui->memberOfLayout->insertWidget(0, m_toolBar);
    m_ui->memberOfLayout->insertWidget(m_ui->memberOfLayout->indexOf(m_ui->memberOfTableView), m_memberOfStatusBar);
    m_memberOfStatusBar->setStatus(m_memberOf->loadStatus());
    m_ui->stateFrame->textLabel()->setObjectName(QStringLiteral("stateLabel"));
    m_ui->stateFrame->hide();
    m_ui->memberOfMessageFrame->setCloseButtonVisible(true);
    m_ui->memberOfMessageFrame->hide();
    m_proxy->setSourceModel(m_memberOf);
    m_title = person.name.isEmpty() ? tr("User %1").arg(person.id) : person.name;

    connect(m_ui->memberOfFilterLineEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_proxy->setFilterText(text.trimmed()); });
    setUpFilterLineEdit(m_ui->memberOfFilterLineEdit);

    connect(m_loader, &Models::PersonLoader::changed, this, &PersonPage::updateHeader);
    connect(m_memberOf, &MemberOfModel::changeStarted, this, &PersonPage::changeStarted);
    connect(m_memberOf, &MemberOfModel::loaded, this, &PersonPage::updateCount);
    connect(m_proxy, &Models::MemberOfFilterProxyModel::countChanged, this, &PersonPage::updateCount);
    for (QAbstractItemModel *model :
        {static_cast<QAbstractItemModel *>(m_memberOf), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &PersonPage::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PersonPage::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &PersonPage::updateCount);
        connect(model, &QAbstractItemModel::dataChanged, this, &PersonPage::updateActions);
    }
    connect(m_memberOf->loadStatus(), &Models::LoadStatus::loadingChanged, this, &PersonPage::updateCount);

    setUpView();
    setUpActions();
    updateHeader();
    updateCount();
}

PersonPage::~PersonPage()
{
    QSettings().setValue(kMemberOfColumnsKey, m_ui->memberOfTableView->header()->saveState());
    // The models go with the page's children, cancelling their loads: what they say then is
    // for nobody (the labels may be gone already).
    for (QObject *sender : std::initializer_list<QObject *>{
             m_loader, m_loader->loadStatus(), m_memberOf, m_memberOf->loadStatus(), m_proxy})
        disconnect(sender, nullptr, this, nullptr);
}

qint64 PersonPage::personId() const
{
    return m_person.id;
}

Models::UserRef PersonPage::person() const
{
    return m_loader->state() == Models::PersonLoader::State::Loaded ? m_loader->profile().ref() : m_person;
}

QString PersonPage::title() const
{
    return m_title;
}

MemberOfTableView *PersonPage::memberOfView() const
{
    return m_ui->memberOfTableView;
}

void PersonPage::setDirectShares(const QList<Models::MembershipPlan::DirectShare> &shares)
{
    m_directShares = shares;
}

void PersonPage::setUpView()
{
    MemberOfTableView *view = m_ui->memberOfTableView;
    view->setModel(m_proxy);
    view->setMemberOf(m_memberOf, m_session->workspace()->groupStore());
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The group's name is what the person reads: it keeps its width in a page narrowed by the
    // docks (the organization, the same for most groups, gives way first and scrolls).
    header->setSectionResizeMode(MemberOfModel::OrganizationColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    header->resizeSection(MemberOfModel::NameColumn, 200);
    header->resizeSection(MemberOfModel::SlugColumn, 120);
    header->resizeSection(MemberOfModel::MembersColumn, 70);
    // As wide as its title: it says one word.
    header->resizeSection(
        MemberOfModel::MayChangeColumn, std::max(90, header->sectionSizeHint(MemberOfModel::MayChangeColumn)));
    view->sortByColumn(MemberOfModel::NameColumn, Qt::AscendingOrder);
    // The columns as the person last left them on any person's page (widths, order, sort); a
    // state saved for other columns is refused by the header, and the defaults above stay.
    header->restoreState(QSettings().value(kMemberOfColumnsKey).toByteArray());
    connect(view, &MemberOfTableView::dropDescribed, this, &PersonPage::statusMessage);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PersonPage::updateActions);
    // Double-click and Enter both come as activated().
    connect(view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT groupActivated(index.data(Models::IdRole).toLongLong());
    });
    connect(
        m_session->workspace()->groupStore(), &Models::GroupStore::myLevelsChanged, this, &PersonPage::updateActions);
}

void PersonPage::setUpActions()
{
    // Shortcuts only while the focus is in this page: the group tabs have their own.
    m_openGroupAction = makePanelAction(this, QStringLiteral("openGroupAction"), tr("&Show Group"),
        tr("Show the selected group in the group list"), "go-jump", QStyle::SP_ArrowForward);
    m_addToGroupsAction = makePanelAction(this, QStringLiteral("addToGroupsAction"), tr("&Add to Groups..."),
        tr("Make this person a member of groups searched on the server"), "list-add", QStyle::SP_FileDialogNewFolder,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_removeAction = makePanelAction(this, QStringLiteral("removeFromGroupsAction"), tr("&Remove from Selected Groups"),
        tr("Take this person out of the selected groups"), "list-remove", QStyle::SP_TrashIcon,
        QKeySequence(QKeySequence::Delete));
    m_copyFromAction = makePanelAction(this, QStringLiteral("copyMembershipsAction"), tr("Copy Memberships &From..."),
        tr("Make this person a member of every group another person is in, with the plan shown first"), "edit-copy",
        QStyle::SP_FileDialogContentsView);
    m_offboardAction
        = makePanelAction(this, QStringLiteral("removeFromAllGroupsAction"), tr("Remove from A&ll Groups..."),
            tr("Take this person out of every group (offboarding), with the plan shown first"), "edit-delete",
            QStyle::SP_DialogDiscardButton);
    m_compareAction = makePanelAction(this, QStringLiteral("compareAction"), tr("Com&pare With..."),
        tr("Compare this person's groups with another person's"), "view-split-left-right",
        QStyle::SP_FileDialogDetailedView);
    m_copyNamesAction = makePanelAction(this, QStringLiteral("copyNamesAction"), tr("&Copy Names"),
        tr("Copy the names of the selected groups, one a line"), "edit-copy", QStyle::SP_FileIcon,
        QKeySequence(QKeySequence::Copy));
    m_exportAction = makePanelAction(this, QStringLiteral("exportMemberOfAction"), tr("&Export CSV..."),
        tr("Save the groups shown (as filtered and sorted here) as a CSV file"), "document-save-as",
        QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    // Short names on the tool bar, so that a narrow page shows them all.
    m_addToGroupsAction->setIconText(tr("Add..."));
    m_removeAction->setIconText(tr("Remove"));
    m_copyFromAction->setIconText(tr("Copy From..."));
    m_offboardAction->setIconText(tr("Remove from All..."));
    m_compareAction->setIconText(tr("Compare..."));
    m_exportAction->setIconText(tr("Export..."));
    addActionsAndSeparators(m_toolBar,
        {m_addToGroupsAction, m_removeAction, nullptr, m_copyFromAction, m_offboardAction, m_compareAction, nullptr,
            m_exportAction});
    setContextMenu(m_ui->memberOfTableView, QStringLiteral("memberOfContextMenu"),
        {m_openGroupAction, nullptr, m_addToGroupsAction, m_removeAction, nullptr, m_copyNamesAction, m_exportAction});

    connect(m_openGroupAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->memberOfTableView->currentIndex();
        if (current.isValid())
            Q_EMIT groupActivated(current.data(Models::IdRole).toLongLong());
    });
    connect(m_addToGroupsAction, &QAction::triggered, this, &PersonPage::addToGroups);
    connect(m_removeAction, &QAction::triggered, this, &PersonPage::confirmRemove);
    connect(m_copyFromAction, &QAction::triggered, this, [this] {
        pickPerson(tr("Copy Memberships From"), [this](const Models::UserRef &source) { copyMembershipsFrom(source); });
    });
    connect(m_offboardAction, &QAction::triggered, this, &PersonPage::offboard);
    connect(m_compareAction, &QAction::triggered, this,
        [this] { pickPerson(tr("Compare With"), [this](const Models::UserRef &other) { compareWith(other); }); });
    connect(m_copyNamesAction, &QAction::triggered, this, &PersonPage::copyNames);
    connect(m_exportAction, &QAction::triggered, this, &PersonPage::exportCsv);
    updateActions();
}

void PersonPage::updateHeader()
{
    using State = Models::PersonLoader::State;
    const Models::PersonProfile &profile = m_loader->profile();
    const bool loaded = m_loader->state() == State::Loaded;
    if (loaded) {
        m_person = profile.ref();
        if (!m_memberOf->personId())
            m_memberOf->setPerson(m_person);
        m_accessTab->setPerson(m_person);
    }
    const QString title = loaded      ? profile.title()
        : m_person.username.isEmpty() ? m_title
                                      : tr("%1 (%2)").arg(m_person.name, m_person.username);
    m_ui->titleLabel->setText(title);
    m_ui->idValueLabel->setText(QString::number(m_person.id));
    m_ui->emailValueLabel->setText(loaded ? profile.email : m_person.email);
    m_ui->statusValueLabel->setText(loaded ? profile.statusText() : QString());
    m_ui->primaryGroupValueLabel->setText(loaded
            ? (profile.primaryGroupId ? tr("%1 (id %2)").arg(profile.primaryGroupName).arg(*profile.primaryGroupId)
                                      : tr("None"))
            : QString());
    setLabelLevel(m_ui->statusValueLabel, loaded && !profile.active ? MessageBar::Warning : MessageBar::Information);

    // Not an empty table: a person nobody here may see, or an account that is off, said in words.
    const QString state = m_loader->state() == State::Failed ? QString() : m_loader->stateText();
    if (state.isEmpty()) {
        m_ui->stateFrame->hide();
    } else {
        m_ui->stateFrame->showMessage(
            m_loader->state() == State::NotFound ? MessageBar::Error : MessageBar::Warning, state);
    }
    if (m_loader->state() == State::NotFound)
        m_ui->personTabWidget->setEnabled(false);
    else
        m_ui->personTabWidget->setEnabled(true);

    if (loaded && title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(m_title);
    }
    updateActions();
}

void PersonPage::updateActions()
{
    const bool known = m_loader->state() == Models::PersonLoader::State::Loaded;
    const QList<int> rows = selectedRows();
    QList<qint64> ids;
    for (int row : rows)
        ids.append(m_memberOf->group(row).id);
    // Removing needs write on every selected group: the reason is the action's tooltip.
    const QString refusal = ids.isEmpty() ? QString()
                                          : Models::GroupPermissions::refusal(m_session->workspace()->groupStore(), ids,
                                              Models::GroupAction::ChangeMembers);
    setActionAllowed(m_removeAction, known && !rows.isEmpty(), refusal);
    m_addToGroupsAction->setEnabled(known);
    m_copyFromAction->setEnabled(known);
    m_offboardAction->setEnabled(known && (m_memberOf->rowCount() > 0 || !m_loader->profile().groups.isEmpty()));
    m_compareAction->setEnabled(known);
    m_openGroupAction->setEnabled(m_ui->memberOfTableView->currentIndex().isValid());
    m_copyNamesAction->setEnabled(!rows.isEmpty());
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
}

void PersonPage::updateCount()
{
    const QLocale locale;
    const int total = m_memberOf->rowCount();
    if (total == 0 && m_memberOf->loadStatus()->isLoading()) {
        m_ui->memberOfCountLabel->setText(tr("Loading groups..."));
    } else if (m_proxy->isFiltering()) {
        m_ui->memberOfCountLabel->setText(
            tr("%1 of %2 shown").arg(locale.toString(m_proxy->rowCount()), locale.toString(total)));
    } else {
        // Not %n: the words show whole before the English catalog has their plural.
        m_ui->memberOfCountLabel->setText(
            total == 1 ? tr("Member of 1 group") : tr("Member of %1 groups").arg(locale.toString(total)));
    }
    updateActions();
}

QList<int> PersonPage::selectedRows() const
{
    QModelIndexList selected = m_ui->memberOfTableView->selectionModel()->selectedRows();
    std::sort(
        selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void PersonPage::confirmRemove()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_removeAction->isEnabled())
        return;
    // Named, not only counted: a person sees which groups a slip of the selection would take.
    QList<Api::NamedRef> groups;
    QStringList names;
    for (int row : rows) {
        groups.append({m_memberOf->group(row).id, m_memberOf->group(row).name});
        names.append(m_memberOf->group(row).name);
    }
    const QString text = tr("Remove %1 from %2?").arg(m_person.name, Models::NameList::text(names));
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Remove from Selected Groups"), text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    box->setInformativeText(tr("Edit > Undo adds them back."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(remove);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, groups] {
        if (box->clickedButton() != remove)
            return;
        // The rows of the groups asked about, as they are now.
        QList<int> now;
        for (const Api::NamedRef &group : groups) {
            if (const int row = m_memberOf->rowOf(group.id); row >= 0)
                now.append(row);
        }
        m_memberOf->removeFromGroups(now);
    });
    box->open();
}

void PersonPage::addToGroups()
{
    if (!m_addToGroupsAction->isEnabled())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addToGroupsDialog"));
    dialog->setWindowTitle(tr("Add to Groups"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(tr("Make %1 a member of these groups:").arg(elidedName(m_person.name, dialog)), dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *picker = new GroupPickerWidget(dialog);
    picker->setObjectName(QStringLiteral("groupPickerWidget"));
    picker->setWorkspace(m_session->workspace());
    label->setBuddy(picker);
    layout->addWidget(picker, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("Add"));
    add->setObjectName(QStringLiteral("addButton"));
    add->setEnabled(false);
    layout->addWidget(buttons);
    connect(picker, &GroupPickerWidget::pickedChanged, dialog,
        [add, picker] { add->setEnabled(!picker->picked().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, picker] {
        const QList<Api::NamedRef> groups = picker->picked();
        if (!m_memberOf->addToGroups(groups))
            Q_EMIT statusMessage(tr("%1 is already a member of every group picked").arg(m_person.name));
    });
    dialog->resize(720, 480);
    keepWithinScreenWhenShown(dialog);
    dialog->open();
}

void PersonPage::pickPerson(const QString &title, const std::function<void(const Models::UserRef &)> &picked)
{
    auto *dialog = new UserPickerDialog(m_session->workspace(), this);
    dialog->setObjectName(QStringLiteral("personPickerDialog"));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, picked] {
        // One person: the first picked (the picker picks several for other places).
        const QList<Models::UserRef> people = dialog->picked();
        if (people.isEmpty())
            return;
        if (people.first().id == m_person.id) {
            Q_EMIT statusMessage(tr("Pick another person than %1").arg(m_person.name));
            return;
        }
        picked(people.first());
    });
    dialog->open();
}

MembershipPlanDialog *PersonPage::copyMembershipsFrom(const Models::UserRef &source)
{
    auto *dialog = MembershipPlanDialog::copy(m_session->workspace(), source, person(), this);
    connect(dialog, &MembershipPlanDialog::applied, this, &PersonPage::changeStarted);
    dialog->open();
    return dialog;
}

MembershipPlanDialog *PersonPage::offboard()
{
    // The person's record names every group, also those the signed-in user cannot see: once
    // both are whole, those Member Of does not list are said apart and not sent. Before, what
    // is known: the record's groups, or the list shown.
    QList<Api::NamedRef> groups = m_memberOf->groups();
    QList<Api::NamedRef> unseen;
    if (m_loader->state() == Models::PersonLoader::State::Loaded) {
        if (m_memberOf->isComplete()) {
            unseen = m_memberOf->unlistedGroups(m_loader->profile().groups);
        } else {
            groups.clear();
            for (const Api::UserGroup &group : m_loader->profile().groups)
                groups.append({group.id, group.name});
        }
    }
    auto *dialog
        = MembershipPlanDialog::offboarding(m_session->workspace(), person(), groups, m_directShares, this, unseen);
    connect(dialog, &MembershipPlanDialog::applied, this, &PersonPage::changeStarted);
    dialog->open();
    return dialog;
}

ComparisonDialog *PersonPage::compareWith(const Models::UserRef &other)
{
    auto *dialog = new ComparisonDialog(m_session->workspace(), person(), other, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &ComparisonDialog::copyRequested, this, [this](const Models::UserRef &from, const Models::UserRef &to) {
            auto *plan = MembershipPlanDialog::copy(m_session->workspace(), from, to, this);
            connect(plan, &MembershipPlanDialog::applied, this, &PersonPage::changeStarted);
            plan->open();
        });
    connect(dialog, &ComparisonDialog::statusMessage, this, &PersonPage::statusMessage);
    // Not modal: a person compares while looking at the page.
    dialog->show();
    return dialog;
}

void PersonPage::copyNames()
{
    QStringList names;
    for (int row : selectedRows())
        names.append(m_memberOf->group(row).name);
    if (names.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(names.join(u'\n') + u'\n');
    Q_EMIT statusMessage(names.size() == 1 ? tr("Copied the name of %1").arg(names.first())
                                           : tr("Copied %1 group names").arg(QLocale().toString(names.size())));
}

void PersonPage::exportCsv()
{
    const int rows = m_proxy->rowCount();
    const QString base = fileNamePart(m_person.username.isEmpty() ? m_person.name : m_person.username);
    const QString path = saveCsv(this, tr("Export Member Of"), tr("%1 groups.csv").arg(base), m_memberOf->csv(m_proxy));
    if (!path.isEmpty())
        Q_EMIT statusMessage(rows == 1
                ? tr("Saved 1 group to %1").arg(QDir::toNativeSeparators(path))
                : tr("Saved %1 groups to %2").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
}

void PersonPage::changeStarted(Models::ChangeOperation *operation)
{
    if (!operation)
        return;
    Q_EMIT statusMessage(operation->text());
    // What the server refused is said here too, beside the table the person acted on.
    connect(
        operation, &Models::ChangeOperation::finished, this,
        [this, operation] {
            if (operation->count(Api::BulkOutcome::Failed) == 0)
                return;
            m_ui->memberOfMessageFrame->showMessage(MessageBar::Error,
                tr("%1: %2.\n%3")
                    .arg(operation->text(), Models::OperationListModel::outcomeSummary(*operation),
                        Models::OperationListModel::failureReasons(*operation)));
        },
        Qt::SingleShotConnection);
}

} // namespace Gui
