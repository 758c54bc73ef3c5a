// console.log of module namespace objects as Node shows them: "[Module: null prototype] {", the exports in
// order, bindings not initialized yet as <uninitialized> (here the module's own, read before its
// declarations ran), "{  }" for no exports, and the short form beyond the depth limit.
import * as self from "./inspect_namespace.mjs";
import * as exports from "./fixtures/inspect_exports_FIXTURE.mjs";
import * as empty from "./fixtures/inspect_empty_FIXTURE.mjs";

console.log(self);
console.log({ self }, [self]);
export let late = 1;
export const constant = "c";
export class Later {}
export function early() {}
console.log(self);
console.log(exports);
console.log(empty, [empty]);
console.log({ a: { b: { c: exports } } });
console.log(Object.prototype.toString.call(exports), Object.keys(exports).length);
