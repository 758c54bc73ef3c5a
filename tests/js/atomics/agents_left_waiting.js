// args: --test262
// The main agent ends while one agent is blocked in Atomics.wait forever, another has a pending waitAsync
// with a long timeout, a third loops on its event loop and a fourth spins in a JavaScript loop (it is
// terminated, silently): the process still exits normally.
const i32 = new Int32Array(new SharedArrayBuffer(16));
$262.agent.start(`
  $262.agent.receiveBroadcast((sab) => {
    const i32 = new Int32Array(sab);
    Atomics.add(i32, 1, 1);
    Atomics.wait(i32, 0, 0);
  });
`);
$262.agent.start(`
  $262.agent.receiveBroadcast((sab) => {
    const i32 = new Int32Array(sab);
    Atomics.waitAsync(i32, 0, 0, 1e300).value.then(() => $262.agent.report('woken'));
    Atomics.add(i32, 1, 1);
  });
`);
$262.agent.start(`
  $262.agent.receiveBroadcast((sab) => {
    const i32 = new Int32Array(sab);
    Atomics.add(i32, 1, 1);
    const tick = () => setTimeout(tick, 10);
    tick();
  });
`);
$262.agent.start(`
  $262.agent.receiveBroadcast((sab) => {
    const i32 = new Int32Array(sab);
    Atomics.add(i32, 1, 1);
    for (;;) {}
  });
`);
$262.agent.broadcast(i32.buffer, 0);
while (Atomics.load(i32, 1) !== 4) $262.agent.sleep(1);
print('main done');
