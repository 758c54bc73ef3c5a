// args: -p "[1, 'two', { three: 3 }]"
// -p prints the completion value of its code like console.log; the file is only the script's argument.
console.log('never printed');
