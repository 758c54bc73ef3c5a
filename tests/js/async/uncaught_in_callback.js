// exit: 1
// An exception thrown by a timer callback is uncaught: the program ends and later timers never run.
setTimeout(() => {
  console.log('first timer');
  throw new Error('from a timer');
}, 1);
setTimeout(() => console.log('never printed'), 1);
