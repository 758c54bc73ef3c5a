// Trap order where V8 departs from ECMA-262, so the expectation follows the spec rather than Node:
// for-in (%ForInIteratorPrototype%.next) asks [[GetPrototypeOf]] only after the own keys' descriptors, and
// a `with` binding's GetBindingValue calls HasProperty again before Get (9.1.1.2.6).
const log = [];
function describe(value) {
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'function') return 'function';
    if (value === proxy) return 'proxy';
    if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'array' : 'object';
    return String(value);
}
function logging(target) {
    const handler = {};
    for (const name of Reflect.ownKeys(Reflect)) {
        if (typeof Reflect[name] !== 'function') continue;
        handler[name] = function (...args) {
            log.push(name + (args.length > 1 && name !== 'apply' && name !== 'construct' ? ' ' + describe(args[1]) : ''));
            return Reflect[name](...args);
        };
    }
    return new Proxy(target, handler);
}
function run(title, action) {
    log.length = 0;
    let result;
    try {
        result = action();
    } catch (e) {
        result = e.constructor.name + ': ' + e.message;
    }
    console.log(title.padEnd(28), '|', log.join(', '), '=>', describe(result));
}

let proxy = logging({ a: 1, b: 2 });
run('for-in', () => { const keys = []; for (const k in proxy) keys.push(k); return keys.join(); });
run('with', () => { with (proxy) { return a; } });
const unscopable = logging({ [Symbol.unscopables]: { hidden: true }, hidden: 'no', shown: 'yes' });
var hidden = 'outer';
run('with unscopables', () => { with (unscopable) { return hidden + ' ' + shown; } });
// A key found on a nearer object shadows the same key further up, even when it is not enumerable.
const base = logging({ shadowed: 1, inherited: 2 });
const derived = Object.create(base, { shadowed: { value: 3, enumerable: false } });
run('for-in over a prototype', () => { const keys = []; for (const k in derived) keys.push(k); return keys.join(); });
