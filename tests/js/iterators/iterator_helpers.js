// Iterator helpers: laziness, closing the underlying iterator, and the Iterator constructor.
// Node 20 has no iterator helpers: the expected output was checked by hand against ECMA-262.
function* numbers() {
    try {
        for (let i = 1; ; i++) yield i;
    } finally {
        console.log("numbers closed");
    }
}

console.log(numbers().map((x) => x * x).filter((x) => x % 2).take(3).toArray());
console.log(numbers().drop(5).take(2).toArray());
console.log(numbers().flatMap((x) => [x, -x]).take(5).toArray());
console.log(numbers().take(4).reduce((a, b) => a + b));
console.log(numbers().some((x) => x > 2), numbers().every((x) => x < 3), numbers().find((x) => x === 4));

const helper = numbers().map((x) => x);
console.log(helper.next(), helper.return(), helper.next());
console.log(Object.prototype.toString.call(helper), typeof Iterator, Iterator.prototype === Object.getPrototypeOf(Object.getPrototypeOf(helper)));

try {
    new Iterator();
} catch (e) {
    console.log(e instanceof TypeError);
}
class Counter extends Iterator {
    #n = 0;
    next() {
        return this.#n < 3 ? { value: this.#n++, done: false } : { value: undefined, done: true };
    }
}
console.log(new Counter().map((x) => x * 10).toArray(), new Counter() instanceof Iterator);

const plain = { i: 0, next() { return { value: this.i++, done: this.i > 3 }; } };
const wrapped = Iterator.from(plain);
console.log(wrapped instanceof Iterator, wrapped.toArray());
console.log(Iterator.from("ab").toArray());
console.log([1, 2, 3].values().forEach((x) => console.log("each", x)));
