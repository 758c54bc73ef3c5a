// generator handler
function step(gen) {
  var ite = gen()

  return gen()
}
