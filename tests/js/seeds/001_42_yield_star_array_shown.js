function* gen(){
  yield* ["a", "b", "c"];
}

console.log(gen().next()) // { value:"a", done:false }
