// console.log of typed arrays, ArrayBuffer, SharedArrayBuffer and DataView, as Node prints them.
console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array(0));
console.log(new Int8Array([-128, 127, 255]), new Uint8ClampedArray([300, -5, 1.5, 2.5]));
console.log(new Float32Array([1.5, -0, NaN, Infinity, 0.1]));
console.log(new Int16Array([1, 2]).subarray(1), new Uint32Array([4294967295]), new Int32Array([-1]));
const withProperty = new Int16Array(3);
withProperty.label = 'x';
console.log(withProperty);
console.log([new Uint8Array(2)], { a: new Int8Array([1, -1]) });
console.log(new Uint8Array(120));
console.log(new Float64Array(27).map((_, i) => i * i));
class Bytes extends Uint8Array {}
console.log(new Bytes(2));
const buffer = new ArrayBuffer(8);
new Uint8Array(buffer).set([1, 2, 255, 16]);
console.log(buffer);
console.log(new ArrayBuffer(0), new ArrayBuffer(2));
console.log(new ArrayBuffer(120));
console.log(new SharedArrayBuffer(3));
console.log(new DataView(buffer, 2, 3));
console.log(new DataView(new ArrayBuffer(2)));
console.log(new ArrayBuffer(4, { maxByteLength: 8 }));

// BigInt element types print their elements as BigInt literals.
console.log(new BigInt64Array([1n, -2n]));
console.log(new BigUint64Array([0n, 18446744073709551615n]));
console.log(new BigInt64Array(0));
console.log([new BigInt64Array([3n])]);
const bigView = new DataView(new ArrayBuffer(8));
bigView.setBigInt64(0, -5n);
console.log(bigView.getBigInt64(0), bigView.getBigUint64(0));
