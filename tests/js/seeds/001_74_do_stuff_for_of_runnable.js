// Runnable variant of seed 001's `for (task of doStuff())` example, joined with the doStuff generator
// (001_73): prepends a stub fs, which the seed does not define.
var fs = { readFile: function (name, callback) { callback(null, 'contents of ' + name); } };

function* doStuff() {
  yield fs.readFile.bind(null, 'hello.txt');
  yield fs.readFile.bind(null, 'world.txt');
  yield fs.readFile.bind(null, 'and-such.txt');
}

for (task of doStuff()) {
  // task是一个函数,可以像回调函数那样使用它
}
