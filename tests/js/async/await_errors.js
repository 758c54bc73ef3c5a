// try/catch/finally across awaits: a rejection resumes the function with a throw; a throw (also
// before the first await, or in parameter initialisers) rejects the returned promise.
// try/catch/finally across awaits, rejections become throws
const reject = (e, ms = 0) => new Promise((_, r) => setTimeout(() => r(e), ms));
async function f1() {
  try {
    await reject(new Error('boom'));
    console.log('not reached');
  } catch (e) {
    console.log('caught', e.message);
    return 'recovered';
  } finally {
    console.log('finally f1');
    await null;
    console.log('finally after await');
  }
}
f1().then(v => console.log('f1 ->', v));
async function f2() { throw new TypeError('sync throw'); }
const p2 = f2();
console.log('f2 returned a promise:', p2 instanceof Promise);
p2.catch(e => console.log('f2 rejected', e.name, e.message));
async function f3() { await null; null.x; }
f3().catch(e => console.log('f3', e.constructor.name));
async function f4() {
  for (const x of [1, 2, 3]) {
    try {
      if (x === 2) await reject('two');
      console.log('loop', x);
    } catch (e) {
      console.log('loop caught', e);
      continue;
    } finally {
      console.log('loop finally', x);
    }
  }
  return 'done';
}
f4().then(console.log);
async function f5() {
  try { return await reject('r5'); } catch (e) { return 'caught ' + e; }
}
f5().then(console.log);
async function f6() {
  try { return reject('r6'); } catch (e) { return 'never'; }
}
f6().catch(e => console.log('f6 rejected with', e));
async function nested() {
  try {
    try { await reject('inner'); } finally { console.log('inner finally'); }
  } catch (e) { console.log('outer caught', e); throw 'rethrown'; }
}
nested().catch(e => console.log('nested ->', e));
async function param(x = (() => { throw 'param error'; })()) {}
param().catch(e => console.log('param ->', e));
