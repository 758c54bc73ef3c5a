// Resizable and transferred buffers: length-tracking views, out-of-bounds views, detached buffers
// (ArrayBuffer.prototype.transfer), and Float16 conversions (round half to even). Expected output checked
// against the spec by hand (Node 20 has neither transfer nor Float16Array).
const buffer = new ArrayBuffer(8, { maxByteLength: 16 });
const tracking = new Uint8Array(buffer);
const fixed = new Uint8Array(buffer, 4, 4);
buffer.resize(12);
console.log(tracking.length, fixed.length, buffer.resizable, buffer.maxByteLength);
buffer.resize(6);
console.log(tracking.length, fixed.length, fixed.byteOffset, fixed.byteLength);
try {
    fixed.fill(1);
} catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
}
const moved = buffer.transfer();
console.log(buffer.detached, buffer.byteLength, moved.byteLength, moved.resizable, tracking.length);
console.log(buffer, tracking);
for (const attempt of [() => tracking.fill(0), () => new Uint8Array(buffer), () => buffer.slice(0), () => tracking.at(0)]) {
    try {
        console.log('no error', attempt());
    } catch (e) {
        console.log(`${e.constructor.name}: ${e.message}`);
    }
}
console.log(tracking[0], 0 in tracking, Object.keys(tracking));
const fixedCopy = moved.transferToFixedLength(2);
console.log(fixedCopy.resizable, fixedCopy.byteLength, moved.detached);
const shared = new SharedArrayBuffer(2, { maxByteLength: 4 });
shared.grow(4);
console.log(shared.growable, shared.byteLength, shared.maxByteLength, new Int8Array(shared).length);
const halves = new Float16Array([1 + 2 ** -11, 1 + 3 * 2 ** -11, 2049, 2051, 65519, 65520, 2 ** -25, 3 * 2 ** -25]);
console.log(Array.from(halves).join(' '));
console.log(Math.f16round(5e-8), Math.f16round(-65504.5), Float16Array.BYTES_PER_ELEMENT);
const view = new DataView(new ArrayBuffer(4));
view.setFloat16(0, 1.5);
view.setFloat16(2, -2, true);
console.log(view.getUint16(0).toString(16), view.getFloat16(2, true), view.getFloat16(0));
