// %o shows proxies as Node's showProxy does: Proxy [ target, handler ].
const { proxy: r, revoke } = Proxy.revocable({}, {}); revoke();
console.log('%o', r);
console.log('%o', { r });
console.log('%o', new Proxy(new Proxy({ a: 1 }, { get() {} }), {}));
console.log('%o', new Proxy(function foo() {}, {}));
console.log('%o', { nested: { deeper: { deepest: { p: new Proxy({ x: { y: 1 } }, {}) } } } });
