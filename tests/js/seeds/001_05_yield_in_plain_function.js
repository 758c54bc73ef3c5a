// exit: 1
(function (){
  yield 1;
})()
// SyntaxError: Unexpected number
