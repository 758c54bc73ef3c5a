// A cycle: b runs first, sees a's hoisted function but a's const in its TDZ; later reads see the value.
import { fromA } from './fixtures/cycle_a_FIXTURE.mjs';
import { readA } from './fixtures/cycle_b_FIXTURE.mjs';
import * as self from './cycles.mjs';

console.log('main', fromA, readA());
console.log(Reflect.ownKeys(self));
try {
    self.selfValue;
} catch (error) {
    console.log(error.name);
}
export const selfValue = 'self';
console.log(self.selfValue);
