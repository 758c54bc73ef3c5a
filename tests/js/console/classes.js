// Class instances, constructor names and Symbol.toStringTag.
class Foo {
  constructor() {
    this.x = 1;
  }
}
console.log(new Foo());
class Bar extends Foo {}
console.log(new Bar());
console.log(Object.create(Foo.prototype));
class Empty {}
console.log(new Empty());
class Tagged {
  get [Symbol.toStringTag]() {
    return 'tag';
  }
}
console.log(new Tagged());
class Same {
  get [Symbol.toStringTag]() {
    return 'Same';
  }
}
console.log(new Same());
class WithData {
  constructor() {
    this.a = 1;
  }
  get [Symbol.toStringTag]() {
    return 'K';
  }
}
console.log(new WithData());
function Ctor() {
  this.v = 1;
}
console.log(new Ctor());
const anonymous = (function () {
  return function () {
    this.v = 1;
  };
})();
console.log(new anonymous());
console.log(new (class {
  constructor() {
    this.q = 1;
  }
})());
console.log(Object.create(Array.prototype));
console.log([new Foo(), new Bar()]);
console.log({ instance: new Foo(), nested: { deeper: { deepest: new Foo() } } });
class Arr extends Array {}
console.log(Arr.from([1, 2]));
console.log(new Arr());
console.log(Object.setPrototypeOf([1, 2], null));
console.log(Object.setPrototypeOf({ a: 1 }, Foo.prototype));
