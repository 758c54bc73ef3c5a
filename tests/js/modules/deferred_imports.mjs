// import defer and source-phase imports (stage-3 proposals Node 20 does not have: this expectation is
// written by hand). A deferred namespace evaluates its module on the first string-keyed access.
import defer * as lazy from './fixtures/lazy_FIXTURE.mjs';
import defer * as failing from './fixtures/lazy_throws_FIXTURE.mjs';

console.log('start');
console.log(Object.prototype.toString.call(lazy), Object.getPrototypeOf(lazy), typeof lazy.then);
console.log('value:', lazy.value);
console.log('value again:', lazy.value, Object.keys(lazy));
for (let i = 0; i < 2; i++) {
  try {
    failing.anything;
  } catch (error) {
    console.log('caught', error.constructor.name, error.message);
  }
}
const dynamic = await import.defer('./fixtures/lazy_FIXTURE.mjs');
console.log(dynamic === lazy);
console.log(typeof dynamic.then, 'then' in dynamic, Reflect.ownKeys(dynamic));
const source = await import.source('./fixtures/lazy_FIXTURE.mjs').catch((error) => error.constructor.name);
console.log('import.source of a JavaScript module:', source);
