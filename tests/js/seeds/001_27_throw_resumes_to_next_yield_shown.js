var gen = function* gen(){
  try {
    yield 1;
  } catch (e) {
    yield 2;
  }
  yield 3;
}

var g = gen();
console.log(g.next()) // { value:1, done:false }
console.log(g.throw()) // { value:2, done:false }
console.log(g.next()) // { value:3, done:false }
console.log(g.next()) // { value:undefined, done:true }
