#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QVariant>

#include <string>
#include <vector>

/// Writes compact JSON straight into bytes, for answers built from query rows: no QJsonObject
/// per row and no QJsonDocument pass over the whole tree (which, for a page of 1,000 users or a
/// group of 4,000 members, cost more than the queries themselves).
/// Keys are given as they are written (plain ASCII, no escaping); values are escaped.
class JsonWriter
{
public:
    /// Room for a row's worth up front: most writers hold one record, and growing from empty
    /// cost a reallocation every few members.
    JsonWriter() { m_out.reserve(256); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    /// Goes on with an object whose brace and first members were written elsewhere (this
    /// writer's output is appended to theirs): the next member starts with a comma.
    JsonWriter &resumeObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();

    /// The next member's name, inside an object.
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &text);
    /// Text already in UTF-8 (SqliteRows::text()): escaped as value(QString) escapes it.
    JsonWriter &utf8Value(QByteArrayView utf8);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    /// A text column: null when NULL.
    JsonWriter &nullableText(const QVariant &column);
    /// An integer column: null when NULL.
    JsonWriter &nullableInteger(const QVariant &column);
    /// JSON already written elsewhere (an element or a whole value).
    JsonWriter &raw(const QByteArray &json);

    void reserve(qsizetype bytes) { m_out.reserve(size_t(bytes)); }
    /// Bytes written so far, to cut the output at a place marked while writing.
    qsizetype size() const { return qsizetype(m_out.size()); }
    /// What was written, valid until the next write.
    QByteArrayView output() const { return QByteArrayView(m_out.data(), qsizetype(m_out.size())); }
    QByteArray take();

private:
    void beforeValue();
    /// \a utf8 as a JSON string, quotes included.
    void appendUtf8String(QByteArrayView utf8);

    /// A std::string, not a QByteArray: Qt 6.4's QByteArray::append() goes through the general
    /// insert() every time, which was a sixth of a page of 1,000 users.
    std::string m_out;
    std::vector<bool> m_hasMembers; ///< Per open object/array: whether a comma goes before the next.
    bool m_afterKey = false;
};
