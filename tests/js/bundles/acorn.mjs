// acorn (a JavaScript parser), bundled with esbuild from its npm package (see README.md); the output must be
// what Node prints.
import { parse, tokenizer, version } from "./vendor/acorn.min.mjs";

console.log("acorn", version);

const program = `
import def, { named as alias } from "mod";
export const answer = 42, big = 2n ** 64n;
export default class Shape extends Base {
  static #count = 0;
  #id = Shape.#count++;
  static { this.ready = true; }
  constructor(...args) { super(...args); new.target; }
  get id() { return this.#id; }
  static has(o) { return #id in o; }
  async *stream(src) { for await (const x of src) yield* x; }
}
function* walk(node, depth = 0) {
  label: for (const [key, value] of Object.entries(node ?? {})) {
    if (typeof value !== "object") continue label;
    yield { key, depth, value: value?.type ?? null };
    yield* walk(value, depth + 1);
  }
}
const re = /(?<year>\\d{4})-(?<month>\\d{2})/gu, tpl = tag\`a\${1 + 2}b\${ \`nested \${3}\` }c\`;
let { a = 1, b: [c, ...d], ...rest } = obj, x = a ||= b &&= c ??= d;
try { throw new Error("x"); } catch { } finally { void 0; }
const arrow = async (p, { q } = {}) => await import("./lazy.js").then(m => m.default?.(p, q));
switch (x) { case 1: break; default: debugger; }
do x >>>= 1; while (x > 0 && !(x % 2 === 0) || x instanceof Number);
`;

const ast = parse(program, { ecmaVersion: "latest", sourceType: "module", locations: true });
const counts = new Map();
(function visit(node) {
  if (Array.isArray(node)) return node.forEach(visit);
  if (!node || typeof node.type !== "string") return;
  counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  for (const key of Object.keys(node)) if (key !== "loc") visit(node[key]);
})(ast);
console.log([...counts].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).map(([t, n]) => `${t} ${n}`).join("\n"));
console.log(ast.body.length, ast.body.map(s => s.type).join(" "));

// A small expression, with positions.
console.log(JSON.stringify(parse("a.b?.[c](...d) ?? (e, f)", { ecmaVersion: 2022, ranges: true }).body[0].expression, null, 1));

// A tiny constant folder over the AST.
function evaluate(node) {
  switch (node.type) {
    case "Literal": return node.value;
    case "UnaryExpression": { const v = evaluate(node.argument); return node.operator === "-" ? -v : node.operator === "!" ? !v : ~v; }
    case "BinaryExpression": {
      const l = evaluate(node.left), r = evaluate(node.right);
      return { "+": l + r, "-": l - r, "*": l * r, "/": l / r, "%": l % r, "**": l ** r, "<<": l << r, "&": l & r, "|": l | r }[node.operator];
    }
    case "ConditionalExpression": return evaluate(node.test) ? evaluate(node.consequent) : evaluate(node.alternate);
    default: throw new TypeError(`cannot fold ${node.type}`);
  }
}
for (const source of ["1 + 2 * 3 - 4 / 8", "2 ** 3 ** 2 % 7", "(1 << 10) | 5 & ~0", "!0 ? 'yes' + -1 : 'no'", "0.1 + 0.2"])
  console.log(source, "=", evaluate(parse(source, { ecmaVersion: 2020 }).body[0].expression));

// Tokens and comments.
const comments = [];
const tokens = [...tokenizer("let x = /re/g.test(`t${y}`) // done\n/* block */ x++", { ecmaVersion: 2020, onComment: comments })];
console.log(tokens.map(t => t.type.label + (t.value !== undefined ? `(${t.value instanceof RegExp ? t.value : JSON.stringify(t.value)})` : "")).join(" "));
console.log(comments.map(c => `${c.type}:${c.value}@${c.start}-${c.end}`));

// Syntax errors, with acorn's messages and positions.
for (const source of ["let let = 1", "function f() { return }}", "class A { constructor() {} constructor() {} }",
                      "for (const x of y) { break z; }", "'use strict'; with (o) {}", "a => { yield 1 }; function* g() { yield = 1 }",
                      "x = 08n", "({ a: 1 } = b)", "`unterminated"]) {
  try {
    parse(source, { ecmaVersion: "latest" });
    console.log("parsed:", source);
  } catch (e) {
    console.log(e.constructor.name, e.message, e.pos, e.loc);
  }
}
