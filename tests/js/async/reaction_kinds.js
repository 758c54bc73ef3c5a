// Job order across the kinds of promise reactions: the first then() of a pending promise (kept inline),
// later ones on the same promise, catch handlers, pass-through, thenables, settled promises and subclasses.
const log = [];
let resolveFirst;
const first = new Promise((resolve) => { resolveFirst = resolve; });
const a = first.then((v) => log.push('a' + v));
first.then((v) => log.push('b' + v));
first.catch(() => log.push('never-c'));
first.then((v) => log.push('d' + v), () => log.push('never-e'));
a.then(() => log.push('a2'));
Promise.resolve().then(() => log.push('x'));
resolveFirst(1);

let rejectSecond;
const second = new Promise((_, reject) => { rejectSecond = reject; });
second.catch((e) => log.push('catch' + e)).then((v) => log.push('after-catch' + v));
second.then(() => log.push('never')).catch((e) => log.push('catch2-' + e));
second.then().then(null, (e) => log.push('passed-through' + e));
rejectSecond(7);

const settled = Promise.resolve(5);
settled.then((v) => log.push('s' + v)).then(() => { log.push('s2'); throw 9; }).catch((e) => log.push('sc' + e));

let resolveThird;
const third = new Promise((resolve) => { resolveThird = resolve; });
third.then((v) => ({ then(f) { log.push('thenable'); f(v * 2); } })).then((v) => log.push('t' + v));
third.then(() => log.push('t-second'));
resolveThird(4);

class Sub extends Promise {}
let resolveSub;
const sub = new Sub((resolve) => { resolveSub = resolve; });
sub.then((v) => log.push('sub' + v)).then(() => log.push('sub2'));
resolveSub(3);

// Arrows created in a loop share their creator's this; each call of the method has its own.
const counter = {
    base: 10,
    make(n) {
        const arrows = [];
        for (let i = 0; i < n; i++) arrows.push(() => this.base + i);
        return arrows;
    },
};
const other = { base: 100, make: counter.make };
log.push(counter.make(2).map((f) => f()).join('/'), other.make(2).map((f) => f()).join('/'));

// An arrow created before super() sees the binding super() makes.
class Base {}
class Derived extends Base {
    constructor() {
        const early = () => this;
        super();
        log.push(early() === this ? 'early-arrow-this' : 'wrong-this');
    }
}
new Derived();

setTimeout(() => console.log(log.join()), 0);
