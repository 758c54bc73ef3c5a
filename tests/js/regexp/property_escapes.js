// Unicode property escapes \p{...} / \P{...} with "u" and "v": General_Category, Script,
// Script_Extensions, binary properties and (with "v") properties of strings. Only characters whose
// properties are the same in every Unicode version since 15.0 are used.
const cases = [
  [/\p{Script=Greek}/u, ["α", "Ω", "a", "1"]],
  [/\p{sc=Latn}/u, ["a", "ß", "α"]],
  [/\p{Script_Extensions=Devanagari}/u, ["क", "\u0964", "a"]],
  [/\p{scx=Grek}/u, ["α", "\u0342", "a"]],
  [/\p{L}/u, ["a", "中", "1", " "]],
  [/\p{Lu}/u, ["A", "a", "Σ"]],
  [/\p{General_Category=Decimal_Number}/u, ["7", "٣", "x"]],
  [/\p{gc=Nd}/u, ["7", "Ⅳ"]],
  [/\p{N}/u, ["Ⅳ", "½", "x"]],
  [/\P{L}/u, ["a", "1"]],
  [/\p{ASCII}/u, ["~", "\x7f", "\x80"]],
  [/\p{Any}/u, ["\u{10FFFF}", "\0"]],
  [/\p{Assigned}/u, ["a", "\u0378"]],
  [/\p{Alphabetic}/u, ["a", "\u0345", "1"]],
  [/\p{White_Space}/u, [" ", "\u3000", "\u200b"]],
  [/\p{Emoji}/u, ["😀", "#", "a"]],
  [/\p{Emoji_Presentation}/u, ["😀", "#"]],
  [/\p{Ideographic}/u, ["中", "a"]],
  [/\p{Lowercase}/u, ["a", "ª", "A"]],
  [/\p{Lu}/ui, ["a", "1"]],
  [/\P{Lu}/ui, ["A"]],
  [/\p{Ll}/vi, ["A", "1"]],
  [/[^\p{Ll}]/vi, ["A", "1"]],
  [/[\p{L}&&\p{sc=Greek}]/v, ["α", "a", "\u0374"]],
  [/[\p{ASCII}--\p{L}]/v, ["a", "1", "é"]],
  [/^\p{RGI_Emoji}$/v, ["👍🏽", "🇫🇷", "👨‍👩‍👧", "1️⃣", "😀", "a"]],
  [/^\p{Emoji_Keycap_Sequence}$/v, ["1️⃣", "1"]],
  [/^\p{RGI_Emoji_Flag_Sequence}$/v, ["🇫🇷", "🇫"]],
  [/^\p{RGI_Emoji_Modifier_Sequence}$/v, ["👍🏽", "👍"]],
  [/^\p{RGI_Emoji_ZWJ_Sequence}$/v, ["👨‍👩‍👧", "👨"]],
  [/^\p{RGI_Emoji_Tag_Sequence}$/v, ["🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🏴"]],
  [/^\p{Basic_Emoji}$/v, ["😀", "☺️", "1️⃣"]],
  [/^[\p{RGI_Emoji}--\p{Emoji_Keycap_Sequence}]$/v, ["1️⃣", "😀"]],
  [/\p{L}/, ["a", "p{L}"]],
];
for (const [re, inputs] of cases)
  console.log(String(re), inputs.map((s) => re.test(s)).join(" "));

console.log("Ελληνικά and English".match(/\p{Script=Greek}+/gu));
console.log("a😀b👍🏽c".match(/\p{RGI_Emoji}/gv));
console.log("x1️⃣y".replace(/\p{Emoji_Keycap_Sequence}/v, "[$&]"));
console.log(/[\p{RGI_Emoji}]/v.exec("👨‍👩‍👧!")[0].length);

for (const [source, flags] of [
  ["\\p{Foo}", "u"],
  ["[\\p{Foo}]", "u"],
  ["\\p{lu}", "u"],
  ["\\p{ASCII=Yes}", "u"],
  ["\\p{Script=greek}", "u"],
  ["\\p{General_Category}", "u"],
  ["\\p{Block=Basic_Latin}", "u"],
  ["\\p{L", "u"],
  ["[\\p{L]", "u"],
  ["\\P{RGI_Emoji}", "v"],
  ["[\\P{RGI_Emoji}]", "v"],
  ["[^\\p{RGI_Emoji}]", "v"],
  ["\\p{RGI_Emoji}", "u"],
]) {
  try {
    new RegExp(source, flags);
    console.log(source, "ok");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
