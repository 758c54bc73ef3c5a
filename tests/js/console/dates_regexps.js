// Dates print as ISO strings (or "Invalid Date"), regular expressions as literals.
console.log(new Date(0), new Date(8.64e15), new Date(-1));
console.log(new Date(NaN));
console.log([new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 678))]);
const dated = new Date(0);
dated.note = 'x';
console.log(dated);
class MyDate extends Date {}
console.log(new MyDate(0));
console.log(/a/g, /[\/]\n/imsuy, new RegExp('a/b', 'd'), new RegExp(''));
const re = /x/;
re.extra = 1;
console.log(re);
class MyRegExp extends RegExp {}
console.log(new MyRegExp('q', 'g'));
console.log({ when: new Date(86400000), pattern: /p+/ });
console.log(Object.create(Date.prototype));
