// A 100,000-digit BigInt to its decimal string and back (BigInt(string)), 10 times; prints a checksum.
function run() {
    const big = 3n ** 209590n; // 100,000 digits
    let length = 0;
    for (let round = 0; round < 10; round++) {
        const text = big.toString();
        length += text.length;
        if (BigInt(text) !== big) throw new Error("round trip failed");
    }
    return length;
}
console.log(run());
