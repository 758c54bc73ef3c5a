// Generators end to end: suspension and resumption, return()/throw() through finally, yield*.
#include "vm_test_util.h"

namespace yjs::vm_test {
namespace {

using GeneratorTest = VMTest;

TEST_F(GeneratorTest, YieldsInOrder) {
    EXPECT_EQ(run("function* g() { yield 1; yield 2; return 3; } var it = g(); "
                  "[it.next(), it.next(), it.next(), it.next()]"),
              "[{value: 1, done: false}, {value: 2, done: false}, {value: 3, done: true}, "
              "{value: undefined, done: true}]");
}

TEST_F(GeneratorTest, BodyStartsOnFirstNext) {
    EXPECT_EQ(run("var log = []; function* g(a = log.push('params')) { log.push('body'); yield; } "
                  "var it = g(); log.push('created'); it.next(); log.join()"),
              "params,created,body");
}

TEST_F(GeneratorTest, TwoWayMessaging) {
    EXPECT_EQ(run("function* g() { var x = yield 1; var y = yield x * 2; return x + y; } var it = g(); "
                  "[it.next('ignored').value, it.next(10).value, it.next(5).value]"),
              "[1, 20, 15]");
}

TEST_F(GeneratorTest, InterleavedInstancesShareState) {
    EXPECT_EQ(run("var shared = 0; function* g(name) { while (true) { shared++; yield name + shared; } } "
                  "var a = g('a'), b = g('b'); [a.next().value, b.next().value, a.next().value, b.next().value]"),
              "[\"a1\", \"b2\", \"a3\", \"b4\"]");
}

TEST_F(GeneratorTest, ReturnRunsFinally) {
    EXPECT_EQ(run("var log = []; function* g() { try { yield 1; yield 2; } finally { log.push('cleanup'); } } "
                  "var it = g(); it.next(); var r = it.return(42); [r, log.join(), it.next()]"),
              "[{value: 42, done: true}, \"cleanup\", {value: undefined, done: true}]");
    EXPECT_EQ(run("function* g() { try { yield 1; } finally { yield 'from finally'; } } var it = g(); it.next(); "
                  "[it.return(9), it.next()]"),
              "[{value: \"from finally\", done: false}, {value: 9, done: true}]");
    EXPECT_EQ(run("function* g() { yield 1; } var it = g(); [it.return(5), it.next()]"),
              "[{value: 5, done: true}, {value: undefined, done: true}]");
}

TEST_F(GeneratorTest, ThrowIsCatchableInside) {
    EXPECT_EQ(run("function* g() { while (true) { try { yield 1; } catch (e) { yield 'caught ' + e; } } } "
                  "var it = g(); it.next(); it.throw('x').value"),
              "caught x");
    EXPECT_EQ(run("function* g() { yield 1; } var it = g(); try { it.throw(new Error('early')); } "
                  "catch (e) { [e.message, it.next().done] }"),
              "[\"early\", true]");
}

TEST_F(GeneratorTest, ReentranceIsATypeError) {
    EXPECT_EQ(run("var it; function* g() { it.next(); } it = g(); try { it.next(); } catch (e) { e.message }"),
              "Generator is already running");
}

TEST_F(GeneratorTest, ExceptionCompletesTheGenerator) {
    EXPECT_EQ(run("function* g() { yield 1; throw new Error('inside'); } var it = g(); it.next(); "
                  "var m; try { it.next(); } catch (e) { m = e.message; } [m, it.next().done]"),
              "[\"inside\", true]");
}

TEST_F(GeneratorTest, YieldStar) {
    EXPECT_EQ(run("function* inner() { var x = yield 'i1'; yield 'got ' + x; return 'inner done'; } "
                  "function* outer() { var r = yield* inner(); yield r; } var it = outer(); "
                  "[it.next().value, it.next('X').value, it.next().value, it.next().done]"),
              "[\"i1\", \"got X\", \"inner done\", true]");
    EXPECT_EQ(run("function* g() { yield* [1, 2]; yield* 'ab'; } [...g()]"), "[1, 2, \"a\", \"b\"]");
    EXPECT_EQ(run("var log = []; function* inner() { try { yield 1; } finally { log.push('inner'); } } "
                  "function* outer() { try { yield* inner(); } finally { log.push('outer'); } } "
                  "var it = outer(); it.next(); [it.return(7), log.join()]"),
              "[{value: 7, done: true}, \"inner,outer\"]");
    EXPECT_EQ(run("function* inner() { try { yield 1; } catch (e) { yield 'inner caught ' + e; } } "
                  "function* outer() { yield* inner(); } var it = outer(); it.next(); it.throw('t').value"),
              "inner caught t");
}

TEST_F(GeneratorTest, ForOfAndSpread) {
    EXPECT_EQ(run("function* range(n) { for (let i = 0; i < n; i++) yield i; } var s = 0; "
                  "for (var v of range(5)) s += v; [s, [...range(3)]]"),
              "[10, [0, 1, 2]]");
    EXPECT_EQ(run("var log = []; function* g() { try { yield 1; yield 2; } finally { log.push('closed'); } } "
                  "for (var v of g()) break; log.join()"),
              "closed");
}

TEST_F(GeneratorTest, PrototypeAndMethods) {
    EXPECT_EQ(run("function* g() {} Object.getPrototypeOf(g()) === g.prototype"), "true");
    EXPECT_EQ(run("function* g() {} g.prototype = null; var it = g(); "
                  "Object.getPrototypeOf(it) === Object.getPrototypeOf(function*(){}).prototype"),
              "true");
    EXPECT_EQ(run("var o = { *gen() { yield this.v; }, v: 3 }; o.gen().next().value"), "3");
    EXPECT_EQ(run("function* g() {} try { new g(); } catch (e) { e instanceof TypeError }"), "true");
    EXPECT_EQ(run("function* g() { yield arguments.length; yield arguments[1]; } [...g(4, 5, 6)]"), "[3, 5]");
}

TEST_F(GeneratorTest, ManyResumptionsAreCheap) {
    EXPECT_EQ(run("function* count() { let i = 0; while (true) yield i++; } var it = count(), s = 0; "
                  "for (var k = 0; k < 100000; k++) s += it.next().value; s"),
              "4999950000");
}

TEST_F(GeneratorTest, SuspendedStateSurvivesCollections) {
    // this, a switched context and mapped arguments live in the generator between activations.
    EXPECT_EQ(run("var o = { v: 'this', *g(a) { for (let i = 0; i < 2; i++) { const f = () => i; yield f(); } "
                  "yield this.v; a = 'mapped'; yield arguments[0]; } }; var it = o.g('a'); "
                  "var first = it.next().value;"),
              "undefined");
    vm.heap().collect_garbage();
    EXPECT_EQ(run("[first, it.next().value, it.next().value, it.next().value, it.next().done]"),
              "[0, 1, \"this\", \"mapped\", true]");
}

TEST_F(GeneratorTest, YieldStarChainHeldByItsLastGeneratorSurvivesCollections) {
    EXPECT_EQ(run("var last; function* leaf() { yield 'l1'; yield 'l2'; return 'done'; } "
                  "function* capture() { last = leaf(); return yield* last; } "
                  "function* level(d) { return d ? yield* level(d - 1) : yield* capture(); } "
                  "var root = level(20); root.next().value"),
              "l1");
    EXPECT_EQ(run("root = null;"), "null");
    vm.heap().collect_garbage();
    // Resuming a later member directly dissolves the chain, which must still be intact.
    EXPECT_EQ(run("[last.next().value, last.next().done]"), "[\"l2\", true]");
    EXPECT_EQ(run("var r = level(5); var values = [...r]; r = null; values.join()"), "l1,l2");
    vm.heap().collect_garbage();
    EXPECT_EQ(run("[...level(3)].join()"), "l1,l2");
}

} // namespace
} // namespace yjs::vm_test
