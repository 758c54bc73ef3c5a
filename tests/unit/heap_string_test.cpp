// JSString: representations, ropes, substring, hashing, comparison, UTF-8 and array indices.
#include "heap_test_util.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <gtest/gtest.h>

#include <string>

namespace yjs {
namespace {

using heap_test::collect_with_clean_stack;

TEST(HeapString, CreatePicksTheRepresentation) {
    VM vm;
    JSString* latin1 = JSString::create(vm, u"caf\u00e9 au lait");
    EXPECT_TRUE(latin1->is_8bit());
    EXPECT_EQ(latin1->length(), 12u);
    EXPECT_EQ(latin1->at(3), u'\u00e9');
    EXPECT_EQ(latin1->latin1_view(), "caf\xe9 au lait");

    JSString* wide = JSString::create(vm, u"snow \u2603 man");
    EXPECT_FALSE(wide->is_8bit());
    EXPECT_EQ(wide->utf16_view(), u"snow \u2603 man");
    EXPECT_EQ(wide->at(5), u'\u2603');
    EXPECT_EQ(wide->to_u16string(), u"snow \u2603 man");

    JSString* ascii = JSString::from_ascii(vm, "hello");
    EXPECT_TRUE(ascii->is_8bit());
    EXPECT_EQ(ascii->to_u16string(), u"hello");
    EXPECT_TRUE(ascii->equals(JSString::create(vm, u"hello")));
}

TEST(HeapString, EmptyAndSingleCharacterStringsAreShared) {
    VM vm;
    JSString* empty = JSString::create(vm, u"");
    EXPECT_TRUE(empty->is_empty());
    EXPECT_EQ(empty, JSString::from_ascii(vm, ""));
    EXPECT_EQ(empty, vm.atoms().empty_string());
    EXPECT_EQ(JSString::from_code_unit(vm, u'a'), JSString::from_ascii(vm, "a"));
    EXPECT_EQ(JSString::from_code_unit(vm, 0xFF), JSString::create(vm, u"\u00ff"));
    JSString* snowman = JSString::from_code_unit(vm, u'\u2603');
    EXPECT_EQ(snowman->length(), 1u);
    EXPECT_FALSE(snowman->is_8bit());
    EXPECT_EQ(snowman->at(0), u'\u2603');
}

TEST(HeapString, ShortConcatenationsAreFlatLongOnesAreRopes) {
    VM vm;
    JSString* a = JSString::from_ascii(vm, "abc");
    JSString* b = JSString::from_ascii(vm, "def");
    JSString* empty = JSString::from_ascii(vm, "");
    EXPECT_EQ(JSString::concat(vm, a, empty), a);
    EXPECT_EQ(JSString::concat(vm, empty, b), b);
    JSString* short_result = JSString::concat(vm, a, b);
    EXPECT_FALSE(short_result->is_rope());
    EXPECT_EQ(short_result->to_utf8(), "abcdef");

    JSString* long_left = JSString::from_ascii(vm, "0123456789012345678901234567890123456789");
    JSString* rope = JSString::concat(vm, long_left, JSString::create(vm, u"\u2603!"));
    EXPECT_TRUE(rope->is_rope());
    EXPECT_FALSE(rope->is_8bit());
    EXPECT_EQ(rope->length(), 42u);
    EXPECT_EQ(rope->at(40), u'\u2603');
    EXPECT_FALSE(rope->is_rope());
    EXPECT_EQ(rope->to_u16string(), u"0123456789012345678901234567890123456789\u2603!");
    // Children are untouched by flattening the parent.
    EXPECT_EQ(long_left->length(), 40u);
    EXPECT_TRUE(long_left->is_8bit());
}

TEST(HeapString, DeepLeftRopeFlattensIteratively) {
    VM vm;
    constexpr int kLength = 1000000;
    JSString* result = JSString::from_ascii(vm, "");
    std::string expected;
    expected.reserve(kLength);
    for (int i = 0; i < kLength; ++i) {
        char c = static_cast<char>('a' + i % 26);
        result = JSString::concat(vm, result, JSString::from_code_unit(vm, static_cast<char16_t>(c)));
        expected += c;
    }
    collect_with_clean_stack(vm.heap());
    EXPECT_TRUE(result->is_rope());
    EXPECT_EQ(result->length(), static_cast<std::uint32_t>(kLength));
    EXPECT_EQ(result->latin1_view(), expected);
    collect_with_clean_stack(vm.heap());
    EXPECT_EQ(result->to_utf8(), expected);
}

TEST(HeapString, DeepRightRopeFlattensIteratively) {
    VM vm;
    constexpr int kLength = 1000000;
    JSString* result = JSString::from_ascii(vm, "");
    std::u16string expected(kLength, u' ');
    for (int i = kLength - 1; i >= 0; --i) {
        char16_t c = i % 3 == 0 ? u'\u0416' : static_cast<char16_t>('0' + i % 10);
        result = JSString::concat(vm, JSString::from_code_unit(vm, c), result);
        expected[i] = c;
    }
    collect_with_clean_stack(vm.heap());
    EXPECT_FALSE(result->is_8bit());
    EXPECT_EQ(result->utf16_view(), expected);
}

TEST(HeapString, BalancedRopesFlattenCorrectly) {
    VM vm;
    // Doubling: every node has two rope children once the string is long.
    JSString* result = JSString::from_ascii(vm, "ab");
    std::string expected = "ab";
    for (int i = 0; i < 18; ++i) {
        result = JSString::concat(vm, result, result);
        expected += expected;
    }
    JSString* mixed = JSString::concat(vm, result, JSString::concat(vm, JSString::from_ascii(vm, "x"), result));
    std::string mixed_expected = expected + "x" + expected;
    EXPECT_EQ(mixed->length(), mixed_expected.size());
    EXPECT_EQ(mixed->latin1_view(), mixed_expected);
    EXPECT_EQ(result->latin1_view(), expected);
}

TEST(HeapString, SubstringCopiesAndNarrows) {
    VM vm;
    JSString* text = JSString::create(vm, u"\u2603abcdef\u00e9ghijkl");
    JSString* whole = JSString::substring(vm, text, 0, text->length());
    EXPECT_EQ(whole, text);
    JSString* middle = JSString::substring(vm, text, 1, 9);
    EXPECT_TRUE(middle->is_8bit());
    EXPECT_EQ(middle->to_u16string(), u"abcdef\u00e9g");
    JSString* with_snowman = JSString::substring(vm, text, 0, 3);
    EXPECT_FALSE(with_snowman->is_8bit());
    EXPECT_EQ(with_snowman->to_u16string(), u"\u2603ab");
    EXPECT_TRUE(JSString::substring(vm, text, 4, 4)->is_empty());
    EXPECT_EQ(JSString::substring(vm, text, 2, 3), JSString::from_ascii(vm, "b"));

    JSString* rope = JSString::concat(vm, JSString::from_ascii(vm, "0123456789012345678901234567890123456789"),
                                      JSString::from_ascii(vm, "tail"));
    EXPECT_EQ(JSString::substring(vm, rope, 38, 42)->to_utf8(), "89ta");
}

TEST(HeapString, LongStringsUseExternalBuffers) {
    VM vm;
    std::u16string long_text(100000, u'\u0101');
    JSString* string = JSString::create(vm, long_text);
    EXPECT_EQ(string->utf16_view(), long_text);
    EXPECT_GE(vm.heap().statistics().external_bytes, long_text.size() * 2);
    JSString* latin1 = JSString::from_ascii(vm, std::string(50000, 'z'));
    EXPECT_EQ(latin1->latin1_view(), std::string(50000, 'z'));
    EXPECT_TRUE(JSString::concat(vm, latin1, latin1)->equals(JSString::from_ascii(vm, std::string(100000, 'z'))));
}

TEST(HeapString, HashIsStableNonZeroAndRepresentationIndependent) {
    VM vm;
    JSString* flat = JSString::from_ascii(vm, "The quick brown fox jumps over the lazy dog");
    JSString* rope = JSString::concat(vm, JSString::from_ascii(vm, "The quick brown fox jumps"),
                                      JSString::from_ascii(vm, " over the lazy dog"));
    EXPECT_TRUE(rope->is_rope());
    EXPECT_NE(flat->hash(), 0u);
    EXPECT_EQ(flat->hash(), rope->hash());
    EXPECT_EQ(flat->hash(), flat->hash());
    EXPECT_NE(JSString::from_ascii(vm, "")->hash(), 0u);
    EXPECT_NE(JSString::from_ascii(vm, "ab")->hash(), JSString::from_ascii(vm, "ba")->hash());
}

TEST(HeapString, EqualsAndCompare) {
    VM vm;
    JSString* abc = JSString::from_ascii(vm, "abc");
    JSString* abc_wide = JSString::concat(vm, JSString::create(vm, u"ab"), JSString::create(vm, u"c"));
    EXPECT_TRUE(abc->equals(abc_wide));
    EXPECT_EQ(abc->compare(abc_wide), 0);
    EXPECT_FALSE(abc->equals(JSString::from_ascii(vm, "abd")));
    EXPECT_LT(abc->compare(JSString::from_ascii(vm, "abd")), 0);
    EXPECT_GT(abc->compare(JSString::from_ascii(vm, "ab")), 0);
    EXPECT_LT(JSString::from_ascii(vm, "")->compare(abc), 0);
    // Code-unit order: U+00E9 < U+2603 < U+FFFF, and a surrogate (0xD83D) sorts below U+FFFD.
    EXPECT_LT(JSString::create(vm, u"\u00e9")->compare(JSString::create(vm, u"\u2603")), 0);
    EXPECT_GT(JSString::create(vm, u"\uffff")->compare(JSString::create(vm, u"\u2603x")), 0);
    EXPECT_LT(JSString::create(vm, u"\U0001F600")->compare(JSString::create(vm, u"\ufffd")), 0);
    EXPECT_GT(JSString::create(vm, u"\u00ff")->compare(JSString::from_ascii(vm, "z")), 0);
    EXPECT_FALSE(JSString::create(vm, u"\u00e9")->equals(JSString::create(vm, u"\u2603")));
}

TEST(HeapString, ArrayIndexCanonicalization) {
    VM vm;
    auto index = [&](const char* text) { return JSString::from_ascii(vm, text)->as_array_index(); };
    EXPECT_EQ(index("0"), 0u);
    EXPECT_EQ(index("7"), 7u);
    EXPECT_EQ(index("123"), 123u);
    EXPECT_EQ(index("4294967294"), 4294967294u);
    EXPECT_EQ(index("4294967295"), std::nullopt);
    EXPECT_EQ(index("9999999999"), std::nullopt);
    EXPECT_EQ(index("42949672940"), std::nullopt);
    EXPECT_EQ(index("01"), std::nullopt);
    EXPECT_EQ(index("00"), std::nullopt);
    EXPECT_EQ(index(""), std::nullopt);
    EXPECT_EQ(index("-1"), std::nullopt);
    EXPECT_EQ(index("+1"), std::nullopt);
    EXPECT_EQ(index("1.5"), std::nullopt);
    EXPECT_EQ(index("1e3"), std::nullopt);
    EXPECT_EQ(index(" 1"), std::nullopt);
    EXPECT_EQ(JSString::create(vm, u"\uff11")->as_array_index(), std::nullopt); // fullwidth digit one
    EXPECT_EQ(parse_array_index(std::u16string_view(u"65535")), 65535u);
    EXPECT_EQ(parse_array_index(std::string_view("0x10")), std::nullopt);
}

TEST(HeapString, Utf8RoundTripAndReplacement) {
    VM vm;
    JSString* mixed = JSString::from_utf8(vm, "a\xc3\xa9\xe2\x98\x83\xf0\x9f\x98\x80");
    EXPECT_EQ(mixed->to_u16string(), u"a\u00e9\u2603\U0001F600");
    EXPECT_EQ(mixed->to_utf8(), "a\xc3\xa9\xe2\x98\x83\xf0\x9f\x98\x80");
    EXPECT_EQ(JSString::from_utf8(vm, "caf\xc3\xa9")->is_8bit(), true);
    EXPECT_EQ(JSString::from_utf8(vm, "caf\xc3\xa9")->to_utf8(), "caf\xc3\xa9");
    // Ill-formed input: each maximal subpart becomes one U+FFFD.
    EXPECT_EQ(JSString::from_utf8(vm, "a\xff" "b")->to_u16string(), u"a\ufffdb");
    EXPECT_EQ(JSString::from_utf8(vm, "\xe2\x98")->to_u16string(), u"\ufffd");
    EXPECT_EQ(JSString::from_utf8(vm, "\xe2\x98x")->to_u16string(), u"\ufffdx");
    EXPECT_EQ(JSString::from_utf8(vm, "\xed\xa0\x80")->to_u16string(), u"\ufffd\ufffd\ufffd"); // encoded surrogate
    EXPECT_EQ(JSString::from_utf8(vm, "\xc0\xaf")->to_u16string(), u"\ufffd\ufffd");        // overlong
    EXPECT_EQ(JSString::from_utf8(vm, "\xf4\x90\x80\x80")->to_u16string(), u"\ufffd\ufffd\ufffd\ufffd");
    // Lone surrogates become U+FFFD in UTF-8.
    std::u16string lone = u"x";
    lone += char16_t(0xD800);
    lone += u"y";
    lone += char16_t(0xDC00);
    EXPECT_EQ(JSString::create(vm, lone)->to_utf8(), "x\xef\xbf\xbdy\xef\xbf\xbd");
}

} // namespace
} // namespace yjs
