// Text modules (the import-text proposal; Node 20 does not have them, so this expectation is written by
// hand): `with { type: 'text' }` makes any file a module whose default export is its contents. The same
// file imported with another type is another module.
import greeting from './fixtures/greeting_FIXTURE.txt' with { type: 'text' };
import jsonText from './fixtures/array_FIXTURE.json' with { type: 'text' };
import json from './fixtures/array_FIXTURE.json' with { type: 'json' };
import * as namespace from './fixtures/greeting_FIXTURE.txt' with { type: 'text' };

console.log(JSON.stringify(greeting));
console.log(typeof jsonText, JSON.stringify(jsonText), Array.isArray(json));
console.log(namespace.default === greeting, Object.keys(namespace));
const self = await import('./text_modules.mjs', { with: { type: 'text' } });
console.log(self.default.split('\n')[0]);
const again = await import('./fixtures/greeting_FIXTURE.txt', { with: { type: 'text' } });
console.log(again === namespace);
