// exit: 3
// process: argv, platform, env, nextTick with arguments, stdout.write, exitCode as the exit status.
console.log(Array.isArray(process.argv), process.argv.length >= 2, process.platform);
console.log(typeof process.env, typeof process.env.PATH);
process.nextTick((a, b) => console.log('nextTick arguments', a, b), 1, 'two');
process.stdout.write('written ');
process.stdout.write('without a newline\n');
process.exitCode = 3;
setTimeout(() => console.log('timers still run'), 1);
