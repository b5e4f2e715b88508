#include "sandbox/jsonwriter.h"

#include "sandbox/sandboxdatabase.h"

#include <algorithm>
#include <charconv>

namespace {

const char kHex[] = "0123456789abcdef";

} // namespace

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasMembers.empty()) {
        if (m_hasMembers.back())
            put(',');
        m_hasMembers.back() = true;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    put('{');
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_hasMembers.pop_back();
    put('}');
    return *this;
}

JsonWriter &JsonWriter::resumeObject()
{
    m_hasMembers.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    put('[');
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_hasMembers.pop_back();
    put(']');
    return *this;
}

void JsonWriter::grow(size_t bytes)
{
    m_out.resize(std::max({m_out.size() * 2, m_size + bytes, size_t(256)}));
}

QByteArray JsonWriter::take()
{
    QByteArray out(m_out.data(), qsizetype(m_size));
    m_size = 0;
    return out;
}

void JsonWriter::appendUtf8String(QByteArrayView utf8)
{
    put('"');
    const char *begin = utf8.constData();
    const char *const end = begin + utf8.size();
    // Runs of plain bytes are copied at once; only quotes, backslashes and controls are escaped.
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(run, size_t(p - run));
        run = p + 1;
        switch (c) {
        case '"':
            put("\\\"", 2);
            break;
        case '\\':
            put("\\\\", 2);
            break;
        case '\n':
            put("\\n", 2);
            break;
        case '\r':
            put("\\r", 2);
            break;
        case '\t':
            put("\\t", 2);
            break;
        case '\b':
            put("\\b", 2);
            break;
        case '\f':
            put("\\f", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            put(escaped, sizeof escaped);
        }
        }
    }
    put(run, size_t(end - run));
    put('"');
}

JsonWriter &JsonWriter::value(const QString &text)
{
    beforeValue();
    appendUtf8String(text.toUtf8());
    return *this;
}

JsonWriter &JsonWriter::utf8Value(QByteArrayView utf8)
{
    beforeValue();
    appendUtf8String(utf8);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    put(digits, size_t(written.ptr - digits));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    if (flag)
        put("true", 4);
    else
        put("false", 5);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    put("null", 4);
    return *this;
}

JsonWriter &JsonWriter::nullableText(const QVariant &column)
{
    return column.isNull() ? null() : value(column.toString());
}

JsonWriter &JsonWriter::nullableInteger(const QVariant &column)
{
    return column.isNull() ? null() : value(column.toLongLong());
}

JsonWriter &JsonWriter::nullableText(SqliteRows &row, int column)
{
    return row.isNull(column) ? null() : utf8Value(row.text(column));
}

JsonWriter &JsonWriter::nullableInteger(const SqliteRows &row, int column)
{
    return row.isNull(column) ? null() : value(row.integer(column));
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    beforeValue();
    put(json.constData(), size_t(json.size()));
    return *this;
}
