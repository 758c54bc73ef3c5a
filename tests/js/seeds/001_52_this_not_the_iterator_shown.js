function* g() {
  this.a = 11;
}

let obj = g();
obj.next();
console.log(obj.a) // undefined
