// A prelude for test262_strict.js: a non-strict script.
var fromPrelude = 'prelude ran';
var preludeWasSloppy = (function () { return this; })() !== undefined;
