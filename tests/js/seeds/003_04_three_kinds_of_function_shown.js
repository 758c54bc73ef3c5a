function* test() {
yield 123456
}
console.log(typeof test) // function
async function test1() {
let res = await 123456;
}
console.log(typeof test1) // function
function test2() {}
console.log(typeof test2) // function
