// 5,000,000 values through for-of over a generator.
function* range(n) {
    for (let i = 0; i < n; i++) yield i;
}
function run() {
    let sum = 0;
    for (const value of range(5000000)) sum += value;
    return sum;
}
console.log(run());
