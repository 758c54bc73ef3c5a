// args: -e "console.log('from -e', typeof print)"
// -e evaluates its code; the file is only the script's argument.
console.log('never printed');
