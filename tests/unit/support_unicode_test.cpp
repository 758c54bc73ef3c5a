// Unicode support: identifier/whitespace classes, case mapping, normalization, well-formedness, UTF-8.
// Expected values were produced once with Node 20 (ICU); the code points are chosen among those whose
// properties did not change between the Unicode versions of the system ICU and Node's.
#include "runtime/unicode.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace yjs {
namespace {

struct CodePointClasses {
    char32_t code_point;
    bool id_start;
    bool id_continue;
    bool whitespace;
    bool line_terminator;
};
struct CaseCase {
    std::u16string_view text;
    std::u16string_view upper;
    std::u16string_view lower;
};
struct NormalizeCase {
    std::u16string_view text;
    std::u16string_view nfc;
    std::u16string_view nfd;
    std::u16string_view nfkc;
    std::u16string_view nfkd;
};
struct Utf8Case {
    std::string_view utf8;
    std::u16string_view utf16;
};

// Code units as hex, for failure messages.
std::string units(std::u16string_view text) {
    std::string out;
    for (char16_t c : text) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "%04X ", static_cast<unsigned>(c));
        out += buffer;
    }
    return out;
}

const CodePointClasses kCodePointClasses[] = {
    {0x24, true, true, false, false},       {0x5F, true, true, false, false},
    {0x41, true, true, false, false},       {0x7A, true, true, false, false},
    {0x30, false, true, false, false},      {0x39, false, true, false, false},
    {0x20, false, false, true, false},      {0x2D, false, false, false, false},
    {0xAA, true, true, false, false},       {0xB5, true, true, false, false},
    {0xB7, false, true, false, false},      {0xBA, true, true, false, false},
    {0xC0, true, true, false, false},       {0xD7, false, false, false, false},
    {0xF7, false, false, false, false},     {0x2C6, true, true, false, false},
    {0x300, false, true, false, false},     {0x345, false, true, false, false},
    {0x370, true, true, false, false},      {0x37E, false, false, false, false},
    {0x387, false, true, false, false},     {0x5D0, true, true, false, false},
    {0x660, false, true, false, false},     {0x669, false, true, false, false},
    {0x903, false, true, false, false},     {0x1369, false, true, false, false},
    {0x1885, true, true, false, false},     {0x1886, true, true, false, false},
    {0x2118, true, true, false, false},     {0x212E, true, true, false, false},
    {0x2160, true, true, false, false},     {0x2E2F, false, false, false, false},
    {0x309B, true, true, false, false},     {0x309C, true, true, false, false},
    {0x3005, true, true, false, false},     {0x3007, true, true, false, false},
    {0x4E00, true, true, false, false},     {0xFEFF, false, false, true, false},
    {0x200B, false, false, false, false},   {0x200C, false, true, false, false},
    {0x200D, false, true, false, false},    {0x2028, false, false, false, true},
    {0x1680, false, false, true, false},    {0x180E, false, false, false, false},
    {0x2000, false, false, true, false},    {0x200A, false, false, true, false},
    {0x202F, false, false, true, false},    {0x205F, false, false, true, false},
    {0x3000, false, false, true, false},    {0xA0, false, false, true, false},
    {0x9, false, false, true, false},       {0xB, false, false, true, false},
    {0xC, false, false, true, false},       {0xA, false, false, false, true},
    {0xD, false, false, false, true},       {0x85, false, false, false, false},
    {0xFF10, false, true, false, false},    {0xFF21, true, true, false, false},
    {0x10000, true, true, false, false},    {0x1D400, true, true, false, false},
    {0x1D7CE, false, true, false, false},   {0x20000, true, true, false, false},
    {0x2FA1D, true, true, false, false},    {0xE0100, false, true, false, false},
    {0x10FFFF, false, false, false, false}, {0xD800, false, false, false, false},
    {0xDC00, false, false, false, false},   {0x1F600, false, false, false, false},
    {0x104A0, false, true, false, false},   {0x10400, true, true, false, false},
};
const CaseCase kCaseMapping[] = {
    {u"", u"", u""},
    {u"abc", u"ABC", u"abc"},
    {u"ABC", u"ABC", u"abc"},
    {u"Hello World", u"HELLO WORLD", u"hello world"},
    {u"\xDF", u"SS", u"\xDF"},
    {u"\x149",
     u"\x2BC"
     u"N",
     u"\x149"},
    {u"\x1F0", u"J\x30C", u"\x1F0"},
    {u"\x390",
     u"\x399"
     u"\x308"
     u"\x301",
     u"\x390"},
    {u"\xFB03", u"FFI", u"\xFB03"},
    {u"\xFB00", u"FF", u"\xFB00"},
    {u"\x587",
     u"\x535"
     u"\x552",
     u"\x587"},
    {u"\x1C5", u"\x1C4", u"\x1C6"},
    {u"\x1C8", u"\x1C7", u"\x1C9"},
    {u"\x130", u"\x130", u"i\x307"},
    {u"\x131", u"I", u"\x131"},
    {u"I", u"I", u"i"},
    {u"i", u"I", u"i"},
    {u"\x391"
     u"\x3A3",
     u"\x391"
     u"\x3A3",
     u"\x3B1"
     u"\x3C2"},
    {u"\x391"
     u"\x3A3"
     u" ",
     u"\x391"
     u"\x3A3"
     u" ",
     u"\x3B1"
     u"\x3C2"
     u" "},
    {u"\x391"
     u"\x3A3"
     u"\x391",
     u"\x391"
     u"\x3A3"
     u"\x391",
     u"\x3B1"
     u"\x3C3"
     u"\x3B1"},
    {u"\x3A3", u"\x3A3", u"\x3C3"},
    {u" \x3A3", u" \x3A3", u" \x3C3"},
    {u"\x391"
     u"\x3A3"
     u".",
     u"\x391"
     u"\x3A3"
     u".",
     u"\x3B1"
     u"\x3C2"
     u"."},
    {u"\x391"
     u".\x3A3",
     u"\x391"
     u".\x3A3",
     u"\x3B1"
     u".\x3C2"},
    {u"\x391"
     u"\x3A3"
     u"\x301",
     u"\x391"
     u"\x3A3"
     u"\x301",
     u"\x3B1"
     u"\x3C2"
     u"\x301"},
    {u"\x391"
     u"\x3A3"
     u"\x301"
     u"\x391",
     u"\x391"
     u"\x3A3"
     u"\x301"
     u"\x391",
     u"\x3B1"
     u"\x3C3"
     u"\x301"
     u"\x3B1"},
    {u"\x38C"
     u"\x3A3"
     u"\x39F"
     u"\x3A3"
     u" \x39A"
     u"\x39F"
     u"\x3A3"
     u"\x39C"
     u"\x39F"
     u"\x3A3",
     u"\x38C"
     u"\x3A3"
     u"\x39F"
     u"\x3A3"
     u" \x39A"
     u"\x39F"
     u"\x3A3"
     u"\x39C"
     u"\x39F"
     u"\x3A3",
     u"\x3CC"
     u"\x3C3"
     u"\x3BF"
     u"\x3C2"
     u" \x3BA"
     u"\x3BF"
     u"\x3C3"
     u"\x3BC"
     u"\x3BF"
     u"\x3C2"},
    {u"\x1F80",
     u"\x1F08"
     u"\x399",
     u"\x1F80"},
    {u"\x1FB3",
     u"\x391"
     u"\x399",
     u"\x1FB3"},
    {u"\x345", u"\x399", u"\x345"},
    {u"\x1FBC",
     u"\x391"
     u"\x399",
     u"\x1FB3"},
    {u"\xD801"
     u"\xDC00",
     u"\xD801"
     u"\xDC00",
     u"\xD801"
     u"\xDC28"},
    {u"\xD801"
     u"\xDC28",
     u"\xD801"
     u"\xDC00",
     u"\xD801"
     u"\xDC28"},
    {u"\xD800", u"\xD800", u"\xD800"},
    {u"a\xDC00"
     u"b",
     u"A\xDC00"
     u"B",
     u"a\xDC00"
     u"b"},
    {u"\xD83D"
     u"\xDE00",
     u"\xD83D"
     u"\xDE00",
     u"\xD83D"
     u"\xDE00"},
    {u"\x3A9", u"\x3A9", u"\x3C9"},
    {u"\x2126", u"\x2126", u"\x3C9"},
    {u"K", u"K", u"k"},
    {u"\x212A", u"\x212A", u"k"},
    {u"\x1E9E", u"\x1E9E", u"\xDF"},
    {u"\x1F2", u"\x1F1", u"\x1F3"},
    {u"\x24B6", u"\x24B6", u"\x24D0"},
    {u"\x24D0", u"\x24B6", u"\x24D0"},
    {u"\xFF21"
     u"\xFF22"
     u"\xFF23",
     u"\xFF21"
     u"\xFF22"
     u"\xFF23",
     u"\xFF41"
     u"\xFF42"
     u"\xFF43"},
    {u"\xFF41"
     u"\xFF42"
     u"\xFF43",
     u"\xFF21"
     u"\xFF22"
     u"\xFF23",
     u"\xFF41"
     u"\xFF42"
     u"\xFF43"},
    {u"\xAB70", u"\x13A0", u"\xAB70"},
    {u"\x13A0", u"\x13A0", u"\xAB70"},
    {u"\x130"
     u"\x307",
     u"\x130"
     u"\x307",
     u"i\x307"
     u"\x307"},
    {u"x\x307", u"X\x307", u"x\x307"},
    {u"\x216B", u"\x216B", u"\x217B"},
    {u"\x217B", u"\x216B", u"\x217B"},
};
const NormalizeCase kNormalize[] = {
    {u"", u"", u"", u"", u""},
    {u"abc", u"abc", u"abc", u"abc", u"abc"},
    {u"\xE9", u"\xE9", u"e\x301", u"\xE9", u"e\x301"},
    {u"e\x301", u"\xE9", u"e\x301", u"\xE9", u"e\x301"},
    {u"\x1E9B"
     u"\x323",
     u"\x1E9B"
     u"\x323",
     u"\x17F"
     u"\x323"
     u"\x307",
     u"\x1E69",
     u"s\x323"
     u"\x307"},
    {u"\x212B", u"\xC5", u"A\x30A", u"\xC5", u"A\x30A"},
    {u"A\x30A", u"\xC5", u"A\x30A", u"\xC5", u"A\x30A"},
    {u"\x2126", u"\x3A9", u"\x3A9", u"\x3A9", u"\x3A9"},
    {u"\xFB01", u"\xFB01", u"\xFB01", u"fi", u"fi"},
    {u"\x2460", u"\x2460", u"\x2460", u"1", u"1"},
    {u"\xFF71", u"\xFF71", u"\xFF71", u"\x30A2", u"\x30A2"},
    {u"\xFF8A"
     u"\xFF9F",
     u"\xFF8A"
     u"\xFF9F",
     u"\xFF8A"
     u"\xFF9F",
     u"\x30D1",
     u"\x30CF"
     u"\x309A"},
    {u"\x1100"
     u"\x1161"
     u"\x11A8",
     u"\xAC01",
     u"\x1100"
     u"\x1161"
     u"\x11A8",
     u"\xAC01",
     u"\x1100"
     u"\x1161"
     u"\x11A8"},
    {u"\xAC01", u"\xAC01",
     u"\x1100"
     u"\x1161"
     u"\x11A8",
     u"\xAC01",
     u"\x1100"
     u"\x1161"
     u"\x11A8"},
    {u"\x958",
     u"\x915"
     u"\x93C",
     u"\x915"
     u"\x93C",
     u"\x915"
     u"\x93C",
     u"\x915"
     u"\x93C"},
    {u"\x344",
     u"\x308"
     u"\x301",
     u"\x308"
     u"\x301",
     u"\x308"
     u"\x301",
     u"\x308"
     u"\x301"},
    {u"a\x328"
     u"\x301"
     u"\x323",
     u"\x105"
     u"\x323"
     u"\x301",
     u"a\x328"
     u"\x323"
     u"\x301",
     u"\x105"
     u"\x323"
     u"\x301",
     u"a\x328"
     u"\x323"
     u"\x301"},
    {u"q\x307"
     u"\x323",
     u"q\x323"
     u"\x307",
     u"q\x323"
     u"\x307",
     u"q\x323"
     u"\x307",
     u"q\x323"
     u"\x307"},
    {u"\xC5"
     u"\x327",
     u"\xC5"
     u"\x327",
     u"A\x327"
     u"\x30A",
     u"\xC5"
     u"\x327",
     u"A\x327"
     u"\x30A"},
    {u"\xD800"
     u"e\x301",
     u"\xD800"
     u"\xE9",
     u"\xD800"
     u"e\x301",
     u"\xD800"
     u"\xE9",
     u"\xD800"
     u"e\x301"},
    {u"e\x301"
     u"\xDC00",
     u"\xE9"
     u"\xDC00",
     u"e\x301"
     u"\xDC00",
     u"\xE9"
     u"\xDC00",
     u"e\x301"
     u"\xDC00"},
    {u"\x3D3", u"\x3D3",
     u"\x3D2"
     u"\x301",
     u"\x38E",
     u"\x3A5"
     u"\x301"},
    {u"\x1F80", u"\x1F80",
     u"\x3B1"
     u"\x313"
     u"\x345",
     u"\x1F80",
     u"\x3B1"
     u"\x313"
     u"\x345"},
    {u"\x2075", u"\x2075", u"\x2075", u"5", u"5"},
    {u"\xD834"
     u"\xDD5E",
     u"\xD834"
     u"\xDD57"
     u"\xD834"
     u"\xDD65",
     u"\xD834"
     u"\xDD57"
     u"\xD834"
     u"\xDD65",
     u"\xD834"
     u"\xDD57"
     u"\xD834"
     u"\xDD65",
     u"\xD834"
     u"\xDD57"
     u"\xD834"
     u"\xDD65"},
    {u"\xD87E"
     u"\xDC00",
     u"\x4E3D", u"\x4E3D", u"\x4E3D", u"\x4E3D"},
    {u"\xBC", u"\xBC", u"\xBC",
     u"1\x2044"
     u"4",
     u"1\x2044"
     u"4"},
    {u"\xFB03", u"\xFB03", u"\xFB03", u"ffi", u"ffi"},
    {u"\x1C4", u"\x1C4", u"\x1C4", u"D\x17D", u"DZ\x30C"},
    {u"\xF73",
     u"\xF71"
     u"\xF72",
     u"\xF71"
     u"\xF72",
     u"\xF71"
     u"\xF72",
     u"\xF71"
     u"\xF72"},
};
const Utf8Case kUtf8Decoding[] = {
    {"", u""},
    {"A", u"A"},
    {"\xc3"
     "\xa9",
     u"\xE9"},
    {"\xe2"
     "\x82"
     "\xac",
     u"\x20AC"},
    {"\xf0"
     "\x9f"
     "\x98"
     "\x80",
     u"\xD83D"
     u"\xDE00"},
    {"\x80", u"\xFFFD"},
    {"\xbf"
     "A",
     u"\xFFFD"
     u"A"},
    {"\xc0"
     "\x80",
     u"\xFFFD"
     u"\xFFFD"},
    {"\xc1"
     "\xbf",
     u"\xFFFD"
     u"\xFFFD"},
    {"\xc2", u"\xFFFD"},
    {"\xc2"
     "A",
     u"\xFFFD"
     u"A"},
    {"\xe0"
     "\x80"
     "\x80",
     u"\xFFFD"
     u"\xFFFD"
     u"\xFFFD"},
    {"\xe0"
     "\xa0",
     u"\xFFFD"},
    {"\xe0"
     "\xa0"
     "\x80",
     u"\x800"},
    {"\xed"
     "\xa0"
     "\x80",
     u"\xFFFD"
     u"\xFFFD"
     u"\xFFFD"},
    {"\xed"
     "\x9f"
     "\xbf",
     u"\xD7FF"},
    {"\xef"
     "\xbf"
     "\xbf",
     u"\xFFFF"},
    {"\xf0"
     "\x80"
     "\x80"
     "\x80",
     u"\xFFFD"
     u"\xFFFD"
     u"\xFFFD"
     u"\xFFFD"},
    {"\xf0"
     "\x90"
     "\x80",
     u"\xFFFD"},
    {"\xf0"
     "\x90"
     "\x80"
     "\x80",
     u"\xD800"
     u"\xDC00"},
    {"\xf4"
     "\x8f"
     "\xbf"
     "\xbf",
     u"\xDBFF"
     u"\xDFFF"},
    {"\xf4"
     "\x90"
     "\x80"
     "\x80",
     u"\xFFFD"
     u"\xFFFD"
     u"\xFFFD"
     u"\xFFFD"},
    {"\xf5"
     "\x80",
     u"\xFFFD"
     u"\xFFFD"},
    {"\xff"
     "\xfe",
     u"\xFFFD"
     u"\xFFFD"},
    {"\xe2"
     "\x82"
     "A\xac",
     u"\xFFFD"
     u"A\xFFFD"},
    {"a\xf1"
     "\x80"
     "\x80"
     "\xe1"
     "\x80"
     "\xc2"
     "b\x80"
     "c\x80"
     "\xbf"
     "d",
     u"a\xFFFD"
     u"\xFFFD"
     u"\xFFFD"
     u"b\xFFFD"
     u"c\xFFFD"
     u"\xFFFD"
     u"d"},
};

TEST(Unicode, CodePointClassesMatchNode) {
    for (const auto& c : kCodePointClasses) {
        SCOPED_TRACE(static_cast<unsigned>(c.code_point));
        EXPECT_EQ(is_id_start(c.code_point), c.id_start);
        EXPECT_EQ(is_id_continue(c.code_point), c.id_continue);
        EXPECT_EQ(is_whitespace(c.code_point), c.whitespace);
        EXPECT_EQ(is_line_terminator(c.code_point), c.line_terminator);
        EXPECT_EQ(is_str_whitespace(c.code_point), c.whitespace || c.line_terminator);
    }
}

TEST(Unicode, WhiteSpaceIsExactlyTheSpecSet) {
    int count = 0;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp)
        count += is_whitespace(cp) ? 1 : 0;
    // TAB VT FF ZWNBSP and the 17 Zs characters.
    EXPECT_EQ(count, 21);
    EXPECT_FALSE(is_whitespace(0x180E));
    EXPECT_FALSE(is_whitespace(0x200B));
    EXPECT_FALSE(is_whitespace(0x85));
}

TEST(Unicode, CaseMappingMatchesNode) {
    for (const auto& c : kCaseMapping) {
        EXPECT_EQ(to_upper_full(c.text), c.upper) << units(c.text);
        EXPECT_EQ(to_lower_full(c.text), c.lower) << units(c.text);
    }
}

TEST(Unicode, NormalizationMatchesNode) {
    for (const auto& c : kNormalize) {
        EXPECT_EQ(normalize(c.text, NormalizationForm::NFC), c.nfc) << units(c.text);
        EXPECT_EQ(normalize(c.text, NormalizationForm::NFD), c.nfd) << units(c.text);
        EXPECT_EQ(normalize(c.text, NormalizationForm::NFKC), c.nfkc) << units(c.text);
        EXPECT_EQ(normalize(c.text, NormalizationForm::NFKD), c.nfkd) << units(c.text);
    }
}

TEST(Unicode, NormalizationFormNames) {
    EXPECT_EQ(normalization_form_from_name(u"NFC"), NormalizationForm::NFC);
    EXPECT_EQ(normalization_form_from_name(u"NFD"), NormalizationForm::NFD);
    EXPECT_EQ(normalization_form_from_name(u"NFKC"), NormalizationForm::NFKC);
    EXPECT_EQ(normalization_form_from_name(u"NFKD"), NormalizationForm::NFKD);
    EXPECT_EQ(normalization_form_from_name(u"nfc"), std::nullopt);
    EXPECT_EQ(normalization_form_from_name(u""), std::nullopt);
    EXPECT_EQ(normalization_form_from_name(u"NFC "), std::nullopt);
}

TEST(Unicode, WellFormedness) {
    EXPECT_TRUE(is_well_formed(u""));
    EXPECT_TRUE(is_well_formed(u"abc\xD83D\xDE00"));
    EXPECT_FALSE(is_well_formed(u"\xD800"));
    EXPECT_FALSE(is_well_formed(u"\xDC00\xD800"));
    EXPECT_FALSE(is_well_formed(u"a\xD83D"));
    EXPECT_EQ(to_well_formed(u"a\xD800"
                             u"b\xDC00\xD83D\xDE00\xD83D"),
              u"a\xFFFD"
              u"b\xFFFD\xD83D\xDE00\xFFFD");
    EXPECT_EQ(to_well_formed(u"\xDC00\xD800"), u"\xFFFD\xFFFD");
}

TEST(Unicode, Utf8DecodingMatchesNode) {
    for (const auto& c : kUtf8Decoding)
        EXPECT_EQ(utf8_to_utf16(c.utf8), c.utf16) << units(c.utf16);
}

TEST(Unicode, Utf8Encoding) {
    EXPECT_EQ(utf16_to_utf8(u""), "");
    EXPECT_EQ(utf16_to_utf8(u"A\xE9\x20AC"), "A\xC3\xA9\xE2\x82\xAC");
    EXPECT_EQ(utf16_to_utf8(u"\xD83D\xDE00"), "\xF0\x9F\x98\x80");
    EXPECT_EQ(utf16_to_utf8(u"\xD800"
                            u"a\xDC00"),
              "\xEF\xBF\xBD"
              "a\xEF\xBF\xBD");
    EXPECT_EQ(utf16_to_utf8(u"\xDBFF\xDFFF"), "\xF4\x8F\xBF\xBF");
    EXPECT_EQ(latin1_to_utf8("a\xE9\xFF"), "a\xC3\xA9\xC3\xBF");
    std::string out;
    append_utf8(out, 0x7FF);
    append_utf8(out, 0xD800);
    EXPECT_EQ(out, "\xDF\xBF\xEF\xBF\xBD");
    std::u16string units16;
    append_code_point(units16, 0x10FFFF);
    append_code_point(units16, 0xDC00);
    EXPECT_EQ(units16, u"\xDBFF\xDFFF\xDC00");
}

TEST(Unicode, RoundTripsEveryScalarValue) {
    std::u16string all;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        if (!is_surrogate(cp)) append_code_point(all, cp);
    }
    EXPECT_EQ(utf8_to_utf16(utf16_to_utf8(all)), all);
    EXPECT_EQ(code_point_count(all), 0x110000u - 0x800u);
}

TEST(Unicode, CodePointAt) {
    std::u16string_view text = u"a\xD83D\xDE00\xD800"
                               u"b\xDC00\xDBFF";
    CodePoint cp = code_point_at(text, 0);
    EXPECT_EQ(cp.code_point, U'a');
    EXPECT_EQ(cp.code_unit_count, 1);
    EXPECT_FALSE(cp.is_unpaired_surrogate);
    cp = code_point_at(text, 1);
    EXPECT_EQ(cp.code_point, U'\U0001F600');
    EXPECT_EQ(cp.code_unit_count, 2);
    EXPECT_FALSE(cp.is_unpaired_surrogate);
    cp = code_point_at(text, 2); // a trailing surrogate on its own
    EXPECT_EQ(cp.code_point, 0xDE00u);
    EXPECT_EQ(cp.code_unit_count, 1);
    EXPECT_TRUE(cp.is_unpaired_surrogate);
    cp = code_point_at(text, 3); // a leading surrogate followed by a letter
    EXPECT_EQ(cp.code_point, 0xD800u);
    EXPECT_TRUE(cp.is_unpaired_surrogate);
    cp = code_point_at(text, 5);
    EXPECT_EQ(cp.code_point, 0xDC00u);
    EXPECT_TRUE(cp.is_unpaired_surrogate);
    cp = code_point_at(text, 6); // a leading surrogate at the end
    EXPECT_EQ(cp.code_point, 0xDBFFu);
    EXPECT_EQ(cp.code_unit_count, 1);
    EXPECT_TRUE(cp.is_unpaired_surrogate);
    EXPECT_EQ(code_point_count(text), 6u);
    EXPECT_EQ(UTF16SurrogatePairToCodePoint(0xDBFF, 0xDFFF), 0x10FFFFu);
}

} // namespace
} // namespace yjs
