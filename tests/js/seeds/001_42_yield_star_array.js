function* gen(){
  yield* ["a", "b", "c"];
}

gen().next() // { value:"a", done:false }
