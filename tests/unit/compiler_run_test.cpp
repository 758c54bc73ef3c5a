// End-to-end: compile snippets and run them on the interpreter (expected values are Node's).
#include "compiler_test_support.h"

namespace yjs::test {
namespace {

TEST(CompilerRun, Closure) {
    EXPECT_EQ(run(R"js(
function counter() { let n = 0; return function() { n += 1; return n; }; }
var c = counter(); c(); c(); "" + c();
)js"), "3");
}

TEST(CompilerRun, Loops) {
    EXPECT_EQ(run(R"js(
var s = "";
for (var i = 0; i < 5; i++) { if (i == 3) continue; s += i; }
var j = 0; while (true) { j++; if (j > 4) break; }
do { s += "d"; } while (false);
s + j;
)js"), "0124d5");
}

TEST(CompilerRun, Letloop) {
    EXPECT_EQ(run(R"js(
var fs = [];
for (let i = 0; i < 3; i++) { fs.push = undefined; fs[i] = () => i; }
"" + fs[0]() + fs[1]() + fs[2]();
)js"), "012");
}

TEST(CompilerRun, Tryfinally) {
    EXPECT_EQ(run(R"js(
function f() { var log = ""; for (var i = 0; i < 3; i++) { try { if (i == 1) continue; if (i == 2) return log + "r"; log += i; } finally { log += "f"; } } }
f();
)js"), "0ffr");
}

TEST(CompilerRun, Trycatch) {
    EXPECT_EQ(run(R"js(
var r = "";
try { throw "x"; } catch (e) { r += e; } finally { r += "f"; }
try { try { throw 1 } finally { r += "i" } } catch (e) { r += "c" + e }
r;
)js"), "xfic1");
}

TEST(CompilerRun, Switch) {
    EXPECT_EQ(run(R"js(
function s(v) { switch (v) { case 1: return "one"; default: return "def"; case 2: return "two"; } }
s(1) + s(2) + s(3);
)js"), "onetwodef");
}

TEST(CompilerRun, Labels) {
    EXPECT_EQ(run(R"js(
var r = "";
outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; r += i + "" + j; } }
blk: { r += "a"; break blk; r += "b"; }
r;
)js"), "0010a");
}

TEST(CompilerRun, Classes) {
    EXPECT_EQ(run(R"js(
class A { constructor(x) { this.x = x; } get dbl() { return this.x * 2; } static make() { return new A(4); } m() { return "A" + this.x; } }
class B extends A { constructor() { super(5); this.y = 1; } m() { return "B" + super.m(); } }
var b = new B();
"" + b.m() + A.make().dbl + b.y;
)js"), "BA581");
}

TEST(CompilerRun, Fields) {
    EXPECT_EQ(run(R"js(
class C { #p = 3; q = this.#p + 1; static s = 10; #m() { return this.#p * 2; } get v() { return this.#m() + this.q; } static has(o) { return #p in o; } }
var c = new C();
"" + c.v + C.s + C.has(c) + C.has({});
)js"), "1010truefalse");
}

TEST(CompilerRun, Gen) {
    EXPECT_EQ(run(R"js(
function* g() { var x = yield 1; try { yield x; } finally { yield 3; } }
var it = g(); var r = "";
var a = it.next(); r += a.value; a = it.next(7); r += a.value; a = it.return(9); r += a.value + a.done; a = it.next(); r += a.value + a.done;
r;
)js"), "17310");
}

TEST(CompilerRun, Arrows) {
    EXPECT_EQ(run(R"js(
var o = { v: 1, f() { return [1,2].map ? (() => this.v)() : (() => this.v)(); } };
var add = (a, b = 2) => a + b;
"" + o.f() + add(1);
)js"), "13");
}

TEST(CompilerRun, Templates) {
    EXPECT_EQ(run(R"js(
var n = 3;
function tag(s, ...v) { return s.raw[0] + v[0] + s[1]; }
`a${n}b${n + 1}` + tag`x${n}y`;
)js"), "a3b4x3y");
}

TEST(CompilerRun, Optional) {
    EXPECT_EQ(run(R"js(
var o = { a: { b() { return this.c; }, c: 4 } }; var u;
"" + o?.a?.b() + u?.x + u?.x.y.z + o.a?.["c"] + (u ?? "d") + o.z?.();
)js"), "4undefinedundefined4dundefined");
}

TEST(CompilerRun, Compl) {
    EXPECT_EQ(run(R"js(
1; if (true) { 2; } else { 3; }
)js"), "2");
}

TEST(CompilerRun, Compl2) {
    EXPECT_EQ(run(R"js(
5; do { 6; break; } while (false)
)js"), "6");
}

TEST(CompilerRun, Compl3) {
    EXPECT_EQ(run(R"js(
7; try { 8 } finally { 9 }
)js"), "8");
}

TEST(CompilerRun, Objects) {
    EXPECT_EQ(run(R"js(
var k = "dyn"; var base = { z: 26 };
var o = { a: 1, [k]: 2, get g() { return 3; }, set s(v) { this.a = v; }, m() { return 4; }, ...base, __proto__: { p: 5 } };
o.s = 10;
"" + o.a + o.dyn + o.g + o.m() + o.z + o.p;
)js"), "10234265");
}

TEST(CompilerRun, Args) {
    EXPECT_EQ(run(R"js(
function f(a, b) { arguments[0] = 9; return a + arguments.length; }
function g(a, b) { "use strict"; arguments[0] = 9; return a + arguments.length; }
function h(...r) { return r.length; }
"" + f(1, 2) + g(1, 2, 3) + h(1, 2, 3, 4);
)js"), "1144");
}

TEST(CompilerRun, Update) {
    EXPECT_EQ(run(R"js(
var o = { x: 1 }; var i = 5; var k = "x";
var a = i++; var b = ++i; o.x++; o[k] += 10; var c = o.x--;
"" + a + b + i + o.x + c;
)js"), "5771112");
}

TEST(CompilerRun, Typeofdel) {
    EXPECT_EQ(run(R"js(
var o = { a: 1 };
"" + typeof undeclared + typeof o + (delete o.a) + ("a" in o) + typeof function(){} + void 0;
)js"), "undefinedobjecttruefalsefunctionundefined");
}

TEST(CompilerRun, Named) {
    EXPECT_EQ(run(R"js(
var f = function() {}; let g = () => {}; var o = { h: function() {}, ["i" + 1]: () => {} };
f.name + g.name + o.h.name + o.i1.name + (class {}).name + "|" + (function named() {}).name;
)js"), "fghi1|named");
}

TEST(CompilerRun, GetsetSuper) {
    EXPECT_EQ(run(R"js(
var proto = { greet() { return "hi"; } };
var obj = { __proto__: proto, greet() { return super.greet() + "!"; } };
obj.greet();
)js"), "hi!");
}

TEST(CompilerRun, Nestedfinally) {
    EXPECT_EQ(run(R"js(
var log = "";
function f() { try { try { return "a"; } finally { log += "1"; } } finally { log += "2"; } }
var v = f(); log + v;
)js"), "12a");
}

TEST(CompilerRun, With) {
    EXPECT_EQ(run(R"js(
var o = { x: 1 }; var x = 5; var r;
with (o) { r = x; x = 2; }
"" + r + o.x + x;
)js"), "125");
}

TEST(CompilerRun, Params) {
    EXPECT_EQ(run(R"js(
function f(a, b = a + 1, {c, d = 4} = {c: 3}, ...rest) { return "" + a + b + c + d + rest.length; }
function g(x = () => y, y = 2) { return x(); }
var r = ""; try { (function (p = q, q = 1) {})(); } catch (e) { r = "tdz"; }
f(1) + f(1, 5, {c: 7, d: 8}, 9, 10) + g() + r;
)js"), "12340157822tdz");
}

TEST(CompilerRun, Gen2) {
    EXPECT_EQ(run(R"js(
function* g() { try { yield 1; yield 2; } finally { return 9; } }
var it = g(); var a = it.next(); var b = it.return(5);
function* h() { var x = 0; while (true) { try { x = yield x; } catch (e) { x = e * 10; } } }
var hi = h(); hi.next(); var c = hi.next(3).value; var d = hi.throw(4).value;
"" + a.value + b.value + b.done + c + d;
)js"), "19true340");
}

TEST(CompilerRun, Static) {
    EXPECT_EQ(run(R"js(
class C { static #count = 0; static inc() { return ++C.#count; } static { C.inc(); this.tag = "s" + C.#count; } static f = C.inc(); }
"" + C.tag + C.f + C.inc();
)js"), "s123");
}

TEST(CompilerRun, Privacc) {
    EXPECT_EQ(run(R"js(
class P { #v = 1; get #x() { return this.#v; } set #x(n) { this.#v = n * 2; } bump() { this.#x = this.#x + 1; return this.#x; } static #s() { return "S"; } static s() { return P.#s(); } }
"" + new P().bump() + P.s();
)js"), "4S");
}

TEST(CompilerRun, Derived) {
    EXPECT_EQ(run(R"js(
class A { constructor() { this.a = 1; } }
class B extends A { x = this.a + 1; constructor() { var f = () => super(); f(); this.y = this.x; } }
class C extends A {}
var b = new B(); var c = new C();
var r = ""; class D extends A { constructor() { try { this.z; } catch (e) { r = "tdz"; } super(); } }
new D();
"" + b.y + c.a + r;
)js"), "21tdz");
}

TEST(CompilerRun, Compound) {
    EXPECT_EQ(run(R"js(
var o = { a: null, b: 0, c: 1 }; var x; let y = 5;
o.a ??= 3; o.b ||= 4; o.c &&= 6; x ??= 7; y **= 2; y -= 1;
"" + o.a + o.b + o.c + x + y;
)js"), "346724");
}

TEST(CompilerRun, Seq) {
    EXPECT_EQ(run(R"js(
var a = (1, 2, 3); var b = true ? "t" : "f"; var c = 0 || null || "z"; var d = 1 && 0;
"" + a + b + c + d + !d + -a + +"4" + ~1 + (5 % 3) + (2 ** 3) + (7 >> 1) + (-1 >>> 28) + (1 << 3) + (6 & 3) + (6 | 3) + (6 ^ 3);
)js"), "3tz0true-34-2283158275");
}

TEST(CompilerRun, Nestedfn) {
    EXPECT_EQ(run(R"js(
function outer() { var x = 1; function mid() { var y = 2; return function inner() { return x + y + z; }; } var z = 3; return mid()(); }
outer();
)js"), "6");
}

TEST(CompilerRun, Hoist) {
    EXPECT_EQ(run(R"js(
var r = typeof hf + typeof bf;
function hf() {}
{ function bf() {} }
r + typeof bf;
)js"), "functionundefinedfunction");
}

TEST(CompilerRun, Recursion) {
    EXPECT_EQ(run(R"js(
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
"" + fib(15) + fact(5);
)js"), "610120");
}

TEST(CompilerRun, Switchscope) {
    EXPECT_EQ(run(R"js(
function s(v) { switch (v) { case 0: let x = "zero"; return x; case 1: var r = ""; try { x; } catch (e) { r = "tdz"; } return r; } }
s(0) + s(1);
)js"), "zerotdz");
}

TEST(CompilerRun, FnnameCapture) {
    EXPECT_EQ(run(R"js(
var f = function g() { g = 1; return typeof g; };
var h = function k() { return () => k; };
f() + (h()() === h);
)js"), "functiontrue");
}

} // namespace
} // namespace yjs::test
