// Errors of the binary data built-ins: bad lengths and offsets, detached buffers, wrong receivers.
const attempts = [
    () => new ArrayBuffer(2 ** 53),
    () => new ArrayBuffer(-1),
    () => new ArrayBuffer(10, { maxByteLength: 5 }),
    () => ArrayBuffer(),
    () => new ArrayBuffer(8).resize(1),
    () => new ArrayBuffer(8, { maxByteLength: 9 }).resize(10),
    () => ArrayBuffer.prototype.slice.call({}),
    () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(1),
    () => new Uint8Array(-1),
    () => new Uint16Array(new ArrayBuffer(3)),
    () => new Uint16Array(new ArrayBuffer(4), 1),
    () => new Uint16Array(new ArrayBuffer(4), 6),
    () => new Uint16Array(new ArrayBuffer(4), 0, 5),
    () => Uint8Array(),
    () => Uint8Array.prototype.fill.call([]),
    () => Object.freeze(new Uint8Array(2)),
    () => new Uint8Array(2).set([1, 2, 3]),
    () => new DataView(1),
    () => new DataView(new ArrayBuffer(2), 3),
    () => new DataView(new ArrayBuffer(2), 1, 3),
    () => new DataView(new ArrayBuffer(2)).getInt32(0),
    () => DataView(),
    () => new Uint8Array(2).toSorted(1),
    () => new Uint8Array(2).with(5, 1),
    () => new Uint8Array(new ArrayBuffer(4), 5),
    () => Uint8Array.from.call(1, []),
    () => new Float64Array(2 ** 40),
    () => new Int8Array(new ArrayBuffer(4, { maxByteLength: 2 ** 33 })),
];
for (const attempt of attempts) {
    try {
        console.log('no error', attempt());
    } catch (e) {
        console.log(`${e.constructor.name}: ${e.message}`);
    }
}
