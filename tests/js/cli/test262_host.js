// args: --test262
// The test262 host: print and $262 (createRealm, evalScript, gc, global).
function show(...values) {
  print(values.join(' '));
}
print('print writes its first argument', 'only');
show(typeof $262.createRealm, typeof $262.evalScript, typeof $262.gc, $262.global === this);
var descriptor = Object.getOwnPropertyDescriptor(this, '$262');
show(descriptor.writable, descriptor.enumerable, descriptor.configurable);
show($262.evalScript('var fromEval = 6; fromEval * 7'), fromEval);
var other = $262.createRealm();
show(other !== $262, other.global !== this, typeof other.global.print);
other.evalScript('var inOther = 1;');
show(typeof inOther, other.global.inOther);
show(other.global.Array !== Array, other.evalScript('[]') instanceof Array);
try {
  other.evalScript('let let = 1;');
} catch (e) {
  show(e.constructor === other.global.SyntaxError, e.constructor !== SyntaxError);
}
$262.gc();
print('done');
