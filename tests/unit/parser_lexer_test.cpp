// Tokens: numbers, strings, templates, regular expressions, identifiers, comments, positions.
#include "parser/lexer.h"
#include "parser_test_util.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace yjs;
using yjs::test::dump;
using yjs::test::expr;
using yjs::test::parses;
using yjs::test::parses_strict;

namespace {

double number_of(const std::string& source) {
    auto result = test::parse_text(source);
    EXPECT_TRUE(result.ok()) << source;
    if (!result.ok()) return std::nan("");
    Node* e = result.program()->body.at(0)->as<ExpressionStatement>()->expression;
    EXPECT_EQ(e->kind, NodeKind::NumericLiteral) << source;
    return e->as<NumericLiteral>()->value;
}

std::string bigint_of(const std::string& source) {
    auto result = test::parse_text(source);
    EXPECT_TRUE(result.ok()) << source;
    if (!result.ok()) return "";
    return result.program()->body.at(0)->as<ExpressionStatement>()->expression->as<BigIntLiteral>()->digits;
}

std::u16string string_of(const std::string& source) {
    auto result = test::parse_text(source);
    EXPECT_TRUE(result.ok()) << source;
    if (!result.ok()) return u"";
    return result.program()->body.at(0)->as<ExpressionStatement>()->expression->as<StringLiteral>()->value;
}

} // namespace

TEST(ParserLexer, DecimalNumbers) {
    EXPECT_EQ(number_of("0"), 0);
    EXPECT_EQ(number_of("42"), 42);
    EXPECT_EQ(number_of("1.5"), 1.5);
    EXPECT_EQ(number_of(".5"), 0.5);
    EXPECT_EQ(number_of("5."), 5);
    EXPECT_EQ(number_of("1e3"), 1000);
    EXPECT_EQ(number_of("1E-3"), 0.001);
    EXPECT_EQ(number_of("1.e2"), 100);
    EXPECT_EQ(number_of("0.1"), 0.1);
    EXPECT_EQ(number_of("1_000_000"), 1000000);
    EXPECT_EQ(number_of("1_0.0_1e1_0"), 10.01e10);
    EXPECT_EQ(number_of("9007199254740993"), 9007199254740992.0); // round half to even
    EXPECT_EQ(number_of("1e400"), std::numeric_limits<double>::infinity());
    EXPECT_EQ(number_of("1e-400"), 0);
    EXPECT_EQ(number_of("5e-324"), std::numeric_limits<double>::denorm_min());
    EXPECT_EQ(number_of("2.2250738585072014e-308"), std::numeric_limits<double>::min());
    EXPECT_EQ(number_of("0.0000001e-330"), 0);
}

TEST(ParserLexer, RadixNumbers) {
    EXPECT_EQ(number_of("0x1F"), 31);
    EXPECT_EQ(number_of("0XfF"), 255);
    EXPECT_EQ(number_of("0o17"), 15);
    EXPECT_EQ(number_of("0b101"), 5);
    EXPECT_EQ(number_of("0x1_0"), 16);
    EXPECT_EQ(number_of("0x20000000000001"), 9007199254740992.0); // 2^53 + 1 rounds to even
    EXPECT_EQ(number_of("0x20000000000003"), 9007199254740996.0); // 2^53 + 3 rounds up
    EXPECT_EQ(number_of("0xFFFFFFFFFFFFFFFF"), 18446744073709551616.0);
    EXPECT_EQ(number_of("010"), 8); // legacy octal (sloppy)
    EXPECT_EQ(number_of("08"), 8);  // NonOctalDecimalIntegerLiteral
    EXPECT_EQ(number_of("09.5"), 9.5);
}

TEST(ParserLexer, InvalidNumbers) {
    for (const char* source :
         {"1_",   "1__0", "0x",   "0x_1", "0b2", "0o8",  "1e",   "1e+", "3in x", "3x",      "0_1",
          "08_1", "1._5", "1_.5", "1e_5", "0xg", "1.5n", "1e3n", "01n", "08n",   "3\\u0061"}) {
        EXPECT_FALSE(parses(source)) << source;
    }
    EXPECT_FALSE(parses_strict("010"));
    EXPECT_FALSE(parses_strict("08"));
    EXPECT_TRUE(parses_strict("0"));
    EXPECT_TRUE(parses_strict("0.5"));
}

TEST(ParserLexer, BigInts) {
    EXPECT_EQ(bigint_of("0n"), "0");
    EXPECT_EQ(bigint_of("123n"), "123");
    EXPECT_EQ(bigint_of("0xffn"), "255");
    EXPECT_EQ(bigint_of("0b1111n"), "15");
    EXPECT_EQ(bigint_of("0o777n"), "511");
    EXPECT_EQ(bigint_of("1_000n"), "1000");
    EXPECT_EQ(bigint_of("0xFFFFFFFFFFFFFFFFFFFFn"), "1208925819614629174706175");
    EXPECT_EQ(bigint_of("0x0000001n"), "1");
}

TEST(ParserLexer, StringEscapes) {
    EXPECT_EQ(string_of(R"("a\nb\tc")"), u"a\nb\tc");
    EXPECT_EQ(string_of(R"('\x41\u0042\u{43}\u{1F600}')"), u"ABC\U0001F600");
    EXPECT_EQ(string_of(R"("\0")"), std::u16string(1, u'\0'));
    EXPECT_EQ(string_of(R"("\101")"), u"A"); // legacy octal
    EXPECT_EQ(string_of(R"("\8")"), u"8");
    EXPECT_EQ(string_of("\"a\\\nb\""), u"ab"); // line continuation
    EXPECT_EQ(string_of("\"a\\\r\nb\""), u"ab");
    EXPECT_EQ(string_of("\"\\q\""), u"q");
    EXPECT_EQ(string_of("'\\uD800'"), std::u16string(1, char16_t(0xD800))); // lone surrogate
    EXPECT_EQ(string_of("\"\xE2\x80\xA8\""), std::u16string(1, char16_t(0x2028)));
    EXPECT_FALSE(parses("\"abc"));
    EXPECT_FALSE(parses("\"a\nb\""));
    EXPECT_FALSE(parses(R"("\x4")"));
    EXPECT_FALSE(parses(R"("\u{110000}")"));
    EXPECT_FALSE(parses(R"("\u12")"));
    EXPECT_FALSE(parses_strict(R"("\01")"));
    EXPECT_FALSE(parses_strict(R"("\8")"));
    EXPECT_TRUE(parses_strict(R"("\0")"));
}

TEST(ParserLexer, LegacyOctalBeforeUseStrictDirective) {
    EXPECT_FALSE(parses(R"(function f() { "\01"; "use strict"; })"));
    EXPECT_FALSE(parses(R"("\01"; "use strict";)"));
    EXPECT_TRUE(parses(R"("\01"; "not strict";)"));
    EXPECT_FALSE(parses("\"use strict\"; 010"));
}

TEST(ParserLexer, Templates) {
    EXPECT_EQ(
        expr("`a${b}c${d}e`"),
        "(TemplateLiteral \"a\"/raw:\"a\" \"c\"/raw:\"c\" \"e\"/raw:\"e\" (Identifier b) (Identifier d))");
    EXPECT_EQ(expr("`\\n`"), "(TemplateLiteral \"\\n\"/raw:\"\\\\n\")");
    EXPECT_EQ(expr("`a\r\nb`"), "(TemplateLiteral \"a\\nb\"/raw:\"a\\nb\")");
    EXPECT_EQ(
        expr("tag`\\unicode and \\u{55}`"),
        "(TaggedTemplate (Identifier tag) (TemplateLiteral undefined/raw:\"\\\\unicode and \\\\u{55}\"))");
    EXPECT_EQ(expr("tag`\\01`"),
              "(TaggedTemplate (Identifier tag) (TemplateLiteral undefined/raw:\"\\\\01\"))");
    EXPECT_FALSE(parses("`\\01`"));
    EXPECT_FALSE(parses("`\\unicode`"));
    EXPECT_FALSE(parses("`abc"));
    EXPECT_FALSE(parses("`${a`"));
    EXPECT_EQ(expr("`${ {a: `${1}`} }`"),
              "(TemplateLiteral \"\"/raw:\"\" \"\"/raw:\"\" (ObjectExpression (Property init (Identifier a) "
              "(TemplateLiteral \"\"/raw:\"\" \"\"/raw:\"\" (NumericLiteral 1)))))");
}

TEST(ParserLexer, RegExpVersusDivision) {
    EXPECT_EQ(expr("a / b / c"),
              "(BinaryExpression / (BinaryExpression / (Identifier a) (Identifier b)) (Identifier c))");
    EXPECT_EQ(expr("/a[/]b/g.source"),
              "(MemberExpression (RegExpLiteral \"a[/]b\" \"g\") (Identifier source))");
    EXPECT_EQ(expr("x = /=/"), "(AssignmentExpression = (Identifier x) (RegExpLiteral \"=\" \"\"))");
    EXPECT_EQ(dump("{}\n/foo/"),
              "(Program (BlockStatement) (ExpressionStatement (RegExpLiteral \"foo\" \"\")))");
    EXPECT_EQ(dump("a\n/foo/g"), "(Program (ExpressionStatement (BinaryExpression / (BinaryExpression / "
                                 "(Identifier a) (Identifier foo)) "
                                 "(Identifier g))))");
    EXPECT_TRUE(parses("if (x) /re/.test(y)"));
    EXPECT_TRUE(parses("function* g() { yield /re/ }"));
    EXPECT_FALSE(parses("/a/gg"));
    EXPECT_FALSE(parses("/a/x"));
    EXPECT_FALSE(parses("/a/uv"));
    EXPECT_TRUE(parses("/a/dgimsuy"));
    EXPECT_TRUE(parses("/a/v"));
    EXPECT_FALSE(parses("/a\n/"));
    EXPECT_FALSE(parses("/a/\\u0067"));
}

TEST(ParserLexer, RegExpValidatorCallback) {
    ParseOptions options;
    std::u16string seen_pattern;
    std::u16string seen_flags;
    options.validate_regexp = [&](std::u16string_view pattern,
                                  std::u16string_view flags) -> std::optional<std::string> {
        seen_pattern = pattern;
        seen_flags = flags;
        if (pattern == u"(") return std::string("unterminated group");
        return std::nullopt;
    };
    EXPECT_TRUE(parse_program(u"/a+b/u", options).ok());
    EXPECT_EQ(seen_pattern, u"a+b");
    EXPECT_EQ(seen_flags, u"u");
    auto result = parse_program(u"x = /(/", options);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error->message.find("unterminated group"), std::string::npos);
    EXPECT_EQ(result.error->line, 1u);
    EXPECT_EQ(result.error->column, 5u);
}

TEST(ParserLexer, Identifiers) {
    EXPECT_EQ(expr("\\u0061bc"), "(Identifier abc)");
    EXPECT_EQ(expr("a\\u{62}c"), "(Identifier abc)");
    EXPECT_EQ(expr("\xC3\xA9t\xC3\xA9"), "(Identifier \xC3\xA9t\xC3\xA9)");
    EXPECT_EQ(expr("$_\xE2\x80\x8C"), "(Identifier $_\xE2\x80\x8C)");     // ZWNJ continues identifiers
    EXPECT_EQ(expr("\xF0\x90\x80\x80"), "(Identifier \xF0\x90\x80\x80)"); // U+10000 LINEAR B SYLLABLE B008 A
    EXPECT_FALSE(parses("\\u0030abc"));                                   // digit cannot start an identifier
    EXPECT_FALSE(parses("a\\u002Db"));                                    // '-' is not ID_Continue
    EXPECT_FALSE(parses("var \\u0076ar = 1"));                            // escaped reserved word
    EXPECT_FALSE(parses("\\u{74}rue"));
    EXPECT_TRUE(parses("var l\\u0065t = 1")); // `let` is not reserved in sloppy mode
    EXPECT_FALSE(parses_strict("var l\\u0065t = 1"));
    EXPECT_FALSE(parses("l\\u0065t x = 1"));     // ... but cannot start a declaration
    EXPECT_TRUE(parses("({ \\u0069f: 1 }).if")); // escaped keywords are fine as property names
}

TEST(ParserLexer, CommentsAndWhitespace) {
    EXPECT_EQ(dump("a /* c */ + /* multi\nline */ b // end"),
              "(Program (ExpressionStatement (BinaryExpression + (Identifier a) (Identifier b))))");
    EXPECT_FALSE(parses("/* unterminated"));
    EXPECT_TRUE(parses("\xEF\xBB\xBFvar\xC2\xA0x\xE2\x80\x83=\t1")); // BOM, NBSP, EM SPACE
    EXPECT_TRUE(parses("#!/usr/bin/env node\nvar x"));
    EXPECT_FALSE(parses(" #!/usr/bin/env node\nvar x"));
    // Annex B HTML-like comments, scripts only.
    EXPECT_EQ(dump("x = 1 <!-- comment\n--> also a comment\ny"),
              "(Program (ExpressionStatement (AssignmentExpression = (Identifier x) (NumericLiteral 1))) "
              "(ExpressionStatement (Identifier y)))");
    EXPECT_EQ(dump("x /*\n*/ --> comment"), "(Program (ExpressionStatement (Identifier x)))");
    EXPECT_EQ(dump("a-->b"), "(Program (ExpressionStatement (BinaryExpression > (UpdateExpression postfix -- "
                             "(Identifier a)) (Identifier b))))");
    EXPECT_FALSE(parses("<!-- comment", true));
    EXPECT_FALSE(parses("x\n--> comment", true));
    // A multi-line comment containing a line terminator allows ASI.
    EXPECT_EQ(dump("a /*\n*/ b"),
              "(Program (ExpressionStatement (Identifier a)) (ExpressionStatement (Identifier b)))");
}

TEST(ParserLexer, ErrorPositions) {
    auto result = test::parse_text("var a = 1;\nvar b = @;");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->line, 2u);
    EXPECT_EQ(result.error->column, 9u);
    // Columns count UTF-16 code units (the emoji is two).
    result = test::parse_text("'\xF0\x9F\x98\x80' +;");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->line, 1u);
    EXPECT_EQ(result.error->column, 7u);
    // CRLF, LS and PS are line terminators.
    result = test::parse_text("a\r\nb\xE2\x80\xA8"
                              "c\xE2\x80\xA9 )");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->line, 4u);
    EXPECT_EQ(result.error->column, 2u);
}

TEST(ParserLexer, NodePositions) {
    auto result = test::parse_text("let x;\n  foo(bar)");
    ASSERT_TRUE(result.ok());
    Node* statement = result.program()->body.at(1);
    Node* call = statement->as<ExpressionStatement>()->expression;
    EXPECT_EQ(call->line, 2u);
    EXPECT_EQ(call->column, 3u);
    EXPECT_EQ(call->start, 9u);
    EXPECT_EQ(call->end, 17u);
    Node* argument = call->as<CallExpression>()->arguments.at(0);
    EXPECT_EQ(argument->column, 7u);
    EXPECT_EQ(result.ast->source.substr(argument->start, argument->end - argument->start), u"bar");
}

TEST(ParserLexer, Utf8Conversion) {
    EXPECT_EQ(utf8_to_utf16("abc"), u"abc");
    EXPECT_EQ(utf8_to_utf16("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"), u"\u00E9\u20AC\U0001F600");
    EXPECT_EQ(utf8_to_utf16("a\xFF"
                            "b"),
              u"a\uFFFDb");
    EXPECT_EQ(utf8_to_utf16("\xE2\x82"), u"\uFFFD");       // truncated sequence
    EXPECT_EQ(utf8_to_utf16("\xC0\xAF"), u"\uFFFD\uFFFD"); // overlong
    // An encoded surrogate: ED is not followed by a valid continuation, so each byte is its own error.
    EXPECT_EQ(utf8_to_utf16("\xED\xA0\x80"), u"\uFFFD\uFFFD\uFFFD");
    EXPECT_EQ(utf16_to_utf8(u"\u00E9\U0001F600"), "\xC3\xA9\xF0\x9F\x98\x80");
    EXPECT_EQ(utf16_to_utf8(std::u16string(1, char16_t(0xD800))), "\xEF\xBF\xBD");
}

TEST(ParserLexer, NumericHelpers) {
    EXPECT_EQ(numeric::digits_to_decimal(u"ff", 16), "255");
    EXPECT_EQ(numeric::digits_to_decimal(u"0", 10), "0");
    EXPECT_EQ(numeric::digits_to_decimal(u"18446744073709551616", 10), "18446744073709551616");
    EXPECT_EQ(numeric::digits_to_double(u"1", 2), 1.0);
    EXPECT_EQ(numeric::digits_to_double(u"777", 8), 511.0);
}
