// A numeric kernel over Float64Array: a 1-D heat-diffusion stencil (300 steps over 20,000 cells) followed
// by a dot product and a running prefix sum, then prints a checksum. Every element access is a typed
// array load or store.
function step(from, to, n) {
    for (let i = 1; i < n - 1; i++) to[i] = from[i] + 0.25 * (from[i - 1] - 2 * from[i] + from[i + 1]);
    to[0] = from[0];
    to[n - 1] = from[n - 1];
}

const n = 20000;
let a = new Float64Array(n);
let b = new Float64Array(n);
for (let i = 0; i < n; i++) a[i] = Math.sin(i * 0.01) * 100;
for (let t = 0; t < 300; t++) {
    step(a, b, n);
    const swap = a;
    a = b;
    b = swap;
}
let dot = 0;
for (let i = 0; i < n; i++) dot += a[i] * b[i];
const prefix = new Float64Array(n);
let running = 0;
for (let i = 0; i < n; i++) {
    running += a[i];
    prefix[i] = running;
}
console.log(dot.toFixed(3), prefix[n - 1].toFixed(6));
