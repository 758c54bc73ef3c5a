// TypeErrors name the source expression of a failed call, construction or iteration, as V8 does.
const cases = [
    "var x = 1; x.toUpperCase()",
    "var a = {b: {}}; a.b.c()",
    "var a = [1]; a[0]()",
    "var a = {}; a['b']()",
    "var a = {}, k = 'z'; a[k]()",
    "function f() { return 1 } f()()",
    "function f() { return {} } f().g()",
    "undefined()",
    "1()",
    "'s'()",
    "var o = {}; (o.x)()",
    "var o = {}; o?.x()",
    "var F = 1; new F",
    "var o = {}; new o.F()",
    "function* G() {} new G()",
    "this.foo()",
    "class A { m() { super.q() } } new A().m()",
    "var o = {}; `${o.f()}`",
    "var o = {}; o.f`x`",
    "var s = Symbol('q'); var o = {}; o[s]()",
    "var o = {}; (0, o.f)()",
    "var f = () => 1; new f",
    "var a = 1, b = 2; (a + b)()",
    "var a = {}; (a.b || a.c)()",
    "var o = {}; o[-1]()",
    "({}).x()",
    "var x = 5; for (var y of x);",
    "var x = {}; [...x]",
    "var x = {}; var [a] = x;",
    "var x = null; var [a] = x;",
    "var o = {x: {}}; [...o.x]",
    "var x = {}; Math.max(...x)",
    "function f() {} f(...undefined)",
    "function f([a]) {} f(1)",
    "function f([a]) {} f()",
    "function f([a]) {} f(null)",
    "new Set(5)",
    "new Map({})",
    "var x = null; var {a} = x;",
    "var o = {x: 1}; var {a} = o.y;",
    "var {} = null",
    "var {'x y': a} = null",
    "function g({a}) {} g(null)",
    "function q({a}) {} q()",
    "var x; x.y",
    "var x = null; x.y = 1",
    "var o = {}; o.a.b",
    "class Y extends 5 {}",
];
for (const source of cases) {
    try {
        (0, eval)(source);
        console.log(source, "=> no error");
    } catch (e) {
        console.log(source, "=>", e.constructor.name + ":", e.message);
    }
}
