// Properties of the emitted bytecode: where bindings live, which instructions constructs use, handler
// tables, source positions, register counts.
#include "compiler_test_support.h"

namespace yjs::test {
namespace {

bool contains(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

TEST(CompilerBytecode, LocalsLiveInRegisters) {
    VM vm;
    std::string f = block_listing(listing(vm, "function f(a) { var b = a + 1; let c = b * 2; return c; }"), "f");
    ASSERT_FALSE(f.empty());
    EXPECT_FALSE(contains(f, "PushContext")) << f;
    EXPECT_FALSE(contains(f, "ContextSlot")) << f;
    EXPECT_FALSE(contains(f, "ThrowIfHole")) << f;
    EXPECT_TRUE(contains(f, "Parameter count 1")) << f;
}

TEST(CompilerBytecode, CapturedBindingsLiveInContexts) {
    VM vm;
    std::string all = listing(vm, "function f(a) { var b = 1; return () => a + b; }");
    std::string f = block_listing(all, "f");
    EXPECT_TRUE(contains(f, "PushContext")) << f;
    EXPECT_TRUE(contains(f, "Ldar r0")) << f; // the parameter is copied into its slot
    EXPECT_TRUE(contains(f, "StaContextSlot #0, #0")) << f;
    std::string arrow = block_listing(all, "arrow <anonymous>");
    EXPECT_TRUE(contains(arrow, "LdaContextSlot #0, #0")) << all;
    EXPECT_TRUE(contains(arrow, "LdaContextSlot #0, #1")) << all;
}

TEST(CompilerBytecode, ContextDepthCountsOnlyScopesWithContexts) {
    VM vm;
    // x lives in f's context, y in the outer block's; the inner block has no context of its own.
    std::string all = listing(vm, "function f() { var x; { let y = 1; { let w; let z = () => x + y; } } }");
    std::string arrow = block_listing(all, "z");
    EXPECT_TRUE(contains(arrow, "LdaContextSlot #1, #0")) << all;
    EXPECT_TRUE(contains(arrow, "LdaContextSlot #0, #0")) << all;
    EXPECT_EQ(count_of(block_listing(all, "f"), "PushContext"), 2u) << all;
}

TEST(CompilerBytecode, HoleChecksOnlyWhereNeeded) {
    VM vm;
    std::string after = block_listing(listing(vm, "function f() { let x = 1; return x; }"), "f");
    EXPECT_FALSE(contains(after, "ThrowIfHole")) << after;
    std::string before = block_listing(listing(vm, "function f() { g(x); let x = 1; }"), "f");
    EXPECT_TRUE(contains(before, "LdaEmpty")) << before;
    EXPECT_TRUE(contains(before, "ThrowIfHole")) << before;
    std::string closure = listing(vm, "function f() { let x = 1; return () => x; }");
    EXPECT_TRUE(contains(block_listing(closure, "arrow <anonymous>"), "ThrowIfHole")) << closure;
    std::string in_switch = block_listing(listing(vm, "function f(v) { switch (v) { case 0: let y = 1; case 1: return y; } }"), "f");
    EXPECT_TRUE(contains(in_switch, "ThrowIfHole")) << in_switch;
}

TEST(CompilerBytecode, ScriptBindingsAreGlobals) {
    VM vm;
    std::string all = listing(vm, "var a = 1; let b = 2; const c = 3; function d() {} class E {} a + b + c;");
    EXPECT_TRUE(contains(all, "<GlobalDeclarations var a function d let b const c let E>")) << all;
    EXPECT_TRUE(contains(all, "InitGlobalLexical")) << all;
    EXPECT_TRUE(contains(all, "StaGlobal")) << all;
    EXPECT_TRUE(contains(all, "LdaGlobal")) << all;
}

TEST(CompilerBytecode, TypeofOfUndeclared) {
    VM vm;
    EXPECT_TRUE(contains(listing(vm, "typeof nothing;"), "LdaGlobalOrUndefined"));
}

TEST(CompilerBytecode, WithUsesDynamicLookups) {
    VM vm;
    std::string f = block_listing(listing(vm, "function f(o) { var x = 1; with (o) { x = x + 1; g(); } return x; }"), "f");
    EXPECT_TRUE(contains(f, "PushWithContext")) << f;
    EXPECT_TRUE(contains(f, "ResolveLookup")) << f; // x = x + 1 resolves x once, before the right side
    EXPECT_TRUE(contains(f, "LdaLookup [")) << f;
    EXPECT_TRUE(contains(f, "StaResolved")) << f;
    EXPECT_TRUE(contains(f, "LdaLookupWithThis")) << f;
    EXPECT_TRUE(contains(f, "x@0")) << f; // x is named in the function's ScopeInfo
}

TEST(CompilerBytecode, DirectEvalForcesContextsAndDynamicFreeNames) {
    VM vm;
    std::string all = listing(vm, "var g; function f(a) { var b; { let c; eval('a + b + c'); } return g; }");
    std::string f = block_listing(all, "f");
    EXPECT_TRUE(contains(f, "CallDirectEval")) << f;
    EXPECT_TRUE(contains(f, "LdaLookup [")) << f; // g could be shadowed by an eval-declared var
    EXPECT_TRUE(contains(f, "arguments@")) << f;  // eval can see `arguments`
    EXPECT_TRUE(contains(f, "c@0")) << f;
    CompileOptions options;
    options.is_direct_eval = true;
    std::string code = listing(vm, "var v = 1; let w = v; w;", false, options);
    EXPECT_TRUE(contains(code, "[bytecode for eval")) << code;
    EXPECT_TRUE(contains(code, "DeclareGlobals")) << code;
    EXPECT_TRUE(contains(code, "StaResolved")) << code;
}

TEST(CompilerBytecode, IndirectEvalKeepsLexicalsLocal) {
    VM vm;
    CompileOptions options;
    options.is_eval = true;
    std::string code = listing(vm, "var v = 1; let w = 2; v + w;", false, options);
    EXPECT_TRUE(contains(code, "<GlobalDeclarations var v>")) << code;
    EXPECT_FALSE(contains(code, "InitGlobalLexical")) << code;
}

TEST(CompilerBytecode, ForOfClosesIteratorOnAbruptExits) {
    VM vm;
    std::string f = block_listing(listing(vm, "function f(a) { for (const x of a) { if (x) break; g(x); } }"), "f");
    EXPECT_TRUE(contains(f, "GetIterator")) << f;
    EXPECT_TRUE(contains(f, "IteratorStep")) << f;
    EXPECT_TRUE(contains(f, "IteratorClose r")) << f;      // break
    EXPECT_TRUE(contains(f, "IteratorCloseQuiet")) << f;   // throw
    EXPECT_TRUE(contains(f, "Handler table (size = 2)")) << f; // body range split around the close
}

TEST(CompilerBytecode, TryFinallyRoutesTransfers) {
    VM vm;
    std::string f = block_listing(
        listing(vm, "function f() { for (;;) { try { if (a) return 1; if (b) break; continue; } finally { g(); } } }"),
        "f");
    EXPECT_TRUE(contains(f, "Handler table (size = 1)")) << f;
    EXPECT_TRUE(contains(f, "LdaSmi [2]")) << f; // first pending transfer token
    EXPECT_TRUE(contains(f, "LdaSmi [4]")) << f; // third
    EXPECT_TRUE(contains(f, "TestStrictEqual")) << f;
}

TEST(CompilerBytecode, Generators) {
    VM vm;
    std::string all = listing(vm, "function* g(a) { const x = yield a; yield* x; }");
    std::string g = block_listing(all, "g");
    EXPECT_TRUE(contains(g, "InitialSuspend")) << g;
    EXPECT_TRUE(contains(g, "CreateIterResult #0")) << g;
    EXPECT_TRUE(contains(g, "Yield r")) << g;
    EXPECT_TRUE(contains(g, "ResumeModeDispatch")) << g;
    EXPECT_TRUE(contains(g, "YieldDelegate")) << g;
    EXPECT_TRUE(contains(all, "generator]")) << all;
}

TEST(CompilerBytecode, AsyncFunctionsAwait) {
    VM vm;
    std::string all = listing(vm, "async function f(p) { try { return await p; } catch { } } "
                                  "async function* g(s) { for await (const x of s) yield x; yield* s; }");
    EXPECT_TRUE(contains(block_listing(all, "f"), "Await r")) << all;
    std::string g = block_listing(all, "g");
    EXPECT_TRUE(contains(g, "GetAsyncIterator")) << g;
    EXPECT_FALSE(contains(g, "CreateIterResult")) << g;
    EXPECT_FALSE(contains(g, "YieldDelegate")) << g;
}

TEST(CompilerBytecode, Classes) {
    VM vm;
    std::string all = listing(vm, "class A extends B { #p = 1; static s = 2; x; m() { return super.m(); } "
                                  "get g() { return this.#p; } static { this.t = 3; } }");
    EXPECT_TRUE(contains(all, "CreatePrivateName")) << all;
    EXPECT_TRUE(contains(all, "CreateClass")) << all;
    EXPECT_TRUE(contains(all, "DefineMethod")) << all;
    EXPECT_TRUE(contains(all, "DefineAccessor")) << all;
    EXPECT_TRUE(contains(all, "SetClassFields")) << all;
    EXPECT_TRUE(contains(all, "SuperCallSpread")) << all; // default derived constructor
    EXPECT_TRUE(contains(all, "InitializeInstanceElements")) << all;
    EXPECT_TRUE(contains(all, "DefinePrivate")) << all;
    EXPECT_TRUE(contains(all, "GetSuper")) << all;
    EXPECT_TRUE(contains(all, "LdaSuperBase")) << all;
    EXPECT_TRUE(contains(all, "class initializer")) << all;
}

TEST(CompilerBytecode, DerivedConstructorChecksThis) {
    VM vm;
    std::string all = listing(vm, "class A extends Object { constructor() { super(); this.x = 1; } }");
    std::string ctor = block_listing(all, "A");
    EXPECT_TRUE(contains(ctor, "SuperCall")) << all;
    EXPECT_TRUE(contains(ctor, "ThrowSuperAlreadyCalled")) << all;
    EXPECT_TRUE(contains(ctor, "StaThis")) << all;
    EXPECT_TRUE(contains(ctor, "ThrowSuperNotCalled")) << all;
}

TEST(CompilerBytecode, PerIterationContexts) {
    VM vm;
    std::string f = block_listing(listing(vm, "function f() { for (let i = 0; i < 3; i++) g(() => i); }"), "f");
    EXPECT_EQ(count_of(f, "CreatePerIterationContext"), 2u) << f;
    std::string plain = block_listing(listing(vm, "function f() { for (let i = 0; i < 3; i++) g(i); }"), "f");
    EXPECT_EQ(count_of(plain, "CreatePerIterationContext"), 0u) << plain;
}

TEST(CompilerBytecode, SpreadCallsBuildArrays) {
    VM vm;
    std::string all = listing(vm, "f(...a, 1); new F(...b); [...c];");
    EXPECT_TRUE(contains(all, "CallSpread")) << all;
    EXPECT_TRUE(contains(all, "ConstructSpread")) << all;
    EXPECT_TRUE(contains(all, "ArraySpread")) << all;
    EXPECT_TRUE(contains(all, "ArrayPush")) << all;
}

TEST(CompilerBytecode, LiteralsAndConstants) {
    VM vm;
    std::string all = listing(vm, "var a = 1.5 + 1.5 + 123n + /ab+/g.source + 'str' + 'str' + -0 + 7;");
    EXPECT_EQ(count_of(all, ": 1.5\n"), 1u) << all; // deduplicated
    EXPECT_EQ(count_of(all, ": \"str\"\n"), 1u) << all;
    EXPECT_TRUE(contains(all, "LdaConstant [2]   ; 123n")) << all; // a BigInt in the constant pool
    EXPECT_TRUE(contains(all, "CreateRegExp")) << all;
    EXPECT_TRUE(contains(all, "LdaSmi [7]")) << all;
    EXPECT_TRUE(contains(all, ": -0\n") || contains(all, ": 0\n")) << all; // -0 is not a Smi
}

TEST(CompilerBytecode, ObjectLiterals) {
    VM vm;
    std::string all = listing(vm, "({ a: 1, [k]: f, __proto__: p, ...s, m() {}, get g() {}, set g(v) {} });");
    EXPECT_TRUE(contains(all, "DefineNamedOwn")) << all;
    EXPECT_TRUE(contains(all, "DefineKeyedOwn")) << all;
    EXPECT_TRUE(contains(all, "SetPrototypeLiteral")) << all;
    EXPECT_TRUE(contains(all, "CopyDataPropertiesInto")) << all;
    EXPECT_TRUE(contains(all, "DefineMethod r1, r2, #1")) << all;
    EXPECT_TRUE(contains(all, "DefineAccessor r1, r2, #3")) << all; // setter, enumerable
}

TEST(CompilerBytecode, DestructuringUsesIteratorAndRest) {
    VM vm;
    std::string all = listing(vm, "var [a, , b = 1, ...c] = x; var {d, [e]: f, ...g} = y;");
    EXPECT_TRUE(contains(all, "IteratorNextValue")) << all;
    EXPECT_TRUE(contains(all, "IteratorStep")) << all;
    EXPECT_TRUE(contains(all, "CopyDataProperties")) << all;
    EXPECT_TRUE(contains(all, "ThrowIfNullish")) << all;
    EXPECT_TRUE(contains(all, "JumpIfNotUndefined")) << all;
}

TEST(CompilerBytecode, MappedArguments) {
    VM vm;
    std::string sloppy = block_listing(listing(vm, "function f(a, b) { return arguments; }"), "f");
    EXPECT_TRUE(contains(sloppy, "CreateArguments #1")) << sloppy;
    std::string strict = block_listing(listing(vm, "function f(a, b) { 'use strict'; return arguments; }"), "f");
    EXPECT_TRUE(contains(strict, "CreateArguments #0")) << strict;
    std::string unused = block_listing(listing(vm, "function f(a, b) { return a; }"), "f");
    EXPECT_FALSE(contains(unused, "CreateArguments")) << unused;
    EXPECT_TRUE(contains(unused, "Register count 2")) << unused;
}

TEST(CompilerBytecode, AnnexBBlockFunctions) {
    VM vm;
    std::string all = listing(vm, "{ function f() {} } f();");
    EXPECT_TRUE(contains(all, "var f")) << all;
    EXPECT_TRUE(contains(all, "StaGlobal")) << all;
}

TEST(CompilerBytecode, SourcePositions) {
    VM vm;
    std::string all = listing(vm, "var o = {};\n  o.a.b();\nthrow   o;");
    EXPECT_TRUE(contains(all, "2:5")) << all;  // reading `a`
    EXPECT_TRUE(contains(all, "2:7")) << all;  // calling `b`
    EXPECT_TRUE(contains(all, "3:1")) << all;  // the throw
    std::string binary = listing(vm, "x\n  +   y;");
    EXPECT_TRUE(contains(binary, "2:3")) << binary; // the operator
}

TEST(CompilerBytecode, Modules) {
    VM vm;
    std::string all = listing(vm,
                              "import { a } from './a.js'; import * as ns from './b.js';\n"
                              "export let c = a; export function f() { return c + ns.x; } export default 1;",
                              true);
    EXPECT_TRUE(contains(all, "[bytecode for module")) << all;
    EXPECT_TRUE(contains(all, "<ModuleLayout import@")) << all;
    EXPECT_TRUE(contains(all, "function@")) << all;
    EXPECT_TRUE(contains(all, "LdaModuleVariable")) << all;
    EXPECT_FALSE(contains(all, "PushContext")) << all;
    EXPECT_TRUE(contains(all, "*default*@")) << all;
    EXPECT_TRUE(contains(all, "[bytecode for function f]")) << all;
}

TEST(CompilerBytecode, SuperReferencesFetchTheBaseBeforeConvertingTheKey) {
    VM vm;
    std::string all = listing(vm, "var o = { m(k) { super[k] += 1; return super.x; } };");
    std::string m = block_listing(all, "m");
    std::size_t base = m.find("LdaSuperBase");
    std::size_t convert = m.find("ToPropertyKey");
    ASSERT_NE(base, std::string::npos) << m;
    ASSERT_NE(convert, std::string::npos) << m;
    EXPECT_LT(base, convert) << m;
    EXPECT_TRUE(contains(m, "GetSuper")) << m;
    EXPECT_TRUE(contains(m, "SetSuper")) << m;
    // A plain assignment leaves the conversion to SetSuper (after the right-hand side).
    std::string plain = block_listing(listing(vm, "var o = { m(k) { super[k] = f(); } };"), "m");
    EXPECT_FALSE(contains(plain, "ToPropertyKey")) << plain;
}

TEST(CompilerBytecode, CompoundAssignmentConvertsKeyOnceAfterNullCheck) {
    VM vm;
    std::string all = listing(vm, "o[k] += 1; o['s'] += 1;");
    // One conversion, for o[k] (a literal key needs none), by the opcode that skips it for a nullish base.
    EXPECT_EQ(count_of(all, "ToPropertyKey"), 1u) << all;
    EXPECT_EQ(count_of(all, "ToPropertyKeyOfBase"), 1u) << all;
}

TEST(CompilerBytecode, DeleteAndVoid) {
    VM vm;
    std::string all = listing(vm, "delete x; delete o.p; delete o[k]; void 0; function f(a) { return delete a; }");
    EXPECT_TRUE(contains(all, "DeleteLookup")) << all;
    EXPECT_EQ(count_of(all, "DeleteProperty"), 2u) << all;
    EXPECT_TRUE(contains(block_listing(all, "f"), "LdaFalse")) << all;
}

// Every construct compiles (no crash, no assertion) in script and function context.
TEST(CompilerBytecode, EverythingCompiles) {
    const char* snippets[] = {
        "label: for (var i in o) { if (i) continue label; else break label; }",
        "for (let [a, {b}] of x) { let c = () => a + b; }",
        "for (x.y of z); for ([a, b] of c); for ({p: q.r} of s);",
        "switch (x) { case 1: function h() {} let q; default: q = 1; }",
        "try { a(); } catch ({ message }) { b(message); } finally { c(); }",
        "try { } catch { }",
        "a?.b?.[c]?.(d).e; delete a?.b; (a?.b)();",
        "x ||= 1; x &&= 2; x ?\?= 3; o.p ?\?= 4; o[k] ||= 5;",
        "a = b = c; [a, b] = [b, a]; ({ a, b: [c] } = d);",
        "tag`a${b}c${d}`; String.raw`\\n`;",
        "class A { static #x; static m() { return #x in A; } }",
        "class B { ['computed' + 1] = 1; static ['s'] = 2; [Symbol.iterator]() {} }",
        "var f = async () => { await 1; }; var g = async function* () { yield 1; return 2; };",
        "function* g() { try { yield 1; } finally { yield 2; } }",
        "with (o) { var v = 1; function w() { return v; } }",
        "(function () { 'use strict'; return this; })();",
        "(function () { return new.target; })();",
        "x++; --y; o.z++; o[k]--; a.b.c += 1;",
        "var { a = function () {}, b = class {} } = {};",
        "if (a) function fa() {} else function fb() {}",
        "do x++; while (x < 10)",
        "(function f(a = 1, { b } = {}, ...c) { var a; return arguments.length; })();",
        "(function () { eval('var q = 1'); return q; })();",
        "(function (a = eval('var z = 1'), b = z) {})();",
        "class C extends D { constructor() { super(); (() => super.x)(); } }",
        "async function af() { for await (const x of y) { if (x) break; } }",
        "function* dg() { const [a = yield] = it; }",
        "(0 || 1 && 2) ?? 3;",
    };
    for (const char* snippet : snippets) {
        VM vm;
        std::string script = listing(vm, snippet);
        EXPECT_TRUE(script.find("[bytecode for") != std::string::npos) << snippet << "\n" << script;
        std::string wrapped = std::string("function wrapper() {\n") + snippet + "\n}";
        std::string in_function = listing(vm, wrapped);
        EXPECT_TRUE(in_function.find("[bytecode for") != std::string::npos) << wrapped << "\n" << in_function;
    }
}

} // namespace
} // namespace yjs::test
