// Array.fromAsync and Promise.allKeyed / allSettledKeyed (not in Node 20: expected output written by
// hand from the spec). Async and sync iterables, array-likes with promises, a mapper, and closing the
// async iterator when the mapper throws.
async function* numbers() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('numbers closed');
  }
}

async function main() {
  console.log(await Array.fromAsync(numbers()));
  console.log(await Array.fromAsync([Promise.resolve('a'), 'b'], (v, i) => v + i));
  console.log(await Array.fromAsync({ length: 2, 0: Promise.resolve(10), 1: 20 }, async (v) => v * 2));
  try {
    await Array.fromAsync(numbers(), (v) => {
      if (v === 2) throw new Error('mapper failed at ' + v);
      return v;
    });
  } catch (e) {
    console.log(e.message);
  }
  const all = await Promise.allKeyed({ x: Promise.resolve(1), y: 2, z: new Promise((r) => setTimeout(r, 5, 3)) });
  console.log(Object.getPrototypeOf(all) === null, JSON.stringify(all));
  const settled = await Promise.allSettledKeyed({ ok: 1, bad: Promise.reject(new Error('no')) });
  console.log(settled.ok.status, settled.ok.value, settled.bad.status, settled.bad.reason.message);
  try {
    await Promise.allKeyed({ a: Promise.reject(new Error('first rejection')), b: 1 });
  } catch (e) {
    console.log(e.message);
  }
}
main();
