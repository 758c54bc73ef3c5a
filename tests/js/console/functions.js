// Functions and classes.
function named() {}
console.log(named);
console.log(function () {});
console.log(() => {});
console.log(class A {});
console.log(class B extends Array {});
console.log(class {});
console.log(function* gen() {});
console.log(async function af() {});
console.log(async function* ag() {});
console.log(async () => {});
const withProps = function f() {};
withProps.x = 1;
console.log(withProps);
class Statics {
  static count = 2;
}
console.log(Statics);
console.log([named, () => {}]);
console.log({ method() {}, get g() { return 1; }, named });
console.log(named.bind(null));
console.log(Object.setPrototypeOf(function nn() {}, null));
console.log(Object.setPrototypeOf(() => {}, null));
console.log(Object.setPrototypeOf(class X {}, null));
console.log(Math.max);
console.log(String(function source() { return 1; }));
class Base {}
class Derived extends Base {}
console.log(Derived, [Derived]);
