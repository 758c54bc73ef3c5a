#include "parser/unicode.h"

#include "parser/parser.h"

#include <unicode/uchar.h>

#include <cstddef>

namespace yjs::unicode {

namespace {

struct CodePointRange {
    std::uint32_t first;
    std::uint32_t last;
};

// Code points that Unicode 15.1 through 17.0 added to ID_Start / ID_Continue (the properties are stable:
// code points are only ever added). They complement ICU builds that predate those Unicode versions.
constexpr CodePointRange kAddedIdStart[] = {
    {0x88F, 0x88F},     {0xC5C, 0xC5C},     {0xCDC, 0xCDC},     {0x1C89, 0x1C8A},   {0xA7CB, 0xA7CF},
    {0xA7D2, 0xA7D2},   {0xA7D4, 0xA7D4},   {0xA7DA, 0xA7DC},   {0xA7F1, 0xA7F1},   {0x105C0, 0x105F3},
    {0x10940, 0x10959}, {0x10D4A, 0x10D65}, {0x10D6F, 0x10D85}, {0x10EC2, 0x10EC7}, {0x11380, 0x11389},
    {0x1138B, 0x1138B}, {0x1138E, 0x1138E}, {0x11390, 0x113B5}, {0x113B7, 0x113B7}, {0x113D1, 0x113D1},
    {0x113D3, 0x113D3}, {0x11BC0, 0x11BE0}, {0x11DB0, 0x11DDB}, {0x13460, 0x143FA}, {0x16100, 0x1611D},
    {0x16D40, 0x16D6C}, {0x16EA0, 0x16EB8}, {0x16EBB, 0x16ED3}, {0x16FF2, 0x16FF6}, {0x187F8, 0x187FF},
    {0x18CFF, 0x18CFF}, {0x18D09, 0x18D1E}, {0x18D80, 0x18DF2}, {0x1E5D0, 0x1E5ED}, {0x1E5F0, 0x1E5F0},
    {0x1E6C0, 0x1E6DE}, {0x1E6E0, 0x1E6E2}, {0x1E6E4, 0x1E6E5}, {0x1E6E7, 0x1E6ED}, {0x1E6F0, 0x1E6F4},
    {0x1E6FE, 0x1E6FF}, {0x2B73A, 0x2B73F}, {0x2CEA2, 0x2CEAD}, {0x2EBF0, 0x2EE5D}, {0x323B0, 0x33479},
};

constexpr CodePointRange kAddedIdContinue[] = {
    {0x88F, 0x88F},     {0x897, 0x897},     {0xC5C, 0xC5C},     {0xCDC, 0xCDC},     {0x1ACF, 0x1ADD},
    {0x1AE0, 0x1AEB},   {0x1C89, 0x1C8A},   {0x30FB, 0x30FB},   {0xA7CB, 0xA7CF},   {0xA7D2, 0xA7D2},
    {0xA7D4, 0xA7D4},   {0xA7DA, 0xA7DC},   {0xA7F1, 0xA7F1},   {0xFF65, 0xFF65},   {0x105C0, 0x105F3},
    {0x10940, 0x10959}, {0x10D40, 0x10D65}, {0x10D69, 0x10D6D}, {0x10D6F, 0x10D85}, {0x10EC2, 0x10EC7},
    {0x10EFA, 0x10EFC}, {0x11380, 0x11389}, {0x1138B, 0x1138B}, {0x1138E, 0x1138E}, {0x11390, 0x113B5},
    {0x113B7, 0x113C0}, {0x113C2, 0x113C2}, {0x113C5, 0x113C5}, {0x113C7, 0x113CA}, {0x113CC, 0x113D3},
    {0x113E1, 0x113E2}, {0x116D0, 0x116E3}, {0x11B60, 0x11B67}, {0x11BC0, 0x11BE0}, {0x11BF0, 0x11BF9},
    {0x11DB0, 0x11DDB}, {0x11DE0, 0x11DE9}, {0x11F5A, 0x11F5A}, {0x13460, 0x143FA}, {0x16100, 0x16139},
    {0x16D40, 0x16D6C}, {0x16D70, 0x16D79}, {0x16EA0, 0x16EB8}, {0x16EBB, 0x16ED3}, {0x16FF2, 0x16FF6},
    {0x187F8, 0x187FF}, {0x18CFF, 0x18CFF}, {0x18D09, 0x18D1E}, {0x18D80, 0x18DF2}, {0x1CCF0, 0x1CCF9},
    {0x1E5D0, 0x1E5FA}, {0x1E6C0, 0x1E6DE}, {0x1E6E0, 0x1E6F5}, {0x1E6FE, 0x1E6FF}, {0x2B73A, 0x2B73F},
    {0x2CEA2, 0x2CEAD}, {0x2EBF0, 0x2EE5D}, {0x323B0, 0x33479},
};

template <std::size_t N> bool in_ranges(const CodePointRange (&ranges)[N], std::uint32_t cp) {
    std::size_t lo = 0;
    std::size_t hi = N;
    while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        if (cp < ranges[mid].first)
            hi = mid;
        else if (cp > ranges[mid].last)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

} // namespace

bool is_id_start(std::uint32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
    return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ID_START) || in_ranges(kAddedIdStart, cp);
}

bool is_id_continue(std::uint32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
               cp == '$' || cp == '_';
    if (cp == 0x200C || cp == 0x200D) return true;
    return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ID_CONTINUE) ||
           in_ranges(kAddedIdContinue, cp);
}

bool is_whitespace(std::uint32_t cp) {
    switch (cp) {
    case 0x09:
    case 0x0B:
    case 0x0C:
    case 0x20:
    case 0xA0:
    case 0xFEFF:
        return true;
    default:
        break;
    }
    if (cp < 0x80) return false;
    return u_charType(static_cast<UChar32>(cp)) == U_SPACE_SEPARATOR;
}

} // namespace yjs::unicode

namespace yjs {

std::u16string utf8_to_utf16(std::string_view utf8) {
    std::u16string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    const std::size_t n = utf8.size();
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(utf8[k]); };
    while (i < n) {
        unsigned char b0 = byte(i);
        if (b0 < 0x80) {
            out.push_back(b0);
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t len = 0;
        std::uint32_t min = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            cp = b0 & 0x1F;
            len = 2;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            cp = b0 & 0x0F;
            len = 3;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            cp = b0 & 0x07;
            len = 4;
            min = 0x10000;
        } else {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        std::size_t k = 1;
        for (; k < len; ++k) {
            if (i + k >= n || (byte(i + k) & 0xC0) != 0x80) break;
            cp = (cp << 6) | (byte(i + k) & 0x3F);
        }
        if (k < len) {
            // Maximal subpart replaced by one U+FFFD.
            out.push_back(0xFFFD);
            i += k;
            continue;
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out.push_back(0xFFFD);
            i += len;
            continue;
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
        } else {
            out.push_back(static_cast<char16_t>(cp));
        }
        i += len;
    }
    return out;
}

std::string utf16_to_utf8(std::u16string_view utf16) {
    std::string out;
    out.reserve(utf16.size());
    for (std::size_t i = 0; i < utf16.size(); ++i) {
        std::uint32_t cp = utf16[i];
        if (unicode::is_high_surrogate(cp) && i + 1 < utf16.size() &&
            unicode::is_low_surrogate(utf16[i + 1])) {
            cp = unicode::combine_surrogates(cp, utf16[i + 1]);
            ++i;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }
    return out;
}

} // namespace yjs
