#pragma once

// The attributes of a group as a person edits them: the field list (in the group dialog's
// order), their names, how their values read, what differs between two copies, and the pure
// checks of what was typed in the form. One table, so an attribute is added here once; the
// edits (groupedit.h) and the dialog read it. All pure, tested headless (tst_groupedit).

#include "api/apierror.h"
#include "api/records.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace Models {

/// The attributes of a group a person edits, in the order the group dialog shows them.
enum class GroupField {
    Name,
    Description,
    Slug,
    Organization,
    TwoFactor,
    RoleIds,
    TimeZone,
    JobsLabel,
    NotebooksLabel,
    ServicesLabel,
};

/// One attribute with two values: changed on the server (before: what the edit started from,
/// after: what the server holds now), or to be cleared by a replace (after: empty).
struct FieldChange
{
    /// For a change on the server that a conflicted edit found: what GroupEdit::overwrite() does to it.
    enum class Overwrite {
        NotAsked, ///< Not a conflict's (the fields a replace clears, the differences of two copies).
        Replaces, ///< Sends the edit's value (\a yours) over the server's.
        Keeps, ///< Leaves the server's value: the edit does not set this field.
        Agrees, ///< Nothing to overwrite: the server already holds the edit's value.
    };

    GroupField field = GroupField::Name;
    QString name; ///< For people: "Default time zone".
    QString before; ///< The value as people read it: "(not set)" for none.
    QString after;
    Overwrite overwrite = Overwrite::NotAsked;
    QString yours; ///< With Replaces: the value sent, as people read it.

    friend bool operator==(const FieldChange &a, const FieldChange &b)
    {
        return a.field == b.field && a.before == b.before && a.after == b.after && a.overwrite == b.overwrite
            && a.yours == b.yours;
    }
};

/// What the group edits know of the attributes: names, how values read, what differs. All pure.
class GroupFields
{
    Q_DECLARE_TR_FUNCTIONS(Models::GroupFields)

public:
    /// Every field, in the dialog's order.
    static QList<GroupField> all();
    /// "Name", "Description", "Slug", "Organization", "Two-factor authentication", "Role ids",
    /// "Default time zone", "Default jobs label", "Default notebooks label", "Default services label".
    static QString name(GroupField field);
    /// The value of \a field in \a attributes as people read it; "(not set)" when empty.
    static QString text(const Api::GroupAttributes &attributes, GroupField field);

    /// True when \a a and \a b hold the same value of \a field. An unset organization means
    /// "where it is" (a PUT without one keeps the group's), so it is the same as any; an unset
    /// two-factor default is the API's default, not required.
    static bool same(const Api::GroupAttributes &a, const Api::GroupAttributes &b, GroupField field);
    /// The fields whose values differ between \a a and \a b.
    static QList<GroupField> differing(const Api::GroupAttributes &a, const Api::GroupAttributes &b);
    /// The fields that differ, with both values.
    static QList<FieldChange> changes(const Api::GroupAttributes &before, const Api::GroupAttributes &after);
    static QList<FieldChange> changes(const Api::Group &before, const Api::Group &after);
    /// The fields \a current holds a value in that a PUT of \a replacement would clear (left
    /// empty there; the two-factor requirement goes back to "not required").
    static QList<FieldChange> clearedBy(const Api::GroupAttributes &current, const Api::GroupAttributes &replacement);

    /// A PATCH of \a fields, with the values \a values holds (an empty one clears it: sent as null).
    static Api::GroupPatch patch(const Api::GroupAttributes &values, const QList<GroupField> &fields);
    /// The PATCH that takes \a before to \a after: only the fields that differ.
    static Api::GroupPatch patchBetween(const Api::GroupAttributes &before, const Api::GroupAttributes &after);
    /// The fields \a patch sets.
    static QList<GroupField> fieldsOf(const Api::GroupPatch &patch);
    /// \a attributes with \a patch applied.
    static Api::GroupAttributes applied(Api::GroupAttributes attributes, const Api::GroupPatch &patch);
    /// \a to with the values of \a fields taken from \a from.
    static Api::GroupAttributes withFields(
        Api::GroupAttributes to, const Api::GroupAttributes &from, const QList<GroupField> &fields);

    /// The field a refusal of the server is about, when its errorDescription names one (the
    /// sandbox starts it with the key as sent, "slug may hold only ...", "organization_id: ...";
    /// Rails-style messages with the attribute's name, "Default time zone is not ..."), or a
    /// 409 that speaks of the slug ("The slug \"x\" is already taken").
    static std::optional<GroupField> fieldOfError(const Api::ApiError &error);

    // --- What a person typed in the form, before it is read as attributes ----------------------

    /// "3, 7, 12" read as ids: the ids, or the first piece that is not one.
    struct ParsedIds
    {
        QList<qint64> ids;
        QString bad; ///< The first piece that is not an id; empty when all are.
        bool notPositive = false; ///< \a bad is a number, but not a positive one.

        /// Exactly one id, and nothing else.
        bool isOneId() const { return bad.isEmpty() && ids.size() == 1; }
    };
    /// Ids separated by commas; empty pieces ("3, 7," or ", 3") are skipped.
    static ParsedIds parseIds(const QString &text);
    /// \a ids as the form shows them: "3, 7, 12".
    static QString idsText(const QList<qint64> &ids);
    /// What the API takes as a slug: lowercase letters and digits, single - or _ between them.
    static bool isValidSlug(const QString &slug);
    /// The IANA time zone ids this computer knows, sorted. Only these are ever made into a
    /// QTimeZone: Qt 6.4 opens /usr/share/zoneinfo/<id> as a path, so an id from the server such
    /// as "../../../../dev/stdin" would block the thread that read it.
    static const QStringList &knownTimeZones();
    static bool isKnownTimeZone(const QString &id);
    /// A value quoted in a problem or a conflict, short enough for one line.
    static QString shortValue(const QString &value);

    /// The text of the form's fields that are checked before anything is sent.
    struct TypedText
    {
        QString name;
        QString slug;
        QString organization;
        QString roleIds;
        QString timeZone;
    };
    /// What is wrong with \a typed, field by field, in words for the person; empty when
    /// nothing is. \a keptTimeZone, an id the server holds that this computer does not know,
    /// is no problem as long as it is left as it is (an edit does not send it).
    static QHash<GroupField, QString> problems(const TypedText &typed, const QString &keptTimeZone = {});
};

} // namespace Models
