// args: --timeout 100
// exit: 124
// --timeout ends an endless yield* recursion whose every level swallows the stack overflow of the next.
function* g() {
    for (;;) {
        try {
            yield* g();
        } catch {
        }
    }
}
console.log('starting');
g().next();
console.log('never printed');
