// console.trace writes "Trace: <message>" and the current stack to stderr.
function where() {
  console.trace('in %s', 'where');
}
where();
console.trace();
console.log('stdout');
