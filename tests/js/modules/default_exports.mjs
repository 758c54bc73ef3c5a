// Every form of `export default`, and the names anonymous defaults get.
import anonymousFunction from './fixtures/defaults_function_FIXTURE.mjs';
import namedFunction from './fixtures/defaults_named_function_FIXTURE.mjs';
import AnonymousClass from './fixtures/defaults_class_FIXTURE.mjs';
import arrow from './fixtures/defaults_arrow_FIXTURE.mjs';
import value, { value as live } from './fixtures/defaults_value_FIXTURE.mjs';
import asyncFunction from './fixtures/defaults_async_FIXTURE.mjs';
import * as valueNamespace from './fixtures/defaults_value_FIXTURE.mjs';

console.log(anonymousFunction.name, anonymousFunction());
console.log(namedFunction.name, namedFunction());
console.log(AnonymousClass.name, new AnonymousClass().greet());
console.log(arrow.name, arrow());
console.log(value, live, valueNamespace.default);
console.log(asyncFunction.name, await asyncFunction());
