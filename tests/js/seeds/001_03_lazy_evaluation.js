function* gen() {
  yield  123 + 456;
}
