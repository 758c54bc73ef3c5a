// Pattern and flags syntax: ES2025 early errors, with the Annex B grammar for patterns without u/v.
#include "regexp/regexp.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace std::literals;
using namespace yjs::regexp;

Flags flags_of(std::string_view text) {
    std::u16string wide(text.begin(), text.end());
    std::optional<Flags> flags = parse_flags(wide);
    EXPECT_TRUE(flags.has_value()) << text;
    return flags.value_or(Flags{});
}

std::string narrow(std::u16string_view s) {
    std::string out;
    for (char16_t c : s)
        out += c < 0x80 ? static_cast<char>(c) : '?';
    return out;
}

void expect_valid(std::u16string_view pattern, std::string_view flags) {
    std::optional<CompileError> error = validate(pattern, flags_of(flags));
    EXPECT_FALSE(error.has_value()) << "/" << narrow(pattern) << "/" << flags << ": " << error->message;
}

void expect_invalid(std::u16string_view pattern, std::string_view flags) {
    EXPECT_TRUE(validate(pattern, flags_of(flags)).has_value()) << "/" << narrow(pattern) << "/" << flags;
}

TEST(RegExpFlags, ParsesValidFlags) {
    std::optional<Flags> flags = parse_flags(u"dgimsuy");
    ASSERT_TRUE(flags.has_value());
    EXPECT_TRUE(flags->has_indices && flags->global && flags->ignore_case && flags->multiline &&
                flags->dot_all && flags->unicode && flags->sticky);
    EXPECT_FALSE(flags->unicode_sets);
    EXPECT_TRUE(parse_flags(u"").has_value());
    EXPECT_TRUE(parse_flags(u"v")->unicode_sets);
    EXPECT_TRUE(parse_flags(u"v")->either_unicode());
}

TEST(RegExpFlags, RejectsInvalidFlags) {
    for (std::u16string_view text : {u"G"sv, u"gg"sv, u"gig"sv, u"uv"sv, u"x"sv, u"g "sv, u"\x0067\x0130"sv})
        EXPECT_FALSE(parse_flags(text).has_value()) << narrow(text);
}

TEST(RegExpFlags, CanonicalOrder) {
    EXPECT_EQ(flags_to_string(*parse_flags(u"yvsmigd")), "dgimsvy");
    EXPECT_EQ(flags_to_string(*parse_flags(u"uy")), "uy");
    EXPECT_EQ(flags_to_string(Flags{}), "");
}

TEST(RegExpSyntax, UAndVTogetherAreRejected) {
    Flags flags;
    flags.unicode = true;
    flags.unicode_sets = true;
    EXPECT_TRUE(validate(u"a", flags).has_value());
}

TEST(RegExpSyntax, AnnexBLegacyAtoms) {
    for (std::u16string_view p :
         {u"{"sv,      u"}"sv,       u"]"sv,       u"a{"sv,         u"a{1"sv,     u"a{1,"sv,
          u"a{,5}"sv,  u"{a}"sv,     u"x{1}{"sv,   u"^{"sv,         u"\\c"sv,     u"\\c1"sv,
          u"\\c_"sv,   u"\\c*"sv,    u"[\\c]"sv,   u"[\\c1]"sv,     u"[\\c_]"sv,  u"\\a"sv,
          u"\\-"sv,    u"\\k"sv,     u"\\k<a>"sv,  u"\\p{L}"sv,     u"\\P"sv,     u"\\x"sv,
          u"\\x1"sv,   u"\\u"sv,     u"\\u12"sv,   u"\\u{1F600}"sv, u"\\8"sv,     u"\\9"sv,
          u"\\1"sv,    u"\\00"sv,    u"\\0123"sv,  u"\\377"sv,      u"\\400"sv,   u"[\\1]"sv,
          u"[\\8]"sv,  u"[\\B]"sv,   u"[\\-]"sv,   u"\\2(a)"sv,     u"(?=a)*"sv,  u"(?!a){2}"sv,
          u"(?=a)?"sv, u"[\\d-z]"sv, u"[z-\\d]"sv, u"[\\w-\\s]"sv,  u"\\ud83d"sv, u"[\\ud83d\\ude00]"sv})
        expect_valid(p, "");
}

TEST(RegExpSyntax, AnnexBErrors) {
    for (std::u16string_view p : {u"{1}"sv,
                                  u"{1,}"sv,
                                  u"{1,2}"sv,
                                  u"a|{2}"sv,
                                  u"({2})"sv,
                                  u"a{2,1}"sv,
                                  u"a{2}{3}"sv,
                                  u"a**"sv,
                                  u"a+?+"sv,
                                  u"*"sv,
                                  u"+a"sv,
                                  u"?"sv,
                                  u"^*"sv,
                                  u"$+"sv,
                                  u"\\b*"sv,
                                  u"\\B?"sv,
                                  u"(?<=a)*"sv,
                                  u"(?<!a)+"sv,
                                  u"(?<=a){1}"sv,
                                  u"("sv,
                                  u")"sv,
                                  u"(a))"sv,
                                  u"(?"sv,
                                  u"(?a)"sv,
                                  u"(?:"sv,
                                  u"["sv,
                                  u"[a"sv,
                                  u"[b-a]"sv,
                                  u"[\\u0062-\\u0061]"sv,
                                  u"\\"sv,
                                  u"a\\"sv,
                                  u"[\\"sv})
        expect_invalid(p, "");
}

TEST(RegExpSyntax, UnicodeModeIsStrict) {
    for (std::string_view flags : {"u"sv, "v"sv}) {
        for (std::u16string_view p :
             {u"{"sv,     u"}"sv,      u"]"sv,           u"a{"sv,       u"a{1"sv,           u"\\c"sv,
              u"\\c1"sv,  u"\\a"sv,    u"\\-"sv,         u"\\k"sv,      u"\\k<a>"sv,        u"\\x1"sv,
              u"\\u12"sv, u"\\u{}"sv,  u"\\u{110000}"sv, u"\\8"sv,      u"\\1"sv,           u"\\00"sv,
              u"\\01"sv,  u"\\2(a)"sv, u"(?=a)*"sv,      u"(?!a){2}"sv, u"\\p"sv,           u"\\p{"sv,
              u"\\p{L"sv, u"\\P{}"sv,  u"\\q{a}"sv,      u"\\ "sv,      u"\\\xD83D\xDE00"sv})
            expect_invalid(p, flags);
        for (std::u16string_view p :
             {u"\\u{0}"sv, u"\\u{10FFFF}"sv, u"\\u{000000041}"sv, u"\\ud83d\\ude00"sv, u"\\ud83d"sv, u"\\/"sv,
              u"\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|"sv, u"\\0"sv, u"\\1(a)"sv, u"(a)\\1"sv,
              u"\\k<a>(?<a>.)"sv, u"\\cA"sv, u"\\x41"sv, u"\\p{L}"sv, u"\\P{Lu}"sv, u"\\p{gc=Lu}"sv,
              u"\\p{Script=Latin}"sv})
            expect_valid(p, flags);
    }
    for (std::u16string_view p : {u"[\\d-a]"sv, u"[a-\\d]"sv, u"[\\s-\\d]"sv, u"[%-\\d]"sv, u"[--\\d]"sv,
                                  u"[\\c]"sv, u"[\\c1]"sv, u"[\\1]"sv, u"[\\B]"sv, u"[\\z]"sv})
        expect_invalid(p, "u");
    for (std::u16string_view p : {u"[\\-]"sv, u"[\\b]"sv, u"[\\w-]"sv, u"[-\\w]"sv, u"[\\0]"sv, u"[\\cZ]"sv})
        expect_valid(p, "u");
}

TEST(RegExpSyntax, NamedGroups) {
    for (std::string_view flags : {""sv, "u"sv}) {
        for (std::u16string_view p :
             {u"(?<a>x)"sv, u"(?<$_>x)"sv, u"(?<a1>x)\\k<a1>"sv, u"\\k<a>(?<a>x)"sv, u"(?<\\u0061>x)"sv,
              u"(?<\\u{61}bc>x)"sv, u"(?<\xE9>x)"sv, u"(?<\xD835\xDC9C>x)"sv, u"(?<\\ud835\\udc9c>x)"sv,
              u"(?<a\x200C\x200D>x)"sv, u"(?<a>x)|(?<a>y)"sv})
            expect_valid(p, flags);
        for (std::u16string_view p :
             {u"(?<>x)"sv, u"(?<1>x)"sv, u"(?<a-b>x)"sv, u"(?<a"sv, u"(?<a>x"sv, u"(?<a>x)(?<a>y)"sv,
              u"(?<a>x)\\k<b>"sv, u"(?<a>x)\\k"sv, u"(?<a>x)\\k<a"sv, u"(?<a>x)\\k<>"sv, u"(?<\\u0030>x)"sv,
              u"(?<a\\u{110000}>x)"sv, u"(?<\\x61>x)"sv, u"(?<a>x)[\\k]"sv, u"(?<a>.)\\kx"sv})
            expect_invalid(p, flags);
    }
    // Without u and without named groups, \k is an identity escape.
    expect_valid(u"\\k<b>", "");
    expect_valid(u"[\\k]", "");
}

TEST(RegExpSyntax, DuplicateNamedGroupsOnlyInDifferentAlternatives) {
    for (std::u16string_view p : {u"(?<a>x)|(?<a>y)"sv, u"(?:(?<a>x)|(?<a>y))\\k<a>"sv,
                                  u"((?<a>x)|(?<a>y))|(?<a>z)"sv, u"(?:(?<a>x)|b)|(?:c(?<a>y))"sv,
                                  u"(?<a>x)|(?<a>y)|(?<a>z)"sv, u"(?<a>x)|((?<a>y)|(?<b>z))|(?<b>w)"sv})
        expect_valid(p, "");
    for (std::u16string_view p :
         {u"(?<a>x)(?<a>y)"sv, u"(?:(?<a>x)|y)(?<a>z)"sv, u"(?<a>x)|y(?<a>z)(?<a>w)"sv, u"(?<a>(?<a>x))"sv,
          u"(?<a>x)|(?<b>y)(?:(?<a>z)|w)(?<b>v)"sv, u"(?<a>x)|((?<a>y)|(?<b>z))(?<b>w)|c"sv})
        expect_invalid(p, "");
}

TEST(RegExpSyntax, Modifiers) {
    for (std::u16string_view p :
         {u"(?i:a)"sv, u"(?m:a)"sv, u"(?s:a)"sv, u"(?ims:a)"sv, u"(?-i:a)"sv, u"(?-ims:a)"sv, u"(?i-ms:a)"sv,
          u"(?ms-i:a)"sv, u"(?i:(?-i:a))"sv, u"(?i:a)*"sv})
        for (std::string_view flags : {""sv, "u"sv, "v"sv, "ims"sv})
            expect_valid(p, flags);
    for (std::u16string_view p :
         {u"(?-:a)"sv, u"(?ii:a)"sv, u"(?i-i:a)"sv, u"(?m-ims:a)"sv, u"(?-ii:a)"sv, u"(?i)"sv, u"(?i-)"sv,
          u"(?-s)"sv, u"(?I:a)"sv, u"(?g:a)"sv, u"(?u:a)"sv, u"(?-d:a)"sv, u"(?i\x200C:a)"sv,
          u"(?\\u0069:a)"sv, u"(?\x0130:a)"sv, u"(?i-\x017F:a)"sv})
        expect_invalid(p, "");
}

TEST(RegExpSyntax, QuantifierBounds) {
    expect_valid(u"a{0}", "");
    expect_valid(u"a{4294967295}", "");
    expect_valid(u"a{99999999999999999999,}", "");
    expect_valid(u"a{99999999999999999998,99999999999999999999}", "");
    expect_invalid(u"a{99999999999999999999,99999999999999999998}", "");
    expect_valid(u"a{007,7}", "u");
    expect_invalid(u"a{8,007}", "u");
}

TEST(RegExpSyntax, PropertyEscapes) {
    for (std::u16string_view p : {u"\\p{L}"sv,           u"\\p{Letter}"sv,
                                  u"\\p{gc=L}"sv,        u"\\p{General_Category=Letter}"sv,
                                  u"\\p{LC}"sv,          u"\\p{Cased_Letter}"sv,
                                  u"\\p{punct}"sv,       u"\\p{digit}"sv,
                                  u"\\p{cntrl}"sv,       u"\\p{Combining_Mark}"sv,
                                  u"\\p{sc=Latn}"sv,     u"\\p{Script=Latin}"sv,
                                  u"\\p{scx=Grek}"sv,    u"\\p{Script_Extensions=Greek}"sv,
                                  u"\\p{sc=Qaai}"sv,     u"\\p{sc=Zzzz}"sv,
                                  u"\\p{ASCII}"sv,       u"\\p{Any}"sv,
                                  u"\\p{Assigned}"sv,    u"\\p{AHex}"sv,
                                  u"\\p{Alphabetic}"sv,  u"\\p{Emoji}"sv,
                                  u"\\p{EPres}"sv,       u"\\p{ExtPict}"sv,
                                  u"\\p{White_Space}"sv, u"\\p{space}"sv,
                                  u"\\p{RI}"sv,          u"\\P{Any}"sv,
                                  u"[\\p{L}\\P{N}]"sv})
        expect_valid(p, "u");
    for (std::u16string_view p : {u"\\p{l}"sv,
                                  u"\\p{letter}"sv,
                                  u"\\p{IsLatin}"sv,
                                  u"\\p{Latin}"sv,
                                  u"\\p{sc=latin}"sv,
                                  u"\\p{Script=}"sv,
                                  u"\\p{=Latin}"sv,
                                  u"\\p{General_Category}"sv,
                                  u"\\p{Script}"sv,
                                  u"\\p{gc=L=x}"sv,
                                  u"\\p{ASCII=Y}"sv,
                                  u"\\p{Block=Basic_Latin}"sv,
                                  u"\\p{Line_Break=Alphabetic}"sv,
                                  u"\\p{Other_Alphabetic}"sv,
                                  u"\\p{Hyphen}"sv,
                                  u"\\p{ L}"sv,
                                  u"\\p{L }"sv,
                                  u"\\p{ascii}"sv,
                                  u"\\p{Any=Yes}"sv,
                                  u"\\p{gc:L}"sv,
                                  u"\\p{sc=Latin_Extended}"sv,
                                  u"\\p{RGI_Emoji}"sv,
                                  u"[\\p{Basic_Emoji}]"sv,
                                  u"\\p{Emoji_Keycap_Sequence}"sv,
                                  u"\\p{1}"sv})
        expect_invalid(p, "u");
    expect_valid(u"\\p{RGI_Emoji}", "v");
    expect_valid(u"[\\p{RGI_Emoji_Flag_Sequence}a]", "v");
    expect_invalid(u"\\P{RGI_Emoji}", "v");
    expect_invalid(u"\\p{RGI_Emoji=Yes}", "v");
}

TEST(RegExpSyntax, UnicodeSetsClassExpressions) {
    for (std::u16string_view p : {u"[]"sv,
                                  u"[^]"sv,
                                  u"[a]"sv,
                                  u"[a-z]"sv,
                                  u"[[a]]"sv,
                                  u"[[^a]]"sv,
                                  u"[[a-z]--[aeiou]]"sv,
                                  u"[^^]"sv,
                                  u"[\\w&&\\d]"sv,
                                  u"[\\w--\\d--_]"sv,
                                  u"[[a]&&[b]&&[c]]"sv,
                                  u"[\\q{}]"sv,
                                  u"[\\q{abc|d|}]"sv,
                                  u"[\\q{a\\|b}]"sv,
                                  u"[^\\q{a|b}]"sv,
                                  u"[^\\p{RGI_Emoji}&&a]"sv,
                                  u"[^[\\p{RGI_Emoji}]&&[a]]"sv,
                                  u"[\\&\\-\\!\\#\\%\\,]"sv,
                                  u"[\\:\\;\\<\\=\\>\\@\\`\\~]"sv,
                                  u"[\\(\\)\\[\\]\\{\\}\\/\\|]"sv,
                                  u"[&]"sv,
                                  u"[!a]"sv,
                                  u"[a!]"sv,
                                  u"[\\b]"sv,
                                  u"[\\cA]"sv,
                                  u"[[[[[a]]]]]"sv,
                                  u"[a&&\\q{a}]"sv,
                                  u"[\\p{L}--\\q{ab}]"sv})
        expect_valid(p, "v");
    for (std::u16string_view p : {u"["sv,
                                  u"[a"sv,
                                  u"[[a]"sv,
                                  u"[a]]"sv,
                                  u"[a&&&b]"sv,
                                  u"[a&&]"sv,
                                  u"[&&a]"sv,
                                  u"[a--]"sv,
                                  u"[--a]"sv,
                                  u"[a--b&&c]"sv,
                                  u"[a&&b--c]"sv,
                                  u"[ab&&c]"sv,
                                  u"[a&&bc]"sv,
                                  u"[a-z&&b]"sv,
                                  u"[a&&b-z]"sv,
                                  u"[a-]"sv,
                                  u"[-a]"sv,
                                  u"[(]"sv,
                                  u"[)]"sv,
                                  u"[{]"sv,
                                  u"[}]"sv,
                                  u"[/]"sv,
                                  u"[|]"sv,
                                  u"[a!!b]"sv,
                                  u"[##]"sv,
                                  u"[$$]"sv,
                                  u"[%%]"sv,
                                  u"[**]"sv,
                                  u"[++]"sv,
                                  u"[,,]"sv,
                                  u"[..]"sv,
                                  u"[::]"sv,
                                  u"[;;]"sv,
                                  u"[<<]"sv,
                                  u"[==]"sv,
                                  u"[>>]"sv,
                                  u"[??]"sv,
                                  u"[@@]"sv,
                                  u"[a^^]"sv,
                                  u"[a-z--[aeiou]]"sv,
                                  u"[``]"sv,
                                  u"[~~]"sv,
                                  u"[^\\q{ab}]"sv,
                                  u"[^\\q{}]"sv,
                                  u"[^\\p{RGI_Emoji}]"sv,
                                  u"[^[\\p{RGI_Emoji}]]"sv,
                                  u"[^\\p{RGI_Emoji}--a]"sv,
                                  u"[^\\q{ab}--\\q{ab}]"sv,
                                  u"[\\q{a]"sv,
                                  u"[\\q]"sv,
                                  u"[\\q{\\d}]"sv,
                                  u"[\\d-a]"sv,
                                  u"[a-\\d]"sv,
                                  u"[a-\\q{b}]"sv,
                                  u"[z-a]"sv,
                                  u"[\\z]"sv,
                                  u"[\\1]"sv,
                                  u"[\\c1]"sv})
        expect_invalid(p, "v");
}

TEST(RegExpSyntax, DeepNestingDoesNotOverflow) {
    constexpr int kDepth = 200000;
    std::u16string groups(kDepth, u'(');
    groups += u'a';
    groups.append(kDepth, u')');
    expect_valid(groups, "");
    std::u16string classes(kDepth, u'[');
    classes += u'a';
    classes.append(kDepth, u']');
    expect_valid(classes, "v");
    classes.pop_back();
    expect_invalid(classes, "v");
    groups.pop_back();
    expect_invalid(groups, "");
}

TEST(RegExpSyntax, ErrorMessagesAndOffsets) {
    std::optional<CompileError> error = validate(u"ab(c", flags_of(""));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->message, "Unterminated group");
    EXPECT_EQ(error->offset, 2u);
    error = validate(u"a{2,1}", flags_of(""));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->message, "numbers out of order in {} quantifier");
    error = validate(u"x)", flags_of(""));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->message, "Unmatched ')'");
    EXPECT_EQ(error->offset, 1u);
    error = validate(u"\\p{Foo}", flags_of("u"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->message, "Invalid property name");
    CompileResult result = compile(u"[", flags_of(""));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "Unterminated character class");
}

} // namespace
