// Node's `global` is the global object itself, so bundles that look for it (`typeof global == "object" ?
// global : self`) find the global object; it is writable and configurable like Node's.
console.log(typeof global, global === globalThis, global.global === global);
const root = typeof global == "object" ? global : self;
console.log(root.Math === Math, root.process === process);
console.log("global" in globalThis);
const d = Object.getOwnPropertyDescriptor(globalThis, 'global');
console.log(d.writable, d.configurable, d.value === globalThis);
global = 5;
console.log(globalThis.global);
delete globalThis.global;
console.log(typeof global);
