#include "sandbox/jsonwriter.h"

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
            m_out.push_back(',');
        m_hasMembers.back() = true;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out.push_back('{');
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_hasMembers.pop_back();
    m_out.push_back('}');
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
    m_out.push_back('[');
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_hasMembers.pop_back();
    m_out.push_back(']');
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    beforeValue();
    m_out.push_back('"');
    m_out.append(name);
    m_out.append("\":", 2);
    m_afterKey = true;
    return *this;
}

QByteArray JsonWriter::take()
{
    QByteArray out(m_out.data(), qsizetype(m_out.size()));
    m_out.clear();
    return out;
}

void JsonWriter::appendUtf8String(QByteArrayView utf8)
{
    std::string &out = m_out;
    out.push_back('"');
    const char *begin = utf8.constData();
    const char *const end = begin + utf8.size();
    // Runs of plain bytes are copied at once; only quotes, backslashes and controls are escaped.
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, size_t(p - run));
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
    out.append(run, size_t(end - run));
    out.push_back('"');
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
    m_out.append(digits, size_t(written.ptr - digits));
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
    m_out.append(json.constData(), size_t(json.size()));
    return *this;
}
