// console.warn, console.error and failed assertions write to stderr.
console.log('stdout first');
console.warn('warn', 1, { a: [1, 2] });
console.error('error %s', 'formatted');
console.error(new Map === undefined ? '' : 'second error line');
console.assert(false);
console.assert(0, 'assertion %s', 'message');
console.assert('', { an: 'object' });
console.group('grouped');
console.error('indented\nerror');
console.groupEnd();
console.log('stdout last');
