// args: --test262
// Legacy RegExp features (the proposal's realm and subclass rules, which Node does not implement): a
// match by a RegExp subclass instance makes the static properties unavailable until the next match by a
// plain RegExp; a RegExp of another realm leaves this realm's properties alone; the accessors and
// RegExp.prototype.compile reject other receivers.
function show(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
class R extends RegExp {}
/(a)/.exec("a");
show(() => RegExp.$1);
new R("(b)").exec("b");
show(() => RegExp.$1);
show(() => RegExp.input);
RegExp.input = "set";
show(() => RegExp.input);
show(() => RegExp.lastMatch);
/(c)/.exec("xcx");
show(() => [RegExp.$1, RegExp.input, RegExp.leftContext, RegExp.rightContext].join());
show(() => R.$1);
show(() => Reflect.get(RegExp, "lastMatch", {}));
show(() => Reflect.set(RegExp, "input", "v", R));
show(() => new R("a").compile("b"));
show(() => /x/.compile("(y)").exec("y")[1]);

const other = $262.createRealm().global;
other.RegExp.prototype.exec.call(/(z)/, "z");
show(() => [RegExp.$1, other.RegExp.$1].join());
const foreign = new other.RegExp("(q)");
RegExp.prototype.exec.call(foreign, "q");
show(() => [RegExp.$1, other.RegExp.$1].join());
foreign.exec("q");
show(() => [RegExp.$1, other.RegExp.$1].join());
show(() => Reflect.get(RegExp, "$1", other.RegExp));
show(() => RegExp.prototype.compile.call(foreign, "w"));
delete RegExp.$1;
show(() => RegExp.$1);
