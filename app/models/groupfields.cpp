#include "models/groupfields.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTimeZone>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

/// The string attributes, and where each lives in GroupAttributes and GroupPatch.
struct StringField
{
    GroupField field;
    QString Api::GroupAttributes::*attribute;
    std::optional<QString> Api::GroupPatch::*patch;
};

const StringField kStringFields[] = {
    {GroupField::Name, &Api::GroupAttributes::name, &Api::GroupPatch::name},
    {GroupField::Description, &Api::GroupAttributes::description, &Api::GroupPatch::description},
    {GroupField::Slug, &Api::GroupAttributes::slug, &Api::GroupPatch::slug},
    {GroupField::TimeZone, &Api::GroupAttributes::defaultTimeZone, &Api::GroupPatch::defaultTimeZone},
    {GroupField::JobsLabel, &Api::GroupAttributes::defaultJobsLabel, &Api::GroupPatch::defaultJobsLabel},
    {GroupField::NotebooksLabel, &Api::GroupAttributes::defaultNotebooksLabel, &Api::GroupPatch::defaultNotebooksLabel},
    {GroupField::ServicesLabel, &Api::GroupAttributes::defaultServicesLabel, &Api::GroupPatch::defaultServicesLabel},
};

const StringField *stringField(GroupField field)
{
    for (const StringField &f : kStringFields) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

/// How a server's error may name each field: the key as sent (snake_case), as the API answers
/// it (camelCase), and as Rails words it ("Default time zone is not ...").
struct FieldSpelling
{
    GroupField field;
    QLatin1StringView spelling;
};

const FieldSpelling kSpellings[] = {
    {GroupField::TwoFactor, "default_otp_required_for_login"_L1},
    {GroupField::TwoFactor, "defaultOtpRequiredForLogin"_L1},
    {GroupField::TwoFactor, "default otp required for login"_L1},
    {GroupField::NotebooksLabel, "default_notebooks_label"_L1},
    {GroupField::NotebooksLabel, "defaultNotebooksLabel"_L1},
    {GroupField::NotebooksLabel, "default notebooks label"_L1},
    {GroupField::ServicesLabel, "default_services_label"_L1},
    {GroupField::ServicesLabel, "defaultServicesLabel"_L1},
    {GroupField::ServicesLabel, "default services label"_L1},
    {GroupField::JobsLabel, "default_jobs_label"_L1},
    {GroupField::JobsLabel, "defaultJobsLabel"_L1},
    {GroupField::JobsLabel, "default jobs label"_L1},
    {GroupField::TimeZone, "default_time_zone"_L1},
    {GroupField::TimeZone, "defaultTimeZone"_L1},
    {GroupField::TimeZone, "default time zone"_L1},
    {GroupField::Organization, "organization_id"_L1},
    {GroupField::Organization, "organizationId"_L1},
    {GroupField::Organization, "organization"_L1},
    {GroupField::RoleIds, "role_ids"_L1},
    {GroupField::RoleIds, "roleIds"_L1},
    {GroupField::RoleIds, "role ids"_L1},
    {GroupField::Description, "description"_L1},
    {GroupField::Slug, "slug"_L1},
    {GroupField::Name, "name"_L1},
};

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

// --- GroupFields ---------------------------------------------------------------------------

QList<GroupField> GroupFields::all()
{
    return {GroupField::Name, GroupField::Description, GroupField::Slug, GroupField::Organization,
        GroupField::TwoFactor, GroupField::RoleIds, GroupField::TimeZone, GroupField::JobsLabel,
        GroupField::NotebooksLabel, GroupField::ServicesLabel};
}

QString GroupFields::name(GroupField field)
{
    switch (field) {
    case GroupField::Name:
        return tr("Name");
    case GroupField::Description:
        return tr("Description");
    case GroupField::Slug:
        return tr("Slug");
    case GroupField::Organization:
        return tr("Organization");
    case GroupField::TwoFactor:
        return tr("Two-factor authentication");
    case GroupField::RoleIds:
        return tr("Role ids");
    case GroupField::TimeZone:
        return tr("Default time zone");
    case GroupField::JobsLabel:
        return tr("Default jobs label");
    case GroupField::NotebooksLabel:
        return tr("Default notebooks label");
    case GroupField::ServicesLabel:
        return tr("Default services label");
    }
    return {};
}

QString GroupFields::text(const Api::GroupAttributes &attributes, GroupField field)
{
    const QString none = tr("(not set)");
    if (const StringField *f = stringField(field)) {
        const QString &value = attributes.*(f->attribute);
        return value.isEmpty() ? none : value;
    }
    switch (field) {
    case GroupField::Organization:
        return attributes.organizationId ? QString::number(*attributes.organizationId) : none;
    case GroupField::TwoFactor:
        if (!attributes.defaultOtpRequiredForLogin)
            return tr("Not set");
        return *attributes.defaultOtpRequiredForLogin ? tr("Required") : tr("Not required");
    case GroupField::RoleIds: {
        if (attributes.roleIds.isEmpty())
            return tr("(none)");
        QStringList ids;
        for (qint64 id : attributes.roleIds)
            ids.append(QString::number(id));
        return ids.join(", "_L1);
    }
    default:
        return {};
    }
}

bool GroupFields::same(const Api::GroupAttributes &a, const Api::GroupAttributes &b, GroupField field)
{
    if (const StringField *f = stringField(field))
        return a.*(f->attribute) == b.*(f->attribute); // a null and an empty QString are equal
    switch (field) {
    case GroupField::Organization:
        return !a.organizationId || !b.organizationId || *a.organizationId == *b.organizationId;
    case GroupField::TwoFactor:
        return a.defaultOtpRequiredForLogin.value_or(false) == b.defaultOtpRequiredForLogin.value_or(false);
    case GroupField::RoleIds:
        return a.roleIds == b.roleIds;
    default:
        return true;
    }
}

QList<GroupField> GroupFields::differing(const Api::GroupAttributes &a, const Api::GroupAttributes &b)
{
    QList<GroupField> fields;
    for (GroupField field : all()) {
        if (!same(a, b, field))
            fields.append(field);
    }
    return fields;
}

QList<FieldChange> GroupFields::changes(const Api::GroupAttributes &before, const Api::GroupAttributes &after)
{
    QList<FieldChange> list;
    for (GroupField field : differing(before, after))
        list.append(
            {field, name(field), text(before, field), text(after, field), FieldChange::Overwrite::NotAsked, {}});
    return list;
}

QList<FieldChange> GroupFields::changes(const Api::Group &before, const Api::Group &after)
{
    return changes(Api::GroupAttributes::fromGroup(before), Api::GroupAttributes::fromGroup(after));
}

QList<FieldChange> GroupFields::clearedBy(const Api::GroupAttributes &current, const Api::GroupAttributes &replacement)
{
    QList<FieldChange> list;
    for (GroupField field : all()) {
        bool cleared = false;
        if (const StringField *f = stringField(field))
            cleared = !(current.*(f->attribute)).isEmpty() && (replacement.*(f->attribute)).isEmpty();
        else if (field == GroupField::RoleIds)
            cleared = !current.roleIds.isEmpty() && replacement.roleIds.isEmpty();
        else if (field == GroupField::TwoFactor)
            cleared = current.defaultOtpRequiredForLogin.value_or(false) && !replacement.defaultOtpRequiredForLogin;
        // An organization left empty is not sent: the group stays where it is.
        if (!cleared)
            continue;
        QString after = text(replacement, field);
        if (field == GroupField::TwoFactor)
            after = tr("Not required (the API's default)");
        list.append({field, name(field), text(current, field), after, FieldChange::Overwrite::NotAsked, {}});
    }
    return list;
}

Api::GroupPatch GroupFields::patch(const Api::GroupAttributes &values, const QList<GroupField> &fields)
{
    Api::GroupPatch patch;
    for (GroupField field : fields) {
        if (const StringField *f = stringField(field)) {
            const QString &value = values.*(f->attribute);
            // A null QString is sent as null: the attribute has no value any more.
            patch.*(f->patch) = value.isEmpty() ? QString() : value;
            continue;
        }
        switch (field) {
        case GroupField::Organization:
            if (values.organizationId)
                patch.organizationId = values.organizationId;
            break;
        case GroupField::TwoFactor:
            patch.defaultOtpRequiredForLogin = values.defaultOtpRequiredForLogin.value_or(false);
            break;
        case GroupField::RoleIds:
            patch.roleIds = values.roleIds;
            break;
        default:
            break;
        }
    }
    return patch;
}

Api::GroupPatch GroupFields::patchBetween(const Api::GroupAttributes &before, const Api::GroupAttributes &after)
{
    return patch(after, differing(before, after));
}

QList<GroupField> GroupFields::fieldsOf(const Api::GroupPatch &patch)
{
    QList<GroupField> fields;
    for (GroupField field : all()) {
        bool set = false;
        if (const StringField *f = stringField(field))
            set = (patch.*(f->patch)).has_value();
        else if (field == GroupField::Organization)
            set = patch.organizationId.has_value();
        else if (field == GroupField::TwoFactor)
            set = patch.defaultOtpRequiredForLogin.has_value();
        else if (field == GroupField::RoleIds)
            set = patch.roleIds.has_value();
        if (set)
            fields.append(field);
    }
    return fields;
}

Api::GroupAttributes GroupFields::applied(Api::GroupAttributes attributes, const Api::GroupPatch &patch)
{
    for (const StringField &f : kStringFields) {
        if (const std::optional<QString> &value = patch.*(f.patch))
            attributes.*(f.attribute) = *value;
    }
    if (patch.organizationId)
        attributes.organizationId = patch.organizationId;
    if (patch.defaultOtpRequiredForLogin)
        attributes.defaultOtpRequiredForLogin = patch.defaultOtpRequiredForLogin;
    if (patch.roleIds)
        attributes.roleIds = *patch.roleIds;
    return attributes;
}

Api::GroupAttributes GroupFields::withFields(
    Api::GroupAttributes to, const Api::GroupAttributes &from, const QList<GroupField> &fields)
{
    for (GroupField field : fields) {
        if (const StringField *f = stringField(field)) {
            to.*(f->attribute) = from.*(f->attribute);
            continue;
        }
        switch (field) {
        case GroupField::Organization:
            to.organizationId = from.organizationId;
            break;
        case GroupField::TwoFactor:
            to.defaultOtpRequiredForLogin = from.defaultOtpRequiredForLogin;
            break;
        case GroupField::RoleIds:
            to.roleIds = from.roleIds;
            break;
        default:
            break;
        }
    }
    return to;
}

std::optional<GroupField> GroupFields::fieldOfError(const Api::ApiError &error)
{
    if (error.kind != Api::ApiError::Kind::Refusal)
        return std::nullopt;
    const QString description = error.errorDescription.trimmed();
    for (const FieldSpelling &s : kSpellings) {
        if (!description.startsWith(s.spelling, Qt::CaseInsensitive))
            continue;
        if (description.size() == s.spelling.size() || !isWordCharacter(description.at(s.spelling.size())))
            return s.field;
    }
    // "The slug "x" is already taken by another group": the one attribute that must be unique.
    if (error.httpStatus == 409 && description.contains("slug"_L1, Qt::CaseInsensitive))
        return GroupField::Slug;
    return std::nullopt;
}

// --- What a person typed --------------------------------------------------------------------

GroupFields::ParsedIds GroupFields::parseIds(const QString &text)
{
    ParsedIds parsed;
    for (const QString &piece : text.split(u',')) {
        const QString word = piece.trimmed();
        if (word.isEmpty())
            continue; // "3, 7," and ", 3" mean 3 and 7, and 3
        bool ok = false;
        const qint64 id = word.toLongLong(&ok);
        if (!ok || id <= 0) {
            parsed.bad = word;
            parsed.notPositive = ok;
            return parsed;
        }
        parsed.ids.append(id);
    }
    return parsed;
}

QString GroupFields::idsText(const QList<qint64> &ids)
{
    QStringList words;
    words.reserve(ids.size());
    for (qint64 id : ids)
        words.append(QString::number(id));
    return words.join(", "_L1);
}

bool GroupFields::isValidSlug(const QString &slug)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"_s);
    return pattern.match(slug).hasMatch();
}

const QStringList &GroupFields::knownTimeZones()
{
    static const QStringList zones = [] {
        QStringList list;
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        list.reserve(ids.size());
        for (const QByteArray &id : ids)
            list.append(QString::fromLatin1(id));
        return list;
    }();
    return zones;
}

bool GroupFields::isKnownTimeZone(const QString &id)
{
    static const QSet<QString> zones(knownTimeZones().cbegin(), knownTimeZones().cend());
    return zones.contains(id);
}

QString GroupFields::shortValue(const QString &value)
{
    const QString simple = value.simplified();
    return simple.size() > 60 ? simple.left(57) + u'…' : simple;
}

QHash<GroupField, QString> GroupFields::problems(const TypedText &typed, const QString &keptTimeZone)
{
    QHash<GroupField, QString> problems;
    if (typed.name.trimmed().isEmpty())
        problems.insert(GroupField::Name, tr("A group needs a name."));

    const QString slug = typed.slug.trimmed();
    if (!slug.isEmpty() && !isValidSlug(slug)) {
        problems.insert(GroupField::Slug,
            tr("A slug holds only lowercase letters, digits, and single - or _ between them, such as "
               "boston-office."));
    }

    const QString organization = typed.organization.trimmed();
    if (!organization.isEmpty() && !parseIds(organization).isOneId())
        problems.insert(GroupField::Organization, tr("An organization is given by its id, one whole number."));

    const ParsedIds roles = parseIds(typed.roleIds);
    if (!roles.bad.isEmpty()) {
        problems.insert(GroupField::RoleIds,
            roles.notPositive ? tr("Role ids are positive numbers; “%1” is not one.").arg(roles.bad)
                              : tr("“%1” is not a role id: give whole numbers separated by commas, such as 3, 7, 12.")
                                    .arg(shortValue(roles.bad)));
    }

    // A zone from the list, or none; or one the server holds, left alone.
    const QString zone = typed.timeZone.trimmed();
    if (!zone.isEmpty() && !isKnownTimeZone(zone) && !(zone == keptTimeZone && !keptTimeZone.isEmpty())) {
        problems.insert(GroupField::TimeZone,
            tr("“%1” is not a time zone this computer knows. Pick one from the list (type any part of its "
               "name), or leave it not set.")
                .arg(shortValue(zone)));
    }
    return problems;
}

} // namespace Models
