// args: --test262 --strict --prelude tests/js/cli/test262_prelude_FIXTURE.js
// --strict runs the test as strict code; preludes run first, as non-strict scripts.
print(fromPrelude + " " + preludeWasSloppy);
print((function () { return this; })() === undefined);
