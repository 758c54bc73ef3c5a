// WeakRef and FinalizationRegistry: construction, deref, register/unregister, errors and printing.
const target = { a: 1 };
const ref = new WeakRef(target);
console.log(ref.deref() === target, Object.prototype.toString.call(ref));
console.log(ref, [ref], { ref });
class MyRef extends WeakRef {}
const mine = new MyRef(target);
console.log(mine instanceof WeakRef, mine.deref() === target, mine);

// Non-registered symbols can be held weakly; registered ones cannot.
const symbol = Symbol('s');
console.log(new WeakRef(symbol).deref() === symbol);
const weakMap = new WeakMap([[symbol, 1]]);
const weakSet = new WeakSet([symbol]);
console.log(weakMap.get(symbol), weakSet.has(symbol));

const attempt = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
};
attempt(() => WeakRef(target));
attempt(() => new WeakRef(1));
attempt(() => new WeakRef(Symbol.for('registered')));
attempt(() => WeakRef.prototype.deref.call({}));
attempt(() => FinalizationRegistry(() => {}));
attempt(() => new FinalizationRegistry(1));

const registry = new FinalizationRegistry((held) => console.log('cleaned', held));
const token = {};
attempt(() => registry.register(1));
attempt(() => registry.register(target, target));
attempt(() => registry.register(target, 'held', 1));
attempt(() => registry.unregister(1));
attempt(() => FinalizationRegistry.prototype.register.call({}, target));
attempt(() => registry.register(target, 'held', token));
attempt(() => registry.register(symbol, 'held', symbol));
attempt(() => registry.unregister(token));
attempt(() => registry.unregister(token));
attempt(() => registry.unregister(symbol));
console.log(registry, Object.prototype.toString.call(registry));
console.log(WeakRef.length, FinalizationRegistry.length, FinalizationRegistry.prototype.register.length);
