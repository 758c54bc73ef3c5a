// Seed 004's Python example (my_gen driven by next / send / StopIteration) translated to JavaScript:
// next(gen) -> gen.next(), gen.send(v) -> gen.next(v), print -> console.log, None -> undefined, and the
// StopIteration carrying the return value -> the result object with done: true and that value.
function* my_gen() {
  console.log("Start generator");
  const x = yield 1;       // 挂起，返回 1
  console.log("Received:", x);
  const y = yield 2;       // 挂起，返回 2
  console.log("Received:", y);
  return "Done";           // 结束：{ value: "Done", done: true }
}

const gen = my_gen();              // 1️⃣ 创建生成器对象，还没执行
console.log(gen.next().value);     // 2️⃣ 启动执行，直到第一个 yield，返回 1
console.log(gen.next(10).value);   // 3️⃣ 向生成器注入 10，继续执行，返回 2
const result = gen.next();         // 4️⃣ 继续执行，遇到 return：done 为 true
if (!result.done) {
  console.log(result.value);
} else {
  console.log("Generator return:", result.value);
}
