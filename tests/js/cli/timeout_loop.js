// args: --timeout 100
// exit: 124
// --timeout ends an endless loop; neither catch nor finally blocks run.
console.log('before the loop');
try {
    while (true) {
    }
} catch (error) {
    console.log('caught', error);
} finally {
    console.log('finally');
}
console.log('after the loop');
