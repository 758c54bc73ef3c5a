// A proxy whose target is a proxy, 100,000 deep: every trap path either completes or throws a RangeError
// (Maximum call stack size exceeded), never overflows the native stack.
let deep = function () {};
for (let i = 0; i < 100000; i++) deep = new Proxy(deep, {});
const operations = {
    get: () => deep.x,
    set: () => { deep.x = 1; },
    has: () => 'x' in deep,
    delete: () => delete deep.x,
    keys: () => Object.keys(deep),
    getPrototypeOf: () => Object.getPrototypeOf(deep),
    setPrototypeOf: () => Object.setPrototypeOf(deep, null),
    isExtensible: () => Object.isExtensible(deep),
    preventExtensions: () => Object.preventExtensions(deep),
    getOwnPropertyDescriptor: () => Object.getOwnPropertyDescriptor(deep, 'x'),
    defineProperty: () => Object.defineProperty(deep, 'x', { value: 1 }),
    call: () => deep(),
    construct: () => new deep(),
    isArray: () => Array.isArray(deep),
    instanceof: () => ({}) instanceof deep,
    forIn: () => { for (const k in deep); },
};
for (const [name, operation] of Object.entries(operations)) {
    try {
        operation();
        console.log(name, 'ok');
    } catch (e) {
        console.log(name, e instanceof RangeError && e.message === 'Maximum call stack size exceeded' ? 'ok' : e);
    }
}
console.log(typeof deep);
