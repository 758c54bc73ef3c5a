// The line:column a stack trace gives for each kind of call site, as V8 gives it: the property name of a
// `.name` call, a called name, and the `(` for computed `[key]` calls, parenthesized callees and other
// expressions; a tagged template's call is at its template.
function site() {
  return new Error().stack.split("\n")[2].match(/(\d+:\d+)\)?$/)[1];
}
const o = { site, list: [site], inner: { site } };
const k = "site";
class Base { site() { return site(); } }
// Not in tail position: a strict-mode tail call replaces the caller's frame, which then leaves the trace.
class Derived extends Base {
  computed() { const position = super[k](); return position; }
  named() { const position = super.site(); return position; }
}
console.log(site(), o.site(), o[k](), o.list[0](), (0, site)(), (o.site)(), (site)());
console.log(o?.site(), o.list?.[0](), o?.inner.site(), o.inner?.[k](), (o?.site)());
console.log(new Function("f", "return f()")(site), [site].map(f => f())[0]);
console.log(site`a`, o.site`b`, o[k]`c`, (o.site)`d`, site  `e`, o
  .site
  `f`);
function outer() { return new Error().stack.split("\n")[3].match(/(\d+:\d+)\)?$/)[1]; }
Base.prototype.site = function () { return outer(); };
console.log(new Derived().computed(), new Derived().named());
for (const call of [() => o.missing(), () => o[k + "x"](), () => o.list[1](), () => (o.missing)(), () => o.missing`t`]) {
  try {
    call();
  } catch (e) {
    console.log(e.message, e.stack.split("\n")[1].match(/(\d+:\d+)\)?$/)[1]);
  }
}
