// FinalizationRegistry cleanup callbacks run as event-loop tasks after collections triggered by allocation
// pressure, and WeakRefs to the same garbage are cleared; a registry's callback never runs in the middle of
// synchronous code.
let cleaned = 0;
let inSyncCode = false;
let ranDuringSyncCode = false;
const registry = new FinalizationRegistry((held) => {
  if (inSyncCode) ranDuringSyncCode = true;
  if (held === 'target') cleaned++;
});
const refs = [];
function registerGarbage() {
  for (let i = 0; i < 1000; i++) {
    const target = { i };
    registry.register(target, 'target');
    refs.push(new WeakRef(target));
  }
}
registerGarbage();
// Kept alive until the script ends (ClearKeptObjects), so every WeakRef still answers now.
console.log('all alive during the script:', refs.every((ref) => ref.deref() !== undefined));

let rounds = 0;
function churn() {
  inSyncCode = true;
  let garbage = [];
  for (let i = 0; i < 200000; i++) garbage.push({ i, text: 'x' + i });
  garbage = null;
  inSyncCode = false;
  rounds++;
  if (cleaned > 0 || rounds === 30) {
    const cleared = refs.filter((ref) => ref.deref() === undefined).length;
    console.log('cleanup ran:', cleaned > 0, 'weak refs cleared:', cleared > 0);
    console.log('callback ran inside synchronous code:', ranDuringSyncCode);
    return;
  }
  setTimeout(churn, 0);
}
setTimeout(churn, 0);
