// Runnable variant of seed 001's while-loop example, joined with the iterateSteps and iterateJobs
// examples (001_67, 001_68): prepends stubs of step1Func..step3Func and job1..job3, which the seed does
// not define.
function step1Func() { console.log('running step 1'); return { id: 1 }; }
function step2Func() { console.log('running step 2'); return { id: 2 }; }
function step3Func() { console.log('running step 3'); return { id: 3 }; }
var job1 = { steps: [step1Func, step2Func] };
var job2 = { steps: [step3Func] };
var job3 = { steps: [step2Func, step3Func] };

let steps = [step1Func, step2Func, step3Func];

function* iterateSteps(steps){
  for (var i=0; i< steps.length; i++){
    var step = steps[i];
    yield step();
  }
}

let jobs = [job1, job2, job3];

function* iterateJobs(jobs){
  for (var i=0; i< jobs.length; i++){
    var job = jobs[i];
    yield* iterateSteps(job.steps);
  }
}

var it = iterateJobs(jobs);
var res = it.next();

while (!res.done){
  var result = res.value;
  // ...
  res = it.next();
}
