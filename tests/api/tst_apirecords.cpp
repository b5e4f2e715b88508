// The API records (app/api/records.h) against the contract and the sandbox's real answers:
// every field the server sends survives fromJson/toJson exactly (nulls and timestamps too),
// toJson writes exactly the contract's properties, operator== looks at every field, a body of
// the wrong shape is rejected with the path of the field that is wrong, and the request bodies
// (GroupAttributes, GroupPatch) are exactly what the official client would send.

#include "apitestfixture.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include <any>
#include <functional>

/// Sets some attributes of a GroupPatch: a data column of groupPatchToJson.
using GroupPatchSetter = std::function<void(Api::GroupPatch &)>;
Q_DECLARE_METATYPE(GroupPatchSetter)

using namespace Qt::StringLiterals;
using namespace Api;

namespace {

// --- The contract ---------------------------------------------------------------------------

const QJsonObject &contract()
{
    static const QJsonObject document = [] {
        QFile file(u":/api/civis-groups-users.swagger.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return document;
}

QJsonObject definition(const QString &name)
{
    return contract().value(u"definitions"_s).toObject().value(name).toObject();
}

QJsonObject properties(const QString &definitionName)
{
    return definition(definitionName).value(u"properties"_s).toObject();
}

QStringList propertyNames(const QString &definitionName)
{
    QStringList names = properties(definitionName).keys();
    names.sort();
    return names;
}

/// The schema {"$ref": "#/definitions/<name>"}.
QJsonObject refTo(const QString &definitionName)
{
    return QJsonObject{{u"$ref"_s, QString(u"#/definitions/"_s + definitionName)}};
}

/// The definition a schema refers to, or an empty string.
QString refName(const QJsonObject &schema)
{
    const QString ref = schema.value(u"$ref"_s).toString();
    return ref.isEmpty() ? QString() : ref.section(u'/', -1);
}

/// \a value with, at every level, only the properties the contract lists for it.
QJsonValue restrictTo(const QJsonValue &value, const QJsonObject &schema)
{
    const QString ref = refName(schema);
    if (!ref.isEmpty()) {
        if (!value.isObject())
            return value;
        const QJsonObject object = value.toObject();
        const QJsonObject props = properties(ref);
        QJsonObject restricted;
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (object.contains(it.key()))
                restricted.insert(it.key(), restrictTo(object.value(it.key()), it.value().toObject()));
        }
        return restricted;
    }
    if (value.isArray() && schema.contains(u"items"_s)) {
        QJsonArray restricted;
        for (const QJsonValue &item : value.toArray())
            restricted.append(restrictTo(item, schema.value(u"items"_s).toObject()));
        return restricted;
    }
    return value;
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isUndefined())
        return u"(absent)"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).chopped(1).mid(1);
}

/// Where \a expected and \a actual first differ, as "path: expected X, got Y"; empty if equal.
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path = {})
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        QStringList keys = e.keys() + a.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            QString inner = firstDifference(e.value(key), a.value(key), Json::joinFieldPath(path, key));
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
            QString inner = firstDifference(i < e.size() ? e.at(i) : QJsonValue(QJsonValue::Undefined),
                i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined), path + u'[' + QString::number(i) + u']');
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    if (expected == actual && expected.type() == actual.type())
        return {};
    return u"%1: expected %2, got %3"_s.arg(path.isEmpty() ? u"(top)"_s : path, compact(expected), compact(actual));
}

/// \a root with the value at \a path ("members[2].email", "[0].readers") replaced by \a value,
/// or removed when \a value is undefined.
QJsonValue withValueAt(const QJsonValue &root, QStringView path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const int index = path.mid(1, close - 1).toInt();
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        QJsonArray array = root.toArray();
        const QJsonValue inner = withValueAt(array.at(index), rest, value);
        if (inner.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, inner);
        return array;
    }
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != u'.' && path.at(end) != u'[')
        ++end;
    const QString key = path.left(end).toString();
    QStringView rest = path.mid(end);
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    QJsonObject object = root.toObject();
    const QJsonValue inner = withValueAt(object.value(key), rest, value);
    if (inner.isUndefined())
        object.remove(key);
    else
        object.insert(key, inner);
    return object;
}

const QJsonValue kRemove(QJsonValue::Undefined);

/// A different valid value for a field of \a schema that now holds \a value, or nothing.
std::optional<QJsonValue> changed(const QJsonValue &value, const QJsonObject &schema)
{
    if (!refName(schema).isEmpty()) {
        // A nested record: change its first field that can be changed.
        QJsonObject object = value.toObject();
        const QJsonObject props = properties(refName(schema));
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (const std::optional<QJsonValue> inner = changed(object.value(it.key()), it.value().toObject())) {
                object.insert(it.key(), *inner);
                return object;
            }
        }
        return std::nullopt;
    }
    const QString type = schema.value(u"type"_s).toString();
    const QString format = schema.value(u"format"_s).toString();
    if (type == "array"_L1) {
        QJsonArray array = value.toArray();
        if (!array.isEmpty()) {
            array.removeLast();
            return array;
        }
        const QString itemType = schema.value(u"items"_s).toObject().value(u"type"_s).toString();
        if (itemType == "integer"_L1)
            return QJsonArray{7};
        if (itemType == "string"_L1)
            return QJsonArray{u"changed"_s};
        return std::nullopt; // an empty list of records: another sample may have items
    }
    if (type == "string"_L1 && (format == "time"_L1 || format == "date-time"_L1)) {
        if (value.isNull())
            return QJsonValue(u"2020-02-29T12:34:56.789Z"_s);
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return QJsonValue(time.addSecs(1).toUTC().toString(Qt::ISODateWithMs));
    }
    if (type == "string"_L1)
        return QJsonValue(value.isNull() ? u"changed"_s : value.toString() + u"-changed"_s);
    if (type == "integer"_L1)
        return QJsonValue(value.isNull() ? qint64(7) : value.toInteger() + 1);
    if (type == "boolean"_L1)
        return QJsonValue(value.isNull() ? true : !value.toBool());
    if (type == "object"_L1) {
        QJsonObject object = value.toObject();
        object.insert(u"changedKey"_s, true);
        return object;
    }
    return std::nullopt;
}

// --- The record types, by name ---------------------------------------------------------------

template <typename R>
std::optional<QJsonObject> parseToJson(const QJsonValue &json, ShapeError *error)
{
    const std::optional<R> record = R::fromJson(json, error);
    if (!record)
        return std::nullopt;
    return record->toJson();
}

template <typename R>
QStringList defaultKeys()
{
    QStringList keys = R{}.toJson().keys();
    keys.sort();
    return keys;
}

/// 1 if \a a and \a b parse to equal records, 0 if to unequal ones, -1 if either does not
/// parse, -2 if == and != disagree.
template <typename R>
int compareParsed(const QJsonValue &a, const QJsonValue &b)
{
    const std::optional<R> ra = R::fromJson(a);
    const std::optional<R> rb = R::fromJson(b);
    if (!ra || !rb)
        return -1;
    if ((*ra == *rb) == (*ra != *rb))
        return -2;
    return *ra == *rb ? 1 : 0;
}

/// Why \a json does not round-trip to \a expected; empty if it does.
template <typename R>
QString roundTripProblem(const QJsonValue &json, const QJsonValue &expected)
{
    ShapeError error;
    const std::optional<R> record = R::fromJson(json, &error);
    if (!record)
        return u"fromJson failed: "_s + error.toString();
    const QJsonObject written = record->toJson();
    const QString difference = firstDifference(expected, written);
    if (!difference.isEmpty())
        return u"toJson differs from the server's object at "_s + difference;
    const std::optional<R> again = R::fromJson(written);
    if (!again)
        return u"fromJson(toJson()) failed"_s;
    if (*again != *record)
        return u"fromJson(toJson()) != the record"_s;
    return {};
}

struct RecordType
{
    const char *record;
    const char *definition;
    std::optional<QJsonObject> (*parse)(const QJsonValue &, ShapeError *);
    QStringList (*keys)();
    int (*compare)(const QJsonValue &, const QJsonValue &);
    QString (*roundTrip)(const QJsonValue &, const QJsonValue &);
};

#define RECORD_TYPE(R, definitionName)                                                                                 \
    RecordType                                                                                                         \
    {                                                                                                                  \
#R, definitionName, &parseToJson < R>, &defaultKeys < R>, &compareParsed < R>, &roundTripProblem < R>          \
    }

const RecordType kRecordTypes[] = {
    RECORD_TYPE(NamedRef, "GroupSimpleGroup"),
    RECORD_TYPE(NamedRef, "ShareUserSummary"),
    RECORD_TYPE(NamedRef, "ShareGroupSummary"),
    RECORD_TYPE(SimpleUser, "UserSimpleUser"),
    RECORD_TYPE(Member, "UserSimpleUserWithManagementDetails"),
    RECORD_TYPE(GroupSummary, "GroupSummary"),
    RECORD_TYPE(Group, "Group"),
    RECORD_TYPE(ChildGroups, "GroupChildren"),
    RECORD_TYPE(ShareSet, "ShareUserSetSummary"),
    RECORD_TYPE(ShareIndex, "ShareIndex"),
    RECORD_TYPE(UserGroup, "UserGroup"),
    RECORD_TYPE(User, "UserSummary"),
    RECORD_TYPE(UserDetail, "UserDetail"),
    RECORD_TYPE(UserMe, "UserMe"),
};

const RecordType *recordType(const QString &definitionOrRecord)
{
    for (const RecordType &type : kRecordTypes) {
        if (definitionOrRecord == QLatin1StringView(type.definition))
            return &type;
    }
    for (const RecordType &type : kRecordTypes) {
        if (definitionOrRecord == QLatin1StringView(type.record))
            return &type;
    }
    return nullptr;
}

/// One object the sandbox answered, as the contract's \a definition.
struct Sample
{
    QString where; ///< e.g. "GET /groups/12 members[3]"
    QJsonObject json;
};

} // namespace

class TestApiRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // 1. and 2.: the records against the sandbox's answers and the contract
    void roundTripOnSandbox_data();
    void roundTripOnSandbox();
    void nullAndValueBothSeen_data();
    void nullAndValueBothSeen();
    void nullableFieldsRoundTripBothWays_data();
    void nullableFieldsRoundTripBothWays();
    void toJsonWritesTheContractProperties_data();
    void toJsonWritesTheContractProperties();
    void everyRequiredFieldIsRead_data();
    void everyRequiredFieldIsRead();
    void equalityLooksAtEveryField_data();
    void equalityLooksAtEveryField();
    void summaryOfGroupIsItsListEntry();

    // 3. and 4.: bodies of the wrong shape
    void shapeErrors_data();
    void shapeErrors();
    void pageParser();
    void shareIndexInArrayParser_data();
    void shareIndexInArrayParser();
    void recordParserOnEmptyBody();

    // 5.: through the app's client
    void clientGroupEqualsRawGet_data();
    void clientGroupEqualsRawGet();
    void clientReadsEqualRawReads();
    void changedFieldMakesRecordsUnequal();

    // 6. and 7.: request bodies and permission levels
    void groupAttributesToJson_data();
    void groupAttributesToJson();
    void groupAttributesFromGroup();
    void groupPatchToJson_data();
    void groupPatchToJson();
    void permissionLevelNames();

private:
    /// GET \a path with the raw client; fails the test unless it answers 200.
    QJsonDocument getJson(const QString &path);
    /// Files \a value (and every record nested in it) under its definition, and counts the
    /// nulls and values of each field.
    void collect(const QJsonValue &value, const QJsonObject &schema, const QString &where);
    QJsonObject firstSample(const QString &definitionName, const std::function<bool(const QJsonObject &)> &fits = {});

    ApiFixture m_fixture;
    QHash<QString, QList<Sample>> m_samples; ///< by definition
    QHash<QString, int> m_nulls; ///< "Definition.field" -> times seen null
    QHash<QString, int> m_values; ///< "Definition.field" -> times seen with a value
    QList<qint64> m_groupIds;
};

QJsonDocument TestApiRecords::getJson(const QString &path)
{
    const HttpResult result = m_fixture.admin.get(path);
    if (result.status != 200) {
        QTest::qFail(
            qPrintable(
                u"GET %1 answered %2: %3"_s.arg(path).arg(result.status).arg(QString::fromUtf8(result.body.left(300)))),
            __FILE__, __LINE__);
        return {};
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
    if (error.error != QJsonParseError::NoError)
        QTest::qFail(qPrintable(u"GET %1 is not JSON: "_s.arg(path) + error.errorString()), __FILE__, __LINE__);
    return document;
}

void TestApiRecords::collect(const QJsonValue &value, const QJsonObject &schema, const QString &where)
{
    const QString ref = refName(schema);
    if (!ref.isEmpty()) {
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        m_samples[ref].append({where, object});
        const QJsonObject props = properties(ref);
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QJsonValue field = object.value(it.key());
            if (field.isNull())
                ++m_nulls[ref + u'.' + it.key()];
            else if (!field.isUndefined())
                ++m_values[ref + u'.' + it.key()];
            collect(field, it.value().toObject(), Json::joinFieldPath(where, it.key()));
        }
        return;
    }
    if (value.isArray() && schema.contains(u"items"_s)) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(array.at(i), schema.value(u"items"_s).toObject(), where + u'[' + QString::number(i) + u']');
    }
}

QJsonObject TestApiRecords::firstSample(
    const QString &definitionName, const std::function<bool(const QJsonObject &)> &fits)
{
    for (const Sample &sample : m_samples.value(definitionName)) {
        if (!fits || fits(sample.json))
            return sample.json;
    }
    return {};
}

void TestApiRecords::initTestCase()
{
    QVERIFY2(!contract().isEmpty(), "the contract is not in the resources");
    QVERIFY(m_fixture.startApi());

    // Every group, with its members, as the list shows it and one by one, with its child
    // groups and its shares; every user as the list shows them and one by one; and /users/me
    // for the admin and for a few others.
    const QJsonDocument list = getJson(u"/groups/?include_members=true&limit=1000"_s);
    QVERIFY(list.isArray());
    QVERIFY2(list.array().size() >= 30, "the demo seed has fewer groups than expected");
    const QJsonArray groups = list.array();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        collect(groups.at(i), refTo(u"GroupSummary"_s), u"GET /groups/ [%1] "_s.arg(i));
        m_groupIds.append(groups.at(i).toObject().value(u"id"_s).toInteger());
    }
    for (qint64 id : std::as_const(m_groupIds)) {
        const QJsonDocument group = getJson(u"/groups/%1"_s.arg(id));
        QVERIFY(group.isObject());
        collect(group.object(), refTo(u"Group"_s), u"GET /groups/%1 "_s.arg(id));
        const QJsonDocument children = getJson(u"/groups/%1/child_groups"_s.arg(id));
        QVERIFY(children.isObject());
        collect(children.object(), refTo(u"GroupChildren"_s), u"GET /groups/%1/child_groups "_s.arg(id));
        const QJsonDocument shares = getJson(u"/groups/%1/shares"_s.arg(id));
        QVERIFY2(shares.isArray() && shares.array().size() == 1, "shares answer an array of one share index");
        collect(shares.array().first(), refTo(u"ShareIndex"_s), u"GET /groups/%1/shares [0] "_s.arg(id));
    }

    const QJsonDocument users = getJson(u"/users/?limit=1000&account_status=all"_s);
    QVERIFY(users.isArray());
    QVERIFY2(users.array().size() >= 300, "the demo seed has fewer users than expected");
    QStringList usernames;
    for (qsizetype i = 0; i < users.array().size(); ++i) {
        const QJsonObject user = users.array().at(i).toObject();
        collect(user, refTo(u"UserSummary"_s), u"GET /users/ [%1] "_s.arg(i));
        const qint64 id = user.value(u"id"_s).toInteger();
        const QJsonDocument detail = getJson(u"/users/%1"_s.arg(id));
        QVERIFY(detail.isObject());
        collect(detail.object(), refTo(u"UserDetail"_s), u"GET /users/%1 "_s.arg(id));
        if (i % 40 == 7 && user.value(u"active"_s).toBool())
            usernames.append(user.value(u"user"_s).toString());
    }

    const QJsonDocument me = getJson(u"/users/me"_s);
    QVERIFY(me.isObject());
    collect(me.object(), refTo(u"UserMe"_s), u"GET /users/me (admin) "_s);
    for (const QString &username : std::as_const(usernames)) {
        std::unique_ptr<SandboxTestClient> client = m_fixture.clientFor(username);
        QVERIFY2(client, qPrintable(username));
        const HttpResult result = client->get(u"/users/me"_s);
        QCOMPARE(result.status, 200);
        collect(result.object(), refTo(u"UserMe"_s), u"GET /users/me (%1) "_s.arg(username));
    }

    for (const RecordType &type : kRecordTypes) {
        QVERIFY2(!definition(QLatin1StringView(type.definition)).isEmpty(), type.definition);
        QVERIFY2(!m_samples.value(QLatin1StringView(type.definition)).isEmpty(),
            qPrintable(u"the sandbox answered no "_s + QLatin1StringView(type.definition)));
    }
}

// --- 1. Round trip on real sandbox JSON ---------------------------------------------------

void TestApiRecords::roundTripOnSandbox_data()
{
    QTest::addColumn<QString>("definitionName");
    for (const RecordType &type : kRecordTypes)
        QTest::newRow(type.definition) << QString::fromLatin1(type.definition);
}

void TestApiRecords::roundTripOnSandbox()
{
    QFETCH(QString, definitionName);
    const RecordType *type = recordType(definitionName);
    QVERIFY(type);
    const QList<Sample> samples = m_samples.value(definitionName);
    QVERIFY(!samples.isEmpty());
    for (const Sample &sample : samples) {
        const QJsonValue expected = restrictTo(sample.json, refTo(definitionName));
        QStringList sent = expected.toObject().keys();
        sent.sort();
        QCOMPARE(sent, propertyNames(definitionName)); // the server sent every property
        const QString problem = type->roundTrip(sample.json, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(sample.where + problem));
    }
}

void TestApiRecords::nullAndValueBothSeen_data()
{
    // Fields the demo seed holds both null and with a value: the round trip above saw both.
    QTest::addColumn<QString>("field");
    for (const char *field :
        // Not slugs: the real API gives every group one, and so does the sandbox (a null slug
        // is still read and written back, in nullableFieldsRoundTripBothWays()).
        {"Group.description", "Group.defaultTimeZone", "GroupSummary.description", "UserSummary.lastSeenAt", "UserSummary.primaryGroupId", "UserDetail.lastSeenAt",
            "UserDetail.department", "UserDetail.primaryGroupId", "UserSimpleUserWithManagementDetails.primaryGroupId"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TestApiRecords::nullAndValueBothSeen()
{
    QFETCH(QString, field);
    QVERIFY2(m_nulls.value(field) > 0, qPrintable(field + u" was never null on the sandbox"_s));
    QVERIFY2(m_values.value(field) > 0, qPrintable(field + u" never had a value on the sandbox"_s));
}

void TestApiRecords::nullableFieldsRoundTripBothWays_data()
{
    QTest::addColumn<QString>("definitionName");
    for (const RecordType &type : kRecordTypes)
        QTest::newRow(type.definition) << QString::fromLatin1(type.definition);
}

void TestApiRecords::nullableFieldsRoundTripBothWays()
{
    // Every field the record reads as null must write null back, and a value back as that
    // value, whatever the seed happens to hold; a field that does not take null must say so.
    QFETCH(QString, definitionName);
    const RecordType *type = recordType(definitionName);
    QVERIFY(type);
    const QJsonObject base = firstSample(definitionName);
    QVERIFY(type->parse(base, nullptr));
    const QJsonObject props = properties(definitionName);
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString field = it.key();
        const QJsonObject withNull = withValueAt(base, field, QJsonValue::Null).toObject();
        ShapeError error;
        if (type->parse(withNull, &error)) {
            const QString problem = type->roundTrip(withNull, restrictTo(withNull, refTo(definitionName)));
            QVERIFY2(problem.isEmpty(), qPrintable(field + u" null: "_s + problem));
            // And with a value, even if the seed only ever holds null there.
            const std::optional<QJsonValue> value = changed(QJsonValue::Null, it.value().toObject());
            QVERIFY2(value, qPrintable(field));
            const QJsonObject withValue = withValueAt(base, field, *value).toObject();
            const QString valueProblem = type->roundTrip(withValue, restrictTo(withValue, refTo(definitionName)));
            QVERIFY2(valueProblem.isEmpty(), qPrintable(field + u" with a value: "_s + valueProblem));
        } else {
            QCOMPARE(error.field, field);
            QVERIFY2(error.problem.endsWith(u", not null"_s), qPrintable(error.toString()));
            QVERIFY2(m_nulls.value(definitionName + u'.' + field) == 0,
                qPrintable(u"the sandbox sends null for "_s + field + u", which the record rejects"_s));
        }
    }
}

// --- 2. toJson writes exactly the contract's properties -----------------------------------

void TestApiRecords::toJsonWritesTheContractProperties_data()
{
    QTest::addColumn<QString>("definitionName");
    for (const RecordType &type : kRecordTypes)
        QTest::newRow(type.definition) << QString::fromLatin1(type.definition);
}

void TestApiRecords::toJsonWritesTheContractProperties()
{
    QFETCH(QString, definitionName);
    const RecordType *type = recordType(definitionName);
    QVERIFY(type);
    const QStringList contractNames = propertyNames(definitionName);
    QVERIFY(!contractNames.isEmpty());
    QCOMPARE(type->keys(), contractNames);
    // And the contract requires every property in a response, so fromJson reads them all.
    QStringList required;
    for (const QJsonValue &name : definition(definitionName).value(u"required"_s).toArray())
        required.append(name.toString());
    required.sort();
    QCOMPARE(required, contractNames);
}

void TestApiRecords::everyRequiredFieldIsRead_data()
{
    QTest::addColumn<QString>("definitionName");
    QTest::addColumn<QString>("field");
    for (const RecordType &type : kRecordTypes) {
        const QString definitionName = QString::fromLatin1(type.definition);
        for (const QJsonValue &field : definition(definitionName).value(u"required"_s).toArray()) {
            QTest::addRow("%s without %s", type.definition, qPrintable(field.toString()))
                << definitionName << field.toString();
        }
    }
}

void TestApiRecords::everyRequiredFieldIsRead()
{
    QFETCH(QString, definitionName);
    QFETCH(QString, field);
    const RecordType *type = recordType(definitionName);
    QVERIFY(type);
    const QJsonObject base = firstSample(definitionName);
    QVERIFY(base.contains(field));
    QVERIFY(type->parse(base, nullptr));
    ShapeError error;
    QVERIFY(!type->parse(withValueAt(base, field, kRemove), &error));
    QCOMPARE(error.field, field);
    QCOMPARE(error.problem, u"is missing"_s);
}

void TestApiRecords::equalityLooksAtEveryField_data()
{
    QTest::addColumn<QString>("definitionName");
    for (const RecordType &type : kRecordTypes)
        QTest::newRow(type.definition) << QString::fromLatin1(type.definition);
}

void TestApiRecords::equalityLooksAtEveryField()
{
    QFETCH(QString, definitionName);
    const RecordType *type = recordType(definitionName);
    QVERIFY(type);
    const QJsonObject props = properties(definitionName);
    const QList<Sample> samples = m_samples.value(definitionName);
    for (auto it = props.begin(); it != props.end(); ++it) {
        bool tried = false;
        for (const Sample &sample : samples) {
            const std::optional<QJsonValue> value = changed(sample.json.value(it.key()), it.value().toObject());
            if (!value)
                continue;
            const QJsonObject other = withValueAt(sample.json, it.key(), *value).toObject();
            QCOMPARE(type->compare(sample.json, sample.json), 1);
            QVERIFY2(type->compare(sample.json, other) == 0,
                qPrintable(it.key() + u": a record with "_s + compact(*value) + u" instead of "_s
                    + compact(sample.json.value(it.key())) + u" compares equal (or does not parse)"_s));
            tried = true;
            break;
        }
        QVERIFY2(tried, qPrintable(u"no sample lets "_s + it.key() + u" be changed"_s));
    }
}

void TestApiRecords::summaryOfGroupIsItsListEntry()
{
    // GET /groups/ without include_members: what Group::summary() must give for each group.
    const QJsonDocument list = getJson(u"/groups/?limit=1000"_s);
    QVERIFY(list.isArray());
    QCOMPARE(list.array().size(), m_groupIds.size());
    QHash<qint64, QJsonObject> groups;
    for (const Sample &sample : m_samples.value(u"Group"_s))
        groups.insert(sample.json.value(u"id"_s).toInteger(), sample.json);
    for (const QJsonValue &entry : list.array()) {
        const std::optional<GroupSummary> summary = GroupSummary::fromJson(entry);
        QVERIFY(summary);
        QVERIFY(summary->members.isEmpty());
        const std::optional<Group> group = Group::fromJson(groups.value(summary->id));
        QVERIFY2(group, qPrintable(QString::number(summary->id)));
        QVERIFY2(
            group->summary() == *summary, qPrintable(firstDifference(summary->toJson(), group->summary().toJson())));
    }
}

// --- 3. Shape errors -------------------------------------------------------------------------

void TestApiRecords::shapeErrors_data()
{
    QTest::addColumn<QString>("recordName");
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("field"); // empty with an empty problem: the JSON is valid
    QTest::addColumn<QString>("problem");

    const QJsonObject group
        = firstSample(u"Group"_s, [](const QJsonObject &g) { return g.value(u"members"_s).toArray().size() >= 3; });
    const QJsonObject summary = firstSample(
        u"GroupSummary"_s, [](const QJsonObject &g) { return g.value(u"members"_s).toArray().size() >= 2; });
    const QJsonObject shares = firstSample(u"ShareIndex"_s);
    const QJsonObject children = firstSample(u"GroupChildren"_s);
    const QJsonObject member = firstSample(u"UserSimpleUserWithManagementDetails"_s);
    const QJsonObject user
        = firstSample(u"UserSummary"_s, [](const QJsonObject &u) { return !u.value(u"groups"_s).toArray().isEmpty(); });
    const QJsonObject detail = firstSample(u"UserDetail"_s);
    const QJsonObject me = firstSample(u"UserMe"_s);
    const QJsonObject ref = firstSample(u"GroupSimpleGroup"_s);
    const QJsonValue null(QJsonValue::Null);
    const QString notString = u"must be a string, not a number"_s;
    const QString intNotString = u"must be an integer, not a string"_s;

    auto row = [](const char *name, const QString &record, const QJsonValue &json, const QString &field,
                   const QString &problem) { QTest::newRow(name) << record << json << field << problem; };
    auto at = [](const QJsonObject &base, const char *path, const QJsonValue &value) {
        return withValueAt(base, QString::fromLatin1(path), value);
    };

    // The bases, and nulls where the record takes them.
    row("valid Group", u"Group"_s, group, {}, {});
    row("valid GroupSummary", u"GroupSummary"_s, summary, {}, {});
    row("valid ShareIndex", u"ShareIndex"_s, shares, {}, {});
    row("valid ChildGroups", u"ChildGroups"_s, children, {}, {});
    row("valid Member", u"Member"_s, member, {}, {});
    row("valid User", u"User"_s, user, {}, {});
    row("valid UserDetail", u"UserDetail"_s, detail, {}, {});
    row("valid UserMe", u"UserMe"_s, me, {}, {});
    row("valid NamedRef", u"NamedRef"_s, ref, {}, {});
    row("Group description null", u"Group"_s, at(group, "description", null), {}, {});
    row("Group slug null", u"Group"_s, at(group, "slug", null), {}, {});
    row("Group organizationId null", u"Group"_s, at(group, "organizationId", null), {}, {});
    row("Member email null", u"Member"_s, at(member, "email", null), {}, {});
    row("Group members[2].email null", u"Group"_s, at(group, "members[2].email", null), {}, {});
    row("Group memberCount 3.0", u"Group"_s, at(group, "memberCount", 3.0), {}, {});
    row("Group extra field", u"Group"_s, at(group, "somethingNew", 1), {}, {});

    // Missing fields.
    row("Group without name", u"Group"_s, at(group, "name", kRemove), u"name"_s, u"is missing"_s);
    row("Group without members", u"Group"_s, at(group, "members", kRemove), u"members"_s, u"is missing"_s);
    row("Group without description", u"Group"_s, at(group, "description", kRemove), u"description"_s, u"is missing"_s);
    row("Group members[1] without active", u"Group"_s, at(group, "members[1].active", kRemove), u"members[1].active"_s,
        u"is missing"_s);
    row("ShareIndex readers without users", u"ShareIndex"_s, at(shares, "readers.users", kRemove), u"readers.users"_s,
        u"is missing"_s);
    row("ChildGroups readable[0] without name", u"ChildGroups"_s,
        at(children, "readable", QJsonArray{QJsonObject{{u"id"_s, 4}}}), u"readable[0].name"_s, u"is missing"_s);

    // Wrong types.
    row("Group id as string", u"Group"_s, at(group, "id", u"12"_s), u"id"_s, intNotString);
    row("Group id 1.5", u"Group"_s, at(group, "id", 1.5), u"id"_s, u"must be an integer, not 1.5"_s);
    row("Group id true", u"Group"_s, at(group, "id", true), u"id"_s, u"must be an integer, not a boolean"_s);
    row("Group memberCount \"3\"", u"Group"_s, at(group, "memberCount", u"3"_s), u"memberCount"_s, intNotString);
    row("Group memberCount 3e9", u"Group"_s, at(group, "memberCount", 3e9), u"memberCount"_s,
        u"is out of range (3000000000)"_s);
    row("Group defaultOtpRequiredForLogin 1", u"Group"_s, at(group, "defaultOtpRequiredForLogin", 1),
        u"defaultOtpRequiredForLogin"_s, u"must be a boolean, not a number"_s);
    row("Group members not an array", u"Group"_s, at(group, "members", QJsonObject{}), u"members"_s,
        u"must be an array"_s);
    row("Group members null", u"Group"_s, at(group, "members", null), u"members"_s, u"must be an array, not null"_s);
    row("Group members[1] a string", u"Group"_s, at(group, "members[1]", u"x"_s), u"members[1]"_s,
        u"must be an object (Member), not a string"_s);
    row("Group roleIds [1,\"x\"]", u"Group"_s, at(group, "roleIds", QJsonArray{1, u"x"_s}), u"roleIds[1]"_s,
        intNotString);
    row("Group roleIds [2.5]", u"Group"_s, at(group, "roleIds", QJsonArray{2.5}), u"roleIds[0]"_s,
        u"must be an integer, not 2.5"_s);
    row("Group members[2].email 5", u"Group"_s, at(group, "members[2].email", 5), u"members[2].email"_s, notString);
    row("Group members[0].online 1", u"Group"_s, at(group, "members[0].online", 1), u"members[0].online"_s,
        u"must be a boolean, not a number"_s);
    row("Group members[2].primaryGroupId \"1\"", u"Group"_s, at(group, "members[2].primaryGroupId", u"1"_s),
        u"members[2].primaryGroupId"_s, intNotString);
    row("Group createdAt yesterday", u"Group"_s, at(group, "createdAt", u"yesterday"_s), u"createdAt"_s,
        u"must be an ISO 8601 time with a zone, not \"yesterday\""_s);
    row("Group createdAt without a zone", u"Group"_s, at(group, "createdAt", u"2026-04-17T18:21:01.000"_s),
        u"createdAt"_s, u"must be an ISO 8601 time with a zone, not \"2026-04-17T18:21:01.000\""_s);
    row("Group createdAt a date alone", u"Group"_s, at(group, "createdAt", u"2026-04-17"_s), u"createdAt"_s,
        u"must be an ISO 8601 time with a zone, not \"2026-04-17\""_s);
    row("UserMe featureFlags a string", u"UserMe"_s, at(me, "featureFlags", u"all"_s), u"featureFlags"_s,
        u"must be an object, not a string"_s);
    row("Group updatedAt 5", u"Group"_s, at(group, "updatedAt", 5), u"updatedAt"_s,
        u"must be an ISO 8601 time, not a number"_s);
    row("Group description 5", u"Group"_s, at(group, "description", 5), u"description"_s, notString);
    row("Group defaultTimeZone []", u"Group"_s, at(group, "defaultTimeZone", QJsonArray{}), u"defaultTimeZone"_s,
        u"must be a string, not an array"_s);
    row("Group name null", u"Group"_s, at(group, "name", null), u"name"_s, u"must be a string, not null"_s);
    row("Group memberCount null", u"Group"_s, at(group, "memberCount", null), u"memberCount"_s,
        u"must be an integer, not null"_s);
    row("Group createdAt null", u"Group"_s, at(group, "createdAt", null), u"createdAt"_s,
        u"must be an ISO 8601 time, not null"_s);
    row("Group roleIds null", u"Group"_s, at(group, "roleIds", null), u"roleIds"_s, u"must be an array, not null"_s);
    row("GroupSummary members[1].online 1", u"GroupSummary"_s, at(summary, "members[1].online", 1),
        u"members[1].online"_s, u"must be a boolean, not a number"_s);
    row("GroupSummary members[1].initials 7", u"GroupSummary"_s, at(summary, "members[1].initials", 7),
        u"members[1].initials"_s, notString);
    row("Member online 1", u"Member"_s, at(member, "online", 1), u"online"_s, u"must be a boolean, not a number"_s);
    row("ShareIndex readers.users[0].id \"x\"", u"ShareIndex"_s,
        at(shares, "readers.users", QJsonArray{QJsonObject{{u"id"_s, u"x"_s}, {u"name"_s, u"n"_s}}}),
        u"readers.users[0].id"_s, intNotString);
    row("ShareIndex owners null", u"ShareIndex"_s, at(shares, "owners", null), u"owners"_s,
        u"must be an object (ShareSet), not null"_s);
    row("ShareIndex writers.groups {}", u"ShareIndex"_s, at(shares, "writers.groups", QJsonObject{}),
        u"writers.groups"_s, u"must be an array"_s);
    row("ShareIndex totalUserShares \"4\"", u"ShareIndex"_s, at(shares, "totalUserShares", u"4"_s),
        u"totalUserShares"_s, intNotString);
    row("ChildGroups manageable[0] a number", u"ChildGroups"_s, at(children, "manageable", QJsonArray{3}),
        u"manageable[0]"_s, u"must be an object (NamedRef), not a number"_s);
    row("User groups[0].organizationId \"1\"", u"User"_s, at(user, "groups[0].organizationId", u"1"_s),
        u"groups[0].organizationId"_s, intNotString);
    row("User lastSeenAt yesterday", u"User"_s, at(user, "lastSeenAt", u"yesterday"_s), u"lastSeenAt"_s,
        u"must be an ISO 8601 time with a zone, not \"yesterday\""_s);
    row("UserDetail prefersSmsOtp \"yes\"", u"UserDetail"_s, at(detail, "prefersSmsOtp", u"yes"_s), u"prefersSmsOtp"_s,
        u"must be a boolean, not a string"_s);
    row("UserDetail user null", u"UserDetail"_s, at(detail, "user", null), u"user"_s, u"must be a string, not null"_s);
    row("UserMe roles [\"a\",3]", u"UserMe"_s, at(me, "roles", QJsonArray{u"a"_s, 3}), u"roles[1]"_s, notString);
    row("UserMe groups null", u"UserMe"_s, at(me, "groups", null), u"groups"_s, u"must be an array, not null"_s);
    row("UserMe signInCount 1.5", u"UserMe"_s, at(me, "signInCount", 1.5), u"signInCount"_s,
        u"must be an integer, not 1.5"_s);
    row("NamedRef id true", u"NamedRef"_s, at(ref, "id", true), u"id"_s, u"must be an integer, not a boolean"_s);

    // Not an object at all.
    row("Group as an array", u"Group"_s, QJsonArray{group}, {}, u"must be an object (Group), not an array"_s);
    row("Group as a string", u"Group"_s, u"group"_s, {}, u"must be an object (Group), not a string"_s);
    row("Group as null", u"Group"_s, null, {}, u"must be an object (Group), not null"_s);
    row("UserMe as a number", u"UserMe"_s, 1, {}, u"must be an object (UserMe), not a number"_s);
}

void TestApiRecords::shapeErrors()
{
    QFETCH(QString, recordName);
    QFETCH(QJsonValue, json);
    QFETCH(QString, field);
    QFETCH(QString, problem);
    const RecordType *type = recordType(recordName);
    QVERIFY(type);
    ShapeError error;
    const std::optional<QJsonObject> parsed = type->parse(json, &error);
    if (problem.isEmpty()) {
        QVERIFY2(parsed, qPrintable(error.toString()));
        QVERIFY(error.isNull());
        QVERIFY(type->parse(json, nullptr)); // no error pointer is fine too
        return;
    }
    QVERIFY2(!parsed, "fromJson accepted it");
    QVERIFY(!type->parse(json, nullptr));
    QCOMPARE(error.field, field);
    QCOMPARE(error.problem, problem);
    QVERIFY(!error.isNull());
    QCOMPARE(error.toString(), field.isEmpty() ? problem : field + u' ' + problem);
}

// --- 4. The parsers the client uses ------------------------------------------------------------

void TestApiRecords::pageParser()
{
    const QList<Sample> samples = m_samples.value(u"GroupSummary"_s);
    QVERIFY(samples.size() >= 3);
    QJsonArray array;
    for (qsizetype i = 0; i < 3; ++i)
        array.append(samples.at(i).json);
    PageInfo info;
    info.present = true;
    info.currentPage = 2;
    info.perPage = 3;
    info.totalPages = 13;
    info.totalEntries = 38;

    ShapeError error;
    const std::any parsed = Parse::page<GroupSummary>(QJsonDocument(array), info, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error.toString()));
    const auto *page = std::any_cast<Page<GroupSummary>>(&parsed);
    QVERIFY(page);
    QCOMPARE(page->items.size(), 3);
    for (qsizetype i = 0; i < 3; ++i)
        QVERIFY(page->items.at(i) == *GroupSummary::fromJson(array.at(i)));
    QCOMPARE(page->info.currentPage, 2);
    QCOMPARE(page->info.totalEntries, 38);

    // An empty page is a page.
    error = {};
    const std::any empty = Parse::page<GroupSummary>(QJsonDocument(QJsonArray()), info, &error);
    QVERIFY(empty.has_value());
    QVERIFY(std::any_cast<Page<GroupSummary>>(empty).items.isEmpty());

    // Not an array.
    error = {};
    QVERIFY(!Parse::page<GroupSummary>(QJsonDocument(array.at(0).toObject()), info, &error).has_value());
    QCOMPARE(error.field, QString());
    QCOMPARE(error.problem, u"must be a JSON array of records"_s);

    // One broken item: its index and field.
    error = {};
    const QJsonArray broken = withValueAt(array, u"[1].memberCount", u"3"_s).toArray();
    QVERIFY(!Parse::page<GroupSummary>(QJsonDocument(broken), info, &error).has_value());
    QCOMPARE(error.field, u"[1].memberCount"_s);
    QCOMPARE(error.problem, u"must be an integer, not a string"_s);

    error = {};
    const QJsonArray notObject = withValueAt(array, u"[2]", 5).toArray();
    QVERIFY(!Parse::page<GroupSummary>(QJsonDocument(notObject), info, &error).has_value());
    QCOMPARE(error.field, u"[2]"_s);
    QCOMPARE(error.problem, u"must be an object (GroupSummary), not a number"_s);
}

void TestApiRecords::shareIndexInArrayParser_data()
{
    QTest::addColumn<QJsonDocument>("body");
    QTest::addColumn<QString>("field"); // with an empty problem: parses
    QTest::addColumn<QString>("problem");

    const QJsonObject index = firstSample(u"ShareIndex"_s);
    const QString notOne = u"must be a JSON array holding one share index"_s;
    QTest::newRow("array of one") << QJsonDocument(QJsonArray{index}) << QString() << QString();
    QTest::newRow("the index itself") << QJsonDocument(index) << QString() << notOne;
    QTest::newRow("empty array") << QJsonDocument(QJsonArray()) << QString() << notOne;
    QTest::newRow("array of two") << QJsonDocument(QJsonArray{index, index}) << QString() << notOne;
    QTest::newRow("empty body") << QJsonDocument() << QString() << notOne;
    QTest::newRow("element a string") << QJsonDocument(QJsonArray{u"x"_s}) << u"[0]"_s
                                      << u"must be an object (ShareIndex), not a string"_s;
    QTest::newRow("element missing owners")
        << QJsonDocument(QJsonArray{withValueAt(index, u"owners", kRemove)}) << u"[0].owners"_s << u"is missing"_s;
    QTest::newRow("readers.users[0].id broken")
        << QJsonDocument(QJsonArray{
               withValueAt(index, u"readers.users", QJsonArray{QJsonObject{{u"id"_s, u"x"_s}, {u"name"_s, u"n"_s}}})})
        << u"[0].readers.users[0].id"_s << u"must be an integer, not a string"_s;
    QTest::newRow("writers.groups[0] without id")
        << QJsonDocument(QJsonArray{withValueAt(index, u"writers.groups", QJsonArray{QJsonObject{{u"name"_s, 1}}})})
        << u"[0].writers.groups[0].id"_s << u"is missing"_s;
}

void TestApiRecords::shareIndexInArrayParser()
{
    QFETCH(QJsonDocument, body);
    QFETCH(QString, field);
    QFETCH(QString, problem);
    ShapeError error;
    const std::any parsed = Parse::shareIndexInArray(body, PageInfo(), &error);
    if (problem.isEmpty()) {
        QVERIFY2(parsed.has_value(), qPrintable(error.toString()));
        const auto *index = std::any_cast<ShareIndex>(&parsed);
        QVERIFY(index);
        QVERIFY(*index == *ShareIndex::fromJson(body.array().first()));
        return;
    }
    QVERIFY(!parsed.has_value());
    QCOMPARE(error.field, field);
    QCOMPARE(error.problem, problem);
}

void TestApiRecords::recordParserOnEmptyBody()
{
    ShapeError error;
    QVERIFY(!Parse::record<Group>(QJsonDocument(), PageInfo(), &error).has_value());
    QCOMPARE(error.field, QString());
    QCOMPARE(error.problem, u"must be an object (Group), not null"_s);

    error = {};
    QVERIFY(!Parse::record<Group>(QJsonDocument(QJsonArray{firstSample(u"Group"_s)}), PageInfo(), &error).has_value());
    QCOMPARE(error.problem, u"must be an object (Group), not an array"_s);

    error = {};
    const std::any parsed = Parse::record<Group>(QJsonDocument(firstSample(u"Group"_s)), PageInfo(), &error);
    QVERIFY2(parsed.has_value(), qPrintable(error.toString()));
    QVERIFY(std::any_cast<Group>(parsed) == *Group::fromJson(firstSample(u"Group"_s)));
}

// --- 5. Through the app's client ----------------------------------------------------------------

void TestApiRecords::clientGroupEqualsRawGet_data()
{
    QTest::addColumn<qint64>("id");
    // Platform Admins (values everywhere), Data Science (no time zone), Book Club (slug and
    // description null) and the last group the admin sees.
    QTest::newRow("platform admins") << qint64(1);
    QTest::newRow("no time zone") << qint64(2);
    QTest::newRow("book club") << qint64(36);
    QTest::newRow("last listed") << (m_groupIds.isEmpty() ? qint64(0) : m_groupIds.last());
}

void TestApiRecords::clientGroupEqualsRawGet()
{
    QFETCH(qint64, id);
    const HttpResult raw = m_fixture.admin.get(u"/groups/%1"_s.arg(id));
    QCOMPARE(raw.status, 200);
    ShapeError error;
    const std::optional<Group> expected = Group::fromJson(raw.object(), &error);
    QVERIFY2(expected, qPrintable(error.toString()));
    QCOMPARE(expected->id, id);

    const Result<Group> result = await(m_fixture.client->groups().get(id));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY2(*result == *expected, qPrintable(firstDifference(expected->toJson(), result->toJson())));
    QCOMPARE(result->toJson(), restrictTo(raw.object(), refTo(u"Group"_s)).toObject());
}

void TestApiRecords::clientReadsEqualRawReads()
{
    // Each read of the client gives what fromJson makes of the same raw answer.
    {
        const Result<UserMe> me = await(m_fixture.client->users().me());
        QVERIFY2(me.ok(), qPrintable(me.error.toString()));
        QVERIFY(*me == *UserMe::fromJson(m_fixture.admin.get(u"/users/me"_s).object()));
    }
    {
        const Result<UserDetail> user = await(m_fixture.client->users().get(1));
        QVERIFY2(user.ok(), qPrintable(user.error.toString()));
        QVERIFY(*user == *UserDetail::fromJson(m_fixture.admin.get(u"/users/1"_s).object()));
    }
    {
        const Result<ChildGroups> children = await(m_fixture.client->groups().listChildGroups(21));
        QVERIFY2(children.ok(), qPrintable(children.error.toString()));
        QVERIFY(!children->manageable.isEmpty());
        QVERIFY(*children == *ChildGroups::fromJson(m_fixture.admin.get(u"/groups/21/child_groups"_s).object()));
    }
    {
        const Result<ShareIndex> shares = await(m_fixture.client->groups().listShares(1));
        QVERIFY2(shares.ok(), qPrintable(shares.error.toString()));
        QVERIFY(*shares == *ShareIndex::fromJson(m_fixture.admin.get(u"/groups/1/shares"_s).array().first()));
    }
    {
        GroupListQuery query;
        query.includeMembers = true;
        query.limit = 5;
        const Result<Page<GroupSummary>> page = await(m_fixture.client->groups().list(query));
        QVERIFY2(page.ok(), qPrintable(page.error.toString()));
        const QJsonArray raw = m_fixture.admin.get(u"/groups/?include_members=true&limit=5"_s).array();
        QCOMPARE(page->items.size(), raw.size());
        QCOMPARE(raw.size(), 5);
        for (qsizetype i = 0; i < raw.size(); ++i)
            QVERIFY(page->items.at(i) == *GroupSummary::fromJson(raw.at(i)));
    }
    {
        UserListQuery query;
        query.limit = 7;
        const Result<Page<User>> page = await(m_fixture.client->users().list(query));
        QVERIFY2(page.ok(), qPrintable(page.error.toString()));
        const QJsonArray raw = m_fixture.admin.get(u"/users/?limit=7"_s).array();
        QCOMPARE(page->items.size(), 7);
        QCOMPARE(raw.size(), 7);
        for (qsizetype i = 0; i < raw.size(); ++i)
            QVERIFY(page->items.at(i) == *User::fromJson(raw.at(i)));
    }
}

void TestApiRecords::changedFieldMakesRecordsUnequal()
{
    const Result<Group> result = await(m_fixture.client->groups().get(1));
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const Group group = *result;
    QVERIFY(group.members.size() >= 3);
    QVERIFY(group == group);
    QVERIFY(!(group != group));

    Group other = group;
    QVERIFY(other == group);
    other.name += u" (renamed)"_s;
    QVERIFY(other != group);
    QVERIFY(!(other == group));

    other = group;
    other.description.reset();
    QVERIFY(other != group);

    other = group;
    other.updatedAt = other.updatedAt.addMSecs(1);
    QVERIFY(other != group);

    other = group;
    other.members[2].email = u"someone.else@example.org"_s;
    QVERIFY(other != group);

    other = group;
    other.members[2].active = !other.members[2].active;
    QVERIFY(other != group);

    other = group;
    other.roleIds.append(99);
    QVERIFY(other != group);

    other = group;
    std::swap(other.members[0], other.members[1]);
    QVERIFY(other != group);
}

// --- 6. Request bodies ---------------------------------------------------------------------------

void TestApiRecords::groupAttributesToJson_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<qint64>("organizationId"); // 0: unset
    QTest::addColumn<bool>("otp");
    QTest::addColumn<QJsonArray>("roleIds");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("labels"); // for all three labels
    QTest::addColumn<QJsonObject>("expected");

    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("name only") << u"Book Club"_s << QString() << QString() << qint64(0) << false << QJsonArray()
                               << QString() << QString()
                               << QJsonObject{{u"name"_s, u"Book Club"_s}, {u"description"_s, null}, {u"slug"_s, null},
                                      {u"default_otp_required_for_login"_s, false}, {u"role_ids"_s, QJsonArray()},
                                      {u"default_time_zone"_s, null}, {u"default_jobs_label"_s, null},
                                      {u"default_notebooks_label"_s, null}, {u"default_services_label"_s, null}};
    // A cleared field of a form: empty, not null, text; it means "no value" all the same.
    QTest::newRow("empty texts") << u"Book Club"_s << u""_s << u""_s << qint64(0) << false << QJsonArray() << u""_s
                                 << u""_s
                                 << QJsonObject{{u"name"_s, u"Book Club"_s}, {u"description"_s, null},
                                        {u"slug"_s, null}, {u"default_otp_required_for_login"_s, false},
                                        {u"role_ids"_s, QJsonArray()}, {u"default_time_zone"_s, null},
                                        {u"default_jobs_label"_s, null}, {u"default_notebooks_label"_s, null},
                                        {u"default_services_label"_s, null}};
    QTest::newRow("everything") << u"Data Science"_s << u"Models."_s << u"data-science"_s << qint64(2) << true
                                << QJsonArray{3, 5} << u"America/Chicago"_s << u"Label"_s
                                << QJsonObject{{u"name"_s, u"Data Science"_s}, {u"description"_s, u"Models."_s},
                                       {u"slug"_s, u"data-science"_s}, {u"organization_id"_s, 2},
                                       {u"default_otp_required_for_login"_s, true}, {u"role_ids"_s, QJsonArray{3, 5}},
                                       {u"default_time_zone"_s, u"America/Chicago"_s},
                                       {u"default_jobs_label"_s, u"Label"_s},
                                       {u"default_notebooks_label"_s, u"Label"_s},
                                       {u"default_services_label"_s, u"Label"_s}};
}

void TestApiRecords::groupAttributesToJson()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, slug);
    QFETCH(qint64, organizationId);
    QFETCH(bool, otp);
    QFETCH(QJsonArray, roleIds);
    QFETCH(QString, timeZone);
    QFETCH(QString, labels);
    QFETCH(QJsonObject, expected);

    GroupAttributes attributes;
    attributes.name = name;
    attributes.description = description;
    attributes.slug = slug;
    if (organizationId)
        attributes.organizationId = organizationId;
    attributes.defaultOtpRequiredForLogin = otp;
    for (const QJsonValue &id : roleIds)
        attributes.roleIds.append(id.toInteger());
    attributes.defaultTimeZone = timeZone;
    attributes.defaultJobsLabel = labels;
    attributes.defaultNotebooksLabel = labels;
    attributes.defaultServicesLabel = labels;
    const QJsonObject body = attributes.toJson();
    QVERIFY2(body == expected, qPrintable(firstDifference(expected, body)));
    QCOMPARE(body.keys(), expected.keys());
}

void TestApiRecords::groupAttributesFromGroup()
{
    // From a group with nulls (Book Club: no description) and one with values: fromGroup then toJson sends
    // each attribute as the group has it.
    for (qint64 id : {qint64(36), qint64(1)}) {
        const std::optional<Group> group = Group::fromJson(m_fixture.admin.get(u"/groups/%1"_s.arg(id)).object());
        QVERIFY(group);
        const QJsonObject body = GroupAttributes::fromGroup(*group).toJson();
        const QJsonObject raw = group->toJson();
        const QJsonObject expected{{u"name"_s, raw.value(u"name"_s)}, {u"description"_s, raw.value(u"description"_s)},
            {u"slug"_s, raw.value(u"slug"_s)}, {u"organization_id"_s, raw.value(u"organizationId"_s)},
            {u"default_otp_required_for_login"_s, raw.value(u"defaultOtpRequiredForLogin"_s)},
            {u"role_ids"_s, raw.value(u"roleIds"_s)}, {u"default_time_zone"_s, raw.value(u"defaultTimeZone"_s)},
            {u"default_jobs_label"_s, raw.value(u"defaultJobsLabel"_s)},
            {u"default_notebooks_label"_s, raw.value(u"defaultNotebooksLabel"_s)},
            {u"default_services_label"_s, raw.value(u"defaultServicesLabel"_s)}};
        QVERIFY2(body == expected, qPrintable(firstDifference(expected, body)));
        if (id == 36) {
            QVERIFY(body.value(u"description"_s).isNull());
            QCOMPARE(body.value(u"slug"_s).toString(), u"book-club"_s);
        } else {
            QVERIFY(body.value(u"description"_s).isString());
            QCOMPARE(body.value(u"default_time_zone"_s).toString(), u"America/Chicago"_s);
        }
    }
}

void TestApiRecords::groupPatchToJson_data()
{
    QTest::addColumn<GroupPatchSetter>("setter");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonValue null(QJsonValue::Null);

    QTest::newRow("empty") << GroupPatchSetter([](GroupPatch &) {}) << QJsonObject();
    QTest::newRow("name") << GroupPatchSetter([](GroupPatch &p) { p.name = u"New"_s; })
                          << QJsonObject{{u"name"_s, u"New"_s}};
    QTest::newRow("description cleared") << GroupPatchSetter([](GroupPatch &p) { p.description = QString(); })
                                         << QJsonObject{{u"description"_s, null}};
    QTest::newRow("slug and time zone") << GroupPatchSetter([](GroupPatch &p) {
        p.slug = u"s"_s;
        p.defaultTimeZone = u"America/Denver"_s;
    }) << QJsonObject{{u"slug"_s, u"s"_s}, {u"default_time_zone"_s, u"America/Denver"_s}};
    QTest::newRow("otp false") << GroupPatchSetter([](GroupPatch &p) { p.defaultOtpRequiredForLogin = false; })
                               << QJsonObject{{u"default_otp_required_for_login"_s, false}};
    QTest::newRow("role ids emptied") << GroupPatchSetter([](GroupPatch &p) { p.roleIds = QList<qint64>(); })
                                      << QJsonObject{{u"role_ids"_s, QJsonArray()}};
    QTest::newRow("organization") << GroupPatchSetter([](GroupPatch &p) { p.organizationId = 2; })
                                  << QJsonObject{{u"organization_id"_s, 2}};
    QTest::newRow("labels cleared") << GroupPatchSetter([](GroupPatch &p) {
        p.defaultJobsLabel = QString();
        p.defaultNotebooksLabel = u"Notebooks"_s;
        p.defaultServicesLabel = QString();
    })
                                    << QJsonObject{{u"default_jobs_label"_s, null},
                                           {u"default_notebooks_label"_s, u"Notebooks"_s},
                                           {u"default_services_label"_s, null}};
    QTest::newRow("everything") << GroupPatchSetter([](GroupPatch &p) {
        p.name = u"N"_s;
        p.description = u"D"_s;
        p.slug = QString();
        p.organizationId = 1;
        p.defaultOtpRequiredForLogin = true;
        p.roleIds = QList<qint64>{4, 1};
        p.defaultTimeZone = QString();
        p.defaultJobsLabel = u"J"_s;
        p.defaultNotebooksLabel = u"B"_s;
        p.defaultServicesLabel = u"S"_s;
    })
                                << QJsonObject{{u"name"_s, u"N"_s}, {u"description"_s, u"D"_s}, {u"slug"_s, null},
                                       {u"organization_id"_s, 1}, {u"default_otp_required_for_login"_s, true},
                                       {u"role_ids"_s, QJsonArray{4, 1}}, {u"default_time_zone"_s, null},
                                       {u"default_jobs_label"_s, u"J"_s}, {u"default_notebooks_label"_s, u"B"_s},
                                       {u"default_services_label"_s, u"S"_s}};
}

void TestApiRecords::groupPatchToJson()
{
    QFETCH(GroupPatchSetter, setter);
    QFETCH(QJsonObject, expected);
    GroupPatch patch;
    setter(patch);
    const QJsonObject body = patch.toJson();
    QVERIFY2(body == expected, qPrintable(firstDifference(expected, body)));
    QCOMPARE(body.keys(), expected.keys());
    QCOMPARE(patch.isEmpty(), expected.isEmpty());
}

// --- 7. Permission levels --------------------------------------------------------------------------

void TestApiRecords::permissionLevelNames()
{
    const std::pair<Api::PermissionLevel, QString> levels[] = {
        {Api::PermissionLevel::Read, u"read"_s},
        {Api::PermissionLevel::Write, u"write"_s},
        {Api::PermissionLevel::Manage, u"manage"_s},
    };
    for (const auto &[level, name] : levels) {
        QCOMPARE(Api::permissionLevelName(level), name);
        QCOMPARE(Api::permissionLevelFromName(name), std::optional<Api::PermissionLevel>(level));
        QCOMPARE(
            Api::permissionLevelFromName(Api::permissionLevelName(level)), std::optional<Api::PermissionLevel>(level));
    }
    for (const QString &name : {u"owner"_s, u"owners"_s, u"Read"_s, u"MANAGE"_s, u" read"_s, u""_s, QString()})
        QVERIFY2(!Api::permissionLevelFromName(name), qPrintable(u"accepted \""_s + name + u'"'));
}

QTEST_GUILESS_MAIN(TestApiRecords)
#include "tst_apirecords.moc"
