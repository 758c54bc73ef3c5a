// BigInt arithmetic, bitwise and shift operators, increments, and large values.
const values = [0n, 1n, -1n, 7n, -7n, 2n ** 64n, -(2n ** 64n) + 3n, 123456789012345678901234567890n];
for (const a of values) {
    for (const b of values) {
        const row = [a + b, a - b, a * b, a & b, a | b, a ^ b];
        if (b !== 0n) row.push(a / b, a % b);
        console.log(String(a), String(b), row.join(" "));
    }
}
console.log(2n ** 100n, (-3n) ** 3n, 0n ** 0n, (-1n) ** 1000001n, 1n ** (2n ** 80n));
console.log(1n << 100n, -1n << 3n, 5n << -1n, -5n >> 1n, -5n >> 100n, 5n >> 100n, 1n >> -3n, 0n << (2n ** 80n));
console.log(~0n, ~-1n, ~(2n ** 64n), -0n, -(2n ** 64n));
let i = 2n ** 64n - 1n;
i++;
console.log(i, i--, i, --i, -i);
let z = -1n;
z++;
console.log(z, z++, z);
console.log(0x7fn, 0o17n, 0b101n, 1_000_000n, 0xffff_ffff_ffff_ffff_ffffn);
const x = 12345678901234567890123456789012345678901234567890n;
console.log(x * x, x * x / x === x, (x * x) % (x + 1n), x.toString(16), x.toString(36), (-x).toString(2));
let f = 1n;
for (let k = 1n; k <= 50n; k++) f *= k;
console.log(f, f.toString().length);
const big = 3n ** 2000n;
console.log(BigInt(big.toString()) === big, BigInt("0x" + big.toString(16)) === big);
