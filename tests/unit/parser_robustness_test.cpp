// The parser must never crash: deep nesting gives a clean SyntaxError, and arbitrary (mutated, truncated,
// random) input is either parsed or rejected.
#include "parser_test_util.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

using namespace yjs;

namespace {

std::string repeat(const std::string& piece, std::size_t count) {
    std::string out;
    out.reserve(piece.size() * count);
    for (std::size_t i = 0; i < count; ++i)
        out += piece;
    return out;
}

void expect_too_deep(const std::string& source) {
    auto result = test::parse_text(source);
    ASSERT_FALSE(result.ok()) << source.substr(0, 40);
    EXPECT_NE(result.error->message.find("too deeply nested"), std::string::npos)
        << source.substr(0, 40) << ": " << result.error->message;
}

const char* const kCorpus[] = {
    "var a = [1, 2, ...b], {c, d: [e = 1]} = f; let g = `x${h}y`; const i = /re/g;",
    "function* gen(a, b = 1, ...c) { yield a; yield* b; return c; }",
    "async function f() { for await (const x of y) { await x?.z?.(); } }",
    "class A extends B { #p = 1; static #q; static { this.#q = 2; } get x() { return this.#p; } "
    "constructor(...args) { super(...args); } }",
    "label: for (let i = 0; i < 10; i++) { if (i) continue label; else break label; }",
    "switch (x) { case 1: { let y; } default: z(); } try { a(); } catch ({e}) {} finally { b(); }",
    "x = a ? b : (c ?? d) || e && f | g ^ h & i == j < k << l + m * n ** o;",
    "const fn = async (a, {b}) => ({ ...a, [b]: await c, get d() { return super.e; } });",
    "import x, { y as z } from 'm' with { type: 'json' }; export default class {} export * as ns from 'n'; "
    "import.meta;",
    "function f() { new.target; tag`\\unicode ${1}`; o?.[k]?.(v); delete o.p; void 0; typeof t; }",
    "if (a) function f() {} else { function g() {} } with (o) { p; } l: function h() {}",
    "({ a = 1 } = {}); [a, , b] = [1, 2, 3]; for ([x, y] of z); for ({p: q.r} in s);",
};

} // namespace

TEST(ParserRobustness, DeepNestingIsASyntaxError) {
    const std::size_t n = 100000;
    expect_too_deep(repeat("[", n));
    expect_too_deep(repeat("(", n));
    expect_too_deep(repeat("{", n));
    expect_too_deep(repeat("a=", n) + "1");
    expect_too_deep(repeat("!", n) + "a");
    expect_too_deep(repeat("-", n) + "a");
    expect_too_deep(repeat("typeof ", n) + "a");
    expect_too_deep(repeat("new ", n) + "a");
    expect_too_deep(repeat("x=>", n) + "1");
    expect_too_deep(repeat("a?", n) + "b" + repeat(":c", n));
    expect_too_deep(repeat("function f(){", n));
    expect_too_deep(repeat("if(1)", n) + ";");
    expect_too_deep(repeat("({a:", n));
    expect_too_deep(repeat("[[", n / 2));
    expect_too_deep(repeat("`${", n));
    expect_too_deep(repeat("class A extends ", n));
    expect_too_deep("var " + repeat("[", n));
    expect_too_deep("a" + repeat(".b", n));
    expect_too_deep("a" + repeat("(1)", n));
    expect_too_deep("a" + repeat("[0]", n));
    expect_too_deep("a" + repeat("+a", n));
    expect_too_deep("a" + repeat("||a", n));
    expect_too_deep("a" + repeat("**a", n));
    // Moderate nesting is fine.
    EXPECT_TRUE(test::parses(repeat("[", 200) + repeat("]", 200)));
    EXPECT_TRUE(test::parses(repeat("(", 200) + "1" + repeat(")", 200)));
    EXPECT_TRUE(test::parses(repeat("{", 500) + repeat("}", 500)));
    EXPECT_TRUE(test::parses("a" + repeat(" + a", 1000)));
}

TEST(ParserRobustness, EveryPrefixOfValidCode) {
    for (const char* text : kCorpus) {
        std::string source = text;
        ASSERT_TRUE(test::parses(source, std::string(text).find("import x") == 0)) << source;
        for (std::size_t i = 0; i < source.size(); ++i) {
            test::parse_text(source.substr(0, i));
            test::parse_text(source.substr(0, i), true);
        }
    }
}

TEST(ParserRobustness, RandomMutations) {
    std::mt19937 rng(12345);
    const std::string alphabet = "{}[]()<>=+-*/%!?.:;,`'\"\\$#@ \n\tabcxyz019_ueni";
    const char* const tokens[] = {
        "function", "class",  "=>",     "async",   "await", "yield", "let",           "...", "${",
        "`",        "/*",     "*/",     "//",      "?.",    "??",    "static",        "#x",  "super",
        "new",      "import", "export", "\\u0061", "0x",    "1n",    "'use strict';", "get", "set",
        "of",       "in"};
    for (int iteration = 0; iteration < 8000; ++iteration) {
        std::string source = kCorpus[rng() % std::size(kCorpus)];
        int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits && !source.empty(); ++e) {
            std::size_t at = rng() % source.size();
            switch (rng() % 4) {
            case 0:
                source.erase(at, 1 + rng() % 3);
                break;
            case 1:
                source.insert(at, 1, alphabet[rng() % alphabet.size()]);
                break;
            case 2:
                source[at] = alphabet[rng() % alphabet.size()];
                break;
            default:
                source.insert(at, tokens[rng() % std::size(tokens)]);
                break;
            }
        }
        test::parse_text(source, (iteration & 1) != 0);
        parse_dynamic_function(u"a", utf8_to_utf16(source), DynamicFunctionKind::AsyncGenerator, {});
    }
}

TEST(ParserRobustness, RandomBytes) {
    std::mt19937 rng(777);
    for (int iteration = 0; iteration < 5000; ++iteration) {
        std::u16string source;
        std::size_t length = rng() % 64;
        for (std::size_t i = 0; i < length; ++i) {
            // Mostly ASCII punctuation/letters, sometimes any code unit (lone surrogates included).
            source.push_back(rng() % 8 == 0 ? static_cast<char16_t>(rng() % 0x10000)
                                            : static_cast<char16_t>(32 + rng() % 95));
        }
        ParseOptions options;
        options.is_module = (iteration & 1) != 0;
        parse_program(source, options);
    }
}
