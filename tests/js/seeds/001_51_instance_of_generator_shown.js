function* g() {}

g.prototype.hello = function () {
  return 'hi!';
};

let obj = g();

console.log(obj instanceof g) // true
console.log(obj.hello()) // 'hi!'
