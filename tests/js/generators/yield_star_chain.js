// yield* chains: deep recursion, values and completions passing through, abrupt resumptions, and
// resuming a generator that is part of a chain directly.
// (Node cannot run the 100,000-deep chains; its output was recorded with depth 1000, which prints the same.)
function* chain(depth, count) {
    if (depth === 0) {
        for (let i = 0; i < count; i++) yield i;
        return "inner done";
    }
    const result = yield* chain(depth - 1, count);
    return depth === 1 ? result + "!" : result;
}

let sum = 0;
for (const value of chain(100000, 50)) sum += value;
console.log("deep sum", sum);

const it = chain(3, 2);
console.log(it.next("a"), it.next("b"), it.next("c"), it.next());

// Values sent with next(v) arrive at the innermost yield.
function* echo() {
    let received = yield "start";
    while (true) received = yield "got " + received;
}
function* wrap(depth) {
    return depth === 0 ? yield* echo() : yield* wrap(depth - 1);
}
const w = wrap(10);
console.log(w.next(1).value, w.next(2).value, w.next(3).value);
console.log(w.return("bye"), w.next());

// throw() goes to the innermost generator; a catch there keeps the chain going.
function* catcher() {
    try {
        yield 1;
    } catch (e) {
        console.log("caught", e);
        yield 2;
    }
    return "after catch";
}
function* outer() {
    try {
        const r = yield* catcher();
        console.log("outer got", r);
        yield 3;
    } finally {
        console.log("outer finally");
    }
}
const t = outer();
console.log(t.next().value, t.throw("boom").value, t.next().value, t.next());

// An exception thrown by the innermost generator propagates through each yield*.
function* thrower() {
    yield 1;
    throw new Error("inner failure");
}
function* middle() {
    try {
        yield* thrower();
    } catch (e) {
        console.log("middle caught", e.message);
        return "recovered";
    }
}
function* top() {
    return yield* middle();
}
const m = top();
console.log(m.next(), m.next(), m.next());

// Resuming a generator in the middle of a chain directly.
function* leaf() {
    yield "l1";
    yield "l2";
    yield "l3";
}
const sharedLeaf = leaf();
function* mid() {
    yield* sharedLeaf;
    return "mid done";
}
const midIt = mid();
function* root() {
    const r = yield* midIt;
    yield "root saw " + r;
}
const r = root();
console.log(r.next().value, midIt.next().value, sharedLeaf.next().value, r.next(), r.next().value);

// A running chain cannot be resumed again through any of its members.
let selfRef;
let midRef;
function* reenter() {
    try {
        selfRef.next();
    } catch (e) {
        console.log("root:", e.constructor.name);
    }
    try {
        midRef.next();
    } catch (e) {
        console.log("middle:", e.constructor.name);
    }
    yield "ok";
}
function* reenterMid() {
    yield* reenter();
}
midRef = reenterMid();
function* reenterRoot() {
    yield* midRef;
}
selfRef = reenterRoot();
console.log(selfRef.next().value);

// Early exit from for-of closes every generator of the chain.
function* closing(depth) {
    try {
        if (depth === 0) yield* [1, 2, 3];
        else yield* closing(depth - 1);
    } finally {
        if (depth % 250 === 0) console.log("closed", depth);
    }
}
for (const v of closing(1000)) {
    if (v === 2) break;
}

// return() and throw() through a deep chain.
function* guarded(depth) {
    try {
        if (depth === 0) {
            yield 1;
            yield 2;
        } else {
            yield* guarded(depth - 1);
        }
    } finally {
        if (depth === 0) console.log("innermost finally");
    }
}
for (const v of guarded(100000)) {
    if (v === 1) break;
}
const thrown = guarded(100000);
thrown.next();
try {
    thrown.throw(new Error("deep throw"));
} catch (e) {
    console.log("caught", e.message);
}
