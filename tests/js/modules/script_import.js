// import() from a classic script resolves against the script's directory.
import('./fixtures/counter_FIXTURE.mjs').then((namespace) => {
    namespace.increment();
    console.log(namespace.count, namespace.label);
});
console.log('script body done');
