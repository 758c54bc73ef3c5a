// Tick counts of the Promise.prototype methods against a plain chain: finally waits for the promise of
// onFinally's result, catch is then(undefined, f), combinators settle after their elements' reactions.
const log = [];
const tick = n => Promise.resolve().then(() => log.push('tick ' + n));
Promise.resolve('v').finally(() => log.push('onFinally')).then(v => log.push('after finally: ' + v));
Promise.reject('r').catch(e => log.push('catch ' + e));
Promise.all([1, Promise.resolve(2)]).then(v => log.push('all ' + v));
Promise.race([Promise.resolve('race'), 2]).then(v => log.push(v));
Promise.allSettled([1]).then(() => log.push('allSettled'));
Promise.any([Promise.reject(1), Promise.resolve('any')]).then(v => log.push(v));
let chain = Promise.resolve();
for (let i = 1; i <= 6; i++) chain = chain.then(() => log.push('tick ' + i));
setTimeout(() => console.log(log.join('\n')));
