// `await using` declarations and AsyncDisposableStack: disposal awaits, falls back to Symbol.dispose, and
// runs on every exit of async functions, async generators and the module's top level.
const log = [];
function asyncResource(name, fail = false) {
  return {
    name,
    async [Symbol.asyncDispose]() {
      log.push(`start ${name}`);
      await null;
      log.push(`end ${name}`);
      if (fail) throw new Error(`dispose ${name} failed`);
    },
  };
}
function syncResource(name) {
  return {
    name,
    [Symbol.dispose]() {
      log.push(`sync ${name}`);
    },
  };
}
function flush(label) {
  console.log(`${label}: ${log.join(', ')}`);
  log.length = 0;
}

async function body() {
  await using a = asyncResource('a');
  await using b = syncResource('b');
  using c = syncResource('c');
  log.push('body');
  return 'result';
}
console.log(await body());
flush('async function');

async function failing() {
  await using a = asyncResource('a', true);
  throw new Error('body failed');
}
try {
  await failing();
} catch (e) {
  console.log(e.constructor.name, e.error.message, '/', e.suppressed.message);
}
flush('errors');

// `await using x = null` still awaits once when the scope ends.
async function nullResource() {
  {
    await using x = null;
    log.push('inside');
  }
  log.push('after block');
}
const pending = nullResource();
log.push('caller continues');
await pending;
flush('null resource');

async function* generator() {
  await using r = asyncResource('generator');
  yield 1;
  yield 2;
}
const g = generator();
console.log((await g.next()).value);
console.log(JSON.stringify(await g.return('done')));
flush('async generator return');

async function* values() {
  yield asyncResource('first');
  yield asyncResource('second');
}
for await (await using r of values()) log.push(`visit ${r.name}`);
flush('for await');

const stack = new AsyncDisposableStack();
stack.use(asyncResource('used'));
stack.use(syncResource('sync used'));
stack.defer(async () => log.push('deferred'));
stack.adopt('value', async (v) => log.push(`adopted ${v}`));
console.log(stack.disposed, Object.prototype.toString.call(stack));
const promise = stack.disposeAsync();
console.log(stack.disposed, promise instanceof Promise);
console.log(await promise, await stack.disposeAsync());
flush('AsyncDisposableStack');

const rejected = await AsyncDisposableStack.prototype.disposeAsync.call({}).catch((e) => e.constructor.name);
console.log(rejected);
console.log(AsyncDisposableStack.prototype[Symbol.asyncDispose] === AsyncDisposableStack.prototype.disposeAsync);

// %AsyncIteratorPrototype%[Symbol.asyncDispose] calls return().
{
  await using it = generator();
  log.push(`first ${(await it.next()).value}`);
}
flush('async iterator dispose');

await using top = asyncResource('module top level');
log.push('module body end');
setTimeout(() => flush('module'));
