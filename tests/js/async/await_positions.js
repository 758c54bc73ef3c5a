// await in expression positions of every kind, in async functions, arrows, methods (class, static,
// private, object literal), with arguments, default parameters and destructuring.
const delay = (value, ms = 0) => new Promise(resolve => setTimeout(() => resolve(value), ms));
async function positions() {
  const array = [await 1, await delay(2), 3];
  const object = { x: await delay('x'), [await 'key']: 'computed', ...(await { spread: true }) };
  const template = `t${await 'emplate'}`;
  const arithmetic = (await 2) + (await delay(3)) * (await 4);
  const call = (await Promise.resolve(Math.max))(await 5, await 6);
  const conditional = (await false) ? 'yes' : await 'no';
  let loop = 0;
  for (let i = await 0; i < (await 3); i += await 1) loop += i;
  let whileCount = 0;
  while ((await whileCount) < 2) whileCount++;
  const { destructured = await 'default' } = {};
  const [element = await 'array default'] = [];
  let switched;
  switch (await 'b') {
    case 'a': switched = 'A'; break;
    case await 'b': switched = 'B'; break;
  }
  const unary = [-(await 5), !(await 0), typeof (await 1), void (await 1)];
  const nullish = (await null) ?? (await 'nullish');
  const inner = await (async () => await delay('inner', 5))();
  const all = await Promise.all([delay(1, 10), delay(2, 5), 3]);
  return { array, object, template, arithmetic, call, conditional, loop, whileCount, destructured, element,
           switched, unary, nullish, inner, all };
}
positions().then(result => console.log(result));

class C {
  constructor() { this.v = 41; }
  async method(x) { return this.v + await x; }
  static async staticMethod() { return 'static ' + await 'method'; }
  async #secret() { return 'private method'; }
  callSecret() { return this.#secret(); }
}
const c = new C();
c.method(1).then(v => console.log('method', v));
C.staticMethod().then(v => console.log(v));
c.callSecret().then(v => console.log(v));
const literal = { async m() { return await 'object literal method'; } };
literal.m().then(console.log);
const arrow = async x => (await x) * 2;
arrow(21).then(v => console.log('arrow', v));
const lexical = { v: 'lexical this', f() { return (async () => this.v)(); } };
lexical.f().then(console.log);
async function usesArguments() { return arguments.length + await arguments[0]; }
usesArguments(10, 20).then(v => console.log('arguments', v));
async function defaults(a = 1, { b } = { b: 2 }, ...rest) { return [a, b, rest, await 'd']; }
defaults(undefined, undefined, 3, 4).then(v => console.log(v));
console.log(typeof C.prototype.method, Object.getPrototypeOf(arrow) === Object.getPrototypeOf(usesArguments));
