// setInterval repeats until cleared (here from inside its own callback) and each run is followed by a
// checkpoint; ref/unref/hasRef and refresh() on Timeout objects; an unreferenced timer does not keep the
// program alive.
let count = 0;
const interval = setInterval((label) => {
  count++;
  console.log(label, count);
  Promise.resolve().then(() => console.log('microtask after run', count));
  if (count === 3) {
    clearInterval(interval);
    setTimeout(refreshDemo, 0);
  }
}, 3, 'interval run');
console.log(interval.hasRef(), interval.unref() === interval, interval.hasRef(), interval.ref().hasRef());
setTimeout(() => console.log('never printed'), 10000).unref();

// refresh() restarts the wait; a timer that already fired is re-armed by it.
function refreshDemo() {
  console.log('after the interval was cleared');
  let fired = 0;
  const again = setTimeout(() => {
    fired++;
    console.log('refreshable fired', fired);
    if (fired === 1) again.refresh();
  }, 2);
}
