// Named, default and namespace imports; live bindings; import.meta; module-level `this`.
import { count, increment, label, total } from './fixtures/counter_FIXTURE.mjs';
import * as counter from './fixtures/counter_FIXTURE.mjs';
import { count as again } from './fixtures/counter_FIXTURE.mjs';

console.log(count, total, label);
increment();
increment();
console.log(count, total, again, counter.count);
console.log(this === undefined);
console.log(typeof import.meta, Object.getPrototypeOf(import.meta));
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/tests/js/modules/basics.mjs'));
console.log(import.meta === import.meta);
try {
    count = 5;
} catch (error) {
    console.log(error instanceof TypeError);
}
console.log(count);
function readLater() {
    return count;
}
increment();
console.log(readLater());
console.log(eval('count'), eval('typeof counter'), eval('counter.count'));
try {
    eval('new.target');
} catch (error) {
    console.log('new.target in eval at module level:', error.name);
}
