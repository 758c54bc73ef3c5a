// Uint8Array base64 / hex: encoding, decoding options, partial writes, and errors (by constructor name).
const show = (u8) => '[' + Array.from(u8).join(',') + ']';
const attempt = (label, f) => {
    try {
        const value = f();
        console.log(label, typeof value === 'object' && value instanceof Uint8Array ? show(value) : JSON.stringify(value));
    } catch (e) {
        console.log(label, e.constructor.name);
    }
};

const hello = new Uint8Array([72, 101, 108, 108, 111]);
console.log(hello.toBase64(), hello.toHex());
console.log(new Uint8Array([251, 255]).toBase64(), new Uint8Array([251, 255]).toBase64({ alphabet: 'base64url' }));
console.log(new Uint8Array([251, 255]).toBase64({ alphabet: 'base64url', omitPadding: true }));
console.log(JSON.stringify(new Uint8Array(0).toBase64()), JSON.stringify(new Uint8Array(0).toHex()));
console.log(new Uint8Array([0, 15, 16, 255]).toHex());

attempt('fromBase64', () => Uint8Array.fromBase64('SGVsbG8='));
attempt('whitespace', () => Uint8Array.fromBase64(' SG Vs\nbG\t8 = '));
attempt('loose partial', () => Uint8Array.fromBase64('SGVsbG8'));
attempt('strict partial', () => Uint8Array.fromBase64('SGVsbG8', { lastChunkHandling: 'strict' }));
attempt('strict extra bits', () => Uint8Array.fromBase64('SGVsbG9=', { lastChunkHandling: 'strict' }));
attempt('loose extra bits', () => Uint8Array.fromBase64('SGVsbG9='));
attempt('stop-before-partial', () => Uint8Array.fromBase64('SGVsbG8', { lastChunkHandling: 'stop-before-partial' }));
attempt('single char', () => Uint8Array.fromBase64('SGVsb'));
attempt('url', () => Uint8Array.fromBase64('-_8', { alphabet: 'base64url' }));
attempt('url rejects +', () => Uint8Array.fromBase64('+/8', { alphabet: 'base64url' }));
attempt('bad alphabet', () => Uint8Array.fromBase64('AA', { alphabet: 'hex' }));
attempt('not a string', () => Uint8Array.fromBase64(42));
attempt('bad options', () => Uint8Array.fromBase64('AA', 1));
attempt('trailing data', () => Uint8Array.fromBase64('AA==AA'));
attempt('fromHex', () => Uint8Array.fromHex('00ff7Fa0'));
attempt('odd hex', () => Uint8Array.fromHex('abc'));
attempt('bad hex', () => Uint8Array.fromHex('zz'));

const target = new Uint8Array(4);
attempt('setFromBase64', () => target.setFromBase64('SGVsbG8='));
console.log(show(target));
const target2 = new Uint8Array(8);
attempt('setFromBase64 error', () => target2.setFromBase64('AQID BAUG !!'));
console.log(show(target2));
attempt('setFromHex', () => new Uint8Array(2).setFromHex('0102030405'));
const target3 = new Uint8Array(4);
attempt('setFromHex error', () => target3.setFromHex('0a0bzz'));
console.log(show(target3));
attempt('wrong receiver', () => Uint8Array.prototype.toHex.call(new Int8Array(1)));

const order = [];
const detached = new Uint8Array(new ArrayBuffer(4));
attempt('detached after options', () => detached.toBase64({
    get alphabet() { order.push('alphabet'); detached.buffer.transfer(); return 'base64'; },
    get omitPadding() { order.push('omitPadding'); return false; },
}));
console.log(order.join(' '));
console.log(Uint8Array.fromBase64.length, Uint8Array.prototype.setFromBase64.length, Uint8Array.prototype.toBase64.length);
