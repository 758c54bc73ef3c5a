// console.log and util.inspect of proxies print the target without running any trap (as Node does with
// showProxy off); a revoked proxy prints as <Revoked Proxy>.
const throwing = new Proxy({ a: 1, b: [1, 2] }, {
    get() { throw new Error('get trap ran'); },
    ownKeys() { throw new Error('ownKeys trap ran'); },
    getOwnPropertyDescriptor() { throw new Error('getOwnPropertyDescriptor trap ran'); },
    getPrototypeOf() { throw new Error('getPrototypeOf trap ran'); },
    has() { throw new Error('has trap ran'); },
});
console.log(throwing);
console.log([throwing, { nested: throwing }]);
console.log(new Proxy([1, 2, 3], {}));
console.log(new Proxy(function named() {}, {}));
console.log(new Proxy(class Klass {}, {}));
console.log(new Proxy(new Proxy({ deep: true }, {}), {}));
console.log(new Proxy(new Map([[1, 2]]), {}));
const { proxy, revoke } = Proxy.revocable({ x: 1 }, {});
revoke();
console.log(proxy);
console.log({ revoked: proxy });
console.log(typeof new Proxy(function () {}, {}), typeof new Proxy({}, {}));
console.log(String(Object.prototype.toString.call(new Proxy([], {}))));
console.log(Object.prototype.toString.call(new Proxy(function () {}, {})));
console.log(`${Function.prototype.toString.call(new Proxy(function f() {}, {}))}`);
