// exit: 1
// An exception thrown by a queueMicrotask callback is uncaught.
queueMicrotask(() => console.log('first microtask'));
queueMicrotask(() => { throw new TypeError('from a microtask'); });
queueMicrotask(() => console.log('never printed'));
