// Resolving with a promise costs two extra ticks (NewPromiseResolveThenableJob + the reaction), so an
// async function returning a promise settles later than one returning a value; Promise.resolve(p) of a
// native promise returns p itself.
const log = [];
async function returnsPromise() { return Promise.resolve('returned promise'); }
async function returnsValue() { return 'returned value'; }
async function awaitsThenReturns() { return await Promise.resolve('awaited then returned'); }
returnsPromise().then(v => log.push(v));
returnsValue().then(v => log.push(v));
awaitsThenReturns().then(v => log.push(v));
new Promise(resolve => resolve(Promise.resolve('resolve(promise)'))).then(v => log.push(v));
Promise.resolve(Promise.resolve('Promise.resolve(promise)')).then(v => log.push(v));
Promise.resolve()
  .then(() => log.push('tick 1'))
  .then(() => log.push('tick 2'))
  .then(() => log.push('tick 3'))
  .then(() => log.push('tick 4'));
setTimeout(() => console.log(log.join('\n')));
