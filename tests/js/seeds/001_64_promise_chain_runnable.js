// Runnable variant of seed 001's Promise-chain example: prepends stubs of step1..step4 and of the
// non-standard Promise.prototype.done (a no-op here), which the seed does not define.
function step1(value) { console.log('step1', typeof value); return 1; }
function step2(value) { console.log('step2', typeof value); return 2; }
function step3(value) { console.log('step3', typeof value); return 3; }
function step4(value) { console.log('step4', typeof value); return 4; }
Promise.prototype.done = function () {};

Promise.resolve(step1)
  .then(step2)
  .then(step3)
  .then(step4)
  .then(function (value4) {
    // Do something with value4
  }, function (error) {
    // Handle any error from step1 through step4
  })
  .done();
