// Which traps run, in which order, for the language's operations and the built-ins that see a proxy.
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

let proxy = logging({ a: 1, b: 2, [Symbol('s')]: 3 });
run('get', () => proxy.a);
run('set', () => (proxy.c = 3));
run('has', () => 'a' in proxy);
run('delete', () => delete proxy.c);
run('Object.keys', () => Object.keys(proxy).join());
run('Object.entries', () => Object.entries(proxy).length);
run('Object.assign from', () => Object.assign({}, proxy).b);
run('Object.assign to', () => Object.assign(proxy, { z: 1 }).z);
run('spread', () => ({ ...proxy }).a);
run('JSON.stringify', () => JSON.stringify(proxy));
run('getOwnPropertyDescriptors', () => Object.keys(Object.getOwnPropertyDescriptors(proxy)).length);
run('Object.freeze', () => Object.isFrozen(Object.freeze(logging({ q: 1 }))));
run('hasOwnProperty', () => Object.prototype.hasOwnProperty.call(proxy, 'a'));
run('Object.hasOwn', () => Object.hasOwn(proxy, 'zz'));
run('instanceof', () => proxy instanceof Object);
run('getPrototypeOf', () => Object.getPrototypeOf(proxy) === Object.prototype);
run('isExtensible', () => Object.isExtensible(proxy));
run('toString', () => Object.prototype.toString.call(proxy));

proxy = logging([1, 2, 3]);
run('Array.isArray', () => Array.isArray(proxy));
run('array length', () => proxy.length);
run('array spread', () => [...proxy].length);
run('Array.prototype.map', () => Array.prototype.map.call(proxy, (x) => x * 2).join());
run('Array.prototype.push', () => Array.prototype.push.call(proxy, 4));
run('concat', () => [].concat(proxy).length);
run('JSON.stringify array', () => JSON.stringify(proxy));

proxy = logging(function f(a, b) { return this === undefined ? a + b : 'this'; });
run('call', () => proxy(1, 2));
run('method call', () => ({ m: proxy }).m(1, 2));
run('apply', () => proxy.apply(undefined, [3, 4]));
run('bind', () => proxy.bind(null, 5)(6));
run('typeof', () => typeof proxy);

class Base {
    constructor(x) { this.x = x; this.nt = new.target.name; }
}
proxy = logging(Base);
run('new', () => new proxy(7).nt);
run('Reflect.construct', () => Reflect.construct(proxy, [8], Array).nt);
run('extends', () => { class Derived extends proxy {} return new Derived(9).nt; });
run('instanceof callable', () => new Base(1) instanceof proxy);

const prototype = logging({ inherited: 'yes' });
const child = Object.create(prototype);
run('inherited get', () => child.inherited);
run('inherited set', () => { child.fresh = 1; return child.fresh; });
run('inherited in', () => 'missing' in child);
run('super', () => ({ __proto__: prototype, m() { return super.inherited; } }).m());
