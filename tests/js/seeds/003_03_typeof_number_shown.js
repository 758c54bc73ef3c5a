console.log(typeof 1) // number
console.log(typeof 0.1) // number
