#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QVariant>

#include <cstring>
#include <string>
#include <vector>

class SqliteRows;

/// Writes compact JSON straight into bytes, for answers built from query rows: no QJsonObject
/// per row and no QJsonDocument pass over the whole tree (which, for a page of 1,000 users or a
/// group of 4,000 members, cost more than the queries themselves).
/// Keys are given as they are written (plain ASCII, no escaping); values are escaped.
class JsonWriter
{
public:
    /// Room for a row's worth up front: most writers hold one record, and growing from empty
    /// cost a reallocation every few members.
    JsonWriter() { m_out.resize(256); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    /// Goes on with an object whose brace and first members were written elsewhere (this
    /// writer's output is appended to theirs): the next member starts with a comma.
    JsonWriter &resumeObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();

    /// The next member's name, inside an object: a literal, whose length is known here.
    template <size_t N>
    JsonWriter &key(const char (&name)[N])
    {
        beforeValue();
        char *out = room(N + 2);
        out[0] = '"';
        std::memcpy(out + 1, name, N - 1);
        out[N] = '"';
        out[N + 1] = ':';
        m_size += N + 2;
        m_afterKey = true;
        return *this;
    }

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
    /// The same two, of a column of a row read through SQLite's C API.
    JsonWriter &nullableText(SqliteRows &row, int column);
    JsonWriter &nullableInteger(const SqliteRows &row, int column);
    /// JSON already written elsewhere (an element or a whole value).
    JsonWriter &raw(const QByteArray &json);

    void reserve(qsizetype bytes)
    {
        if (size_t(bytes) > m_out.size())
            m_out.resize(size_t(bytes));
    }
    /// Bytes written so far, to cut the output at a place marked while writing.
    qsizetype size() const { return qsizetype(m_size); }
    /// What was written, valid until the next write.
    QByteArrayView output() const { return QByteArrayView(m_out.data(), qsizetype(m_size)); }
    QByteArray take();

private:
    void beforeValue();
    /// \a utf8 as a JSON string, quotes included.
    void appendUtf8String(QByteArrayView utf8);
    /// Where the next \a bytes go: that many are there to write, at once.
    char *room(size_t bytes)
    {
        if (m_size + bytes > m_out.size())
            grow(bytes);
        return m_out.data() + m_size;
    }
    void grow(size_t bytes);
    void put(const char *bytes, size_t count)
    {
        std::memcpy(room(count), bytes, count);
        m_size += count;
    }
    void put(char c)
    {
        *room(1) = c;
        ++m_size;
    }

    /// Written up to m_size; its own size is the room there is. Every write is a memcpy into
    /// room made beforehand: through std::string::append() (and before it QByteArray::append(),
    /// which in Qt 6.4 goes through the general insert()), the calls alone were a sixth of a page
    /// of 1,000 users.
    std::string m_out;
    size_t m_size = 0;
    std::vector<char> m_hasMembers; ///< Per open object/array: whether a comma goes before the next.
    bool m_afterKey = false;
};
