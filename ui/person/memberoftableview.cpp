#include "ui/person/memberoftableview.h"

#include "models/groupdrag.h"
#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/memberofmodel.h"
#include "models/namelist.h"
#include "ui/widgets/panelactions.h"

#include <QtCore/QMimeData>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDragLeaveEvent>
#include <QtGui/QDragMoveEvent>
#include <QtGui/QDropEvent>

namespace Gui {

MemberOfTableView::MemberOfTableView(QWidget *parent)
    : FlatTableView(Drops::TakenAndDragged, parent)
{
}

MemberOfTableView::~MemberOfTableView() = default;

void MemberOfTableView::setMemberOf(Models::MemberOfModel *memberOf, const Models::GroupStore *store)
{
    m_memberOf = memberOf;
    m_store = store;
}

QString MemberOfTableView::describe(const QMimeData *data, bool *changes) const
{
    *changes = false;
    const std::optional<Models::GroupDrag> drag = Models::GroupDrag::fromMimeData(data);
    if (!drag || !m_memberOf || !m_memberOf->personId())
        return {};
    const QString person = m_memberOf->person().name;
    QList<qint64> ids;
    QStringList names;
    for (const Api::NamedRef &group : drag->groups) {
        if (m_memberOf->rowOf(group.id) < 0 && !ids.contains(group.id)) {
            ids.append(group.id);
            names.append(group.name);
        }
    }
    if (ids.isEmpty()) {
        return drag->groups.size() == 1 ? tr("%1 is already a member of %2").arg(person, drag->groups.first().name)
                                        : tr("%1 is already a member of every group dragged").arg(person);
    }
    QString what = tr("Add %1 to %2").arg(person, Models::NameList::text(names));
    // The server would refuse every one of them: refused here, before the release, saying why.
    const QString refusal = Models::GroupPermissions::refusal(m_store, ids, Models::GroupAction::ChangeMembers);
    if (!refusal.isEmpty()) {
        bool anyAllowed = false;
        for (qint64 id : ids)
            anyAllowed
                = anyAllowed || Models::GroupPermissions::allows(m_store, id, Models::GroupAction::ChangeMembers);
        if (!anyAllowed)
            return Models::GroupPermissions::refusedDropText(what, refusal);
    }
    *changes = true;
    return what;
}

void MemberOfTableView::judge(QDragMoveEvent *event)
{
    bool changes = false;
    const QString text = describe(event->mimeData(), &changes);
    say(text);
    if (!changes) {
        event->ignore();
        if (state() == DraggingState)
            setState(NoState);
    } else {
        // Only ever a copy: the group list keeps its groups.
        if (event->possibleActions().testFlag(Qt::CopyAction))
            event->setDropAction(Qt::CopyAction);
        event->accept();
    }
    setDropHere(changes && event->isAccepted());
}

void MemberOfTableView::dragEnterEvent(QDragEnterEvent *event)
{
    QTreeView::dragEnterEvent(event);
    judge(event);
}

void MemberOfTableView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    judge(event);
}

void MemberOfTableView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHere(false);
    QTreeView::dragLeaveEvent(event);
    say(QString());
}

void MemberOfTableView::dropEvent(QDropEvent *event)
{
    setDropHere(false);
    bool changes = false;
    const QString text = describe(event->mimeData(), &changes);
    if (!changes) {
        event->ignore();
        setState(NoState);
        m_said.clear();
        say(text); // the status bar keeps saying why
        return;
    }
    if (event->possibleActions().testFlag(Qt::CopyAction))
        event->setDropAction(Qt::CopyAction);
    // Straight to the model: a drop lands in the list, not at a row.
    if (m_memberOf && m_memberOf->dropMimeData(event->mimeData(), Qt::CopyAction, -1, -1, {}))
        event->acceptProposedAction();
    else
        event->ignore();
    setState(NoState);
    m_said.clear();
}

void MemberOfTableView::setDropHere(bool here)
{
    if (here == m_dropHere)
        return;
    m_dropHere = here;
    viewport()->update();
}

void MemberOfTableView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_dropHere)
        paintDropFrame(viewport(), palette());
}

void MemberOfTableView::say(const QString &text)
{
    if (text == m_said)
        return;
    m_said = text;
    Q_EMIT dropDescribed(text);
}

} // namespace Gui
