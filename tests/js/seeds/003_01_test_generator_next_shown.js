function* test() {
yield 123456
}
let iterator = test()
console.log(iterator.next()) // {value: 123456, done: false}
