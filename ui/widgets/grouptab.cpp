#include "ui/widgets/grouptab.h"

namespace Gui {

GroupTab::GroupTab(QWidget *parent)
    : QWidget(parent)
{
}

void GroupTab::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    if (isVisible())
        applyGroup();
}

void GroupTab::reload()
{
    m_reloadWaits = true;
    if (isVisible())
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

} // namespace Gui
