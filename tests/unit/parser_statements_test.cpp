// Statements, ASI, labels, declarations and their early errors, Annex B statement forms.
#include "parser_test_util.h"

#include <gtest/gtest.h>

using namespace yjs;
using yjs::test::dump;
using yjs::test::parses;
using yjs::test::parses_strict;

TEST(ParserStatements, Basic) {
    EXPECT_EQ(
        dump("var a = 1, b; let [c] = d; const {e} = f;"),
        "(Program (VariableDeclaration var (VariableDeclarator (Identifier a) (NumericLiteral 1)) "
        "(VariableDeclarator (Identifier b))) (VariableDeclaration let (VariableDeclarator (ArrayPattern "
        "(Identifier c)) (Identifier d))) (VariableDeclaration const (VariableDeclarator (ObjectPattern "
        "(Property init shorthand (Identifier e) (Identifier e))) (Identifier f))))");
    EXPECT_EQ(
        dump("if (a) b; else c;"),
        "(Program (IfStatement (Identifier a) (ExpressionStatement (Identifier b)) (ExpressionStatement "
        "(Identifier c))))");
    EXPECT_EQ(dump("for (;;) {}"), "(Program (ForStatement (BlockStatement)))");
    EXPECT_EQ(
        dump("for (let i = 0; i < n; i++) ;"),
        "(Program (ForStatement (VariableDeclaration let (VariableDeclarator (Identifier i) (NumericLiteral "
        "0))) "
        "(BinaryExpression < (Identifier i) (Identifier n)) (UpdateExpression postfix ++ (Identifier i)) "
        "(EmptyStatement)))");
    EXPECT_EQ(dump("for (const [k, v] of m) {}"), "(Program (ForOfStatement (VariableDeclaration const "
                                                  "(VariableDeclarator (ArrayPattern (Identifier k) "
                                                  "(Identifier v)))) (Identifier m) (BlockStatement)))");
    EXPECT_EQ(dump("for (a.b in c);"), "(Program (ForInStatement (MemberExpression (Identifier a) "
                                       "(Identifier b)) (Identifier c) (EmptyStatement)))");
    EXPECT_EQ(dump("do x; while (y) z"), "(Program (DoWhileStatement (ExpressionStatement (Identifier x)) "
                                         "(Identifier y)) (ExpressionStatement "
                                         "(Identifier z)))");
    EXPECT_EQ(dump("switch (a) { case 1: b; default: c }"),
              "(Program (SwitchStatement (Identifier a) (SwitchCase (NumericLiteral 1) (ExpressionStatement "
              "(Identifier b))) (SwitchCase (ExpressionStatement (Identifier c)))))");
    EXPECT_EQ(dump("try {} catch {} finally {}"),
              "(Program (TryStatement (BlockStatement) (CatchClause (BlockStatement)) (BlockStatement)))");
    EXPECT_EQ(dump("try {} catch ({message}) {}"),
              "(Program (TryStatement (BlockStatement) (CatchClause (ObjectPattern (Property init shorthand "
              "(Identifier message) (Identifier message))) (BlockStatement))))");
    EXPECT_EQ(dump("a: for (;;) { continue a; break a; }"),
              "(Program (LabeledStatement a (ForStatement (BlockStatement (ContinueStatement a) "
              "(BreakStatement a)))))");
    EXPECT_EQ(dump("with (o) x"),
              "(Program (WithStatement (Identifier o) (ExpressionStatement (Identifier x))))");
    EXPECT_EQ(dump("debugger; throw e;"), "(Program (DebuggerStatement) (ThrowStatement (Identifier e)))");
}

TEST(ParserStatements, AutomaticSemicolonInsertion) {
    EXPECT_EQ(dump("a\nb"),
              "(Program (ExpressionStatement (Identifier a)) (ExpressionStatement (Identifier b)))");
    EXPECT_EQ(dump("function f() { return\na }"), "(Program (FunctionDeclaration (Identifier f) "
                                                  "(ReturnStatement) (ExpressionStatement (Identifier a))))");
    EXPECT_EQ(
        dump("a\n++b"),
        "(Program (ExpressionStatement (Identifier a)) (ExpressionStatement (UpdateExpression prefix ++ "
        "(Identifier b))))");
    EXPECT_EQ(dump("a\n(b)"),
              "(Program (ExpressionStatement (CallExpression (Identifier a) (Identifier b))))");
    EXPECT_EQ(dump("do {} while (0) x"), "(Program (DoWhileStatement (BlockStatement) (NumericLiteral 0)) "
                                         "(ExpressionStatement (Identifier x)))");
    EXPECT_EQ(
        dump("x: while (1) { break\nx; }"),
        "(Program (LabeledStatement x (WhileStatement (NumericLiteral 1) (BlockStatement (BreakStatement) "
        "(ExpressionStatement (Identifier x))))))");
    EXPECT_FALSE(parses("a b"));
    EXPECT_FALSE(parses("throw\nx"));
    EXPECT_FALSE(parses("for (a\nb) ;"));
    EXPECT_FALSE(parses("if (a) else b"));
    EXPECT_TRUE(parses("var a = 1\nvar b = 2"));
    EXPECT_FALSE(parses("{ 1 2 }"));
    EXPECT_TRUE(parses("{ 1\n2 } 3"));
}

TEST(ParserStatements, Let) {
    EXPECT_EQ(dump("let = 1"),
              "(Program (ExpressionStatement (AssignmentExpression = (Identifier let) (NumericLiteral 1))))");
    EXPECT_EQ(dump("let\nx = 1"),
              "(Program (VariableDeclaration let (VariableDeclarator (Identifier x) (NumericLiteral 1))))");
    EXPECT_TRUE(parses("if (a) let\nx = 1")); // `let` is an expression statement here
    EXPECT_FALSE(parses("if (a) let x = 1"));
    EXPECT_FALSE(parses("if (a) let [x] = 1"));
    EXPECT_FALSE(parses("let let = 1"));
    EXPECT_FALSE(parses("let [a, a] = 1"));
    EXPECT_FALSE(parses("const a;"));
    EXPECT_FALSE(parses("let [a];"));
    EXPECT_TRUE(parses("for (let in x);"));
    EXPECT_FALSE(parses("for (let of x);"));
    EXPECT_TRUE(parses("for (let of of x);"));
    EXPECT_FALSE(parses("for (let.x of y);"));
    EXPECT_TRUE(parses("for (let.x in y);"));
    EXPECT_FALSE(parses_strict("let = 1"));
    EXPECT_FALSE(parses("for (async of x);"));
    EXPECT_TRUE(parses("for (async of => 1;;) break;"));
    EXPECT_TRUE(parses("async function f() { for await (async of x); }"));
}

TEST(ParserStatements, ForHeads) {
    EXPECT_FALSE(parses("for (let a, b of c);"));
    EXPECT_FALSE(parses("for (var a = 1 of c);"));
    EXPECT_TRUE(parses("for (var a = 1 in c);")); // Annex B
    EXPECT_FALSE(parses_strict("for (var a = 1 in c);"));
    EXPECT_FALSE(parses("for (var [a] = 1 in c);"));
    EXPECT_FALSE(parses("for (let a = 1 in c);"));
    EXPECT_FALSE(parses("for (const a;;);"));
    EXPECT_FALSE(parses("for (a + b of c);"));
    EXPECT_FALSE(parses("for ((a) => 1 of c);"));
    EXPECT_FALSE(parses("for (a of b, c);"));
    EXPECT_TRUE(parses("for (a in b, c);"));
    EXPECT_FALSE(parses("for await (x of y);"));
    EXPECT_FALSE(parses("async function f() { for await (x in y); }"));
    EXPECT_FALSE(parses("async function f() { for await (;;); }"));
    EXPECT_TRUE(parses("for await (x of y);", true)); // top-level await in modules
    EXPECT_FALSE(parses("for ('a' in b ? c : d;;) break;"));
    EXPECT_TRUE(parses("for ((a in b);;) break;"));
}

TEST(ParserStatements, LabelsAndJumps) {
    EXPECT_FALSE(parses("break;"));
    EXPECT_FALSE(parses("continue;"));
    EXPECT_TRUE(parses("switch (a) { case 1: break; }"));
    EXPECT_FALSE(parses("switch (a) { case 1: continue; }"));
    EXPECT_FALSE(parses("a: { continue a; }"));
    EXPECT_TRUE(parses("a: { break a; }"));
    EXPECT_FALSE(parses("a: a: ;"));
    EXPECT_TRUE(parses("a: ; a: ;"));
    EXPECT_TRUE(parses("a: b: while (1) continue a;"));
    EXPECT_FALSE(parses("a: { b: while (1) continue a; }"));
    EXPECT_FALSE(parses("while (1) { function f() { break; } }"));
    EXPECT_FALSE(parses("a: while (1) { function f() { break a; } }"));
    EXPECT_FALSE(parses("while (1) { () => { continue; } }"));
    EXPECT_FALSE(parses("break b;"));
    EXPECT_TRUE(parses("yield: ;"));
    EXPECT_FALSE(parses("function* g() { yield: ; }"));
    EXPECT_FALSE(parses("await: ;", true));
    EXPECT_FALSE(parses("return;"));
    EXPECT_TRUE(parses("function f() { return; }"));
}

TEST(ParserStatements, Redeclarations) {
    EXPECT_TRUE(parses("var a; var a;"));
    EXPECT_TRUE(parses("var a; function a() {}"));
    EXPECT_TRUE(parses("function a() {} function a() {}"));
    EXPECT_FALSE(parses("let a; var a;"));
    EXPECT_FALSE(parses("var a; let a;"));
    EXPECT_FALSE(parses("let a; let a;"));
    EXPECT_FALSE(parses("const a = 1; function a() {}"));
    EXPECT_FALSE(parses("{ var a; } let a;"));
    EXPECT_FALSE(parses("let a; { var a; }"));
    EXPECT_TRUE(parses("let a; { let a; }"));
    EXPECT_FALSE(parses("{ let a; { var a; } }"));
    EXPECT_FALSE(parses("{ function a() {} var a; }"));
    EXPECT_FALSE(parses("{ let a; function a() {} }"));
    EXPECT_TRUE(parses("{ function a() {} function a() {} }")); // Annex B, sloppy
    EXPECT_FALSE(parses_strict("{ function a() {} function a() {} }"));
    EXPECT_FALSE(parses("{ function a() {} function* a() {} }"));
    EXPECT_FALSE(parses("{ async function a() {} function a() {} }"));
    EXPECT_FALSE(parses("function f(a) { let a; }"));
    EXPECT_TRUE(parses("function f(a) { var a; function a() {} }"));
    EXPECT_TRUE(parses("function f(a) { { let a; } }"));
    EXPECT_FALSE(parses("function f() { let a; var a; }"));
    EXPECT_FALSE(parses("switch (x) { case 1: let a; case 2: let a; }"));
    EXPECT_FALSE(parses("switch (x) { case 1: let a; default: var a; }"));
    EXPECT_FALSE(parses("for (let a;;) { var a; }"));
    EXPECT_TRUE(parses("for (let a;;) { let a; }"));
    EXPECT_FALSE(parses("for (let a of b) { var a; }"));
    EXPECT_FALSE(parses("try {} catch (e) { let e; }"));
    EXPECT_TRUE(parses("try {} catch (e) { var e; }")); // Annex B.3.4
    EXPECT_TRUE(parses("try {} catch (e) { for (var e of []); }"));
    EXPECT_FALSE(parses("try {} catch ([e]) { var e; }"));
    EXPECT_FALSE(parses("try {} catch ([e, e]) {}"));
    EXPECT_TRUE(parses("try {} catch (e) { { let e; } }"));
    EXPECT_FALSE(parses("label: { let a; var a; }"));
    EXPECT_FALSE(parses("class A {} class A {}"));
    EXPECT_FALSE(parses("function f() {} let f;"));
    EXPECT_FALSE(parses("function f() {} var f;", true)); // module functions are lexical
    EXPECT_FALSE(parses("function f() {} function f() {}", true));
}

TEST(ParserStatements, DeclarationPositions) {
    EXPECT_FALSE(parses("if (a) class C {}"));
    EXPECT_FALSE(parses("if (a) const b = 1;"));
    EXPECT_FALSE(parses("while (a) function f() {}"));
    EXPECT_FALSE(parses("while (a) l: function f() {}"));
    EXPECT_FALSE(parses("if (a) l: function f() {}"));
    EXPECT_FALSE(parses("with (a) function f() {}"));
    EXPECT_FALSE(parses("if (a) function* f() {}"));
    EXPECT_FALSE(parses("if (a) async function f() {}"));
    EXPECT_TRUE(parses("l: function f() {}"));
    EXPECT_TRUE(parses("a: b: function f() {}"));
    EXPECT_FALSE(parses_strict("l: function f() {}"));
    EXPECT_FALSE(parses("l: function* f() {}"));
    EXPECT_FALSE(parses("l: class C {}"));
    EXPECT_FALSE(parses("l: let x;"));
    EXPECT_EQ(dump("if (a) function f() {} else function g() {}"),
              "(Program (IfStatement (Identifier a) (BlockStatement (FunctionDeclaration (Identifier f))) "
              "(BlockStatement (FunctionDeclaration (Identifier g)))))");
    EXPECT_FALSE(parses_strict("if (a) function f() {}"));
    EXPECT_FALSE(parses_strict("with (a) b;"));
}

TEST(ParserStatements, StrictModeDirectives) {
    EXPECT_TRUE(parse_program(u"'use strict'; x", {}).program()->is_strict);
    EXPECT_FALSE(parse_program(u"x; 'use strict';", {}).program()->is_strict);
    EXPECT_FALSE(parse_program(u"'use\\x20strict'; x", {}).program()->is_strict);
    EXPECT_FALSE(parse_program(u"('use strict'); x", {}).program()->is_strict);
    EXPECT_TRUE(parse_program(u"'a'\n'use strict'; x", {}).program()->is_strict);
    EXPECT_FALSE(parses("'use strict'; var public;"));
    EXPECT_FALSE(parses("function f() { 'use strict'; var interface; }"));
    EXPECT_FALSE(parses("function eval() { 'use strict'; }"));
    EXPECT_FALSE(parses("function f(eval) { 'use strict'; }"));
    EXPECT_FALSE(parses("function f(a, a) { 'use strict'; }"));
    EXPECT_TRUE(parses("function f(a, a) {}"));
    EXPECT_FALSE(parses("function f(a, [a]) {}"));
    EXPECT_FALSE(parses("function f(a = 1) { 'use strict'; }"));
    EXPECT_FALSE(parses("function f({a}) { 'use strict'; }"));
    EXPECT_TRUE(parses("'use strict'; function f(a = 1) {}"));
    EXPECT_FALSE(parses("function static() { 'use strict'; }"));
    EXPECT_TRUE(parses("function f() { 'use strict'; } var public;"));
    EXPECT_FALSE(parses("'use strict'; implements = 1"));
    EXPECT_FALSE(parses("'use strict'; ({ eval } = {})"));
}
