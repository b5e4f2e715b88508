#include "api/records.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Api {

QString ShapeError::toString() const
{
    return field.isEmpty()
        ? problem
        : tr("%1 %2", "a field of the answer (members[3].email), then what is wrong with it").arg(field, problem);
}

namespace Json {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return ShapeError::tr("null", "what a JSON value is");
    case QJsonValue::Bool:
        return ShapeError::tr("a boolean", "what a JSON value is");
    case QJsonValue::Double:
        return ShapeError::tr("a number", "what a JSON value is");
    case QJsonValue::String:
        return ShapeError::tr("a string", "what a JSON value is");
    case QJsonValue::Array:
        return ShapeError::tr("an array", "what a JSON value is");
    case QJsonValue::Object:
        return ShapeError::tr("an object", "what a JSON value is");
    case QJsonValue::Undefined:
        break;
    }
    return ShapeError::tr("nothing", "what a JSON value is");
}

/// A text marked with QT_TRANSLATE_NOOP3 where it is written, translated where it is used.
struct UntranslatedText
{
    const char *source;
    const char *comment;
};

bool wrongType(const QJsonValue &value, UntranslatedText expected, QString &problem)
{
    problem = ShapeError::tr("must be %1, not %2", "what a value must be, then what it is")
                  .arg(ShapeError::tr(expected.source, expected.comment), typeName(value));
    return false;
}

} // namespace

bool read(const QJsonValue &value, qint64 &out, QString &problem)
{
    // JSON numbers are doubles; an id must be a whole number that a double holds exactly.
    if (!value.isDouble())
        return wrongType(
            value, QT_TRANSLATE_NOOP3("Api::ShapeError", "an integer", "what a JSON value must be"), problem);
    const double number = value.toDouble();
    if (number != std::floor(number)) {
        problem = ShapeError::tr("must be an integer, not %1").arg(number);
        return false;
    }
    if (std::abs(number) > 9007199254740992.0) {
        problem = ShapeError::tr("is out of range (%1)").arg(number);
        return false;
    }
    out = static_cast<qint64>(number);
    return true;
}

bool read(const QJsonValue &value, int &out, QString &problem)
{
    qint64 wide = 0;
    if (!read(value, wide, problem))
        return false;
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        problem = ShapeError::tr("is out of range (%1)").arg(wide);
        return false;
    }
    out = static_cast<int>(wide);
    return true;
}

bool read(const QJsonValue &value, bool &out, QString &problem)
{
    if (!value.isBool())
        return wrongType(
            value, QT_TRANSLATE_NOOP3("Api::ShapeError", "a boolean", "what a JSON value must be"), problem);
    out = value.toBool();
    return true;
}

bool read(const QJsonValue &value, QString &out, QString &problem)
{
    if (!value.isString())
        return wrongType(
            value, QT_TRANSLATE_NOOP3("Api::ShapeError", "a string", "what a JSON value must be"), problem);
    out = value.toString();
    return true;
}

bool read(const QJsonValue &value, QDateTime &out, QString &problem)
{
    if (!value.isString())
        return wrongType(
            value, QT_TRANSLATE_NOOP3("Api::ShapeError", "an ISO 8601 time", "what a JSON value must be"), problem);
    out = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    // The API's times are UTC ("...Z"); one without a zone would silently be read as local time.
    if (!out.isValid() || out.timeSpec() == Qt::LocalTime) {
        problem = ShapeError::tr("must be an ISO 8601 time with a zone, not \"%1\"").arg(value.toString());
        return false;
    }
    return true;
}

bool read(const QJsonValue &value, QJsonObject &out, QString &problem)
{
    if (!value.isObject())
        return wrongType(
            value, QT_TRANSLATE_NOOP3("Api::ShapeError", "an object", "what a JSON value must be"), problem);
    out = value.toObject();
    return true;
}

bool read(const QJsonValue &value, QJsonValue &out, QString &)
{
    out = value;
    return true;
}

QString joinFieldPath(const QString &outer, const QString &inner)
{
    if (inner.isEmpty())
        return outer;
    if (inner.startsWith(u'['))
        return outer + inner;
    return outer + u'.' + inner;
}

QJsonValue write(qint64 value)
{
    return value;
}

QJsonValue write(int value)
{
    return value;
}

QJsonValue write(bool value)
{
    return value;
}

QJsonValue write(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue write(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue write(const QJsonObject &value)
{
    return value;
}

QJsonValue write(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace Json

// fromJson, toJson and operator== for each record, from its field table. Its message is
// translate()d with its context named: lupdate cannot tell what class Record:: is and would file
// a ShapeError::tr under a context nobody looks in.
#define CIVIS_READ_FIELD(type, name)                                                                                   \
    if (!Json::readMember(object, #name, record.name, shapeError))                                                     \
        return fail();
#define CIVIS_WRITE_FIELD(type, name) object.insert(QStringLiteral(#name), Json::write(name));
#define CIVIS_COMPARE_FIELD(type, name) &&a.name == b.name
#define CIVIS_DEFINE_RECORD(Record, FIELDS)                                                                            \
    std::optional<Record> Record::fromJson(const QJsonValue &json, ShapeError *error)                                  \
    {                                                                                                                  \
        ShapeError shapeError;                                                                                         \
        auto fail = [&]() -> std::optional<Record> {                                                                   \
            if (error)                                                                                                 \
                *error = shapeError;                                                                                   \
            return std::nullopt;                                                                                       \
        };                                                                                                             \
        if (!json.isObject()) {                                                                                        \
            shapeError.problem = QCoreApplication::translate(                                                          \
                "Api::ShapeError", "must be an object (%1), not %2", "the record's type, then what it is")             \
                                     .arg(QLatin1StringView(#Record), Json::typeName(json));                           \
            return fail();                                                                                             \
        }                                                                                                              \
        const QJsonObject object = json.toObject();                                                                    \
        Record record;                                                                                                 \
        FIELDS(CIVIS_READ_FIELD)                                                                                       \
        return record;                                                                                                 \
    }                                                                                                                  \
    QJsonObject Record::toJson() const                                                                                 \
    {                                                                                                                  \
        QJsonObject object;                                                                                            \
        FIELDS(CIVIS_WRITE_FIELD)                                                                                      \
        return object;                                                                                                 \
    }                                                                                                                  \
    bool operator==(const Record &a, const Record &b)                                                                  \
    {                                                                                                                  \
        return true FIELDS(CIVIS_COMPARE_FIELD);                                                                       \
    }

CIVIS_DEFINE_RECORD(NamedRef, CIVIS_NAMEDREF_FIELDS)
CIVIS_DEFINE_RECORD(SimpleUser, CIVIS_SIMPLEUSER_FIELDS)
CIVIS_DEFINE_RECORD(Member, CIVIS_MEMBER_FIELDS)
CIVIS_DEFINE_RECORD(GroupSummary, CIVIS_GROUPSUMMARY_FIELDS)
CIVIS_DEFINE_RECORD(Group, CIVIS_GROUP_FIELDS)
CIVIS_DEFINE_RECORD(ChildGroups, CIVIS_CHILDGROUPS_FIELDS)
CIVIS_DEFINE_RECORD(ShareSet, CIVIS_SHARESET_FIELDS)
CIVIS_DEFINE_RECORD(ShareIndex, CIVIS_SHAREINDEX_FIELDS)
CIVIS_DEFINE_RECORD(UserGroup, CIVIS_USERGROUP_FIELDS)
CIVIS_DEFINE_RECORD(User, CIVIS_USER_FIELDS)
CIVIS_DEFINE_RECORD(UserDetail, CIVIS_USERDETAIL_FIELDS)
CIVIS_DEFINE_RECORD(UserMe, CIVIS_USERME_FIELDS)

GroupSummary Group::summary() const
{
    GroupSummary summary;
#define CIVIS_COPY_FIELD(type, name) summary.name = name;
    CIVIS_GROUPSUMMARY_BASE_FIELDS(CIVIS_COPY_FIELD, CIVIS_NO_FIELDS)
#undef CIVIS_COPY_FIELD
    // GET /groups/ lists members only when asked to; a summary made from a group carries none,
    // as a plain list page would.
    return summary;
}

GroupAttributes GroupAttributes::fromGroup(const Group &group)
{
    GroupAttributes attributes;
    attributes.name = group.name;
    attributes.description = group.description.value_or(QString());
    attributes.slug = group.slug.value_or(QString());
    attributes.organizationId = group.organizationId;
    attributes.defaultOtpRequiredForLogin = group.defaultOtpRequiredForLogin;
    attributes.roleIds = group.roleIds;
    attributes.defaultTimeZone = group.defaultTimeZone.value_or(QString());
    attributes.defaultJobsLabel = group.defaultJobsLabel.value_or(QString());
    attributes.defaultNotebooksLabel = group.defaultNotebooksLabel.value_or(QString());
    attributes.defaultServicesLabel = group.defaultServicesLabel.value_or(QString());
    return attributes;
}

QJsonObject GroupAttributes::toJson() const
{
    // An empty optional attribute is "no value", as a cleared field in a form means it.
    const auto optional
        = [](const QString &value) { return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value); };
    QJsonObject body{
        {u"name"_s, Json::write(name)},
        {u"description"_s, optional(description)},
        {u"slug"_s, optional(slug)},
        {u"role_ids"_s, Json::write(roleIds)},
        {u"default_time_zone"_s, optional(defaultTimeZone)},
        {u"default_jobs_label"_s, optional(defaultJobsLabel)},
        {u"default_notebooks_label"_s, optional(defaultNotebooksLabel)},
        {u"default_services_label"_s, optional(defaultServicesLabel)},
    };
    if (organizationId)
        body.insert(u"organization_id"_s, *organizationId);
    if (defaultOtpRequiredForLogin)
        body.insert(u"default_otp_required_for_login"_s, *defaultOtpRequiredForLogin);
    return body;
}

QJsonObject GroupPatch::toJson() const
{
    QJsonObject body;
    auto put = [&body](const QString &key, const auto &value) {
        if (value)
            body.insert(key, Json::write(*value));
    };
    put(u"name"_s, name);
    put(u"description"_s, description);
    put(u"slug"_s, slug);
    put(u"organization_id"_s, organizationId);
    put(u"default_otp_required_for_login"_s, defaultOtpRequiredForLogin);
    put(u"role_ids"_s, roleIds);
    put(u"default_time_zone"_s, defaultTimeZone);
    put(u"default_jobs_label"_s, defaultJobsLabel);
    put(u"default_notebooks_label"_s, defaultNotebooksLabel);
    put(u"default_services_label"_s, defaultServicesLabel);
    return body;
}

QString permissionLevelName(PermissionLevel level)
{
    switch (level) {
    case PermissionLevel::Read:
        return u"read"_s;
    case PermissionLevel::Write:
        return u"write"_s;
    case PermissionLevel::Manage:
        return u"manage"_s;
    }
    return {};
}

std::optional<PermissionLevel> permissionLevelFromName(const QString &name)
{
    for (PermissionLevel level : {PermissionLevel::Read, PermissionLevel::Write, PermissionLevel::Manage}) {
        if (name == permissionLevelName(level))
            return level;
    }
    return std::nullopt;
}

} // namespace Api
