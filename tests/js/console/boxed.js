// Primitive wrapper objects.
console.log(new Number(3), new Number(-0), new String('ab'), new Boolean(false));
console.log(Object(1n), Object(Symbol('q')));
console.log([new String('in array'), new Number(1.5)]);
const withKey = new String('ab');
withKey.extra = 1;
console.log(withKey);
const numberWithKey = new Number(7);
numberWithKey.k = 'v';
console.log(numberWithKey);
class MyNumber extends Number {}
console.log(new MyNumber(4));
console.log(Object.setPrototypeOf(new Boolean(true), null));
