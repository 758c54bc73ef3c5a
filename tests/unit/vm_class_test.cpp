// Classes end to end: construction, inheritance, super, fields, private elements, accessors, statics.
#include "vm_test_util.h"

namespace yjs::vm_test {
namespace {

// Each snippet runs in its own block so that class declarations of different snippets do not collide in
// the shared global scope.
class ClassTest : public VMTest {
protected:
    std::string run_block(std::string_view source) { return run("{ " + std::string(source) + " }"); }
};

TEST_F(ClassTest, ConstructAndMethods) {
    EXPECT_EQ(run_block("class P { constructor(x) { this.x = x; } get double() { return this.x * 2; } "
                  "static make() { return new P(4); } } var p = P.make(); [p.x, p.double, p instanceof P]"),
              "[4, 8, true]");
    EXPECT_EQ(run_block("class A {} try { A(); } catch (e) { e instanceof TypeError }"), "true");
    EXPECT_EQ(run_block("class A { m() {} } [typeof A, Object.keys(A.prototype).length, A.name]"),
              "[\"function\", 0, \"A\"]");
    EXPECT_EQ(run_block("function F(v) { this.v = v; } F.prototype.get = function () { return this.v; }; "
                  "new F(6).get()"),
              "6");
    EXPECT_EQ(run_block("function F() { return { replaced: true }; } new F().replaced"), "true");
    EXPECT_EQ(run_block("function F() { this.a = 1; return 5; } new F().a"), "1");
}

TEST_F(ClassTest, Inheritance) {
    EXPECT_EQ(run_block("class A { constructor(n) { this.n = n; } who() { return 'A' + this.n; } } "
                  "class B extends A { constructor() { super(7); } who() { return 'B/' + super.who(); } } "
                  "var b = new B(); [b.who(), b instanceof A, Object.getPrototypeOf(B) === A]"),
              "[\"B/A7\", true, true]");
    EXPECT_EQ(run_block("class A { constructor(...args) { this.args = args; } } class B extends A {} "
                  "new B(1, 2).args"),
              "[1, 2]");
    EXPECT_EQ(run_block("class B extends Object { constructor() { } } try { new B(); } catch (e) { e.constructor.name }"),
              "ReferenceError");
    EXPECT_EQ(run_block("class A {} class B extends A { constructor() { super(); super(); } } "
                  "try { new B(); } catch (e) { e.constructor.name }"),
              "ReferenceError");
    EXPECT_EQ(run_block("class B extends Object { constructor() { return 1; } } try { new B(); } catch (e) { "
                  "e.constructor.name }"),
              "TypeError");
    EXPECT_EQ(run_block("class A { constructor() { this.k = new.target.name; } } class B extends A {} new B().k"), "B");
    EXPECT_EQ(run_block("try { class X extends 5 {} } catch (e) { e instanceof TypeError }"), "true");
    EXPECT_EQ(run_block("class N extends null {} Object.getPrototypeOf(N.prototype)"), "null");
}

TEST_F(ClassTest, ArrowsSeeSuperAndThis) {
    EXPECT_EQ(run_block("class A { constructor() { this.tag = 'a'; } } class B extends A { constructor() { "
                  "var init = () => super(); var read = () => this.tag; init(); this.out = read(); } } new B().out"),
              "a");
    EXPECT_EQ(run_block("class A { v() { return 1; } } class B extends A { v() { return (() => super.v() + 1)(); } } "
                  "new B().v()"),
              "2");
    EXPECT_EQ(run_block("class A { constructor() { this.t = eval('new.target === A'); } } new A().t"), "true");
}

TEST_F(ClassTest, Fields) {
    EXPECT_EQ(run_block("class A { x = 1; y = this.x + 1; static s = 'st'; } var a = new A(); [a.x, a.y, A.s]"),
              "[1, 2, \"st\"]");
    EXPECT_EQ(run_block("class A { a = 'base'; } class B extends A { b = this.a + '+derived'; } new B().b"),
              "base+derived");
    EXPECT_EQ(run_block("var k = 'computed'; class A { [k] = 5; } new A().computed"), "5");
    EXPECT_EQ(run_block("class A { static #count = 0; static inc() { return ++A.#count; } } A.inc(); A.inc()"), "2");
}

TEST_F(ClassTest, PrivateElements) {
    EXPECT_EQ(run_block("class C { #x = 1; #m() { return this.#x + 1; } get #g() { return 10; } "
                  "run() { this.#x = 5; return this.#m() + this.#g; } } new C().run()"),
              "16");
    EXPECT_EQ(run_block("class C { #x; static has(o) { return #x in o; } } [C.has(new C()), C.has({})]"),
              "[true, false]");
    EXPECT_EQ(run_block("class C { #x = 1; static get(o) { return o.#x; } } try { C.get({}); } catch (e) { "
                  "e instanceof TypeError }"),
              "true");
    EXPECT_EQ(run_block("class C { #m() {} static set(o) { o.#m = 1; } } try { C.set(new C()); } catch (e) { "
                  "e instanceof TypeError }"),
              "true");
    EXPECT_EQ(run_block("class C { set #s(v) { this.seen = v; } go() { this.#s = 3; return this.seen; } } new C().go()"),
              "3");
}

TEST_F(ClassTest, StaticBlocksAndAccessors) {
    EXPECT_EQ(run_block("class C { static x; static { this.x = 'init'; } } C.x"), "init");
    EXPECT_EQ(run_block("class C { static get k() { return 'g'; } } C.k"), "g");
    EXPECT_EQ(run_block("class C { get a() { return 1; } set a(v) {} } var d = Object.getOwnPropertyDescriptor("
                  "C.prototype, 'a'); [typeof d.get, typeof d.set, d.enumerable]"),
              "[\"function\", \"function\", false]");
}

TEST_F(ClassTest, SuperProperty) {
    EXPECT_EQ(run_block("var base = { greet() { return 'hi ' + this.name; } }; "
                  "var o = { __proto__: base, name: 'o', greet() { return super.greet() + '!'; } }; o.greet()"),
              "hi o!");
    EXPECT_EQ(run_block("class A { set v(x) { this._v = x; } } class B extends A { put() { super.v = 3; return this._v; } } "
                  "new B().put()"),
              "3");
}

} // namespace
} // namespace yjs::vm_test
