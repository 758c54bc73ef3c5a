// Absurdly deep input is a clean SyntaxError or RangeError, never a crash: in the parser, scope analysis,
// the compiler (through eval, Function and at the top of deep native recursion) and at run time.
const N = 100000;
function clean(e) {
    return e instanceof SyntaxError || e instanceof RangeError ? "clean error" : "unexpected " + e;
}
function check(name, f) {
    try {
        f();
        console.log(name, "ok");
    } catch (e) {
        console.log(name, clean(e));
    }
}
const sources = {
    brackets : "[".repeat(N) + "]".repeat(N),
    parentheses : "(".repeat(N) + "1" +
                      ")".repeat(N),
    objects : "({a:".repeat(N) + "1" +
                  "})".repeat(N),
    functions : "function f(){".repeat(N) + "}".repeat(N),
    arrows : "() => ".repeat(N) + "1",
    blocks : "{".repeat(N) + "}".repeat(N),
    templates : "`${".repeat(N) + "1" +
                    "}`".repeat(N),
    classes : "(class extends ".repeat(N) + "Object {}" +
                  ")".repeat(N),
    patterns : "var " +
                   "[".repeat(N) + "a" +
                   "]".repeat(N) + " = [];",
    calls : "f" +
                "(1)".repeat(N),
    unary : "-".repeat(N) + "1",
    conditionals : "1?".repeat(N) + "1" +
                       ":1".repeat(N),
};
for (const [name, source] of Object.entries(sources)) {
    check("eval " + name, () => eval(source));
    check("Function " + name, () => Function(source));
}

// Deep native recursion (a callback of a built-in calling itself) leaves little native stack for eval.
let depth = 0;
const shallow = "[".repeat(200) + "]".repeat(200);
function recurse() {
    depth++;
    try {
        [1].map(recurse);
    } catch (e) {
        if (!(e instanceof RangeError)) throw e;
    }
    eval(shallow);
    Function("return " + shallow);
}
check("eval in deep native recursion", recurse);
console.log("recursed deeply:", depth > 100);

let nested = [];
for (let i = 0; i < N; i++)
    nested = [ nested ];
check("String of nested arrays", () => String(nested));
check("JSON.stringify of nested arrays", () => JSON.stringify(nested));
check("JSON.parse of nested arrays", () => JSON.parse("[".repeat(N) + "]".repeat(N)));
check("recursive function", function f() { f(); });
check("recursive getter", () => ({get x() { return this.x; }}).x);
