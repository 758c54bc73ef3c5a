// The Array built-ins skip absent indices only where no step can observe them: elements, getters and setters on
// the prototype chain still see every step the spec takes (the first part's output is Node's). The last part
// runs on lengths Node does not finish with; its results follow the spec.
// Strings, not arrays: the traps are on Array.prototype and Object.prototype, and console.log must not run
// while they are in place.
let log = "";
let out = "";
function trap(object, index) {
    Object.defineProperty(object, index, {
        get() { log += "get " + index + ","; return "p" + index; },
        set(value) { log += "set " + index + "=" + value + ","; },
        configurable: true,
    });
}
function show(name, value) {
    out += name + " " + JSON.stringify(value) + " " + log + "\n";
    log = "";
}

trap(Array.prototype, 3);
const a = [1, , , , 5, , , 8];
show("indexOf", a.indexOf("p3"));
show("lastIndexOf", a.lastIndexOf("p3"));
show("includes", a.includes("p3"));
show("join", a.join("-"));
show("map", a.map((x) => x + "!"));
show("filter", a.filter(() => true));
show("reduce", a.reduce((x, y) => x + "," + y));
show("reduceRight", a.reduceRight((x, y) => x + "," + y));
show("slice", a.slice(2));
show("concat", [].concat(a));
show("flat", [a].flat());
show("reverse", [1, , , , , 6].reverse());
show("sort", [5, , , 1, , 3].sort());
show("copyWithin", [1, 2, , , , , 7].copyWithin(0, 3));
show("splice", [1, 2, , , , , 7].splice(1, 4));
const u = [1, , , , , , 7];
u.unshift(0);
show("unshift", u);
delete Array.prototype[3];

trap(Object.prototype, 2);
const like = { length: 6, 0: "a", 5: "f" };
show("like.indexOf", Array.prototype.indexOf.call(like, "p2"));
show("like.join", Array.prototype.join.call(like));
show("like.sort", Array.prototype.sort.call({ length: 4, 3: "z", 0: "y" }));
delete Object.prototype[2];
console.log(out);

const big = [];
big[2 ** 32 - 2] = 1;
console.log(big.indexOf(1), big.lastIndexOf(1), big.includes(1), big.includes(undefined), big.indexOf(undefined));
big.reverse();
console.log(big[0], Object.keys(big));
const huge = { length: 2 ** 53 - 1, 7: "x" };
huge[2 ** 40] = "y";
console.log(Array.prototype.indexOf.call(huge, "y"), Array.prototype.lastIndexOf.call(huge, "x"));
console.log(Array.prototype.includes.call({ length: 2 ** 53 - 1 }, 1));
