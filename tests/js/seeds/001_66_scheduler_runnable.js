// Runnable variant of seed 001's scheduler example, joined with the longRunningTask example (001_65) it
// drives: prepends stubs of initialValue and step1..step4 (synchronous), which the seed does not define.
var initialValue = 1;
function step1(value) { console.log('step1', value); return value + 1; }
function step2(value) { console.log('step2', value); return value + 1; }
function step3(value) { console.log('step3', value); return value + 1; }
function step4(value) { console.log('step4', value); return value + 1; }

function* longRunningTask(value1) {
  try {
    var value2 = yield step1(value1);
    var value3 = yield step2(value2);
    var value4 = yield step3(value3);
    var value5 = yield step4(value4);
    // Do something with value4
  } catch (e) {
    // Handle any error from step1 through step4
  }
}

scheduler(longRunningTask(initialValue));

function scheduler(task) {
  var taskObj = task.next(task.value);
  // 如果Generator函数未结束,就继续调用
  if (!taskObj.done) {
    task.value = taskObj.value
    scheduler(task);
  }
}
