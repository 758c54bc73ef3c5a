// Measures await throughput: one async function awaiting 2,000,000 times in a loop (each await of a
// non-promise value takes one microtask turn), then prints the count.
async function main() {
    let sum = 0;
    for (let i = 0; i < 2000000; i++)
        sum += await i;
    console.log(sum);
}
main();
