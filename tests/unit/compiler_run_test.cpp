// End-to-end: compile snippets and run them on the interpreter (expected values are Node's).
#include "compiler_test_support.h"

namespace yjs::test {
namespace {

TEST(CompilerRun, Args) {
    EXPECT_EQ(run(R"js(
function f(a, b) { arguments[0] = 9; return a + arguments.length; }
function g(a, b) { "use strict"; arguments[0] = 9; return a + arguments.length; }
function h(...r) { return r.length; }
"" + f(1, 2) + g(1, 2, 3) + h(1, 2, 3, 4);
)js"), "1144");
}

TEST(CompilerRun, Arrows) {
    EXPECT_EQ(run(R"js(
var o = { v: 1, f() { return [1,2].map ? (() => this.v)() : (() => this.v)(); } };
var add = (a, b = 2) => a + b;
"" + o.f() + add(1);
)js"), "13");
}

TEST(CompilerRun, Classes) {
    EXPECT_EQ(run(R"js(
class A { constructor(x) { this.x = x; } get dbl() { return this.x * 2; } static make() { return new A(4); } m() { return "A" + this.x; } }
class B extends A { constructor() { super(5); this.y = 1; } m() { return "B" + super.m(); } }
var b = new B();
"" + b.m() + A.make().dbl + b.y;
)js"), "BA581");
}

TEST(CompilerRun, Closure) {
    EXPECT_EQ(run(R"js(
function counter() { let n = 0; return function() { n += 1; return n; }; }
var c = counter(); c(); c(); "" + c();
)js"), "3");
}

TEST(CompilerRun, ClosureLoop) {
    EXPECT_EQ(run(R"js(
var fs = []; for (let i = 0; i < 3; i++) { let j = i * 2; fs[i] = () => i + j; }
var gs = []; for (const k of [1]) {} 
"" + fs[0]() + fs[1]() + fs[2]();
)js"), "036");
}

TEST(CompilerRun, CmpOps) {
    EXPECT_EQ(run(R"js(
"" + (1 < 2) + (2 <= 2) + (3 > 4) + (3 >= 4) + (1 == "1") + (1 === "1") + (null != undefined) + (null !== undefined) + ("a" in {a:1}) + ({} instanceof Object);
)js"), "truetruefalsefalsetruefalsefalsetruetruetrue");
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

TEST(CompilerRun, Compound) {
    EXPECT_EQ(run(R"js(
var o = { a: null, b: 0, c: 1 }; var x; let y = 5;
o.a ??= 3; o.b ||= 4; o.c &&= 6; x ??= 7; y **= 2; y -= 1;
"" + o.a + o.b + o.c + x + y;
)js"), "346724");
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

TEST(CompilerRun, Destructure) {
    EXPECT_EQ(run(R"js(
var o = { a: 1, b: { c: 2 }, d: [3, 4] };
var { a, b: { c }, d: [e, f], g = 5 } = o;
let [x, , y = 9] = [7, 8];
"" + a + c + e + f + g + x + y;
)js"), "1234579");
}

TEST(CompilerRun, Evalt) {
    EXPECT_EQ(run(R"js(
function f(a) { var b = 2; return eval("a + b"); }
var ge = eval("var zz = 3; zz * 2");
"" + f(1) + ge + zz;
)js"), "363");
}

TEST(CompilerRun, Exc) {
    EXPECT_EQ(run(R"js(
function thrower() { throw new TypeError("boom"); }
var r; try { thrower(); } catch (e) { r = e instanceof TypeError; } "" + r;
)js"), "true");
}

TEST(CompilerRun, Fields) {
    EXPECT_EQ(run(R"js(
class C { #p = 3; q = this.#p + 1; static s = 10; #m() { return this.#p * 2; } get v() { return this.#m() + this.q; } static has(o) { return #p in o; } }
var c = new C();
"" + c.v + C.s + C.has(c) + C.has({});
)js"), "1010truefalse");
}

TEST(CompilerRun, FnnameCapture) {
    EXPECT_EQ(run(R"js(
var f = function g() { g = 1; return typeof g; };
var h = function k() { return () => k; };
f() + (h()() === h);
)js"), "functiontrue");
}

TEST(CompilerRun, Forin) {
    EXPECT_EQ(run(R"js(
var o = { a: 1, b: 2 }; var s = "";
for (var k in o) s += k;
for (let k2 in null) s += "bad";
for (const [kk] of [["x"], ["y"]]) s += kk;
s;
)js"), "abxy");
}

TEST(CompilerRun, Forofbreak) {
    EXPECT_EQ(run(R"js(
var closed = 0;
var iterable = { [Symbol.iterator]() { var i = 0; return { next() { return { value: i++, done: i > 5 }; }, return() { closed++; return {}; } }; } };
var s = ""; for (var v of iterable) { if (v == 2) break; s += v; }
for (var w of iterable) { s += w; if (w == 1) { try { throw 0 } catch (e) {} } if (w == 3) break; }
s + closed;
)js"), "0101232");
}

TEST(CompilerRun, Gen) {
    EXPECT_EQ(run(R"js(
function* g() { var x = yield 1; try { yield x; } finally { yield 3; } }
var it = g(); var r = "";
var a = it.next(); r += a.value; a = it.next(7); r += a.value; a = it.return(9); r += a.value + a.done; a = it.next(); r += a.value + a.done;
r;
)js"), "17310");
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

TEST(CompilerRun, Gendelegate) {
    EXPECT_EQ(run(R"js(
function* inner() { yield 1; yield 2; return 3; }
function* outer() { var r = yield* inner(); yield r; }
var s = ""; for (var v of outer()) s += v; s;
)js"), "123");
}

TEST(CompilerRun, GetsetSuper) {
    EXPECT_EQ(run(R"js(
var proto = { greet() { return "hi"; } };
var obj = { __proto__: proto, greet() { return super.greet() + "!"; } };
obj.greet();
)js"), "hi!");
}

TEST(CompilerRun, Hoist) {
    EXPECT_EQ(run(R"js(
var r = typeof hf + typeof bf;
function hf() {}
{ function bf() {} }
r + typeof bf;
)js"), "functionundefinedfunction");
}

TEST(CompilerRun, Labels) {
    EXPECT_EQ(run(R"js(
var r = "";
outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; r += i + "" + j; } }
blk: { r += "a"; break blk; r += "b"; }
r;
)js"), "0010a");
}

TEST(CompilerRun, Letloop) {
    EXPECT_EQ(run(R"js(
var fs = [];
for (let i = 0; i < 3; i++) { fs.push = undefined; fs[i] = () => i; }
"" + fs[0]() + fs[1]() + fs[2]();
)js"), "012");
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

TEST(CompilerRun, Named) {
    EXPECT_EQ(run(R"js(
var f = function() {}; let g = () => {}; var o = { h: function() {}, ["i" + 1]: () => {} };
f.name + g.name + o.h.name + o.i1.name + (class {}).name + "|" + (function named() {}).name;
)js"), "fghi1|named");
}

TEST(CompilerRun, Nestedfinally) {
    EXPECT_EQ(run(R"js(
var log = "";
function f() { try { try { return "a"; } finally { log += "1"; } } finally { log += "2"; } }
var v = f(); log + v;
)js"), "12a");
}

TEST(CompilerRun, Nestedfn) {
    EXPECT_EQ(run(R"js(
function outer() { var x = 1; function mid() { var y = 2; return function inner() { return x + y + z; }; } var z = 3; return mid()(); }
outer();
)js"), "6");
}

TEST(CompilerRun, Objects) {
    EXPECT_EQ(run(R"js(
var k = "dyn"; var base = { z: 26 };
var o = { a: 1, [k]: 2, get g() { return 3; }, set s(v) { this.a = v; }, m() { return 4; }, ...base, __proto__: { p: 5 } };
o.s = 10;
"" + o.a + o.dyn + o.g + o.m() + o.z + o.p;
)js"), "10234265");
}

TEST(CompilerRun, Optional) {
    EXPECT_EQ(run(R"js(
var o = { a: { b() { return this.c; }, c: 4 } }; var u;
"" + o?.a?.b() + u?.x + u?.x.y.z + o.a?.["c"] + (u ?? "d") + o.z?.();
)js"), "4undefinedundefined4dundefined");
}

TEST(CompilerRun, Params) {
    EXPECT_EQ(run(R"js(
function f(a, b = a + 1, {c, d = 4} = {c: 3}, ...rest) { return "" + a + b + c + d + rest.length; }
function g(x = () => y, y = 2) { return x(); }
var r = ""; try { (function (p = q, q = 1) {})(); } catch (e) { r = "tdz"; }
f(1) + f(1, 5, {c: 7, d: 8}, 9, 10) + g() + r;
)js"), "12340157822tdz");
}

TEST(CompilerRun, Privacc) {
    EXPECT_EQ(run(R"js(
class P { #v = 1; get #x() { return this.#v; } set #x(n) { this.#v = n * 2; } bump() { this.#x = this.#x + 1; return this.#x; } static #s() { return "S"; } static s() { return P.#s(); } }
"" + new P().bump() + P.s();
)js"), "4S");
}

TEST(CompilerRun, Recursion) {
    EXPECT_EQ(run(R"js(
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
"" + fib(15) + fact(5);
)js"), "610120");
}

TEST(CompilerRun, Seq) {
    EXPECT_EQ(run(R"js(
var a = (1, 2, 3); var b = true ? "t" : "f"; var c = 0 || null || "z"; var d = 1 && 0;
"" + a + b + c + d + !d + -a + +"4" + ~1 + (5 % 3) + (2 ** 3) + (7 >> 1) + (-1 >>> 28) + (1 << 3) + (6 & 3) + (6 | 3) + (6 ^ 3);
)js"), "3tz0true-34-2283158275");
}

TEST(CompilerRun, Spread) {
    EXPECT_EQ(run(R"js(
function sum(a, b, c) { return a + b + c; }
var arr = [1, 2];
"" + sum(...arr, 3) + [0, ...arr].length;
)js"), "63");
}

TEST(CompilerRun, Static) {
    EXPECT_EQ(run(R"js(
class C { static #count = 0; static inc() { return ++C.#count; } static { C.inc(); this.tag = "s" + C.#count; } static f = C.inc(); }
"" + C.tag + C.f + C.inc();
)js"), "s123");
}

TEST(CompilerRun, Switch) {
    EXPECT_EQ(run(R"js(
function s(v) { switch (v) { case 1: return "one"; default: return "def"; case 2: return "two"; } }
s(1) + s(2) + s(3);
)js"), "onetwodef");
}

TEST(CompilerRun, Switchscope) {
    EXPECT_EQ(run(R"js(
function s(v) { switch (v) { case 0: let x = "zero"; return x; case 1: var r = ""; try { x; } catch (e) { r = "tdz"; } return r; } }
s(0) + s(1);
)js"), "zerotdz");
}

TEST(CompilerRun, Tdz) {
    EXPECT_EQ(run(R"js(
var r = "";
try { x; let x = 1; } catch (e) { r += e.constructor === ReferenceError; }
try { (function() { f(); let y = 2; function f() { return y; } })(); } catch (e) { r += "ok"; }
r;
)js"), "trueok");
}

TEST(CompilerRun, Templates) {
    EXPECT_EQ(run(R"js(
var n = 3;
function tag(s, ...v) { return s.raw[0] + v[0] + s[1]; }
`a${n}b${n + 1}` + tag`x${n}y`;
)js"), "a3b4x3y");
}

TEST(CompilerRun, Thisarrows) {
    EXPECT_EQ(run(R"js(
function F() { this.v = 3; this.get = () => this.v; }
var o = new F(); var get = o.get;
"" + get() + (function() { return typeof this; }).call(5);
)js"), "3object");
}

TEST(CompilerRun, Trycatch) {
    EXPECT_EQ(run(R"js(
var r = "";
try { throw "x"; } catch (e) { r += e; } finally { r += "f"; }
try { try { throw 1 } finally { r += "i" } } catch (e) { r += "c" + e }
r;
)js"), "xfic1");
}

TEST(CompilerRun, Tryfinally) {
    EXPECT_EQ(run(R"js(
function f() { var log = ""; for (var i = 0; i < 3; i++) { try { if (i == 1) continue; if (i == 2) return log + "r"; log += i; } finally { log += "f"; } } }
f();
)js"), "0ffr");
}

TEST(CompilerRun, Typeofdel) {
    EXPECT_EQ(run(R"js(
var o = { a: 1 };
"" + typeof undeclared + typeof o + (delete o.a) + ("a" in o) + typeof function(){} + void 0;
)js"), "undefinedobjecttruefalsefunctionundefined");
}

TEST(CompilerRun, Update) {
    EXPECT_EQ(run(R"js(
var o = { x: 1 }; var i = 5; var k = "x";
var a = i++; var b = ++i; o.x++; o[k] += 10; var c = o.x--;
"" + a + b + i + o.x + c;
)js"), "5771112");
}

TEST(CompilerRun, With) {
    EXPECT_EQ(run(R"js(
var o = { x: 1 }; var x = 5; var r;
with (o) { r = x; x = 2; }
"" + r + o.x + x;
)js"), "125");
}

TEST(CompilerRun, CompletionC1) {
    EXPECT_EQ(run(R"js(
1; var x = 2;
)js"), "1");
}

TEST(CompilerRun, CompletionC10) {
    EXPECT_EQ(run(R"js(
1; x: { break x; }
)js"), "1");
}

TEST(CompilerRun, CompletionC11) {
    EXPECT_EQ(run(R"js(
1; switch(1) { case 1: }
)js"), "undefined");
}

TEST(CompilerRun, CompletionC12) {
    EXPECT_EQ(run(R"js(
1; switch(1) { case 1: 5; }
)js"), "5");
}

TEST(CompilerRun, CompletionC13) {
    EXPECT_EQ(run(R"js(
1; with({}) {}
)js"), "undefined");
}

TEST(CompilerRun, CompletionC14) {
    EXPECT_EQ(run(R"js(
1; while(false){}
)js"), "undefined");
}

TEST(CompilerRun, CompletionC15) {
    EXPECT_EQ(run(R"js(
1; class C {}
)js"), "1");
}

TEST(CompilerRun, CompletionC16) {
    EXPECT_EQ(run(R"js(
1; let y = 1;
)js"), "1");
}

TEST(CompilerRun, CompletionC17) {
    EXPECT_EQ(run(R"js(
2; do { 3; if (true) { break; } } while(false)
)js"), "undefined");
}

TEST(CompilerRun, CompletionC18) {
    EXPECT_EQ(run(R"js(
1; outer: while(true) { 2; while(true) { break outer; } }
)js"), "undefined");
}

TEST(CompilerRun, CompletionC19) {
    EXPECT_EQ(run(R"js(
1; try {} finally {2}
)js"), "undefined");
}

TEST(CompilerRun, CompletionC2) {
    EXPECT_EQ(run(R"js(
1; function f(){}
)js"), "1");
}

TEST(CompilerRun, CompletionC20) {
    EXPECT_EQ(run(R"js(
3; if (true) 4; else ;
)js"), "4");
}

TEST(CompilerRun, CompletionC21) {
    EXPECT_EQ(run(R"js(
1; for (var i = 0; i < 2; i++) { i; }
)js"), "1");
}

TEST(CompilerRun, CompletionC22) {
    EXPECT_EQ(run(R"js(
1; for (var i = 0; i < 2; i++) { if (i) continue; 9; }
)js"), "undefined");
}

TEST(CompilerRun, CompletionC23) {
    EXPECT_EQ(run(R"js(
1; try { 2; throw 0 } catch (e) { } finally { 3 }
)js"), "undefined");
}

TEST(CompilerRun, CompletionC24) {
    EXPECT_EQ(run(R"js(
1; L: { 2; { 3; break L; } }
)js"), "3");
}

TEST(CompilerRun, CompletionC25) {
    EXPECT_EQ(run(R"js(
1; do { 4; continue; } while (false)
)js"), "4");
}

TEST(CompilerRun, CompletionC26) {
    EXPECT_EQ(run(R"js(
1; var o = {a:1}; for (var k in o) { k; }
)js"), "a");
}

TEST(CompilerRun, CompletionC27) {
    EXPECT_EQ(run(R"js(
1; for (var q of []) {}
)js"), "undefined");
}

TEST(CompilerRun, CompletionC28) {
    EXPECT_EQ(run(R"js(
1; a: b: { 5; break a; }
)js"), "5");
}

TEST(CompilerRun, CompletionC29) {
    EXPECT_EQ(run(R"js(
'str'; ;
)js"), "str");
}

TEST(CompilerRun, CompletionC3) {
    EXPECT_EQ(run(R"js(
1; {}
)js"), "1");
}

TEST(CompilerRun, CompletionC4) {
    EXPECT_EQ(run(R"js(
1; for (var x in {}) ;
)js"), "undefined");
}

TEST(CompilerRun, CompletionC5) {
    EXPECT_EQ(run(R"js(
1; if (false) ;
)js"), "undefined");
}

TEST(CompilerRun, CompletionC6) {
    EXPECT_EQ(run(R"js(
1; do { 2; break; } while(false)
)js"), "2");
}

TEST(CompilerRun, CompletionC7) {
    EXPECT_EQ(run(R"js(
1; try { 2 } catch(e){}
)js"), "2");
}

TEST(CompilerRun, CompletionC8) {
    EXPECT_EQ(run(R"js(
1; try { throw 0 } catch(e) {}
)js"), "undefined");
}

TEST(CompilerRun, CompletionC9) {
    EXPECT_EQ(run(R"js(
1; x: { 2; break x; }
)js"), "2");
}

TEST(CompilerRun, Argmap) {
    EXPECT_EQ(run(R"js(
function f(a, b, a2) { a = 10; arguments[1] = 20; return "" + arguments[0] + b; }
function g(x, x) { return "" + x + arguments[0]; }
f(1, 2, 3) + g(1, 2);
)js"), "102021");
}

TEST(CompilerRun, Asyncfn) {
    EXPECT_EQ(run(R"js(
var log = "";
async function f() { log += "1"; var v = await 2; log += v; try { await Promise.reject(3); } catch (e) { log += e; } return 4; }
f().then(v => log += v);
log += "s";
)js"), "1s");
}

TEST(CompilerRun, ClosureCatch) {
    EXPECT_EQ(run(R"js(
var fs = [];
for (var i = 0; i < 3; i++) { try { throw i; } catch (e) { fs[i] = () => e; } }
"" + fs[0]() + fs[1]() + fs[2]();
)js"), "012");
}

TEST(CompilerRun, Computedorder) {
    EXPECT_EQ(run(R"js(
var log = "";
function k(n) { log += n; return n; }
class C { [k("a")]() {} static [k("b")] = k("x"); [k("c")] = k("y"); get [k("d")]() {} }
log += "|"; new C(); log;
)js"), "abcdx|y");
}

TEST(CompilerRun, Dstrclose) {
    EXPECT_EQ(run(R"js(
var log = "";
var it = { [Symbol.iterator]() { return this; }, next() { return { value: undefined, done: false }; }, return() { log += "closed"; return {}; } };
try { var [a = (() => { throw "t"; })()] = it; } catch (e) { log += e; }
log;
)js"), "closedt");
}

TEST(CompilerRun, Fieldsorder) {
    EXPECT_EQ(run(R"js(
var log = "";
class A { a = log += "a"; constructor() { log += "A"; } }
class B extends A { b = log += "b"; constructor() { log += "B0"; super(); log += "B1"; } }
new B(); log;
)js"), "B0aAbB1");
}

TEST(CompilerRun, Forinclose) {
    EXPECT_EQ(run(R"js(
var fs = []; var o = {a:1, b:2};
for (let k in o) fs.push(() => k);
fs[0]() + fs[1]();
)js"), "ab");
}

TEST(CompilerRun, Genclose) {
    EXPECT_EQ(run(R"js(
var log = "";
function* inner() { try { yield 1; yield 2; } finally { log += "innerfinally"; } }
function* outer() { try { for (var v of inner()) yield v * 10; } finally { log += "|outerfinally"; } }
var it = outer(); it.next(); it.return(5);
log;
)js"), "innerfinally|outerfinally");
}

TEST(CompilerRun, Iterclose) {
    EXPECT_EQ(run(R"js(
var log = "";
function mk(name, n) { var i = 0; return { [Symbol.iterator]() { return this; }, next() { log += name + "n"; return { value: i++, done: i > n }; }, return() { log += name + "r"; return {}; } }; }
outer: for (var a of mk("A", 3)) { for (var b of mk("B", 3)) { if (b == 1) continue outer; } }
log += "|";
try { for (var c of mk("C", 3)) { throw 1; } } catch (e) { log += "caught"; }
log += "|";
var [d, e] = mk("D", 5); var [f, ...g] = mk("E", 2);
log;
)js"), "AnBnBnBrAnBnBnBrAnBnBnBrAn|CnCrcaught|DnDnDrEnEnEn");
}

TEST(CompilerRun, Privbrand) {
    EXPECT_EQ(run(R"js(
class C { #x = 1; static check(o) { try { o.#x; return true; } catch (e) { return e instanceof TypeError; } } }
"" + C.check(new C()) + C.check({});
)js"), "truetrue");
}

TEST(CompilerRun, Returnthrows) {
    EXPECT_EQ(run(R"js(
var it = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { throw "fromreturn"; } };
var r = "";
try { for (var x of it) { try { break; } catch (e) { r += "inner"; } } } catch (e) { r += e; }
r;
)js"), "fromreturn");
}

TEST(CompilerRun, Yieldstar) {
    EXPECT_EQ(run(R"js(
var log = "";
var inner = { [Symbol.iterator]() { return this; }, next(v) { log += "n" + v; return { value: "x", done: false }; }, return(v) { log += "r" + v; return { value: "rv", done: true }; } };
function* g() { var r = yield* inner; log += "after"; }
var it = g(); it.next("a"); it.next("b"); var res = it.return("c");
log + res.value + res.done;
)js"), "nundefinednbrcrvtrue");
}

} // namespace
} // namespace yjs::test
