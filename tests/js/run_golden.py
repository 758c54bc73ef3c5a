#!/usr/bin/env python3
"""Golden tests: runs every tests/js/**/*.js and *.mjs with yieldjs and compares the output byte for byte.

    tests/js/run_golden.py [PATH...] [--only PATTERN] [--engine CMD] [-j N] [--show] [--record]

Conventions, for a test `dir/name.js` (a script) or `dir/name.mjs` (run with --module):
  * `dir/name.expected`         exact stdout (required; a trailing newline matters).
  * `dir/name.expected_stderr`  exact stderr; without it stderr must be empty.
  * Header directives, in the `//` comment lines at the top of the test:
        // exit: N        expected exit status (default 0)
        // args: ...      extra engine options, placed before the file (shell-style quoting)
  * Files whose name contains `_FIXTURE` are not tests (modules imported by tests), nor are the files under a
    `vendor` folder (third-party bundles imported by tests, see tests/js/bundles/README.md).
Known failures: `tests/js/expected_failures.txt` lists, one per line, the repository-relative path of each test
the engine does not pass yet, with the reason after ` # ` (required). A listed test that fails is reported as an
expected failure and does not fail the run; a listed test that passes is reported as fixed, so the line can go.
The list only shrinks by fixing the engine.
The engine runs with the repository root as working directory and the test's repository-relative path as
argument, so file names in messages are stable.

--record rewrites `name.expected` from Node's stdout, for tests meant to behave like Node. It leaves
`.expected_stderr` alone (Node's error text is not ours), skips tests with `// args:` (engine options), and
refuses when Node's exit status differs from the test's `// exit:`.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests" / "js"
EXPECTED_FAILURES = TESTS / "expected_failures.txt"
DIRECTIVE_RE = re.compile(r"^//\s*(exit|args):(.*)$")


class Golden:
    def __init__(self, path):
        self.path = path
        self.rel = path.relative_to(REPO).as_posix()
        self.module = path.suffix == ".mjs"
        self.stdout_file = path.with_suffix(".expected")
        self.stderr_file = path.with_suffix(".expected_stderr")
        self.exit = 0
        self.args = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.startswith("//"):
                break
            m = DIRECTIVE_RE.match(line)
            if m and m.group(1) == "exit":
                self.exit = int(m.group(2))
            elif m:
                self.args = shlex.split(m.group(2))

    def command(self, engine):
        return engine + (["--module"] if self.module else []) + self.args + [self.rel]


class Outcome:
    def __init__(self, test, ok, stdout=b"", stderr=b"", status=None, problems=()):
        self.test, self.ok, self.stdout, self.stderr = test, ok, stdout, stderr
        self.status, self.problems = status, list(problems)


def discover(paths, only):
    roots = [Path(p).resolve() for p in paths] or [TESTS]
    found = set()
    for root in roots:
        if not root.exists():
            sys.exit(f"run_golden.py: no such path: {root}")
        candidates = [root] if root.is_file() else root.rglob("*")
        for p in candidates:
            vendored = "vendor" in p.relative_to(REPO).parts[:-1]
            if p.suffix in (".js", ".mjs") and "_FIXTURE" not in p.name and not vendored and p.is_file():
                found.add(p)
    tests = [Golden(p) for p in sorted(found)]
    if only:
        glob = any(c in only for c in "*?[")
        tests = [t for t in tests if (fnmatch.fnmatch(t.rel, only) if glob else only in t.rel)]
    return tests


def read_bytes(path):
    return path.read_bytes() if path.exists() else None


def diff(label, expected, actual):
    def lines(data):
        out = data.decode("utf-8", "replace").splitlines(keepends=True)
        if out and not out[-1].endswith("\n"):
            out[-1] += "\n\\ No newline at end of file\n"
        return out

    return "".join(difflib.unified_diff(lines(expected), lines(actual), f"expected {label}", f"actual {label}"))


def run_one(test, engine, timeout):
    expected_out = read_bytes(test.stdout_file)
    if expected_out is None:
        return Outcome(test, False, problems=[f"missing {test.stdout_file.name} (write it, or use --record)"])
    expected_err = read_bytes(test.stderr_file) or b""
    try:
        proc = subprocess.run(test.command(engine), cwd=REPO, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return Outcome(test, False, e.stdout or b"", e.stderr or b"", problems=[f"timed out after {timeout:g} s"])
    problems = []
    if proc.returncode != test.exit:
        problems.append(f"exit status {proc.returncode}, expected {test.exit}")
    if proc.stdout != expected_out:
        problems.append(diff("stdout", expected_out, proc.stdout))
    if proc.stderr != expected_err:
        problems.append(diff("stderr", expected_err, proc.stderr))
    return Outcome(test, not problems, proc.stdout, proc.stderr, proc.returncode, problems)


def record_one(test, node, timeout):
    if test.args:
        return f"skipped {test.rel}: it passes engine options (// args:)"
    try:
        proc = subprocess.run([node, test.rel], cwd=REPO, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"skipped {test.rel}: node timed out"
    if proc.returncode != test.exit:
        return f"skipped {test.rel}: node exited {proc.returncode}, the test expects {test.exit}"
    test.stdout_file.write_bytes(proc.stdout)
    return None


def resolve_engine(spec):
    argv = shlex.split(spec)
    located = shutil.which(argv[0]) or (argv[0] if os.access(argv[0], os.X_OK) else None)
    if not located:
        sys.exit(f"run_golden.py: engine not found: {argv[0]} (build it with `make build`)")
    return [os.path.abspath(located)] + argv[1:]


def print_outcome(outcome, show):
    if show:
        print(f"=== {outcome.test.rel}")
        sys.stdout.write(outcome.stdout.decode("utf-8", "replace"))
        if outcome.stderr:
            sys.stdout.write("--- stderr\n" + outcome.stderr.decode("utf-8", "replace"))
        print("--- matches the expected output" if outcome.ok else "--- DOES NOT MATCH the expected output")
    elif not outcome.ok:
        print(f"FAIL {outcome.test.rel}")
    if not outcome.ok:
        for problem in outcome.problems:
            sys.stdout.write(problem if problem.endswith("\n") else problem + "\n")
    if show:
        print()


def read_expected_failures():
    """Maps each listed test path to its reason."""
    listed = {}
    if EXPECTED_FAILURES.exists():
        for number, line in enumerate(EXPECTED_FAILURES.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            path, sep, reason = line.partition(" # ")
            if not sep or not reason.strip():
                sys.exit(f"run_golden.py: {EXPECTED_FAILURES.name}:{number}: every entry needs ' # reason'")
            listed[path.strip()] = reason.strip()
    return listed


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("paths", nargs="*", help="test files or directories (default: tests/js)")
    ap.add_argument("--only", metavar="PATTERN", help="substring of, or glob over, the repository-relative path")
    ap.add_argument("--engine", default=os.environ.get("YJS_ENGINE", str(REPO / "build" / "release" / "yieldjs")))
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per test (default 10)")
    ap.add_argument("--show", action="store_true", help="print every program's output and whether it matched")
    ap.add_argument("--record", action="store_true", help="rewrite .expected files from node's stdout")
    ap.add_argument("--summary-file", help="write {passed, failed} as JSON here")
    args = ap.parse_args(argv)

    tests = discover(args.paths, args.only)
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        if args.record:
            node = shutil.which("node") or sys.exit("run_golden.py: --record needs node on PATH")
            notes = list(pool.map(lambda t: record_one(t, node, args.timeout), tests))
            for note in filter(None, notes):
                print(note)
            print(f"recorded {notes.count(None)} of {len(tests)} tests")
            return 0
        engine = resolve_engine(args.engine)
        known = read_expected_failures()
        outcomes = pool.map(lambda t: run_one(t, engine, args.timeout), tests)
        passed = failed = 0
        expected, fixed = [], []
        for outcome in outcomes:
            if not outcome.ok and outcome.test.rel in known:
                expected.append(outcome.test.rel)
                if args.show:
                    print_outcome(outcome, args.show)
                continue
            if outcome.ok and outcome.test.rel in known:
                fixed.append(outcome.test.rel)
            print_outcome(outcome, args.show)
            passed += outcome.ok
            failed += not outcome.ok
    for rel in expected:
        print(f"expected failure: {rel} ({known[rel]})")
    for rel in fixed:
        print(f"fixed: {rel} passes now; remove it from {EXPECTED_FAILURES.relative_to(REPO)}")
    if args.summary_file:
        note = f"{len(expected)} expected failures" if expected else ""
        Path(args.summary_file).write_text(json.dumps({"passed": passed, "failed": failed, "note": note}))
    print(f"golden: {passed} passed, {failed} failed" + (f", {len(expected)} expected failures" if expected else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
