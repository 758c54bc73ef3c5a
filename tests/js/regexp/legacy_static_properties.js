// RegExp legacy static properties (Annex B): RegExp.$1-$9, input/$_, lastMatch/$&, lastParen/$+,
// leftContext/$`, rightContext/$' after exec, test, replace, split and match.
console.log(JSON.stringify([RegExp.$1, RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext]));
/(\d+)-(\d+)(x)?/.exec("ab 12-34 cd");
console.log(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.$3, RegExp.$9, RegExp.input, RegExp.$_, RegExp.lastMatch, RegExp["$&"], RegExp.lastParen, RegExp["$+"], RegExp.leftContext, RegExp["$`"], RegExp.rightContext, RegExp["$'"]]));
"hello world".replace(/(o)( )?/g, "0");
console.log(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext]));
/nomatch/.test("zzz");
console.log(RegExp.lastMatch);
RegExp.input = 42;
console.log(typeof RegExp.input, RegExp.$_, RegExp.lastMatch);
RegExp.lastMatch = "x";
console.log(RegExp.lastMatch);
console.log(Object.getOwnPropertyNames(RegExp).filter(n => n !== "escape").join(" "));
const d = Object.getOwnPropertyDescriptor(RegExp, "$_");
console.log(d.get.name, d.set.name, d.enumerable, d.configurable);
/(a)|(b)/.exec("b");
console.log(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.lastParen]));
"a1b2c3".split(/(\d)/);
console.log(RegExp.$1, RegExp.leftContext);
"x".match(/(((((((((((y)))))))))))|x/);
console.log(JSON.stringify([RegExp.$1, RegExp.$9, RegExp.lastParen, RegExp.lastMatch]));
