// Measures property access through a Proxy whose handler has no traps: 3,000,000 reads of a named
// property and 1,000,000 reads of an element, each forwarded to the target, then prints the sums.
const target = { x: 1, items: [1, 2, 3] };
const proxy = new Proxy(target, {});
let sum = 0;
for (let i = 0; i < 3000000; i++)
    sum += proxy.x;
const arrayProxy = new Proxy([1, 2, 3, 4], {});
let elements = 0;
for (let i = 0; i < 1000000; i++)
    elements += arrayProxy[i & 3];
console.log(sum, elements);
