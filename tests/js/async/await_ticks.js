// Job ordering of await: a native promise takes one tick, a non-promise value one tick, and a thenable
// two (a NewPromiseResolveThenableJob, then the reaction). Interleaved with a plain promise chain.
const log = [];
async function awaitPromise() {
  log.push('promise: start');
  await Promise.resolve();
  log.push('promise: resumed');
}
async function awaitThenable() {
  log.push('thenable: start');
  await { then(resolve) { log.push('thenable: then called'); resolve(); } };
  log.push('thenable: resumed');
}
async function awaitValue() {
  log.push('value: start');
  await 1;
  log.push('value: resumed');
  await 2;
  log.push('value: resumed again');
}
awaitPromise();
awaitThenable();
awaitValue();
Promise.resolve()
  .then(() => log.push('chain 1'))
  .then(() => log.push('chain 2'))
  .then(() => log.push('chain 3'))
  .then(() => log.push('chain 4'));
log.push('script end');
setTimeout(() => console.log(log.join('\n')), 0);
