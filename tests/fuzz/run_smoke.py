#!/usr/bin/env python3
"""Fuzz-style smoke test: feeds the engine mutated test262 files and expects only clean outcomes.

    tests/fuzz/run_smoke.py --engine build/asan/yieldjs [-n 2000] [--seed S] [-j N] [--summary-file F]

Each case is a test262 file (with the assert.js/sta.js harness as preludes, like a real test262 run) after
one or more random mutations: cutting, duplicating or swapping spans, splicing in tokens that stress the
grammar (`yield`, `await`, `=>`, template and regexp delimiters, ...), truncating, or wrapping the code in
thousands of nested brackets. The engine may accept or reject the result in any way a JavaScript engine
may — exit status 0 or 1, or a timeout (a mutation can easily produce an infinite loop) — but it must never
crash: death by a signal, any other exit status, or a sanitizer report on stderr fails the case.

The choice of files and mutations is deterministic for a given --seed, so a failure reproduces; failing
cases are copied to tests/fuzz/failures/ (gitignored) with the command line that ran them.
"""

import argparse
import concurrent.futures
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SANITIZER_MARKERS = ("ERROR: AddressSanitizer", "runtime error:", "ERROR: LeakSanitizer", "SUMMARY: UndefinedBehavior")
TOKENS = ["(", ")", "[", "]", "{", "}", ";", ",", "yield", "yield*", "await", "async", "function*", "=>", "...",
          "`${", "}`", "/", "/(?<a>x)\\k<a>/u", "class", "extends", "super", "new.target", "#x", "?.", "??=",
          "let", "const", "var", "try", "finally", "catch", "return", "break", "continue", "label:", "with",
          "eval", "arguments", "this", "\n", "'", '"', "\\u{10FFFF}", "0x", "1e999", "9007199254740993n", "delete",
          "typeof", "void", "in", "of", "for", "import", "export", "default", "get", "set", "static", "=", "*"]


def mutate(text, rng):
    """Returns a mutated copy of text (one to three mutations)."""
    for _ in range(rng.randint(1, 3)):
        n = len(text)
        kind = rng.randrange(7)
        a, b = sorted(rng.randrange(n + 1) for _ in range(2)) if n else (0, 0)
        if kind == 0:  # cut a span
            text = text[:a] + text[b:]
        elif kind == 1:  # duplicate a span
            text = text[:b] + text[a:b] + text[b:]
        elif kind == 2:  # splice in tokens
            text = text[:a] + " ".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 4))) + text[a:]
        elif kind == 3:  # swap two lines
            lines = text.split("\n")
            if len(lines) > 1:
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif kind == 4:  # truncate
            text = text[:a]
        elif kind == 5:  # deep nesting around the code
            depth = rng.choice([1000, 10000, 100000])
            opener, closer = rng.choice([("(", ")"), ("[", "]"), ("{", "}"), ("(function(){", "})()"),
                                         ("function* g(){ yield* ", "}")])
            text = opener * depth + text + closer * depth
        else:  # replace a character by a random one
            if n:
                i = rng.randrange(n)
                text = text[:i] + chr(rng.choice([0, 0x2028, 0xD800, 0xFEFF, rng.randrange(32, 127)])) + text[i + 1:]
    return text


def run_case(engine, harness, case_path, timeout):
    cmd = [engine, "--test262", "--max-heap-mb", "512"]
    for prelude in harness:
        cmd += ["--prelude", str(prelude)]
    cmd.append(str(case_path))
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:abort_on_error=0", UBSAN_OPTIONS="print_stacktrace=1")
    try:
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return "timeout", cmd, ""
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode < 0:
        return f"signal {-proc.returncode}", cmd, stderr
    if proc.returncode not in (0, 1):
        return f"exit status {proc.returncode}", cmd, stderr
    if any(marker in stderr for marker in SANITIZER_MARKERS):
        return "sanitizer report", cmd, stderr
    return "ok", cmd, stderr


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--engine", default=str(REPO / "build" / "asan" / "yieldjs"))
    ap.add_argument("-n", "--cases", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=262)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--summary-file")
    args = ap.parse_args(argv)

    test262 = Path(os.environ.get("TEST262_DIR", REPO.parent / "shared" / "test262"))
    harness = [test262 / "harness" / "assert.js", test262 / "harness" / "sta.js"]
    sources = sorted(p for area in ("language", "built-ins") for p in (test262 / "test" / area).rglob("*.js")
                     if "_FIXTURE" not in p.name)
    if not sources:
        sys.exit(f"run_smoke.py: no test262 files under {test262}")
    rng = random.Random(args.seed)
    picks = [rng.choice(sources) for _ in range(args.cases)]

    failures = []
    outcomes = {}
    with tempfile.TemporaryDirectory() as tmp, concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {}
        for index, source in enumerate(picks):
            text = source.read_text(encoding="utf-8", errors="replace")
            case = Path(tmp) / f"case{index:05d}.js"
            case.write_text(mutate(text, random.Random(f"{args.seed}:{index}")), encoding="utf-8",
                            errors="surrogatepass")
            futures[pool.submit(run_case, args.engine, harness, case, args.timeout)] = (case, source)
        for future in concurrent.futures.as_completed(futures):
            case, source = futures[future]
            outcome, cmd, stderr = future.result()
            outcomes[outcome if outcome in ("ok", "timeout") else "crash"] = outcomes.get(
                outcome if outcome in ("ok", "timeout") else "crash", 0) + 1
            if outcome not in ("ok", "timeout"):
                keep = REPO / "tests" / "fuzz" / "failures"
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(case, keep / case.name)
                failures.append((case.name, source.relative_to(test262), outcome, stderr.strip()[-2000:]))

    for name, source, outcome, stderr in sorted(failures):
        print(f"CRASH {name} (from {source}): {outcome}\n{stderr}\n")
    passed, failed = args.cases - len(failures), len(failures)
    print(f"fuzz: {outcomes.get('ok', 0)} clean, {outcomes.get('timeout', 0)} timed out, {failed} crashed")
    print(f"fuzz: {passed} passed, {failed} failed")
    if args.summary_file:
        Path(args.summary_file).write_text(json.dumps({"passed": passed, "failed": failed}))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
