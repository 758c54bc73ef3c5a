// `return p` vs `return await p` in async functions, resolving with thenables and promises, and
// async generators' `yield` (which awaits) against plain promise chains.
const log = [];
const p = Promise.resolve('v');

async function returnPromise() { return p; }
async function returnAwait() { return await p; }
async function returnValue() { return 'plain'; }
async function returnThenable() { return { then(r) { r('thenable'); } }; }
async function* gen() { yield p; yield 'x'; return p; }

returnPromise().then(() => log.push('return p'));
returnAwait().then(() => log.push('return await p'));
returnValue().then(() => log.push('return value'));
returnThenable().then(() => log.push('return thenable'));
new Promise((r) => r(p)).then(() => log.push('resolve(promise)'));
Promise.resolve(p).then(() => log.push('Promise.resolve(promise)'));
const it = gen();
it.next().then((r) => log.push('gen 1 ' + r.value));
it.next().then((r) => log.push('gen 2 ' + r.value));
it.next().then((r) => log.push('gen 3 ' + r.value + ' ' + r.done));
it.next().then((r) => log.push('gen 4 ' + r.done));
let chain = Promise.resolve();
for (let i = 1; i <= 8; i++) chain = chain.then(() => log.push('tick ' + i));
chain.then(() => console.log(log.join('\n')));
