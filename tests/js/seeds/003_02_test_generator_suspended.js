function* test() {
yield 123456
}
let iterator = test()
// iterator.next() // {value: 123456, done: false}
