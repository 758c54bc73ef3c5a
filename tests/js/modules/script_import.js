// import() from a classic script resolves against the script's directory.
import('./fixtures/counter_FIXTURE.mjs').then((namespace) => {
    namespace.increment();
    console.log(namespace.count, namespace.label);
});
console.log('script body done');
// Indirect eval and the Function constructor resolve against the script that called them.
Promise.all([
    (0, eval)("import('./fixtures/counter_FIXTURE.mjs')"),
    new Function("return import('./fixtures/counter_FIXTURE.mjs')")(),
    eval("import('./fixtures/counter_FIXTURE.mjs')"),
]).then(([a, b, c]) => console.log(a === b && b === c, a.label));
