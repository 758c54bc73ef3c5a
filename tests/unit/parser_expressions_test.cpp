// Expressions: precedence, member/call chains, optional chaining, cover grammars, arrows, patterns.
#include "parser_test_util.h"

#include <gtest/gtest.h>

using namespace yjs;
using yjs::test::dump;
using yjs::test::expr;
using yjs::test::parses;
using yjs::test::parses_strict;

TEST(ParserExpressions, Precedence) {
    EXPECT_EQ(expr("a + b * c"),
              "(BinaryExpression + (Identifier a) (BinaryExpression * (Identifier b) (Identifier c)))");
    EXPECT_EQ(expr("a - b - c"),
              "(BinaryExpression - (BinaryExpression - (Identifier a) (Identifier b)) (Identifier c))");
    EXPECT_EQ(expr("a ** b ** c"),
              "(BinaryExpression ** (Identifier a) (BinaryExpression ** (Identifier b) (Identifier c)))");
    EXPECT_EQ(expr("(-a) ** b"),
              "(BinaryExpression ** (UnaryExpression - paren (Identifier a)) (Identifier b))");
    EXPECT_EQ(expr("a || b && c | d ^ e & f"),
              "(LogicalExpression || (Identifier a) (LogicalExpression && (Identifier b) (BinaryExpression | "
              "(Identifier c) (BinaryExpression ^ (Identifier d) (BinaryExpression & (Identifier e) "
              "(Identifier f))))))");
    EXPECT_EQ(expr("a == b < c << d"),
              "(BinaryExpression == (Identifier a) (BinaryExpression < (Identifier b) (BinaryExpression << "
              "(Identifier c) (Identifier d))))");
    EXPECT_EQ(expr("a ? b : c ? d : e"),
              "(ConditionalExpression (Identifier a) (Identifier b) (ConditionalExpression (Identifier c) "
              "(Identifier d) (Identifier e)))");
    EXPECT_EQ(
        expr("a = b += c"),
        "(AssignmentExpression = (Identifier a) (AssignmentExpression += (Identifier b) (Identifier c)))");
    EXPECT_EQ(expr("a, b"), "(SequenceExpression (Identifier a) (Identifier b))");
    EXPECT_EQ(expr("a ?? b ?? c"),
              "(LogicalExpression ?? (LogicalExpression ?? (Identifier a) (Identifier b)) (Identifier c))");
    EXPECT_EQ(
        expr("a instanceof b in c"),
        "(BinaryExpression in (BinaryExpression instanceof (Identifier a) (Identifier b)) (Identifier c))");
    EXPECT_EQ(expr("a &&= b ||= c ?\?= d"),
              "(AssignmentExpression &&= (Identifier a) (AssignmentExpression ||= (Identifier b) "
              "(AssignmentExpression ?\?= (Identifier c) (Identifier d))))");
}

TEST(ParserExpressions, OperatorErrors) {
    EXPECT_FALSE(parses("-a ** b"));
    EXPECT_FALSE(parses("typeof a ** b"));
    EXPECT_FALSE(parses("async function f() { await a ** b }"));
    EXPECT_FALSE(parses("a ?? b || c"));
    EXPECT_FALSE(parses("a || b ?? c"));
    EXPECT_FALSE(parses("a && b ?? c"));
    EXPECT_TRUE(parses("(a ?? b) || c"));
    EXPECT_TRUE(parses("a ?? (b && c)"));
    EXPECT_FALSE(parses("a + = b"));
    EXPECT_FALSE(parses("1 = 2"));
    EXPECT_FALSE(parses("a + b = c"));
    EXPECT_FALSE(parses("++a++"));
    EXPECT_FALSE(parses("a?.b = 1"));
    EXPECT_FALSE(parses("a?.b++"));
    EXPECT_FALSE(parses("(a, b) = 1"));
    EXPECT_TRUE(parses("(a) = 1"));
    EXPECT_TRUE(parses("(a.b) = 1"));
    EXPECT_FALSE(parses_strict("eval = 1"));
    EXPECT_FALSE(parses_strict("arguments++"));
    EXPECT_FALSE(parses_strict("delete x"));
    EXPECT_FALSE(parses_strict("delete ((x))"));
    EXPECT_TRUE(parses_strict("delete x.y"));
    // Annex B: calls as assignment targets are runtime errors in sloppy code only.
    EXPECT_TRUE(parses("f() = 1"));
    EXPECT_TRUE(parses("f()++"));
    EXPECT_TRUE(parses("for (f() in x);"));
    EXPECT_FALSE(parses("f() &&= 1"));
    EXPECT_FALSE(parses_strict("f() = 1"));
    EXPECT_FALSE(parses("[f()] = x"));
}

TEST(ParserExpressions, MemberCallNew) {
    EXPECT_EQ(expr("a.b[c](d)"),
              "(CallExpression (MemberExpression computed (MemberExpression (Identifier a) (Identifier b)) "
              "(Identifier c)) (Identifier d))");
    EXPECT_EQ(expr("a.if.class"),
              "(MemberExpression (MemberExpression (Identifier a) (Identifier if)) (Identifier class))");
    EXPECT_EQ(
        expr("new a.b.c"),
        "(NewExpression (MemberExpression (MemberExpression (Identifier a) (Identifier b)) (Identifier c)))");
    EXPECT_EQ(expr("new a(b).c"),
              "(MemberExpression (NewExpression (Identifier a) (Identifier b)) (Identifier c))");
    EXPECT_EQ(expr("new a()()"), "(CallExpression (NewExpression (Identifier a)))");
    EXPECT_EQ(expr("new new a()"), "(NewExpression (NewExpression (Identifier a)))");
    EXPECT_EQ(expr("f(...a, b,)"),
              "(CallExpression (Identifier f) (SpreadElement (Identifier a)) (Identifier b))");
    EXPECT_EQ(expr("eval(x)"), "(CallExpression direct-eval (Identifier eval) (Identifier x))");
    EXPECT_EQ(expr("(eval)(x)"), "(CallExpression direct-eval (Identifier eval paren) (Identifier x))");
    EXPECT_EQ(
        expr("(0, eval)(x)"),
        "(CallExpression (SequenceExpression paren (NumericLiteral 0) (Identifier eval)) (Identifier x))");
    EXPECT_EQ(expr("eval?.(x)"),
              "(OptionalChain (CallExpression optional (Identifier eval) (Identifier x)))");
    EXPECT_FALSE(parses("f(,)"));
    EXPECT_FALSE(parses("new a?.b()"));
    EXPECT_FALSE(parses("a.#x"));
}

TEST(ParserExpressions, OptionalChaining) {
    EXPECT_EQ(expr("a?.b.c"), "(OptionalChain (MemberExpression (MemberExpression optional (Identifier a) "
                              "(Identifier b)) (Identifier c)))");
    EXPECT_EQ(
        expr("(a?.b).c"),
        "(MemberExpression (OptionalChain paren (MemberExpression optional (Identifier a) (Identifier b))) "
        "(Identifier c))");
    EXPECT_EQ(expr("a?.(b)?.[c]"), "(OptionalChain (MemberExpression computed optional (CallExpression "
                                   "optional (Identifier a) (Identifier b)) "
                                   "(Identifier c)))");
    EXPECT_EQ(expr("a ?.5:1"),
              "(ConditionalExpression (Identifier a) (NumericLiteral 0.5) (NumericLiteral 1))");
    EXPECT_FALSE(parses("a?.b`t`"));
    EXPECT_FALSE(parses("a?.`t`"));
    EXPECT_FALSE(parses("super?.x"));
}

TEST(ParserExpressions, Literals) {
    EXPECT_EQ(expr("[1, , 2, ...a,]"),
              "(ArrayExpression (NumericLiteral 1) hole (NumericLiteral 2) (SpreadElement (Identifier a)))");
    EXPECT_EQ(expr("[,]"), "(ArrayExpression hole)");
    EXPECT_EQ(
        expr("({a, b: 1, [c]: 2, 'd': 3, 4: 5, get e() {}, set e(v) {}, f() {}, async *g() {}, ...h})"),
        "(ObjectExpression paren (Property init shorthand (Identifier a) (Identifier a)) (Property init "
        "(Identifier b) (NumericLiteral 1)) (Property init computed (Identifier c) (NumericLiteral 2)) "
        "(Property init (StringLiteral \"d\") (NumericLiteral 3)) (Property init (NumericLiteral 4) "
        "(NumericLiteral 5)) (Property get (Identifier e) (MethodFunction get)) (Property set (Identifier e) "
        "(MethodFunction set (Identifier v))) (Property method (Identifier f) (MethodFunction)) (Property "
        "method (Identifier g) (MethodFunction async generator)) (SpreadElement (Identifier h)))");
    EXPECT_EQ(
        expr("({get, set, async, static: 1})"),
        "(ObjectExpression paren (Property init shorthand (Identifier get) (Identifier get)) (Property init "
        "shorthand (Identifier set) (Identifier set)) (Property init shorthand (Identifier async) "
        "(Identifier async)) (Property init (Identifier static) (NumericLiteral 1)))");
    EXPECT_EQ(
        expr("({__proto__: a, ['__proto__']: b, __proto__})"),
        "(ObjectExpression paren (Property init proto (Identifier __proto__) (Identifier a)) (Property init "
        "computed (StringLiteral \"__proto__\") (Identifier b)) (Property init shorthand (Identifier "
        "__proto__) (Identifier __proto__)))");
    EXPECT_FALSE(parses("({__proto__: a, '__proto__': b})"));
    EXPECT_TRUE(parses("({__proto__: a, __proto__: b} = c)"));
    EXPECT_FALSE(parses("({a = 1})"));
    EXPECT_FALSE(parses("({a = 1}).b = c"));
    EXPECT_FALSE(parses("({if})"));
    EXPECT_FALSE(parses("({get a(x) {}})"));
    EXPECT_FALSE(parses("({set a() {}})"));
    EXPECT_FALSE(parses("({set a(...x) {}})"));
    EXPECT_FALSE(parses("({a() { super(); }})"));
    EXPECT_TRUE(parses("({a() { super.b(); }})"));
    EXPECT_FALSE(parses("({#a: 1})"));
}

TEST(ParserExpressions, DestructuringAssignment) {
    EXPECT_EQ(
        expr("[a, [b], {c}, d = 1, ...e] = f"),
        "(AssignmentExpression = (ArrayPattern (Identifier a) (ArrayPattern (Identifier b)) (ObjectPattern "
        "(Property init shorthand (Identifier c) (Identifier c))) (AssignmentPattern (Identifier d) "
        "(NumericLiteral 1)) (RestElement (Identifier e))) (Identifier f))");
    EXPECT_EQ(
        expr("({a: b.c, d: e[0], ...f.g} = h)"),
        "(AssignmentExpression = paren (ObjectPattern (Property init (Identifier a) (MemberExpression "
        "(Identifier b) (Identifier c))) (Property init (Identifier d) (MemberExpression computed "
        "(Identifier e) (NumericLiteral 0))) (RestElement (MemberExpression (Identifier f) (Identifier g)))) "
        "(Identifier h))");
    EXPECT_EQ(
        expr("[(a), (b.c)] = d"),
        "(AssignmentExpression = (ArrayPattern (Identifier a paren) (MemberExpression paren (Identifier b) "
        "(Identifier c))) (Identifier d))");
    EXPECT_TRUE(parses("[{a = 1}] = b"));
    EXPECT_TRUE(parses("({a: {b = 1} = {}} = c)"));
    EXPECT_TRUE(parses("for ({a = 1} of b);"));
    EXPECT_TRUE(parses("[...[a]] = b"));
    EXPECT_FALSE(parses("[...a, b] = c"));
    EXPECT_FALSE(parses("[...a,] = c"));
    EXPECT_FALSE(parses("({...a,} = c)"));
    EXPECT_FALSE(parses("({...{a}} = c)"));
    EXPECT_FALSE(parses("[...a = 1] = c"));
    EXPECT_FALSE(parses("[(a = 1)] = c"));
    EXPECT_FALSE(parses("[({a})] = c"));
    EXPECT_FALSE(parses("([a]) = c"));
    EXPECT_FALSE(parses("({a() {}} = c)"));
    EXPECT_FALSE(parses("[a + b] = c"));
    EXPECT_FALSE(parses("[a?.b] = c"));
    EXPECT_FALSE(parses_strict("[eval] = c"));
    EXPECT_FALSE(parses_strict("({arguments} = c)"));
    EXPECT_FALSE(parses("({a: 1} = c)"));
}

TEST(ParserExpressions, ArrowFunctions) {
    EXPECT_EQ(expr("x => x"), "(ArrowFunction (Identifier x) (ReturnStatement (Identifier x)))");
    EXPECT_EQ(expr("() => {}"), "(ArrowFunction)");
    EXPECT_EQ(
        expr("(a, [b], {c}, d = 1, ...e) => 0"),
        "(ArrowFunction (Identifier a) (ArrayPattern (Identifier b)) (ObjectPattern (Property init shorthand "
        "(Identifier c) (Identifier c))) (AssignmentPattern (Identifier d) (NumericLiteral 1)) (RestElement "
        "(Identifier e)) (ReturnStatement (NumericLiteral 0)))");
    EXPECT_EQ(expr("(a,) => a"), "(ArrowFunction (Identifier a) (ReturnStatement (Identifier a)))");
    EXPECT_EQ(expr("({a = 1}) => a"), "(ArrowFunction (ObjectPattern (Property init shorthand (Identifier a) "
                                      "(AssignmentPattern (Identifier "
                                      "a) (NumericLiteral 1)))) (ReturnStatement (Identifier a)))");
    EXPECT_EQ(expr("a => b => c"),
              "(ArrowFunction (Identifier a) (ReturnStatement (ArrowFunction (Identifier b) (ReturnStatement "
              "(Identifier c)))))");
    EXPECT_EQ(
        expr("x = () => ({})"),
        "(AssignmentExpression = (Identifier x) (ArrowFunction (ReturnStatement (ObjectExpression paren))))");
    EXPECT_EQ(expr("a ? () => b : () => c"), "(ConditionalExpression (Identifier a) (ArrowFunction "
                                             "(ReturnStatement (Identifier b))) (ArrowFunction "
                                             "(ReturnStatement (Identifier c))))");
    EXPECT_EQ(dump("x => {}\n(y)"), "(Program (ExpressionStatement (ArrowFunction (Identifier x))) "
                                    "(ExpressionStatement (Identifier y paren)))");
    EXPECT_FALSE(parses("x => {}(y)"));
    EXPECT_FALSE(parses("a + b => c"));
    EXPECT_FALSE(parses("!x => 1"));
    EXPECT_FALSE(parses("x\n=> 1"));
    EXPECT_FALSE(parses("(x)\n=> 1"));
    EXPECT_FALSE(parses("(a, a) => 1"));
    EXPECT_FALSE(parses("((a)) => 1"));
    EXPECT_FALSE(parses("(a.b) => 1"));
    EXPECT_FALSE(parses("(a = 1 + 2, ...b,) => 1"));
    EXPECT_FALSE(parses("(...a = 1) => 1"));
    EXPECT_FALSE(parses("()"));
    EXPECT_FALSE(parses("(a,)"));
    EXPECT_FALSE(parses("(...a)"));
    EXPECT_FALSE(parses("(a, b) => { 'use strict'; }; (c = 1) => { 'use strict' }"));
    EXPECT_FALSE(parses("(eval) => { 'use strict' }"));
    EXPECT_FALSE(parses_strict("(eval) => 1"));
    EXPECT_FALSE(parses("function* g() { (a = yield) => 1 }"));
    EXPECT_FALSE(parses("async function f() { (a = await 1) => 1 }"));
    EXPECT_TRUE(parses("function* g() { () => yield }")); // yield is an identifier in arrow bodies
    EXPECT_TRUE(parses("(yield) => 1"));
    EXPECT_FALSE(parses("for (x => x in y;;);"));
}

TEST(ParserExpressions, AsyncArrowsAndCalls) {
    EXPECT_EQ(expr("async (a) => a"),
              "(ArrowFunction async (Identifier a) (ReturnStatement (Identifier a)))");
    EXPECT_EQ(expr("async a => a"), "(ArrowFunction async (Identifier a) (ReturnStatement (Identifier a)))");
    EXPECT_EQ(expr("async (a)"), "(CallExpression (Identifier async) (Identifier a))");
    EXPECT_EQ(expr("async (...a) => a"),
              "(ArrowFunction async (RestElement (Identifier a)) (ReturnStatement (Identifier a)))");
    EXPECT_EQ(expr("async => async"),
              "(ArrowFunction (Identifier async) (ReturnStatement (Identifier async)))");
    EXPECT_EQ(expr("async({a = 1}) => a").substr(0, 21), "(ArrowFunction async ");
    EXPECT_FALSE(parses("async\n(a) => a"));
    EXPECT_EQ(expr("async\nfunction f() {}"), "(Identifier async)");
    EXPECT_FALSE(parses("async ({a = 1})"));
    EXPECT_FALSE(parses("async (await) => 1"));
    EXPECT_FALSE(parses("async (a = await 1) => 1"));
    EXPECT_FALSE(parses("async (...a,) => 1"));
    EXPECT_FALSE(parses("async await => 1"));
    EXPECT_FALSE(parses("async (a, a) => 1"));
    EXPECT_TRUE(parses("async function f() { await 1; for await (x of y); }"));
    EXPECT_TRUE(parses("var await; await = 1"));
    EXPECT_FALSE(parses("var await", true));
    EXPECT_FALSE(parses("async function f() { var await }"));
    EXPECT_TRUE(parses("async function f() { function g() { var await } }"));
    EXPECT_FALSE(parses("async function f(a = await 1) {}"));
    EXPECT_FALSE(parses("function f() { await 1 }"));
}

TEST(ParserExpressions, YieldExpressions) {
    EXPECT_EQ(expr("function* g() { yield; yield a; yield* b; x = yield }")
                      .find("(YieldExpression delegate (Identifier b))") != std::string::npos,
              true);
    EXPECT_TRUE(parses("function* g() { f(yield, yield 1) }"));
    EXPECT_TRUE(parses("function* g() { yield\n1 }"));
    EXPECT_FALSE(parses("function* g() { yield\n* 1 }"));
    EXPECT_FALSE(parses("function* g() { 1 + yield }"));
    EXPECT_FALSE(parses("function* g(a = yield) {}"));
    EXPECT_FALSE(parses("function* g() { var yield }"));
    EXPECT_TRUE(parses("function g() { var yield }"));
    EXPECT_FALSE(parses_strict("var yield"));
    EXPECT_FALSE(parses("function* g() { function* yield() {} }"));
    EXPECT_FALSE(parses("function* g() { function yield() {} }")); // BindingIdentifier[+Yield]
    EXPECT_TRUE(parses("function* g() { function f() { var yield; } }"));
    EXPECT_FALSE(parses("function* g() { (function* yield() {}) }"));
}

TEST(ParserExpressions, NewTargetSuperImport) {
    EXPECT_TRUE(parses("function f() { new.target }"));
    EXPECT_TRUE(parses("function f() { () => new.target }"));
    EXPECT_FALSE(parses("new.target"));
    EXPECT_FALSE(parses("() => new.target"));
    EXPECT_FALSE(parses("function f() { new.targe }"));
    EXPECT_FALSE(parses("function f() { new.t\\u0061rget }"));
    EXPECT_FALSE(parses("super.x"));
    EXPECT_FALSE(parses("function f() { super.x }"));
    EXPECT_TRUE(parses("import('m')"));
    EXPECT_TRUE(parses("import('m', { with: { type: 'json' } })"));
    EXPECT_TRUE(parses("import('m',)"));
    EXPECT_FALSE(parses("import()"));
    EXPECT_FALSE(parses("import(...a)"));
    EXPECT_FALSE(parses("new import('m')"));
    EXPECT_FALSE(parses("import.meta"));
    EXPECT_TRUE(parses("import.meta.url", true));
    EXPECT_FALSE(parses("import.m\\u0065ta", true));
    EXPECT_EQ(dump("import.meta", true), "(Program (ExpressionStatement (ImportMeta)))");
}

TEST(ParserExpressions, PrivateIn) {
    EXPECT_TRUE(parses("class C { #x; m(o) { return #x in o; } }"));
    EXPECT_FALSE(parses("class C { #x; m(o) { return #x; } }"));
    EXPECT_FALSE(parses("class C { #x; m(o) { return 1 + #x in o; } }"));
    EXPECT_FALSE(parses("class C { #x; m(o) { return #x in #x in o; } }"));
    EXPECT_FALSE(parses("class C { m(o) { return #y in o; } }"));
    EXPECT_TRUE(parses("class C { #x; m(o) { for (;#x in o;); } }"));
}
