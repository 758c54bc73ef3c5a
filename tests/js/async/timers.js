// Timers: due timers run by expiry, equal delays in creation order; delays below 1 ms, NaN and
// non-numbers coerce like Node's (1 ms); extra arguments reach the callback and `this` is the Timeout;
// clearTimeout works with the Timeout object and with its numeric id.
const log = [];
setTimeout(() => log.push('delay 100'), 100);
setTimeout(() => log.push('delay 40 a'), 40);
setTimeout(() => log.push('delay 40 b'), 40);
setTimeout(() => log.push('delay 0'), 0);
setTimeout(() => log.push('delay -5'), -5);
setTimeout(() => log.push('delay NaN'), NaN);
setTimeout(() => log.push('delay "abc"'), 'abc');
setTimeout(() => log.push('delay 1'), 1);
const byObject = setTimeout(() => log.push('never (cleared by object)'), 5);
clearTimeout(byObject);
const byId = setTimeout(() => log.push('never (cleared by id)'), 5);
clearTimeout(+byId);
clearTimeout(undefined);
clearTimeout({});
setTimeout((x, y) => log.push(`arguments ${x} ${y}`), 60, 'one', 2);
const final = setTimeout(function () {
  log.push('this is the Timeout: ' + (this === final));
  console.log(log.join('\n'));
}, 150);
