// Job ordering across every source: promise reactions, await of native promises and thenables,
// queueMicrotask, process.nextTick, timers and setImmediate.
const log = [];
const out = (s) => log.push(s);

setTimeout(() => {
  out('timeout 0');
  // Inside a timer callback the check phase comes before the next timers phase.
  setTimeout(() => out('timeout from timeout'), 0);
  setImmediate(() => out('immediate from timeout'));
}, 0);
process.nextTick(() => out('nextTick 1'));
queueMicrotask(() => out('microtask 1'));
Promise.resolve().then(() => out('then 1')).then(() => out('then 2')).then(() => out('then 3'));

async function awaitsNative() {
  out('native: start');
  await Promise.resolve();
  out('native: after 1 tick');
  await null;
  out('native: after await null');
}
async function awaitsThenable() {
  out('thenable: start');
  await { then(resolve) { out('thenable: then called'); resolve(); } };
  out('thenable: after');
}
awaitsNative();
awaitsThenable();
process.nextTick(() => {
  out('nextTick 2');
  Promise.resolve().then(() => out('then from nextTick'));
  process.nextTick(() => out('nested nextTick'));
});
queueMicrotask(() => {
  out('microtask 2');
  process.nextTick(() => out('nextTick from microtask'));
});
setTimeout(() => {
  out('timeout 1');
  Promise.resolve().then(() => out('then in timeout 1'));
  process.nextTick(() => out('nextTick in timeout 1'));
}, 1);
setTimeout(() => {
  out('timeout 2');
  for (const line of log) console.log(line);
}, 20);
out('sync end');
