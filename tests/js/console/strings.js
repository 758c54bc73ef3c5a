// Nested strings are quoted and escaped like Node's util.inspect.
console.log(['plain']);
console.log(["it's"]);
console.log(['it\'s "double"']);
console.log(['it\'s "double" and `back`']);
console.log(['it\'s "double" and ${template}']);
console.log(['\0\x07\b\t\n\v\f\r\x1b\x7f\x80\x9f\\']);
console.log(['\ud800 lone \udc00 surrogates \ud83d\ude00 paired']);
console.log(['caf\u00e9', '\u4e2d\u6587', '\u00a0nbsp']);
console.log({ s: 'x'.repeat(100) });
console.log({ s: 'line one is here\nline two is here too and some more text to make it long enough' });
console.log(['first line\nsecond line\nthird line that is long enough to force splitting of the string']);
console.log({ a: { b: 'line one is here\nline two is here too and some more text to make it long enough' } });
console.log(['short\nlines']);
console.log(['ends with newline and is long enough to be split into pieces by inspect\n']);
console.log(['x'.repeat(10005)].map((s) => s.length));
