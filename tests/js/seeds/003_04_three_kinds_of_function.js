function* test() {
yield 123456
}
typeof test // function
async function test1() {
let res = await 123456;
}
typeof test1 // function
function test2() {}
typeof test2 // function
