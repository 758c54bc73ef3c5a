// Prettier (a code formatter) with its babel, estree and postcss plugins, bundled with esbuild from its npm
// package (see README.md); the output must be what Node prints.
import { format, plugins } from "./vendor/prettier.min.mjs";

const messyJs = `
const  a=1,b  =  [1,2,3 ,4].map( x=>x*2 ).filter(Boolean)
async function* gen (x,{y=2,...rest}, [z]=[]){ for await(const v of x) yield v??y
  try{await rest.go?.()} catch{ } finally {console.log("done" )} }
class   Queue extends Array{ #items=new Map; static of(...xs){return new this(...xs)}
get  size (){return this.#items.size}   set size(v){throw new TypeError('read-only: '+v)}
  *[Symbol.iterator](){yield*this.#items.values()} }
export default  {a,b,gen,Queue, longPropertyNameNumberOne:'some long string value here', longPropertyNameNumberTwo: \`template \${a+b} literal\`}
if(a){b.push(1)}else if(!b.length)b.pop();else{ label:while(true){break label} }
const re=/ab+c/gi, big=123_456n, obj={'quoted-key':1,"plain":2,[computed]:3, method(){return super.x}}
switch(a){case 1:case 2: doSomething();break;default:{}}
x = a ? b : c ? d : e ? f : g;
const veryLongFunctionCallResult = someObject.someMethod(argumentNumberOne, argumentNumberTwo, argumentNumberThree);
promise.then(result=>console.log(result)).catch(error=>{console.error(error);process.exit(1)}).finally(()=>cleanup())
`;

const jsxSource = `
export const App=({items,user})=> <div className="app" onClick={()=>alert('hi')}><Header user={user} title="A very long title that will not fit on one line at all"/>{items.length>0?<ul>{items.map(i=><li key={i.id}>{i.name}</li>)}</ul>:<p>No items</p>}</div>
`;

const css = `
@media (max-width:600px){.a,.b>.c{color:RED;margin:0 0 0 0;background:url( "x.png" )}}
:root{--main-color:#FFF;--spacing:calc(1px+2px)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(100px,1fr));transition:opacity .3s ease-in-out,transform .3s ease-in-out}
a:hover::before{content:"\\201C";}
@supports (display:flex){.f{display:flex}}
`;

// Wide characters count double, combining marks and joined emoji count once, when prettier measures lines.
const unicode = `const greetings = {ja: "こんにちは世界、これは長い文字列です", emoji: "👨‍👩‍👧‍👦🎉🇯🇵", ko: "안녕하세요", combining: "e\u0301a\u0300", list: ["日本語", "中文字符", "한국어", "🎉🎉🎉", "ascii", "more"]};
const ident日本 = 1, \u{1d49c} = 2, s = '\u{1F600}' + "\x41";
`;

const jobs = [
  ["js (defaults)", messyJs, { parser: "babel" }],
  ["js (no semicolons, single quotes, width 60)", messyJs, { parser: "babel", semi: false, singleQuote: true, printWidth: 60 }],
  ["js (tabs, trailing commas none)", messyJs, { parser: "babel", useTabs: true, trailingComma: "none", arrowParens: "avoid" }],
  ["jsx", jsxSource, { parser: "babel" }],
  ["unicode (width 40)", unicode, { parser: "babel", printWidth: 40 }],
  ["unicode (width 80, single quotes)", unicode, { parser: "babel", singleQuote: true }],
  ["css", css, { parser: "css" }],
  ["scss", "$x : 10px ;\n.a{ .b &{ width:$x*2 } @include m( 1px ) }", { parser: "scss" }],
  ["json", '{"a":1,"b":[1,2,{"c":null}],"d":"e"}', { parser: "json" }],
];
for (const [name, source, options] of jobs) {
  console.log(`---- ${name} ----`);
  console.log(await format(source, { ...options, plugins }));
}

// Formatting is idempotent.
const once = await format(messyJs, { parser: "babel", plugins });
console.log("idempotent:", (await format(once, { parser: "babel", plugins })) === once);

try {
  await format("let x = ;", { parser: "babel", plugins });
} catch (e) {
  console.log(e.name, e.message.split("\n")[0], e.loc);
}
