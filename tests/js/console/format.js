// console.log's format string placeholders.
console.log('%s|%s|%s|%s|%s|%s', 1, -0, 5n, Symbol('x'), undefined, null);
console.log('%s', { a: { b: { c: 1 } } }, 'rest');
console.log('%s', [1, [2, [3]]]);
class WithToString {
  toString() {
    return 'custom';
  }
}
console.log('%s', new WithToString());
class Plain {}
console.log('%s', new Plain());
console.log('%s', function f() {});
console.log('%s', Object.create(null));
console.log('%d %d %d %d %d', '42', 1.5, 3n, Symbol('a'), {});
console.log('%i %i %i %i', '42.9x', -1.5, 7n, '0x1A');
console.log('%f %f %f', '3.25abc', Symbol(), '-.5e1');
console.log('%j', { a: [1, 'x'] });
const circular = {};
circular.c = circular;
console.log('%j', circular);
console.log('%j', undefined);
console.log('%j', { toJSON() { return 'tj'; } });
console.log('%O', { a: { b: { c: { d: {} } } } });
console.log('%o', [1, 2]);
console.log('%o', 'str');
console.log('%c styled', 'color: red');
console.log('100%% sure', 'x');
console.log('%x %s', 1);
console.log('%s');
console.log('a', 'b', 1, { x: 1 }, 'c');
console.log('%s:%s', 'a');
console.log('%', 1);
console.log('abc%', 1);
console.log('%%', 1);
console.log('%%');
console.log('%s', 'a', 'b');
console.log('%d', '');
console.log('%i', 'abc');
console.log(5, 'five', '%s');
console.log('%s %s', 'only one');
console.log('%s', 'x'.repeat(3), { toString() { return 'own'; } });
console.log('%s', [1, 2, 3].map(String));
console.log('%s', new Error('in %s').message);
