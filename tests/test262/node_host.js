#!/usr/bin/env -S node --expose-gc --experimental-vm-modules --no-warnings
// A reference implementation of the `yieldjs --test262` command-line contract (documented at the top of
// run.py) on Node's vm module. It lets the runner be checked against an engine that passes nearly all of
// test262:  tests/test262/run.py --engine tests/test262/node_host.js --address-space-mb 0 --results /tmp/n.json
// Known differences from a real host, not runner bugs: Node's vm contexts intercept property definitions on
// the global object (tests of global declarations' attributes fail), and Node 20 lacks recent proposals.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

function parseArgs(argv) {
  const opts = { module: false, strict: false, preludes: [], file: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--test262') continue;
    else if (arg === '--module') opts.module = true;
    else if (arg === '--strict') opts.strict = true;
    else if (arg === '--max-heap-mb') i++; // Node's heap size is fixed at start-up.
    else if (arg === '--prelude') opts.preludes.push(argv[++i]);
    else if (opts.file === null && !arg.startsWith('--')) opts.file = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (opts.file === null) usage('no test file');
  return opts;
}

function usage(message) {
  process.stderr.write(`node_host.js: ${message}\n`);
  process.exit(2);
}

function describe(value) {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

// Exit status 1 with the contract's first stderr line.
function fail(line) {
  fs.writeSync(2, line.split('\n')[0] + '\n');
  process.exit(1);
}

const uncaught = (value) => fail(`Uncaught ${describe(value)}`);
const beforeEvaluation = (value) => fail(describe(value));

process.on('uncaughtException', uncaught);
process.on('unhandledRejection', () => {});

// Source text parsed inside `context` throws that realm's SyntaxError, as $262.evalScript must.
function compileScript(context, source, filename) {
  try {
    return new vm.Script(source, { filename, importModuleDynamically: (s, r) => importModule(context, s, r) });
  } catch (error) {
    const RealmSyntaxError = vm.runInContext('SyntaxError', context);
    throw new RealmSyntaxError(error.message);
  }
}

function createRealm() {
  const context = vm.createContext();
  const global = vm.runInContext('this', context);
  const $262 = vm.runInContext('({})', context);
  const define = (object, name, value) =>
    Object.defineProperty(object, name, { value, writable: true, configurable: true, enumerable: false });
  define(global, 'print', (value) => fs.writeSync(1, `${value}\n`));
  define(global, '$262', $262);
  Object.assign($262, {
    global,
    createRealm: () => createRealm().$262,
    evalScript: (source) => compileScript(context, String(source), 'evalScript').runInContext(context),
    gc: () => {
      if (typeof globalThis.gc !== 'function') throw new (vm.runInContext('Error', context))('no gc');
      globalThis.gc();
    },
    detachArrayBuffer: (buffer) => { structuredClone(buffer, { transfer: [buffer] }); },
  });
  return { context, global, $262 };
}

const moduleCache = new Map();

function loadModule(context, file) {
  let record = moduleCache.get(file);
  if (record) return record;
  const source = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    const value = JSON.parse(source);
    record = new vm.SyntheticModule(['default'], function () { this.setExport('default', value); },
      { context, identifier: file });
  } else {
    record = new vm.SourceTextModule(source, {
      context,
      identifier: file,
      initializeImportMeta: () => {},
      importModuleDynamically: (specifier, referrer) => importModule(context, specifier, referrer),
    });
  }
  moduleCache.set(file, record);
  return record;
}

function resolve(specifier, referrer) {
  const base = referrer && referrer.identifier ? referrer.identifier : opts.file;
  return path.resolve(path.dirname(base), specifier);
}

async function importModule(context, specifier, referrer) {
  const record = loadModule(context, resolve(specifier, referrer));
  if (record.status === 'unlinked') await record.link((s, r) => loadModule(context, resolve(s, r)));
  if (record.status === 'linked') await record.evaluate();
  if (record.status === 'errored') throw record.error;
  return record;
}

const opts = parseArgs(process.argv.slice(2));
const realm = createRealm();

for (const prelude of opts.preludes) {
  const script = compileScript(realm.context, fs.readFileSync(prelude, 'utf8'), prelude);
  try {
    script.runInContext(realm.context);
  } catch (error) {
    uncaught(error);
  }
}

if (opts.module) {
  let record;
  (async () => {
    try {
      record = loadModule(realm.context, path.resolve(opts.file));
      await record.link((s, r) => loadModule(realm.context, resolve(s, r)));
    } catch (error) {
      beforeEvaluation(error);
    }
    await record.evaluate();
  })().catch(uncaught);
} else {
  let script;
  const source = fs.readFileSync(opts.file, 'utf8');
  try {
    script = compileScript(realm.context, (opts.strict ? '"use strict";\n' : '') + source, opts.file);
  } catch (error) {
    beforeEvaluation(error);
  }
  try {
    script.runInContext(realm.context);
  } catch (error) {
    uncaught(error);
  }
}
