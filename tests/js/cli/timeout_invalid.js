// args: --timeout soon
// exit: 2
console.log('never printed');
