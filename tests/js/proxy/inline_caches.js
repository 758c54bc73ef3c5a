// Property accesses whose inline caches were warmed on ordinary objects miss on a proxy: the traps run.
const handler = {
    get(target, key) { return 'trap:' + String(key); },
    set(target, key, value) { console.log('set trap', key, value); return true; },
    has(target, key) { console.log('has trap', key); return true; },
};
function read(o) { return o.x; }
function readKeyed(o, k) { return o[k]; }
function write(o) { o.x = 5; }
function writeKeyed(o, k) { o[k] = 6; }
const shaped = { x: 1 };
for (let i = 0; i < 1000; i++) {
    read({ x: i });
    readKeyed([1, 2, 3], 1);
    write({ x: i });
    writeKeyed([1, 2, 3], 1);
}
const proxy = new Proxy(shaped, handler);
console.log(read(proxy), readKeyed(proxy, 1), readKeyed(new Proxy([1, 2, 3], handler), 0));
write(proxy);
writeKeyed(new Proxy([1, 2, 3], handler), 0);
console.log(shaped.x);

// A prototype that becomes a proxy after the caches saw an ordinary one, one and two levels up.
function readY(o) { return o.y; }
const grand = { y: 'grand' };
const parent = Object.create(grand);
const child = Object.create(parent);
for (let i = 0; i < 1000; i++) readY(child);
Object.setPrototypeOf(parent, new Proxy(grand, handler));
console.log(readY(child));
Object.setPrototypeOf(child, new Proxy(parent, handler));
console.log(readY(child));

// Global lookups through a proxy on the global object's prototype chain.
function readGlobal() { return typeof someGlobalName; }
console.log(readGlobal());
Object.setPrototypeOf(globalThis, new Proxy(Object.getPrototypeOf(globalThis), {
    has(target, key) { return key === 'someGlobalName' || Reflect.has(target, key); },
    get(target, key, receiver) { return key === 'someGlobalName' ? 'from the proxy' : Reflect.get(target, key, receiver); },
}));
console.log(readGlobal(), someGlobalName);
