// marked (a Markdown renderer), bundled with esbuild from its npm package (see README.md); the output must be
// what Node prints.
import { marked, Marked } from "./vendor/marked.min.mjs";

const document = `
# yieldjs — a *JavaScript* engine

Generators, \`yield\` and **async functions** are the centre. See [the docs](https://example.com/docs "Docs")
or <https://example.com>. Escaped \\*stars\\* and an ampersand & a <b>raw tag</b>.

## Lists

1. First item
2. Second item with a nested list:
   - alpha
   - beta \`code\`
     continued line
3. Third

- [x] done task
- [ ] open task

* loose item one

* loose item two

## Code

\`\`\`js
function* counter(limit) {
  for (let i = 0; i < limit; i++) yield i;
}
\`\`\`

    indented code block
    with <angle> & brackets

> A quote with **bold** text
> > and a nested quote

| Feature | Status | Notes |
| :------ | :----: | ----: |
| generators | done | \`yield*\` too |
| async | done | top-level await |
| Temporal | no | ~~soon~~ |

Setext heading
--------------

Line one  
line two (hard break) and a footnote-like [ref link][ref].

[ref]: https://example.com/ref

***

![an image](img.png "Title") Emoji: 🎉 and CJK: 日本語.
`;

console.log(marked.parse(document));
console.log(JSON.stringify(marked.lexer("Hello *world* [x](y)\n\n- a\n- b").map(t => [t.type, t.raw])));
console.log(marked.parseInline("**bold** _em_ `code` ~~del~~"));

// Options and extensions on a separate instance.
const custom = new Marked({ gfm: true, breaks: true });
custom.use({
  renderer: {
    heading({ tokens, depth }) {
      const text = this.parser.parseInline(tokens);
      const id = text.toLowerCase().replace(/<[^>]+>/g, "").replace(/[^\w]+/g, "-");
      return `<h${depth} id="${id}">${text}</h${depth}>\n`;
    },
  },
  extensions: [{
    name: "mention",
    level: "inline",
    start(src) { return src.indexOf("@"); },
    tokenizer(src) {
      const match = /^@([a-z]+)/.exec(src);
      if (match) return { type: "mention", raw: match[0], user: match[1] };
    },
    renderer(token) { return `<a class="user" href="/u/${token.user}">@${token.user}</a>`; },
  }],
  walkTokens(token) { if (token.type === "codespan") token.text = token.text.toUpperCase(); },
});
console.log(custom.parse("## Hello World, *again*\nping @alice and @bob\nnew line `shout`"));
