// args: --timeout 100
// exit: 124
// --timeout ends an endless chain of promise jobs.
let jobs = 0;
function f() {
    jobs++;
    Promise.resolve().then(f);
}
f();
console.log('script done');
