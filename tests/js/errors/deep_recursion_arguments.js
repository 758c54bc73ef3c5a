// Recursing until the stack overflows while every frame holds a mapped arguments object and allocates,
// so garbage collections run with thousands of such objects alive.
let depth = 0;
function recurse(a, b) {
  depth++;
  const garbage = [arguments, { a, b }, new Array(8).fill(depth)];
  return recurse(garbage, b) + arguments.length;
}
for (let round = 0; round < 3; round++) {
  try {
    recurse(1, 2);
  } catch (e) {
    console.log(e instanceof RangeError, e.message, depth > 1000);
  }
  depth = 0;
}
