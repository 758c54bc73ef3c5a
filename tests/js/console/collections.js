// Map, Set, WeakMap and WeakSet.
console.log(new Map([['a', 1]]), new Set([1, 2]));
console.log(new Map(), new Set());
console.log(new Map([[{ a: 1 }, [1, 2]], ['k', new Set(['v'])]]));
console.log({ m: new Map([[1, new Map([[2, new Map([[3, 4]])]])]]) });
console.log(new Set(Array.from({ length: 120 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 102 }, (_, i) => [i, i])).size);
console.log(new Map(Array.from({ length: 3 }, (_, i) => [i, { a: i }])));
console.log(new Set(['a long string value number one', 'a long string value number two', 'three']));
const withProperty = new Map([[1, 2]]);
withProperty.extra = true;
console.log(withProperty);
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]));
class MySet extends Set {}
console.log(new MySet());
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null));
console.log(Object.setPrototypeOf(new Set([1]), null));
const selfMap = new Map();
selfMap.set('self', selfMap);
console.log(selfMap);
console.log(new WeakMap(), new WeakSet());
console.log([new WeakMap([[{}, 1]])]);
console.log(new Map([[NaN, -0], [-0, NaN]]));
