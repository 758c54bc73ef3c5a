// exit: 1
// A promise still rejected without a handler once the microtasks have drained ends the program (status
// 1) before any timer runs; stderr reports it as "Uncaught (in promise)".
console.log('before');
Promise.reject(new RangeError('nobody catches this'));
Promise.resolve().then(() => console.log('microtasks still run'));
setTimeout(() => console.log('timers do not'), 0);
