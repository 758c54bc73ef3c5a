// exit: 5
// process.exit ends the program at once, even from a microtask, with pending timers left unrun.
setTimeout(() => console.log('never printed'), 10);
Promise.resolve().then(() => {
  console.log('before exit');
  process.exit(5);
  console.log('never printed either');
});
