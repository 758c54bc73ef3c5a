// 5,000,000 resumes of one generator with next(v).
function* echo() {
    let received = 0;
    while (true) received = yield received + 1;
}
function run() {
    const iterator = echo();
    iterator.next();
    let sum = 0;
    for (let i = 0; i < 5000000; i++) sum += iterator.next(i).value;
    return sum;
}
console.log(run());
