// How console.log and util-style inspection print BigInts.
console.log(10n);
console.log(-2n, 0n, 2n ** 80n);
console.log([1n, -2n]);
console.log({ a: 1n, b: [2n, { c: -3n }] });
console.log(Object(10n), [Object(-1n)]);
console.log(new Map([[1n, 2n]]), new Set([3n]));
console.log("%d %i %s", 42n, -7n, 5n);
console.log("%o %O", 1n, 2n);
console.log([1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n, 88888888n, 999999999n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 11n, 12n, 13n, 14n, 15n, 16n, 17n, 18n, 19n, 20n, 21n, 22n, 23n, 24n, 25n, 26n, 27n]);
console.log(String(2n ** 200n));
