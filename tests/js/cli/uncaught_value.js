// exit: 1
// A thrown value that is not an error is shown with util.inspect formatting.
console.log('before');
throw { reason: 'not an error', list: [1, 'two'] };
