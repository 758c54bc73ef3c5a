function* g() {
  this.a = 11;
}

let obj = g();
obj.next();
obj.a // undefined
