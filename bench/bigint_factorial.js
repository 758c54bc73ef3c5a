// 5,000! as a BigInt, computed 20 times by repeated multiplication; prints its digit count.
function factorial(n) {
    let result = 1n;
    for (let i = 2n; i <= n; i++) result *= i;
    return result;
}
function run() {
    let digits = 0;
    for (let round = 0; round < 20; round++) digits = factorial(5000n).toString().length;
    return digits;
}
console.log(run());
