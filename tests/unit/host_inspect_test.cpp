// util.inspect building blocks (string quoting, key spelling, display width) and options that the golden
// tests (tests/js/console) do not reach through console.log.
#include "host/inspect_internal.h"
#include "yieldjs/yieldjs.h"

#include <gtest/gtest.h>

namespace {

using yjs::display_width;
using yjs::format_number;
using yjs::is_plain_key;
using yjs::quote_string;

TEST(HostInspect, QuoteString) {
    EXPECT_EQ(quote_string(u"plain"), u"'plain'");
    EXPECT_EQ(quote_string(u"it's"), u"\"it's\"");
    EXPECT_EQ(quote_string(u"it's \"q\""), u"`it's \"q\"`");
    EXPECT_EQ(quote_string(u"it's \"q\" `b`"), u"'it\\'s \"q\" `b`'");
    EXPECT_EQ(quote_string(u"it's \"q\" ${x}"), u"'it\\'s \"q\" ${x}'");
    EXPECT_EQ(quote_string(u"\n\t\b\f\r\v\x1b\\"), u"'\\n\\t\\b\\f\\r\\x0B\\x1B\\\\'");
    EXPECT_EQ(quote_string(std::u16string(1, u'\0')), u"'\\x00'");
    EXPECT_EQ(quote_string(u"\x7f\x80\x9f\xa0"), u"'\\x7F\\x80\\x9F\xa0'");
    EXPECT_EQ(quote_string(u"\xd800-\xdc00"), u"'\\ud800-\\udc00'");
    EXPECT_EQ(quote_string(u"\xd83d\xde00"), u"'\xd83d\xde00'");
}

TEST(HostInspect, PlainKeys) {
    EXPECT_TRUE(is_plain_key(u"a"));
    EXPECT_TRUE(is_plain_key(u"_private1"));
    EXPECT_TRUE(is_plain_key(u"CamelCase"));
    EXPECT_FALSE(is_plain_key(u""));
    EXPECT_FALSE(is_plain_key(u"1a"));
    EXPECT_FALSE(is_plain_key(u"$x"));
    EXPECT_FALSE(is_plain_key(u"a-b"));
    EXPECT_FALSE(is_plain_key(u"\u00fc"));
}

TEST(HostInspect, DisplayWidth) {
    EXPECT_EQ(display_width(u"abc"), 3u);
    EXPECT_EQ(display_width(u"\u4e2d\u6587"), 4u); // wide
    EXPECT_EQ(display_width(u"e\u0301"), 1u);      // combining acute accent
    EXPECT_EQ(display_width(u"\xd83d\xde00"), 2u); // emoji presentation
    EXPECT_EQ(display_width(u"\x1b"), 0u);         // control
    EXPECT_EQ(display_width(u"\uff21"), 2u);       // fullwidth A
}

TEST(HostInspect, Numbers) {
    EXPECT_EQ(format_number(-0.0), u"-0");
    EXPECT_EQ(format_number(0), u"0");
    EXPECT_EQ(format_number(1e21), u"1e+21");
    EXPECT_EQ(format_number(0.1), u"0.1");
}

struct Captured {
    std::string out;
    yieldjs::Runtime runtime{[this] {
        yieldjs::RuntimeOptions options;
        options.write_stdout = [this](std::string_view text) { out += text; };
        return options;
    }()};
    std::string run(std::string_view source) {
        out.clear();
        auto result = runtime.evaluate_script(source, "inspect.js");
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().report);
        return out;
    }
};

TEST(HostInspect, DirOptions) {
    Captured c;
    EXPECT_EQ(c.run("console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 })"), "{ a: [Object] }\n");
    EXPECT_EQ(c.run("console.dir({ a: { b: { c: { d: {} } } } }, { depth: Infinity })"),
              "{\n  a: { b: { c: { d: {} } } }\n}\n");
    EXPECT_EQ(c.run("console.dir([1, 2, 3], { breakLength: 3 })"), "[\n  1,\n  2,\n  3\n]\n");
    EXPECT_EQ(c.run("console.dir({ a: 1, b: 2 }, { breakLength: 3 })"), "{\n  a: 1,\n  b: 2\n}\n");
    EXPECT_EQ(c.run("console.dir({ a: 1, b: [1] }, { compact: false })"),
              "{\n  a: 1,\n  b: [\n    1\n  ]\n}\n");
    EXPECT_EQ(c.run("console.dir([1, 2], { showHidden: true })"), "[ 1, 2, [length]: 2 ]\n");
}

TEST(HostInspect, GettersAreNotCalled) {
    Captured c;
    EXPECT_EQ(c.run("var calls = 0; console.log({ get x() { calls++; return 1; } }); console.log(calls)"),
              "{ x: [Getter] }\n0\n");
}

TEST(HostInspect, DeepNesting) {
    Captured c;
    EXPECT_EQ(c.run("var o = {}; for (var i = 0; i < 10000; i++) o = { o: o }; console.dir(o, { depth: 3 });"),
              "{\n  o: { o: { o: { o: [Object] } } }\n}\n");
    // Unlimited depth on a very deep structure runs out of native stack: a RangeError, not a crash.
    EXPECT_EQ(c.run("var a = []; for (var j = 0; j < 200000; j++) a = [a];"
                    "try { console.dir(a, { depth: null }); } catch (e) { console.log(e instanceof RangeError); }"),
              "true\n");
}

} // namespace
