// Atomics on every integer element type, over SharedArrayBuffer and ArrayBuffer: the read-modify-write
// operations return the old value and wrap like the element conversions; errors match V8's.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`);
  }
};

console.log(Atomics);
console.log(Object.prototype.toString.call(Atomics), Atomics[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(Atomics).filter((name) => name !== 'pause'));
for (const name of ['add', 'compareExchange', 'wait', 'waitAsync', 'notify', 'isLockFree']) {
  const d = Object.getOwnPropertyDescriptor(Atomics, name);
  console.log(name, Atomics[name].length, d.writable, d.enumerable, d.configurable);
}

const types = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array];
for (const shared of [true, false]) {
  for (const T of types) {
    const buffer = shared ? new SharedArrayBuffer(4 * T.BYTES_PER_ELEMENT) : new ArrayBuffer(4 * T.BYTES_PER_ELEMENT);
    const a = new T(buffer);
    const results = [
      Atomics.store(a, 0, 5),
      Atomics.add(a, 0, 2 ** 40 + 3),
      Atomics.sub(a, 0, 10),
      Atomics.and(a, 0, 0x7f),
      Atomics.or(a, 0, 0x100),
      Atomics.xor(a, 0, -1),
      Atomics.exchange(a, 0, 300),
      Atomics.compareExchange(a, 0, 300, 7),
      Atomics.compareExchange(a, 0, 8, 9),
      Atomics.load(a, 0),
      Atomics.store(a, 1, -0),
      Object.is(Atomics.store(a, 1, -0), 0),
      Atomics.store(a, 2, 3.9),
      Atomics.store(a, 3, Infinity),
      Atomics.load(a, 3),
    ];
    console.log(shared ? 'shared' : 'plain', T.name, results.join(' '), Array.from(a).join(','));
  }
  for (const T of [BigInt64Array, BigUint64Array]) {
    const a = new T(shared ? new SharedArrayBuffer(16) : new ArrayBuffer(16));
    const results = [
      Atomics.store(a, 0, 5n),
      Atomics.add(a, 0, 2n ** 64n + 3n),
      Atomics.sub(a, 0, 10n),
      Atomics.and(a, 0, 0xffn),
      Atomics.or(a, 0, 1n << 63n),
      Atomics.xor(a, 0, -1n),
      Atomics.exchange(a, 0, -2n),
      Atomics.compareExchange(a, 0, -2n, 11n),
      Atomics.compareExchange(a, 0, 12n, 13n),
      Atomics.load(a, 0),
    ];
    console.log(shared ? 'shared' : 'plain', T.name, results.join(' '), Array.from(a).join(','));
  }
}

console.log([0, 1, 2, 3, 4, 5, 8, 16, -1, NaN].map((n) => typeof Atomics.isLockFree(n)).join(','));
console.log(Atomics.isLockFree(4));

const i32 = new Int32Array(new SharedArrayBuffer(16));
const f64 = new Float64Array(4);
show('float', () => Atomics.add(f64, 0, 1));
show('clamped', () => Atomics.load(new Uint8ClampedArray(4), 0));
show('object', () => Atomics.load({}, 0));
show('number', () => Atomics.store(1, 0, 0));
show('index', () => Atomics.load(i32, 4));
show('negative index', () => Atomics.load(i32, -1));
show('huge index', () => Atomics.load(i32, 2 ** 53));
show('bigint operand', () => Atomics.add(new BigInt64Array(2), 0, 1));
show('wait on plain', () => Atomics.wait(new Int32Array(4), 0, 0, 0));
show('wait on int8', () => Atomics.wait(new Int8Array(new SharedArrayBuffer(4)), 0, 0, 0));
show('wait on float', () => Atomics.wait(new Float32Array(new SharedArrayBuffer(4)), 0, 0, 0));
show('notify on object', () => Atomics.notify({}, 0));
show('notify on plain', () => Atomics.notify(new Int32Array(4), 0));
show('notify bad index', () => Atomics.notify(i32, 9));

const detached = new Int32Array(8);
detached.buffer.transfer();
show('detached load', () => Atomics.load(detached, 0));
show('detached store', () => Atomics.store(detached, 0, 1));

// Conversions that detach the buffer are caught by RevalidateAtomicAccess.
const victim = new Int32Array(8);
show('detach during conversion', () => Atomics.store(victim, 0, {
  valueOf() {
    victim.buffer.transfer();
    return 1;
  },
}));

show('wait not-equal', () => Atomics.wait(i32, 0, 1));
show('wait timed-out', () => Atomics.wait(i32, 0, 0, 5));
show('wait NaN index', () => Atomics.wait(i32, NaN, 1));
show('wait -Infinity timeout', () => Atomics.wait(i32, 0, 0, -Infinity));
show('notify nobody', () => Atomics.notify(i32, 0));
show('notify Infinity', () => Atomics.notify(i32, 0, Infinity));
show('notify negative', () => Atomics.notify(i32, 0, -5));

const i64 = new BigInt64Array(new SharedArrayBuffer(16));
show('wait bigint not-equal', () => Atomics.wait(i64, 0, 1n));
show('wait bigint timed-out', () => Atomics.wait(i64, 0, 0n, 1));
show('wait bigint number', () => Atomics.wait(i64, 0, 0, 1));

// waitAsync: immediate results, then promises settled by notify or by their timeout.
show('waitAsync not-equal', () => Atomics.waitAsync(i32, 0, 1));
show('waitAsync zero timeout', () => Atomics.waitAsync(i32, 0, 0, 0));
const first = Atomics.waitAsync(i32, 1, 0);
const second = Atomics.waitAsync(i32, 1, 0, 100000);
const third = Atomics.waitAsync(i32, 2, 0, 20);
console.log(first.async, first.value instanceof Promise, Object.keys(first));
first.value.then((v) => console.log('first', v));
second.value.then((v) => console.log('second', v));
third.value.then((v) => console.log('third', v));
console.log('notify one', Atomics.notify(i32, 1, 1));
console.log('notify rest', Atomics.notify(i32, 1));
console.log('notify again', Atomics.notify(i32, 1));
setTimeout(() => console.log('done'), 200);
