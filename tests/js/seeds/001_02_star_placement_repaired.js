// Repaired copy of seed 001's star-placement example: the `···` placeholder bodies (not JavaScript) are
// turned into comments; nothing else changed.
function * foo(x, y) { /* ··· */ }
function *foo(x, y) { /* ··· */ }
function* foo(x, y) { /* ··· */ }
function*foo(x, y) { /* ··· */ }
