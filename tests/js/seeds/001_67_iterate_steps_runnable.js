// Runnable variant of seed 001's iterateSteps example: prepends stubs of step1Func..step3Func, which the
// seed does not define.
function step1Func() { console.log('running step 1'); return { id: 1 }; }
function step2Func() { console.log('running step 2'); return { id: 2 }; }
function step3Func() { console.log('running step 3'); return { id: 3 }; }

let steps = [step1Func, step2Func, step3Func];

function* iterateSteps(steps){
  for (var i=0; i< steps.length; i++){
    var step = steps[i];
    yield step();
  }
}
