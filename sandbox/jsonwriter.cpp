#include "sandbox/jsonwriter.h"

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
            m_out.append(',');
        m_hasMembers.back() = true;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_hasMembers.pop_back();
    m_out.append('}');
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
    m_out.append('[');
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_hasMembers.pop_back();
    m_out.append(']');
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    beforeValue();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Grown by doubling: reserving the exact size here made every later append reallocate.
    const qsizetype needed = out.size() + utf8.size() + 2;
    if (out.capacity() < needed)
        out.reserve(qMax(needed, 2 * out.capacity()));
    out.append('"');
    const char *begin = utf8.constData();
    const char *const end = begin + utf8.size();
    // Runs of plain bytes are copied at once; only quotes, backslashes and controls are escaped.
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

JsonWriter &JsonWriter::value(const QString &text)
{
    beforeValue();
    appendString(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
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

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    beforeValue();
    m_out.append(json);
    return *this;
}
