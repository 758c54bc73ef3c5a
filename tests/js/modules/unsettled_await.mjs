// exit: 13
// A top-level await nothing can settle: when the event loop runs dry the process ends with status 13.
console.log('before the await');
await new Promise(() => {});
console.log('never printed');
