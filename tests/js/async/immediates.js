// setImmediate: immediates run in the check phase in the order they were queued; one queued by an
// immediate waits for the next iteration; each is followed by a checkpoint; clearImmediate cancels.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 4 (queued by immediate 1)'));
  Promise.resolve().then(() => console.log('promise after immediate 1'));
  process.nextTick(() => console.log('tick after immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
const cancelled = setImmediate(() => console.log('never printed'));
clearImmediate(cancelled);
setImmediate(function (a, b) {
  console.log('immediate 3 with arguments', a, b, this === immediate3);
}, 'x', 42);
const immediate3 = setImmediate(() => {
  console.log('immediate created after 3, runs after it');
  clearImmediate(later);
});
const later = setImmediate(() => console.log('cleared by an earlier immediate'));
console.log('hasRef', cancelled.hasRef(), typeof immediate3.unref);
