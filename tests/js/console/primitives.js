// console.log of primitive values, at top level and nested.
console.log(1, -1, 0, -0, 1.5, 1e21, 1e-7, NaN, Infinity, -Infinity);
console.log([0, -0, 0.1 + 0.2, 2 ** 53, -1e-300]);
console.log(true, false, undefined, null);
console.log([true, false, undefined, null]);
console.log(10n, -5n, [123456789012345678901234567890n]);
console.log(Symbol(), Symbol('desc'), Symbol.iterator, Symbol.for('registered'));
console.log([Symbol('in array'), Symbol()]);
console.log('top-level strings are raw', 'with \'quotes\' and\ttabs');
console.log();
console.log('');
console.log(typeof undefined, typeof 1n);
