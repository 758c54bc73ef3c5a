// Text helpers of util.inspect: string quoting, key spelling, display width, number formatting.
#include "host/inspect_internal.h"
#include "runtime/number_conversion.h"
#include "runtime/string.h"

#include <unicode/uchar.h>

#include <cmath>

namespace yjs {

std::u16string ascii_to_u16(std::string_view ascii) {
    return std::u16string(ascii.begin(), ascii.end());
}

void append_ascii(std::u16string& out, std::string_view ascii) {
    out.append(ascii.begin(), ascii.end());
}

std::u16string to_u16(JSString* string) {
    return string->to_u16string();
}

namespace {

bool is_high_surrogate(char16_t c) {
    return c >= 0xD800 && c <= 0xDBFF;
}
bool is_low_surrogate(char16_t c) {
    return c >= 0xDC00 && c <= 0xDFFF;
}

// The escape Node uses for a C0/C1 control character, a backslash or the quote character.
void append_escape(std::u16string& out, char16_t c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    switch (c) {
    case u'\b':
        append_ascii(out, "\\b");
        return;
    case u'\t':
        append_ascii(out, "\\t");
        return;
    case u'\n':
        append_ascii(out, "\\n");
        return;
    case u'\f':
        append_ascii(out, "\\f");
        return;
    case u'\r':
        append_ascii(out, "\\r");
        return;
    case u'\\':
        append_ascii(out, "\\\\");
        return;
    case u'\'':
        append_ascii(out, "\\'");
        return;
    default:
        break;
    }
    out += u"\\x";
    out += static_cast<char16_t>(kHex[(c >> 4) & 0xF]);
    out += static_cast<char16_t>(kHex[c & 0xF]);
}

bool is_control(char16_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

std::u16string quote_string(std::u16string_view text) {
    // Single quotes unless the text contains one: then double quotes, or backticks when it also has double
    // quotes (and nothing a template literal would read as a substitution), else single quotes escaped.
    char16_t quote = u'\'';
    if (text.find(u'\'') != std::u16string_view::npos) {
        if (text.find(u'"') == std::u16string_view::npos)
            quote = u'"';
        else if (text.find(u'`') == std::u16string_view::npos &&
                 text.find(u"${") == std::u16string_view::npos)
            quote = u'`';
    }
    std::u16string out;
    out.reserve(text.size() + 2);
    out += quote;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char16_t c = text[i];
        if (is_control(c) || c == u'\\' || (c == u'\'' && quote == u'\'')) {
            append_escape(out, c);
        } else if (is_high_surrogate(c) && i + 1 < text.size() && is_low_surrogate(text[i + 1])) {
            out += c;
            out += text[++i];
        } else if (is_high_surrogate(c) || is_low_surrogate(c)) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += u"\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += static_cast<char16_t>(kHex[(c >> shift) & 0xF]);
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

std::u16string escape_controls(std::u16string_view text) {
    std::u16string out;
    for (char16_t c : text) {
        if (is_control(c) || c == u'\\' || c == u'\'')
            append_escape(out, c);
        else
            out += c;
    }
    return out;
}

bool is_plain_key(std::u16string_view key) {
    auto letter = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    };
    if (key.empty() || !letter(key[0])) return false;
    for (char16_t c : key.substr(1)) {
        if (!letter(c) && !(c >= u'0' && c <= u'9')) return false;
    }
    return true;
}

std::size_t display_width(std::u16string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        UChar32 c = text[i];
        if (is_high_surrogate(text[i]) && i + 1 < text.size() && is_low_surrogate(text[i + 1])) {
            c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
            ++i;
        }
        if (c < 0x7F && c >= 0x20) {
            ++width;
            continue;
        }
        int category = u_charType(c);
        if (is_control(static_cast<char16_t>(c < 0x10000 ? c : 0x20)) || category == U_NON_SPACING_MARK ||
            category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR || c == 0x200B) {
            continue;
        }
        int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        bool wide = east_asian == U_EA_FULLWIDTH || east_asian == U_EA_WIDE ||
                    u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION);
        width += wide ? 2 : 1;
    }
    return width;
}

bool contains(std::u16string_view haystack, std::u16string_view needle) {
    return haystack.find(needle) != std::u16string_view::npos;
}

std::u16string join(const std::vector<std::u16string>& parts, std::u16string_view separator) {
    std::u16string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

std::u16string format_number(double value) {
    if (value == 0 && std::signbit(value)) return u"-0";
    return ascii_to_u16(NumberToString(value));
}

} // namespace yjs
