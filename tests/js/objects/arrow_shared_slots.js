// Arrows of one code block share their initial length/name slots until one of them changes its
// properties; every change must stay private to that arrow.
const make = () => (a, b) => a + b;
const f = make(), g = make(), h = make();
console.log(f.length, f.name, Object.getOwnPropertyNames(f));
Object.defineProperty(f, 'name', { value: 'renamed' });
console.log(f.name, g.name, h.name);
f.extra = 1; g[0] = 'idx'; 
console.log(Object.keys(f), Object.getOwnPropertyNames(g), h.hasOwnProperty('length'));
delete h.length;
console.log(h.length, g.length, Object.getOwnPropertyNames(h));
Object.defineProperty(g, 'length', { writable: true });
g.length = 42;
console.log(g.length, make().length);
const k = make(); Object.freeze(k); console.log(Object.isFrozen(k), make().name === '');
const m = make(); Object.setPrototypeOf(m, null); console.log(Object.getPrototypeOf(m), m.length);
const objs = { [Symbol('s')]: () => 1, ['x' + 1]: () => 2 };
console.log(Object.values(objs).map(f => f.name), Object.getOwnPropertySymbols(objs).map(s => objs[s].name));
class B { constructor() { return make(); } }
class C extends B { #p = 5; static get(o) { return o.#p; } }
const viaPrivate = new C(); console.log(C.get(viaPrivate), viaPrivate.length, make().length);
const arr = []; for (let i = 0; i < 3; i++) arr.push(x => x * i);
arr[1].name2 = 'q'; console.log(arr.map(f => f(2)), arr.map(f => f.name + f.length), Object.keys(arr[1]));
const bound = make().bind(null, 1); console.log(bound.name, bound.length);
console.log(JSON.stringify(Object.getOwnPropertyDescriptors(make())));
