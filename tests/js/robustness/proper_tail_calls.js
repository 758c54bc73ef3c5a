// Proper tail calls (ECMA-262 15.10): a call in tail position of a strict function replaces the caller's frame,
// so tail recursion runs in constant stack. Node does not implement them; the output follows the spec.
'use strict';
const depth = 1000000;
function count(n) {
  if (n === 0) return 'return';
  return count(n - 1);
}
console.log(count(depth));
const arrow = (n) => (n === 0 ? 'arrow body' : arrow(n - 1));
console.log(arrow(depth));
function branches(n) {
  if (n === 0) return 'branches';
  return n % 3 === 0 ? branches(n - 1) : n % 3 === 1 ? (0, branches(n - 1)) : n > 0 && branches(n - 1);
}
console.log(branches(depth));
function tag(strings, n) {
  return n === 0 ? 'tagged template' : tag`${n - 1}`;
}
console.log(tag`${depth}`);
function inFinally(n) {
  if (n === 0) return 'finally block';
  try {
  } finally {
    return inFinally(n - 1);
  }
}
console.log(inFinally(depth));
// Not tail calls: inside try, after the call returns, in sloppy code.
function inTry(n) {
  try {
    return n === 0 ? 'try' : inTry(n - 1);
  } catch (e) {
    return e.constructor.name;
  }
}
console.log(inTry(depth));
function addsOne(n) {
  return n === 0 ? 0 : 1 + addsOne(n - 1);
}
try {
  addsOne(depth);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// A frame replaced by a tail call is gone from stack traces.
function thrower() {
  throw new Error('from the tail');
}
function middle() {
  return thrower();
}
function outer() {
  const result = middle();
  return result;
}
try {
  outer();
} catch (e) {
  console.log(e.stack.split('\n').slice(1, 3).map((line) => line.trim().split(' ')[1]).join(' <- '));
}
// Constructors and native callers keep ordinary calls.
function make(n) {
  return { n };
}
function Wrapper(n) {
  return make(n);
}
console.log(new Wrapper(7).n, [1, 2].map((x) => Math.max(x, 0)).join());
