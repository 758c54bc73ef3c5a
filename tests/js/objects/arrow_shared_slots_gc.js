// Arrows created from eval'd code in a loop under a small heap: shared slots outlive no code block.
let keep = [];
for (let round = 0; round < 200; round++) {
  const f = eval("(() => (q) => q + " + round + ")");
  for (let i = 0; i < 200; i++) { const a = f(); if (i % 50 === 0) { a.tag = i; keep.push(a); } }
  if (keep.length > 100) keep = keep.slice(50);
}
let s = 0; for (const a of keep) s += a(1) + a.length + (a.tag|0);
console.log(s, keep.length, keep[0].name === '');
let p = Promise.resolve(0); for (let i = 0; i < 100000; i++) p = p.then(v => v + 1); p.then(v => console.log(v));
