// exit: 1
// An async function that throws after an await, with nobody handling its promise; a handler attached in a
// later macrotask comes too late.
async function fails() {
  await null;
  throw 'a string reason';
}
const p = fails();
setTimeout(() => p.catch(() => console.log('too late')), 0);
console.log('scheduled');
