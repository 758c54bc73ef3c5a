function *foo() {
    var x = yield 2;
    z++;
    var y = yield( x * z);
    console.log(x, y, z);
}
var z = 1;

var it1 = foo();
var it2 = foo();

var val1 = it1.next().value;     
var val2 = it2.next().value;     
console.log(val1);          // 2 <= yield 2
console.log(val2);          // 2 <= yield 2

val1 = it1.next( val2 * 10 ).value; 
val2 = it2.next( val1 * 5 ).value;
console.log(val1);          // 40 <= x:20, z:2
console.log(val2);          // 600 <= x:200, z:3

it1.next(val2 / 2);          // 20 300 3
it2.next(val1 / 4);          // 200 10 3
