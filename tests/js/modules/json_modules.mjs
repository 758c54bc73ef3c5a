// JSON modules and import attributes: `with { type: 'json' }` makes a .json file a module whose default
// export is the parsed value; every import of the same file and type shares one module record.
import data from './fixtures/data_FIXTURE.json' with { type: 'json' };
import { default as again } from './fixtures/data_FIXTURE.json' with { type: "json", };
import * as namespace from './fixtures/data_FIXTURE.json' with { 'type': 'json' };
import array from './fixtures/array_FIXTURE.json' with { type: 'json' };
import text from './fixtures/string_FIXTURE.json' with { type: 'json' };
import * as reexports from './fixtures/json_reexport_FIXTURE.mjs';

console.log(data);
console.log(Object.getPrototypeOf(data) === Object.prototype, Object.keys(data));
console.log(array, text);
console.log(data === again, namespace.default === data, Object.keys(namespace));
console.log(String(namespace[Symbol.toStringTag]), Object.isFrozen(data));
console.log(reexports.data === data, reexports.arrayNamespace.default === array);
data.added = 'mutable';

const dynamic = await import('./fixtures/data_FIXTURE.json', { with: { type: 'json' } });
console.log(dynamic === namespace, dynamic.default.added);

const here = import.meta.url.slice(0, import.meta.url.lastIndexOf('/') + 1);
const describe = (error) => `${error.constructor.name}: ${error.message.replaceAll(here, './')}`;
const attempt = async (label, load, show = describe) => console.log(label, await load().then(() => 'loaded', show));
const name = (error) => error.constructor.name; // V8 still words these messages with "assertion"
await attempt('no type:', () => import('./fixtures/data_FIXTURE.json'));
await attempt('no type (static):', () => import('./fixtures/json_no_type_FIXTURE.mjs'));
await attempt('not JSON:', () => import('./fixtures/counter_FIXTURE.mjs', { with: { type: 'json' } }));
await attempt('unknown type:', () => import('./fixtures/data_FIXTURE.json', { with: { type: 'css' } }));
await attempt('duplicate key:', () => import('./fixtures/dup_attribute_FIXTURE.mjs'), name);
await attempt('options not an object:', () => import('./fixtures/data_FIXTURE.json', 'json'));
await attempt('with not an object:', () => import('./fixtures/data_FIXTURE.json', { with: 'json' }), name);
await attempt('value not a string:', () => import('./fixtures/data_FIXTURE.json', { with: { type: 1 } }), name);
const bad = await import('./fixtures/bad_json_FIXTURE.json', { with: { type: 'json' } }).catch((e) => e);
console.log('invalid JSON:', bad.constructor.name);
