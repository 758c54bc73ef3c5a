// Node's checkpoint after the main script and after every macrotask: the whole process.nextTick queue
// first, then the microtask queue (promise jobs and queueMicrotask), repeated while either has work.
console.log('script start');
setTimeout(() => {
  console.log('timeout 1');
  process.nextTick(() => console.log('tick in timeout 1'));
  Promise.resolve().then(() => console.log('promise in timeout 1'));
}, 0);
setTimeout(() => console.log('timeout 2'), 0);
setTimeout(() => {
  console.log('timeout 20');
  setImmediate(() => console.log('immediate from timeout 20'));
  setTimeout(() => console.log('timeout from timeout 20'), 0);
}, 20);
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  process.nextTick(() => console.log('tick from tick 1'));
});
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  queueMicrotask(() => console.log('microtask from promise 1'));
});
queueMicrotask(() => console.log('microtask 1'));
process.nextTick((a, b) => console.log('tick 2 with arguments', a, b), 'x', 2);
console.log('script end');
