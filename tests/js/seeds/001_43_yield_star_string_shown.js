let read = (function* () {
  yield 'hello';
  yield* 'hello';
})();

console.log(read.next().value) // "hello"
console.log(read.next().value) // "h"
