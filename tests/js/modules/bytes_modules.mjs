// Bytes modules (the import-bytes proposal; Node 20 does not have them, so this expectation is written by
// hand): `with { type: 'bytes' }` makes any file a module whose default export is a Uint8Array of its bytes,
// over an immutable ArrayBuffer. Importing it again gives the same array.
import bytes from './fixtures/greeting_FIXTURE.txt' with { type: 'bytes' };
import text from './fixtures/greeting_FIXTURE.txt' with { type: 'text' };

// The file's UTF-8 bytes: "café" takes 5 of them.
const utf8 = unescape(encodeURIComponent(text));
console.log(bytes instanceof Uint8Array, bytes.length, text.length, bytes.buffer.immutable);
console.log(String.fromCharCode(...bytes) === utf8, bytes.slice(-4).join());
try {
  bytes[0] = 0;
} catch (error) {
  console.log(error.constructor.name);
}
console.log(bytes[0] === text.charCodeAt(0));
const again = await import('./fixtures/greeting_FIXTURE.txt', { with: { type: 'bytes' } });
console.log(again.default === bytes);
try {
  await import('./fixtures/greeting_FIXTURE.txt', { with: { type: 'bits' } });
} catch (error) {
  console.log(error.constructor.name, error.message);
}
