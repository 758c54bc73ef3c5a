// What a suspended generator keeps: `this`, the current context (block scopes, closures, with, catch),
// mapped arguments, and yield* links, across suspensions and garbage collections.
function churn() {
    // Enough garbage to run collections while generators are suspended.
    let keep = null;
    for (let i = 0; i < 200000; i++) keep = { i, next: keep && i % 1000 ? keep : null };
    return keep.i;
}

const holder = {
    name: "holder",
    *method(n) {
        yield this.name + " " + n;
        const arrow = () => this.name.toUpperCase();
        yield arrow();
        yield typeof this;
    },
};
const methodIterator = holder.method(1);
console.log(methodIterator.next().value);
churn();
console.log(methodIterator.next().value, methodIterator.next().value);

function* sloppyThis() {
    yield this === globalThis;
}
console.log(sloppyThis().next().value, sloppyThis.call(7).next().value);
function* strictThis() {
    "use strict";
    yield this;
}
console.log(strictThis.call(7).next().value, strictThis().next().value);

// Contexts: closures created in loops and blocks capture per-iteration bindings across yields.
function* scopes() {
    const closures = [];
    for (let i = 0; i < 3; i++) {
        const label = "i" + i;
        closures.push(() => label + ":" + i);
        yield i;
    }
    {
        let inner = "block";
        const read = () => inner;
        yield read();
        inner = "changed";
        churn();
        yield read();
    }
    try {
        throw new Error("caught");
    } catch (error) {
        const message = () => error.message;
        yield message();
    }
    with ({ fromWith: "with value" }) {
        yield fromWith;
    }
    yield closures.map((f) => f()).join(" ");
}
const scopeValues = [];
for (const value of scopes()) scopeValues.push(value);
console.log(scopeValues.join(" | "));

// Sloppy mapped arguments stay mapped to the parameters across suspensions and after completion.
function* mapped(a, b) {
    const args = arguments;
    yield args;
    a = "a2";
    yield args[0];
    args[1] = "b2";
    yield b;
}
const mappedIterator = mapped("a1", "b1");
const args = mappedIterator.next().value;
churn();
console.log(mappedIterator.next().value, mappedIterator.next().value, mappedIterator.next().done);
args[0] = "after";
console.log(args[0], args[1], args.length);

// An async arrow keeps its creator's this across awaits.
const owner = {
    value: 42,
    run() {
        return (async () => {
            await null;
            churn();
            return this.value;
        })();
    },
};
owner.run().then((value) => console.log("async arrow this", value));

// yield* chains survive collections; holding only the innermost generator keeps the chain alive.
function* leaf() {
    yield "l1";
    yield "l2";
    return "leaf done";
}
let innermost;
function* capture() {
    innermost = leaf();
    return yield* innermost;
}
function* level(depth) {
    return depth === 0 ? yield* capture() : yield* level(depth - 1);
}
let root = level(50);
console.log(root.next().value);
root = null;
churn();
console.log(innermost.next().value, innermost.next().done);

function* counter(limit) {
    for (let i = 0; i < limit; i++) yield i;
    return "counted";
}
function* relay(depth, limit) {
    return depth === 0 ? yield* counter(limit) : yield* relay(depth - 1, limit);
}
const relayed = relay(200, 5);
const relayedValues = [];
for (let step = relayed.next(); !step.done; step = relayed.next()) {
    relayedValues.push(step.value);
    churn();
}
console.log(relayedValues.join(","), relayed.next().done);

// Many suspended generators at once, each with its own locals.
function* small(a) {
    const b = a * 2;
    yield a;
    yield b;
}
const suspended = [];
for (let i = 0; i < 20000; i++) {
    const g = small(i);
    g.next();
    suspended.push(g);
}
churn();
let total = 0;
for (const g of suspended) total += g.next().value;
console.log("total", total);
