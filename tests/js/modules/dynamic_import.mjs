// import(): the same instance as static imports, errors while loading, linking and evaluating.
import * as counter from './fixtures/counter_FIXTURE.mjs';

const loaded = await import('./fixtures/counter_FIXTURE.mjs');
console.log(loaded === counter, loaded.label);
const name = (error) => error.constructor.name;
console.log('missing file:', await import('./fixtures/no_such_file.mjs').catch(name));
console.log('syntax error:', await import('./fixtures/bad_syntax_FIXTURE.mjs').catch(name));
console.log('missing export:', await import('./fixtures/missing_export_FIXTURE.mjs').catch(name));
const first = await import('./fixtures/throws_FIXTURE.mjs').catch((error) => error);
const second = await import('./fixtures/throws_FIXTURE.mjs').catch((error) => error);
console.log('evaluation error:', name(first), first.message, first === second, globalThis.throwsEvaluations);
console.log('specifier ToString:', (await import({ toString: () => './fixtures/counter_FIXTURE.mjs' })) === counter);
const order = [];
const pending = import('./fixtures/counter_FIXTURE.mjs').then(() => order.push('import'));
Promise.resolve().then(() => order.push('tick 1')).then(() => order.push('tick 2'));
await pending;
console.log(order.includes('import'), typeof pending.then);
console.log('bad options:', await import('./fixtures/counter_FIXTURE.mjs', 1).catch(name));
