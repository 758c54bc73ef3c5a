// Error.prototype.stack is an accessor (proposal-error-stack-accessor): errors carry their stack trace in an
// internal slot, not in an own property. Node 20 still gives errors an own "stack"; this follows the proposal.
const descriptor = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
console.log(typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable);
function thrower() {
  return new TypeError('bad');
}
const error = thrower();
console.log(Object.getOwnPropertyNames(error).join(), Object.hasOwn(error, 'stack'));
console.log(error.stack.split('\n').slice(0, 2).join(' | '));
console.log(Error.prototype.stack, descriptor.get.call({}), descriptor.get.call(Object.create(error)));
try {
  descriptor.get.call(1);
} catch (e) {
  console.log(e.constructor.name);
}
error.stack = 'replaced';
console.log(error.stack, JSON.stringify(Object.getOwnPropertyDescriptor(error, 'stack')));
console.log(descriptor.get.call(error).startsWith('TypeError: bad'));
for (const [label, receiver, value] of [
  ['number', error, 1],
  ['prototype', Error.prototype, 's'],
  ['primitive', 'str', 's'],
]) {
  try {
    descriptor.set.call(receiver, value);
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name);
  }
}
const plain = {};
descriptor.set.call(plain, 'own');
console.log(plain.stack);
Error.captureStackTrace(plain);
console.log(plain.stack.split('\n')[0]);
class MyError extends Error {}
console.log(new MyError('sub').stack.split('\n')[0], new AggregateError([], 'agg').stack.split('\n')[0]);
