// args: --timeout 100
// exit: 124
// --timeout ends an async function spinning after an await; its promise never settles and the queued
// jobs are dropped.
async function spin() {
    try {
        await null;
        Promise.resolve().then(() => console.log('queued job'));
        for (;;) {
        }
    } finally {
        console.log('finally');
    }
}
spin().then(
    () => console.log('fulfilled'),
    (error) => console.log('rejected', error),
);
console.log('script done');
