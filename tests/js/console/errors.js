// Errors print their stack (set explicitly here so that the output does not depend on stack formats). An own
// "stack" data property shadows the Error.prototype.stack accessor (whose setter only takes strings).
function withStack(error, stack) {
  Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true });
  return error;
}
console.log(withStack(new Error('boom'), 'Error: boom\n    at f (a.js:1:1)'));
const extra = withStack(new Error('boom'), 'Error: boom\n    at f (a.js:1:1)');
extra.extra = 1;
console.log(extra);
console.log({ err: withStack(new TypeError('bad'), 'TypeError: bad\n    at f (a.js:1:1)') });
console.log(withStack(new Error('nostack'), 'Error: nostack'));
const noStack = new Error('x');
Object.defineProperty(noStack, 'stack', { value: undefined });
console.log(noStack);
class MyError extends Error {}
console.log(withStack(new MyError('m'), 'Error: m\n    at g (b.js:2:2)'));
const renamed = withStack(new MyError('m'), 'Custom: m\n    at g (b.js:2:2)');
renamed.name = 'Custom';
console.log(renamed);
console.log(withStack(new Error('with cause', { cause: 'c' }), 'Error: with cause\n    at h (c.js:3:3)'));
console.log(withStack(new Error('m'), 42));
console.log(Object.setPrototypeOf(withStack(new Error('m'), 'Error: m\n    at g (b.js:2:2)'), null));
console.log(withStack(new RangeError('r'), 'RangeError: r\n    at x (d.js:1:1)'));
console.log(withStack(new Error(''), 'Error\n    at x (d.js:1:1)'));
console.log([withStack(new Error('multi\nline'), 'Error: multi\nline\n    at x (d.js:1:1)')]);
console.log({ a: { b: withStack(new SyntaxError('deep'), 'SyntaxError: deep\n    at y (e.js:5:5)') } });
const named = withStack(new Error('msg'), 'Error: msg\n    at z (f.js:1:1)');
named.name = 'Error';
named.message = 'msg';
console.log(named);
const plain = new Error('plain message');
Object.defineProperty(plain, 'stack', { value: undefined });
plain.code = 'E_CODE';
console.log(plain);
console.log(String(new TypeError('to string')));
const inherited = Object.create(Error.prototype);
console.log(inherited);
