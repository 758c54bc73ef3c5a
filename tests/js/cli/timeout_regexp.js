// args: --timeout 100
// exit: 124
// --timeout ends a catastrophic regular-expression match (the matcher's backtracking loop polls for it).
console.log('matching');
try {
    console.log(/(a*)*b/.test('a'.repeat(30)));
} finally {
    console.log('finally');
}
