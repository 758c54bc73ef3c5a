function* gen(){
  // some code
}

var g = gen();

g[Symbol.iterator]() === g
// true
