#include "sandbox/usergroups.h"

#include "sandbox/jsonwriter.h"
#include "sandbox/records.h"
#include "sandbox/sandboxdatabase.h"

#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Past this many groups kept, they are all read again: a bound for databases far larger than
/// the seeds, not a size any of them reaches.
constexpr size_t kMaxKeptGroups = 200'000;

} // namespace

UserGroups::UserGroups(SandboxDatabase &db)
    : m_db(db)
{
}

void UserGroups::load(const QList<qint64> &userIds, const QByteArray &stamp)
{
    if (stamp != m_stamp || m_groups.size() > kMaxKeptGroups) {
        m_groups.clear();
        m_stamp = stamp;
    }
    struct Membership
    {
        qint64 place;
        qint64 groupId; ///< Then, once every group is kept, the Group itself.
        const Group *group = nullptr;
    };
    std::vector<Membership> memberships;
    memberships.reserve(size_t(userIds.size()) * 4);
    QList<qint64> missing;
    {
        QSet<qint64> asked;
        // j.key is the person's place in userIds: no look-up of ids on the way back.
        SqliteRows m = m_db.rowsOfIds(
            u"SELECT j.key, m.group_id FROM json_each(?) j JOIN memberships m ON m.user_id = j.value"_s, userIds);
        while (m.next()) {
            const qint64 groupId = m.integer(1);
            memberships.push_back({m.integer(0), groupId});
            if (!m_groups.count(groupId) && !asked.contains(groupId)) {
                asked.insert(groupId);
                missing.append(groupId);
            }
        }
    }
    if (!missing.isEmpty())
        fetch(missing);
    for (Membership &membership : memberships) {
        if (const auto found = m_groups.find(membership.groupId); found != m_groups.end())
            membership.group = &found->second;
    }
    // A membership whose group is not found (there is none while foreign keys hold) is left out.
    memberships.erase(std::remove_if(memberships.begin(), memberships.end(),
                          [](const Membership &membership) { return !membership.group; }),
        memberships.end());
    // The rows come person by person (json_each in order, each person's through the index), so
    // only each person's few groups need ordering; nothing promises that order, so it is checked.
    const auto byPlace = [](const Membership &a, const Membership &b) { return a.place < b.place; };
    if (!std::is_sorted(memberships.begin(), memberships.end(), byPlace))
        std::stable_sort(memberships.begin(), memberships.end(), byPlace);
    const auto byGroup = [](const Membership &a, const Membership &b) {
        return a.group->sortKey != b.group->sortKey ? a.group->sortKey < b.group->sortKey : a.group->id < b.group->id;
    };
    for (auto run = memberships.begin(); run != memberships.end();) {
        const auto runEnd = std::find_if(
            run, memberships.end(), [place = run->place](const Membership &m) { return m.place != place; });
        std::sort(run, runEnd, byGroup);
        run = runEnd;
    }
    m_memberships.clear();
    m_memberships.reserve(memberships.size());
    m_firstOfPlace.assign(size_t(userIds.size()) + 1, 0);
    for (const Membership &membership : memberships) {
        m_memberships.push_back(membership.group);
        ++m_firstOfPlace[size_t(membership.place) + 1];
    }
    for (size_t i = 1; i < m_firstOfPlace.size(); ++i)
        m_firstOfPlace[i] += m_firstOfPlace[i - 1];
}

void UserGroups::fetch(const QList<qint64> &ids)
{
    SqliteRows g = m_db.rowsOfIds(u"SELECT g.id, g.name, g.slug, g.organization_id, o.name FROM json_each(?) j "
                                  "JOIN groups g ON g.id = j.value JOIN organizations o ON o.id = g.organization_id"_s,
        ids);
    while (g.next()) {
        Group group;
        group.id = g.integer(0);
        JsonWriter json;
        json.beginObject();
        json.key("id").value(group.id);
        const QByteArrayView name = g.text(1);
        group.sortKey = records::nocaseKey(name);
        json.key("name").utf8Value(name);
        json.key("organizationId").value(g.integer(3));
        json.key("organizationName").utf8Value(g.text(4));
        json.key("slug").nullableText(g, 2);
        json.endObject();
        group.json = json.take();
        const qint64 id = group.id;
        m_groups.insert_or_assign(id, std::move(group));
    }
}

void UserGroups::write(qsizetype place, JsonWriter &json) const
{
    json.beginArray();
    if (place >= 0 && size_t(place) + 1 < m_firstOfPlace.size()) {
        for (size_t i = m_firstOfPlace[size_t(place)]; i < m_firstOfPlace[size_t(place) + 1]; ++i)
            json.raw(m_memberships[i]->json);
    }
    json.endArray();
}
