// Allocations beyond what the engine can give are a RangeError ("Array buffer allocation failed", as in
// V8) and the program keeps running; buffer memory counts toward the heap limit, so dropped buffers are
// collected (64 MiB of heap, 800 MiB allocated in all).
// args: --max-heap-mb 64
for (const attempt of [() => new ArrayBuffer(2 ** 53 - 1), () => new ArrayBuffer(2 ** 53), () => new Uint8Array(2 ** 53)]) {
    try {
        attempt();
        console.log('allocated');
    } catch (e) {
        console.log(`${e.constructor.name}: ${e.message}`);
    }
}
let total = 0;
for (let i = 0; i < 50; i++) total += new Uint8Array(16 << 20).length;
console.log('allocated', total / (1 << 20), 'MiB in total');
