#!/usr/bin/env python3
"""Prints the test262 acceptance figures the project's issues are judged by, from the JSON results that
tests/test262/run.py writes (default tests/test262/results/latest.json). Counts are per run.

    tests/test262/acceptance.py [RESULTS_JSON] [--markdown]
"""

import argparse
import json
import sys
from pathlib import Path

RESULTS_FILE = Path(__file__).resolve().parent / "results" / "latest.json"

# Features whose tests belong to later milestones; any feature starting with `regexp-` counts too.
LATER = frozenset({
    "BigInt", "Proxy", "TypedArray", "ArrayBuffer", "DataView", "SharedArrayBuffer", "Atomics", "WeakRef",
    "FinalizationRegistry", "resizable-arraybuffer", "explicit-resource-management", "import-defer",
    "source-phase-imports", "source-phase-imports-module-source", "import-attributes", "json-modules",
    "decorators", "ShadowRealm", "Temporal",
})
GENERATOR_FEATURES = frozenset({"generators", "Symbol.iterator"})
ASYNC_FEATURES = frozenset({"async-functions", "async-iteration", "Promise", "top-level-await"})
ASYNC_EXCLUDED = frozenset({"async-functions", "async-iteration", "top-level-await"})
CORE_EXCLUDED = ASYNC_EXCLUDED | {"generators"}

CORE_BUILTINS = (
    "Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "Error", "NativeErrors",
    "AggregateError", "Math", "JSON", "Reflect", "Map", "Set", "WeakMap", "WeakSet", "global", "parseInt",
    "parseFloat", "isNaN", "isFinite", "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent",
    "Infinity", "NaN", "undefined",
)
GENERATOR_DIRS = tuple(f"built-ins/{d}" for d in (
    "GeneratorPrototype", "GeneratorFunction", "Iterator", "ArrayIteratorPrototype", "MapIteratorPrototype",
    "SetIteratorPrototype", "StringIteratorPrototype")) + ("language/statements/for-of",)
ASYNC_DIRS = tuple(f"built-ins/{d}" for d in (
    "Promise", "AsyncFunction", "AsyncGeneratorPrototype", "AsyncGeneratorFunction",
    "AsyncFromSyncIteratorPrototype", "AsyncIteratorPrototype")) + ("language/statements/for-await-of",)


def under(path, dirs):
    return any(path.startswith(d + "/") for d in dirs)


def is_later(features):
    return any(f in LATER or f.startswith("regexp-") for f in features)


def core_language(path, features):
    return path.startswith("language/") and not is_later(features) and not CORE_EXCLUDED.intersection(features)


def core_builtins(path, features):
    return (under(path, tuple(f"built-ins/{d}" for d in CORE_BUILTINS)) and not is_later(features)
            and not CORE_EXCLUDED.intersection(features))


def generators(path, features):
    selected = ((path.startswith(("language/", "built-ins/")) and GENERATOR_FEATURES.intersection(features))
                or under(path, GENERATOR_DIRS))
    return bool(selected) and not is_later(features) and not ASYNC_EXCLUDED.intersection(features)


def async_(path, features):
    selected = ASYNC_FEATURES.intersection(features) or under(path, ASYNC_DIRS)
    return bool(selected) and not is_later(features)


# The standard-library issue's scope: everything run by default except Temporal, ShadowRealm and decorators.
STDLIB_EXCLUDED = frozenset({"Temporal", "ShadowRealm", "decorators"})


def standard_library(path, features):
    return (not path.startswith(("built-ins/Temporal/", "built-ins/ShadowRealm/"))
            and not STDLIB_EXCLUDED.intersection(features))


FIGURES = (("core-language", core_language), ("core-builtins", core_builtins), ("generators", generators),
           ("async", async_), ("standard-library", standard_library))


def figures(data):
    """[(name, passed runs, total runs)] for the results dictionary written by run.py."""
    counts = {name: [0, 0] for name, _ in FIGURES}
    for path, entry in data["tests"].items():
        features = entry["features"]
        statuses = entry["runs"].values()
        for name, selects in FIGURES:
            if selects(path, features):
                counts[name][0] += sum(1 for s in statuses if s == "pass")
                counts[name][1] += len(statuses)
    return [(name, *counts[name]) for name, _ in FIGURES]


def percent(passed, total):
    return f"{100.0 * passed / total:.1f}%" if total else "-"


def markdown_table(rows):
    out = ["| figure | passed | runs | % |\n| --- | ---: | ---: | ---: |\n"]
    out += [f"| {name} | {p} | {t} | {percent(p, t)} |\n" for name, p, t in rows]
    return "".join(out)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("results", nargs="?", default=str(RESULTS_FILE))
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args(argv)
    try:
        data = json.loads(Path(args.results).read_text(encoding="utf-8"))
    except FileNotFoundError:
        sys.exit(f"acceptance.py: {args.results} not found; run tests/test262/run.py first")
    if not data.get("default_scope"):
        print(f"note: these results cover only {', '.join(data['selection']) or 'test/'}", file=sys.stderr)
    rows = figures(data)
    if args.markdown:
        sys.stdout.write(markdown_table(rows))
    else:
        for name, p, t in rows:
            print(f"{name}: {p}/{t} ({percent(p, t)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
