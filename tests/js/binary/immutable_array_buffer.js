// Immutable ArrayBuffers (proposal-immutable-arraybuffer): transferToImmutable, sliceToImmutable and the
// write paths that must refuse them. Node 20 lacks the proposal; the expectation follows the proposal.
const source = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;
const frozen = source.transferToImmutable();
console.log(source.detached, frozen.immutable, frozen.byteLength, frozen.resizable);
const bytes = new Uint8Array(frozen);
console.log(Array.from(bytes).join());

function attempt(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name);
  }
}
attempt('sloppy store', () => { bytes[0] = 9; });
attempt('strict store', () => { 'use strict'; bytes[0] = 9; });
attempt('fill', () => bytes.fill(0));
attempt('set', () => bytes.set([1]));
attempt('reverse', () => bytes.reverse());
attempt('sort', () => bytes.sort());
attempt('copyWithin', () => bytes.copyWithin(0, 1));
attempt('DataView set', () => new DataView(frozen).setInt8(0, 1));
attempt('DataView get', () => new DataView(frozen).getInt8(7));
attempt('transfer', () => frozen.transfer());
attempt('transferToImmutable', () => frozen.transferToImmutable());
attempt('resize', () => frozen.resize(0));
attempt('defineProperty same value', () => Object.defineProperty(bytes, 0, { value: 1 }));
attempt('defineProperty other value', () => Object.defineProperty(bytes, 0, { value: 2 }));
console.log(Array.from(bytes).join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(bytes, 1)));
console.log(Object.isFrozen(Object.freeze(bytes)));
console.log(bytes.map((x) => x * 2).join(), bytes.slice(2, 4).join(), bytes.subarray(6).join());

const slice = new Uint8Array([10, 20, 30, 40]).buffer.sliceToImmutable(1, -1);
console.log(slice.immutable, Array.from(new Uint8Array(slice)).join());
const longer = new Uint8Array([1, 2]).buffer.transferToImmutable(4);
console.log(Array.from(new Uint8Array(longer)).join());
console.log(new ArrayBuffer(2).immutable, Object.getOwnPropertyNames(ArrayBuffer.prototype).filter((n) => /mmut/.test(n)).join());
