// `using` and `await using` declarations: where they may appear, their early errors, and the places where
// `using` stays an identifier.
#include "parser_test_util.h"

#include <gtest/gtest.h>

using namespace yjs;
using yjs::test::dump;
using yjs::test::parses;

TEST(ParserUsing, Declarations) {
    EXPECT_EQ(dump("{ using a = b, c = null; }"),
              "(Program (BlockStatement (VariableDeclaration using (VariableDeclarator (Identifier a) "
              "(Identifier b)) (VariableDeclarator (Identifier c) (NullLiteral)))))");
    EXPECT_EQ(
        dump("await using x = y;", true),
        "(Program (VariableDeclaration await using (VariableDeclarator (Identifier x) (Identifier y))))");
    EXPECT_TRUE(parses("function f() { using x = y; }"));
    EXPECT_TRUE(parses("async function f() { await using x = y; for await (await using z of w); }"));
    EXPECT_TRUE(parses("for (using x of y);"));
    EXPECT_TRUE(parses("for (using x = y;;) break;"));
    EXPECT_TRUE(parses("for (using of = null;;) break;"));
    EXPECT_TRUE(parses("class C { static { using x = y; } }"));
    EXPECT_TRUE(parses("using x = y;", true));
}

TEST(ParserUsing, EarlyErrors) {
    EXPECT_FALSE(parses("using x = y;"));                        // top level of a script
    EXPECT_FALSE(parses("{ using x; }"));                        // initializer required
    EXPECT_FALSE(parses("{ using x = 1, y; }"));                 // ... for every binding
    EXPECT_FALSE(parses("for (using x;;);"));                    // ... in for heads too
    EXPECT_FALSE(parses("{ using {a} = b; }"));                  // no binding patterns
    EXPECT_FALSE(parses("for (using x in y);"));                 // not in for-in
    EXPECT_FALSE(parses("switch (a) { case 1: using x = y; }")); // not directly in a case clause
    EXPECT_FALSE(parses("switch (a) { default: using x = y; }"));
    EXPECT_FALSE(parses("{ using x = 1; let x; }")); // a lexical binding like const
    EXPECT_FALSE(parses("{ using let = 1; }"));
    EXPECT_FALSE(parses("function f() { await using x = y; }")); // await using only where await is
    EXPECT_FALSE(parses("if (a) using x = y;"));                 // a declaration, not a statement
}

TEST(ParserUsing, UsingAsIdentifier) {
    EXPECT_EQ(dump("{ using[x] = 1; }"),
              "(Program (BlockStatement (ExpressionStatement (AssignmentExpression = "
              "(MemberExpression computed (Identifier using) (Identifier x)) "
              "(NumericLiteral 1)))))");
    EXPECT_TRUE(parses("var using; using = 1; using in o; using.x;"));
    EXPECT_TRUE(parses("{ using\nx = 1 }")); // a line terminator ends `using`
    EXPECT_TRUE(parses("var using, of = []; for (using of of) ;"));
    EXPECT_TRUE(parses("var using; for (using of []) ;"));
    EXPECT_TRUE(parses("async function f() { await using\nx; }"));
    EXPECT_TRUE(parses("using: for (;;) break using;"));
}
