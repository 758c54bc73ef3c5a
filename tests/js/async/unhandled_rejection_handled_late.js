// A rejection that gets a handler before the microtask queue drains is not reported.
const p = Promise.reject(new Error('late'));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch(e => console.log('handled late:', e.message));
});
async function rejectsThenCaught() { await null; throw new Error('caught by the caller'); }
rejectsThenCaught().catch(e => console.log(e.message));
setTimeout(() => console.log('still running'), 5);
