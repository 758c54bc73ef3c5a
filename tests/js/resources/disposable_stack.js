// DisposableStack and SuppressedError.
const log = [];
const stack = new DisposableStack();
console.log(stack.disposed, Object.prototype.toString.call(stack));
const resource = { [Symbol.dispose]() { log.push('use'); } };
console.log(stack.use(resource) === resource, stack.use(null), stack.use(undefined));
console.log(stack.adopt(7, (value) => log.push(`adopt ${value}`)));
console.log(stack.defer(() => log.push('defer')));
const moved = stack.move();
console.log(stack.disposed, moved.disposed, moved instanceof DisposableStack);
console.log(stack.dispose(), log.length);
moved[Symbol.dispose]();
console.log(log.join(', '), moved.disposed);
moved.dispose();
console.log(DisposableStack.prototype[Symbol.dispose] === DisposableStack.prototype.dispose);

const attempt = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
};
attempt(() => DisposableStack());
attempt(() => moved.use(resource));
attempt(() => moved.defer(() => {}));
attempt(() => moved.move());
attempt(() => new DisposableStack().use(1));
attempt(() => new DisposableStack().use({}));
attempt(() => new DisposableStack().defer(1));
attempt(() => new DisposableStack().adopt(1, 2));
attempt(() => DisposableStack.prototype.dispose.call({}));

// Errors while disposing: the last one wins, earlier ones are suppressed.
const failing = new DisposableStack();
failing.defer(() => { throw new Error('first registered'); });
failing.defer(() => { throw new Error('second registered'); });
try {
  failing.dispose();
} catch (e) {
  console.log(e.constructor.name, e.error.message, '/', e.suppressed.message);
}

const suppressed = new SuppressedError(new Error('e'), 'ignored', 'message');
console.log(suppressed.message, suppressed.error.message, suppressed.suppressed, suppressed.name);
console.log(Object.keys(suppressed), suppressed instanceof Error, SuppressedError.length);
console.log(Object.getPrototypeOf(SuppressedError) === Error, SuppressedError('a', 'b') instanceof SuppressedError);
console.log('message' in new SuppressedError(1, 2), Object.hasOwn(new SuppressedError(1, 2), 'message'));
console.log(String(new SuppressedError(1, 2, 'text')));

class Subclass extends DisposableStack {}
const sub = new Subclass();
console.log(sub instanceof Subclass, sub.move() instanceof Subclass);
