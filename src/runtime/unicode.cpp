#include "runtime/unicode.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include <cassert>
#include <cstdint>
#include <limits>
#include <string>

namespace yjs {

namespace {

bool is_ascii_letter(char32_t c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// Runs an ICU "preflighting" string function: a first attempt with a guessed capacity, a second one with
// the exact capacity when that was too small.
template <typename Function>
std::u16string run_icu_string_function(std::size_t guessed_capacity, Function function) {
    std::u16string out(guessed_capacity, u'\0');
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = function(out.data(), static_cast<int32_t>(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.assign(static_cast<std::size_t>(length), u'\0');
        status = U_ZERO_ERROR;
        length = function(out.data(), static_cast<int32_t>(out.size()), &status);
    }
    assert(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

int32_t checked_length(std::size_t length) {
    assert(length <= static_cast<std::size_t>(std::numeric_limits<int32_t>::max()));
    return static_cast<int32_t>(length);
}

} // namespace

bool is_id_start(char32_t code_point) {
    if (code_point < 0x80) return is_ascii_letter(code_point) || code_point == '$' || code_point == '_';
    return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_ID_START);
}

bool is_id_continue(char32_t code_point) {
    if (code_point < 0x80) {
        return is_ascii_letter(code_point) || (code_point >= '0' && code_point <= '9') || code_point == '$' ||
               code_point == '_';
    }
    if (code_point == 0x200C || code_point == 0x200D) return true;
    return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_ID_CONTINUE);
}

bool is_whitespace(char32_t code_point) {
    switch (code_point) {
    case 0x09:
    case 0x0B:
    case 0x0C:
    case 0x20:
    case 0xA0:
    case 0xFEFF:
        return true;
    default:
        if (code_point < 0x1680 || code_point > 0x10FFFF) return false;
        return u_charType(static_cast<UChar32>(code_point)) == U_SPACE_SEPARATOR;
    }
}

bool is_line_terminator(char32_t code_point) {
    return code_point == 0x0A || code_point == 0x0D || code_point == 0x2028 || code_point == 0x2029;
}

std::u16string to_upper_full(std::u16string_view text) {
    if (text.empty()) return {};
    return run_icu_string_function(
        text.size() + 16, [&](char16_t* out, int32_t capacity, UErrorCode* status) {
            return u_strToUpper(out, capacity, text.data(), checked_length(text.size()), "", status);
        });
}

std::u16string to_lower_full(std::u16string_view text) {
    if (text.empty()) return {};
    return run_icu_string_function(
        text.size() + 16, [&](char16_t* out, int32_t capacity, UErrorCode* status) {
            return u_strToLower(out, capacity, text.data(), checked_length(text.size()), "", status);
        });
}

std::u16string normalize(std::u16string_view text, NormalizationForm form) {
    if (text.empty()) return {};
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* normalizer = nullptr;
    switch (form) {
    case NormalizationForm::NFC:
        normalizer = unorm2_getNFCInstance(&status);
        break;
    case NormalizationForm::NFD:
        normalizer = unorm2_getNFDInstance(&status);
        break;
    case NormalizationForm::NFKC:
        normalizer = unorm2_getNFKCInstance(&status);
        break;
    case NormalizationForm::NFKD:
        normalizer = unorm2_getNFKDInstance(&status);
        break;
    }
    assert(U_SUCCESS(status));
    const int32_t length = checked_length(text.size());
    if (unorm2_isNormalized(normalizer, text.data(), length, &status) && U_SUCCESS(status))
        return std::u16string(text);
    status = U_ZERO_ERROR;
    return run_icu_string_function(
        text.size() + 16, [&](char16_t* out, int32_t capacity, UErrorCode* call_status) {
            return unorm2_normalize(normalizer, text.data(), length, out, capacity, call_status);
        });
}

std::optional<NormalizationForm> normalization_form_from_name(std::u16string_view name) {
    if (name == u"NFC") return NormalizationForm::NFC;
    if (name == u"NFD") return NormalizationForm::NFD;
    if (name == u"NFKC") return NormalizationForm::NFKC;
    if (name == u"NFKD") return NormalizationForm::NFKD;
    return std::nullopt;
}

bool is_well_formed(std::u16string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        CodePoint cp = code_point_at(text, i);
        if (cp.is_unpaired_surrogate) return false;
        i += cp.code_unit_count;
    }
    return true;
}

std::u16string to_well_formed(std::u16string_view text) {
    std::u16string out(text);
    for (std::size_t i = 0; i < out.size();) {
        CodePoint cp = code_point_at(out, i);
        if (cp.is_unpaired_surrogate) out[i] = static_cast<char16_t>(kReplacementCharacter);
        i += cp.code_unit_count;
    }
    return out;
}

// The UTF-8 decoder of the WHATWG Encoding Standard.
std::u16string utf8_to_utf16(std::string_view utf8) {
    std::u16string out;
    out.reserve(utf8.size());
    char32_t code_point = 0;
    int bytes_needed = 0;
    int bytes_seen = 0;
    unsigned lower_boundary = 0x80;
    unsigned upper_boundary = 0xBF;
    for (std::size_t i = 0; i < utf8.size();) {
        auto byte = static_cast<unsigned char>(utf8[i]);
        if (bytes_needed == 0) {
            ++i;
            if (byte <= 0x7F) {
                out += static_cast<char16_t>(byte);
            } else if (byte >= 0xC2 && byte <= 0xDF) {
                bytes_needed = 1;
                code_point = byte & 0x1F;
            } else if (byte >= 0xE0 && byte <= 0xEF) {
                if (byte == 0xE0) lower_boundary = 0xA0;
                if (byte == 0xED) upper_boundary = 0x9F;
                bytes_needed = 2;
                code_point = byte & 0xF;
            } else if (byte >= 0xF0 && byte <= 0xF4) {
                if (byte == 0xF0) lower_boundary = 0x90;
                if (byte == 0xF4) upper_boundary = 0x8F;
                bytes_needed = 3;
                code_point = byte & 0x7;
            } else {
                out += static_cast<char16_t>(kReplacementCharacter);
            }
            continue;
        }
        if (byte < lower_boundary || byte > upper_boundary) {
            // The byte is not consumed: it starts the next sequence.
            code_point = 0;
            bytes_needed = 0;
            bytes_seen = 0;
            lower_boundary = 0x80;
            upper_boundary = 0xBF;
            out += static_cast<char16_t>(kReplacementCharacter);
            continue;
        }
        ++i;
        lower_boundary = 0x80;
        upper_boundary = 0xBF;
        code_point = (code_point << 6) | (byte & 0x3F);
        if (++bytes_seen == bytes_needed) {
            append_code_point(out, code_point);
            code_point = 0;
            bytes_needed = 0;
            bytes_seen = 0;
        }
    }
    if (bytes_needed != 0) out += static_cast<char16_t>(kReplacementCharacter);
    return out;
}

std::string utf16_to_utf8(std::u16string_view utf16) {
    std::string out;
    out.reserve(utf16.size());
    for (std::size_t i = 0; i < utf16.size();) {
        CodePoint cp = code_point_at(utf16, i);
        append_utf8(out, cp.is_unpaired_surrogate ? kReplacementCharacter : cp.code_point);
        i += cp.code_unit_count;
    }
    return out;
}

std::string latin1_to_utf8(std::string_view latin1) {
    std::string out;
    out.reserve(latin1.size());
    for (char c : latin1)
        append_utf8(out, static_cast<unsigned char>(c));
    return out;
}

void append_code_point(std::u16string& out, char32_t code_point) {
    assert(code_point <= 0x10FFFF);
    if (code_point < 0x10000) {
        out += static_cast<char16_t>(code_point);
        return;
    }
    code_point -= 0x10000;
    out += static_cast<char16_t>(0xD800 + (code_point >> 10));
    out += static_cast<char16_t>(0xDC00 + (code_point & 0x3FF));
}

void append_utf8(std::string& out, char32_t code_point) {
    assert(code_point <= 0x10FFFF);
    if (is_surrogate(code_point)) code_point = kReplacementCharacter;
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

CodePoint code_point_at(std::u16string_view text, std::size_t index) {
    assert(index < text.size());
    char16_t first = text[index];
    if (!is_surrogate(first)) return {first, 1, false};
    if (is_trailing_surrogate(first) || index + 1 == text.size()) return {first, 1, true};
    char16_t second = text[index + 1];
    if (!is_trailing_surrogate(second)) return {first, 1, true};
    return {UTF16SurrogatePairToCodePoint(first, second), 2, false};
}

std::size_t code_point_count(std::u16string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count)
        i += code_point_at(text, i).code_unit_count;
    return count;
}

} // namespace yjs
