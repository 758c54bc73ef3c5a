// A byte kernel over Uint8Array: fills 1 MiB with a xorshift stream, then computes an Adler-32 checksum,
// a byte histogram and a run-length count over it 8 times, and prints the results.
const size = 1 << 20;
const bytes = new Uint8Array(size);
let state = 2463534242;
for (let i = 0; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
}

function adler32(data) {
    let a = 1;
    let b = 0;
    for (let i = 0; i < data.length; i++) {
        a = (a + data[i]) % 65521;
        b = (b + a) % 65521;
    }
    return ((b << 16) | a) >>> 0;
}

function histogram(data, counts) {
    for (let i = 0; i < data.length; i++) counts[data[i]]++;
}

function runs(data) {
    let count = 0;
    for (let i = 1; i < data.length; i++) if ((data[i] & 0xf0) === (data[i - 1] & 0xf0)) count++;
    return count;
}

let checksum = 0;
let runCount = 0;
const counts = new Uint32Array(256);
for (let round = 0; round < 8; round++) {
    checksum = (checksum + adler32(bytes)) % 4294967296;
    histogram(bytes, counts);
    runCount += runs(bytes);
}
let maxBucket = 0;
for (let i = 0; i < 256; i++) if (counts[i] > counts[maxBucket]) maxBucket = i;
console.log(checksum, runCount, maxBucket, counts[maxBucket]);
