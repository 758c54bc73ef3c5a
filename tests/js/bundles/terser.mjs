// Terser (a JavaScript minifier), bundled with esbuild from its npm package (see README.md); the output must be
// what Node prints.
import { minify } from "./vendor/terser.min.mjs";

const library = `
(function (global) {
  "use strict";
  var DEFAULT_OPTIONS = { precision: 2, separator: ",", currency: "EUR" };
  function assign(target) {
    for (var i = 1; i < arguments.length; i++) {
      var source = arguments[i];
      for (var key in source) if (Object.prototype.hasOwnProperty.call(source, key)) target[key] = source[key];
    }
    return target;
  }
  function formatNumber(value, options) {
    var opts = assign({}, DEFAULT_OPTIONS, options);
    if (typeof value !== "number" || isNaN(value)) { return "n/a"; }
    var fixed = value.toFixed(opts.precision);
    var parts = fixed.split(".");
    var integer = parts[0], fraction = parts[1];
    var groups = [];
    while (integer.length > 3) {
      groups.unshift(integer.slice(-3));
      integer = integer.slice(0, -3);
    }
    groups.unshift(integer);
    var result = groups.join(opts.separator === "," ? "," : opts.separator);
    if (fraction !== undefined) result = result + "." + fraction;
    if (DEBUG) console.log("formatted", value, "as", result);
    return result + " " + opts.currency;
  }
  var unused = function () { return "never called"; };
  global.formatNumber = formatNumber;
})(typeof globalThis !== "undefined" ? globalThis : this);
`;

const modern = `
export class Cache {
  #map = new Map();
  constructor(limit = 10) { this.limit = limit; }
  get(key) {
    if (!this.#map.has(key)) return undefined;
    const value = this.#map.get(key);
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }
  set(key, value) {
    this.#map.delete(key);
    this.#map.set(key, value);
    while (this.#map.size > this.limit) this.#map.delete(this.#map.keys().next().value);
    return this;
  }
}
export const memo = (fn, cache = new Cache()) => (...args) => {
  const key = JSON.stringify(args);
  let hit = cache.get(key);
  if (hit === undefined) { hit = fn(...args); cache.set(key, hit); }
  return hit;
};
export async function* chunks(iterable, size) {
  let chunk = [];
  for await (const item of iterable) {
    chunk.push(item);
    if (chunk.length === size) { yield chunk; chunk = []; }
  }
  if (chunk.length > 0) yield chunk;
}
const constant = 6 * 7, greeting = \`answer: \${constant}\`;
export function describe(x) {
  switch (typeof x) {
    case "number": return x > 0 ? "positive" : x < 0 ? "negative" : "zero";
    case "string": return x.length === 0 ? "empty" : "text";
    default: return greeting;
  }
}
`;

const runs = [
  ["defaults", library, {}],
  ["global defs, toplevel, passes 2", library, { compress: { global_defs: { DEBUG: false }, passes: 2 }, toplevel: true }],
  ["compress only, beautify", library, { mangle: false, compress: { global_defs: { DEBUG: true } }, format: { beautify: true } }],
  ["module", modern, { module: true, compress: { unsafe_arrows: true } }],
  ["module, mangle properties", modern, { module: true, mangle: { properties: { regex: /^limit$/ } } }],
  ["ecma 5 output with comments", "/*! keep me */ var x = function(){ /* drop */ return [1,2,3].map(function(v){ return v * 2; }); };", { ecma: 5, format: { comments: "some" } }],
];
for (const [name, source, options] of runs) {
  const result = await minify(source, options);
  console.log(`---- ${name} (${source.length} -> ${result.code.length}) ----`);
  console.log(result.code);
}

// The minified library still works.
const minified = (await minify(library, { compress: { global_defs: { DEBUG: false } } })).code;
const scope = {};
new Function("globalThis", minified)(scope);
console.log([1234567.891, 0.5, -42, NaN].map(v => scope.formatNumber(v)));
console.log(scope.formatNumber(9876543.21, { precision: 1, separator: " ", currency: "USD" }));

// Source maps.
const mapped = await minify({ "a.js": "function add(first, second) { return first + second; }\nconsole.log(add(1, 2));" },
                            { sourceMap: { filename: "out.js", url: "out.js.map" } });
console.log(mapped.code);
console.log(JSON.parse(mapped.map));

try {
  await minify("function (", {});
} catch (e) {
  console.log(e.name, e.message, e.line, e.col);
}
