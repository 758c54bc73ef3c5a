// Module namespace objects: keys, descriptors, and the exotic [[DefineOwnProperty]], [[Set]], [[Delete]].
'use strict';
import * as hub from './fixtures/star_hub_FIXTURE.mjs';
import { two } from './fixtures/star_hub_FIXTURE.mjs';

console.log(Reflect.ownKeys(hub));
console.log('shared' in hub, hub.shared, hub.onlyOne, hub.onlyTwo, hub.renamed, hub['string name']);
console.log(hub.two === two, two.onlyTwo, Object.keys(two));
console.log(Object.prototype.toString.call(hub), Object.getPrototypeOf(hub));
console.log(Object.isExtensible(hub), Object.isFrozen(hub), Object.isSealed(hub));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(hub, 'alpha')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(hub, Symbol.toStringTag)));
console.log(Reflect.set(hub, 'alpha', 'b'), Reflect.set(hub, 'missing', 1));
console.log(Reflect.defineProperty(hub, 'alpha', { value: 'a' }), Reflect.defineProperty(hub, 'alpha', { value: 'b' }));
console.log(Reflect.defineProperty(hub, 'alpha', { enumerable: false }), Reflect.defineProperty(hub, 'nope', { value: 1 }));
console.log(Reflect.deleteProperty(hub, 'alpha'), Reflect.deleteProperty(hub, 'missing'));
console.log(Reflect.setPrototypeOf(hub, null), Reflect.setPrototypeOf(hub, {}), Reflect.preventExtensions(hub));
for (const attempt of [() => { hub.alpha = 1; }, () => { delete hub.alpha; }, () => Object.defineProperty(hub, 'x', { value: 1 })]) {
    try {
        attempt();
    } catch (error) {
        console.log(error.constructor.name);
    }
}
const copy = {};
for (const key in hub) copy[key] = hub[key];
console.log(JSON.stringify(copy));
