// The errors BigInt operations throw.
function attempt(label, f) {
    try {
        console.log(label, f());
    } catch (e) {
        console.log(label, e.constructor.name + ": " + e.message);
    }
}
attempt("mix +", () => 1n + 1);
attempt("mix *", () => 2 * 1n);
attempt("mix <<", () => 1n << 1);
attempt("unary +", () => +1n);
attempt("unsigned shift", () => 1n >>> 0n);
attempt("div by zero", () => 1n / 0n);
attempt("mod by zero", () => 1n % 0n);
attempt("Math.abs", () => Math.abs(1n));
attempt("Math.max", () => Math.max(1n));
attempt("new BigInt", () => new BigInt(1));
attempt("BigInt(1.5)", () => BigInt(1.5));
attempt("BigInt(NaN)", () => BigInt(NaN));
attempt("BigInt(Infinity)", () => BigInt(Infinity));
attempt("BigInt('1.5')", () => BigInt("1.5"));
attempt("BigInt('1e3')", () => BigInt("1e3"));
attempt("BigInt('0x')", () => BigInt("0x"));
attempt("BigInt('-0x1')", () => BigInt("-0x1"));
attempt("BigInt('1_000')", () => BigInt("1_000"));
attempt("BigInt('12n')", () => BigInt("12n"));
attempt("BigInt(undefined)", () => BigInt(undefined));
attempt("BigInt(null)", () => BigInt(null));
attempt("BigInt(Symbol)", () => BigInt(Symbol("s")));
attempt("asIntN(1, 1)", () => BigInt.asIntN(1, 1));
attempt("JSON.stringify", () => JSON.stringify({ a: 1n }));
attempt("toString radix", () => 1n.toString(37));
attempt("toString this", () => BigInt.prototype.toString.call(1));
attempt("valueOf this", () => BigInt.prototype.valueOf.call({}));
attempt("Number.prototype", () => Number.prototype.toFixed.call(1n));
attempt("isFinite", () => isFinite(1n));
attempt("Date", () => new Date(1n));
attempt("too big shift", () => 1n << (2n ** 40n));
attempt("too big power", () => 2n ** (2n ** 40n));
attempt("too big multiply", () => {
    const x = 1n << (2n ** 29n);
    return x * x * x;
});
attempt("huge right shift", () => [-1n >> (2n ** 80n), 5n >> (2n ** 80n)]);
attempt("template with symbol", () => `${Symbol("x")}`);
attempt("bigint in", () => 1n in {});
// (V8's messages for these two are not worth copying; the error types are.)
for (const f of [() => 2n ** -1n, () => BigInt.asIntN(-1, 1n)]) {
    try {
        f();
    } catch (e) {
        console.log(e.constructor.name);
    }
}
attempt("in a BigInt", () => 1n in 2n);
attempt("descriptor", () => Object.defineProperty({}, "a", 1n));
attempt("extends", () => class extends 1n {});
attempt("call", () => 1n());
