// The timer functions validate their callback like Node (ERR_INVALID_ARG_TYPE).
const calls = [() => setTimeout('code'), () => setImmediate(), () => queueMicrotask({}),
               () => process.nextTick(1), () => setInterval(null), () => setTimeout(Symbol('s'))];
for (const call of calls) {
  try {
    call();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(setTimeout.length, setInterval.length, setImmediate.length, clearTimeout.length, queueMicrotask.length);
