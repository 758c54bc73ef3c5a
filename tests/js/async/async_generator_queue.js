// Async generator request queue: several next()/return()/throw() calls before the first settles, in
// every state, and for await over sync iterables holding promises.
const log = [];
async function* g() {
  try {
    log.push('start');
    const a = yield 1;
    log.push('got ' + a);
    const b = yield Promise.resolve(2);
    log.push('got ' + b);
    yield 3;
  } finally {
    log.push('finally');
    await null;
    log.push('finally after await');
  }
}
const it = g();
const show = (label) => (r) => log.push(label + ' ' + JSON.stringify(r));
const fail = (label) => (e) => log.push(label + ' rejected ' + e);
it.next('ignored').then(show('n1'), fail('n1'));
it.next('A').then(show('n2'), fail('n2'));
it.return('R').then(show('r1'), fail('r1'));
it.next().then(show('n3'), fail('n3'));
it.throw(new Error('late')).then(show('t1'), fail('t1'));

const fresh = g();
fresh.return('early').then(show('fresh return'), fail('fresh return'));
fresh.next().then(show('fresh next'), fail('fresh next'));
const fresh2 = g();
fresh2.throw('boom').then(show('fresh2 throw'), fail('fresh2 throw'));

async function forAwait() {
  for await (const v of [1, Promise.resolve(2), 3]) log.push('for await ' + v);
  async function* inner() { try { yield 'a'; yield 'b'; } finally { log.push('inner finally'); } }
  for await (const v of inner()) { log.push('break at ' + v); break; }
  async function* delegating() { const r = yield* inner(); log.push('delegated ' + r); yield* [Promise.resolve('s1'), 's2']; }
  for await (const v of delegating()) log.push('delegating ' + v);
}
forAwait().then(() => setTimeout(() => console.log(log.join('\n')), 0));
