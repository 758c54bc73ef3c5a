// `using` declarations: disposal order on every exit of a scope, SuppressedError chains, bad values, and
// `using` still being an identifier where the grammar says so.
const log = [];
function resource(name, fail = false) {
  return {
    name,
    [Symbol.dispose]() {
      log.push(`dispose ${name}`);
      if (fail) throw new Error(`dispose ${name} failed`);
    },
  };
}
function flush(label) {
  console.log(`${label}: ${log.join(', ')}`);
  log.length = 0;
}

{
  using a = resource('a');
  using b = resource('b'), c = null, d = undefined;
  log.push(`body ${c} ${d}`);
}
flush('block');

function early(flag) {
  using a = resource('a');
  if (flag) return 'returned early';
  using b = resource('b');
  return 'returned late';
}
console.log(early(true));
flush('return');
console.log(early(false));
flush('return');

for (const n of [1, 2, 3]) {
  using r = resource(`loop${n}`);
  if (n === 2) continue;
  if (n === 3) break;
  log.push(`after ${n}`);
}
flush('loop');

for (using r of [resource('x'), resource('y')]) log.push(`visit ${r.name}`);
flush('for-of');

let i = 0;
for (using r = resource('head'); i < 2; i++) log.push(`iteration ${i}`);
flush('for');

outer: {
  using r = resource('labelled');
  log.push('before break');
  break outer;
}
flush('break');

try {
  using a = resource('a', true);
  using b = resource('b', true);
  throw new Error('body failed');
} catch (e) {
  console.log(e.constructor.name, e instanceof SuppressedError, e.message);
  console.log(e.error.message);
  console.log(e.suppressed.constructor.name, e.suppressed.error.message, e.suppressed.suppressed.message);
}
flush('errors');

try {
  using a = resource('only', true);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
flush('single error');

try {
  using a = resource('first');
  using b = 42;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
flush('bad value');

for (const value of ['text', {}, { [Symbol.dispose]: null }]) {
  try {
    using x = value;
    log.push('not reached');
  } catch (e) {
    console.log(e.constructor.name);
  }
}
flush('bad values');

// The dispose method is read once, when the declaration is evaluated, and called with the resource as this.
let reads = 0;
const counted = {
  get [Symbol.dispose]() {
    reads++;
    return function () {
      log.push(`this is counted: ${this === counted}`);
    };
  },
};
{
  using c = counted;
  log.push(`reads ${reads}`);
}
flush('getter');

function* generator() {
  using r = resource('generator');
  yield 1;
  yield 2;
}
const g = generator();
console.log(g.next().value);
console.log(JSON.stringify(g.return(42)));
flush('generator return');
for (const v of generator()) {
  log.push(`got ${v}`);
  break;
}
flush('generator closed by for-of');

// Iterators are disposable: %Iterator.prototype%[Symbol.dispose] calls return().
{
  using it = generator();
  log.push(`first ${it.next().value}`);
}
flush('iterator dispose');

// `using` as an identifier.
{
  const using = [10, 20];
  console.log(using[1], 'length' in using);
  let x = using
  console.log(x === using);
}
var using = 'var named using';
console.log(using);
