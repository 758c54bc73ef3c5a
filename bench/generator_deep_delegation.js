// A 1000-deep chain of recursive yield* delegating 20,000 values from the innermost generator.
function* chain(depth, count) {
    if (depth === 0) {
        for (let i = 0; i < count; i++) yield i;
    } else {
        yield* chain(depth - 1, count);
    }
}
function run() {
    let sum = 0;
    for (const value of chain(1000, 20000)) sum += value;
    return sum;
}
console.log(run());
