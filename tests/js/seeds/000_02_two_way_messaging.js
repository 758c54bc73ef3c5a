function *foo(x) {
    var y = x * (yield);
    return y;
}
var it = foo(6);
//启动生成器 *foo()
var res1 = it.next();
console.log(res1);      // {value: undefined, done: false}

var res2 = it.next(7);
console.log(res2);      // {value: 42, done: true}
console.log(res2.value);    // 42
