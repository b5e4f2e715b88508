#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>

#include <unordered_map>
#include <vector>

class JsonWriter;
class SandboxDatabase;

/// The groups of users as the users resource writes them: UserGroup objects (id, name,
/// organizationId, organizationName, slug), each person's in the API's order (group name as
/// NOCASE orders it, then id).
///
/// Each group's object is kept, written, while the data is unchanged (the database's
/// changeStamp()): a page of 1,000 people of the `large` seed names about 2,300 of its 10,000
/// groups, and reading, writing and ordering those again for every page was half of the page.
/// Who is in which group is read afresh every time. One per connection, like its database.
class UserGroups
{
public:
    explicit UserGroups(SandboxDatabase &db);

    /// Reads the groups of \a userIds for write(), which then takes a place in that list.
    /// \a stamp is the database's changeStamp(), taken in the same read.
    void load(const QList<qint64> &userIds, const QByteArray &stamp);
    /// The groups of the person at \a place in the list given to load(), as a JSON array.
    void write(qsizetype place, JsonWriter &json) const;

private:
    struct Group
    {
        qint64 id = 0;
        QByteArray sortKey; ///< records::nocaseKey() of the name.
        QByteArray json; ///< The UserGroup object.
    };
    /// Reads and writes the groups of \a ids not kept yet.
    void fetch(const QList<qint64> &ids);

    SandboxDatabase &m_db;
    QByteArray m_stamp; ///< What m_groups was read under.
    /// Node-based, so the pointers in m_memberships stay valid while groups are added.
    std::unordered_map<qint64, Group> m_groups;
    /// The groups of the people of the last load(), person after person, each in the API's order.
    std::vector<const Group *> m_memberships;
    /// Where each person's run in m_memberships starts; one more entry, for the end.
    std::vector<size_t> m_firstOfPlace;
};
