// End-to-end interpreter tests: operators, bindings, closures, calls, recursion and exceptions.
#include "vm_test_util.h"

namespace yjs::vm_test {
namespace {

using BasicsTest = VMTest;

TEST_F(BasicsTest, Arithmetic) {
    EXPECT_EQ(run("1 + 2 * 3"), "7");
    EXPECT_EQ(run("(7 % 3) + (-7 % 3) + 2 ** 10"), "1024");
    EXPECT_EQ(run("1 / 0"), "Infinity");
    EXPECT_EQ(run("-(0) === 0 && 1 / -0"), "-Infinity");
    EXPECT_EQ(run("(5 & 3) | (8 ^ 1) << 2"), "37");
    EXPECT_EQ(run("-1 >>> 28"), "15");
    EXPECT_EQ(run("-16 >> 2"), "-4");
    EXPECT_EQ(run("~5"), "-6");
    EXPECT_EQ(run("2 ** -1"), "0.5");
    EXPECT_EQ(run("(-8) % 3"), "-2");
    EXPECT_EQ(run("1 ** NaN"), "NaN");
    EXPECT_EQ(run("4294967296 | 0"), "0");
    EXPECT_EQ(run("2147483648 | 0"), "-2147483648");
}

TEST_F(BasicsTest, StringsAndConversions) {
    EXPECT_EQ(run("'a' + 1 + 2"), "a12");
    EXPECT_EQ(run("1 + 2 + 'a'"), "3a");
    EXPECT_EQ(run("'5' * '2'"), "10");
    EXPECT_EQ(run("+'  12  '"), "12");
    EXPECT_EQ(run("`x${1 + 1}y${'z'}`"), "x2yz");
    EXPECT_EQ(run("typeof 1 + typeof 'a' + typeof undefined + typeof null + typeof {} + typeof function(){}"),
              "numberstringundefinedobjectobjectfunction");
    EXPECT_EQ(run("typeof notDefinedAnywhere"), "undefined");
    EXPECT_EQ(run("'abc'[1] + 'abc'.length"), "b3");
}

TEST_F(BasicsTest, Comparisons) {
    EXPECT_EQ(run("[1 < 2, 2 < 1, 'a' < 'b', 'b' < 'a', 1 <= 1, 2 >= 3, NaN < 1, NaN >= 1]"),
              "[true, false, true, false, true, false, false, false]");
    EXPECT_EQ(run("[1 == '1', 1 === '1', null == undefined, null === undefined, NaN == NaN, 0 === -0]"),
              "[true, false, true, false, false, true]");
    EXPECT_EQ(run("[null == 0, undefined == 0, '' == 0, '0' == false]"), "[false, false, true, true]");
}

TEST_F(BasicsTest, VariablesAndScopes) {
    EXPECT_EQ(run("var x = 1; let y = 2; const z = 3; x + y + z"), "6");
    EXPECT_EQ(run("let a = 1; { let a = 2; } a"), "1");
    EXPECT_EQ(run("const c = 1; try { c = 2; } catch (e) { e.constructor === TypeError }"), "true");
    EXPECT_EQ(run("try { q; let q = 1; } catch (e) { e instanceof ReferenceError }"), "true");
    EXPECT_EQ(run("undefinedVariable"), "throw ReferenceError: undefinedVariable is not defined");
    EXPECT_EQ(run("var g = 5; globalThis.g"), "5");
    EXPECT_EQ(run("globalThis.h = 7; h"), "7");
}

TEST_F(BasicsTest, ControlFlow) {
    EXPECT_EQ(run("var s = 0; for (var i = 0; i < 10; i++) s += i; s"), "45");
    EXPECT_EQ(run("var s = 0, i = 0; while (true) { if (++i > 5) break; if (i % 2) continue; s += i; } s"), "6");
    EXPECT_EQ(run("var r = ''; switch (2) { case 1: r += 'a'; case 2: r += 'b'; case 3: r += 'c'; break; "
                  "default: r += 'd'; } r"),
              "bc");
    EXPECT_EQ(run("var n = 0; do { n++; } while (n < 3); n"), "3");
    EXPECT_EQ(run("outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue outer; "
                  "if (i == 2) break outer; } } i + ',' + j"),
              "2,0");
}

TEST_F(BasicsTest, FunctionsAndClosures) {
    EXPECT_EQ(run("function add(a, b) { return a + b; } add(2, 3)"), "5");
    EXPECT_EQ(run("function f(a, b) { return b; } f(1)"), "undefined");
    EXPECT_EQ(run("function counter() { let n = 0; return () => ++n; } var c = counter(); c(); c(); c()"), "3");
    EXPECT_EQ(run("var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); fs.map(f => f()).join()"), "0,1,2");
    EXPECT_EQ(run("function f(x = 10, ...rest) { return x + rest.length; } f() + f(1, 2, 3)"), "13");
    EXPECT_EQ(run("(function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); })(10)"), "3628800");
    EXPECT_EQ(run("function f() { return this; } f() === globalThis"), "true");
    EXPECT_EQ(run("function f() { 'use strict'; return this; } f()"), "undefined");
    EXPECT_EQ(run("var o = { v: 4, m() { return this.v; } }; o.m()"), "4");
    EXPECT_EQ(run("function f() { return typeof this; } f.call(5)"), "object");
    EXPECT_EQ(run("var o = { f() { return () => this; } }; o.f()() === o"), "true");
    EXPECT_EQ(run("function f(a, b, c) {} [f.length, f.name, (function(){}).name, (() => 1).name]"),
              "[3, \"f\", \"\", \"\"]");
}

TEST_F(BasicsTest, Recursion) {
    EXPECT_EQ(run("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(20)"), "6765");
    EXPECT_EQ(run("function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); } depth(5000)"), "5000");
}

TEST_F(BasicsTest, DeepRecursionIsACatchableRangeError) {
    EXPECT_EQ(run("function down(n) { return down(n + 1) + 1; } "
                  "try { down(0); } catch (e) { e instanceof RangeError ? e.message : 'other' }"),
              "Maximum call stack size exceeded");
    // Still usable afterwards.
    EXPECT_EQ(run("function down(n) { return n === 0 ? 0 : 1 + down(n - 1); } down(100000)"),
              "throw RangeError: Maximum call stack size exceeded");
    EXPECT_EQ(run("1 + 1"), "2");
}

TEST_F(BasicsTest, ExceptionsAcrossFrames) {
    EXPECT_EQ(run("function thrower() { throw new Error('boom'); } function mid() { return thrower() + 1; } "
                  "try { mid(); } catch (e) { e.message }"),
              "boom");
    EXPECT_EQ(run("var log = []; function f() { try { throw 1; } finally { log.push('f'); } } "
                  "try { f(); } catch (e) { log.push(e); } log.join()"),
              "f,1");
    EXPECT_EQ(run("function f() { try { return 'try'; } finally { return 'finally'; } } f()"), "finally");
    EXPECT_EQ(run("var r; try { try { throw 'a'; } catch (e) { throw e + 'b'; } } catch (e) { r = e; } r"), "ab");
    EXPECT_EQ(run("throw 42"), "throw 42");
    EXPECT_EQ(run("null.x"), "throw TypeError: Cannot read properties of null (reading 'x')");
    EXPECT_EQ(run("var u; u.foo = 1"), "throw TypeError: Cannot set properties of undefined (setting 'foo')");
    EXPECT_EQ(run("try { (void 0)(); } catch (e) { e instanceof TypeError }"), "true");
}

TEST_F(BasicsTest, ObjectsAndArrays) {
    EXPECT_EQ(run("var o = { a: 1, b: { c: 2 } }; o.a + o.b.c"), "3");
    EXPECT_EQ(run("var o = {}; o.x = 1; o['y'] = 2; o[3] = 3; Object.keys(o).join()"), "3,x,y");
    EXPECT_EQ(run("var k = 'dyn'; var o = { [k + 1]: 5 }; o.dyn1"), "5");
    EXPECT_EQ(run("var a = [1, 2, 3]; a[1] = 20; a.length + a[1]"), "23");
    EXPECT_EQ(run("[1, , 3].length"), "3");
    EXPECT_EQ(run("[...[1, 2], ...'ab']"), "[1, 2, \"a\", \"b\"]");
    EXPECT_EQ(run("var o = { get x() { return 5; }, set x(v) { this.y = v; } }; o.x = 3; o.x + o.y"), "8");
    EXPECT_EQ(run("var { a, b: [c, d = 4], ...rest } = { a: 1, b: [2], e: 5, f: 6 }; [a, c, d, rest]"),
              "[1, 2, 4, {e: 5, f: 6}]");
    EXPECT_EQ(run("var o = { a: 1 }; delete o.a; 'a' in o"), "false");
    EXPECT_EQ(run("var p = { x: 1 }; var o = { __proto__: p }; o.x"), "1");
    EXPECT_EQ(run("var o = { a: 1, ...{ b: 2, c: 3 } }; Object.keys(o).join()"), "a,b,c");
}

TEST_F(BasicsTest, InlineCachesSeeShapeChanges) {
    EXPECT_EQ(run("function get(o) { return o.x; } var a = { x: 1 }, b = { y: 0, x: 2 }, s = 0; "
                  "for (var i = 0; i < 10; i++) s += get(i % 2 ? a : b); s"),
              "15");
    EXPECT_EQ(run("function get(o) { return o.m; } function C() {} C.prototype.m = 1; var c = new C(); "
                  "var r = get(c); C.prototype.m = 2; r += get(c); c.m = 3; r + get(c)"),
              "6");
    EXPECT_EQ(run("function set(o, v) { o.x = v; } var o = { x: 0 }; set(o, 1); Object.freeze(o); set(o, 2); o.x"),
              "1");
    EXPECT_EQ(run("var r = 0; for (var i = 0; i < 3; i++) { r += gx; } var gx = 2; r"), "NaN");
}

TEST_F(BasicsTest, Arguments) {
    EXPECT_EQ(run("function f(a) { arguments[0] = 9; return a; } f(1)"), "9");
    EXPECT_EQ(run("function f(a) { a = 5; return arguments[0]; } f(1)"), "5");
    EXPECT_EQ(run("function f(a) { 'use strict'; a = 5; return arguments[0]; } f(1)"), "1");
    EXPECT_EQ(run("function f() { return arguments.length; } f(1, 2, 3)"), "3");
    EXPECT_EQ(run("function f(a) { var g = () => a; arguments[0] = 7; return g(); } f(1)"), "7");
    EXPECT_EQ(run("function f(a) { return arguments; } var args = f(1, 2); args[0] = 5; [args[0], args.length]"),
              "[5, 2]");
    EXPECT_EQ(run("function f(a) { return arguments; } Object.prototype.toString.call(f())"), "[object Arguments]");
}

TEST_F(BasicsTest, ForIn) {
    EXPECT_EQ(run("var o = { a: 1, b: 2 }; var keys = []; for (var k in o) keys.push(k); keys.join()"), "a,b");
    EXPECT_EQ(run("var p = { inherited: 1, shadowed: 1 }; var o = Object.create(p); o.own = 1; o.shadowed = 2; "
                  "var keys = []; for (var k in o) keys.push(k); keys.join()"),
              "own,shadowed,inherited");
    EXPECT_EQ(run("var o = { a: 1, b: 2, c: 3 }; var keys = []; for (var k in o) { keys.push(k); delete o.b; } "
                  "keys.join()"),
              "a,c");
    EXPECT_EQ(run("var n = 0; for (var k in null) n++; for (var k in undefined) n++; n"), "0");
    EXPECT_EQ(run("var keys = []; for (var k in [7, 8]) keys.push(k); keys.join()"), "0,1");
}

TEST_F(BasicsTest, ForOfAndIteratorClose) {
    EXPECT_EQ(run("var s = 0; for (var x of [1, 2, 3]) s += x; s"), "6");
    EXPECT_EQ(run("var closed = false; var it = { [Symbol.iterator]() { return { next() { return { value: 1, "
                  "done: false }; }, return() { closed = true; return {}; } }; } }; "
                  "for (var x of it) break; closed"),
              "true");
    EXPECT_EQ(run("var closed = false; var it = { [Symbol.iterator]() { return { next() { return { value: 1, "
                  "done: false }; }, return() { closed = true; return {}; } }; } }; "
                  "try { for (var x of it) throw 'e'; } catch (e) {} closed"),
              "true");
    EXPECT_EQ(run("var [a, b] = 'xy'; a + b"), "xy");
    EXPECT_EQ(run("try { for (var x of 5) {} } catch (e) { e instanceof TypeError }"), "true");
}

TEST_F(BasicsTest, WithAndEval) {
    EXPECT_EQ(run("var o = { x: 1 }; var x = 2; with (o) { x = 3; } [o.x, x]"), "[3, 2]");
    EXPECT_EQ(run("var o = { x: 1, [Symbol.unscopables]: { x: true } }; var x = 2; with (o) { x }"), "2");
    EXPECT_EQ(run("eval('1 + 2')"), "3");
    EXPECT_EQ(run("function f() { var local = 5; return eval('local * 2'); } f()"), "10");
    EXPECT_EQ(run("function f() { eval('var added = 7'); return added; } f()"), "7");
    EXPECT_EQ(run("eval('var globalFromEval = 3'); globalFromEval"), "3");
    EXPECT_EQ(run("var x = 'global'; function f() { var x = 'local'; return (0, eval)('x'); } f()"), "global");
    EXPECT_EQ(run("function f() { 'use strict'; eval('var hidden = 1'); return typeof hidden; } f()"), "undefined");
    EXPECT_EQ(run("var o = { m() { return eval('this'); } }; o.m() === o"), "true");
    EXPECT_EQ(run("try { eval('let let = 1'); } catch (e) { e instanceof SyntaxError }"), "true");
}

TEST_F(BasicsTest, StackTraceHasPositions) {
    EXPECT_EQ(run("function f() {\n  return new Error('x').stack;\n}\nf().split('\\n')[1].trim()"),
              "at f (test.js:2:10)");
}

} // namespace
} // namespace yjs::vm_test
