// Measures promise reaction throughput and memory: a chain of 1,000,000 .then calls built up front on a
// pending promise, then resolved so the whole chain runs; prints the final value.
let resolveHead;
const head = new Promise((resolve) => { resolveHead = resolve; });
let p = head;
for (let i = 0; i < 1000000; i++)
    p = p.then((v) => v + 1);
p.then((v) => console.log(v));
resolveHead(0);
