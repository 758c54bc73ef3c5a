// args: --test262
// $262.agent: two agents block in Atomics.wait on a broadcast SharedArrayBuffer until the main agent
// notifies them; a third waits with Atomics.waitAsync and is woken from the main agent's thread. The
// BigInt64Array counter shows the agents' atomic adds on a shared 64-bit element.
const i32 = new Int32Array(new SharedArrayBuffer(64));
const i64 = new BigInt64Array(i32.buffer);

for (let n = 0; n < 2; n++) {
  $262.agent.start(`
    $262.agent.receiveBroadcast((sab, id) => {
      const i32 = new Int32Array(sab);
      const i64 = new BigInt64Array(sab);
      Atomics.add(i32, 1, 1);
      const result = Atomics.wait(i32, 0, 0);
      Atomics.add(i64, 4, 1n << 40n);
      $262.agent.report('sync ' + result + ' ' + typeof id);
      $262.agent.leaving();
    });
  `);
}
$262.agent.start(`
  $262.agent.receiveBroadcast(async (sab) => {
    const i32 = new Int32Array(sab);
    const { async, value } = Atomics.waitAsync(i32, 2, 0, 100000);
    Atomics.add(i32, 1, 1);
    $262.agent.report('async ' + async + ' ' + (await value));
    $262.agent.leaving();
  });
`);

$262.agent.broadcast(i32.buffer, 7);
// Wait until the three agents are waiting.
while (Atomics.load(i32, 1) !== 3) $262.agent.sleep(1);
let woken = 0;
while (woken < 2) {
  woken += Atomics.notify(i32, 0);
  $262.agent.sleep(1);
}
while (Atomics.notify(i32, 2) === 0) $262.agent.sleep(1);

const reports = [];
while (reports.length < 3) {
  const report = $262.agent.getReport();
  if (report === null) $262.agent.sleep(1);
  else reports.push(report);
}
print(reports.sort().join('\n'));
print(i64[4] === 2n << 40n);
print($262.agent.getReport());
print(typeof $262.agent.monotonicNow());
