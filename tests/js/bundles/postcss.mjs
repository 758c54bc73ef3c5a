// PostCSS (a CSS processor) with the postcss-nested plugin and two plugins written here, bundled with esbuild
// from their npm packages (see README.md); the output must be what Node prints.
import { postcss, nested } from "./vendor/postcss.min.mjs";

const source = `
/* Theme */
:root { --brand: #3366ff; --gap: 8px }
.card {
  padding: calc(var(--gap) * 2);
  color: var(--brand);
  &:hover { color: darken }
  & > .title { font: bold 1.2rem/1.4 "Helvetica Neue", sans-serif; }
  .body {
    margin: 0 auto;
    p { line-height: 1.5; }
    @media (min-width: 600px) { padding: 24px; .wide & { width: 100% } }
  }
  &-footer { border-top: 1px solid #eee }
}
@font-face { font-family: X; src: url(x.woff2) format("woff2") }
@media print { .card { display: none } }
`;

// A plugin that converts px to rem in declarations and counts what it changed.
const pxToRem = (options = {}) => {
  const base = options.base ?? 16;
  return {
    postcssPlugin: "px-to-rem",
    Declaration(decl, { result }) {
      if (!decl.value.includes("px")) return;
      const before = decl.value;
      decl.value = decl.value.replace(/(\d*\.?\d+)px/g, (_, n) => `${+(n / base).toFixed(4)}rem`);
      result.messages.push({ type: "px-to-rem", plugin: "px-to-rem", prop: decl.prop, before, after: decl.value });
    },
  };
};
pxToRem.postcss = true;

// A plugin that sorts declarations inside each rule and prefixes selectors with a scope.
const scoped = scope => ({
  postcssPlugin: "scoped",
  OnceExit(root) {
    root.walkRules(rule => {
      if (rule.parent.type === "atrule" && /keyframes$/.test(rule.parent.name)) return;
      rule.selectors = rule.selectors.map(s => (s.startsWith(":root") ? s : `${scope} ${s}`));
      const decls = rule.nodes.filter(n => n.type === "decl").sort((a, b) => a.prop.localeCompare(b.prop));
      for (const d of decls) rule.append(d);
    });
  },
});

const result = await postcss([nested(), pxToRem({ base: 16 }), scoped(".app")]).process(source, { from: "card.css" });
console.log(result.css);
console.log(result.messages.map(m => `${m.prop}: ${m.before} -> ${m.after}`));

// The AST: walk it and summarise.
const root = postcss.parse(source, { from: "card.css" });
const counts = {};
root.walk(node => { counts[node.type] = (counts[node.type] ?? 0) + 1; });
console.log(counts);
const first = root.first;
console.log(first.type, first.text, first.source.start, first.source.end);
root.walkDecls(/^--/, decl => console.log("custom property", decl.prop, "=", decl.value));
console.log(root.nodes[1].selector, root.nodes[1].nodes.map(n => n.type + ":" + (n.prop ?? n.selector ?? n.name)));
console.log(JSON.stringify(postcss.parse("a{b:c}", { from: "tiny.css" }).toJSON()));

// Building CSS programmatically.
const built = postcss.root();
built.append(postcss.rule({ selector: "ul li" }).append({ prop: "list-style", value: "none" }, { prop: "margin", value: "0" }));
built.append(postcss.atRule({ name: "media", params: "screen" }).append(postcss.rule({ selector: "a" }).append({ prop: "color", value: "red", important: true })));
console.log(built.toString());

try {
  postcss.parse("a { color: red", { from: "broken.css" });
} catch (e) {
  console.log(e.name, e.reason, e.line, e.column);
  console.log(e.showSourceCode(false));
}
