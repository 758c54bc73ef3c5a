// The Promise constructor and its statics (all, allSettled, any, race, resolve, reject), then/catch/finally
// semantics, thenables, self-resolution, subclassing.
const later = (value, ms) => new Promise(resolve => setTimeout(() => resolve(value), ms));
const failLater = (reason, ms) => new Promise((_, reject) => setTimeout(() => reject(reason), ms));
Promise.all([later(1, 20), 2, later(3, 10)]).then(v => console.log('all', v));
Promise.all([later(1, 20), failLater('bad', 5)]).catch(e => console.log('all rejected', e));
Promise.all([]).then(v => console.log('all of nothing', v));
Promise.allSettled([later(1, 5), failLater('no', 1), 3]).then(v => console.log('allSettled', JSON.stringify(v)));
Promise.any([failLater(1, 5), later('first fulfilled', 10), later('second', 15)]).then(v => console.log('any', v));
Promise.any([failLater(1, 5), failLater(2, 1)])
  .catch(e => console.log('any', e.constructor.name, e.message, e.errors));
Promise.any([]).catch(e => console.log('any of nothing', e.errors));
Promise.race([later('slow', 30), later('fast', 5)]).then(v => console.log('race', v));
Promise.reject(new Error('x')).catch(e => console.log('catch', e.message)).finally(() => console.log('finally'));
Promise.resolve(7).finally(() => 'ignored').then(v => console.log('finally passes the value on', v));
Promise.reject('reason').finally(() => {}).catch(e => console.log('finally passes the reason on', e));
Promise.resolve(1).finally(() => { throw 'thrown in finally'; }).catch(e => console.log(e));
Promise.resolve(1).then(2).then(v => console.log('a non-callable handler passes through', v));
const native = Promise.resolve(1);
console.log(Promise.resolve(native) === native, Object.prototype.toString.call(native));
class MyPromise extends Promise {}
const derived = MyPromise.resolve(1).then(x => x);
console.log(derived instanceof MyPromise, derived.constructor.name);
console.log(Promise.name, Promise.length, Promise.all.length, Promise.prototype.then.length);
new Promise((resolve, reject) => { resolve('first'); reject('ignored'); resolve('ignored'); })
  .then(v => console.log('settles once:', v));
new Promise(() => { throw new Error('the executor threw'); }).catch(e => console.log(e.message));
let resolveSelf;
const self = new Promise(resolve => { resolveSelf = resolve; });
resolveSelf(self);
self.catch(e => console.log(e.constructor.name, e.message));
const thenable = { then(resolve) { console.log('thenable.then called'); resolve('from a thenable'); } };
Promise.resolve(thenable).then(v => console.log(v));
const errors = [() => new Promise(1), () => Promise(() => {}), () => Promise.prototype.then.call({}),
                () => Promise.resolve.call(1)];
for (const f of errors) {
  try { f(); } catch (e) { console.log(e.constructor.name + ':', e.message); }
}
console.log('synchronous part done');
