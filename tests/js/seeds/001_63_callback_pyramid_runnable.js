// Runnable variant of seed 001's callback example: prepends stubs of step1..step4 (callback style,
// through setTimeout), which the seed does not define.
function step1(callback) { setTimeout(function () { console.log('step1'); callback(1); }, 0); }
function step2(value, callback) { setTimeout(function () { console.log('step2', value); callback(value + 1); }, 0); }
function step3(value, callback) { setTimeout(function () { console.log('step3', value); callback(value + 1); }, 0); }
function step4(value, callback) { setTimeout(function () { console.log('step4', value); callback(value + 1); }, 0); }

step1(function (value1) {
  step2(value1, function(value2) {
    step3(value2, function(value3) {
      step4(value3, function(value4) {
        // Do something with value4
      });
    });
  });
});
