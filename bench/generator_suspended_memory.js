// 1,000,000 small generators suspended at a yield, all alive at once (peak RSS is the figure).
function* small(a) {
    const b = a + 1;
    yield a;
    yield b;
}
const generators = new Array(1000000);
for (let i = 0; i < generators.length; i++) {
    const generator = small(i);
    generator.next();
    generators[i] = generator;
}
console.log(generators.length);
