#include "sandbox/sandboxseeder.h"

#include "sandbox/groupsresource.h"
#include "sandbox/sandboxdatabase.h"
#include "sandbox/sandboxlogging.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const char *const kFirstNames[] = {
    "Ada",
    "Alan",
    "Amara",
    "Andre",
    "Aisha",
    "Ben",
    "Bianca",
    "Carlos",
    "Chen",
    "Chloe",
    "Daniel",
    "Deepa",
    "Diego",
    "Elena",
    "Emeka",
    "Emily",
    "Farah",
    "Felix",
    "Grace",
    "Hana",
    "Hector",
    "Ines",
    "Isaac",
    "Jamal",
    "Jana",
    "Jonas",
    "Julia",
    "Kai",
    "Kavya",
    "Kenji",
    "Lars",
    "Leila",
    "Liam",
    "Lucia",
    "Malik",
    "Maria",
    "Mateo",
    "Maya",
    "Mei",
    "Mohammed",
    "Nadia",
    "Naomi",
    "Nikhil",
    "Noah",
    "Olga",
    "Omar",
    "Priya",
    "Quinn",
    "Rafael",
    "Rosa",
    "Ruth",
    "Sakura",
    "Samir",
    "Sara",
    "Sean",
    "Sofia",
    "Tariq",
    "Tess",
    "Theo",
    "Uma",
    "Victor",
    "Wen",
    "Yara",
    "Yusuf",
    "Zoe",
    "Zainab",
};
const char *const kLastNames[] = {
    "Abara",
    "Alvarez",
    "Andersen",
    "Baker",
    "Banerjee",
    "Brooks",
    "Castillo",
    "Chen",
    "Cohen",
    "Dubois",
    "Edwards",
    "Eriksen",
    "Fischer",
    "Fofana",
    "Garcia",
    "Gupta",
    "Haddad",
    "Hansen",
    "Hughes",
    "Ibrahim",
    "Ito",
    "Jansen",
    "Johnson",
    "Kaur",
    "Kim",
    "Kowalski",
    "Larsen",
    "Lee",
    "Lopez",
    "Mahmoud",
    "Martin",
    "Mensah",
    "Meyer",
    "Moreau",
    "Nakamura",
    "Nguyen",
    "Novak",
    "Okafor",
    "Olsen",
    "Patel",
    "Perez",
    "Popov",
    "Quinn",
    "Rahman",
    "Reyes",
    "Rossi",
    "Said",
    "Santos",
    "Schmidt",
    "Silva",
    "Singh",
    "Smith",
    "Tanaka",
    "Torres",
    "Usman",
    "Varga",
    "Walker",
    "Wang",
    "Weber",
    "Williams",
    "Xu",
    "Yamamoto",
    "Young",
    "Zhang",
};
const char *const kCities[][2] = {
    {"Chicago", "IL"},
    {"Boston", "MA"},
    {"Denver", "CO"},
    {"Seattle", "WA"},
    {"Austin", "TX"},
    {"Washington", "DC"},
    {"New York", "NY"},
    {"Atlanta", "GA"},
    {"Portland", "OR"},
    {"Minneapolis", "MN"},
};
const char *const kTimeZones[] = {"America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"};
const char *const kTitles[] = {"Analyst", "Senior Analyst", "Data Scientist", "Engineer", "Manager", "Director",
    "Fellow", "Coordinator", "Consultant", "Researcher"};

struct DemoGroup
{
    const char *name;
    const char *slug;
    const char *description;
    const char *department;
};

// The demo organization's groups: departments, teams, a chain of regional groups and a guild
// whose shares loop back to it.
const DemoGroup kDemoGroups[] = {
    {"Platform Admins", "platform-admins", "Administrators of the Civis Platform for the whole organization.", "IT"},
    {"Data Science", "data-science", "Modeling, experimentation and forecasting.", "Analytics"},
    {"Data Engineering", "data-engineering", "Pipelines, warehouses and the imports that feed them.", "Engineering"},
    {"Survey Research", "survey-research", "Questionnaire design, fielding and weighting.", "Research"},
    {"Polling Team", "polling", "Election and issue polling programs.", "Research"},
    {"Field Operations", "field-ops", "Canvassing, phone banks and volunteer coordination.", "Operations"},
    {"Voter Contact", "voter-contact", "Contact strategy and targeting universes.", "Operations"},
    {"Fundraising Analytics", "fundraising-analytics", "Donor models and appeal performance.", "Development"},
    {"Marketing Analytics", "marketing-analytics", "Audience measurement and campaign reporting.", "Marketing"},
    {"Visualization", "visualization", "Dashboards, reports and the house chart style.", "Analytics"},
    {"Client Services", "client-services", "Account leads for partner organizations.", "Client Services"},
    {"Finance", "finance", "Budgets, invoicing and vendor contracts.", "Finance"},
    {"Human Resources", "human-resources", "People operations, hiring and onboarding.", "People"},
    {"Legal", "legal", "Contracts, privacy and data-use agreements.", "Legal"},
    {"Security", "security", "Access reviews, incident response and audits.", "IT"},
    {"IT Support", "it-support", "Laptops, accounts and the help desk.", "IT"},
    {"Executive Team", "executive-team", "Leadership of the organization.", "Executive"},
    {"Research Fellows", "research-fellows", "Visiting researchers with read access to curated data.", "Research"},
    {"Interns 2026", "interns-2026", "The summer 2026 intern cohort.", "People"},
    {"Onboarding", "onboarding", "New hires in their first 90 days.", "People"},
    {"Regional Leads", "regional-leads", "Leads of every region; they manage the regional groups.", "Operations"},
    {"Northeast Region", "northeast-region", "Staff of the northeast regional office.", "Operations"},
    {"Boston Office", "boston-office", "Everyone based in the Boston office.", "Operations"},
    {"Boston Volunteers", "boston-volunteers", "Volunteer coordinators working with the Boston office.", "Operations"},
    {"Midwest Region", "midwest-region", "Staff of the midwest regional office.", "Operations"},
    {"West Region", "west-region", "Staff of the western regional office.", "Operations"},
    {"Analytics Guild", "analytics-guild", "A cross-team community of practice for analysts.", "Analytics"},
    {"Modeling Team", "modeling-team", "Builds and maintains the production models.", "Analytics"},
    {"Data Quality", "data-quality", "Checks, monitors and fixes for the shared data.", "Engineering"},
    {"Machine Learning Ops", "ml-ops", "Deploys and monitors models in production.", "Engineering"},
    {"Census Project", "census-project", "The 2030 census outreach program.", "Research"},
    {"Health Program", "health-program", "Public-health partnership analytics.", "Research"},
    {"Education Program", "education-program", "Analytics for education partners.", "Research"},
    {"Alumni", "alumni", "Former staff who keep read access to published work.", nullptr},
    {"Contractors", "contractors", "External contractors with time-limited access.", nullptr},
    {"Book Club", "book-club", nullptr, nullptr},
};

// Group shares by index into kDemoGroups: holder, target, level. The first three make a chain,
// the next three a cycle (Analytics Guild -> Modeling Team -> Data Quality -> Analytics Guild).
const int kDemoGroupShares[][3] = {
    {20, 21, 3},
    {21, 22, 2},
    {22, 23, 1},
    {20, 24, 3},
    {20, 25, 3},
    {26, 27, 2},
    {27, 28, 1},
    {28, 26, 3},
    {0, 1, 3},
    {0, 2, 3},
    {0, 14, 3},
    {0, 15, 3},
    {16, 11, 1},
    {16, 12, 1},
    {1, 9, 2},
    {2, 28, 2},
    {1, 29, 2},
    {3, 4, 2},
    {12, 18, 3},
    {12, 19, 3},
    {17, 30, 1},
    {17, 31, 1},
};

class Writer
{
public:
    explicit Writer(SandboxDatabase &db)
        : m_db(db)
        , m_user(db.connection())
        , m_group(db.connection())
        , m_member(db.connection())
        , m_userShare(db.connection())
        , m_groupShare(db.connection())
    {
        m_user.prepare(u"INSERT INTO users(id, organization_id, username, name, email, active, org_admin, suspended, "
                       "city, state, time_zone, department, title, created_at, updated_at, last_seen_at, "
                       "current_sign_in_at, sign_in_count, created_by_id, last_updated_by_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        m_group.prepare(
            u"INSERT INTO groups(id, organization_id, name, slug, description, default_time_zone, "
            "created_at, updated_at, created_by_id, last_updated_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        m_member.prepare(u"INSERT OR IGNORE INTO memberships(group_id, user_id, created_at) VALUES (?, ?, ?)"_s);
        m_userShare.prepare(u"INSERT OR REPLACE INTO user_shares(group_id, user_id, level) VALUES (?, ?, ?)"_s);
        m_groupShare.prepare(
            u"INSERT OR REPLACE INTO group_shares(group_id, grantee_group_id, level) VALUES (?, ?, ?)"_s);
    }

    struct User
    {
        qint64 id;
        qint64 organizationId;
        QString username;
        QString name;
        bool active = true;
        bool admin = false;
        bool suspended = false;
        int city = 0;
        QString department;
        QString title;
        QString createdAt;
        QString lastSeenAt;
    };

    bool user(const User &u)
    {
        const QVariantList values{
            u.id,
            u.organizationId,
            u.username,
            u.name,
            QString(u.username + "@example.org"_L1),
            u.active,
            u.admin,
            u.suspended,
            QString::fromLatin1(kCities[u.city][0]),
            QString::fromLatin1(kCities[u.city][1]),
            QString::fromLatin1(kTimeZones[u.city % 4]),
            u.department.isEmpty() ? QVariant() : u.department,
            u.title.isEmpty() ? QVariant() : u.title,
            u.createdAt,
            u.createdAt,
            u.lastSeenAt.isEmpty() ? QVariant() : u.lastSeenAt,
            u.lastSeenAt.isEmpty() ? QVariant() : u.lastSeenAt,
            u.lastSeenAt.isEmpty() ? 0 : 1 + int(u.id % 200),
            u.id == 1 ? QVariant() : QVariant(1),
            QVariant(1),
        };
        return run(m_user, values);
    }

    bool group(qint64 id, qint64 organizationId, const QString &name, const QVariant &slug, const QVariant &description,
        const QVariant &timeZone, const QString &createdAt, qint64 createdBy)
    {
        return run(m_group,
            {id, organizationId, name, slug, description, timeZone, createdAt, createdAt, createdBy, createdBy});
    }

    bool member(qint64 groupId, qint64 userId, const QString &at) { return run(m_member, {groupId, userId, at}); }
    bool userShare(qint64 groupId, qint64 userId, int level) { return run(m_userShare, {groupId, userId, level}); }
    bool groupShare(qint64 groupId, qint64 granteeId, int level)
    {
        return run(m_groupShare, {groupId, granteeId, level});
    }
    bool sql(const QString &statement, const QVariantList &binds = {}) { return m_db.exec(statement, binds); }

    QString error() const { return m_error; }

private:
    bool run(QSqlQuery &q, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (q.exec())
            return true;
        m_error = q.lastError().text();
        return false;
    }

    SandboxDatabase &m_db;
    QSqlQuery m_user;
    QSqlQuery m_group;
    QSqlQuery m_member;
    QSqlQuery m_userShare;
    QSqlQuery m_groupShare;
    QString m_error;
};

QString timestamp(const QDateTime &base, qint64 secondsBefore)
{
    return base.addSecs(-secondsBefore).toString(Qt::ISODateWithMs);
}

QString usernameFor(const QString &first, const QString &last, int serial)
{
    QString name = first.toLower() + u'.' + last.toLower();
    if (serial > 0)
        name += QString::number(serial);
    return name;
}

} // namespace

SandboxSeeder::SandboxSeeder(SandboxDatabase &db)
    : m_db(db)
{
}

bool SandboxSeeder::seed(const QString &kind, QString *error)
{
    if (!kinds().contains(kind)) {
        *error = u"Unknown seed \"%1\"; choose one of: %2."_s.arg(kind, kinds().join(", "_L1));
        return false;
    }
    if (m_db.isSeeded()) {
        m_seededKind = m_db.scalar(u"SELECT value FROM meta WHERE key = 'seed'"_s).toString();
        m_adminId = m_db.scalar(u"SELECT value FROM meta WHERE key = 'admin_user_id'"_s).toLongLong();
        return giveEveryGroupASlug(error);
    }
    QElapsedTimer timer;
    timer.start();
    SandboxTransaction transaction(m_db);
    // Whatever the seed, the organization and its admin come first: the admin's key opens the sandbox.
    Writer writer(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_adminId = 1;
    bool ok = writer.sql(u"INSERT INTO organizations(id, name, slug) VALUES (1, 'Northwind Civic Data', 'northwind')"_s)
        && writer.user({m_adminId, 1, u"admin"_s, u"Avery Admin"_s, true, true, false, 0, u"IT"_s,
            u"Platform Administrator"_s, timestamp(now, 3 * 365 * 86400), timestamp(now, 60)});
    if (ok && kind == "demo"_L1)
        ok = seedDemo(error);
    else if (ok && kind == "large"_L1)
        ok = seedLarge(error);
    if (!ok) {
        if (error->isEmpty())
            *error = u"Cannot seed the database: %1"_s.arg(writer.error());
        return false;
    }
    ok = m_db.exec(u"INSERT INTO meta(key, value) VALUES ('seed', ?), ('admin_user_id', ?), "
                   "('every_group_has_a_slug', '1')"_s,
        {kind, QString::number(m_adminId)});
    if (!ok || !transaction.commit()) {
        *error = u"Cannot seed the database: %1"_s.arg(m_db.connection().lastError().text());
        return false;
    }
    m_seededKind = kind;
    qCInfo(lcSandboxSeed).noquote() << "seeded" << kind << "in" << timer.elapsed() << "ms";
    return true;
}

void SandboxSeeder::report(const QString &what, qint64 done, qint64 total, qint64 step) const
{
    if (m_progress && (done % step == 0 || done == total))
        m_progress(what, done, total);
}

bool SandboxSeeder::giveEveryGroupASlug(QString *error)
{
    // The real API always gives a group a slug; databases seeded by earlier versions held
    // groups without one, which get what the API gives a group created without one. Once per
    // database: a slug cleared later (a PUT without one) is the user's to keep.
    if (m_db.scalar(u"SELECT 1 FROM meta WHERE key = 'every_group_has_a_slug'"_s).isValid())
        return true;
    QList<qint64> slugless;
    {
        QSqlQuery q = m_db.query(u"SELECT id FROM groups WHERE slug IS NULL"_s);
        while (q.next())
            slugless.append(q.value(0).toLongLong());
    }
    SandboxTransaction transaction(m_db);
    for (const qint64 id : std::as_const(slugless)) {
        if (!m_db.exec(u"UPDATE groups SET slug = ? WHERE id = ?"_s, {GroupsResource::generatedSlug(), id})) {
            *error = u"Cannot give group %1 a slug: %2"_s.arg(id).arg(m_db.connection().lastError().text());
            return false;
        }
    }
    if (!m_db.exec(u"INSERT INTO meta(key, value) VALUES ('every_group_has_a_slug', '1')"_s) || !transaction.commit()) {
        *error = u"Cannot give groups a slug: %1"_s.arg(m_db.connection().lastError().text());
        return false;
    }
    if (!slugless.isEmpty())
        qCInfo(lcSandboxSeed).noquote() << "gave" << slugless.size() << "groups without a slug one";
    return true;
}

bool SandboxSeeder::seedDemo(QString *error)
{
    Writer writer(m_db);
    QRandomGenerator random(20261128);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto pick = [&random](const auto &array) { return array[random.bounded(int(std::size(array)))]; };
    const auto fail = [&] {
        *error = u"Cannot seed the demo organization: %1"_s.arg(writer.error());
        return false;
    };

    if (!writer.sql(u"INSERT INTO organizations(id, name, slug, login_type) "
                    "VALUES (2, 'Harbor Analytics', 'harbor', 'sso')"_s))
        return fail();

    // 300 people in Northwind (about one in eight deactivated, a few suspended), 24 in Harbor.
    QSet<QString> usernames{u"admin"_s};
    QList<qint64> northwind;
    QList<qint64> harbor;
    qint64 nextUser = 2;
    for (int i = 0; i < 324; ++i) {
        const QString first = QString::fromLatin1(pick(kFirstNames));
        const QString last = QString::fromLatin1(pick(kLastNames));
        QString username = usernameFor(first, last, 0);
        for (int serial = 2; usernames.contains(username); ++serial)
            username = usernameFor(first, last, serial);
        usernames.insert(username);
        const bool inHarbor = i >= 300;
        const qint64 id = nextUser++;
        const bool active = random.bounded(8) != 0;
        const qint64 seenAgo = random.bounded(10) == 0 ? random.bounded(240) : random.bounded(30 * 86400);
        Writer::User user{id, inHarbor ? 2 : 1, username, first + u' ' + last, active, inHarbor && i == 300,
            active && random.bounded(40) == 0, int(random.bounded(10)), {}, QString::fromLatin1(pick(kTitles)),
            timestamp(now, 86400 * (30 + random.bounded(900))), active ? timestamp(now, seenAgo) : QString()};
        if (!writer.user(user))
            return fail();
        (inHarbor ? harbor : northwind).append(id);
    }
    // A second organization admin, so permission rules can be seen from both sides.
    if (!writer.sql(u"UPDATE users SET org_admin = 1 WHERE id = ?"_s, {northwind.at(7)}))
        return fail();

    // Groups; a few are created by the people who lead them, not by the admin.
    QList<qint64> groups;
    const int groupCount = int(std::size(kDemoGroups));
    for (int i = 0; i < groupCount; ++i) {
        const DemoGroup &g = kDemoGroups[i];
        const qint64 id = i + 1;
        const qint64 creator = i % 5 == 3 ? northwind.at(i) : m_adminId;
        if (!writer.group(id, 1, QString::fromLatin1(g.name),
                g.slug ? QVariant(QString::fromLatin1(g.slug)) : QVariant(),
                g.description ? QVariant(QString::fromLatin1(g.description)) : QVariant(),
                i % 3 == 0 ? QVariant(u"America/Chicago"_s) : QVariant(), timestamp(now, 86400 * (400 - i * 9)),
                creator))
            return fail();
        if (g.department)
            writer.sql(u"UPDATE users SET department = ? WHERE id IN (SELECT id FROM users WHERE department IS NULL "
                       "AND organization_id = 1 ORDER BY id LIMIT 8)"_s,
                {QString::fromLatin1(g.department)});
        groups.append(id);
    }
    const qint64 harborGroup = groupCount + 1;
    const qint64 harborAdmins = groupCount + 2;
    if (!writer.group(harborGroup, 2, u"Harbor Analysts"_s, u"harbor-analysts"_s,
            u"Analysts at Harbor Analytics, our partner organization."_s, QVariant(), timestamp(now, 86400 * 200),
            harbor.first())
        || !writer.group(harborAdmins, 2, u"Harbor Admins"_s, u"harbor-admins"_s,
            u"Administrators of Harbor Analytics."_s, QVariant(), timestamp(now, 86400 * 200), harbor.first()))
        return fail();

    // Memberships: everyone in one to three groups, the first of them their primary group.
    for (qint64 userId : std::as_const(northwind)) {
        const int count = 1 + random.bounded(3);
        for (int k = 0; k < count; ++k) {
            const qint64 groupId = groups.at(random.bounded(groupCount));
            if (!writer.member(groupId, userId, timestamp(now, 86400 * random.bounded(300))))
                return fail();
            if (k == 0 && !writer.sql(u"UPDATE users SET primary_group_id = ? WHERE id = ?"_s, {groupId, userId}))
                return fail();
        }
    }
    if (!writer.member(1, m_adminId, timestamp(now, 86400 * 365)))
        return fail();
    for (qint64 userId : std::as_const(harbor)) {
        if (!writer.member(userId == harbor.first() ? harborAdmins : harborGroup, userId, timestamp(now, 86400 * 100)))
            return fail();
    }
    // Every group has a manager and a few editors and readers among the people.
    for (qint64 groupId : std::as_const(groups)) {
        if (!writer.userShare(groupId, northwind.at(random.bounded(northwind.size())), 3))
            return fail();
        for (int k = 0; k < 3; ++k) {
            if (!writer.userShare(groupId, northwind.at(random.bounded(northwind.size())), 1 + random.bounded(2)))
                return fail();
        }
    }
    for (const auto &share : kDemoGroupShares) {
        if (!writer.groupShare(groups.at(share[1]), groups.at(share[0]), share[2]))
            return fail();
    }
    // Harbor reads the Client Services group; Client Services writes Harbor Analysts.
    if (!writer.groupShare(11, harborGroup, 1) || !writer.groupShare(harborGroup, 11, 2))
        return fail();
    for (int k = 0; k < 25; ++k) {
        const QString flag = k % 2 ? u"beta_reports"_s : u"notebooks_v2"_s;
        if (!writer.sql(u"INSERT OR IGNORE INTO user_feature_flags(user_id, flag) VALUES (?, ?)"_s,
                {northwind.at(random.bounded(northwind.size())), flag}))
            return fail();
    }
    return true;
}

bool SandboxSeeder::seedLarge(QString *error)
{
    constexpr int kUsers = 100000;
    constexpr int kGroups = 10000;
    Writer writer(m_db);
    QRandomGenerator random(1000010000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto fail = [&] {
        *error = u"Cannot seed the large organization: %1"_s.arg(writer.error());
        return false;
    };
    const int firstCount = int(std::size(kFirstNames));
    const int lastCount = int(std::size(kLastNames));

    // Users 2..100001 (the admin is 1): names cycle through every first/last pair, then get a serial.
    for (int i = 0; i < kUsers; ++i) {
        const qint64 id = i + 2;
        const QString first = QString::fromLatin1(kFirstNames[i % firstCount]);
        const QString last = QString::fromLatin1(kLastNames[(i / firstCount) % lastCount]);
        const int serial = i / (firstCount * lastCount);
        const bool active = random.bounded(10) != 0;
        Writer::User user{id, 1, usernameFor(first, last, serial), first + u' ' + last, active, false, false,
            int(random.bounded(10)), {}, QString::fromLatin1(kTitles[i % 10]),
            timestamp(now, 86400 * (30 + random.bounded(1500))),
            active ? timestamp(now, random.bounded(60 * 86400)) : QString()};
        if (!writer.user(user))
            return fail();
        report(u"people"_s, i + 1, kUsers, 2000);
    }
    const char *const areas[] = {"Analytics", "Engineering", "Research", "Operations", "Field", "Finance", "Marketing",
        "Client", "Data", "Policy"};
    const char *const kindsOfGroup[] = {"Team", "Project", "Working Group", "Pod", "Office", "Program"};
    for (int i = 0; i < kGroups; ++i) {
        const qint64 id = i + 1;
        const QString name
            = u"%1 %2 %3"_s.arg(QString::fromLatin1(areas[i % 10]), QString::fromLatin1(kindsOfGroup[(i / 10) % 6]))
                  .arg(i + 1, 5, 10, QChar(u'0'));
        const QString slug = name.toLower().replace(u' ', u'-');
        if (!writer.group(id, 1, name, slug, u"Generated group %1 of the large seed."_s.arg(i + 1),
                i % 4 == 0 ? QVariant(u"America/New_York"_s) : QVariant(),
                timestamp(now, 86400 * (1 + (kGroups - i) / 8)), i % 7 == 0 ? 2 + random.bounded(kUsers) : 1))
            return fail();
        report(u"groups"_s, i + 1, kGroups, 500);
    }
    // Memberships: one to five groups a person; group sizes follow a power law, so a few groups
    // hold thousands of people and most hold a few dozen.
    for (int i = 0; i < kUsers; ++i) {
        const qint64 userId = i + 2;
        const int count = 1 + random.bounded(5);
        for (int k = 0; k < count; ++k) {
            const double u = random.generateDouble();
            const qint64 groupId = 1 + qint64(std::pow(u, 2.2) * kGroups) % kGroups;
            if (!writer.member(groupId, userId, timestamp(now, 86400 * random.bounded(700))))
                return fail();
            if (k == 0 && !writer.sql(u"UPDATE users SET primary_group_id = ? WHERE id = ?"_s, {groupId, userId}))
                return fail();
        }
        report(u"memberships of people"_s, i + 1, kUsers, 2000);
    }
    for (int i = 0; i < kGroups; ++i) {
        const qint64 groupId = i + 1;
        for (int k = 0, n = random.bounded(4); k < n; ++k) {
            if (!writer.userShare(groupId, 2 + random.bounded(kUsers), 1 + random.bounded(3)))
                return fail();
        }
        for (int k = 0, n = random.bounded(3); k < n; ++k) {
            if (!writer.groupShare(groupId, 1 + random.bounded(kGroups), 1 + random.bounded(3)))
                return fail();
        }
    }
    return true;
}
