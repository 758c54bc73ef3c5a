function* demo() {
  foo(yield 'a', yield 'b'); // OK
  let input = yield; // OK
}
