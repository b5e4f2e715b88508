#include "models/membershipplan.h"

#include "models/grouppermissions.h"
#include "models/groupstore.h"
#include "models/membershipcomparison.h"
#include "models/namelist.h"
#include "models/workspace.h"

#include <QtCore/QCollator>
#include <QtCore/QLocale>

namespace Models {

namespace {
/// \a groups by name (then id), as a person reads a plan.
QList<Api::NamedRef> byName(QList<Api::NamedRef> groups)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(groups.begin(), groups.end(), [&collator](const Api::NamedRef &a, const Api::NamedRef &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return groups;
}

GroupAction actionNeeded(MembershipPlan::Action action)
{
    return action == MembershipPlan::Action::RevokeShare ? GroupAction::Share : GroupAction::ChangeMembers;
}
} // namespace

QString MembershipPlan::groupsText(int n)
{
    return n == 1 ? tr("1 group") : tr("%Ln groups", nullptr, n);
}

QString MembershipPlan::sharesText(int n)
{
    return n == 1 ? tr("1 share") : tr("%Ln shares", nullptr, n);
}

MembershipPlan MembershipPlan::copy(const GroupStore *store, const UserRef &from, const UserRef &to,
    const QList<Api::NamedRef> &fromGroups, const QList<Api::NamedRef> &toGroups, bool exact,
    const QList<Api::NamedRef> &unseen)
{
    MembershipPlan plan;
    plan.m_kind = Kind::Copy;
    plan.m_source = from;
    plan.m_person = to;
    plan.m_exact = exact;
    plan.m_unseen = Api::idSet(unseen);
    const QSet<qint64> inFrom = Api::idSet(fromGroups);
    const QSet<qint64> inTo = Api::idSet(toGroups);
    QSet<qint64> planned;
    for (const Api::NamedRef &group : byName(fromGroups)) {
        if (!inTo.contains(group.id) && !planned.contains(group.id)) {
            planned.insert(group.id);
            plan.addItem(store, Action::Join, group);
        }
    }
    if (exact) {
        for (const Api::NamedRef &group : byName(toGroups)) {
            if (!inFrom.contains(group.id) && !planned.contains(group.id)) {
                planned.insert(group.id);
                plan.addItem(store, Action::Leave, group);
            }
        }
    }
    plan.wordRefusals(store);
    return plan;
}

MembershipPlan MembershipPlan::copy(const GroupStore *store, const MembershipComparison &comparison, bool exact)
{
    using Side = MembershipComparison::Side;
    const QList<Api::NamedRef> both = comparison.groups(Side::Both) + comparison.unseenGroups(Side::Both);
    const QList<Api::NamedRef> onlyA = comparison.unseenGroups(Side::OnlyA);
    const QList<Api::NamedRef> onlyB = comparison.unseenGroups(Side::OnlyB);
    return copy(store, comparison.personA(), comparison.personB(), comparison.groups(Side::OnlyA) + onlyA + both,
        comparison.groups(Side::OnlyB) + onlyB + both, exact, onlyA + onlyB);
}

MembershipPlan MembershipPlan::offboarding(const GroupStore *store, const UserRef &person,
    const QList<Api::NamedRef> &groups, const QList<DirectShare> &shares, bool revokeShares,
    const QList<Api::NamedRef> &unseen)
{
    MembershipPlan plan;
    plan.m_kind = Kind::Offboarding;
    plan.m_person = person;
    plan.m_revokeShares = revokeShares;
    plan.m_shares = shares;
    plan.m_unseen = Api::idSet(unseen);
    QSet<qint64> planned;
    for (const Api::NamedRef &group : byName(groups + unseen)) {
        if (!planned.contains(group.id)) {
            planned.insert(group.id);
            plan.addItem(store, Action::Leave, group);
        }
    }
    if (revokeShares) {
        QList<Api::NamedRef> shared;
        QHash<qint64, Api::PermissionLevel> levels;
        for (const DirectShare &share : shares) {
            if (levels.contains(share.groupId))
                continue;
            levels.insert(share.groupId, share.level);
            shared.append({share.groupId, share.groupName});
        }
        for (const Api::NamedRef &group : byName(shared))
            plan.addItem(store, Action::RevokeShare, group, levels.value(group.id));
    }
    plan.makeSharePlan();
    plan.wordRefusals(store);
    return plan;
}

void MembershipPlan::addItem(
    const GroupStore *store, Action action, const Api::NamedRef &group, std::optional<Api::PermissionLevel> level)
{
    Item item;
    item.action = action;
    item.groupId = group.id;
    item.groupName = group.name.isEmpty() && store ? store->name(group.id) : group.name;
    item.level = level;
    const GroupAction needed = actionNeeded(action);
    if (m_unseen.contains(group.id)) {
        item.allowed = false;
        item.reason = tr("You cannot see %1").arg(item.groupName);
    } else {
        item.allowed = !store || GroupPermissions::allows(store, group.id, needed);
        if (!item.allowed)
            item.reason = GroupPermissions::refusal(store, {group.id}, needed);
    }
    m_items.append(item);
}

void MembershipPlan::makeSharePlan()
{
    QList<qint64> groupIds;
    for (const Item &item : std::as_const(m_items)) {
        if (item.action == Action::RevokeShare && item.allowed)
            groupIds.append(item.groupId);
    }
    m_sharePlan = SharePlan(groupIds, {{SharePrincipal::Kind::User, m_person.id, m_person.name}}, std::nullopt);
    for (const Item &item : std::as_const(m_items)) {
        if (item.action == Action::RevokeShare)
            m_sharePlan.setGroupName(item.groupId, item.groupName);
    }
}

QList<MembershipPlan::Item> MembershipPlan::items(bool allowed) const
{
    QList<Item> items;
    for (const Item &item : m_items) {
        if (item.allowed == allowed)
            items.append(item);
    }
    return items;
}

int MembershipPlan::count(Action action, bool allowed) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [&](const Item &item) { return item.action == action && item.allowed == allowed; }));
}

bool MembershipPlan::changesAnything() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &item) { return item.allowed; });
}

QStringList MembershipPlan::names(bool allowed) const
{
    QStringList names;
    QSet<qint64> seen;
    for (const Item &item : m_items) {
        if (item.allowed == allowed && !seen.contains(item.groupId)) {
            seen.insert(item.groupId);
            names.append(item.groupName);
        }
    }
    return names;
}

void MembershipPlan::wordRefusals(const GroupStore *store)
{
    // One sentence per level needed, naming every group left out at once ("You can only read
    // Book Club and Legal"), in the words every view uses.
    QStringList sentences;
    for (const GroupAction needed : {GroupAction::ChangeMembers, GroupAction::Share}) {
        QList<qint64> refused;
        for (const Item &item : std::as_const(m_items)) {
            if (!item.allowed && !m_unseen.contains(item.groupId) && actionNeeded(item.action) == needed
                && !refused.contains(item.groupId))
                refused.append(item.groupId);
        }
        if (!refused.isEmpty() && store)
            sentences.append(GroupPermissions::refusal(store, refused, needed));
    }
    QStringList unseen;
    for (const Item &item : std::as_const(m_items)) {
        if (m_unseen.contains(item.groupId) && !unseen.contains(item.groupName))
            unseen.append(item.groupName);
    }
    if (!unseen.isEmpty())
        sentences.append(tr("You cannot see %1").arg(NameList::text(unseen)));
    m_refusalText = sentences.join(QStringLiteral(". "));
}

QString MembershipPlan::description() const
{
    const QString who = m_person.name;
    QString what;
    if (m_kind == Kind::Copy) {
        const int joins = count(Action::Join);
        const int leaves = count(Action::Leave);
        if (joins > 0 && leaves > 0)
            what = tr("%1 joins %2 and leaves %3").arg(who, groupsText(joins), QLocale().toString(leaves));
        else if (joins > 0)
            what = tr("%1 joins %2").arg(who, groupsText(joins));
        else if (leaves > 0)
            what = tr("%1 leaves %2").arg(who, groupsText(leaves));
        else if (m_items.isEmpty())
            what = m_exact ? tr("%1 is already in exactly the groups %2 is in").arg(who, m_source.name)
                           : tr("%1 is already in every group %2 is in").arg(who, m_source.name);
        else
            what = tr("Nothing you may change");
    } else {
        const int leaves = count(Action::Leave);
        const int revokes = count(Action::RevokeShare);
        if (leaves > 0 && revokes > 0)
            what = tr("%1 leaves %2 and loses %3").arg(who, groupsText(leaves), sharesText(revokes));
        else if (leaves > 0)
            what = tr("%1 leaves %2").arg(who, groupsText(leaves));
        else if (revokes > 0)
            what = tr("%1 loses %2").arg(who, sharesText(revokes));
        else if (m_items.isEmpty())
            what = tr("%1 is in no group").arg(who);
        else
            what = tr("Nothing you may change");
    }
    const QStringList refused = names(false);
    if (refused.size() == 1)
        what = tr("%1; 1 group you cannot change is left out: %2").arg(what, refused.first());
    else if (refused.size() > 1)
        what = tr("%1; %Ln groups you cannot change are left out: %2", nullptr, int(refused.size()))
                   .arg(what, NameList::text(refused));
    QStringList sentences{what + u'.'};
    if (m_kind == Kind::Offboarding && !m_revokeShares && !m_shares.isEmpty()) {
        sentences.append(m_shares.size() == 1
                ? tr("The share they hold directly stays.")
                : tr("The %Ln shares they hold directly stay.", nullptr, int(m_shares.size())));
    }
    if (const QString noManager = noManagerText(); !noManager.isEmpty())
        sentences.append(noManager + u'.');
    return sentences.join(u' ');
}

QString MembershipPlan::text() const
{
    if (m_kind == Kind::Copy) {
        return m_exact ? tr("Give %1 exactly the groups of %2").arg(m_person.name, m_source.name)
                       : tr("Copy the groups of %1 to %2").arg(m_source.name, m_person.name);
    }
    const int leaves = count(Action::Leave);
    const int revokes = count(Action::RevokeShare);
    if (revokes == 0)
        return tr("Remove %1 from %2").arg(m_person.name, groupsText(leaves));
    if (leaves == 0)
        return tr("Revoke %1 of %2").arg(sharesText(revokes), m_person.name);
    return tr("Remove %1 from %2 and revoke %3").arg(m_person.name, groupsText(leaves), sharesText(revokes));
}

ChangePlan MembershipPlan::toChangePlan() const
{
    ChangePlan plan;
    const SharePrincipal principal{SharePrincipal::Kind::User, m_person.id, m_person.name};
    for (const Item &item : m_items) {
        if (!item.allowed)
            continue;
        switch (item.action) {
        case Action::Join:
            plan.append(PlannedChange::addMember(item.groupId, m_person.id, m_person.name, m_person.username));
            break;
        case Action::Leave:
            plan.append(PlannedChange::removeMember(item.groupId, m_person.id, m_person.name, m_person.username));
            break;
        case Action::RevokeShare: {
            // What the share plan read is the better guess of what an undo gives back; the run
            // reads it again before sending anyway (ChangeOperation).
            const std::optional<Api::PermissionLevel> read = m_sharePlan.held(item.groupId, principal);
            plan.append(PlannedChange::share(item.groupId, principal, std::nullopt, read ? read : item.level));
            plan.last().forward.handle = plan.last().backward.handle = m_person.username;
            break;
        }
        }
    }
    return plan;
}

QList<qint64> MembershipPlan::groupsLeftWithoutManager() const
{
    return m_sharePlan.groupsLeftWithoutManager(SharePlan::Mode::SetExactly);
}

QString MembershipPlan::noManagerText() const
{
    return m_sharePlan.noManagerText(SharePlan::Mode::SetExactly);
}

void MembershipPlan::readShares(Workspace *workspace, const MembershipPlan &plan, QObject *context,
    std::function<void(const MembershipPlan &plan, const Api::ApiError &error)> done)
{
    if (plan.m_sharePlan.groupIds().isEmpty()) {
        done(plan, {});
        return;
    }
    SharePlan::read(workspace, plan.m_sharePlan, context,
        [plan, done = std::move(done)](const SharePlan &read, const Api::ApiError &error) {
            MembershipPlan filled = plan;
            filled.m_sharePlan = read;
            // The store's names, which read() gave it, are the plan's for groups it had no name for.
            for (Item &item : filled.m_items) {
                if (item.groupName.isEmpty())
                    item.groupName = read.groupName(item.groupId);
            }
            done(filled, error);
        });
}

ChangeOperation *MembershipPlan::apply(Workspace *workspace) const
{
    if (!workspace || !changesAnything())
        return nullptr;
    ChangeOperation *operation = workspace->apply(text(), toChangePlan());
    QList<std::pair<qint64, QString>> warned;
    for (qint64 groupId : groupsLeftWithoutManager())
        warned.append({groupId, m_sharePlan.groupName(groupId)});
    // Before the run starts (from the event loop), so its report can say so.
    if (operation)
        operation->setManagerWarnings(warned);
    return operation;
}

} // namespace Models
