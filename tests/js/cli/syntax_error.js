// exit: 1
// A parse error: nothing runs, stderr shows the location, the line, a caret and the message.
console.log('never printed');
	let value = (1 +;
