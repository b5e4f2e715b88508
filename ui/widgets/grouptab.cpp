#include "ui/widgets/grouptab.h"

#include "models/groupstore.h"
#include "models/loadstatus.h"
#include "models/workspace.h"
#include "ui/session.h"
#include "ui/widgets/csvexport.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QDir>
#include <QtCore/QItemSelectionModel>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QToolButton>

namespace Gui {

GroupTab::GroupTab(Session *session, const QString &settingsKey, QWidget *parent, Loading loading)
    : QWidget(parent)
    , m_session(session)
    , m_settingsKey(settingsKey)
    , m_loading(loading)
{
}

void GroupTab::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    if (isVisible() || m_loading == Loading::AlsoHidden)
        applyGroup();
}

void GroupTab::reload()
{
    m_reloadWaits = true;
    if (isVisible() || m_loading == Loading::AlsoHidden)
        applyGroup();
}

void GroupTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyGroup();
}

void GroupTab::applyGroup()
{
    if (loadedGroupId() != m_groupId) {
        // Loading the group asks the server afresh: a reload that waited is done with it.
        m_reloadWaits = false;
        loadGroup(m_groupId);
    } else if (m_reloadWaits) {
        m_reloadWaits = false;
        reloadGroup();
    }
}

QString GroupTab::loadedGroupName() const
{
    return m_session->workspace()->groupStore()->name(loadedGroupId());
}

void GroupTab::watchCounts(
    std::initializer_list<QAbstractItemModel *> models, Models::LoadStatus *status, const std::function<void()> &update)
{
    for (QAbstractItemModel *model : models) {
        connect(model, &QAbstractItemModel::rowsInserted, this, update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, update);
        connect(model, &QAbstractItemModel::modelReset, this, update);
        connect(model, &QAbstractItemModel::dataChanged, this, update);
    }
    connect(status, &Models::LoadStatus::loadingChanged, this, update);
}

void GroupTab::setUpClosableMessage(
    MessageBar *bar, QAbstractItemView *view, const QString &closeName, const QString &closeAccessibleName)
{
    bar->closeButton()->setObjectName(closeName);
    bar->closeButton()->setAccessibleName(closeAccessibleName);
    bar->setCloseButtonVisible(true);
    setTabOrder(view, bar->closeButton()); // the bar is read after the table
    bar->hide();
}

QAction *GroupTab::makeOpenPersonAction(
    QAbstractItemView *view, const std::function<Models::UserRef(const QModelIndex &)> &personOf, bool onActivation)
{
    QAction *action = makePanelAction(this, QStringLiteral("openPersonAction"), tr("Open &Person"),
        tr("Open the person's page: the groups they are in, what they can reach, and changes to both"), "user-identity",
        QStyle::SP_FileDialogInfoView);
    const auto personAt
        = [personOf](const QModelIndex &index) { return index.isValid() ? personOf(index) : Models::UserRef(); };
    const auto open = [this, personAt](const QModelIndex &index) {
        if (const Models::UserRef person = personAt(index); person.id != 0)
            Q_EMIT personRequested(person);
    };
    connect(action, &QAction::triggered, this, [view, open] { open(view->currentIndex()); });
    if (onActivation)
        connect(view, &QAbstractItemView::activated, this, open);
    action->setEnabled(false);
    // Called once the view has its model (and so the selection model it keeps).
    Q_ASSERT(view->selectionModel());
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, action,
        [action, personAt](const QModelIndex &current) { action->setEnabled(personAt(current).id != 0); });
    return action;
}

void GroupTab::copyLines(const QStringList &lines, const QString &message)
{
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    Q_EMIT statusMessage(message);
}

QString GroupTab::exportFileName(const QString &pattern, qint64 groupId) const
{
    const Models::GroupStore *store = m_session->workspace()->groupStore();
    const std::optional<Api::GroupSummary> group = store->summary(groupId);
    return pattern.arg(
        fileNamePart(group && group->slug && !group->slug->isEmpty() ? *group->slug : store->name(groupId)));
}

bool GroupTab::saveExport(
    const QString &title, const QString &fileName, const QByteArray &csv, const QString &savedMessage)
{
    const QString path = saveCsv(this, title, fileName, csv);
    if (path.isEmpty())
        return false;
    Q_EMIT statusMessage(savedMessage.arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Gui
