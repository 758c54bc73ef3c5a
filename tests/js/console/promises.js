// Promises show their state and result.
console.log(Promise.resolve(1), new Promise(() => {}));
const rejected = Promise.reject(Object.assign(new Error('no'), { stack: 'Error: no\n    at r (x.js:1:1)' }));
rejected.catch(() => {});
console.log(rejected);
console.log({ p: Promise.resolve({ a: [1, 2] }) });
const tagged = Promise.resolve('v');
tagged.extra = 1;
console.log(tagged);
class MyPromise extends Promise {}
console.log(MyPromise.resolve(2));
console.log(Promise.resolve(Promise.resolve(3)));
