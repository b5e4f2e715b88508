#pragma once

// The records the Civis API returns for groups and users: plain value types that keep every
// field of the contract (../shared/api/civis-groups-users.swagger.json), nulls included.
//
// Each record lists its fields once, in a CIVIS_*_FIELDS table, and fromJson/toJson/operator==
// are generated from that table, so a field can't be read but forgotten on the way out.
// A field's C++ type says what the wire may hold: std::optional<T> accepts null, T does not.
// fromJson rejects a body of the wrong shape with a ShapeError naming the field; it never
// invents a default for a missing or mistyped field.

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace Api {

/// Why a JSON value is not the record it should be: the field (a path such as
/// "members[3].email") and what was wrong with it.
struct ShapeError
{
    QString field;
    QString problem; ///< e.g. "is missing", "must be an integer, not a string"; translated.

    bool isNull() const { return problem.isEmpty(); }
    /// "members[3].email must be a string, not a number": part of a message for people.
    QString toString() const;

    Q_DECLARE_TR_FUNCTIONS(Api::ShapeError)
};

/// Reads and writes one field of a record; the overloads are the wire types the contract uses.
namespace Json {
bool read(const QJsonValue &value, qint64 &out, QString &problem);
bool read(const QJsonValue &value, int &out, QString &problem);
bool read(const QJsonValue &value, bool &out, QString &problem);
bool read(const QJsonValue &value, QString &out, QString &problem);
bool read(const QJsonValue &value, QDateTime &out, QString &problem);
bool read(const QJsonValue &value, QJsonObject &out, QString &problem);
bool read(const QJsonValue &value, QJsonValue &out, QString &problem);

/// "members" and "[3].email" make "members[3].email".
QString joinFieldPath(const QString &outer, const QString &inner);

QJsonValue write(qint64 value);
QJsonValue write(int value);
QJsonValue write(bool value);
QJsonValue write(const QString &value);
QJsonValue write(const QDateTime &value);
QJsonValue write(const QJsonObject &value);
QJsonValue write(const QJsonValue &value);

/// A record type's own fromJson, with the error's field path prefixed by the enclosing one.
template <typename Record, typename = decltype(&Record::fromJson)>
bool read(const QJsonValue &value, Record &out, ShapeError &error)
{
    std::optional<Record> record = Record::fromJson(value, &error);
    if (!record)
        return false;
    out = std::move(*record);
    return true;
}

template <typename T>
auto readField(const QJsonValue &value, T &out, ShapeError &error) -> decltype(read(value, out, error.problem))
{
    return read(value, out, error.problem);
}

template <typename T>
auto readField(const QJsonValue &value, T &out, ShapeError &error) -> decltype(read(value, out, error))
{
    return read(value, out, error);
}

template <typename T>
bool readField(const QJsonValue &value, std::optional<T> &out, ShapeError &error)
{
    if (value.isNull()) {
        out.reset();
        return true;
    }
    T inner{};
    if (!readField(value, inner, error))
        return false;
    out = std::move(inner);
    return true;
}

template <typename T>
bool readField(const QJsonValue &value, QList<T> &out, ShapeError &error)
{
    if (!value.isArray()) {
        error.problem
            = value.isNull() ? ShapeError::tr("must be an array, not null") : ShapeError::tr("must be an array");
        return false;
    }
    const QJsonArray array = value.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        T item{};
        ShapeError inner;
        if (!readField(array.at(i), item, inner)) {
            error.field = joinFieldPath(QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), inner.field);
            error.problem = inner.problem;
            return false;
        }
        out.append(std::move(item));
    }
    return true;
}

template <typename Record, typename = decltype(&Record::toJson)>
QJsonValue write(const Record &record)
{
    return record.toJson();
}

template <typename T>
QJsonValue write(const std::optional<T> &value)
{
    return value ? QJsonValue(write(*value)) : QJsonValue(QJsonValue::Null);
}

template <typename T>
QJsonValue write(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(write(value));
    return array;
}

/// Reads field \a name of \a object into \a out; a missing field is an error.
template <typename T>
bool readMember(const QJsonObject &object, const char *name, T &out, ShapeError &error)
{
    const QLatin1StringView key(name);
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        error = {QString(key), ShapeError::tr("is missing")};
        return false;
    }
    ShapeError inner;
    if (!readField(*it, out, inner)) {
        error.field = joinFieldPath(QString(key), inner.field);
        error.problem = inner.problem;
        return false;
    }
    return true;
}
} // namespace Json

// A record's fields in one table. F(type, name): the JSON key is the member's name, as the
// contract's camelCase names are valid C++ names.
#define CIVIS_DECLARE_FIELD(type, name) type name{};
#define CIVIS_DECLARE_RECORD(Record, FIELDS)                                                                           \
    FIELDS(CIVIS_DECLARE_FIELD)                                                                                        \
    /** The record in \a json, or nothing with \a error saying which field is wrong. */                                \
    static std::optional<Record> fromJson(const QJsonValue &json, ShapeError *error = nullptr);                        \
    QJsonObject toJson() const;                                                                                        \
    friend bool operator==(const Record &a, const Record &b);                                                          \
    friend bool operator!=(const Record &a, const Record &b)                                                           \
    {                                                                                                                  \
        return !(a == b);                                                                                              \
    }

/// An id and a name: GroupSimpleGroup, ShareUserSummary and ShareGroupSummary in the contract.
#define CIVIS_NAMEDREF_FIELDS(F)                                                                                       \
    F(qint64, id)                                                                                                      \
    F(QString, name)
struct NamedRef
{
    CIVIS_DECLARE_RECORD(NamedRef, CIVIS_NAMEDREF_FIELDS)
};

/// A member as GET /groups/ lists them (UserSimpleUser).
#define CIVIS_SIMPLEUSER_FIELDS(F)                                                                                     \
    F(qint64, id)                                                                                                      \
    F(QString, name)                                                                                                   \
    F(QString, username)                                                                                               \
    F(std::optional<QString>, initials)                                                                                \
    F(bool, online)
struct SimpleUser
{
    CIVIS_DECLARE_RECORD(SimpleUser, CIVIS_SIMPLEUSER_FIELDS)
};

/// A member of one group as GET /groups/{id} lists them (UserSimpleUserWithManagementDetails).
#define CIVIS_MEMBER_FIELDS(F)                                                                                         \
    F(qint64, id)                                                                                                      \
    F(QString, name)                                                                                                   \
    F(QString, username)                                                                                               \
    F(std::optional<QString>, initials)                                                                                \
    F(bool, online)                                                                                                    \
    F(std::optional<QString>, email)                                                                                   \
    F(std::optional<qint64>, primaryGroupId)                                                                           \
    F(bool, active)
struct Member
{
    CIVIS_DECLARE_RECORD(Member, CIVIS_MEMBER_FIELDS)
};

/// The fields a group has in a list and in full, in the contract's order. EXTRA(F) adds, before
/// the two audit ids, the fields only the full group has; members is not here, as its type differs.
#define CIVIS_GROUPSUMMARY_BASE_FIELDS(F, EXTRA)                                                                       \
    F(qint64, id)                                                                                                      \
    F(QString, name)                                                                                                   \
    F(QDateTime, createdAt)                                                                                            \
    F(QDateTime, updatedAt)                                                                                            \
    F(std::optional<QString>, description)                                                                             \
    F(std::optional<QString>, slug)                                                                                    \
    F(std::optional<qint64>, organizationId)                                                                           \
    F(std::optional<QString>, organizationName)                                                                        \
    F(int, memberCount)                                                                                                \
    F(int, totalMemberCount)                                                                                           \
    EXTRA(F)                                                                                                           \
    F(std::optional<qint64>, lastUpdatedById)                                                                          \
    F(std::optional<qint64>, createdById)

/// No fields: the EXTRA of a table that adds none.
#define CIVIS_NO_FIELDS(F)

/// A group in a list (GroupSummary).
#define CIVIS_GROUPSUMMARY_FIELDS(F)                                                                                   \
    CIVIS_GROUPSUMMARY_BASE_FIELDS(F, CIVIS_NO_FIELDS)                                                                 \
    F(QList<SimpleUser>, members)
struct GroupSummary
{
    CIVIS_DECLARE_RECORD(GroupSummary, CIVIS_GROUPSUMMARY_FIELDS)
};

/// What a full group has that a list's summary has not.
#define CIVIS_GROUP_ONLY_FIELDS(F)                                                                                     \
    F(bool, defaultOtpRequiredForLogin)                                                                                \
    F(QList<qint64>, roleIds)                                                                                          \
    F(std::optional<QString>, defaultTimeZone)                                                                         \
    F(std::optional<QString>, defaultJobsLabel)                                                                        \
    F(std::optional<QString>, defaultNotebooksLabel)                                                                   \
    F(std::optional<QString>, defaultServicesLabel)

/// One group with all its attributes and members (Group).
#define CIVIS_GROUP_FIELDS(F)                                                                                          \
    CIVIS_GROUPSUMMARY_BASE_FIELDS(F, CIVIS_GROUP_ONLY_FIELDS)                                                         \
    F(QList<Member>, members)
struct Group
{
    CIVIS_DECLARE_RECORD(Group, CIVIS_GROUP_FIELDS)

    /// The same group as a list shows it; members keep only what a list carries.
    GroupSummary summary() const;
};

/// The groups that one group holds permissions on (GroupChildren).
#define CIVIS_CHILDGROUPS_FIELDS(F)                                                                                    \
    F(QList<NamedRef>, manageable)                                                                                     \
    F(QList<NamedRef>, writeable)                                                                                      \
    F(QList<NamedRef>, readable)
struct ChildGroups
{
    CIVIS_DECLARE_RECORD(ChildGroups, CIVIS_CHILDGROUPS_FIELDS)
};

/// The users and groups that hold one permission level (ShareUserSetSummary).
#define CIVIS_SHARESET_FIELDS(F)                                                                                       \
    F(QList<NamedRef>, users)                                                                                          \
    F(QList<NamedRef>, groups)
struct ShareSet
{
    CIVIS_DECLARE_RECORD(ShareSet, CIVIS_SHARESET_FIELDS)
};

/// Who may read, write and manage a group (ShareIndex); "manage" shows as owners.
#define CIVIS_SHAREINDEX_FIELDS(F)                                                                                     \
    F(ShareSet, readers)                                                                                               \
    F(ShareSet, writers)                                                                                               \
    F(ShareSet, owners)                                                                                                \
    F(int, totalUserShares)                                                                                            \
    F(int, totalGroupShares)
struct ShareIndex
{
    CIVIS_DECLARE_RECORD(ShareIndex, CIVIS_SHAREINDEX_FIELDS)
};

/// A group a user belongs to (UserGroup).
#define CIVIS_USERGROUP_FIELDS(F)                                                                                      \
    F(qint64, id)                                                                                                      \
    F(QString, name)                                                                                                   \
    F(std::optional<QString>, slug)                                                                                    \
    F(std::optional<qint64>, organizationId)                                                                           \
    F(std::optional<QString>, organizationName)
struct UserGroup
{
    CIVIS_DECLARE_RECORD(UserGroup, CIVIS_USERGROUP_FIELDS)
};

/// The fields a user has in a list and in full, in the contract's order. EXTRA(F) adds, after the
/// groups, the fields that differ: the list's sign-in time, or the full record's details.
#define CIVIS_USER_BASE_FIELDS(F, EXTRA)                                                                               \
    F(qint64, id)                                                                                                      \
    F(QString, user)                                                                                                   \
    F(QString, name)                                                                                                   \
    F(std::optional<QString>, email)                                                                                   \
    F(bool, active)                                                                                                    \
    F(std::optional<qint64>, primaryGroupId)                                                                           \
    F(QList<UserGroup>, groups)                                                                                        \
    EXTRA(F)                                                                                                           \
    F(std::optional<QDateTime>, updatedAt)                                                                             \
    F(std::optional<QDateTime>, lastSeenAt)                                                                            \
    F(std::optional<bool>, suspended)                                                                                  \
    F(std::optional<qint64>, createdById)                                                                              \
    F(std::optional<qint64>, lastUpdatedById)

/// What a user in a list has that UserDetail has not (createdAt is in both, just before).
#define CIVIS_USER_ONLY_FIELDS(F)                                                                                      \
    F(std::optional<QDateTime>, createdAt)                                                                             \
    F(std::optional<QDateTime>, currentSignInAt)

/// A user in a list (UserSummary). `user` is the username.
#define CIVIS_USER_FIELDS(F) CIVIS_USER_BASE_FIELDS(F, CIVIS_USER_ONLY_FIELDS)
struct User
{
    CIVIS_DECLARE_RECORD(User, CIVIS_USER_FIELDS)
};

/// What one user in full has between the groups and the audit fields.
#define CIVIS_USERDETAIL_ONLY_FIELDS(F)                                                                                \
    F(std::optional<QString>, city)                                                                                    \
    F(std::optional<QString>, state)                                                                                   \
    F(std::optional<QString>, timeZone)                                                                                \
    F(std::optional<QString>, initials)                                                                                \
    F(std::optional<QString>, department)                                                                              \
    F(std::optional<QString>, title)                                                                                   \
    F(std::optional<QString>, githubUsername)                                                                          \
    F(std::optional<bool>, prefersSmsOtp)                                                                              \
    F(std::optional<bool>, vpnEnabled)                                                                                 \
    F(std::optional<bool>, ssoDisabled)                                                                                \
    F(std::optional<bool>, otpRequiredForLogin)                                                                        \
    F(std::optional<bool>, exemptFromOrgSmsOtpDisabled)                                                                \
    F(std::optional<bool>, smsOtpAllowed)                                                                              \
    F(std::optional<bool>, robot)                                                                                      \
    F(std::optional<QString>, phone)                                                                                   \
    F(std::optional<QString>, organizationSlug)                                                                        \
    F(std::optional<bool>, organizationSSODisableCapable)                                                              \
    F(std::optional<QString>, organizationLoginType)                                                                   \
    F(std::optional<bool>, organizationSmsOtpDisabled)                                                                 \
    F(std::optional<QString>, myPermissionLevel)                                                                       \
    F(std::optional<QDateTime>, createdAt)

/// One user with every detail (UserDetail).
#define CIVIS_USERDETAIL_FIELDS(F)                                                                                     \
    CIVIS_USER_BASE_FIELDS(F, CIVIS_USERDETAIL_ONLY_FIELDS)                                                            \
    F(std::optional<QString>, unconfirmedEmail)                                                                        \
    F(std::optional<QString>, accountStatus)
struct UserDetail
{
    CIVIS_DECLARE_RECORD(UserDetail, CIVIS_USERDETAIL_FIELDS)
};

/// The caller (UserMe). Free-form objects (featureFlags, preferences, roleAssumer) stay JSON objects.
#define CIVIS_USERME_FIELDS(F)                                                                                         \
    F(qint64, id)                                                                                                      \
    F(QString, name)                                                                                                   \
    F(std::optional<QString>, email)                                                                                   \
    F(QString, username)                                                                                               \
    F(std::optional<QString>, initials)                                                                                \
    F(std::optional<QDateTime>, lastCheckedAnnouncements)                                                              \
    F(std::optional<QJsonObject>, featureFlags)                                                                        \
    F(QStringList, roles)                                                                                              \
    F(std::optional<QJsonObject>, preferences)                                                                         \
    F(std::optional<QString>, customBranding)                                                                          \
    F(std::optional<qint64>, primaryGroupId)                                                                           \
    F(QList<UserGroup>, groups)                                                                                        \
    F(std::optional<QString>, organizationName)                                                                        \
    F(std::optional<QString>, organizationSlug)                                                                        \
    F(std::optional<qint64>, organizationDefaultThemeId)                                                               \
    F(std::optional<QDateTime>, createdAt)                                                                             \
    F(std::optional<qint64>, signInCount)                                                                              \
    F(std::optional<bool>, assumingRole)                                                                               \
    F(std::optional<QJsonObject>, roleAssumer)                                                                         \
    F(std::optional<bool>, assumingAdmin)                                                                              \
    F(std::optional<QDateTime>, assumingAdminExpiration)                                                               \
    F(std::optional<QDateTime>, superadminModeExpiration)                                                              \
    F(std::optional<bool>, disableNonCompliantFedrampFeatures)                                                         \
    F(std::optional<QString>, personaRole)                                                                             \
    F(std::optional<qint64>, createdById)                                                                              \
    F(std::optional<qint64>, lastUpdatedById)
struct UserMe
{
    CIVIS_DECLARE_RECORD(UserMe, CIVIS_USERME_FIELDS)
};

/// The attributes of a group as POST and PUT send them: all of them. An empty optional one is
/// sent as null (the API's "no value"); organizationId and defaultOtpRequiredForLogin are sent
/// only when set (the API's own default then applies: no 2FA requirement).
struct GroupAttributes
{
    QString name;
    QString description;
    QString slug;
    std::optional<qint64> organizationId;
    std::optional<bool> defaultOtpRequiredForLogin;
    QList<qint64> roleIds;
    QString defaultTimeZone;
    QString defaultJobsLabel;
    QString defaultNotebooksLabel;
    QString defaultServicesLabel;

    /// The attributes \a group has now: where an edit that PUTs the whole group starts.
    static GroupAttributes fromGroup(const Group &group);
    /// The request body, snake_case as the official client sends it.
    QJsonObject toJson() const;
};

/// The attributes a PATCH changes: only those set are sent. A set but null QString clears
/// the attribute (sent as null).
struct GroupPatch
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> slug;
    std::optional<qint64> organizationId;
    std::optional<bool> defaultOtpRequiredForLogin;
    std::optional<QList<qint64>> roleIds;
    std::optional<QString> defaultTimeZone;
    std::optional<QString> defaultJobsLabel;
    std::optional<QString> defaultNotebooksLabel;
    std::optional<QString> defaultServicesLabel;

    bool isEmpty() const { return toJson().isEmpty(); }
    /// The request body with only the attributes set, snake_case.
    QJsonObject toJson() const;
};

/// A permission level a share grants.
enum class PermissionLevel { Read, Write, Manage };
/// "read", "write" or "manage", as the API spells them.
QString permissionLevelName(PermissionLevel level);
std::optional<PermissionLevel> permissionLevelFromName(const QString &name);

/// The ids of \a records (any record with an id: groups, members, people), each once.
template <typename Record>
QSet<qint64> idSet(const QList<Record> &records)
{
    QSet<qint64> ids;
    ids.reserve(records.size());
    for (const Record &record : records)
        ids.insert(record.id);
    return ids;
}

} // namespace Api

Q_DECLARE_METATYPE(Api::NamedRef)
Q_DECLARE_METATYPE(Api::SimpleUser)
Q_DECLARE_METATYPE(Api::Member)
Q_DECLARE_METATYPE(Api::GroupSummary)
Q_DECLARE_METATYPE(Api::Group)
Q_DECLARE_METATYPE(Api::ChildGroups)
Q_DECLARE_METATYPE(Api::ShareSet)
Q_DECLARE_METATYPE(Api::ShareIndex)
Q_DECLARE_METATYPE(Api::UserGroup)
Q_DECLARE_METATYPE(Api::User)
Q_DECLARE_METATYPE(Api::UserDetail)
Q_DECLARE_METATYPE(Api::UserMe)
