// %TypedArray%.prototype methods and the generic Array built-ins on typed arrays.
const t = new Int16Array([3, -1, 2]);
console.log(Array.prototype.map.call(t, (x) => x * 2), Array.from(t), [...t], Object.keys(t), Object.entries(t));
for (const k in t) console.log('key', k);
console.log(JSON.stringify(t), JSON.stringify({ t }), JSON.stringify(new ArrayBuffer(2)));
console.log(Array.prototype.join.call(t, '-'), Array.prototype.slice.call(t, 1), Array.prototype.includes.call(t, 2));
try {
    Object.freeze(t);
} catch (e) {
    console.log(e.constructor.name, e.message);
}
console.log(Object.isFrozen(new Uint8Array(0)), Object.freeze(new Uint8Array(0)).length);
console.log(Object.getOwnPropertyDescriptor(t, 0), Object.getOwnPropertyNames(new Uint8Array(2)));
console.log(t.toString(), String(t), `${new Float32Array([0.5, 1])}`, t.toLocaleString());
console.log(Int16Array.prototype.toString === Array.prototype.toString);
console.log(Array.isArray(t), t instanceof Int16Array, Object.prototype.toString.call(t));
console.log(new Uint8Array([1, 2, 3]).map((x) => x * 100), new Uint8Array([5, 1, 4]).sort());
console.log(new Float64Array([3, 1, NaN, -0, 0]).sort(), new Int8Array([1, 2, 3]).sort((a, b) => b - a));
console.log(Uint8Array.from({ length: 3 }, (v, i) => i * 2), Int8Array.of(1, 2, 300));
console.log(new Uint8Array(new ArrayBuffer(8), 2, 3).byteOffset, new Uint8Array([1, 2, 3, 4]).subarray(1, 3));
console.log(new Uint8Array(3).fill(7).entries().next(), [...new Uint8Array([9, 8]).keys()]);
console.log(Reflect.ownKeys(new Uint8Array(2)), 1 in new Uint8Array(2), '-0' in new Uint8Array(2));
const u = new Uint8Array([10, 20, 30, 40, 50]);
console.log(u.at(-1), u.indexOf(30), u.lastIndexOf(10), u.includes(50), u.find((x) => x > 25), u.findLast((x) => x < 25));
console.log(u.filter((x) => x % 20 === 0), u.reduce((a, b) => a + b), u.reduceRight((a, b) => a + '' + b, ''));
console.log(u.slice(-2), u.copyWithin(0, 3), u.reverse(), u.join(':'), u.every((x) => x > 0), u.some((x) => x > 45));
console.log(u.toReversed(), u.toSorted(), u.with(0, 99), u);
const target = new Float32Array(5);
target.set([1, 2], 1);
target.set(new Int8Array([-1, -2]), 3);
console.log(target);
const dv = new DataView(new ArrayBuffer(8));
dv.setFloat64(0, Math.PI);
console.log(dv.getFloat64(0), dv.getUint8(0), dv.getInt16(0, true), dv.getUint32(4), dv.byteLength, dv.byteOffset);
dv.setInt32(0, -2, true);
console.log(dv.getInt32(0, true), dv.getUint32(0, true), dv.getInt8(0), dv.getUint16(2));
