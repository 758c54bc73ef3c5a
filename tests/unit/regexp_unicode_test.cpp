// Character sets and Unicode data: set merging, case closure and the property cache.
#include "regexp/char_set.h"
#include "regexp/unicode.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

using namespace yjs::regexp;

CharSet from_ranges(const std::vector<CodePointRange>& ranges) {
    CharSet set;
    for (const CodePointRange& r : ranges)
        set.add_range(r.first, r.last);
    return set;
}

TEST(RegExpCharSet, AddSetMergesOverlappingAndAdjacentRanges) {
    std::vector<CodePointRange> a, b;
    for (char32_t c = 0; c < 400; c += 10)
        a.push_back({c, c + 3});
    for (char32_t c = 4; c < 400; c += 20)
        b.push_back({c, c + 1});
    CharSet merged = from_ranges(a);
    merged.add_set(from_ranges(b));
    CharSet expected;
    for (char32_t c = 0; c < 400; ++c) {
        bool in_a = c % 10 <= 3;
        bool in_b = c % 20 >= 4 && c % 20 <= 5;
        if (in_a || in_b) expected.add(c);
    }
    EXPECT_EQ(merged, expected);
    EXPECT_EQ(merged.ranges().front(), (CodePointRange{0, 5}));
}

TEST(RegExpCharSet, AddSetOfItselfIsUnchanged) {
    std::vector<CodePointRange> a;
    for (char32_t c = 0; c < 1000; c += 7)
        a.push_back({c, c + 2});
    CharSet set = from_ranges(a);
    CharSet copy = set;
    set.add_set(copy);
    set.add_set(set);
    EXPECT_EQ(set, copy);
}

TEST(RegExpUnicode, CaseClosureOfALargeSetMatchesPerCharacterClosure) {
    PropertyLookup letters = lookup_property("L", "", false, false);
    ASSERT_EQ(letters.result, PropertyResult::Ok);
    CharSet closed = letters.contents->chars;
    add_case_equivalents(closed, true);
    CharSet expected = letters.contents->chars;
    for (const CodePointRange& r : letters.contents->chars.ranges())
        for (char32_t c = r.first; c <= r.last; ++c) {
            CharSet one = CharSet::single(c);
            add_case_equivalents(one, true);
            expected.add_set(one);
        }
    EXPECT_EQ(closed, expected);
    EXPECT_TRUE(closed.contains(0x212A)); // KELVIN SIGN folds to k
}

TEST(RegExpUnicode, PropertiesAreBuiltOnceAndCached) {
    PropertyLookup first = lookup_property("Script", "Greek", false, false);
    PropertyLookup second = lookup_property("sc", "Grek", false, false);
    ASSERT_EQ(first.result, PropertyResult::Ok);
    EXPECT_EQ(first.contents, second.contents);
    EXPECT_TRUE(first.contents->chars.contains(0x3B1));
    PropertyLookup folded = lookup_property("Script", "Greek", false, true);
    EXPECT_NE(folded.contents, first.contents);
    EXPECT_FALSE(folded.contents->chars.contains(0x391)); // scf(Α) = α
}

TEST(RegExpUnicode, PropertyNamesMatchExactly) {
    EXPECT_EQ(lookup_property("Lu", "", false, false).result, PropertyResult::Ok);
    EXPECT_EQ(lookup_property("lu", "", false, false).result, PropertyResult::Invalid);
    EXPECT_EQ(lookup_property("General_Category", "Uppercase_Letter", false, false).result,
              PropertyResult::Ok);
    EXPECT_EQ(lookup_property("General_Category", "uppercaseletter", false, false).result,
              PropertyResult::Invalid);
    EXPECT_EQ(lookup_property("Script_Extensions", "Coptic", false, false).result, PropertyResult::Ok);
    EXPECT_EQ(lookup_property("scx", "Qaac", false, false).result, PropertyResult::Ok);
    EXPECT_EQ(lookup_property("ASCII", "Y", false, false).result, PropertyResult::Invalid);
    EXPECT_EQ(lookup_property("RGI_Emoji", "", false, false).result, PropertyResult::StringsNotAllowed);
    PropertyLookup emoji = lookup_property("RGI_Emoji", "", true, false);
    ASSERT_EQ(emoji.result, PropertyResult::Ok);
    EXPECT_TRUE(emoji.contents->has_strings());
}

} // namespace
