// exit: 1
// An uncaught error ends the program: stderr gets "Uncaught " and the error's stack.
function inner() {
  throw new TypeError('boom');
}
function outer() {
  inner();
}
console.log('before');
outer();
console.log('not reached');
